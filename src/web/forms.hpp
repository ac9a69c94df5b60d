// What every form page shares: the CSRF token field, the submitted values shown again after an
// error, and the one model of a form's errors, FormErrors — the GOV.UK error summary at the top
// and the error message at each field, all from the one Error a use case returned, so the words
// come from one place (the use case).
//
// Which errors a form page shows itself (shown_on_form): invalid_input (422), as field errors, and
// wrong_state (409: booking has closed, the case has moved on), as its message in the error
// summary. Any other error gets its error page (problem.hpp).
//
// Example:
//   const FormErrors errors = FormErrors::of(error);  // error: the use case's Error, or nullopt
//   page.has_errors = !errors.empty();
//   content += errors.summary();
//   content += form_start(request, "/sign-in") + text_input(request, errors, {...}) + ...;
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "domain/result.hpp"
#include "web/components/error_message.hpp"
#include "web/components/input.hpp"
#include "web/html.hpp"
#include "web/http.hpp"

namespace casereview::web {

// Whether a form page shows `error` itself (invalid_input, wrong_state) rather than an error page.
bool shown_on_form(const Error& error);

// The HTML id of a field: "children[0].given_name" → "children-0-given_name".
std::string field_id(const std::string& field);

// Where the error summary's entries link to.
struct SummaryLinks {
  // Fields asked as a date question link to its day input ("<id>-day"); so does any field whose
  // name ends in "date_of_birth".
  std::set<std::string> date_fields;
  // Where the message of an error about the whole form links to ("#actions"); with none it is
  // the summary's description instead.
  std::string message_href;
};

// The errors a form shows: each field's message (invalid_input) and a message about the form as a
// whole (wrong_state). Immutable value; safe to share between threads.
class FormErrors {
 public:
  FormErrors() = default;
  explicit FormErrors(std::vector<FieldError> fields, std::string message = "")
      : fields_(std::move(fields)), message_(std::move(message)) {}
  // invalid_input: its field errors; wrong_state: its message; nothing for no error or any other.
  static FormErrors of(const std::optional<Error>& error);

  // No error at all, neither at a field nor about the form.
  bool empty() const { return fields_.empty() && message_.empty(); }
  const std::vector<FieldError>& fields() const { return fields_; }
  // The message about the whole form (wrong_state), or "".
  const std::string& message() const { return message_; }
  std::optional<govuk::ErrorMessageOptions> for_field(const std::string& field) const;
  // The status of the page that shows these errors: 422 with field errors, 409 with only a message
  // about the form (wrong_state), 200 with none.
  int http_status() const;
  // Only the field errors whose field is in `names` or starts with one of `prefixes` (and the
  // message about the form, kept).
  FormErrors only(const std::set<std::string>& names,
                  const std::vector<std::string>& prefixes = {}) const;
  // The GOV.UK error summary ("There is a problem"), each field error linking to its field (by
  // field_id), or nothing when empty.
  Html summary(const SummaryLinks& links = {}) const;

 private:
  std::vector<FieldError> fields_;
  std::string message_;
};

// <form method="post" action="…" novalidate> with the CSRF token field. Close with form_end().
Html form_start(const Request& request, const std::string& action);
Html form_end();
Html csrf_input(const Request& request);

// A text input named and identified by `options.name`, with the value `request` submitted (never
// for a password) unless `options.value` is given, and its error from `errors`.
Html text_input(const Request& request, const FormErrors& errors, govuk::InputOptions options);

// A small form with one button that posts to `action` (sign out, revoke, end session).
Html button_form(const Request& request, const std::string& action, const std::string& text,
                 const std::string& button_classes = "govuk-button--secondary");

}  // namespace casereview::web
