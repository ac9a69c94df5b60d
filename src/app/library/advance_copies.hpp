// The final report sent from the program as an advance copy (issue 14, Rule PUB-2): an email to
// the recipient's address with a link to download the report as a PDF, which works for
// advance_copy_link_days days. Sending it records the copy as sent today, as recording the date by
// hand would (record_advance_copy in publication.hpp).
//
// Who may do what: the partnership's managers and committee members (Permission::run_reviews) send
// it; whoever holds the link downloads the report, with no account — the link's token is the key,
// stored only as its hash.
#pragma once

#include <string>

#include "app/context.hpp"
#include "domain/publication.hpp"

namespace casereview {

struct AdvanceCopyEmailInput {
  std::string recipient;  // panel, secretary_of_state, ofsted
  std::string email;
};

// Rule PUB-2. invalid_input on "recipient" and "email"; wrong_state before the decision, once
// published, or before a version of the report is marked final.
Result<AdvanceCopyLink> send_advance_copy(AppContext& context, const Caller& caller, Id case_id,
                                          const AdvanceCopyEmailInput& input);

struct AdvanceCopyByLink {
  std::string case_reference;
  std::string partnership_name;
  AdvanceCopyLink link;
  bool expired = false;
};
// not_found for a token that opens nothing.
Result<AdvanceCopyByLink> advance_copy_by_link(AppContext& context, const std::string& token);
// The final report as a PDF; not_found as advance_copy_by_link, wrong_state once it has expired.
Result<std::string> advance_copy_pdf(AppContext& context, const std::string& token);

}  // namespace casereview
