// Storage interface of the review (app/reviews/*, DOMAIN.md step 5): the commissioned review of a
// case with its agencies in scope and its pauses (Rule REV-1, Rule REV-2).
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
  // The case's review, with its scope period, agencies in scope and pauses (oldest first); nullopt
  // when the case has none or is another partnership's.
  virtual std::optional<ReviewRecord> find_for_case(Id partnership_id, Id case_id) = 0;
  // Every review of the partnership, complete as find_for_case, oldest commissioned first.
  virtual std::vector<ReviewRecord> list(Id partnership_id) = 0;
  // Rule REV-2: replaces the review's pauses with `pauses` (the history as the domain returns it:
  // every earlier pause as it was, the newest added or ended). False (nothing saved) when the
  // review is not the partnership's.
  virtual bool save_pauses(Id partnership_id, Id review_id,
                           const std::vector<ReviewPause>& pauses) = 0;
  // Moves the review to `stage`; false when the review is not the partnership's.
  virtual bool set_stage(Id partnership_id, Id review_id, ReviewStage stage) = 0;
};

}  // namespace casereview
