// The SQL repository of the review's analysis (app/ports/review_analysis.hpp): key practice
// episodes and the chronology entries they draw on (Rule KPE-1), findings with their episodes and
// agencies (Rule RPT-1), numbered recommendations with their findings and agencies (Rule RPT-2).
// One SQL text serves both engines. It acts through the session of the transaction that made it and
// filters every query by partnership_id.
#pragma once

#include <Poco/Data/Session.h>

#include <utility>

#include "app/ports.hpp"

namespace casereview::store {

class SqlReviewAnalysisRepository final : public ReviewAnalysisRepository {
 public:
  explicit SqlReviewAnalysisRepository(Poco::Data::Session& session) : session_(session) {}
  Id add_episode(const KeyPracticeEpisode& episode) override;
  std::optional<KeyPracticeEpisode> find_episode(Id partnership_id, Id case_id,
                                                 Id episode_id) override;
  std::vector<KeyPracticeEpisode> list_episodes(Id partnership_id, Id case_id, int limit,
                                                int offset) override;
  int count_episodes(Id partnership_id, Id case_id) override;
  bool update_episode(const KeyPracticeEpisode& episode) override;
  std::vector<std::pair<Id, std::string>> episode_titles(Id partnership_id, Id case_id) override;
  std::vector<std::pair<Id, std::string>> finding_titles(Id partnership_id, Id case_id) override;
  std::vector<Id> episodes_of_case(Id partnership_id, Id case_id,
                                   const std::vector<Id>& episode_ids) override;
  Id add_finding(const Finding& finding) override;
  std::vector<Finding> list_findings(Id partnership_id, Id case_id, int limit, int offset) override;
  int count_findings(Id partnership_id, Id case_id) override;
  std::vector<Id> findings_of_case(Id partnership_id, Id case_id,
                                   const std::vector<Id>& finding_ids) override;
  Recommendation add_recommendation(const Recommendation& recommendation) override;
  std::vector<Recommendation> list_recommendations(Id partnership_id, Id case_id,
                                                   std::optional<RecommendationSource> source,
                                                   int limit, int offset) override;
  int count_recommendations(Id partnership_id, Id case_id,
                            std::optional<RecommendationSource> source) override;
  std::optional<Recommendation> find_recommendation(Id partnership_id,
                                                    Id recommendation_id) override;

 private:
  void write_entries(const KeyPracticeEpisode& episode);
  // Of `ids`, those that are rows of `table` (key_practice_episodes, findings) of the case.
  std::vector<Id> ids_of_case(const char* table, Id partnership_id, Id case_id,
                              const std::vector<Id>& ids);
  // (id, title) of every row of `table` of the case, by id.
  std::vector<std::pair<Id, std::string>> titles(const char* table, Id partnership_id, Id case_id);
  // Rows (owner id, linked id) of a link table for owners first_id..last_id, linked ascending.
  std::vector<std::pair<Id, Id>> links(const char* table, const char* owner, const char* linked,
                                       Id partnership_id, Id first_id, Id last_id);
  Poco::Data::Session& session_;
};

}  // namespace casereview::store
