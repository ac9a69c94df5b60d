// The SQL repository of the review's analysis (app/ports/review_analysis.hpp): key practice
// episodes and the chronology entries they draw on (Rule KPE-1). One SQL text serves both engines.
// It acts through the session of the transaction that made it and filters every query by
// partnership_id.
#pragma once

#include <Poco/Data/Session.h>

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

 private:
  void write_entries(const KeyPracticeEpisode& episode);
  Poco::Data::Session& session_;
};

}  // namespace casereview::store
