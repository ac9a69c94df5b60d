#include "web/forms.hpp"

#include "web/components/button.hpp"
#include "web/components/error_summary.hpp"

namespace casereview::web {

namespace {

bool ends_with(const std::string& text, const std::string& suffix) {
  return text.size() >= suffix.size() &&
         text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

bool shown_on_form(const Error& error) {
  return error.code == ErrorCode::invalid_input || error.code == ErrorCode::wrong_state;
}

std::string field_id(const std::string& field) {
  std::string id;
  for (char c : field) {
    if (c == '[' || c == ']' || c == '.') {
      if (!id.empty() && id.back() != '-') id += '-';
    } else {
      id += c;
    }
  }
  if (!id.empty() && id.back() == '-') id.pop_back();
  return id;
}

FormErrors FormErrors::of(const std::optional<Error>& error) {
  if (!error) return FormErrors();
  switch (error->code) {
    case ErrorCode::invalid_input:
      return FormErrors(error->fields);
    case ErrorCode::wrong_state:
      return FormErrors({}, error->message);
    case ErrorCode::forbidden:
    case ErrorCode::unauthenticated:
    case ErrorCode::not_found:
    case ErrorCode::unavailable:
    case ErrorCode::internal:
      return FormErrors();
  }
  return FormErrors();
}

std::optional<govuk::ErrorMessageOptions> FormErrors::for_field(const std::string& field) const {
  for (const FieldError& error : fields_) {
    if (error.field == field) return govuk::ErrorMessageOptions{.text = error.message};
  }
  return std::nullopt;
}

int FormErrors::http_status() const {
  if (!fields_.empty()) return 422;
  return message_.empty() ? 200 : 409;
}

FormErrors FormErrors::only(const std::set<std::string>& names,
                            const std::vector<std::string>& prefixes) const {
  std::vector<FieldError> kept;
  for (const FieldError& error : fields_) {
    bool wanted = names.count(error.field) > 0;
    for (const std::string& prefix : prefixes) wanted = wanted || error.field.rfind(prefix, 0) == 0;
    if (wanted) kept.push_back(error);
  }
  return FormErrors(std::move(kept), message_);
}

Html FormErrors::summary(const SummaryLinks& links) const {
  if (empty()) return Html();
  govuk::ErrorSummaryOptions options;
  options.title_text = "There is a problem";
  if (!message_.empty()) {
    if (links.message_href.empty())
      options.description_text = message_;
    else
      options.error_list.push_back({.href = links.message_href, .text = message_});
  }
  for (const FieldError& error : fields_) {
    const bool date =
        links.date_fields.count(error.field) > 0 || ends_with(error.field, "date_of_birth");
    options.error_list.push_back(
        {.href = "#" + field_id(error.field) + (date ? "-day" : ""), .text = error.message});
  }
  return govuk::error_summary(options);
}

Html csrf_input(const Request& request) {
  return Html::trusted("<input type=\"hidden\" name=\"csrf_token\" value=\"") +
         escape(request.csrf_token) + Html::trusted("\">");
}

Html form_start(const Request& request, const std::string& action) {
  return Html::trusted("<form method=\"post\" action=\"") + escape(action) +
         Html::trusted("\" novalidate>") + csrf_input(request);
}

Html form_end() { return Html::trusted("</form>"); }

Html text_input(const Request& request, const FormErrors& errors, govuk::InputOptions options) {
  if (options.id.empty()) options.id = options.name;
  // Passwords are never sent back to the browser.
  if (options.value.empty() && options.type != "password")
    options.value = request.form_value(options.name).value_or("");
  if (!options.error_message) options.error_message = errors.for_field(options.name);
  return govuk::input(options);
}

Html button_form(const Request& request, const std::string& action, const std::string& text,
                 const std::string& button_classes) {
  return form_start(request, action) + govuk::button({.text = text, .classes = button_classes}) +
         form_end();
}

}  // namespace casereview::web
