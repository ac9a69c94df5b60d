// What the statutory partners' sign-offs share (Rule SIGN-1): the rapid review's (Rule RR-4) and
// the final report's (Rule RPT-3) are given by a partner's signatory, as themselves, for the
// partner they sign for, stepping up with a current code from their own authenticator app, each
// code used once.
#pragma once

#include <string>

#include "app/context.hpp"
#include "domain/statutory_partner.hpp"

namespace casereview::signatories {

struct Signatory {
  Id partnership_id = 0;
  StatutoryPartner partner = StatutoryPartner::local_authority;
};

// Rule SIGN-1: the caller as a signatory of their partnership, with the partner they sign for.
// forbidden for anyone but a signatory.
Result<Signatory> signatory_of(const Caller& caller);

// The code as typed, without the spaces and hyphens people put in it. invalid_input on
// "totp_code" when nothing is left.
Result<std::string> step_up_code(const std::string& typed);

// Rule SIGN-1: true when `code` is the account's current authenticator code and had not been used;
// it is used now.
bool step_up_accepted(Transaction& transaction, Id user_id, const std::string& code, Instant now);

// The refusal of a wrong or used code, on "totp_code".
Error wrong_step_up_code();

}  // namespace casereview::signatories
