// Storage of the review's analysis (issue 12): the key practice episodes drawn from the merged
// chronology (Rule KPE-1), the findings (Rule RPT-1) and the numbered recommendations (Rule RPT-2).
// Reached through Transaction::review_analysis(). Every method takes the partnership's id and never
// reads or changes another partnership's rows. Implemented in
// store/sql_review_analysis_repositories.*.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/finding.hpp"
#include "domain/key_practice_episode.hpp"
#include "domain/recommendation.hpp"

namespace casereview {

class ReviewAnalysisRepository {
 public:
  virtual ~ReviewAnalysisRepository() = default;

  // Rule KPE-1: adds the episode with the entries it draws on; returns its id.
  virtual Id add_episode(const KeyPracticeEpisode& episode) = 0;
  // The episode with its entry ids (ascending), when it is the partnership's case's.
  virtual std::optional<KeyPracticeEpisode> find_episode(Id partnership_id, Id case_id,
                                                         Id episode_id) = 0;
  // One page of the case's episodes, oldest first (creation order), each with its entry ids.
  virtual std::vector<KeyPracticeEpisode> list_episodes(Id partnership_id, Id case_id, int limit,
                                                        int offset) = 0;
  virtual int count_episodes(Id partnership_id, Id case_id) = 0;
  // Rewrites the episode's fields and replaces its entries; false when it is not the
  // partnership's case's.
  virtual bool update_episode(const KeyPracticeEpisode& episode) = 0;
  // Every episode of the case as (id, title), oldest first: what a finding's form offers.
  virtual std::vector<std::pair<Id, std::string>> episode_titles(Id partnership_id, Id case_id) = 0;
  // Of `episode_ids`, those that are the partnership's case's episodes.
  virtual std::vector<Id> episodes_of_case(Id partnership_id, Id case_id,
                                           const std::vector<Id>& episode_ids) = 0;

  // Rule RPT-1: adds the finding with its episodes and agencies; returns its id.
  virtual Id add_finding(const Finding& finding) = 0;
  // One page of the case's findings, oldest first, each with its episode and agency ids.
  virtual std::vector<Finding> list_findings(Id partnership_id, Id case_id, int limit,
                                             int offset) = 0;
  virtual int count_findings(Id partnership_id, Id case_id) = 0;
  // Every finding of the case as (id, title), oldest first: what a recommendation's form offers.
  virtual std::vector<std::pair<Id, std::string>> finding_titles(Id partnership_id, Id case_id) = 0;
  // Of `finding_ids`, those that are the partnership's case's findings.
  virtual std::vector<Id> findings_of_case(Id partnership_id, Id case_id,
                                           const std::vector<Id>& finding_ids) = 0;

  // Rule RPT-2: adds the recommendation under the case's next number (1, 2, 3…; two adds at once
  // never share one) with its findings and agencies; returns it with its id and number.
  virtual Recommendation add_recommendation(const Recommendation& recommendation) = 0;
  // One page of the case's recommendations by number, each with its finding and agency ids: those
  // `source` made (the review's, or the rapid review's), or all of them when it is nothing.
  virtual std::vector<Recommendation> list_recommendations(
      Id partnership_id, Id case_id, std::optional<RecommendationSource> source, int limit,
      int offset) = 0;
  virtual int count_recommendations(Id partnership_id, Id case_id,
                                    std::optional<RecommendationSource> source) = 0;
  // One recommendation of the partnership, with its finding and agency ids (issue 13: the
  // actions answering it).
  virtual std::optional<Recommendation> find_recommendation(Id partnership_id,
                                                            Id recommendation_id) = 0;
};

}  // namespace casereview
