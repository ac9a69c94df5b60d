// Training courses (DOMAIN.md step 9): what a partnership teaches practitioners about the learning
// of its reviews. A course is written by a trainer or business manager, kept as a draft until it
// is published, and may be linked to published reviews whose learning it teaches (the links are
// stored now and become live when the learning library exists). Plain values and the checks on
// them; no I/O.
//
// Example:
//   Course course;
//   course.title = "Case reviews";
//   Status checked = check_course(course);  // invalid_input naming each bad field, or ok
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/instant.hpp"
#include "domain/partnership.hpp"
#include "domain/result.hpp"

namespace casereview {

enum class CourseStatus { draft, published };
std::string course_status_name(CourseStatus status);  // "draft", "published"
std::optional<CourseStatus> course_status_from_name(const std::string& name);

// Whether a learner must complete the evaluation form before their certificate is issued.
enum class EvaluationRequirement { optional, required_before_certificate };

struct Course {
  Id id = 0;
  Id partnership_id = 0;
  std::string title;                // "Case reviews"
  std::string summary;              // one or two sentences for lists
  std::string audience;             // who it is for
  std::string learning_objectives;  // Markdown; usually a list
  std::string wellbeing_note;       // the subject can be distressing: what support there is
  std::string pre_reading;          // Markdown: what to read before attending
  std::string body_markdown;        // the course page, Markdown rendered in safe mode
  CourseStatus status = CourseStatus::draft;
  EvaluationRequirement evaluation = EvaluationRequirement::optional;
  std::vector<Id> linked_review_ids;  // published reviews whose learning it teaches
  Instant created_at{};
  Instant updated_at{};
};

// Limits on course text, in characters.
inline constexpr std::size_t course_title_limit = 120;
inline constexpr std::size_t course_summary_limit = 500;
inline constexpr std::size_t course_text_limit = 5000;  // audience, objectives, well-being, reading
inline constexpr std::size_t course_body_limit = 100000;  // the Markdown body

// Checks what a person wrote: title and summary present; each field within its limit. Returns
// invalid_input with one entry per bad field ("title", "summary", "audience",
// "learning_objectives", "wellbeing_note", "pre_reading", "body"), worded for the form.
Status check_course(const Course& course);

}  // namespace casereview
