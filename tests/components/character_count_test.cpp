// Tests for the character count component against govuk-frontend's fixtures.
#include "web/components/character_count.hpp"

#include <gtest/gtest.h>

#include "components/field_options.hpp"
#include "components/fixture_support.hpp"
#include "support/html_dom.hpp"

namespace casereview::test::components {
namespace {

using namespace casereview::web::govuk;

CharacterCountOptions character_count_options_from(const JsonObject& json) {
  return {
      .id = string_option(json, "id"),
      .name = string_option(json, "name"),
      .rows = int_option(json, "rows", 5),
      .value = string_option(json, "value"),
      .maxlength = int_option(json, "maxlength", 0),
      .maxwords = int_option(json, "maxwords", 0),
      .threshold = int_option(json, "threshold", 0),
      .count_type = string_option(json, "countType"),
      .label = label_options_from(object_option(json, "label")),
      .hint = optional_hint_from(json, "hint"),
      .error_message = optional_error_message_from(json, "errorMessage"),
      .form_group = form_group_options_from(object_option(json, "formGroup")),
      .classes = string_option(json, "classes"),
      .attributes = attributes_option(json, "attributes"),
      .spellcheck = optional_bool_option(json, "spellcheck"),
      .count_message = {.classes = string_option(object_option(json, "countMessage"), "classes")},
      .textarea_description_text = string_option(json, "textareaDescriptionText"),
      .characters_under_limit_text = plural_messages_from(json, "charactersUnderLimitText"),
      .characters_at_limit_text = string_option(json, "charactersAtLimitText"),
      .characters_over_limit_text = plural_messages_from(json, "charactersOverLimitText"),
      .words_under_limit_text = plural_messages_from(json, "wordsUnderLimitText"),
      .words_at_limit_text = string_option(json, "wordsAtLimitText"),
      .words_over_limit_text = plural_messages_from(json, "wordsOverLimitText")};
}

TEST(CharacterCountComponent, RendersEveryGovukFrontendFixture) {
  expect_all_fixtures_render("character-count", [](const JsonObject& json) {
    return character_count(character_count_options_from(json));
  });
}

TEST(CharacterCountComponent, StatesTheLimitAndLinksTheMessageToTheTextarea) {
  html::Document document =
      html::Document::parse(character_count({.name = "summary",
                                             .maxwords = 150,
                                             .label = {.text = "Summary"},
                                             .hint = HintOptions{.text = "Do not name the child"}})
                                .str());
  EXPECT_TRUE(document.errors().empty());
  EXPECT_EQ(document.select_one("#summary-info")->normalised_text(),
            "You can enter up to 150 words");
  EXPECT_EQ(document.select_one("textarea#summary")->attribute("aria-describedby"),
            "summary-info summary-hint");
  const html::Node* group = document.select_one(".govuk-character-count");
  EXPECT_EQ(group->attribute("data-maxwords"), "150");
  EXPECT_EQ(group->attribute("data-count-type"), "words");
}

TEST(CharacterCountComponent, EscapesValueLabelAndMessages) {
  html::Document document = html::Document::parse(
      character_count({.name = "summary",
                       .value = "</textarea><script>v</script>",
                       .maxlength = 10,
                       .label = {.text = "<script>l</script>"},
                       .error_message = ErrorMessageOptions{.text = "<script>e</script>"},
                       .textarea_description_text = "<script>d</script> %{count}",
                       .characters_under_limit_text = {{"other", "\"><script>u</script>"}},
                       .characters_at_limit_text = "\"><script>a</script>"})
          .str());
  EXPECT_TRUE(document.errors().empty());
  EXPECT_TRUE(document.select("script").empty());
  EXPECT_EQ(document.select_one("textarea")->text_content(), "</textarea><script>v</script>");
  EXPECT_EQ(document.select_one("#summary-info")->normalised_text(), "<script>d</script> 10");
  const html::Node* group = document.select_one(".govuk-character-count");
  EXPECT_EQ(group->attribute("data-i18n.characters-under-limit.other"), "\"><script>u</script>");
  EXPECT_EQ(group->attribute("data-i18n.characters-at-limit"), "\"><script>a</script>");
}

}  // namespace
}  // namespace casereview::test::components
