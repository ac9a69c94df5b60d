#include "web/forms.hpp"

#include "web/components/button.hpp"
#include "web/components/error_summary.hpp"

namespace casereview::web {

FormState::FormState(const Request& request, const std::optional<Error>& error)
    : submitted_(request.form) {
  if (error && error->code == ErrorCode::invalid_input) fields_ = error->fields;
}

std::string FormState::value(const std::string& name) const {
  for (const auto& [key, value] : submitted_) {
    if (key == name) return value;
  }
  return "";
}

std::optional<govuk::ErrorMessageOptions> FormState::error_for(const std::string& field) const {
  for (const FieldError& error : fields_) {
    if (error.field == field) return govuk::ErrorMessageOptions{.text = error.message};
  }
  return std::nullopt;
}

Html FormState::error_summary() const {
  if (fields_.empty()) return Html();
  govuk::ErrorSummaryOptions options;
  options.title_text = "There is a problem";
  for (const FieldError& error : fields_)
    options.error_list.push_back({.href = "#" + error.field, .text = error.message});
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

Html text_input(const FormState& form, govuk::InputOptions options) {
  if (options.id.empty()) options.id = options.name;
  // Passwords are never sent back to the browser.
  if (options.value.empty() && options.type != "password") options.value = form.value(options.name);
  if (!options.error_message) options.error_message = form.error_for(options.name);
  return govuk::input(options);
}

Html button_form(const Request& request, const std::string& action, const std::string& text,
                 const std::string& button_classes) {
  return form_start(request, action) + govuk::button({.text = text, .classes = button_classes}) +
         form_end();
}

}  // namespace casereview::web
