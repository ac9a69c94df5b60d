#include "domain/training_course.hpp"

#include <array>

#include "domain/enum_names.hpp"
#include "domain/messages.hpp"

namespace casereview {

std::string course_status_name(CourseStatus status) {
  switch (status) {
    case CourseStatus::draft:
      return "draft";
    case CourseStatus::published:
      return "published";
  }
  return "draft";
}

std::optional<CourseStatus> course_status_from_name(const std::string& name) {
  return enum_from_name(std::array{CourseStatus::draft, CourseStatus::published},
                        course_status_name, name);
}

namespace {

void check_length(std::vector<FieldError>& problems, const std::string& field,
                  const std::string& what, const std::string& text, std::size_t limit) {
  if (text.size() > limit) {
    problems.push_back({field, too_long(what, limit)});
  }
}

}  // namespace

Status check_course(const Course& course) {
  std::vector<FieldError> problems;
  if (course.title.empty()) problems.push_back({"title", enter("the course title")});
  check_length(problems, "title", "The title", course.title, course_title_limit);
  if (course.summary.empty()) problems.push_back({"summary", enter("a summary of the course")});
  check_length(problems, "summary", "The summary", course.summary, course_summary_limit);
  check_length(problems, "audience", "Who the course is for", course.audience, course_text_limit);
  check_length(problems, "learning_objectives", "The learning objectives",
               course.learning_objectives, course_text_limit);
  check_length(problems, "wellbeing_note", "The well-being note", course.wellbeing_note,
               course_text_limit);
  check_length(problems, "pre_reading", "The reading before the course", course.pre_reading,
               course_text_limit);
  check_length(problems, "body", "The course page", course.body_markdown, course_body_limit);
  if (!problems.empty()) return Error::invalid(problems);
  return ok_status();
}

}  // namespace casereview
