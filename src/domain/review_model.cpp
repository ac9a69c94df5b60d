// The commissioned review's values: stage names and words, and the methodology in words.
#include "domain/review_model.hpp"

#include <cassert>

#include "domain/enum_names.hpp"

namespace casereview {

std::string_view review_stage_name(ReviewStage stage) {
  switch (stage) {
    case ReviewStage::commissioned:
      return "commissioned";
    case ReviewStage::chronologies_requested:
      return "chronologies_requested";
  }
  assert(false && "not a ReviewStage");
  return "";
}

std::string_view review_stage_text(ReviewStage stage) {
  switch (stage) {
    case ReviewStage::commissioned:
      return "Commissioned";
    case ReviewStage::chronologies_requested:
      return "Chronologies requested";
  }
  assert(false && "not a ReviewStage");
  return "";
}

std::optional<ReviewStage> review_stage_from_name(std::string_view name) {
  return enum_from_name(all_review_stages, review_stage_name, name);
}

bool calls_for_review(ReviewOutcome outcome) {
  switch (outcome) {
    case ReviewOutcome::no_review:
      return false;
    case ReviewOutcome::learning_review:
    case ReviewOutcome::local_cspr:
    case ReviewOutcome::national_review:
      return true;
  }
  return false;
}

std::string ReviewRecord::methodology_text() const {
  return methodology == other_methodology ? methodology_other : methodology;
}

}  // namespace casereview
