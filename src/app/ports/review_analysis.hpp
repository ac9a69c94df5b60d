// Storage of the review's analysis (issue 12): the key practice episodes drawn from the merged
// chronology (Rule KPE-1). Reached through Transaction::review_analysis(). Every method takes the
// partnership's id and never reads or changes another partnership's rows. Implemented in
// store/sql_review_analysis_repositories.*.
#pragma once

#include <optional>
#include <vector>

#include "domain/key_practice_episode.hpp"

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
};

}  // namespace casereview
