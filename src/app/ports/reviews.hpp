// Storage interface of the review (app/reviews/*, DOMAIN.md step 5): the commissioned review of a
// case with its agencies in scope and its pauses (Rule REV-1, Rule REV-2), its monitoring checks
// (Rule REV-3) and its appointed reviewers (Rule REV-4); and the affiliations each reviewer
// declares (Rule REV-4), which belong to the reviewer's account.
//
// Scoping: every method takes the partnership and never reads or changes another partnership's
// review. A case has at most one review (reviews.case_id is unique), so commissioning twice at
// once adds one and tells the other.
#pragma once

#include <optional>
#include <vector>

#include "domain/review_model.hpp"

namespace casereview {

class ReviewRepository {
 public:
  virtual ~ReviewRepository() = default;
  // Adds the review (review.id and pauses ignored) with its agencies in scope, in their order;
  // returns it as stored, or nullopt (nothing added) when the case has a review already.
  virtual std::optional<ReviewRecord> add(const ReviewRecord& review) = 0;
  // The case's review, with its scope period, agencies in scope, pauses and monitoring checks
  // (oldest first) and its reviewers; nullopt
  // when the case has none or is another partnership's.
  virtual std::optional<ReviewRecord> find_for_case(Id partnership_id, Id case_id) = 0;
  // Every review of the partnership, complete as find_for_case, oldest commissioned first.
  virtual std::vector<ReviewRecord> list(Id partnership_id) = 0;
  // Rule NTK-2 (need to know): a page of the partnership's reviews `user_id` is appointed to (in
  // any role), complete as find_for_case, oldest commissioned first: at most `limit` from the
  // `offset`th.
  virtual std::vector<ReviewRecord> list_for_reviewer(Id partnership_id, Id user_id, int limit,
                                                      int offset) = 0;
  // How many of the partnership's reviews `user_id` is appointed to.
  virtual int count_for_reviewer(Id partnership_id, Id user_id) = 0;
  // Rule REV-2: replaces the review's pauses with `pauses` (the history as the domain returns it:
  // every earlier pause as it was, the newest added or ended). False (nothing saved) when the
  // review is not the partnership's.
  virtual bool save_pauses(Id partnership_id, Id review_id,
                           const std::vector<ReviewPause>& pauses) = 0;
  // Moves the review to `stage`; false when the review is not the partnership's.
  virtual bool set_stage(Id partnership_id, Id review_id, ReviewStage stage) = 0;
  // Rule REV-3: adds a monitoring check (check.id ignored) and returns its id; nullopt (nothing
  // added) when the review is not the partnership's.
  virtual std::optional<Id> add_monitoring_check(Id partnership_id, Id review_id,
                                                 const MonitoringCheck& check) = 0;
  // Rule REV-4: appoints a reviewer; false (nothing added) when the review is not the
  // partnership's or already has a reviewer in that role.
  virtual bool add_reviewer(Id partnership_id, Id review_id,
                            const ReviewerAppointment& appointment) = 0;
  // Rule REV-4: the affiliations the user declared, earliest start first (empty when none).
  virtual std::vector<DeclaredAffiliation> affiliations(Id user_id) = 0;
  // Rule REV-4: replaces the user's declared affiliations with `affiliations`, in their order.
  virtual void replace_affiliations(Id user_id,
                                    const std::vector<DeclaredAffiliation>& affiliations) = 0;
};

}  // namespace casereview
