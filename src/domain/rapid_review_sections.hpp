// The rapid review record's sections, as its task list shows them (DOMAIN.md step 3): which of the
// record's fields each one asks for, and whether it is not yet started, in progress or completed.
// A section is completed only when the manager says so ("Have you completed this section?", the
// GOV.UK task list pattern) and nothing it asks for is missing; saving part of a section no longer
// makes it look done.
//
// Example:
//   RapidReviewSection section = *rapid_review_section_from_name("facts");
//   rapid_review_section_status(record, section);  // SectionStatus::in_progress
//
// Pure functions over plain values; safe from any thread.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "domain/case_model.hpp"
#include "domain/result.hpp"

namespace casereview {

// "facts", "immediate-action", … (the section's page address and its name in the API).
std::string_view rapid_review_section_name(RapidReviewSection section);
std::optional<RapidReviewSection> rapid_review_section_from_name(std::string_view name);

// The record's fields the section asks for, named as in rapid_review_record_gaps().
std::vector<std::string> rapid_review_section_fields(RapidReviewSection section);

// What the section still lacks (a subset of rapid_review_record_gaps(record)); empty when whole.
std::vector<FieldError> rapid_review_section_gaps(const RapidReviewRecord& record,
                                                  RapidReviewSection section);

enum class SectionStatus { not_started, in_progress, completed };

// Completed when the manager has said so and nothing is missing; not yet started while every field
// is empty; otherwise in progress.
SectionStatus rapid_review_section_status(const RapidReviewRecord& record,
                                          const std::set<RapidReviewSection>& completed,
                                          RapidReviewSection section);

// The sections with nothing missing: how a record saved before sections were marked as completed
// is read, so that its task list shows what it showed then.
std::set<RapidReviewSection> sections_without_gaps(const RapidReviewRecord& record);

// The answer to "Have you completed this section?" applied to `completed`: "yes" adds the section
// when nothing is missing (else invalid_input naming each missing field, worded as
// rapid_review_record_gaps words it), "no" removes it; anything else is invalid_input on
// "completed" ("Select whether you have completed this section").
Result<std::set<RapidReviewSection>> mark_section(const RapidReviewRecord& record,
                                                  std::set<RapidReviewSection> completed,
                                                  RapidReviewSection section,
                                                  std::string_view answer);

}  // namespace casereview
