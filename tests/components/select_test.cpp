// Tests for the select component against govuk-frontend's fixtures.
#include "web/components/select.hpp"

#include <gtest/gtest.h>

#include "components/field_options.hpp"
#include "components/fixture_support.hpp"
#include "support/html_dom.hpp"

namespace casereview::test::components {
namespace {

using namespace casereview::web::govuk;

SelectOptions select_options_from(const JsonObject& json) {
  SelectOptions options{.id = string_option(json, "id"),
                        .name = string_option(json, "name"),
                        .items = {},
                        .value = string_option(json, "value"),
                        .disabled = bool_option(json, "disabled"),
                        .described_by = string_option(json, "describedBy"),
                        .label = label_options_from(object_option(json, "label")),
                        .hint = optional_hint_from(json, "hint"),
                        .error_message = optional_error_message_from(json, "errorMessage"),
                        .form_group = form_group_options_from(object_option(json, "formGroup")),
                        .classes = string_option(json, "classes"),
                        .attributes = attributes_option(json, "attributes")};
  for (const JsonObject& item : objects_in(array_option(json, "items"))) {
    SelectItem select_item{.value = std::nullopt,
                           .text = string_option(item, "text"),
                           .selected = std::nullopt,
                           .disabled = bool_option(item, "disabled"),
                           .attributes = attributes_option(item, "attributes")};
    if (has_option(item, "value")) select_item.value = string_option(item, "value");
    // Nunjucks treats `selected: false` like an unset option, except that it stops the match.
    if (bool_option(item, "selected")) {
      select_item.selected = true;
    } else if (has_option(item, "selected")) {
      select_item.selected = false;
    }
    options.items.push_back(std::move(select_item));
  }
  return options;
}

TEST(SelectComponent, RendersEveryGovukFrontendFixture) {
  expect_all_fixtures_render(
      "select", [](const JsonObject& json) { return select(select_options_from(json)); });
}

TEST(SelectComponent, EscapesItemTextAndValues) {
  html::Document document = html::Document::parse(
      select({.name = "agency",
              .items = {{.value = "\"><script>v</script>", .text = "<script>t</script>"}},
              .value = "\"><script>v</script>",
              .label = {.text = "Agency"}})
          .str());
  EXPECT_TRUE(document.errors().empty());
  EXPECT_TRUE(document.select("script").empty());
  const html::Node* option = document.select_one("option[selected]");
  ASSERT_NE(option, nullptr);
  EXPECT_EQ(option->attribute("value"), "\"><script>v</script>");
  EXPECT_EQ(option->normalised_text(), "<script>t</script>");
}

}  // namespace
}  // namespace casereview::test::components
