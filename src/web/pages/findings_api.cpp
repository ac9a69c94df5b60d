// The findings' and recommendations' API (issue 12, Rule RPT-1, Rule RPT-2) under /api/v1: the
// same use cases as the pages (app/reviews/findings.hpp), JSON in and out, errors as RFC 9457
// problems.
//   POST /api/v1/cases/{case_id}/findings {title, kind, episode_ids, agency_ids, text} → 201 the
//        finding
//   GET  /api/v1/cases/{case_id}/findings[?page=N] → {findings, page, page_count, total}
//   POST /api/v1/cases/{case_id}/recommendations {text, finding_ids, addressed_to: {partnership,
//        agency_ids}} → 201 {id, number, …, warning?}
//   GET  /api/v1/cases/{case_id}/recommendations[?page=N] → {recommendations, page, page_count,
//        total, warning?}
// and the rapid review's recommendations (issue 13, Rule ACT-1), for the committee:
//   POST /api/v1/cases/{case_id}/rapid-review-recommendations {text, addressed_to: {partnership,
//        agency_ids}} → 201 {id, number, source: "rapid_review", …}
//   GET  /api/v1/cases/{case_id}/rapid-review-recommendations[?page=N] → {recommendations, page,
//        page_count, total}
#include "web/pages/findings_api.hpp"

#include "app/actions/rapid_review_recommendations.hpp"
#include "app/reviews/findings.hpp"
#include "web/json.hpp"
#include "web/problem.hpp"

