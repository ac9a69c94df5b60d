// Training courses: trainers and business managers write them as drafts and publish them; anyone
// may read a published course and its sessions.
//
// Decision: published courses and their sessions are public (no sign-in), like the partnership's
// own training page, so a practitioner can read the course before registering. Drafts are seen
// only by the partnership's trainers and managers (not_found for everyone else). A published
// course is listed across partnerships (a practitioner registers without one); each carries its
// partnership's name.
//
// Every change is audited (entity "course"). Permission: manage_training for changes.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/context.hpp"
#include "domain/training_course.hpp"

namespace casereview {

// What the course form and the API send. Text as typed; the use case validates it.
struct CourseInput {
  std::string title;
  std::string summary;
  std::string audience;
  std::string learning_objectives;  // Markdown
  std::string wellbeing_note;
  std::string pre_reading;  // Markdown
  std::string body;         // Markdown
  EvaluationRequirement evaluation = EvaluationRequirement::optional;
  std::vector<Id> linked_review_ids;
};

// A course in a list.
struct CourseSummary {
  Id id = 0;
  std::string title;
  std::string summary;
  CourseStatus status = CourseStatus::draft;
  std::string partnership_name;
  int upcoming_sessions = 0;  // scheduled sessions today or later
};

// Creates a draft course in the caller's partnership. forbidden without manage_training;
// invalid_input naming each bad field (nothing is written).
Result<Course> create_course(AppContext& context, const Caller& caller, const CourseInput& input);

// Replaces the course's text and settings. not_found when the course is not the caller's
// partnership's; invalid_input as create_course.
Result<Course> edit_course(AppContext& context, const Caller& caller, Id course_id,
                           const CourseInput& input);

// Publishes (status published) or withdraws to draft (status draft). Withdrawing keeps its sessions
// and bookings; a draft course simply stops being listed. not_found as edit_course.
Result<Course> set_course_status(AppContext& context, const Caller& caller, Id course_id,
                                 CourseStatus status);

// Published courses of every partnership for the public and learners; for a trainer or manager,
// their own partnership's drafts as well. Titles in alphabetical order.
Result<std::vector<CourseSummary>> list_courses(AppContext& context, const Caller& caller);

// One course as its page shows it. not_found for a draft unless the caller manages its
// partnership's training.
struct CourseView {
  Course course;
  std::string partnership_name;
  bool can_manage = false;  // the caller may edit it and its sessions
};
Result<CourseView> view_course(AppContext& context, const Caller& caller, Id course_id);

}  // namespace casereview
