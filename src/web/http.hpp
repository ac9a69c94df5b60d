// The request and response that route handlers see: plain values, independent of Poco, so that
// handlers are easy to read and to test. src/web/server.cpp converts to and from Poco's types.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "app/sessions.hpp"
#include "domain/id_text.hpp"
#include "domain/partnership.hpp"

namespace casereview::web {

// The reader's display choices, kept in cookies: the partnership's text-size and colour controls.
enum class TextSize { standard, large, larger };
enum class ColourScheme { standard, high_contrast };

struct DisplayPreferences {
  TextSize text_size = TextSize::standard;
  ColourScheme colour_scheme = ColourScheme::standard;
};

using Fields = std::vector<std::pair<std::string, std::string>>;

// A file sent in a multipart/form-data body (an <input type="file">). `content_type` is what the
// browser said the file is; check it, and the content, before trusting either.
struct UploadedFile {
  std::string field;         // the form field's name
  std::string filename;      // as the browser gave it, without any folder
  std::string content_type;  // e.g. "application/json"; empty when the browser gave none
  std::string content;
};

struct Request {
  std::string method;        // "GET", "POST", …
  std::string path;          // decoded path without the query, e.g. "/cases/12"
  std::string query_string;  // raw, without '?'
  Fields query;              // decoded query parameters in order
  Fields form;  // decoded application/x-www-form-urlencoded or multipart/form-data fields
  std::vector<UploadedFile> files;             // the files of a multipart/form-data body
  std::map<std::string, std::string> headers;  // names in lower case
  std::map<std::string, std::string> cookies;
  std::map<std::string, std::string> path_parameters;  // from the route pattern
  std::string body;
  std::string client_address;
  std::string request_id;
  DisplayPreferences display;

  // Who is asking, set by the server before the handler runs (web/authentication.hpp).
  std::optional<AuthenticatedSession> session;  // from the session cookie
  std::optional<Actor> actor;      // signed in (second factor done), or from an API token
  bool api_token = false;          // authenticated by Authorization: Bearer
  std::string csrf_token;          // to put in every form this page shows
  bool issue_csrf_cookie = false;  // a new anonymous token to set as a cookie
  // The body was over the server's limit and was not read (body, form and files are empty).
  bool body_too_large = false;

  // The caller for use cases: actor, address and browser.
  Caller caller() const;
  bool is_api() const { return path.rfind("/api/", 0) == 0; }

  // The first value of a query parameter or form field, if present.
  std::optional<std::string> query_value(const std::string& name) const;
  std::optional<std::string> form_value(const std::string& name) const;
  // The `done` query parameter, or "": the flag a redirect after a change carries, so that the
  // page it lands on can show a success banner for the flags it knows (and nothing for others).
  std::string done_flag() const { return query_value("done").value_or(""); }
  // The `page` query parameter of a paged list: a whole number up to 1,000,000, else 1 (the use
  // case clamps it to the pages there are).
  int page_number() const;
  // Every value of a repeated form field (checkboxes), in the order sent.
  std::vector<std::string> form_values(const std::string& name) const;
  // The `{name:int}` path parameter as an id. The router admits only what parse_id accepts, so
  // this cannot fail for a parameter of the matched route; it throws std::out_of_range for a
  // name the route does not have (a programming error).
  Id path_id(const std::string& name) const;
  std::string header(const std::string& lower_case_name) const;
  // The path and query as requested, e.g. "/training?page=2".
  std::string target() const { return query_string.empty() ? path : path + "?" + query_string; }
};

struct Response {
  int status = 200;
  std::string content_type = "text/html; charset=utf-8";
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;

  void set_header(const std::string& name, const std::string& value);
  static Response html(std::string body, int status = 200);
  static Response text(std::string body, std::string content_type, int status = 200);
  static Response json(std::string body, int status = 200);
  // 303 See Other: where a form or a link that sets something sends the reader next.
  static Response redirect(const std::string& location);
  // A download: `body` with `content_type` and "Content-Disposition: attachment; filename=…",
  // never cached. `filename` must be plain ASCII without quotes (callers build it from ids and
  // fixed words).
  static Response attachment(std::string body, const std::string& content_type,
                             const std::string& filename);
};

// parse_id (domain/id_text.hpp) is the one rule for an id written as text: the router's {name:int}
// parameters and every id read from a form or a JSON body go through it.
using casereview::parse_id;

// Percent-encodes `text` for a query string value ("a b&c" → "a%20b%26c").
std::string query_encode(const std::string& text);

// Decodes application/x-www-form-urlencoded text ("a=1&b=x+y") into fields, in order.
Fields decode_form(const std::string& encoded);

// Decodes a multipart/form-data body (`content_type` carries its boundary): its plain fields into
// `fields`, in order, and its files (parts with a filename) into `files`. Returns false, leaving
// what was decoded so far, when the body is malformed or has more than 100 parts.
bool decode_multipart(const std::string& content_type, const std::string& body, Fields& fields,
                      std::vector<UploadedFile>& files);

// A local path to return to after a settings change: `candidate` when it is a path on this site
// (starts with one '/', no scheme, no backslash, no control characters), otherwise "/". Guards
// against open redirects.
std::string safe_return_path(const std::string& candidate);

}  // namespace casereview::web
