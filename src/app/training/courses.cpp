#include "app/training/courses.hpp"

#include <algorithm>

#include "app/audit.hpp"
#include "app/training/training_support.hpp"
#include "domain/uk_time.hpp"

namespace casereview {

using training::manages;
using training::require_training_manager;

namespace {

Course course_from(const CourseInput& input) {
  Course course;
  course.title = input.title;
  course.summary = input.summary;
  course.audience = input.audience;
  course.learning_objectives = input.learning_objectives;
  course.wellbeing_note = input.wellbeing_note;
  course.pre_reading = input.pre_reading;
  course.body_markdown = input.body;
  course.evaluation = input.evaluation;
  course.linked_review_ids = input.linked_review_ids;
  std::sort(course.linked_review_ids.begin(), course.linked_review_ids.end());
  course.linked_review_ids.erase(
      std::unique(course.linked_review_ids.begin(), course.linked_review_ids.end()),
      course.linked_review_ids.end());
  return course;
}

std::string partnership_name(Transaction& transaction, Id partnership_id) {
  auto partnership = transaction.partnerships().find(partnership_id);
  return partnership ? partnership->name : "";
}

}  // namespace

Result<Course> create_course(AppContext& context, const Caller& caller, const CourseInput& input) {
  const Id partnership_id = TRY(require_training_manager(caller));
  Course course = course_from(input);
  course.partnership_id = partnership_id;
  TRY(check_course(course));
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<Course> {
        const Course created = transaction.courses().create(course, now);
        record_audit(transaction, caller, now,
                     {audit_action::create, audit_entity::course, std::to_string(created.id),
                      audit_outcome::success, created.title});
        return created;
      });
}

Result<Course> edit_course(AppContext& context, const Caller& caller, Id course_id,
                           const CourseInput& input) {
  const Id partnership_id = TRY(require_training_manager(caller));
  Course course = course_from(input);
  course.partnership_id = partnership_id;
  course.id = course_id;
  TRY(check_course(course));
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<Course> {
        if (!transaction.courses().update(course, now))
          return Error::of(ErrorCode::not_found, "No such course");
        const Course updated = *transaction.courses().find(partnership_id, course_id);
        record_audit(transaction, caller, now,
                     {audit_action::update, audit_entity::course, std::to_string(updated.id),
                      audit_outcome::success, updated.title});
        return updated;
      });
}

Result<Course> set_course_status(AppContext& context, const Caller& caller, Id course_id,
                                 CourseStatus status) {
  const Id partnership_id = TRY(require_training_manager(caller));
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<Course> {
        if (!transaction.courses().set_status(partnership_id, course_id, status, now)) {
          return Error::of(ErrorCode::not_found, "No such course");
        }
        const Course course = *transaction.courses().find(partnership_id, course_id);
        record_audit(
            transaction, caller, now,
            {status == CourseStatus::published ? audit_action::publish : audit_action::unpublish,
             audit_entity::course, std::to_string(course_id)});
        return course;
      });
}

Result<std::vector<CourseSummary>> list_courses(AppContext& context, const Caller& caller) {
  const Instant now = context.clock.now();
  const CivilDate today = uk_date(now);
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<std::vector<CourseSummary>> {
        std::vector<CourseSummary> summaries;
        std::vector<Course> courses = transaction.courses().list_published();
        if (caller.actor && caller.actor->partnership_id &&
            manages(caller, *caller.actor->partnership_id)) {
          for (Course& own : transaction.courses().list(*caller.actor->partnership_id)) {
            if (own.status == CourseStatus::draft) courses.push_back(std::move(own));
          }
        }
        std::sort(courses.begin(), courses.end(), [](const Course& left, const Course& right) {
          return std::tie(left.title, left.id) < std::tie(right.title, right.id);
        });
        for (const Course& course : courses) {
          CourseSummary summary{course.id,
                                course.title,
                                course.summary,
                                course.status,
                                partnership_name(transaction, course.partnership_id),
                                0};
          for (const TrainingSession& session :
               transaction.training_sessions().list_for_course(course.partnership_id, course.id)) {
            if (session.status == SessionStatus::scheduled && session.date >= today)
              ++summary.upcoming_sessions;
          }
          summaries.push_back(std::move(summary));
        }
        return summaries;
      });
}

Result<CourseView> view_course(AppContext& context, const Caller& caller, Id course_id) {
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<CourseView> {
        CourseView view;
        view.course = TRY(training::visible_course(transaction, caller, course_id));
        view.partnership_name = partnership_name(transaction, view.course.partnership_id);
        view.can_manage = manages(caller, view.course.partnership_id);
        return view;
      });
}

}  // namespace casereview
