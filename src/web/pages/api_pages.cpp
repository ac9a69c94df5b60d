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
    },
    "/notifications": {
      "post": {
        "operationId": "recordNotification",
        "summary": "Record a serious incident notification",
        "description": "For notifiers and managers. Records the notification with its children (1 to 4, each given a pseudonym; their details are encrypted at rest) and computes the date to notify the National Panel by (5 working days after the local authority became aware, by default). Nothing is stored when any field is invalid.",
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NotificationInput"}}}},
        "responses": {
          "201": {"description": "Recorded. Location is the case.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RecordedNotification"}}}},
          "401": {"$ref": "#/components/responses/Unauthenticated"},
          "403": {"$ref": "#/components/responses/Forbidden"},
          "422": {"$ref": "#/components/responses/Invalid"}
        }
      }
    },
    "/notifications/{case_id}/sent": {
      "parameters": [{"$ref": "#/components/parameters/CaseId"}],
      "post": {
        "operationId": "recordNotificationSent",
        "summary": "Record that the notification was sent to the National Panel",
        "description": "Starts the rapid review (due 15 working days later by default) unless the notification is recorded only. A notification sent after its notify-by date needs late_reason.",
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["sent_on"], "properties": {"sent_on": {"type": "string", "format": "date"}, "late_reason": {"type": "string"}}}}}},
        "responses": {
          "200": {"description": "Recorded.", "content": {"application/json": {"schema": {"type": "object", "required": ["stage", "rapid_review_due", "late"], "properties": {"stage": {"$ref": "#/components/schemas/Stage"}, "rapid_review_due": {"type": ["string", "null"], "format": "date"}, "late": {"type": "boolean"}}}}}},
          "401": {"$ref": "#/components/responses/Unauthenticated"},
          "403": {"$ref": "#/components/responses/Forbidden"},
          "404": {"$ref": "#/components/responses/NotFound"},
          "409": {"$ref": "#/components/responses/OutOfOrder"},
          "422": {"$ref": "#/components/responses/Invalid"}
        }
      }
    },
    "/notifications/{case_id}/partners-told": {
      "parameters": [{"$ref": "#/components/parameters/CaseId"}],
      "post": {
        "operationId": "recordPartnersTold",
        "summary": "Record when the safeguarding partners were told",
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["told_on"], "properties": {"told_on": {"type": "string", "format": "date"}, "late_reason": {"type": "string"}}}}}},
        "responses": {
          "200": {"description": "Recorded.", "content": {"application/json": {"schema": {"type": "object", "properties": {"late": {"type": "boolean"}}}}}},
          "401": {"$ref": "#/components/responses/Unauthenticated"},
          "403": {"$ref": "#/components/responses/Forbidden"},
          "404": {"$ref": "#/components/responses/NotFound"},
          "409": {"$ref": "#/components/responses/OutOfOrder"},
          "422": {"$ref": "#/components/responses/Invalid"}
        }
      }
    },
    "/cases": {
      "get": {
        "operationId": "listCases",
        "summary": "The Case Review Committee dashboard: every open case",
        "description": "For managers, committee members and notifiers: the partnership's open cases, next deadline soonest first, with each deadline's status derived on today's date. Children are named by pseudonym only.",
        "parameters": [
          {"name": "stage", "in": "query", "schema": {"$ref": "#/components/schemas/Stage"}},
          {"name": "status", "in": "query", "schema": {"type": "string", "enum": ["overdue", "due_soon", "on_track"]}}
        ],
        "responses": {
          "200": {"description": "The cases.", "content": {"application/json": {"schema": {"type": "object", "required": ["cases"], "properties": {"cases": {"type": "array", "items": {"$ref": "#/components/schemas/DashboardRow"}}}}}}},
          "401": {"$ref": "#/components/responses/Unauthenticated"},
          "403": {"$ref": "#/components/responses/Forbidden"},
          "422": {"$ref": "#/components/responses/Invalid"}
        }
      }
    },
    "/cases/{case_id}": {
      "parameters": [{"$ref": "#/components/parameters/CaseId"}],
      "get": {
        "operationId": "getCase",
        "summary": "One case with its deadlines and timeline",
        "description": "Managers, committee members and notifiers see the whole case; the National Panel once the rapid review was submitted to it, without names; inspectors the notification only, without names. With names=shown, children's names are included for those allowed to see them (each such view is audited); others get 403.",
        "parameters": [{"name": "names", "in": "query", "schema": {"type": "string", "enum": ["shown"]}}],
        "responses": {
          "200": {"description": "The case.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Case"}}}},
          "401": {"$ref": "#/components/responses/Unauthenticated"},
          "403": {"$ref": "#/components/responses/Forbidden"},
          "404": {"$ref": "#/components/responses/NotFound"}
        }
      }
    },
    "/cases/{case_id}/allocation": {
      "parameters": [{"$ref": "#/components/parameters/CaseId"}],
      "post": {
        "operationId": "allocateRapidReview",
        "summary": "Allocate the rapid review to a manager (the caller, when lead_user_id is left out)",
        "requestBody": {"content": {"application/json": {"schema": {"type": "object", "properties": {"lead_user_id": {"type": "integer", "format": "int64"}}}}}},
        "responses": {
          "200": {"description": "Allocated.", "content": {"application/json": {"schema": {"type": "object", "properties": {"lead_user_id": {"type": "integer", "format": "int64"}}}}}},
          "401": {"$ref": "#/components/responses/Unauthenticated"},
          "403": {"$ref": "#/components/responses/Forbidden"},
          "404": {"$ref": "#/components/responses/NotFound"},
          "409": {"$ref": "#/components/responses/OutOfOrder"},
          "422": {"$ref": "#/components/responses/Invalid"}
        }
      }
    },
    "/cases/{case_id}/agency-requests": {
      "parameters": [{"$ref": "#/components/parameters/CaseId"}],
      "get": {
        "operationId": "listAgencyRequests",
        "summary": "The requests for agencies' summaries of involvement, with their responses",
        "responses": {
          "200": {"description": "The requests.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AgencyRequests"}}}},
          "401": {"$ref": "#/components/responses/Unauthenticated"},
          "403": {"$ref": "#/components/responses/Forbidden"},
          "404": {"$ref": "#/components/responses/NotFound"}
        }
      },
      "post": {
        "operationId": "requestAgencyResponses",
        "summary": "Ask agencies for their summaries of involvement",
        "description": "Each request is due 5 working days later by default, and the agency's contributors are emailed. An empty agency_ids asks every involved agency not yet asked.",
        "requestBody": {"content": {"application/json": {"schema": {"type": "object", "properties": {"agency_ids": {"type": "array", "items": {"type": "integer", "format": "int64"}}}}}}},
        "responses": {
          "201": {"description": "All the case's requests.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AgencyRequests"}}}},
          "401": {"$ref": "#/components/responses/Unauthenticated"},
          "403": {"$ref": "#/components/responses/Forbidden"},
          "404": {"$ref": "#/components/responses/NotFound"},
          "409": {"$ref": "#/components/responses/OutOfOrder"},
          "422": {"$ref": "#/components/responses/Invalid"}
        }
      }
    },
    "/cases/{case_id}/agency-requests/{request_id}/response": {
      "parameters": [{"$ref": "#/components/parameters/CaseId"}, {"name": "request_id", "in": "path", "required": true, "schema": {"type": "integer", "format": "int64"}}],
      "put": {
        "operationId": "respondForAgency",
        "summary": "An agency contributor's response: a draft, or submitted",
        "description": "Only the contributors of the agency asked. A request of another agency or partnership is not found.",
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "properties": {"summary": {"type": "string", "maxLength": 20000}, "submit": {"type": "boolean", "default": false}}}}}},
        "responses": {
          "200": {"description": "Saved.", "content": {"application/json": {"schema": {"type": "object", "properties": {"id": {"type": "integer"}, "state": {"type": "string", "enum": ["draft", "submitted"]}, "summary": {"type": "string"}}}}}},
          "401": {"$ref": "#/components/responses/Unauthenticated"},
          "403": {"$ref": "#/components/responses/Forbidden"},
          "404": {"$ref": "#/components/responses/NotFound"},
          "409": {"$ref": "#/components/responses/OutOfOrder"},
          "422": {"$ref": "#/components/responses/Invalid"}
        }
      }
    },
    "/cases/{case_id}/rapid-review": {
      "parameters": [{"$ref": "#/components/parameters/CaseId"}],
      "put": {
        "operationId": "saveRapidReview",
        "summary": "Save the rapid review record (partial records are fine)",
        "description": "Changing a record the partners have signed clears their sign-offs. The answer lists the gaps left before it can be signed off.",
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RapidReviewRecord"}}}},
        "responses": {
          "200": {"description": "Saved.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RapidReviewRecord"}}}},
          "401": {"$ref": "#/components/responses/Unauthenticated"},
          "403": {"$ref": "#/components/responses/Forbidden"},
          "404": {"$ref": "#/components/responses/NotFound"},
          "409": {"$ref": "#/components/responses/OutOfOrder"},
          "422": {"$ref": "#/components/responses/Invalid"}
        }
      }
    },
    "/cases/{case_id}/sign-offs": {
      "parameters": [{"$ref": "#/components/parameters/CaseId"}],
      "post": {
        "operationId": "signOffRapidReview",
        "summary": "Record one statutory partner's sign-off of a complete record",
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["partner", "name", "signed_on"], "properties": {"partner": {"type": "string", "enum": ["local_authority", "police", "health"]}, "name": {"type": "string"}, "signed_on": {"type": "string", "format": "date"}}}}}},
        "responses": {
          "201": {"description": "Signed off."},
          "401": {"$ref": "#/components/responses/Unauthenticated"},
          "403": {"$ref": "#/components/responses/Forbidden"},
          "404": {"$ref": "#/components/responses/NotFound"},
          "409": {"$ref": "#/components/responses/OutOfOrder"},
          "422": {"$ref": "#/components/responses/Invalid"}
        }
      }
    },
    "/cases/{case_id}/submission": {
      "parameters": [{"$ref": "#/components/parameters/CaseId"}],
      "post": {
        "operationId": "submitRapidReview",
        "summary": "Submit the rapid review to the National Panel",
        "description": "Refused with 409 until the local authority, the police and health have all signed it off.",
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["submitted_on"], "properties": {"submitted_on": {"type": "string", "format": "date"}}}}}},
        "responses": {
          "200": {"description": "Submitted.", "content": {"application/json": {"schema": {"type": "object", "properties": {"stage": {"$ref": "#/components/schemas/Stage"}, "submitted_on": {"type": "string", "format": "date"}}}}}},
          "401": {"$ref": "#/components/responses/Unauthenticated"},
          "403": {"$ref": "#/components/responses/Forbidden"},
          "404": {"$ref": "#/components/responses/NotFound"},
          "409": {"$ref": "#/components/responses/OutOfOrder"},
          "422": {"$ref": "#/components/responses/Invalid"}
        }
      }
    },
    "/cases/{case_id}/decision": {
      "parameters": [{"$ref": "#/components/parameters/CaseId"}],
      "post": {
        "operationId": "recordPanelDecision",
        "summary": "Record the National Panel's decision",
        "description": "By a Panel user, or by the partnership's manager on the Panel's behalf. A national review joins a national review theme: an existing one (theme_id) or a new one (new_theme). The case then moves to review_to_be_commissioned, or closed for no review.",
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["panel_view", "outcome", "reason", "decided_on"], "properties": {"panel_view": {"type": "string", "enum": ["agrees", "disagrees"]}, "outcome": {"$ref": "#/components/schemas/Outcome"}, "reason": {"type": "string"}, "decided_on": {"type": "string", "format": "date"}, "theme_id": {"type": "integer", "format": "int64"}, "new_theme": {"type": "string"}}}}}},
        "responses": {
          "201": {"description": "Decided.", "content": {"application/json": {"schema": {"type": "object", "properties": {"stage": {"$ref": "#/components/schemas/Stage"}, "theme": {"oneOf": [{"type": "null"}, {"type": "object", "properties": {"id": {"type": "integer"}, "name": {"type": "string"}}}]}}}}}},
          "401": {"$ref": "#/components/responses/Unauthenticated"},
          "403": {"$ref": "#/components/responses/Forbidden"},
          "404": {"$ref": "#/components/responses/NotFound"},
          "409": {"$ref": "#/components/responses/OutOfOrder"},
          "422": {"$ref": "#/components/responses/Invalid"}
        }
      }
    }
  },
  "components": {
    "parameters": {
      "CaseId": {"name": "case_id", "in": "path", "required": true, "schema": {"type": "integer", "format": "int64"}}
    },
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
      "Stage": {"type": "string", "enum": ["notification", "rapid_review", "awaiting_panel_decision", "review_to_be_commissioned", "closed", "recorded_only"]},
      "Outcome": {"type": "string", "enum": ["no_review", "learning_review", "local_cspr", "national_review"]},
      "NotificationInput": {
        "type": "object",
        "required": ["aware_on", "incident_on", "incident", "abuse_or_neglect", "looked_after", "care_leaver", "police_involved", "children", "agency_ids", "outline"],
        "properties": {
          "aware_on": {"type": "string", "format": "date", "description": "The date the local authority became aware."},
          "incident_on": {"type": "string", "format": "date"},
          "incident": {"type": "string", "enum": ["death", "serious_harm"]},
          "abuse_or_neglect": {"type": "string", "enum": ["known", "suspected", "not_suspected"]},
          "categories": {"type": "array", "items": {"type": "string", "enum": ["physical", "emotional", "sexual", "neglect", "criminal_exploitation", "sexual_exploitation", "other"]}},
          "looked_after": {"type": "boolean"},
          "care_leaver": {"type": "boolean"},
          "police_involved": {"type": "boolean"},
          "children": {"type": "array", "minItems": 1, "maxItems": 4, "items": {"type": "object", "required": ["given_name", "family_name", "date_of_birth", "sex"], "properties": {"given_name": {"type": "string"}, "family_name": {"type": "string"}, "date_of_birth": {"type": "string", "format": "date"}, "sex": {"type": "string", "enum": ["female", "male", "not_known"]}, "ethnicity": {"type": "string"}, "home_local_authority": {"type": "string"}}}},
          "agency_ids": {"type": "array", "items": {"type": "integer", "format": "int64"}},
          "outline": {"type": "string", "maxLength": 5000, "description": "Pseudonymised: no names."}
        }
      },
      "RecordedNotification": {
        "type": "object",
        "required": ["id", "reference", "notify_by", "children", "stage"],
        "properties": {
          "id": {"type": "integer", "format": "int64"},
          "reference": {"type": "string", "examples": ["NBP-2026-007"]},
          "notify_by": {"type": "string", "format": "date"},
          "children": {"type": "array", "items": {"type": "object", "properties": {"pseudonym": {"type": "string", "examples": ["Child A"]}}}},
          "stage": {"$ref": "#/components/schemas/Stage"},
          "recorded_only": {"type": "boolean", "description": "A looked-after child's death without abuse or neglect suspected, or a care leaver's death: notified, but no rapid review."}
        }
      },
      "Deadline": {
        "type": "object",
        "properties": {
          "kind": {"type": "string", "enum": ["notify_panel", "tell_partners", "rapid_review", "agency_response"]},
          "label": {"type": "string"},
          "due_on": {"type": "string", "format": "date"},
          "done_on": {"type": ["string", "null"], "format": "date"},
          "status": {"type": "string", "enum": ["on_track", "due_soon", "overdue", "met", "missed"]},
          "working_days_left": {"type": ["integer", "null"]}
        }
      },
      "DashboardRow": {
        "type": "object",
        "properties": {
          "id": {"type": "integer", "format": "int64"},
          "reference": {"type": "string"},
          "pseudonyms": {"type": "array", "items": {"type": "string"}},
          "stage": {"$ref": "#/components/schemas/Stage"},
          "next_deadline": {"oneOf": [{"$ref": "#/components/schemas/Deadline"}, {"type": "null"}]},
          "status": {"type": ["string", "null"], "enum": ["on_track", "due_soon", "overdue", null]},
          "outstanding_agency_responses": {"type": "integer"},
          "overdue_agency_responses": {"type": "integer"}
        }
      },
      "AgencyRequests": {
        "type": "object",
        "properties": {
          "agency_requests": {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "integer"}, "agency_id": {"type": "integer"}, "agency_code": {"type": "string"}, "agency_name": {"type": "string"}, "requested_on": {"type": "string", "format": "date"}, "due_on": {"type": "string", "format": "date"}, "status": {"type": "string"}, "state": {"type": "string", "enum": ["not_started", "draft", "submitted"]}, "summary": {"type": "string"}}}}
        }
      },
      "RapidReviewRecord": {
        "type": "object",
        "properties": {
          "facts_established": {"type": "string"},
          "immediate_action": {"type": "string"},
          "key_practice_episodes": {"type": "string"},
          "what_could_be_improved": {"type": "string"},
          "equality_considerations": {"type": "string", "description": "How race, other inequalities and disability were considered."},
          "criteria": {"type": "object", "description": "Regulation 11 (a)-(d) and regulation 3 (a)-(c), keyed reg11_a … reg3_c.", "additionalProperties": {"type": "object", "properties": {"met": {"type": ["boolean", "null"]}, "rationale": {"type": "string"}}}},
          "recommendation": {"oneOf": [{"$ref": "#/components/schemas/Outcome"}, {"type": "null"}]},
          "recommendation_rationale": {"type": "string"},
          "gaps": {"type": "array", "readOnly": true, "description": "What is still missing before sign-off.", "items": {"type": "object", "properties": {"field": {"type": "string"}, "message": {"type": "string"}}}},
          "sign_offs_cleared": {"type": "boolean", "readOnly": true}
        }
      },
      "Case": {
        "type": "object",
        "description": "Members after deadlines (agency_requests, rapid_review, sign_offs, submitted_on, decision) are left out for inspectors.",
        "properties": {
          "id": {"type": "integer", "format": "int64"},
          "reference": {"type": "string"},
          "partnership": {"type": "string"},
          "stage": {"$ref": "#/components/schemas/Stage"},
          "children": {"type": "array", "items": {"type": "object", "properties": {"pseudonym": {"type": "string"}, "given_name": {"type": "string"}, "family_name": {"type": "string"}, "date_of_birth": {"type": "string", "format": "date"}, "sex": {"type": "string"}, "ethnicity": {"type": "string"}, "home_local_authority": {"type": "string"}}}},
          "aware_on": {"type": "string", "format": "date"},
          "incident_on": {"type": "string", "format": "date"},
          "incident": {"type": "string"},
          "abuse_or_neglect": {"type": "string"},
          "categories": {"type": "array", "items": {"type": "string"}},
          "looked_after": {"type": "boolean"},
          "care_leaver": {"type": "boolean"},
          "police_involved": {"type": "boolean"},
          "agency_ids": {"type": "array", "items": {"type": "integer"}},
          "outline": {"type": "string"},
          "notify_by": {"type": "string", "format": "date"},
          "sent_on": {"type": ["string", "null"], "format": "date"},
          "partners_told_on": {"type": ["string", "null"], "format": "date"},
          "rapid_review_due": {"type": ["string", "null"], "format": "date"},
          "deadlines": {"type": "array", "items": {"$ref": "#/components/schemas/Deadline"}},
          "agency_requests": {"$ref": "#/components/schemas/AgencyRequests/properties/agency_requests"},
          "rapid_review": {"$ref": "#/components/schemas/RapidReviewRecord"},
          "sign_offs": {"type": "array", "items": {"type": "object", "properties": {"partner": {"type": "string"}, "name": {"type": "string"}, "signed_on": {"type": "string", "format": "date"}}}},
          "submitted_on": {"type": ["string", "null"], "format": "date"},
          "decision": {"type": ["object", "null"], "properties": {"panel_view": {"type": "string"}, "outcome": {"$ref": "#/components/schemas/Outcome"}, "reason": {"type": "string"}, "decided_on": {"type": "string", "format": "date"}, "theme": {"type": ["string", "null"]}}},
          "timeline": {"type": "array", "items": {"type": "object", "properties": {"kind": {"type": "string"}, "text": {"type": "string"}, "at": {"type": "string", "format": "date-time"}, "on": {"type": ["string", "null"], "format": "date"}, "by": {"type": "string"}}}}
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
      },
      "NotFound": {
        "description": "No such case, or one the token's owner may not see.",
        "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
      },
      "OutOfOrder": {
        "description": "The step does not fit the case's stage (for example, submitting before every partner has signed).",
        "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
      },
      "Invalid": {
        "description": "Invalid input: one entry per field in errors; nothing was changed.",
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
