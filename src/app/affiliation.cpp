#include "app/affiliation.hpp"

namespace casereview {

Result<Affiliation> find_affiliation(AppContext& context, const Actor& actor) {
  Affiliation affiliation;
  Status outcome =
      context.storage.transact(TransactionMode::read, [&](Transaction& transaction) -> Status {
        if (auto account = transaction.accounts().find(actor.user_id)) {
          affiliation.organisation = account->organisation;
          affiliation.job_role = account->job_role;
        }
        if (!actor.partnership_id) return ok_status();
        affiliation.partnership = transaction.partnerships().find(*actor.partnership_id);
        if (actor.agency_id)
          affiliation.agency = transaction.agencies().find(*actor.partnership_id, *actor.agency_id);
        return ok_status();
      });
  if (!outcome) return outcome.error();
  return affiliation;
}

bool chooses_own_agency(const Actor& actor) {
  if (!actor.partnership_id || !actor.has_role(Role::learner)) return false;
  for (Role role : actor.roles)
    if (needs_agency(role)) return false;
  return true;
}

Result<std::vector<Agency>> agencies_to_choose(AppContext& context, const Actor& actor) {
  if (!chooses_own_agency(actor)) return std::vector<Agency>{};
  return context.storage.transact(TransactionMode::read,
                                  [&](Transaction& transaction) -> Result<std::vector<Agency>> {
                                    return transaction.agencies().list(*actor.partnership_id);
                                  });
}

}  // namespace casereview
