#include "domain/rapid_review_sections.hpp"

#include <algorithm>

#include "domain/enum_names.hpp"

namespace casereview {

std::string_view rapid_review_section_name(RapidReviewSection section) {
  switch (section) {
    case RapidReviewSection::facts:
      return "facts";
    case RapidReviewSection::immediate_action:
      return "immediate-action";
    case RapidReviewSection::key_practice_episodes:
      return "key-practice-episodes";
    case RapidReviewSection::improvements:
      return "improvements";
    case RapidReviewSection::equality:
      return "equality";
    case RapidReviewSection::criteria:
      return "criteria";
    case RapidReviewSection::recommendation:
      return "recommendation";
  }
  return "";
}

std::optional<RapidReviewSection> rapid_review_section_from_name(std::string_view name) {
  return enum_from_name(all_rapid_review_sections, rapid_review_section_name, name);
}

std::vector<std::string> rapid_review_section_fields(RapidReviewSection section) {
  switch (section) {
    case RapidReviewSection::facts:
      return {"facts_established"};
    case RapidReviewSection::immediate_action:
      return {"immediate_action"};
    case RapidReviewSection::key_practice_episodes:
      return {"key_practice_episodes"};
    case RapidReviewSection::improvements:
      return {"what_could_be_improved"};
    case RapidReviewSection::equality:
      return {"equality_considerations"};
    case RapidReviewSection::criteria: {
      std::vector<std::string> fields;
      for (Criterion criterion : all_criteria) {
        fields.emplace_back(criterion_name(criterion));
        fields.push_back(std::string(criterion_name(criterion)) + "_rationale");
      }
      return fields;
    }
    case RapidReviewSection::recommendation:
      return {"recommendation", "recommendation_rationale"};
  }
  return {};
}

std::vector<FieldError> rapid_review_section_gaps(const RapidReviewRecord& record,
                                                  RapidReviewSection section) {
  const std::vector<std::string> fields = rapid_review_section_fields(section);
  std::vector<FieldError> gaps;
  for (const FieldError& gap : rapid_review_record_gaps(record)) {
    if (std::find(fields.begin(), fields.end(), gap.field) != fields.end()) gaps.push_back(gap);
  }
  return gaps;
}

namespace {

bool started(const RapidReviewRecord& record, RapidReviewSection section) {
  switch (section) {
    case RapidReviewSection::facts:
      return !record.facts_established.empty();
    case RapidReviewSection::immediate_action:
      return !record.immediate_action.empty();
    case RapidReviewSection::key_practice_episodes:
      return !record.key_practice_episodes.empty();
    case RapidReviewSection::improvements:
      return !record.what_could_be_improved.empty();
    case RapidReviewSection::equality:
      return !record.equality_considerations.empty();
    case RapidReviewSection::criteria:
      return std::any_of(record.criteria.begin(), record.criteria.end(),
                         [](const CriterionAnswer& answer) {
                           return answer.met.has_value() || !answer.rationale.empty();
                         });
    case RapidReviewSection::recommendation:
      return record.recommendation.has_value() || !record.recommendation_rationale.empty();
  }
  return false;
}

}  // namespace

SectionStatus rapid_review_section_status(const RapidReviewRecord& record,
                                          const std::set<RapidReviewSection>& completed,
                                          RapidReviewSection section) {
  if (completed.contains(section) && rapid_review_section_gaps(record, section).empty())
    return SectionStatus::completed;
  return started(record, section) ? SectionStatus::in_progress : SectionStatus::not_started;
}

std::set<RapidReviewSection> sections_without_gaps(const RapidReviewRecord& record) {
  std::set<RapidReviewSection> whole;
  for (RapidReviewSection section : all_rapid_review_sections) {
    if (rapid_review_section_gaps(record, section).empty()) whole.insert(section);
  }
  return whole;
}

Result<std::set<RapidReviewSection>> mark_section(const RapidReviewRecord& record,
                                                  std::set<RapidReviewSection> completed,
                                                  RapidReviewSection section,
                                                  std::string_view answer) {
  if (answer == "yes") {
    // The task list pattern: saying "yes" with questions unanswered is an error on each of them.
    std::vector<FieldError> gaps = rapid_review_section_gaps(record, section);
    if (!gaps.empty()) return Error::invalid(gaps);
    completed.insert(section);
    return completed;
  }
  if (answer == "no") {
    completed.erase(section);
    return completed;
  }
  return Error::invalid({{"completed", "Select whether you have completed this section"}});
}

}  // namespace casereview
