// SQL for the review's analysis: see sql_review_analysis_repositories.hpp. An episode's entries, a
// finding's episodes and agencies, a recommendation's findings and agencies are read with it in
// one more query each (for a page, one query each for all of them).
#include "store/sql_review_analysis_repositories.hpp"

#include <algorithm>
#include <map>
#include <string>

#include "store/sql.hpp"

namespace casereview::store {

namespace {

const char* const episode_columns =
    "SELECT id, partnership_id, case_id, title, period_from, period_to, summary, questions, "
    "assessment, created_by, created_at, updated_at FROM key_practice_episodes ";

KeyPracticeEpisode episode_from(const Row& row) {
  KeyPracticeEpisode episode;
  episode.id = row.integer(0);
  episode.partnership_id = row.integer(1);
  episode.case_id = row.integer(2);
  episode.title = row.text(3);
  episode.from = row.date(4);
  episode.to = row.date(5);
  episode.summary = row.text(6);
  episode.questions = row.text(7);
  episode.assessment = row.stored(8, episode_assessment_from_name);
  episode.created_by = row.integer(9);
  episode.created_at = row.instant(10);
  episode.updated_at = row.instant(11);
  return episode;
}

const char* const finding_columns =
    "SELECT id, partnership_id, case_id, title, kind, text, created_by, created_at, updated_at "
    "FROM findings ";

Finding finding_from(const Row& row) {
  Finding finding;
  finding.id = row.integer(0);
  finding.partnership_id = row.integer(1);
  finding.case_id = row.integer(2);
  finding.title = row.text(3);
  finding.kind = row.stored(4, finding_kind_from_name);
  finding.text = row.text(5);
  finding.created_by = row.integer(6);
  finding.created_at = row.instant(7);
  finding.updated_at = row.instant(8);
  return finding;
}

const char* const recommendation_columns =
    "SELECT id, partnership_id, case_id, number, text, to_partnership, created_by, created_at, "
    "updated_at, source FROM recommendations ";

Recommendation recommendation_from(const Row& row) {
  Recommendation recommendation;
  recommendation.id = row.integer(0);
  recommendation.partnership_id = row.integer(1);
  recommendation.case_id = row.integer(2);
  recommendation.number = static_cast<int>(row.integer(3));
  recommendation.text = row.text(4);
  recommendation.to_partnership = row.integer(5) != 0;
  recommendation.created_by = row.integer(6);
  recommendation.created_at = row.instant(7);
  recommendation.updated_at = row.instant(8);
  recommendation.source =
      recommendation_source_from_name(row.text(9)).value_or(RecommendationSource::review);
  return recommendation;
}

// Adds the (owner, linked) rows of a link table.
void insert_links(Poco::Data::Session& session, const std::string& table, const char* owner,
                  const char* linked, Id owner_id, const std::vector<Id>& ids, Id partnership_id) {
  for (Id id : ids)
    execute(session,
            "INSERT INTO " + table + " (" + owner + ", " + linked +
                ", partnership_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
            {owner_id, id, partnership_id});
}

}  // namespace

// Rule KPE-1: the episode and the entries it draws on.
Id SqlReviewAnalysisRepository::add_episode(const KeyPracticeEpisode& episode) {
  auto rows =
      query(session_,
            "INSERT INTO key_practice_episodes (partnership_id, case_id, title, "
            "period_from, period_to, summary, questions, assessment, created_by, "
            "created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) "
            "RETURNING id",
            {episode.partnership_id, episode.case_id, episode.title, episode.from.to_iso_string(),
             episode.to.to_iso_string(), episode.summary, episode.questions,
             std::string(episode_assessment_name(episode.assessment)), episode.created_by,
             format_instant(episode.created_at), format_instant(episode.updated_at)});
  KeyPracticeEpisode added = episode;
  added.id = rows.front().integer(0);
  write_entries(added);
  return added.id;
}

void SqlReviewAnalysisRepository::write_entries(const KeyPracticeEpisode& episode) {
  execute(session_,
          "DELETE FROM key_practice_episode_entries WHERE partnership_id = $1 AND episode_id = $2",
          {episode.partnership_id, episode.id});
  for (Id entry_id : episode.entry_ids)
    execute(session_,
            "INSERT INTO key_practice_episode_entries (episode_id, entry_id, partnership_id) "
            "VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
            {episode.id, entry_id, episode.partnership_id});
}

std::optional<KeyPracticeEpisode> SqlReviewAnalysisRepository::find_episode(Id partnership_id,
                                                                            Id case_id,
                                                                            Id episode_id) {
  auto rows =
      query(session_,
            std::string(episode_columns) + "WHERE partnership_id = $1 AND case_id = $2 AND id = $3",
            {partnership_id, case_id, episode_id});
  if (rows.empty()) return std::nullopt;
  KeyPracticeEpisode episode = episode_from(rows.front());
  for (const Row& row : query(session_,
                              "SELECT entry_id FROM key_practice_episode_entries WHERE "
                              "partnership_id = $1 AND episode_id = $2 ORDER BY entry_id",
                              {partnership_id, episode_id}))
    episode.entry_ids.push_back(row.integer(0));
  return episode;
}

std::vector<KeyPracticeEpisode> SqlReviewAnalysisRepository::list_episodes(Id partnership_id,
                                                                           Id case_id, int limit,
                                                                           int offset) {
  std::vector<KeyPracticeEpisode> episodes;
  std::map<Id, std::size_t> by_id;
  for (const Row& row :
       query(session_,
             std::string(episode_columns) +
                 "WHERE partnership_id = $1 AND case_id = $2 ORDER BY id LIMIT $3 OFFSET $4",
             {partnership_id, case_id, static_cast<std::int64_t>(limit),
              static_cast<std::int64_t>(offset)})) {
    by_id[row.integer(0)] = episodes.size();
    episodes.push_back(episode_from(row));
  }
  if (episodes.empty()) return episodes;
  for (const auto& [owner, entry] : links("key_practice_episode_entries", "episode_id", "entry_id",
                                          partnership_id, episodes.front().id, episodes.back().id))
    if (auto found = by_id.find(owner); found != by_id.end())
      episodes[found->second].entry_ids.push_back(entry);
  return episodes;
}

int SqlReviewAnalysisRepository::count_episodes(Id partnership_id, Id case_id) {
  return static_cast<int>(query(session_,
                                "SELECT COUNT(*) FROM key_practice_episodes WHERE "
                                "partnership_id = $1 AND case_id = $2",
                                {partnership_id, case_id})
                              .front()
                              .integer(0));
}

bool SqlReviewAnalysisRepository::update_episode(const KeyPracticeEpisode& episode) {
  const std::size_t changed = execute(
      session_,
      "UPDATE key_practice_episodes SET title = $1, period_from = $2, period_to = $3, "
      "summary = $4, questions = $5, assessment = $6, updated_at = $7 "
      "WHERE partnership_id = $8 AND case_id = $9 AND id = $10",
      {episode.title, episode.from.to_iso_string(), episode.to.to_iso_string(), episode.summary,
       episode.questions, std::string(episode_assessment_name(episode.assessment)),
       format_instant(episode.updated_at), episode.partnership_id, episode.case_id, episode.id});
  if (changed == 0) return false;
  write_entries(episode);
  return true;
}

std::vector<std::pair<Id, std::string>> SqlReviewAnalysisRepository::titles(const char* table,
                                                                            Id partnership_id,
                                                                            Id case_id) {
  std::vector<std::pair<Id, std::string>> found;
  for (const Row& row : query(session_,
                              std::string("SELECT id, title FROM ") + table +
                                  " WHERE partnership_id = $1 AND case_id = $2 ORDER BY id",
                              {partnership_id, case_id}))
    found.emplace_back(row.integer(0), row.text(1));
  return found;
}

std::vector<std::pair<Id, std::string>> SqlReviewAnalysisRepository::episode_titles(
    Id partnership_id, Id case_id) {
  return titles("key_practice_episodes", partnership_id, case_id);
}

std::vector<std::pair<Id, std::string>> SqlReviewAnalysisRepository::finding_titles(
    Id partnership_id, Id case_id) {
  return titles("findings", partnership_id, case_id);
}

std::vector<Id> SqlReviewAnalysisRepository::episodes_of_case(Id partnership_id, Id case_id,
                                                              const std::vector<Id>& episode_ids) {
  return ids_of_case("key_practice_episodes", partnership_id, case_id, episode_ids);
}

std::vector<Id> SqlReviewAnalysisRepository::ids_of_case(const char* table, Id partnership_id,
                                                         Id case_id, const std::vector<Id>& ids) {
  std::vector<Id> found;
  for (Id id : ids)
    if (!query(session_,
               std::string("SELECT id FROM ") + table +
                   " WHERE partnership_id = $1 AND case_id = $2 AND id = $3",
               {partnership_id, case_id, id})
             .empty())
      found.push_back(id);
  return found;
}

std::vector<std::pair<Id, Id>> SqlReviewAnalysisRepository::links(const char* table,
                                                                  const char* owner,
                                                                  const char* linked,
                                                                  Id partnership_id, Id first_id,
                                                                  Id last_id) {
  std::vector<std::pair<Id, Id>> found;
  for (const Row& row : query(session_,
                              std::string("SELECT ") + owner + ", " + linked + " FROM " + table +
                                  " WHERE partnership_id = $1 AND " + owner + " >= $2 AND " +
                                  owner + " <= $3 ORDER BY " + linked,
                              {partnership_id, first_id, last_id}))
    found.emplace_back(row.integer(0), row.integer(1));
  return found;
}

// Rule RPT-1: the finding, the episodes that evidence it and the agencies it concerns.
Id SqlReviewAnalysisRepository::add_finding(const Finding& finding) {
  const Id id =
      query(session_,
            "INSERT INTO findings (partnership_id, case_id, title, kind, text, "
            "created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, "
            "$8) RETURNING id",
            {finding.partnership_id, finding.case_id, finding.title,
             std::string(finding_kind_name(finding.kind)), finding.text, finding.created_by,
             format_instant(finding.created_at), format_instant(finding.updated_at)})
          .front()
          .integer(0);
  insert_links(session_, "finding_episodes", "finding_id", "episode_id", id, finding.episode_ids,
               finding.partnership_id);
  insert_links(session_, "finding_agencies", "finding_id", "agency_id", id, finding.agency_ids,
               finding.partnership_id);
  return id;
}

std::vector<Finding> SqlReviewAnalysisRepository::list_findings(Id partnership_id, Id case_id,
                                                                int limit, int offset) {
  std::vector<Finding> findings;
  std::map<Id, std::size_t> by_id;
  for (const Row& row :
       query(session_,
             std::string(finding_columns) +
                 "WHERE partnership_id = $1 AND case_id = $2 ORDER BY id LIMIT $3 OFFSET $4",
             {partnership_id, case_id, static_cast<std::int64_t>(limit),
              static_cast<std::int64_t>(offset)})) {
    by_id[row.integer(0)] = findings.size();
    findings.push_back(finding_from(row));
  }
  if (findings.empty()) return findings;
  const Id first = findings.front().id;
  const Id last = findings.back().id;
  for (const auto& [owner, episode] :
       links("finding_episodes", "finding_id", "episode_id", partnership_id, first, last))
    if (auto found = by_id.find(owner); found != by_id.end())
      findings[found->second].episode_ids.push_back(episode);
  for (const auto& [owner, agency] :
       links("finding_agencies", "finding_id", "agency_id", partnership_id, first, last))
    if (auto found = by_id.find(owner); found != by_id.end())
      findings[found->second].agency_ids.push_back(agency);
  return findings;
}

int SqlReviewAnalysisRepository::count_findings(Id partnership_id, Id case_id) {
  return static_cast<int>(
      query(session_, "SELECT COUNT(*) FROM findings WHERE partnership_id = $1 AND case_id = $2",
            {partnership_id, case_id})
          .front()
          .integer(0));
}

std::vector<Id> SqlReviewAnalysisRepository::findings_of_case(Id partnership_id, Id case_id,
                                                              const std::vector<Id>& finding_ids) {
  return ids_of_case("findings", partnership_id, case_id, finding_ids);
}

// Rule RPT-2: the number comes from recommendation_numbers, incremented in this transaction (an
// upsert, so two adds at once take two numbers; UNIQUE (case_id, number) stands behind it).
Recommendation SqlReviewAnalysisRepository::add_recommendation(
    const Recommendation& recommendation) {
  Recommendation added = recommendation;
  added.number = static_cast<int>(
      query(session_,
            "INSERT INTO recommendation_numbers (case_id, partnership_id, last_number) "
            "VALUES ($1, $2, 1) ON CONFLICT (case_id) DO UPDATE SET "
            "last_number = recommendation_numbers.last_number + 1 RETURNING last_number",
            {recommendation.case_id, recommendation.partnership_id})
          .front()
          .integer(0));
  added.id =
      query(session_,
            "INSERT INTO recommendations (partnership_id, case_id, number, text, "
            "to_partnership, created_by, created_at, updated_at, source) VALUES ($1, $2, $3, $4, "
            "$5, $6, $7, $8, $9) RETURNING id",
            {added.partnership_id, added.case_id, static_cast<std::int64_t>(added.number),
             added.text, static_cast<std::int64_t>(added.to_partnership ? 1 : 0), added.created_by,
             format_instant(added.created_at), format_instant(added.updated_at),
             std::string(recommendation_source_name(added.source))})
          .front()
          .integer(0);
  insert_links(session_, "recommendation_findings", "recommendation_id", "finding_id", added.id,
               added.finding_ids, added.partnership_id);
  insert_links(session_, "recommendation_agencies", "recommendation_id", "agency_id", added.id,
               added.agency_ids, added.partnership_id);
  return added;
}

namespace {

// The condition on recommendations.source, given as parameter $`parameter`: a source's name, or
// "" for every source.
std::string source_condition(int parameter) {
  const std::string named = "$" + std::to_string(parameter);
  return "AND (" + named + " = '' OR source = " + named + ") ";
}

std::string source_parameter(std::optional<RecommendationSource> source) {
  return source ? std::string(recommendation_source_name(*source)) : std::string();
}

}  // namespace

std::vector<Recommendation> SqlReviewAnalysisRepository::list_recommendations(
    Id partnership_id, Id case_id, std::optional<RecommendationSource> source, int limit,
    int offset) {
  std::vector<Recommendation> recommendations;
  std::map<Id, std::size_t> by_id;
  for (const Row& row :
       query(session_,
             std::string(recommendation_columns) + "WHERE partnership_id = $1 AND case_id = $2 " +
                 source_condition(4) + "ORDER BY number LIMIT $3 OFFSET $5",
             {partnership_id, case_id, static_cast<std::int64_t>(limit), source_parameter(source),
              static_cast<std::int64_t>(offset)})) {
    by_id[row.integer(0)] = recommendations.size();
    recommendations.push_back(recommendation_from(row));
  }
  if (recommendations.empty()) return recommendations;
  // Ids rise with numbers (both given in the adding transaction), but not strictly together when
  // two adds interleave: read the links over the whole range of the page's ids.
  Id first = recommendations.front().id;
  Id last = first;
  for (const Recommendation& recommendation : recommendations) {
    first = std::min(first, recommendation.id);
    last = std::max(last, recommendation.id);
  }
  for (const auto& [owner, finding] : links("recommendation_findings", "recommendation_id",
                                            "finding_id", partnership_id, first, last))
    if (auto found = by_id.find(owner); found != by_id.end())
      recommendations[found->second].finding_ids.push_back(finding);
  for (const auto& [owner, agency] : links("recommendation_agencies", "recommendation_id",
                                           "agency_id", partnership_id, first, last))
    if (auto found = by_id.find(owner); found != by_id.end())
      recommendations[found->second].agency_ids.push_back(agency);
  return recommendations;
}

std::optional<Recommendation> SqlReviewAnalysisRepository::find_recommendation(
    Id partnership_id, Id recommendation_id) {
  const auto rows =
      query(session_, std::string(recommendation_columns) + "WHERE partnership_id = $1 AND id = $2",
            {partnership_id, recommendation_id});
  if (rows.empty()) return std::nullopt;
  Recommendation recommendation = recommendation_from(rows.front());
  for (const auto& [owner, finding] :
       links("recommendation_findings", "recommendation_id", "finding_id", partnership_id,
             recommendation_id, recommendation_id))
    recommendation.finding_ids.push_back(finding);
  for (const auto& [owner, agency] :
       links("recommendation_agencies", "recommendation_id", "agency_id", partnership_id,
             recommendation_id, recommendation_id))
    recommendation.agency_ids.push_back(agency);
  return recommendation;
}

int SqlReviewAnalysisRepository::count_recommendations(Id partnership_id, Id case_id,
                                                       std::optional<RecommendationSource> source) {
  return static_cast<int>(
      query(session_,
            "SELECT COUNT(*) FROM recommendations WHERE partnership_id = $1 AND case_id = $2 " +
                source_condition(3),
            {partnership_id, case_id, source_parameter(source)})
          .front()
          .integer(0));
}

}  // namespace casereview::store
