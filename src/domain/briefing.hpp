// The 7-minute briefing of a review (issue 14, Rule LIB-2): seven short sections under headings
// from a template the partnership edits, read aloud to a team in about seven minutes, and a record
// of the teams that used it. And withdrawing a published report (Rule PUB-4).
//
// Rules (cited again where implemented and in the tests that prove them):
//   LIB-2  A 7-minute briefing per review: seven headings from a template the partnership edits,
//          and a record of the teams that used it.
//   PUB-4  A published report stays available at least 1 year (unpublishing earlier needs a
//          reason); after N years (setting document_years, 5) the document may be withdrawn but the
//          library entry stays.
//
// Plain values and pure functions: safe from any thread.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "domain/civil_date.hpp"
#include "domain/instant.hpp"
#include "domain/partnership.hpp"  // Id
#include "domain/result.hpp"

namespace casereview {

namespace limits {
inline constexpr std::size_t briefing_sections = 7;  // Rule LIB-2
inline constexpr std::size_t briefing_heading = 80;
inline constexpr std::size_t briefing_guidance = 300;
// About 120 words: seven of them are read in seven minutes and fit one printed page.
inline constexpr std::size_t briefing_text = 800;
inline constexpr std::size_t briefing_team = 120;
inline constexpr int briefing_people = 1000;
inline constexpr std::size_t withdrawal_reason = 2000;
}  // namespace limits

// One heading of the partnership's template, with the guidance shown under it to whoever writes.
struct BriefingHeading {
  std::string heading;
  std::string guidance;
};

// One section of a briefing as written.
struct BriefingSection {
  std::string heading;
  std::string text;
};

// Rule LIB-2: the template a partnership starts with, the usual shape of a 7-minute briefing.
std::vector<BriefingHeading> default_briefing_template();

// Rule LIB-2: exactly seven headings, trimmed. invalid_input naming "heading_N" (missing or too
// long) and "guidance_N" (too long), N from 1; "headings" when there are not seven.
Result<std::vector<BriefingHeading>> briefing_template_from(std::vector<BriefingHeading> headings);

// Rule LIB-2: exactly seven sections, each with a heading and text, trimmed. invalid_input naming
// "heading_N" and "section_N" (missing or too long); "sections" when there are not seven.
Result<std::vector<BriefingSection>> briefing_from(std::vector<BriefingSection> sections);

// Rule LIB-2: a team's use of a briefing, as whoever ran it records it.
struct BriefingUse {
  Id id = 0;
  Id entry_id = 0;
  std::string team;    // "Health visiting, North locality"
  std::string agency;  // the organisation the team belongs to
  CivilDate used_on = CivilDate::from_ymd(2000, 1, 1).value();
  int people = 0;  // how many took part
  Id recorded_by = 0;
  Instant recorded_at{};
};

struct BriefingUseInput {
  std::string team;
  std::string agency;
  std::string used_on;  // YYYY-MM-DD
  std::string people;   // a whole number
};

// Rule LIB-2. invalid_input naming "team" and "agency" (missing or too long), "used_on" (not a
// date, in the future, or before `published_on`) and "people" (not a whole number from 1 to
// limits::briefing_people). The caller fills in the ids and who recorded it.
Result<BriefingUse> briefing_use_from(const BriefingUseInput& input, CivilDate today,
                                      CivilDate published_on);

// The day `years` after `date`; 29 February becomes 28 February in a year that has none.
CivilDate years_after(CivilDate date, int years);

// Rule PUB-4: the reason for withdrawing a report published on `published_on`, trimmed. Required
// until `document_years` years have passed (at least 1 year must pass before the report is
// expected to go; earlier is an exception the partnership explains); optional after. invalid_input
// naming "reason" (missing when required, or too long).
Result<std::string> withdrawal_reason_from(const std::string& reason, CivilDate published_on,
                                           CivilDate today, int document_years);

}  // namespace casereview
