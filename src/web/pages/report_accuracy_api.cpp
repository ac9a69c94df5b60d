// The report's factual-accuracy and final API: see the header.
#include "web/pages/report_accuracy_api.hpp"

#include "app/reviews/report_accuracy.hpp"
#include "app/reviews/report_final.hpp"
#include "web/json.hpp"
#include "web/problem.hpp"

namespace casereview::web {

namespace {

using Object = Poco::JSON::Object::Ptr;
using Array = Poco::JSON::Array::Ptr;

Id case_id_of(const Request& request) { return request.path_id("case_id"); }
int number_of(const Request& request) { return static_cast<int>(request.path_id("number")); }

Object circulation_json(const ReportCirculation& circulation, const std::string& agency,
                        bool overdue) {
  Object item = json_object();
  item->set("agency_id", static_cast<Poco::Int64>(circulation.agency_id));
  if (!agency.empty()) item->set("agency", agency);
  item->set("version", circulation.version_number);
  item->set("due_on", circulation.due_on.to_iso_string());
  item->set("circulated_at", format_instant(circulation.circulated_at));
  item->set("answered", circulation.answered_at.has_value());
  if (circulation.answered_at) item->set("answered_at", format_instant(*circulation.answered_at));
  item->set("overdue", overdue);
  item->set("comments", circulation.comments);
  return item;
}

Object comment_json(const ReportComment& comment) {
  Object item = json_object();
  item->set("id", static_cast<Poco::Int64>(comment.id));
  item->set("agency_id", static_cast<Poco::Int64>(comment.agency_id));
  item->set("section", comment.section);
  item->set("quote", comment.quote);
  item->set("text", comment.text);
  item->set("created_at", format_instant(comment.created_at));
  if (comment.decision) {
    Object reply = json_object();
    reply->set("decision", std::string(comment_decision_name(*comment.decision)));
    reply->set("text", comment.reply);
    if (comment.replied_at) reply->set("replied_at", format_instant(*comment.replied_at));
    item->set("reply", reply);
  }
  return item;
}

Array comments_json(const std::vector<ReportComment>& comments) {
  Array array = new Poco::JSON::Array();
  for (const ReportComment& comment : comments) array->add(comment_json(comment));
  return array;
}

void set_paging(Object document, int page, int page_count, int total) {
  document->set("page", page);
  document->set("page_count", page_count);
  document->set("total", total);
}

Object final_json(const ReportFinal& final) {
  Object document = json_object();
  document->set("case_id", static_cast<Poco::Int64>(final.case_id));
  document->set("version", final.version_number);
  document->set("partnership_response", final.partnership_response);
  document->set("marked_at", format_instant(final.marked_at));
  Array sign_offs = new Poco::JSON::Array();
  for (const ReportSignOff& sign_off : final.sign_offs) {
    Object item = json_object();
    item->set("partner", std::string(statutory_partner_name(sign_off.partner)));
    item->set("name", sign_off.name);
    item->set("signed_at", format_instant(sign_off.signed_at));
    sign_offs->add(item);
  }
  document->set("sign_offs", sign_offs);
  document->set("signed_off", report_signed_off(final));
  return document;
}

// POST …/report/versions/{number}/circulation {agency_ids, due_on} (Rule RPT-1)
Response circulate_call(const Request& request, Services& services) {
  auto body = json_body(request);
  if (!body) return error_response(body.error(), request, services);
  auto agencies = json_ids(body.value(), "agency_ids");
  if (!agencies) return error_response(agencies.error(), request, services);
  auto circulated = circulate_report_version(
      services.app, request.caller(), case_id_of(request), number_of(request),
      {.agency_ids = agencies.value(), .due_on = json_string(body.value(), "due_on")});
  if (!circulated) return error_response(circulated.error(), request, services);
  Object document = json_object();
  Array rows = new Poco::JSON::Array();
  for (const ReportCirculation& circulation : circulated.value())
    rows->add(circulation_json(circulation, "", false));
  document->set("circulation", rows);
  return Response::json(json_text(document), 201);
}

// GET …/report/versions/{number}/circulation[?page=N]: every agency's part and every comment.
Response circulation_call(const Request& request, Services& services) {
  auto overview = report_accuracy_overview(services.app, request.caller(), case_id_of(request),
                                           number_of(request), request.page_number());
  if (!overview) return error_response(overview.error(), request, services);
  Object document = json_object();
  document->set("version", overview.value().version.number);
  Array rows = new Poco::JSON::Array();
  for (const CirculationRow& row : overview.value().agencies)
    rows->add(circulation_json(row.circulation, row.agency_name, row.overdue));
  document->set("circulation", rows);
  document->set("comments", comments_json(overview.value().comments));
  set_paging(document, overview.value().page, overview.value().page_count, overview.value().total);
  return Response::json(json_text(document));
}

// POST …/report/versions/{number}/comments {section?, quote?, text} → 201 (Rule RPT-1)
Response comment_call(const Request& request, Services& services) {
  auto body = json_body(request);
  if (!body) return error_response(body.error(), request, services);
  auto added =
      add_report_comment(services.app, request.caller(), case_id_of(request), number_of(request),
                         {.section = json_string(body.value(), "section"),
                          .quote = json_string(body.value(), "quote"),
                          .text = json_string(body.value(), "text")});
  if (!added) return error_response(added.error(), request, services);
  return Response::json(json_text(comment_json(added.value())), 201);
}

// GET …/report/versions/{number}/comments[?page=N]: what the contributor's agency checks.
Response own_comments_call(const Request& request, Services& services) {
  auto check = report_accuracy_check(services.app, request.caller(), case_id_of(request),
                                     number_of(request), request.page_number());
  if (!check) return error_response(check.error(), request, services);
  const AccuracyCheck& shown = check.value();
  Object document = json_object();
  document->set("case_reference", shown.case_reference);
  document->set("version", shown.version.number);
  document->set("text", shown.version.text);
  document->set("circulation", circulation_json(shown.circulation, shown.agency_name, false));
  document->set("comments", comments_json(shown.comments));
  set_paging(document, shown.page, shown.page_count, shown.total);
  return Response::json(json_text(document));
}

// POST …/report/versions/{number}/response: the agency's comments are complete (Rule RPT-1).
Response response_call(const Request& request, Services& services) {
  Status sent = send_accuracy_response(services.app, request.caller(), case_id_of(request),
                                       number_of(request));
  if (!sent) return error_response(sent.error(), request, services);
  Object document = json_object();
  document->set("answered", true);
  return Response::json(json_text(document));
}

// POST /api/v1/report-comments/{id}/reply {decision, text} (Rule RPT-1)
Response reply_call(const Request& request, Services& services) {
  auto body = json_body(request);
  if (!body) return error_response(body.error(), request, services);
  auto replied = reply_to_report_comment(services.app, request.caller(), request.path_id("id"),
                                         json_string(body.value(), "decision"),
                                         json_string(body.value(), "text"));
  if (!replied) return error_response(replied.error(), request, services);
  return Response::json(json_text(comment_json(replied.value())));
}

// POST …/report/final {version, partnership_response?, clear_sign_offs?} (Rule RPT-3)
Response mark_final_call(const Request& request, Services& services) {
  auto body = json_body(request);
  if (!body) return error_response(body.error(), request, services);
  const Object& given = body.value();
  std::optional<Id> version;
  if (given->has("version") && given->get("version").isInteger())
    version = parse_id(given->get("version").toString());
  auto marked = mark_report_final(
      services.app, request.caller(), case_id_of(request),
      {.version = version && *version < 1'000'000 ? static_cast<int>(*version) : 0,
       .partnership_response = json_string(given, "partnership_response"),
       .clear_sign_offs = json_boolean(given, "clear_sign_offs").value_or(false)});
  if (!marked) return error_response(marked.error(), request, services);
  Object document = final_json(marked.value().final);
  document->set("sign_offs_cleared", marked.value().sign_offs_cleared);
  return Response::json(json_text(document));
}

// GET …/report/final
Response show_final_call(const Request& request, Services& services) {
  auto report = view_final_report(services.app, request.caller(), case_id_of(request));
  if (!report) return error_response(report.error(), request, services);
  if (!report.value().final)
    return error_response(Error::of(ErrorCode::not_found, "No version has been marked final yet"),
                          request, services);
  return Response::json(json_text(final_json(*report.value().final)));
}

// POST …/report/sign-offs {totp_code, final_marked_at?} → 201 (Rule RPT-3, Rule SIGN-1)
Response sign_off_call(const Request& request, Services& services) {
  auto body = json_body(request);
  if (!body) return error_response(body.error(), request, services);
  Status signed_off =
      sign_off_report(services.app, request.caller(), case_id_of(request),
                      {.totp_code = json_string(body.value(), "totp_code"),
                       .final_marked_at = json_string(body.value(), "final_marked_at")});
  if (!signed_off) return error_response(signed_off.error(), request, services);
  auto view = final_report_for_sign_off(services.app, request.caller(), case_id_of(request));
  if (!view) return error_response(view.error(), request, services);
  return Response::json(json_text(final_json(*view.value().report.final)), 201);
}

}  // namespace

void add_report_accuracy_api_routes(Router& router) {
  const std::string version = "/api/v1/cases/{case_id:int}/report/versions/{number:int}";
  router.add("POST", version + "/circulation", Permission::write_report, circulate_call);
  router.add("GET", version + "/circulation", Permission::view_report, circulation_call);
  router.add("POST", version + "/comments", Permission::check_report_accuracy, comment_call);
  router.add("GET", version + "/comments", Permission::check_report_accuracy, own_comments_call);
  router.add("POST", version + "/response", Permission::check_report_accuracy, response_call);
  router.add("POST", "/api/v1/report-comments/{id:int}/reply", Permission::write_report,
             reply_call);
  router.add("POST", "/api/v1/cases/{case_id:int}/report/final", Permission::run_reviews,
             mark_final_call);
  router.add("GET", "/api/v1/cases/{case_id:int}/report/final", Permission::view_report,
             show_final_call);
  router.add("POST", "/api/v1/cases/{case_id:int}/report/sign-offs",
             Permission::sign_off_for_partner, sign_off_call);
}

}  // namespace casereview::web
