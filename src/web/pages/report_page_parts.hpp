// What the report's pages share (findings, recommendations, factual accuracy, the final report):
// ids from a form's ticked boxes, checkboxes of named choices, and the numbers of a paged list.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "domain/partnership.hpp"  // Id
#include "web/forms.hpp"
#include "web/html.hpp"

namespace casereview::web::report_parts {

using Choices = std::vector<std::pair<Id, std::string>>;

// The ids among the texts (a form's values); anything that is not an id is left out.
std::vector<Id> ids_of(const std::vector<std::string>& texts);

// Checkboxes named `name`, one a choice, those of `chosen` ticked.
Html choice_checkboxes(const std::string& name, const std::string& legend, const std::string& hint,
                       const Choices& choices, const std::vector<Id>& chosen,
                       const FormErrors& errors);

// A recommendation's "Who is it for?" (Rule RPT-2, Rule ACT-1): the partnership as a whole, as the
// checkbox named "addressed_to" (value "partnership"), then the agencies offered as "agency_ids".
// Either or both; its error is on "addressed_to".
Html addressed_to_question(bool to_partnership, const Choices& agencies,
                           const std::vector<Id>& chosen, const FormErrors& errors);

// The names of `ids` among `choices`, in the choices' order.
std::vector<std::string> names_of(const Choices& choices, const std::vector<Id>& ids);

// Who a recommendation is for, as its page lists them: "The partnership" when it is, then the
// names of its agencies among `agencies`.
std::vector<std::string> addressed_names(bool to_partnership, const Choices& agencies,
                                         const std::vector<Id>& agency_ids);

// What a posted form's "addressed_to" says: whether the partnership was ticked.
bool addressed_to_partnership(const std::vector<std::string>& addressed_to);

// The GOV.UK pagination of a list at `path` ("?page=N"), or nothing for one page.
Html list_page_numbers(int page, int page_count, const std::string& path);

}  // namespace casereview::web::report_parts
