// What the report's pages share: see report_page_parts.hpp.
#include "web/pages/report_page_parts.hpp"

#include <algorithm>

#include "web/components/checkboxes.hpp"
#include "web/http.hpp"
#include "web/page_markup.hpp"

namespace casereview::web::report_parts {

std::vector<Id> ids_of(const std::vector<std::string>& texts) {
  std::vector<Id> ids;
  for (const std::string& text : texts)
    if (const std::optional<Id> id = parse_id(text)) ids.push_back(*id);
  return ids;
}

Html choice_checkboxes(const std::string& name, const std::string& legend, const std::string& hint,
                       const Choices& choices, const std::vector<Id>& chosen,
                       const FormErrors& errors) {
  govuk::CheckboxesOptions options{
      .name = name,
      .fieldset = govuk::InputsFieldsetOptions{.legend = {.text = legend,
                                                          .classes = "govuk-fieldset__legend--s"}},
      .error_message = errors.for_field(name)};
  if (!hint.empty()) options.hint = govuk::HintOptions{.text = hint};
  for (const auto& [id, label] : choices)
    options.items.push_back({.text = label, .value = std::to_string(id)});
  for (Id id : chosen) options.values.push_back(std::to_string(id));
  return govuk::checkboxes(options);
}

Html addressed_to_question(bool to_partnership, const Choices& agencies,
                           const std::vector<Id>& chosen, const FormErrors& errors) {
  govuk::CheckboxesOptions partnership{
      .name = "addressed_to",
      .fieldset = govuk::InputsFieldsetOptions{.legend = {.text = "Who is it for?",
                                                          .classes = "govuk-fieldset__legend--s"}},
      .hint = govuk::HintOptions{.text = "The partnership, one or more agencies, or both."},
      .error_message = errors.for_field("addressed_to")};
  partnership.items.push_back({.text = "The partnership as a whole", .value = "partnership"});
  if (to_partnership) partnership.values.push_back("partnership");
  return govuk::checkboxes(partnership) +
         choice_checkboxes("agency_ids", "Agencies it is for", "", agencies, chosen, errors);
}

std::vector<std::string> names_of(const Choices& choices, const std::vector<Id>& ids) {
  std::vector<std::string> names;
  for (const auto& [id, name] : choices)
    if (std::find(ids.begin(), ids.end(), id) != ids.end()) names.push_back(name);
  return names;
}

std::vector<std::string> addressed_names(bool to_partnership, const Choices& agencies,
                                         const std::vector<Id>& agency_ids) {
  std::vector<std::string> addressed;
  if (to_partnership) addressed.push_back("The partnership");
  for (std::string& name : names_of(agencies, agency_ids)) addressed.push_back(std::move(name));
  return addressed;
}

bool addressed_to_partnership(const std::vector<std::string>& addressed_to) {
  return std::find(addressed_to.begin(), addressed_to.end(), "partnership") != addressed_to.end();
}

Html list_page_numbers(int page, int page_count, const std::string& path) {
  return page_numbers(static_cast<std::size_t>(page), static_cast<std::size_t>(page_count),
                      [&](std::size_t number) { return path + "?page=" + std::to_string(number); });
}

}  // namespace casereview::web::report_parts
