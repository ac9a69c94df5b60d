// The learning library's and publication's API: see library_api.hpp.
#include "web/pages/library_api.hpp"

#include "app/library/advance_copies.hpp"
#include "app/library/learning_library.hpp"
#include "app/library/publication.hpp"
#include "web/json.hpp"
#include "web/problem.hpp"

namespace casereview::web {

namespace {

using Object = Poco::JSON::Object::Ptr;
using Array = Poco::JSON::Array::Ptr;

Array strings_json(const std::vector<std::string>& items) {
  Array array = new Poco::JSON::Array();
  for (const std::string& item : items) array->add(item);
  return array;
}

// Rule LIB-1: the entry in the library's shape; the report only when asked for.
Object entry_json(const LibraryEntry& entry, bool with_report) {
  Object item = json_object();
  item->set("id", static_cast<Poco::Int64>(entry.id));
  item->set("title", entry.text.title);
  item->set("year", entry.year);
  Object partnership = json_object();
  partnership->set("id", static_cast<Poco::Int64>(entry.partnership_id));
  partnership->set("name", entry.partnership_name);
  item->set("partnership", partnership);
  item->set("kind", std::string(review_outcome_name(entry.kind)));
  item->set("summary", entry.text.summary);
  item->set("learning", entry.text.learning);
  item->set("recommendations", entry.text.recommendations);
  std::vector<std::string> themes;
  for (const LibraryTheme& theme : entry.themes) themes.push_back(theme.slug);
  item->set("themes", strings_json(themes));
  item->set("keywords", strings_json(entry.text.keywords));
  item->set("age_band", std::string(age_band_name(entry.text.age_band)));
  item->set("published_on", entry.published_on ? entry.published_on->to_iso_string() : "");
  item->set("url", "/learning/" + std::to_string(entry.id));
  // Rule LIB-2.
  item->set("briefing_url", entry.has_briefing
                                ? "/learning/" + std::to_string(entry.id) + "/briefing"
                                : std::string());
  // Rule PUB-4: a withdrawn report's text is gone; the entry says when.
  item->set("document_withdrawn_on", entry.document_withdrawn_on
                                         ? entry.document_withdrawn_on->to_iso_string()
                                         : std::string());
  if (with_report) {
    item->set("background", entry.text.background);
    item->set("good_practice", entry.text.good_practice);
    item->set("methodology", entry.text.methodology);
    item->set("report", entry.report);
  }
  return item;
}

// The snippet with its marks as plain brackets: JSON readers get "[[neglect]]".
std::string plain_snippet(const std::string& snippet) {
  std::string text;
  for (char c : snippet) {
    if (c == '\x02')
      text += "[[";
    else if (c == '\x03')
      text += "]]";
    else
      text += c;
  }
  return text;
}

// GET /api/v1/library
Response search_call(const Request& request, Services& services) {
  auto found =
      search_library(services.app, {.q = request.query_value("q").value_or(""),
                                    .theme = request.query_value("theme").value_or(""),
                                    .year = request.query_value("year").value_or(""),
                                    .kind = request.query_value("kind").value_or(""),
                                    .partnership = request.query_value("partnership").value_or(""),
                                    .age_band = request.query_value("age_band").value_or(""),
                                    .page = request.page_number()});
  if (!found) return error_response(found.error(), request, services);
  Object document = json_object();
  document->set("total", found.value().total);
  document->set("page", found.value().page);
  document->set("page_count", found.value().page_count);
  Array results = new Poco::JSON::Array();
  for (const LibraryHit& hit : found.value().hits) {
    Object item = entry_json(hit.entry, false);
    item->set("snippet", plain_snippet(hit.snippet));
    results->add(item);
  }
  document->set("results", results);
  return Response::json(json_text(document));
}

// GET /api/v1/library/{id}
Response entry_call(const Request& request, Services& services) {
  auto found = read_library_entry(services.app, request.path_id("entry_id"));
  if (!found) return error_response(found.error(), request, services);
  return Response::json(json_text(entry_json(found.value(), true)));
}

Id case_id_of(const Request& request) { return request.path_id("case_id"); }

Object publication_json(const Publication& publication) {
  Object document = json_object();
  document->set("decision", std::string(publication_decision_name(publication.decision)));
  document->set("reason", publication.reason);
  document->set("planned_on", publication.planned_on.to_iso_string());
  Array copies = new Poco::JSON::Array();
  for (const AdvanceCopy& copy : publication.advance_copies) {
    Object item = json_object();
    item->set("recipient", std::string(advance_copy_recipient_name(copy.recipient)));
    item->set("sent_on", copy.sent_on.to_iso_string());
    copies->add(item);
  }
  document->set("advance_copies", copies);
  return document;
}

// PUT /api/v1/cases/{case_id}/publication (Rule PUB-1)
Response decide_call(const Request& request, Services& services) {
  auto body = json_body(request);
  if (!body) return error_response(body.error(), request, services);
  auto decided = decide_publication(services.app, request.caller(), case_id_of(request),
                                    {.decision = json_string(body.value(), "decision"),
                                     .reason = json_string(body.value(), "reason"),
                                     .planned_on = json_string(body.value(), "planned_on")});
  if (!decided) return error_response(decided.error(), request, services);
  return Response::json(json_text(publication_json(decided.value())));
}

// POST /api/v1/cases/{case_id}/publication/advance-copies (Rule PUB-2)
Response advance_copy_call(const Request& request, Services& services) {
  auto body = json_body(request);
  if (!body) return error_response(body.error(), request, services);
  Status recorded = record_advance_copy(services.app, request.caller(), case_id_of(request),
                                        {.recipient = json_string(body.value(), "recipient"),
                                         .sent_on = json_string(body.value(), "sent_on")});
  if (!recorded) return error_response(recorded.error(), request, services);
  auto view = view_publication(services.app, request.caller(), case_id_of(request));
  if (!view) return error_response(view.error(), request, services);
  return Response::json(json_text(publication_json(*view.value().publication)), 201);
}

// POST /api/v1/cases/{case_id}/publication/advance-copies/email (Rule PUB-2) → 201
Response email_copy_call(const Request& request, Services& services) {
  auto body = json_body(request);
  if (!body) return error_response(body.error(), request, services);
  auto sent = send_advance_copy(services.app, request.caller(), case_id_of(request),
                                {.recipient = json_string(body.value(), "recipient"),
                                 .email = json_string(body.value(), "email")});
  if (!sent) return error_response(sent.error(), request, services);
  Object document = json_object();
  document->set("recipient", std::string(advance_copy_recipient_name(sent.value().recipient)));
  document->set("email", sent.value().email);
  document->set("expires_at", format_instant(sent.value().expires_at));
  return Response::json(json_text(document), 201);
}

// PUT /api/v1/cases/{case_id}/library-entry (Rule LIB-1)
Response entry_put_call(const Request& request, Services& services) {
  auto body = json_body(request);
  if (!body) return error_response(body.error(), request, services);
  const Object& given = body.value();
  LibraryEntryText text{.title = json_string(given, "title"),
                        .summary = json_string(given, "summary"),
                        .background = json_string(given, "background"),
                        .learning = json_string(given, "learning"),
                        .good_practice = json_string(given, "good_practice"),
                        .recommendations = json_string(given, "recommendations"),
                        .methodology = json_string(given, "methodology"),
                        .theme_slugs = json_strings(given, "themes"),
                        .keywords = json_strings(given, "keywords")};
  const std::string band = json_string(given, "age_band");
  if (!band.empty()) {
    const auto known = age_band_from_name(band);
    if (!known)
      return error_response(Error::invalid({{"age_band",
                                             "age_band must be one of under_1, 1_to_4, 5_to_10, "
                                             "11_to_15, 16_to_17 or not_given"}}),
                            request, services);
    text.age_band = *known;
  }
  auto saved = save_library_entry(services.app, request.caller(), case_id_of(request), text);
  if (!saved) return error_response(saved.error(), request, services);
  return Response::json(json_text(entry_json(saved.value(), true)));
}

Object findings_json(bool clear, const std::vector<PublicationFinding>& findings) {
  Object document = json_object();
  document->set("clear", clear);
  Array items = new Poco::JSON::Array();
  for (const PublicationFinding& finding : findings) {
    Object item = json_object();
    item->set("id", static_cast<Poco::Int64>(finding.id));
    item->set("kind", finding.kind);
    item->set("excerpt", finding.excerpt);
    item->set("location", finding.part + ", line " + std::to_string(finding.line));
    item->set("dismissed", finding.dismissed());
    if (finding.dismissed()) item->set("dismissal_reason", finding.dismissal_reason);
    items->add(item);
  }
  document->set("findings", items);
  return document;
}

// POST /api/v1/cases/{case_id}/publication/check (Rule PUB-3)
Response check_call(const Request& request, Services& services) {
  auto checked = run_anonymisation_check(services.app, request.caller(), case_id_of(request));
  if (!checked) return error_response(checked.error(), request, services);
  return Response::json(json_text(findings_json(checked.value().clear, checked.value().findings)));
}

// POST /api/v1/cases/{case_id}/publication/findings/{finding_id}/dismissal (Rule PUB-3)
Response dismissal_call(const Request& request, Services& services) {
  auto body = json_body(request);
  if (!body) return error_response(body.error(), request, services);
  Status dismissed =
      dismiss_finding(services.app, request.caller(), case_id_of(request),
                      request.path_id("finding_id"), json_string(body.value(), "reason"));
  if (!dismissed) return error_response(dismissed.error(), request, services);
  auto view = view_publication(services.app, request.caller(), case_id_of(request));
  if (!view) return error_response(view.error(), request, services);
  return Response::json(
      json_text(findings_json(view.value().open_findings() == 0, view.value().findings)));
}

// POST /api/v1/cases/{case_id}/publication/publish → 201 {library_id, url}
Response publish_call(const Request& request, Services& services) {
  auto published = publish_review(services.app, request.caller(), case_id_of(request));
  if (!published) return error_response(published.error(), request, services);
  Object document = json_object();
  document->set("library_id", static_cast<Poco::Int64>(published.value().library_id));
  document->set("url", "/learning/" + std::to_string(published.value().library_id));
  document->set("published_on", published.value().published_on.to_iso_string());
  return Response::json(json_text(document), 201);
}

// POST /api/v1/cases/{case_id}/publication/withdrawal (Rule PUB-4) → {document_withdrawn_on}
Response withdrawal_call(const Request& request, Services& services) {
  auto body = json_body(request);
  if (!body) return error_response(body.error(), request, services);
  Status withdrawn = withdraw_document(services.app, request.caller(), case_id_of(request),
                                       json_string(body.value(), "reason"));
  if (!withdrawn) return error_response(withdrawn.error(), request, services);
  auto view = view_publication(services.app, request.caller(), case_id_of(request));
  if (!view) return error_response(view.error(), request, services);
  return Response::json(json_text(entry_json(*view.value().entry, false)));
}

}  // namespace

void add_library_api_routes(Router& router) {
  router.add_anonymous("GET", "/api/v1/library", search_call);
  router.add_anonymous("GET", "/api/v1/library/{entry_id:int}", entry_call);
  const std::string base = "/api/v1/cases/{case_id:int}";
  router.add("PUT", base + "/publication", Permission::run_reviews, decide_call);
  router.add("POST", base + "/publication/advance-copies", Permission::run_reviews,
             advance_copy_call);
  router.add("POST", base + "/publication/advance-copies/email", Permission::run_reviews,
             email_copy_call);
  router.add("PUT", base + "/library-entry", Permission::run_reviews, entry_put_call);
  router.add("POST", base + "/publication/check", Permission::run_reviews, check_call);
  router.add("POST", base + "/publication/findings/{finding_id:int}/dismissal",
             Permission::run_reviews, dismissal_call);
  router.add("POST", base + "/publication/publish", Permission::run_reviews, publish_call);
  router.add("POST", base + "/publication/withdrawal", Permission::run_reviews, withdrawal_call);
}

}  // namespace casereview::web
