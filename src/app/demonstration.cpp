#include "app/demonstration.hpp"

#include "app/demonstration_cases.hpp"
#include "app/demonstration_training.hpp"
#include "app/security/password_hash.hpp"
#include "domain/role.hpp"

namespace casereview {

namespace {

struct AgencySeed {
  const char* code;
  const char* name;
};

constexpr AgencySeed demonstration_agencies[] = {
    {"CSC", "Northbrook Children's Social Care"}, {"POLICE", "Northbrook Police"},
    {"ICB", "Northbrook Integrated Care Board"},  {"HOSPITAL", "Northbrook Hospitals NHS Trust"},
    {"SCHOOL", "Northbrook Primary School"},      {"PROBATION", "Probation Service, Northbrook"},
};

// The agency each agency-bound demonstration role belongs to.
const char* agency_for(Role role) {
  switch (role) {
    case Role::contributor:
      return "POLICE";
    case Role::lead:
      return "HOSPITAL";
    case Role::admin:
    case Role::manager:
    case Role::committee:
    case Role::notifier:
    case Role::reviewer:
    case Role::trainer:
    case Role::learner:
    case Role::panel:
    case Role::inspector:
    case Role::signatory:
      return "";
  }
  return "";
}

// The demonstration accounts of `role`: one, except the signatories, one per statutory partner.
std::vector<std::optional<StatutoryPartner>> partners_for(Role role) {
  if (!needs_partner(role)) return {std::nullopt};
  return {all_statutory_partners.begin(), all_statutory_partners.end()};
}

std::string email_for(Role role, std::optional<StatutoryPartner> partner) {
  if (role == Role::panel) return "panel@national-panel.example";
  if (role == Role::inspector) return "inspector@inspectorate.example";
  if (partner) return demonstration_signatory_email(*partner);
  return std::string(role_name(role)) + "@northbrook.example";
}

DemonstrationSummary describe(Transaction& transaction, const Partnership& partnership) {
  DemonstrationSummary summary;
  summary.partnership = partnership;
  summary.agencies = transaction.agencies().list(partnership.id);
  for (Role role : all_roles) {
    for (std::optional<StatutoryPartner> partner : partners_for(role)) {
      summary.accounts.push_back(
          {email_for(role, partner), std::string(role_name(role)), agency_for(role),
           partner ? std::string(statutory_partner_name(*partner)) : std::string()});
    }
  }
  return summary;
}

}  // namespace

std::string demonstration_signatory_email(StatutoryPartner partner) {
  switch (partner) {
    case StatutoryPartner::local_authority:
      return "signatory-la@northbrook.example";
    case StatutoryPartner::police:
      return "signatory-police@northbrook.example";
    case StatutoryPartner::health:
      return "signatory-icb@northbrook.example";
  }
  return "";
}

Result<DemonstrationSummary> load_demonstration_data(
    Storage& storage, const Clock& clock, std::shared_ptr<const security::FieldCipher> cipher) {
  // One hash for every account: they share the published demonstration password.
  const std::string password_hash = TRY(security::hash_password(demonstration_password));
  const Instant now = clock.now();
  return storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<DemonstrationSummary> {
        if (auto existing =
                transaction.partnerships().find_by_code(demonstration_partnership_code)) {
          DemonstrationSummary summary = describe(transaction, *existing);
          summary.already_loaded = true;
          return summary;
        }
        const Partnership partnership = TRY(transaction.partnerships().add(
            demonstration_partnership_code, "Northbrook Safeguarding Children Partnership"));
        for (const AgencySeed& seed : demonstration_agencies) {
          TRY(transaction.agencies().add(partnership.id, seed.code, seed.name));
        }
        for (Role role : all_roles) {
          for (std::optional<StatutoryPartner> partner : partners_for(role)) {
            Account account;
            account.user.email = email_for(role, partner);
            account.user.name = partner ? "Demonstration " +
                                              std::string(statutory_partner_text(*partner)) +
                                              " signatory"
                                        : "Demonstration " + std::string(role_title(role));
            account.user.roles = {role};
            account.user.signs_for = partner;
            if (!is_national(role)) account.user.partnership_id = partnership.id;
            if (needs_agency(role)) {
              account.user.agency_id =
                  transaction.agencies().find_by_code(partnership.id, agency_for(role))->id;
            }
            account.status = AccountStatus::active;
            account.password_hash = password_hash;
            if (role == Role::learner) {
              account.organisation = "Northbrook Primary School";
              account.job_role = "Designated safeguarding lead";
            }
            TRY(transaction.accounts().create(account, now));
          }
        }
        if (cipher) TRY(load_demonstration_cases(transaction, partnership, clock, *cipher));
        TRY(load_training_demonstration(transaction, partnership, now, password_hash));
        return describe(transaction, partnership);
      });
}

}  // namespace casereview
