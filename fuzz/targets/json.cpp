// Fuzz target: an API request's JSON body, parsed (Poco) and read member by member as the API's
// handlers read it.
#include "web/json.hpp"

#include "fuzz_support.hpp"

using namespace casereview;

namespace {

void read_members(const Poco::JSON::Object::Ptr& object, int depth) {
  for (const std::string& name : object->getNames()) {
    web::json_string(object, name);
    web::json_boolean(object, name);
    web::json_strings(object, name);
    web::json_integers(object, name);
    if (auto ids = web::json_ids(object, name); ids) {
      for (Id id : ids.value()) fuzz::require(id > 0, "an id read from JSON is positive");
    }
    if (auto id = web::json_id(object, name); id && id.value()) {
      fuzz::require(*id.value() > 0, "an id read from JSON is positive");
    }
    if (depth < 4) {
      for (const auto& inner : web::json_objects(object, name)) read_members(inner, depth + 1);
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  web::Request request;
  request.body = fuzz::text_of(data, size);
  auto object = web::json_body(request);
  if (!object) return 0;
  read_members(object.value(), 0);
  web::json_text(object.value());
  return 0;
}
