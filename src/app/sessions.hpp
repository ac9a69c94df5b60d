// Signing in and out, sessions, the second factor, and API tokens.
//
// A session is a random token kept by the browser in a cookie and stored here only as its hash.
// Signing in makes a new session (so a session fixed before sign-in is worthless). Staff must also
// give a TOTP code — or set one up on their first sign-in — before the session counts as signed in.
// Time-outs (Rule SEC-1) are checked on every request with the clock passed in; activity is
// recorded at most once a minute, so that a request that only reads writes nothing.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/context.hpp"

namespace casereview {

enum class SecondFactorStep { none, enter_code, set_up };

struct SignedIn {
  std::string session_token;  // for the cookie; shown nowhere else
  std::string csrf_token;
  SecondFactorStep next_step = SecondFactorStep::none;
};

// Checks the email and password (Rule SEC-2 lock-out, rate limit per client address) and starts a
// new session, ending `previous_session_token`'s session if any. Wrong email, wrong password, a
// locked or deactivated account all give the same invalid_input error, so the page reveals nothing.
Result<SignedIn> sign_in(AppContext& context, const Caller& caller, const std::string& email,
                         const std::string& password,
                         const std::string& previous_session_token = "");

// The session behind a cookie's token, if it is active and not timed out. Reads in a read
// transaction, and writes only to record the session's activity when a minute or more has passed
// since it was last written (Rule SEC-1; the requests in between are remembered in
// context.session_activity) or to end a timed-out session. Fails with unavailable (or internal)
// when the database cannot answer, so that a signed-in person is told to try again (503) rather
// than sent to sign in as if their session had ended (issue 17); a failure to write the activity
// does not fail it (it is remembered instead).
struct AuthenticatedSession {
  SessionRecord session;
  Actor actor;
  bool second_factor_pending = false;
  SecondFactorStep next_step = SecondFactorStep::none;
};
Result<std::optional<AuthenticatedSession>> authenticate_session(AppContext& context,
                                                                 const std::string& session_token);

// The actor of an unrevoked API token (Authorization: Bearer …), or nullopt for an unknown,
// revoked or inactive one. API tokens skip the second factor. Fails with unavailable (or
// internal) when the database cannot answer, so that a script is told to retry (503) rather
// than that its token is wrong (401).
Result<std::optional<Actor>> authenticate_api_token(AppContext& context, const std::string& token);

Status sign_out(AppContext& context, const Caller& caller, const AuthenticatedSession& session);

// Completes a pending sign-in with a TOTP code or one of the recovery codes, replacing the session
// with a new one (its token for the cookie; Rule SEC-5). A wrong code is invalid_input on "code";
// the fifth on the session, or one that locks the account (Rule SEC-2), ends the session and is
// unauthenticated, with the words for the sign-in page on "email".
Result<SignedIn> verify_second_factor(AppContext& context, const Caller& caller,
                                      const AuthenticatedSession& session, const std::string& code);

// The secret to set up (made on first call, the same until confirmed), as base32 text and as an
// otpauth:// URI for the QR code.
struct TotpEnrolment {
  std::string secret_base32;
  std::string secret_for_reading;  // in groups of four
  std::string uri;
};
Result<TotpEnrolment> begin_totp_enrolment(AppContext& context,
                                           const AuthenticatedSession& session);

// Confirms enrolment with a code from the new authenticator and completes the sign-in, replacing
// the session with a new one as verify_second_factor does; returns it with ten single-use recovery
// codes to show once.
struct Enrolled {
  SignedIn session;
  std::vector<std::string> recovery_codes;
};
Result<Enrolled> confirm_totp_enrolment(AppContext& context, const Caller& caller,
                                        const AuthenticatedSession& session,
                                        const std::string& code);

// The signed-in user's active sessions, and ending one of them.
Result<std::vector<SessionRecord>> list_my_sessions(AppContext& context, const Caller& caller);
Status end_my_session(AppContext& context, const Caller& caller, Id session_id);

// API tokens: created for oneself (the token is returned once), listed, revoked.
struct CreatedApiToken {
  ApiTokenRecord record;
  std::string token;
};
Result<CreatedApiToken> create_api_token(AppContext& context, const Caller& caller, Id user_id,
                                         const std::string& name);
Result<std::vector<ApiTokenRecord>> list_my_api_tokens(AppContext& context, const Caller& caller);
Status revoke_my_api_token(AppContext& context, const Caller& caller, Id token_id);

}  // namespace casereview
