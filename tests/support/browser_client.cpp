#include "support/browser_client.hpp"

#include <algorithm>
#include <stdexcept>

#include "app/security/totp.hpp"
#include "support/html_dom.hpp"

namespace casereview::testing_support {

HttpResult BrowserClient::get(const std::string& target, HeaderList headers) {
  return keep(http_get(port_, target, with_cookies(std::move(headers))));
}

HttpResult BrowserClient::post(const std::string& target, const FormFields& fields) {
  return keep(http_post_form(port_, target, fields, with_cookies({})));
}

HttpResult BrowserClient::request(const std::string& method, const std::string& target,
                                  const FormFields& fields) {
  if (method == "GET" || method == "HEAD")
    return keep(http_request(port_, method, target, with_cookies({})));
  return keep(http_request(port_, method, target, with_cookies({}), form_encoded(fields),
                           "application/x-www-form-urlencoded"));
}

HttpResult BrowserClient::submit(const HttpResult& page, const std::string& target,
                                 FormFields fields) {
  fields.emplace_back("csrf_token", csrf_token_of(page.body));
  return post(target, fields);
}

std::string BrowserClient::cookie(const std::string& name) const {
  auto found = cookies_.find(name);
  return found == cookies_.end() ? "" : found->second;
}

std::string BrowserClient::csrf_token_of(const std::string& body) {
  auto document = test::html::Document::parse(body);
  const auto* field = document.select_one("form input[name=csrf_token]");
  return field ? field->attribute("value").value_or("") : "";
}

HeaderList BrowserClient::with_cookies(HeaderList headers) const {
  std::string header;
  for (const auto& [name, value] : cookies_)
    header += (header.empty() ? "" : "; ") + name + "=" + value;
  if (!header.empty()) headers.emplace_back("Cookie", header);
  return headers;
}

HttpResult BrowserClient::keep(HttpResult result) {
  for (const std::string& set_cookie : result.set_cookies) {
    const std::string pair = set_cookie.substr(0, set_cookie.find(';'));
    const std::size_t equals = pair.find('=');
    const std::string name = pair.substr(0, equals);
    const std::string value = equals == std::string::npos ? "" : pair.substr(equals + 1);
    if (value.empty() || set_cookie.find("Max-Age=0") != std::string::npos) {
      cookies_.erase(name);
    } else {
      cookies_[name] = value;
    }
  }
  return result;
}

HttpResult SignedInBrowser::get(const std::string& target) const {
  return http_get(port, target, {{"Cookie", cookie}});
}

HttpResult SignedInBrowser::post(const std::string& target, FormFields fields) const {
  fields.emplace_back("csrf_token", csrf_token);
  return post_exactly(target, fields);
}

HttpResult SignedInBrowser::post_exactly(const std::string& target,
                                         const FormFields& fields) const {
  return http_post_form(port, target, fields, {{"Cookie", cookie}});
}

namespace {

// The value a response's Set-Cookie gives `name`, or "".
std::string cookie_value(const HttpResult& response, const std::string& name) {
  for (const std::string& cookie : response.set_cookies) {
    if (cookie.rfind(name + "=", 0) == 0)
      return cookie.substr(name.size() + 1, cookie.find(';') - name.size() - 1);
  }
  return "";
}

}  // namespace

SignedInBrowser sign_in_with_authenticator(int port, const std::string& email,
                                           const std::string& password, Instant now) {
  const HttpResult form = http_get(port, "/sign-in");
  const HttpResult signed_in =
      http_post_form(port, "/sign-in",
                     {{"email", email},
                      {"password", password},
                      {"csrf_token", BrowserClient::csrf_token_of(form.body)}},
                     {{"Cookie", "casereview_csrf=" + cookie_value(form, "casereview_csrf")}});
  if (signed_in.status != 303)
    throw std::runtime_error("sign-in of " + email + " answered " +
                             std::to_string(signed_in.status));
  SignedInBrowser browser{
      .port = port,
      .cookie = "casereview_session=" + cookie_value(signed_in, "casereview_session")};
  if (signed_in.header("location") != "/sign-in/set-up-authenticator") {
    browser.csrf_token = BrowserClient::csrf_token_of(browser.get("/account").body);
    return browser;
  }
  const HttpResult set_up = browser.get("/sign-in/set-up-authenticator");
  const auto page = test::html::Document::parse(set_up.body);
  const auto* key = page.select_one(".cr-secret");
  if (key == nullptr)
    throw std::runtime_error("no authenticator key on the set-up page for " + email);
  std::string secret = key->normalised_text();
  secret.erase(std::remove(secret.begin(), secret.end(), ' '), secret.end());
  const std::optional<std::string> code = security::totp_code(secret, now);
  if (!code) throw std::runtime_error("the authenticator key is not base32: " + secret);
  browser.csrf_token = BrowserClient::csrf_token_of(set_up.body);
  const HttpResult confirmed = browser.post("/sign-in/set-up-authenticator", {{"code", *code}});
  if (confirmed.status != 200)
    throw std::runtime_error("setting up the authenticator of " + email + " answered " +
                             std::to_string(confirmed.status));
  // Rule SEC-5: completing the second factor gives a new session, with its own CSRF token.
  const std::string replacement = cookie_value(confirmed, "casereview_session");
  if (replacement.empty())
    throw std::runtime_error("setting up the authenticator of " + email + " gave no new session");
  browser.cookie = "casereview_session=" + replacement;
  browser.csrf_token = BrowserClient::csrf_token_of(browser.get("/account").body);
  browser.authenticator_secret = secret;
  return browser;
}

}  // namespace casereview::testing_support
