// GOV.UK task list: the tasks a user has to complete, each with its status ("Completed", or a
// coloured tag such as "Incomplete"), and a link to the task while it can be done. Mirrors
// govuk-frontend's govukTaskList macro.
//
// Example:
//   Html tasks = task_list({.items = {
//       {.title = {.text = "Terms of reference"}, .status = {.text = "Completed"}, .href =
//       "/reviews/7/terms"},
//       {.title = {.text = "Chronology"},
//        .status = {.tag = TagOptions{.text = "Incomplete", .classes = "govuk-tag--blue"}},
//        .href = "/reviews/7/chronology"}}});
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "web/components/markup.hpp"
#include "web/components/tag.hpp"
#include "web/html.hpp"

namespace casereview::web::govuk {

struct TaskListItemTitle {
  std::string text;  // escaped; ignored when html is set
  Html html;
  std::string classes;  // on the link, or on the <div> around the title of a task without a link
};

struct TaskListItemHint {
  std::string text;  // escaped; ignored when html is set
  Html html;
};

struct TaskListItemStatus {
  std::optional<TagOptions> tag;  // set: the status is this tag, and text and html are unused
  std::string text;               // escaped; ignored when html is set
  Html html;
  std::string classes;  // for example "govuk-task-list__status--cannot-start-yet"
};

struct TaskListItem {
  TaskListItemTitle title;
  std::optional<TaskListItemHint> hint;  // id "<id prefix>-<position>-hint"
  TaskListItemStatus status;             // id "<id prefix>-<position>-status"
  std::string href;  // empty: the title is not a link (the task cannot be done yet)
  std::string classes;
};

struct TaskListOptions {
  std::vector<TaskListItem> items;  // positions count from 1
  std::string classes;
  Attributes attributes;
  std::string id_prefix;  // "task-list" when empty
};

// Never fails.
Html task_list(const TaskListOptions& options);

}  // namespace casereview::web::govuk
