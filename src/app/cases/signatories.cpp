// The partners' sign-offs' shared checks (Rule SIGN-1): see signatories.hpp.
#include "app/cases/signatories.hpp"

#include "app/caller_checks.hpp"
#include "app/security/totp.hpp"
#include "domain/messages.hpp"

namespace casereview::signatories {

Result<Signatory> signatory_of(const Caller& caller) {
  TRY(require_permission(caller, Permission::sign_off_for_partner));
  const Id partnership_id = TRY(caller_partnership(caller));
  return Signatory{partnership_id, *caller.actor->signs_for};
}

Result<std::string> step_up_code(const std::string& typed) {
  std::string code;
  for (char c : typed)
    if (c != ' ' && c != '-') code += c;
  if (code.empty())
    return Error::invalid({{"totp_code", enter("the code from your authenticator app")}});
  return code;
}

bool step_up_accepted(Transaction& transaction, Id user_id, const std::string& code, Instant now) {
  auto account = transaction.accounts().find(user_id);
  const std::optional<std::int64_t> step =
      account && account->totp_enrolled_at ? security::verify_totp(account->totp_secret, code, now)
                                           : std::nullopt;
  return step && transaction.accounts().use_totp_step(user_id, *step);
}

Error wrong_step_up_code() {
  return Error::invalid(
      {{"totp_code",
        "The code is not right or has been used. Enter the current code from your "
        "authenticator app"}});
}

}  // namespace casereview::signatories
