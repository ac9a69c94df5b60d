// What publishing's use cases share (Rule PUB-3): the identifiers a case records, decrypted in
// memory only, and the check of text that changes after publication, when no finding can wait to be
// dismissed.
#pragma once

#include <string>
#include <vector>

#include "app/context.hpp"
#include "domain/anonymisation_check.hpp"

namespace casereview::publication_support {

// Rule PUB-3: what the case records that must not be published — the children's names and dates
// of birth, and the practitioners' full and family names. Decrypted here, in memory, and let go.
Result<KnownIdentifiers> known_identifiers(AppContext& context, Transaction& transaction,
                                           Id partnership_id, Id case_id);

// Text as a form field holds it: `field` names it in an error, `check.part` in a finding.
struct FieldToCheck {
  std::string field;
  TextToCheck check;
};

// Rule PUB-3 for text that is public as soon as it is saved (an entry or briefing changed after
// publication): invalid_input naming each field where the check finds an identifier, the masked
// excerpt saying where. Nothing found is ok.
Status refuse_identifiers(AppContext& context, Transaction& transaction, Id partnership_id,
                          Id case_id, const std::vector<FieldToCheck>& fields);

}  // namespace casereview::publication_support
