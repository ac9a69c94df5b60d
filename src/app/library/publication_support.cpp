// What publishing's use cases share (Rule PUB-3): see publication_support.hpp.
#include "app/library/publication_support.hpp"

#include "app/cases/case_support.hpp"
#include "domain/text.hpp"

namespace casereview::publication_support {

// A practitioner's given name alone (such as "Will" or "Grace") would flag ordinary words: their
// full and family names are checked.
Result<KnownIdentifiers> known_identifiers(AppContext& context, Transaction& transaction,
                                           Id partnership_id, Id case_id) {
  KnownIdentifiers known;
  const std::vector<SealedChild> sealed = transaction.cases().children(partnership_id, case_id);
  if (!sealed.empty()) {
    const security::FieldCipher* data_cipher = TRY(case_support::cipher(context));
    for (const SealedChild& child : sealed) {
      const ChildIdentity identity = TRY(case_support::open_child(*data_cipher, child));
      known.names.push_back(identity.given_name);
      known.names.push_back(identity.family_name);
      known.names.push_back(identity.given_name + " " + identity.family_name);
      known.dates_of_birth.push_back(identity.date_of_birth);
    }
  }
  for (const LearningEventInvitation& invitation :
       transaction.learning_events().invitations_for_case(partnership_id, case_id)) {
    known.names.push_back(invitation.name);
    const std::string name = trimmed(invitation.name);
    if (const auto space = name.rfind(' '); space != std::string::npos)
      known.names.push_back(name.substr(space + 1));
  }
  return known;
}

Status refuse_identifiers(AppContext& context, Transaction& transaction, Id partnership_id,
                          Id case_id, const std::vector<FieldToCheck>& fields) {
  std::vector<TextToCheck> parts;
  for (const FieldToCheck& field : fields) parts.push_back(field.check);
  std::vector<FieldError> problems;
  {
    const KnownIdentifiers known =
        TRY(known_identifiers(context, transaction, partnership_id, case_id));
    for (const IdentifierFound& found : find_identifiers(parts, known))
      for (const FieldToCheck& field : fields)
        if (field.check.part == found.part) {
          problems.push_back({field.field,
                              "This is published as soon as it is saved, and the anonymisation "
                              "check found what may identify someone (" +
                                  std::string(identifier_kind_text(found.kind)) + ", " +
                                  found.location() + ": “" + found.excerpt + "”): remove it"});
          break;
        }
  }
  if (!problems.empty()) return Error::invalid(std::move(problems));
  return ok_status();
}

}  // namespace casereview::publication_support
