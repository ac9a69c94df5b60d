#include "web/pages/api_pages.hpp"

#include <Poco/Dynamic/Var.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <sstream>

#include "web/pages/account_pages.hpp"
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
  auto affiliation = find_affiliation(services, actor);
  if (!affiliation) return error_response(affiliation.error(), request, services);
  Poco::JSON::Array::Ptr roles = new Poco::JSON::Array();
  for (Role role : actor.roles) roles->add(std::string(role_name(role)));
  Poco::JSON::Object document(Poco::JSON_PRESERVE_KEY_ORDER);
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
  // Written out rather than generated: it is the API's contract, read and reviewed as a whole.
  static const std::string document = R"json({
  "openapi": "3.1.0",
  "info": {
    "title": "Safeguarding case reviews API",
    "version": "1.0.0",
    "description": "The JSON API of the safeguarding case reviews service. It uses the same rules as the web pages: a request can do only what its token's owner could do signed in. Create a personal API token on the 'Your account' page and send it in the Authorization header as a bearer token. Errors are RFC 9457 problem documents."
  },
  "servers": [{"url": "/api/v1"}],
  "security": [{"bearer": []}],
  "paths": {
    "/me": {
      "get": {
        "operationId": "getMe",
        "summary": "Who the token belongs to",
        "description": "The account of the person the API token belongs to: name, email address, roles, and the partnership and agency they belong to, if any.",
        "responses": {
          "200": {
            "description": "The caller's account.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Me"}}}
          },
          "401": {"$ref": "#/components/responses/Unauthenticated"},
          "403": {"$ref": "#/components/responses/Forbidden"}
        }
      }
    },
    "/agencies": {
      "get": {
        "operationId": "listAgencies",
        "summary": "The agencies of the caller's partnership",
        "description": "Every agency of the partnership the token's owner works in, for choosing the agencies involved in a notification. Someone in no partnership (the National Panel, inspectors) gets an empty list.",
        "responses": {
          "200": {
            "description": "The agencies, in the order of their names.",
            "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Organisation"}}}}
          },
          "401": {"$ref": "#/components/responses/Unauthenticated"},
          "403": {"$ref": "#/components/responses/Forbidden"}
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "bearer": {
        "type": "http",
        "scheme": "bearer",
        "description": "A personal API token from the 'Your account' page. It acts as its owner until it is revoked; revoked and unknown tokens get 401."
      }
    },
    "schemas": {
      "Me": {
        "type": "object",
        "required": ["email", "name", "roles", "partnership", "agency"],
        "properties": {
          "email": {"type": "string", "format": "email"},
          "name": {"type": "string"},
          "roles": {
            "type": "array",
            "items": {"type": "string", "enum": ["admin", "manager", "committee", "notifier", "contributor", "lead", "reviewer", "trainer", "learner", "panel", "inspector"]}
          },
          "partnership": {
            "description": "The safeguarding partnership the person works in; null for national roles.",
            "oneOf": [{"$ref": "#/components/schemas/Organisation"}, {"type": "null"}]
          },
          "agency": {
            "description": "The agency of an agency contributor or strategic lead; null otherwise.",
            "oneOf": [{"$ref": "#/components/schemas/Organisation"}, {"type": "null"}]
          }
        }
      },
      "Organisation": {
        "type": "object",
        "required": ["id", "code", "name"],
        "properties": {
          "id": {"type": "integer", "format": "int64"},
          "code": {"type": "string", "pattern": "^[A-Z][A-Z0-9-]{1,11}$"},
          "name": {"type": "string"}
        }
      },
      "Problem": {
        "type": "object",
        "description": "An RFC 9457 problem document.",
        "required": ["type", "title", "status"],
        "properties": {
          "type": {"type": "string", "format": "uri-reference"},
          "title": {"type": "string"},
          "status": {"type": "integer"},
          "detail": {"type": "string"},
          "errors": {
            "description": "For invalid input: one entry per field that needs fixing.",
            "type": "array",
            "items": {
              "type": "object",
              "required": ["field", "message"],
              "properties": {"field": {"type": "string"}, "message": {"type": "string"}}
            }
          }
        }
      }
    },
    "responses": {
      "Unauthenticated": {
        "description": "No API token was sent, or it is unknown or revoked.",
        "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
      },
      "Forbidden": {
        "description": "The token's owner may not do this.",
        "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
      }
    }
  }
}
)json";
  return document;
}

void add_api_routes(Router& router) {
  router.add("GET", "/api/v1/me", Permission::signed_in, me);
  router.add_anonymous("GET", openapi_document_path, openapi);
}

}  // namespace casereview::web
