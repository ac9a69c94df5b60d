// Tests for the file upload component against govuk-frontend's fixtures.
#include "web/components/file_upload.hpp"

#include <gtest/gtest.h>

#include "components/field_options.hpp"
#include "components/fixture_support.hpp"
#include "support/html_dom.hpp"

namespace casereview::test::components {
namespace {

using namespace casereview::web::govuk;

// The fixtures' `value` option is not read: the template ignores it, as browsers do.
FileUploadOptions file_upload_options_from(const JsonObject& json) {
  return {.id = string_option(json, "id"),
          .name = string_option(json, "name"),
          .disabled = bool_option(json, "disabled"),
          .multiple = bool_option(json, "multiple"),
          .described_by = string_option(json, "describedBy"),
          .label = label_options_from(object_option(json, "label")),
          .hint = optional_hint_from(json, "hint"),
          .error_message = optional_error_message_from(json, "errorMessage"),
          .form_group = form_group_options_from(object_option(json, "formGroup")),
          .javascript = bool_option(json, "javascript"),
          .choose_files_button_text = string_option(json, "chooseFilesButtonText"),
          .drop_instruction_text = string_option(json, "dropInstructionText"),
          .multiple_files_chosen_text = plural_messages_from(json, "multipleFilesChosenText"),
          .no_file_chosen_text = string_option(json, "noFileChosenText"),
          .entered_drop_zone_text = string_option(json, "enteredDropZoneText"),
          .left_drop_zone_text = string_option(json, "leftDropZoneText"),
          .classes = string_option(json, "classes"),
          .attributes = attributes_option(json, "attributes"),
          .wrapper_classes = string_option(json, "wrapperClasses"),
          .wrapper_attributes = attributes_option(json, "wrapperAttributes")};
}

TEST(FileUploadComponent, RendersEveryGovukFrontendFixture) {
  expect_all_fixtures_render("file-upload", [](const JsonObject& json) {
    return file_upload(file_upload_options_from(json));
  });
}

TEST(FileUploadComponent, WrapsTheInputOnlyForTheEnhancedVersion) {
  FileUploadOptions options{
      .name = "report", .label = {.text = "Report"}, .no_file_chosen_text = "Dim ffeil"};
  html::Document plain = html::Document::parse(file_upload(options).str());
  EXPECT_TRUE(plain.errors().empty());
  EXPECT_EQ(plain.select_one(".govuk-file-upload-wrapper"), nullptr);

  options.javascript = true;
  html::Document enhanced = html::Document::parse(file_upload(options).str());
  const html::Node* wrapper =
      enhanced.select_one(".govuk-file-upload-wrapper[data-module=govuk-file-upload]");
  ASSERT_NE(wrapper, nullptr);
  EXPECT_EQ(wrapper->attribute("data-i18n.no-file-chosen"), "Dim ffeil");
  EXPECT_NE(enhanced.select_one(".govuk-file-upload-wrapper > input#report[type=file]"), nullptr);
}

TEST(FileUploadComponent, EscapesLabelMessagesAndTexts) {
  html::Document document = html::Document::parse(
      file_upload({.id = "\"><script>i</script>",
                   .name = "report",
                   .label = {.text = "<script>l</script>"},
                   .hint = HintOptions{.text = "<script>h</script>"},
                   .error_message = ErrorMessageOptions{.text = "<script>e</script>"},
                   .javascript = true,
                   .choose_files_button_text = "\"><script>c</script>",
                   .multiple_files_chosen_text = {{"other", "\"><script>m</script>"}}})
          .str());
  EXPECT_TRUE(document.errors().empty());
  EXPECT_TRUE(document.select("script").empty());
  EXPECT_EQ(document.select_one("input")->attribute("id"), "\"><script>i</script>");
  EXPECT_EQ(document.select_one("label")->normalised_text(), "<script>l</script>");
  const html::Node* wrapper = document.select_one(".govuk-file-upload-wrapper");
  ASSERT_NE(wrapper, nullptr);
  EXPECT_EQ(wrapper->attribute("data-i18n.choose-files-button"), "\"><script>c</script>");
  EXPECT_EQ(wrapper->attribute("data-i18n.multiple-files-chosen.other"), "\"><script>m</script>");
}

}  // namespace
}  // namespace casereview::test::components
