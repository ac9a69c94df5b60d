// GOV.UK button: a form's submit button, or a link styled as a button when `href` is set.
// Mirrors govuk-frontend's govukButton macro; secondary and warning buttons are modifier
// classes ("govuk-button--secondary", "govuk-button--warning") in `classes`.
//
// Example:
//   Html save = button({.text = "Save and continue", .prevent_double_click = true});
//   Html start = button({.text = "Start now", .href = "/cases/new", .is_start_button = true});
#pragma once

#include <optional>
#include <string>

#include "web/components/markup.hpp"
#include "web/html.hpp"

namespace casereview::web::govuk {

struct ButtonOptions {
  std::string text;  // escaped; ignored when html is set
  Html html;
  std::string type;       // "button", "submit" or "reset"; "submit" when empty; ignored with href
  std::string name;       // ignored with href
  std::string value;      // ignored with href
  bool disabled = false;  // ignored with href
  std::string href;       // when set, renders <a role="button"> instead of <button>
  std::string classes;
  Attributes attributes;
  std::optional<bool> prevent_double_click;  // unset: no data-prevent-double-click attribute
  bool is_start_button = false;
  std::string id;
};

// Never fails.
Html button(const ButtonOptions& options);

}  // namespace casereview::web::govuk
