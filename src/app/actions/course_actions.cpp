// The actions a course answers: see course_actions.hpp. Each use case checks its caller, then works
// in one transaction (with its audit entry when it writes).
#include "app/actions/course_actions.hpp"

#include <set>

#include "app/actions/action_support.hpp"
#include "app/audit.hpp"
#include "app/caller_checks.hpp"
#include "domain/paging.hpp"
#include "domain/policy.hpp"
#include "domain/uk_time.hpp"

namespace casereview {

namespace {

Result<Course> course_of_partnership(Transaction& transaction, Id partnership_id, Id course_id) {
  auto found = transaction.courses().find(partnership_id, course_id);
  if (!found) return Error::of(ErrorCode::not_found, "No such course");
  return *found;
}

Result<ActionListing> action_of_partnership(Transaction& transaction, Id partnership_id,
                                            Id action_id) {
  auto found = transaction.actions().find(partnership_id, action_id);
  if (!found) return Error::of(ErrorCode::not_found, "No such action");
  return *found;
}

Result<RagCutoffs> cutoffs_today(AppContext& context, Transaction& transaction, Id partnership_id) {
  const auto numbers = TRY(action_support::action_numbers(transaction, partnership_id));
  return action_support::cutoffs_on(transaction, partnership_id, uk_date(context.clock.now()),
                                    numbers.thresholds);
}

}  // namespace

Result<CourseActions> list_course_actions(AppContext& context, const Caller& caller, Id course_id,
                                          int page) {
  TRY(require_any_permission(caller, {Permission::manage_training, Permission::oversee_actions}));
  const Id partnership_id = TRY(caller_partnership(caller));
  const bool may_link = permits(caller.actor, false, Permission::manage_training);
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<CourseActions> {
        const Course course = TRY(course_of_partnership(transaction, partnership_id, course_id));
        const RagCutoffs cutoffs = TRY(cutoffs_today(context, transaction, partnership_id));
        CourseActions listed;
        listed.course_id = course_id;
        listed.course_title = course.title;
        listed.may_link = may_link;
        ActionFilter naming;
        naming.course_id = course_id;
        auto& actions = transaction.actions();
        listed.total = actions.count(partnership_id, naming, cutoffs);
        const PageWindow window = page_window(page, listed.total, course_actions_page_size);
        listed.page = window.page;
        listed.page_count = window.page_count;
        listed.actions =
            actions.list(partnership_id, naming, cutoffs, course_actions_page_size, window.offset);
        std::set<std::string> seen;
        for (const ActionListing& listing : listed.actions)
          if (seen.insert(listing.case_reference).second)
            listed.case_references.push_back(listing.case_reference);
        if (may_link) {
          ActionFilter open_training;
          open_training.kind = ActionKind::training;
          open_training.open_and_not_naming_course_id = course_id;
          listed.choices =
              actions.list(partnership_id, open_training, cutoffs, course_action_choices, 0);
        }
        return listed;
      });
}

Status link_course_action(AppContext& context, const Caller& caller, Id course_id, Id action_id) {
  TRY(require_permission(caller, Permission::manage_training));
  const Id partnership_id = TRY(caller_partnership(caller));
  const Instant now = context.clock.now();
  return context.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
    const Course course = TRY(course_of_partnership(transaction, partnership_id, course_id));
    const ActionListing listing =
        TRY(action_of_partnership(transaction, partnership_id, action_id));
    if (listing.action.kind != ActionKind::training)
      return Error::invalid({{"action_id",
                              "Choose an action of the kind training for staff: only those count a "
                              "course's training as their evidence"}});
    if (listing.action.status == ActionStatus::closed)
      return Error::invalid({{"action_id", "Choose an action that is still open"}});
    transaction.actions().link_courses(partnership_id, action_id, {course_id});
    record_audit(transaction, caller, now,
                 {audit_action::link_course, audit_entity::action, std::to_string(action_id),
                  audit_outcome::success, "Course " + std::to_string(course.id), partnership_id});
    return ok_status();
  });
}

Status unlink_course_action(AppContext& context, const Caller& caller, Id course_id, Id action_id) {
  TRY(require_permission(caller, Permission::manage_training));
  const Id partnership_id = TRY(caller_partnership(caller));
  const Instant now = context.clock.now();
  return context.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
    TRY(course_of_partnership(transaction, partnership_id, course_id));
    if (!transaction.actions().unlink_course(partnership_id, action_id, course_id))
      return Error::of(ErrorCode::not_found, "That action does not name this course");
    record_audit(transaction, caller, now,
                 {audit_action::unlink_course, audit_entity::action, std::to_string(action_id),
                  audit_outcome::success, "Course " + std::to_string(course_id), partnership_id});
    return ok_status();
  });
}

}  // namespace casereview
