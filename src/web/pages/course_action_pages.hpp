// The reviews and actions a course answers (issue 13, training as evidence): the actions that name
// the course, paged, with the reviews they come from; for its trainer, the form that links one of
// the partnership's open training actions and a button per action to unlink it. The course page
// links here for its trainers and the partnership's committee.
#pragma once

#include <string>

#include "domain/partnership.hpp"
#include "web/router.hpp"

namespace casereview::web {

// "/courses/{course_id}/actions"
std::string course_actions_path(Id course_id);

void add_course_action_routes(Router& router);

}  // namespace casereview::web
