#include "web/pages/api_pages.hpp"

#include <Poco/Dynamic/Var.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <sstream>

#include "app/affiliation.hpp"
#include "app/embedded_files.hpp"
#include "web/problem.hpp"

namespace casereview::web {

namespace {

// {"id", "code", "name"} of a partnership or agency, or JSON null when there is none.
template <typename Organisation>
Poco::Dynamic::Var reference(const std::optional<Organisation>& organisation) {
  if (!organisation) return Poco::Dynamic::Var();
  Poco::JSON::Object::Ptr object = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
  object->set("id", static_cast<Poco::Int64>(organisation->id));
  object->set("code", organisation->code);
  object->set("name", organisation->name);
  return object;
}

// GET /api/v1/me: the caller's account as the API sees it (schema "Me" in the OpenAPI document).
Response me(const Request& request, Services& services) {
  const Actor& actor = *request.actor;
  auto affiliation = find_affiliation(services.app, actor);
  if (!affiliation) return error_response(affiliation.error(), request, services);
  Poco::JSON::Array::Ptr roles = new Poco::JSON::Array();
  for (Role role : actor.roles) roles->add(std::string(role_name(role)));
  Poco::JSON::Object document(Poco::JSON_PRESERVE_KEY_ORDER);
  document.set("id", static_cast<Poco::Int64>(actor.user_id));
  document.set("email", actor.email);
  document.set("name", actor.name);
  document.set("roles", roles);
  document.set("partnership", reference(affiliation.value().partnership));
  document.set("agency", reference(affiliation.value().agency));
  std::ostringstream out;
  document.stringify(out);
  return Response::json(out.str());
}

Response openapi(const Request&, Services&) { return Response::json(openapi_document()); }

}  // namespace

const std::string& openapi_document() {
  // Written out rather than generated, in data/openapi.json: it is the API's contract, read and
  // reviewed as a whole. tests/web/routes_test.cpp checks that every API route is in it.
  return embedded_files().at("data/openapi.json");
}

void add_api_routes(Router& router) {
  router.add("GET", "/api/v1/me", Permission::signed_in, me);
  router.add_anonymous("GET", openapi_document_path, openapi);
}

}  // namespace casereview::web
