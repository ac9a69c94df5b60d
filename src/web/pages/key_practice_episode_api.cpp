// The key practice episodes' API (issue 12, Rule KPE-1) under /api/v1: the same use cases as the
// pages (app/reviews/key_practice_episodes.hpp), JSON in and out, errors as RFC 9457 problems.
//   POST /api/v1/cases/{case_id}/key-practice-episodes {title, from, to, summary, entry_ids,
//        questions, assessment?} → 201 the episode
//   GET  /api/v1/cases/{case_id}/key-practice-episodes[?page=N] → {episodes, page, page_count,
//        total}
// `questions` is Markdown text; a list of strings is accepted too and kept as a Markdown list.
#include "web/pages/key_practice_episode_api.hpp"

#include "app/reviews/key_practice_episodes.hpp"
#include "web/json.hpp"
#include "web/problem.hpp"

namespace casereview::web {

namespace {

using Object = Poco::JSON::Object::Ptr;
using Array = Poco::JSON::Array::Ptr;

Object episode_json(const KeyPracticeEpisode& episode) {
  Object item = json_object();
  item->set("id", static_cast<Poco::Int64>(episode.id));
  item->set("case_id", static_cast<Poco::Int64>(episode.case_id));
  item->set("title", episode.title);
  item->set("from", episode.from.to_iso_string());
  item->set("to", episode.to.to_iso_string());
  item->set("summary", episode.summary);
  item->set("questions", episode.questions);
  item->set("assessment", std::string(episode_assessment_name(episode.assessment)));
  Array entries = new Poco::JSON::Array();
  for (Id id : episode.entry_ids) entries->add(static_cast<Poco::Int64>(id));
  item->set("entry_ids", entries);
  item->set("created_at", format_instant(episode.created_at));
  item->set("updated_at", format_instant(episode.updated_at));
  return item;
}

// The body's fields; invalid_input on "entry_ids" when one is not a whole number.
Result<KeyPracticeEpisodeInput> episode_input(const Object& body) {
  KeyPracticeEpisodeInput input;
  input.title = json_string(body, "title");
  input.from = json_string(body, "from");
  input.to = json_string(body, "to");
  input.summary = json_string(body, "summary");
  input.assessment = json_string(body, "assessment");
  if (body->isArray("questions")) {
    for (const std::string& question : json_strings(body, "questions"))
      input.questions += "- " + question + "\n";
  } else {
    input.questions = json_string(body, "questions");
  }
  const Array given = body->getArray("entry_ids");
  if (given) {
    for (std::size_t index = 0; index < given->size(); ++index) {
      const Poco::Dynamic::Var& value = given->get(static_cast<unsigned int>(index));
      const std::optional<Id> id =
          value.isInteger() ? parse_id(value.toString()) : std::optional<Id>();
      if (!id)
        return Error::invalid(
            {{"entry_ids", "Each entry must be given by its id, a whole number"}});
      input.entry_ids.push_back(*id);
    }
  }
  return input;
}

// POST /api/v1/cases/{case_id}/key-practice-episodes → 201 the episode (Rule KPE-1)
Response add_episode(const Request& request, Services& services) {
  auto body = json_body(request);
  if (!body) return error_response(body.error(), request, services);
  auto input = episode_input(body.value());
  if (!input) return error_response(input.error(), request, services);
  auto added = add_key_practice_episode(services.app, request.caller(), request.path_id("case_id"),
                                        input.value());
  if (!added) return error_response(added.error(), request, services);
  return Response::json(json_text(episode_json(added.value())), 201);
}

// GET /api/v1/cases/{case_id}/key-practice-episodes[?page=N] → one page of the episodes
Response list_episodes(const Request& request, Services& services) {
  auto listed = list_key_practice_episodes(services.app, request.caller(),
                                           request.path_id("case_id"), request.page_number());
  if (!listed) return error_response(listed.error(), request, services);
  Object document = json_object();
  Array episodes = new Poco::JSON::Array();
  for (const KeyPracticeEpisode& episode : listed.value().episodes)
    episodes->add(episode_json(episode));
  document->set("episodes", episodes);
  document->set("page", listed.value().page);
  document->set("page_count", listed.value().page_count);
  document->set("total", listed.value().total);
  return Response::json(json_text(document));
}

}  // namespace

void add_key_practice_episode_api_routes(Router& router) {
  router.add("POST", "/api/v1/cases/{case_id:int}/key-practice-episodes",
             Permission::manage_chronologies, add_episode);
  router.add("GET", "/api/v1/cases/{case_id:int}/key-practice-episodes",
             Permission::view_chronologies, list_episodes);
}

}  // namespace casereview::web
