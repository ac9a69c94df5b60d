// The 7-minute briefing's API (Rule LIB-2): see briefing_api.hpp.
#include "web/pages/briefing_api.hpp"

#include "app/library/briefing.hpp"
#include "web/json.hpp"
#include "web/problem.hpp"

namespace casereview::web {

namespace {

using Object = Poco::JSON::Object::Ptr;
using Array = Poco::JSON::Array::Ptr;

Array sections_json(const std::vector<BriefingSection>& sections) {
  Array array = new Poco::JSON::Array();
  for (const BriefingSection& section : sections) {
    Object item = json_object();
    item->set("heading", section.heading);
    item->set("text", section.text);
    array->add(item);
  }
  return array;
}

Object headings_json(const std::vector<BriefingHeading>& headings) {
  Array array = new Poco::JSON::Array();
  for (const BriefingHeading& heading : headings) {
    Object item = json_object();
    item->set("heading", heading.heading);
    item->set("guidance", heading.guidance);
    array->add(item);
  }
  Object document = json_object();
  document->set("headings", array);
  return document;
}

// GET /api/v1/library/{entry_id}/briefing
Response briefing_call(const Request& request, Services& services) {
  const Id entry_id = request.path_id("entry_id");
  auto found = read_briefing(services.app, entry_id);
  if (!found) return error_response(found.error(), request, services);
  Object document = json_object();
  document->set("entry_id", static_cast<Poco::Int64>(entry_id));
  document->set("title", found.value().entry.text.title);
  document->set("sections", sections_json(found.value().sections));
  document->set("uses", found.value().uses);
  document->set("url", "/learning/" + std::to_string(entry_id) + "/briefing");
  document->set("pdf_url", "/learning/" + std::to_string(entry_id) + "/briefing/pdf");
  return Response::json(json_text(document));
}

// A whole number given as a JSON number or as text: its decimal text, for the use case to check.
std::string number_text(const Object& object, const std::string& name) {
  if (!object->has(name)) return "";
  const Poco::Dynamic::Var value = object->get(name);
  if (value.isInteger()) return std::to_string(value.convert<Poco::Int64>());
  if (value.isString()) return value.convert<std::string>();
  return "not a number";
}

// POST /api/v1/library/{entry_id}/briefing/uses → 201
Response use_call(const Request& request, Services& services) {
  auto body = json_body(request);
  if (!body) return error_response(body.error(), request, services);
  const Object& given = body.value();
  auto recorded = record_briefing_use(services.app, request.caller(), request.path_id("entry_id"),
                                      {.team = json_string(given, "team"),
                                       .agency = json_string(given, "agency"),
                                       .used_on = json_string(given, "used_on"),
                                       .people = number_text(given, "people")});
  if (!recorded) return error_response(recorded.error(), request, services);
  const BriefingUse& use = recorded.value();
  Object document = json_object();
  document->set("id", static_cast<Poco::Int64>(use.id));
  document->set("team", use.team);
  document->set("agency", use.agency);
  document->set("used_on", use.used_on.to_iso_string());
  document->set("people", use.people);
  return Response::json(json_text(document), 201);
}

// PUT /api/v1/cases/{case_id}/briefing
Response put_briefing_call(const Request& request, Services& services) {
  auto body = json_body(request);
  if (!body) return error_response(body.error(), request, services);
  std::vector<BriefingSection> sections;
  for (const Object& item : json_objects(body.value(), "sections"))
    sections.push_back({json_string(item, "heading"), json_string(item, "text")});
  auto saved = save_briefing(services.app, request.caller(), request.path_id("case_id"), sections);
  if (!saved) return error_response(saved.error(), request, services);
  Object document = json_object();
  document->set("sections", sections_json(saved.value()));
  return Response::json(json_text(document));
}

// GET /api/v1/briefing-template
Response template_call(const Request& request, Services& services) {
  auto found = view_briefing_template(services.app, request.caller());
  if (!found) return error_response(found.error(), request, services);
  return Response::json(json_text(headings_json(found.value())));
}

// PUT /api/v1/briefing-template
Response put_template_call(const Request& request, Services& services) {
  auto body = json_body(request);
  if (!body) return error_response(body.error(), request, services);
  std::vector<BriefingHeading> headings;
  for (const Object& item : json_objects(body.value(), "headings"))
    headings.push_back({json_string(item, "heading"), json_string(item, "guidance")});
  auto saved = save_briefing_template(services.app, request.caller(), headings);
  if (!saved) return error_response(saved.error(), request, services);
  return Response::json(json_text(headings_json(saved.value())));
}

}  // namespace

void add_briefing_api_routes(Router& router) {
  router.add_anonymous("GET", "/api/v1/library/{entry_id:int}/briefing", briefing_call);
  router.add("POST", "/api/v1/library/{entry_id:int}/briefing/uses", Permission::signed_in,
             use_call);
  router.add("PUT", "/api/v1/cases/{case_id:int}/briefing", Permission::run_reviews,
             put_briefing_call);
  router.add("GET", "/api/v1/briefing-template", Permission::run_reviews, template_call);
  router.add("PUT", "/api/v1/briefing-template", Permission::run_reviews, put_template_call);
}

}  // namespace casereview::web
