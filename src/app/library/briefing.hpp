// The 7-minute briefing of a review (issue 14, Rule LIB-2): seven short sections under the
// partnership's headings, published with the library entry, read as a page or a one-page PDF, and
// the teams that used it.
//
// Who may do what (checked here, on every call):
//   - the partnership's managers and committee members (Permission::run_reviews): the template,
//     and the briefing of their own partnership's reviews, and the list of teams that used it;
//   - anyone: a published briefing (read_briefing, briefing_pdf);
//   - anyone signed in, of any partnership (the library is national): that their team used a
//     published briefing.
// A briefing changed after publication is public at once, so it is checked as it is saved
// (Rule PUB-3): a finding refuses the change instead of waiting to be dismissed.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/context.hpp"
#include "domain/briefing.hpp"
#include "domain/library_entry.hpp"

namespace casereview {

// The briefing's form for a case.
struct BriefingForm {
  Id case_id = 0;
  std::string case_reference;
  std::optional<LibraryEntry> entry;      // none: the library entry is to be written first
  std::vector<BriefingHeading> headings;  // the partnership's template
  std::vector<BriefingSection> sections;  // as written, or the template's headings, no text
  bool written = false;
};
Result<BriefingForm> view_briefing_form(AppContext& context, const Caller& caller, Id case_id);

// Rule LIB-2. invalid_input as briefing_from, and once published on each section where the
// anonymisation check finds an identifier; wrong_state before the library entry is written.
Result<std::vector<BriefingSection>> save_briefing(AppContext& context, const Caller& caller,
                                                   Id case_id,
                                                   std::vector<BriefingSection> sections);

// Rule LIB-2: the partnership's template (the bundled one until it changes it).
Result<std::vector<BriefingHeading>> view_briefing_template(AppContext& context,
                                                            const Caller& caller);
// invalid_input as briefing_template_from. Briefings written before keep their headings.
Result<std::vector<BriefingHeading>> save_briefing_template(AppContext& context,
                                                            const Caller& caller,
                                                            std::vector<BriefingHeading> headings);

// A published briefing, for anyone.
struct PublicBriefing {
  LibraryEntry entry;  // without its report
  std::vector<BriefingSection> sections;
  int uses = 0;  // teams that recorded using it
};
// not_found unless the entry is published and its briefing written.
Result<PublicBriefing> read_briefing(AppContext& context, Id entry_id);
// The briefing as a one-page tagged PDF; not_found as read_briefing.
Result<std::string> briefing_pdf(AppContext& context, Id entry_id);

// Rule LIB-2. invalid_input as briefing_use_from; not_found as read_briefing.
Result<BriefingUse> record_briefing_use(AppContext& context, const Caller& caller, Id entry_id,
                                        const BriefingUseInput& input);

inline constexpr int briefing_uses_per_page = 25;
struct BriefingUses {
  std::string case_reference;
  std::optional<LibraryEntry> entry;
  std::vector<BriefingUse> uses;  // the latest first
  int total = 0;
  int page = 1;
  int page_count = 1;
};
// The teams that used the case's briefing, paged in the database.
Result<BriefingUses> list_briefing_uses(AppContext& context, const Caller& caller, Id case_id,
                                        int page);

}  // namespace casereview
