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
    "/courses": {
      "get": {
        "operationId": "listCourses",
        "summary": "Published training courses",
        "description": "The partnership's published training courses, in title order.",
        "responses": {
          "200": {
            "description": "The published courses.",
            "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Course"}}}}
          },
          "401": {"$ref": "#/components/responses/Unauthenticated"}
        }
      }
    },
    "/courses/{course_id}/sessions": {
      "get": {
        "operationId": "listCourseSessions",
        "summary": "A course's upcoming sessions",
        "description": "The sessions of a published course that have not yet happened and are not cancelled, earliest first, with the places left, the length of the waiting list and the last day a place can be booked. The joining link of a virtual session is never listed here: it is shown only to people with a booked place.",
        "parameters": [{"$ref": "#/components/parameters/CourseId"}],
        "responses": {
          "200": {
            "description": "The upcoming sessions.",
            "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/TrainingSession"}}}}
          },
          "401": {"$ref": "#/components/responses/Unauthenticated"},
          "404": {"$ref": "#/components/responses/NotFound"}
        }
      }
    },
    "/sessions/{session_id}/bookings": {
      "post": {
        "operationId": "bookSession",
        "summary": "Book a place for yourself",
        "description": "Books the caller a place on the session, or a place on its waiting list when it is full. Places are for the caller only: a body that names anyone (a field such as user_id, email or name) is refused with 422, whoever it names. Send no body, or an empty JSON object.",
        "parameters": [{"$ref": "#/components/parameters/SessionId"}],
        "requestBody": {
          "required": false,
          "content": {"application/json": {"schema": {"type": "object", "additionalProperties": false, "properties": {}}}}
        },
        "responses": {
          "201": {
            "description": "A place was booked, or a place on the waiting list was given.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/BookingResult"}}}
          },
          "401": {"$ref": "#/components/responses/Unauthenticated"},
          "404": {"$ref": "#/components/responses/NotFound"},
          "409": {"$ref": "#/components/responses/Conflict"},
          "422": {"$ref": "#/components/responses/Invalid"}
        }
      }
    },
    "/bookings/{booking_id}": {
      "delete": {
        "operationId": "cancelBooking",
        "summary": "Cancel your own booking",
        "description": "Cancels the caller's own booking or waiting-list place. When a booked place frees before the booking cut-off, the first person on the waiting list is booked into it and told by email. Another person's booking is not found (404).",
        "parameters": [{"$ref": "#/components/parameters/BookingId"}],
        "responses": {
          "204": {"description": "The booking is cancelled."},
          "401": {"$ref": "#/components/responses/Unauthenticated"},
          "404": {"$ref": "#/components/responses/NotFound"},
          "409": {"$ref": "#/components/responses/Conflict"}
        }
      }
    },
    "/sessions/{session_id}/attendance": {
      "post": {
        "operationId": "recordAttendance",
        "summary": "Mark the register (trainers)",
        "description": "Records, for bookings on the session, whether each person attended, partly attended or did not attend. For the partnership's trainers and business managers. Every mark is audited.",
        "parameters": [{"$ref": "#/components/parameters/SessionId"}],
        "requestBody": {
          "required": true,
          "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/AttendanceMark"}}}}
        },
        "responses": {
          "204": {"description": "The marks are saved."},
          "401": {"$ref": "#/components/responses/Unauthenticated"},
          "403": {"$ref": "#/components/responses/Forbidden"},
          "404": {"$ref": "#/components/responses/NotFound"},
          "409": {"$ref": "#/components/responses/Conflict"},
          "422": {"$ref": "#/components/responses/Invalid"}
        }
      }
    },
    "/certificates/{code}": {
      "get": {
        "operationId": "verifyCertificate",
        "summary": "Check a certificate's verification code",
        "description": "Public: no token needed. Says whether a certificate with this verification code was issued and, if so, to whom, for which course and session date. An unknown code gets 404 and nothing else.",
        "security": [],
        "parameters": [{"name": "code", "in": "path", "required": true, "schema": {"type": "string"}}],
        "responses": {
          "200": {
            "description": "A certificate with this code was issued.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CertificateVerification"}}}
          },
          "404": {"$ref": "#/components/responses/NotFound"}
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
      "Course": {
        "type": "object",
        "required": ["id", "title", "summary", "audience"],
        "properties": {
          "id": {"type": "integer", "format": "int64"},
          "title": {"type": "string"},
          "summary": {"type": "string"},
          "audience": {"type": "string"}
        }
      },
      "TrainingSession": {
        "type": "object",
        "required": ["id", "course_id", "date", "starts_at", "ends_at", "delivery", "capacity", "places_left", "waiting_list_length", "booking_closes_on"],
        "properties": {
          "id": {"type": "integer", "format": "int64"},
          "course_id": {"type": "integer", "format": "int64"},
          "date": {"type": "string", "format": "date", "description": "The day of the session (Europe/London)."},
          "starts_at": {"type": "string", "pattern": "^[0-2][0-9]:[0-5][0-9]$", "description": "UK time."},
          "ends_at": {"type": "string", "pattern": "^[0-2][0-9]:[0-5][0-9]$", "description": "UK time."},
          "delivery": {"type": "string", "enum": ["virtual", "in_person"]},
          "venue": {"type": ["string", "null"], "description": "Where an in-person session is held; null for a virtual one."},
          "capacity": {"type": "integer", "minimum": 1},
          "places_left": {"type": "integer", "minimum": 0},
          "waiting_list_length": {"type": "integer", "minimum": 0},
          "booking_closes_on": {"type": "string", "format": "date", "description": "The last day a place can be booked or a waiting-list place taken."}
        }
      },
      "BookingResult": {
        "type": "object",
        "required": ["id", "status"],
        "properties": {
          "id": {"type": "integer", "format": "int64"},
          "status": {"type": "string", "enum": ["booked", "waiting"]},
          "position": {"type": "integer", "minimum": 1, "description": "Place on the waiting list; only when status is waiting."}
        }
      },
      "AttendanceMark": {
        "type": "object",
        "required": ["booking_id", "attendance"],
        "properties": {
          "booking_id": {"type": "integer", "format": "int64"},
          "attendance": {"type": "string", "enum": ["attended", "partly_attended", "did_not_attend"]}
        }
      },
      "CertificateVerification": {
        "type": "object",
        "required": ["valid", "name", "course", "date"],
        "properties": {
          "valid": {"type": "boolean", "const": true},
          "name": {"type": "string"},
          "course": {"type": "string"},
          "date": {"type": "string", "format": "date"}
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
      },
      "NotFound": {
        "description": "There is no such resource, or it is not the caller's to see.",
        "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
      },
      "Conflict": {
        "description": "Not possible now; the detail says why (for example: you already have a place on this course, or booking has closed).",
        "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
      },
      "Invalid": {
        "description": "The request is not acceptable; errors names each field to fix.",
        "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
      }
    },
    "parameters": {
      "CourseId": {"name": "course_id", "in": "path", "required": true, "schema": {"type": "integer", "format": "int64"}},
      "SessionId": {"name": "session_id", "in": "path", "required": true, "schema": {"type": "integer", "format": "int64"}},
      "BookingId": {"name": "booking_id", "in": "path", "required": true, "schema": {"type": "integer", "format": "int64"}}
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
