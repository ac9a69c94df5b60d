// Tests for the task list component against govuk-frontend's fixtures.
#include "web/components/task_list.hpp"

#include <gtest/gtest.h>

#include "components/fixture_support.hpp"
#include "support/html_dom.hpp"

namespace casereview::test::components {
namespace {

using namespace casereview::web::govuk;

TaskListItem task_list_item_from(const JsonObject& json) {
  JsonObject title = object_option(json, "title");
  JsonObject hint = object_option(json, "hint");
  JsonObject status = object_option(json, "status");
  JsonObject status_tag = object_option(status, "tag");
  TaskListItem item{.title = {.text = string_option(title, "text"),
                              .html = html_option(title, "html"),
                              .classes = string_option(title, "classes")},
                    .hint = std::nullopt,
                    .status = {.tag = std::nullopt,
                               .text = string_option(status, "text"),
                               .html = html_option(status, "html"),
                               .classes = string_option(status, "classes")},
                    .href = string_option(json, "href"),
                    .classes = string_option(json, "classes")};
  if (!hint.isNull())
    item.hint =
        TaskListItemHint{.text = string_option(hint, "text"), .html = html_option(hint, "html")};
  if (!status_tag.isNull()) {
    item.status.tag = TagOptions{.text = string_option(status_tag, "text"),
                                 .html = html_option(status_tag, "html"),
                                 .classes = string_option(status_tag, "classes"),
                                 .attributes = attributes_option(status_tag, "attributes")};
  }
  return item;
}

TaskListOptions task_list_options_from(const JsonObject& json) {
  TaskListOptions options{.items = {},
                          .classes = string_option(json, "classes"),
                          .attributes = attributes_option(json, "attributes"),
                          .id_prefix = string_option(json, "idPrefix")};
  for (const JsonObject& item : objects_in(array_option(json, "items"))) {
    options.items.push_back(task_list_item_from(item));
  }
  return options;
}

TEST(TaskListComponent, RendersEveryGovukFrontendFixture) {
  expect_all_fixtures_render(
      "task-list", [](const JsonObject& json) { return task_list(task_list_options_from(json)); },
      {{"with empty values",
        "a C++ item list has no null/false/\"\" placeholders that still use up a position in the "
        "generated ids"}});
}

TEST(TaskListComponent, LinksOnlyTasksWithAnHrefAndDescribesThemByHintAndStatus) {
  html::Document document = html::Document::parse(
      task_list({.items = {{.title = {.text = "Terms of reference"},
                            .hint = TaskListItemHint{.text = "Agreed with the partners"},
                            .status = {.text = "Completed"},
                            .href = "/reviews/7/terms"},
                           {.title = {.text = "Report"}, .status = {.text = "Cannot start yet"}}}})
          .str());
  EXPECT_TRUE(document.errors().empty());
  ASSERT_EQ(document.select("a").size(), 1u);
  EXPECT_EQ(document.select_one("a")->attribute("aria-describedby"),
            "task-list-1-hint task-list-1-status");
  EXPECT_EQ(document.select_one("#task-list-2-status")->normalised_text(), "Cannot start yet");
}

TEST(TaskListComponent, EscapesTitleHintStatusAndHref) {
  html::Document document = html::Document::parse(
      task_list({.items = {{.title = {.text = "<script>t</script>"},
                            .hint = TaskListItemHint{.text = "<script>h</script>"},
                            .status = {.text = "<script>s</script>"},
                            .href = "\"><script>u</script>"},
                           {.title = {.text = "<script>t2</script>"},
                            .status = {.tag = TagOptions{.text = "<script>g</script>"}}}},
                 .id_prefix = "\"><script>i</script>"})
          .str());
  EXPECT_TRUE(document.errors().empty());
  EXPECT_TRUE(document.select("script").empty());
  const html::Node* link = document.select_one("a");
  ASSERT_NE(link, nullptr);
  EXPECT_EQ(link->attribute("href"), "\"><script>u</script>");
  EXPECT_EQ(link->normalised_text(), "<script>t</script>");
  EXPECT_EQ(document.select_one(".govuk-task-list__hint")->normalised_text(), "<script>h</script>");
  EXPECT_EQ(document.select_one(".govuk-tag")->normalised_text(), "<script>g</script>");
  EXPECT_EQ(document.select(".govuk-task-list__status")[0]->attribute("id"),
            "\"><script>i</script>-1-status");
}

}  // namespace
}  // namespace casereview::test::components
