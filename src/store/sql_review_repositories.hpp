// The SQL repository of the review (app/ports/reviews.hpp). One SQL text serves both engines. It
// acts through the session of the transaction that made it and filters every query by
// partnership_id; the agencies in scope, pauses, monitoring checks and reviewers are rows of their
// own tables, reached only through a review of the partnership. A reviewer's affiliations are read
// and written by user.
#pragma once

#include <Poco/Data/Session.h>

#include "app/ports.hpp"

namespace casereview::store {

class SqlReviewRepository final : public ReviewRepository {
 public:
  explicit SqlReviewRepository(Poco::Data::Session& session) : session_(session) {}
  std::optional<ReviewRecord> add(const ReviewRecord& review) override;
  std::optional<ReviewRecord> find_for_case(Id partnership_id, Id case_id) override;
  std::vector<ReviewRecord> list(Id partnership_id) override;
  std::vector<ReviewRecord> list_for_reviewer(Id partnership_id, Id user_id, int limit,
                                              int offset) override;
  int count_for_reviewer(Id partnership_id, Id user_id) override;
  bool save_pauses(Id partnership_id, Id review_id,
                   const std::vector<ReviewPause>& pauses) override;
  bool set_stage(Id partnership_id, Id review_id, ReviewStage stage) override;
  std::optional<Id> add_monitoring_check(Id partnership_id, Id review_id,
                                         const MonitoringCheck& check) override;
  bool add_reviewer(Id partnership_id, Id review_id,
                    const ReviewerAppointment& appointment) override;
  std::vector<DeclaredAffiliation> affiliations(Id user_id) override;
  void replace_affiliations(Id user_id,
                            const std::vector<DeclaredAffiliation>& affiliations) override;

 private:
  // Reads the agencies in scope, the pauses, the monitoring checks and the reviewers of each
  // review.
  std::vector<ReviewRecord> complete(std::vector<ReviewRecord> reviews);
  // Whether the review is the partnership's.
  bool owns(Id partnership_id, Id review_id);
  Poco::Data::Session& session_;
};

}  // namespace casereview::store