namespace casereview::web {

namespace {

using Object = Poco::JSON::Object::Ptr;
using Array = Poco::JSON::Array::Ptr;

Array ids_json(const std::vector<Id>& ids) {
  Array array = new Poco::JSON::Array();
  for (Id id : ids) array->add(static_cast<Poco::Int64>(id));
  return array;
}

Object finding_json(const Finding& finding) {
  Object item = json_object();
  item->set("id", static_cast<Poco::Int64>(finding.id));
  item->set("case_id", static_cast<Poco::Int64>(finding.case_id));
  item->set("title", finding.title);
  item->set("kind", std::string(finding_kind_name(finding.kind)));
  item->set("text", finding.text);
  item->set("episode_ids", ids_json(finding.episode_ids));
  item->set("agency_ids", ids_json(finding.agency_ids));
  item->set("created_at", format_instant(finding.created_at));
  return item;
}

Object recommendation_json(const Recommendation& recommendation) {
  Object item = json_object();
  item->set("id", static_cast<Poco::Int64>(recommendation.id));
  item->set("number", recommendation.number);
  item->set("source", std::string(recommendation_source_name(recommendation.source)));
  item->set("case_id", static_cast<Poco::Int64>(recommendation.case_id));
  item->set("text", recommendation.text);
  item->set("finding_ids", ids_json(recommendation.finding_ids));
  Object addressed = json_object();
  addressed->set("partnership", recommendation.to_partnership);
  addressed->set("agency_ids", ids_json(recommendation.agency_ids));
  item->set("addressed_to", addressed);
  item->set("created_at", format_instant(recommendation.created_at));
  return item;
}

// A recommendation's "addressed_to": {partnership, agency_ids}, when given.
Status read_addressed_to(const Object& given, bool& to_partnership, std::vector<Id>& agency_ids) {
  if (!given->has("addressed_to") || !given->isObject("addressed_to")) return ok_status();
  const Object addressed = given->getObject("addressed_to");
  to_partnership = json_boolean(addressed, "partnership").value_or(false);
  auto agencies = json_ids(addressed, "agency_ids");
  if (!agencies) return agencies.error();
  agency_ids = agencies.value();
  return ok_status();
}

void set_paging(Object document, int page, int page_count, int total) {
  document->set("page", page);
  document->set("page_count", page_count);
  document->set("total", total);
}

// {recommendations, page, page_count, total} of a page of the review's or the rapid review's.
template <typename ListPage>
Object recommendations_document(const ListPage& listed) {
  Object document = json_object();
  Array recommendations = new Poco::JSON::Array();
  for (const Recommendation& recommendation : listed.recommendations)
    recommendations->add(recommendation_json(recommendation));
  document->set("recommendations", recommendations);
  set_paging(document, listed.page, listed.page_count, listed.total);
  return document;
}

// POST /api/v1/cases/{case_id}/findings → 201 the finding (Rule RPT-1)
Response add_finding_call(const Request& request, Services& services) {
  auto body = json_body(request);
  if (!body) return error_response(body.error(), request, services);
  const Object& given = body.value();
  auto episodes = json_ids(given, "episode_ids", "key practice episode");
  if (!episodes) return error_response(episodes.error(), request, services);
  auto agencies = json_ids(given, "agency_ids");
  if (!agencies) return error_response(agencies.error(), request, services);
  auto added = add_finding(services.app, request.caller(), request.path_id("case_id"),
                           {.title = json_string(given, "title"),
                            .kind = json_string(given, "kind"),
                            .text = json_string(given, "text"),
                            .episode_ids = episodes.value(),
                            .agency_ids = agencies.value()});
  if (!added) return error_response(added.error(), request, services);
  return Response::json(json_text(finding_json(added.value())), 201);
}

// GET /api/v1/cases/{case_id}/findings[?page=N]
Response list_findings_call(const Request& request, Services& services) {
  auto listed = list_findings(services.app, request.caller(), request.path_id("case_id"),
                              request.page_number());
  if (!listed) return error_response(listed.error(), request, services);
  Object document = json_object();
  Array findings = new Poco::JSON::Array();
  for (const Finding& finding : listed.value().findings) findings->add(finding_json(finding));
  document->set("findings", findings);
  set_paging(document, listed.value().page, listed.value().page_count, listed.value().total);
  return Response::json(json_text(document));
}

// POST /api/v1/cases/{case_id}/recommendations → 201 {id, number, …} (Rule RPT-2), with `warning`
// past the partnership's setting.
Response add_recommendation_call(const Request& request, Services& services) {
  auto body = json_body(request);
  if (!body) return error_response(body.error(), request, services);
  const Object& given = body.value();
  auto findings = json_ids(given, "finding_ids", "finding");
  if (!findings) return error_response(findings.error(), request, services);
  RecommendationInput input{.text = json_string(given, "text"), .finding_ids = findings.value()};
  if (Status read = read_addressed_to(given, input.to_partnership, input.agency_ids); !read)
    return error_response(read.error(), request, services);
  auto added =
      add_recommendation(services.app, request.caller(), request.path_id("case_id"), input);
  if (!added) return error_response(added.error(), request, services);
  Object document = recommendation_json(added.value().recommendation);
  if (added.value().warning) document->set("warning", *added.value().warning);
  return Response::json(json_text(document), 201);
}

// GET /api/v1/cases/{case_id}/recommendations[?page=N]
Response list_recommendations_call(const Request& request, Services& services) {
  auto listed = list_recommendations(services.app, request.caller(), request.path_id("case_id"),
                                     request.page_number());
  if (!listed) return error_response(listed.error(), request, services);
  Object document = recommendations_document(listed.value());
  if (listed.value().warning) document->set("warning", *listed.value().warning);
  return Response::json(json_text(document));
}

// POST /api/v1/cases/{case_id}/rapid-review-recommendations → 201 {id, number, …} (Rule ACT-1)
Response add_rapid_review_recommendation_call(const Request& request, Services& services) {
  auto body = json_body(request);
  if (!body) return error_response(body.error(), request, services);
  RapidReviewRecommendationInput input{.text = json_string(body.value(), "text")};
  if (Status read = read_addressed_to(body.value(), input.to_partnership, input.agency_ids); !read)
    return error_response(read.error(), request, services);
  auto added = add_rapid_review_recommendation(services.app, request.caller(),
                                               request.path_id("case_id"), input);
  if (!added) return error_response(added.error(), request, services);
  return Response::json(json_text(recommendation_json(added.value())), 201);
}

// GET /api/v1/cases/{case_id}/rapid-review-recommendations[?page=N]
Response list_rapid_review_recommendations_call(const Request& request, Services& services) {
  auto listed = list_rapid_review_recommendations(
      services.app, request.caller(), request.path_id("case_id"), request.page_number());
  if (!listed) return error_response(listed.error(), request, services);
  return Response::json(json_text(recommendations_document(listed.value())));
}

}  // namespace

void add_findings_api_routes(Router& router) {
  router.add("POST", "/api/v1/cases/{case_id:int}/findings", Permission::write_report,
             add_finding_call);
  router.add("GET", "/api/v1/cases/{case_id:int}/findings", Permission::view_report,
             list_findings_call);
  router.add("POST", "/api/v1/cases/{case_id:int}/recommendations", Permission::write_report,
             add_recommendation_call);
  router.add("GET", "/api/v1/cases/{case_id:int}/recommendations", Permission::view_report,
             list_recommendations_call);
  router.add("POST", "/api/v1/cases/{case_id:int}/rapid-review-recommendations",
             Permission::oversee_actions, add_rapid_review_recommendation_call);
  router.add("GET", "/api/v1/cases/{case_id:int}/rapid-review-recommendations",
             Permission::oversee_actions, list_rapid_review_recommendations_call);
}

}  // namespace casereview::web
