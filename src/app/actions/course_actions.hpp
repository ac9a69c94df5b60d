// The actions a course answers (issue 13, training as evidence): a training action names courses
// when it is made (create_actions); the course's page lists the actions that name it, and the
// reviews they come from, and its trainer links more of the partnership's open training actions or
// unlinks one. The action's page then counts the course's bookings, attendance and certificates
// as its evidence (TrainingEvidence).
//
// Who may do what (checked here, on every call):
//   read the list           Permission::manage_training (trainers, business managers) or
//                           Permission::oversee_actions (managers, committee members)
//   link and unlink         Permission::manage_training
// Another partnership's course or action is not_found.
#pragma once

#include <string>
#include <vector>

#include "app/context.hpp"
#include "app/ports/actions.hpp"

namespace casereview {

// How many linked actions a page lists, and how many open training actions the form offers
// (soonest due first).
inline constexpr int course_actions_page_size = 20;
inline constexpr int course_action_choices = 100;

struct CourseActions {
  Id course_id = 0;
  std::string course_title;
  std::vector<ActionListing> actions;  // naming the course, soonest due first, page `page`
  int page = 1;
  int page_count = 1;
  int total = 0;
  std::vector<std::string> case_references;  // of the reviews the page's actions come from
  bool may_link = false;                     // the caller may link and unlink
  std::vector<ActionListing> choices;        // open training actions not naming it yet
};

// One page of the actions naming the course, with what the trainer may link. forbidden and
// not_found as above.
Result<CourseActions> list_course_actions(AppContext& context, const Caller& caller, Id course_id,
                                          int page);

// The action names the course from now on. invalid_input on "action_id" for an action that is
// not of the kind training for staff, or is closed; forbidden and not_found as above. Linking one
// already linked changes nothing.
Status link_course_action(AppContext& context, const Caller& caller, Id course_id, Id action_id);

// The action no longer names the course; not_found when it did not (or is not the partnership's).
Status unlink_course_action(AppContext& context, const Caller& caller, Id course_id, Id action_id);

}  // namespace casereview
