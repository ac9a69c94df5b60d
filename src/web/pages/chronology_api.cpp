// The chronology API (issue 11, Rule CHR-1, Rule CHR-2, Rule CHR-3) under /api/v1: the same use
// cases as the pages (app/reviews/chronologies.hpp), JSON in and out, errors as RFC 9457 problems.
// An import's body is the file itself (text/csv, XLSX or ODS); its row problems come back as 422
// with errors: [{row, column, message}]. The merged chronology is JSON, or a download with
// ?format=csv, xlsx or pdf; the template is XLSX or CSV (web/pages/chronology_downloads.hpp).
#include "web/pages/chronology_api.hpp"

#include "app/reviews/chronologies.hpp"
#include "domain/text.hpp"
#include "web/json.hpp"
#include "web/pages/chronology_downloads.hpp"
#include "web/problem.hpp"

namespace casereview::web {

namespace {

using Object = Poco::JSON::Object::Ptr;
using Array = Poco::JSON::Array::Ptr;

Response json_response(const Object& document, int status = 200) {
  return Response::json(json_text(document), status);
}

Id request_id_of(const Request& request) { return request.path_id("request_id"); }

// An entry's date as the API writes it: {"value", "precision", "uncertain", "text"} (Rule CHR-2).
Object date_json(const ApproximateDate& date) {
  Object item = json_object();
  item->set("value", date.value());
  item->set("precision", std::string(date_precision_name(date.precision())));
  item->set("uncertain", date.is_uncertain());
  item->set("text", date.text());
  return item;
}

Poco::Dynamic::Var optional_date_json(const std::optional<ApproximateDate>& date) {
  if (!date) return Poco::Dynamic::Var();
  return date_json(*date);
}

Object entry_json(const ChronologyEntry& entry) {
  Object item = json_object();
  item->set("id", static_cast<Poco::Int64>(entry.id));
  item->set("agency_id", static_cast<Poco::Int64>(entry.agency_id));
  item->set("position", entry.position);
  item->set("date", date_json(entry.date));
  item->set("time", entry.time ? Poco::Dynamic::Var(entry.time->text()) : Poco::Dynamic::Var());
  item->set("end_date", optional_date_json(entry.end_date));
  item->set("sequence",
            entry.sequence ? Poco::Dynamic::Var(*entry.sequence) : Poco::Dynamic::Var());
  item->set("source", entry.source);
  item->set("subject", entry.subject);
  item->set("event", entry.event);
  item->set("action", entry.action);
  item->set("outcome", entry.outcome);
  item->set("significance", entry.significance);
  return item;
}

Object request_json(const ChronologyRequest& request) {
  Object item = json_object();
  item->set("id", static_cast<Poco::Int64>(request.id));
  item->set("agency_id", static_cast<Poco::Int64>(request.agency_id));
  item->set("scope_from", request.scope_from.to_iso_string());
  item->set("scope_to", request.scope_to.to_iso_string());
  item->set("due_on", request.due_on.to_iso_string());
  item->set("status", std::string(chronology_status_name(request.status)));
  item->set("no_involvement", request.involvement == Involvement::no_involvement);
  item->set("return_reason", request.return_reason);
  return item;
}

// The entry's fields as the API names them; the date fields accept the same text forms as the
// page ("12/05/2021", "May 2021", "c. 2019"), or the value of a date the API wrote.
ChronologyEntryInput entry_input(const Object& body) {
  const auto text_of = [&](const std::string& name) {
    if (body->has(name) && body->get(name).isInteger())
      return std::to_string(body->get(name).convert<Poco::Int64>());
    if (auto object = body->getObject(name)) return json_string(object, "value");
    return json_string(body, name);
  };
  ChronologyEntryInput input;
  input.start_date = text_of("date");
  if (input.start_date.empty()) input.start_date = text_of("start_date");
  input.time = text_of("time");
  input.end_date = text_of("end_date");
  input.sequence = text_of("sequence");
  input.source = json_string(body, "source");
  input.subject = json_string(body, "subject");
  input.event = json_string(body, "event");
  input.action = json_string(body, "action");
  input.outcome = json_string(body, "outcome");
  input.significance = json_string(body, "significance");
  return input;
}

// POST /api/v1/cases/{case_id}/chronology-requests: {agency_ids, due_on?, note?} → 201 [{id,
// agency_id, scope_from, scope_to, due_on, status, …}] (Rule CHR-1). The scope period is the
// commissioned review's: a body that names one is refused (422), so no caller believes it was used.
Response request_chronologies_api(const Request& request, Services& services) {
  auto body = json_body(request);
  if (!body) return error_response(body.error(), request, services);
  std::vector<FieldError> scope_given;
  for (const char* field : {"scope_from", "scope_to"})
    if (body.value()->has(field))
      scope_given.push_back(
          {field, "Leave out the scope period: the chronologies cover the review's scope period"});
  if (!scope_given.empty())
    return error_response(Error::invalid(std::move(scope_given)), request, services);
  ChronologyRequestInput input;
  for (const std::string& text : json_integers(body.value(), "agency_ids")) {
    const std::optional<Id> id = parse_id(text);
    if (!id)
      return error_response(
          Error::invalid({{"agency_ids", "Each agency must be given by its id, a whole number"}}),
          request, services);
    input.agency_ids.push_back(*id);
  }
  input.due_on = json_string(body.value(), "due_on");
  input.note = json_string(body.value(), "note");
  auto asked =
      request_chronologies(services.app, request.caller(), request.path_id("case_id"), input);
  if (!asked) return error_response(asked.error(), request, services);
  services.mail_queued();
  Array list = new Poco::JSON::Array();
  for (const ChronologyRequest& each : asked.value()) list->add(request_json(each));
  return Response::json(json_text(list), 201);
}

// GET /api/v1/chronology-requests/{request_id}/entries → {request, entries}
Response list_entries(const Request& request, Services& services) {
  auto view = view_chronology(services.app, request.caller(), request_id_of(request));
  if (!view) return error_response(view.error(), request, services);
  Object document = json_object();
  document->set("request", request_json(view.value().request));
  Array entries = new Poco::JSON::Array();
  for (const ChronologyEntry& entry : view.value().entries) entries->add(entry_json(entry));
  document->set("entries", entries);
  return json_response(document);
}

// POST /api/v1/chronology-requests/{request_id}/entries → 201 the entry (Rule CHR-2)
Response add_entry(const Request& request, Services& services) {
  auto body = json_body(request);
  if (!body) return error_response(body.error(), request, services);
  auto added = add_chronology_entry(services.app, request.caller(), request_id_of(request),
                                    entry_input(body.value()));
  if (!added) return error_response(added.error(), request, services);
  return json_response(entry_json(added.value()), 201);
}

// PUT /api/v1/chronology-requests/{request_id}/entries/{entry_id} → the entry
Response change_entry(const Request& request, Services& services) {
  auto body = json_body(request);
  if (!body) return error_response(body.error(), request, services);
  auto changed = change_chronology_entry(services.app, request.caller(), request_id_of(request),
                                         request.path_id("entry_id"), entry_input(body.value()));
  if (!changed) return error_response(changed.error(), request, services);
  return json_response(entry_json(changed.value()));
}

// DELETE /api/v1/chronology-requests/{request_id}/entries/{entry_id} → 204
Response remove_entry(const Request& request, Services& services) {
  Status removed = remove_chronology_entry(services.app, request.caller(), request_id_of(request),
                                           request.path_id("entry_id"));
  if (!removed) return error_response(removed.error(), request, services);
  return Response::text("", "text/plain", 204);
}

// POST /api/v1/chronology-requests/{request_id}/import, the body a CSV, XLSX or ODS file →
// 200 {imported}, or 422 {errors: [{row, column, message}]} with nothing imported (Rule CHR-2).
Response import_entries(const Request& request, Services& services) {
  auto outcome =
      import_chronology(services.app, request.caller(), request_id_of(request), request.body);
  if (!outcome) return error_response(outcome.error(), request, services);
  if (!outcome.value().problems.empty()) {
    Object document = json_object();
    document->set("type", "about:blank");
    document->set("title", status_phrase(422));
    document->set("status", 422);
    document->set("detail", "Nothing was imported: correct every row listed and upload it again");
    Array errors = new Poco::JSON::Array();
    for (const ImportProblem& problem : outcome.value().problems) {
      Object item = json_object();
      item->set("row", static_cast<Poco::Int64>(problem.row));
      item->set("column", problem.column);
      item->set("message", problem.message);
      errors->add(item);
    }
    document->set("errors", errors);
    return Response::text(json_text(document), "application/problem+json", 422);
  }
  Object document = json_object();
  document->set("imported", outcome.value().imported);
  return json_response(document);
}

// GET /api/v1/chronology-requests/{request_id}/template[?format=xlsx|csv] → the template to fill
// in (Rule CHR-2), XLSX unless asked for CSV
Response template_file(const Request& request, Services& services) {
  const std::optional<TemplateDownload> download =
      template_download_named(request.query_value("format").value_or("xlsx"));
  if (!download)
    return error_response(Error::invalid({{"format", "Select xlsx or csv"}}), request, services);
  return chronology_template_download(request, services, *download);
}

// POST /api/v1/chronology-requests/{request_id}/submission {no_involvement?} → the request
Response submit_entries(const Request& request, Services& services) {
  Involvement involvement = Involvement::involved;
  if (!is_blank(request.body)) {
    auto body = json_body(request);
    if (!body) return error_response(body.error(), request, services);
    if (json_boolean(body.value(), "no_involvement").value_or(false))
      involvement = Involvement::no_involvement;
  }
  Status submitted =
      submit_chronology(services.app, request.caller(), request_id_of(request), involvement);
  if (!submitted) return error_response(submitted.error(), request, services);
  services.mail_queued();
  auto view = view_chronology(services.app, request.caller(), request_id_of(request));
  if (!view) return error_response(view.error(), request, services);
  return json_response(request_json(view.value().request));
}

// POST /api/v1/chronology-requests/{request_id}/return {reason} → the request (Rule CHR-1)
Response return_entries(const Request& request, Services& services) {
  auto body = json_body(request);
  if (!body) return error_response(body.error(), request, services);
  Status returned = return_chronology(services.app, request.caller(), request_id_of(request),
                                      json_string(body.value(), "reason"));
  if (!returned) return error_response(returned.error(), request, services);
  services.mail_queued();
  auto view = view_chronology(services.app, request.caller(), request_id_of(request));
  if (!view) return error_response(view.error(), request, services);
  return json_response(request_json(view.value().request));
}

// GET /api/v1/cases/{case_id}/chronology[?format=csv|xlsx|pdf] → {entries, gaps, counts}, or
// the file (Rule CHR-3)
Response merged(const Request& request, Services& services) {
  const std::string format = request.query_value("format").value_or("json");
  if (format != "json") {
    const std::optional<ChronologyDownload> download = chronology_download_named(format);
    if (!download)
      return error_response(Error::invalid({{"format", "Select json, csv, xlsx or pdf"}}), request,
                            services);
    return merged_chronology_download(request, services, *download);
  }
  auto view = merged_chronology(services.app, request.caller(), request.path_id("case_id"));
  if (!view) return error_response(view.error(), request, services);
  Object document = json_object();
  Array entries = new Poco::JSON::Array();
  for (const MergedChronologyRow& row : view.value().rows) {
    Object item = entry_json(row.entry);
    item->set("agency", row.agency_name);
    item->set("agency_code", row.agency_marker);
    Array flags = new Poco::JSON::Array();
    for (ChronologyFlag flag : row.flags) flags->add(std::string(chronology_flag_name(flag)));
    item->set("flags", flags);
    Array duplicates = new Poco::JSON::Array();
    for (Id id : row.possible_duplicate_of) duplicates->add(static_cast<Poco::Int64>(id));
    item->set("possible_duplicate_of", duplicates);
    Array decided = new Poco::JSON::Array();
    for (const auto& [other, verdict] : row.decided) {
      Object decision = json_object();
      decision->set("entry_id", static_cast<Poco::Int64>(other));
      decision->set("verdict", std::string(duplicate_verdict_name(verdict)));
      decided->add(decision);
    }
    item->set("duplicate_decisions", decided);
    entries->add(item);
  }
  document->set("entries", entries);
  Array gaps = new Poco::JSON::Array();
  for (const ChronologyGap& gap : view.value().gaps) {
    Object item = json_object();
    item->set("from", gap.from.to_iso_string());
    item->set("to", gap.to.to_iso_string());
    item->set("days", gap.days);
    gaps->add(item);
  }
  document->set("gaps", gaps);
  Object counts = json_object();
  for (ChronologyFlag flag : all_chronology_flags)
    counts->set(std::string(chronology_flag_name(flag)),
                static_cast<Poco::Int64>(view.value().count(flag)));
  document->set("flag_counts", counts);
  return json_response(document);
}

}  // namespace

void add_chronology_api_routes(Router& router) {
  router.add("POST", "/api/v1/cases/{case_id:int}/chronology-requests",
             Permission::manage_chronologies, request_chronologies_api);
  router.add("GET", "/api/v1/cases/{case_id:int}/chronology", Permission::view_chronologies,
             merged);
  // Read by the agency's contributors and by those who asked: the use case decides.
  router.add("GET", "/api/v1/chronology-requests/{request_id:int}/entries", Permission::signed_in,
             list_entries);
  router.add("GET", "/api/v1/chronology-requests/{request_id:int}/template", Permission::signed_in,
             template_file);
  router.add("POST", "/api/v1/chronology-requests/{request_id:int}/entries",
             Permission::respond_for_agency, add_entry);
  router.add("PUT", "/api/v1/chronology-requests/{request_id:int}/entries/{entry_id:int}",
             Permission::respond_for_agency, change_entry);
  router.add("DELETE", "/api/v1/chronology-requests/{request_id:int}/entries/{entry_id:int}",
             Permission::respond_for_agency, remove_entry);
  router.add("POST", "/api/v1/chronology-requests/{request_id:int}/import",
             Permission::respond_for_agency, import_entries);
  router.add("POST", "/api/v1/chronology-requests/{request_id:int}/submission",
             Permission::respond_for_agency, submit_entries);
  router.add("POST", "/api/v1/chronology-requests/{request_id:int}/return",
             Permission::manage_chronologies, return_entries);
}

}  // namespace casereview::web
