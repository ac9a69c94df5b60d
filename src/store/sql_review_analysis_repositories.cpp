// SQL for the review's analysis: see sql_review_analysis_repositories.hpp. An episode's entries are
// read with it in one more query (for a page of episodes, one query for all of them).
#include "store/sql_review_analysis_repositories.hpp"

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
  for (const Row& row :
       query(session_,
             "SELECT episode_id, entry_id FROM key_practice_episode_entries WHERE "
             "partnership_id = $1 AND episode_id >= $2 AND episode_id <= $3 ORDER BY entry_id",
             {partnership_id, episodes.front().id, episodes.back().id})) {
    if (auto found = by_id.find(row.integer(0)); found != by_id.end())
      episodes[found->second].entry_ids.push_back(row.integer(1));
  }
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

}  // namespace casereview::store
