// Browsers in miniature for tests that talk to a real running server, in two kinds:
// - BrowserClient keeps the cookies the server sets and sends them back on every request, as a
//   browser would (a Set-Cookie with an empty value or Max-Age=0 removes the cookie), and can post
//   a form with the CSRF token the server put in the form's csrf_token hidden field; for tests
//   about signing in and out, sessions and cookies.
// - SignedInBrowser is an account already signed in (sign_in_with_authenticator): one fixed
//   session cookie and the session's CSRF token, added to every form it posts; for tests about
//   what a signed-in person can see and do, where nothing the server sets should change the
//   session.
// Neither follows redirects or runs script: each call is one request, and the test sees the
// response as the server sent it.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "domain/instant.hpp"
#include "support/http_client.hpp"

namespace casereview::testing_support {

using FormFields = std::vector<std::pair<std::string, std::string>>;

class BrowserClient {
 public:
  explicit BrowserClient(int port) : port_(port) {}

  // GETs `target` with this browser's cookies added to `headers`. Like every call here, throws
  // Poco::Exception when the server cannot be reached.
  HttpResult get(const std::string& target, HeaderList headers = {});
  // Posts exactly `fields` as application/x-www-form-urlencoded, adding nothing (so a test can
  // leave out the CSRF token or send a wrong one).
  HttpResult post(const std::string& target, const FormFields& fields);
  // Sends `method` to `target`: GET and HEAD without a body, any other method with `fields` as a
  // form body (exactly as given).
  HttpResult request(const std::string& method, const std::string& target,
                     const FormFields& fields = {});
  // Posts `fields` and the CSRF token of the form on `page` (a page this browser has read); an
  // empty token when the page has no form with one.
  HttpResult submit(const HttpResult& page, const std::string& target, FormFields fields);

  // The value of the cookie `name` this browser holds, or "" when it holds none.
  std::string cookie(const std::string& name) const;
  // Sets (or replaces) a cookie as if the server had set it.
  void set_cookie(const std::string& name, const std::string& value) { cookies_[name] = value; }

  // The value of the csrf_token hidden field of the first form in `body` that has one, or "".
  static std::string csrf_token_of(const std::string& body);

 private:
  HeaderList with_cookies(HeaderList headers) const;
  HttpResult keep(HttpResult result);

  int port_;
  std::map<std::string, std::string> cookies_;
};

// A signed-in account: its session cookie ("casereview_session=…") and the CSRF token its forms
// carry. Copies share the session.
struct SignedInBrowser {
  int port = 0;
  std::string cookie;
  std::string csrf_token;
  // The key of the authenticator app set up while signing in (empty when none was), so that a
  // test can give a later code, as a step-up asks for.
  std::string authenticator_secret;

  HttpResult get(const std::string& target) const;
  // Posts `fields` and the CSRF token.
  HttpResult post(const std::string& target, FormFields fields) const;
  // Posts `fields` exactly as given (a form's own hidden fields include the CSRF token).
  HttpResult post_exactly(const std::string& target, const FormFields& fields) const;
};

// Signs in with `email` and `password` as a person would (reading the sign-in form for its CSRF
// token). An account sent on to set up its authenticator app has it set up: this reads the key the
// page shows, as a person types it into their app, and answers with the app's code at `now` (the
// server's time). Throws std::runtime_error when a step does not go as it should.
SignedInBrowser sign_in_with_authenticator(int port, const std::string& email,
                                           const std::string& password, Instant now);

}  // namespace casereview::testing_support
