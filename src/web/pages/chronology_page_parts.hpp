// What the chronology pages share (chronology_pages.cpp, merged_chronology_pages.cpp): a request's
// status as a tag in words, an entry's dates as written (Rule CHR-2: "12 May 2021 (uncertain)",
// never invented parts), the agency's short code as a marker that does not rely on colour, and
// the flags of Rule CHR-3 in words; and an entry of the merged chronology as the cells of a table
// row (the merged chronology's page and a key practice episode's page show entries alike).
#pragma once

#include <string>
#include <vector>

#include "app/reviews/chronologies.hpp"
#include "domain/chronology_entry.hpp"
#include "domain/chronology_request.hpp"
#include "domain/merged_chronology.hpp"
#include "web/components/table.hpp"
#include "web/html.hpp"

namespace casereview::web {

// "Requested", "Submitted", "No involvement", "Returned for correction" as a GOV.UK tag.
Html chronology_status_tag(const ChronologyRequest& request);

// Rule CHR-2: the entry's date as written, with its time and end date when it has them:
// "12 May 2021 (uncertain), 14:30, to June 2021".
std::string entry_when_text(const ChronologyEntry& entry);

// Rule CHR-3: the agency's code in a tag beside its name, so agencies are told apart without
// colour.
Html agency_marker(const std::string& code);

// Rule CHR-3: a flag in words as a tag ("Outside the scope period").
Html flag_tag(ChronologyFlag flag);

// Rule CHR-2, Rule CHR-3: an entry of the merged chronology as table cells: its date as written,
// its agency (marker and name), its source and subject, and the event with its action, outcome and
// significance. merged_entry_head() heads those columns.
std::vector<govuk::TableCell> merged_entry_head();
std::vector<govuk::TableCell> merged_entry_cells(const MergedChronologyRow& row);

}  // namespace casereview::web
