// JSON for the API's handlers: reading a request's body as a JSON object, and writing documents.
// Member names in requests and responses are the (snake_case); values are plain JSON
// (dates as "YYYY-MM-DD" strings, ids as integers).
#pragma once

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <optional>
#include <string>
#include <vector>

#include "domain/result.hpp"
#include "web/http.hpp"

namespace casereview::web {

// A new JSON object that keeps its members in the order they are set.
Poco::JSON::Object::Ptr json_object();

// The document as compact JSON text.
std::string json_text(const Poco::JSON::Object::Ptr& document);
std::string json_text(const Poco::JSON::Array::Ptr& document);

// The request's body as a JSON object. Fails with invalid_input on field "body" when the body is
// not JSON or not an object.
Result<Poco::JSON::Object::Ptr> json_body(const Request& request);

// Members of a request object, read leniently: a member that is missing or of another type gives
// the empty value (so the use case's validation words the problem, once, for pages and API alike).
std::string json_string(const Poco::JSON::Object::Ptr& object, const std::string& name);
// true/false for a JSON boolean; nullopt when missing or not a boolean.
std::optional<bool> json_boolean(const Poco::JSON::Object::Ptr& object, const std::string& name);
// The strings of an array member; non-strings are skipped.
std::vector<std::string> json_strings(const Poco::JSON::Object::Ptr& object,
                                      const std::string& name);
// The integers of an array member, as decimal text (so that the use case can refuse a bad one).
std::vector<std::string> json_integers(const Poco::JSON::Object::Ptr& object,
                                       const std::string& name);
// The ids of an array member (of agencies, or of `what`); invalid_input on `name` ("Each agency
// must be given by its id, a whole number") when one is not a positive whole number.
Result<std::vector<Id>> json_ids(const Poco::JSON::Object::Ptr& object, const std::string& name,
                                 const std::string& what = "agency");
// The id in member `name` (of an agency, or of `what`): nothing when it is missing or null;
// invalid_input on `name` ("The agency must be given by its id, a whole number") when it is not a
// positive whole number.
Result<std::optional<Id>> json_id(const Poco::JSON::Object::Ptr& object, const std::string& name,
                                  const std::string& what = "agency");
// The objects of an array member; non-objects are skipped.
std::vector<Poco::JSON::Object::Ptr> json_objects(const Poco::JSON::Object::Ptr& object,
                                                  const std::string& name);

}  // namespace casereview::web
