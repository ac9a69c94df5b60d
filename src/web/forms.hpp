// What every form page shares: the CSRF token field, the submitted values shown again after an
// error, the GOV.UK error summary at the top and the error message at each field — all from the
// one Error a use case returned, so the words come from one place.
//
// Example:
//   FormState form(request, error);        // error: the use case's Error, or nullopt
//   page.has_errors = form.has_errors();
//   content += form.error_summary();
//   content += form_start(request, "/sign-in") + text_input(form, {...}) + ...;
#pragma once

#include <optional>
#include <string>

#include "web/components/input.hpp"
#include "web/html.hpp"
#include "web/http.hpp"

namespace casereview::web {

class FormState {
 public:
  FormState() = default;
  // The values `request` submitted and the field errors of `error` (invalid_input only).
  FormState(const Request& request, const std::optional<Error>& error);

  bool has_errors() const { return !fields_.empty(); }
  std::string value(const std::string& name) const;
  std::optional<govuk::ErrorMessageOptions> error_for(const std::string& field) const;
  // The error summary linking to each field ("#" + field id), or nothing when there are no errors.
  Html error_summary() const;

 private:
  Fields submitted_;
  std::vector<FieldError> fields_;
};

// <form method="post" action="…" novalidate> with the CSRF token field. Close with form_end().
Html form_start(const Request& request, const std::string& action);
Html form_end();
Html csrf_input(const Request& request);

// A text input named and identified by `options.name`, with its value and error from `form`.
Html text_input(const FormState& form, govuk::InputOptions options);

// A small form with one button that posts to `action` (sign out, revoke, end session).
Html button_form(const Request& request, const std::string& action, const std::string& text,
                 const std::string& button_classes = "govuk-button--secondary");

}  // namespace casereview::web
