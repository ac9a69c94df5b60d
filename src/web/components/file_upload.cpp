// govukFileUpload from govuk-frontend's components/file-upload/template.njk.
#include "web/components/file_upload.hpp"

namespace casereview::web::govuk {

Html file_upload(const FileUploadOptions& options) {
  std::string id = options.id.empty() ? options.name : options.id;
  bool has_error = options.error_message.has_value();
  MarkupWriter out;
  const std::string described_by = open_single_control_field(out, id, options);
  if (options.javascript) {
    Attributes wrapper_attributes;
    append_i18n_message(wrapper_attributes, "choose-files-button",
                        options.choose_files_button_text);
    append_i18n_message(wrapper_attributes, "no-file-chosen", options.no_file_chosen_text);
    append_i18n_plural_messages(wrapper_attributes, "multiple-files-chosen",
                                options.multiple_files_chosen_text);
    append_i18n_message(wrapper_attributes, "drop-instruction", options.drop_instruction_text);
    append_i18n_message(wrapper_attributes, "entered-drop-zone", options.entered_drop_zone_text);
    append_i18n_message(wrapper_attributes, "left-drop-zone", options.left_drop_zone_text);
    out.literal("<div")
        .attribute("class", class_list({"govuk-file-upload-wrapper", options.wrapper_classes}))
        .literal(" data-module=\"govuk-file-upload\"")
        .attributes(wrapper_attributes)
        .attributes(options.wrapper_attributes)
        .literal(">\n");
  }
  out.literal("<input")
      .attribute("class", class_list({"govuk-file-upload", options.classes,
                                      has_error ? "govuk-file-upload--error" : ""}))
      .attribute("id", id)
      .attribute("name", options.name)
      .literal(" type=\"file\"");
  if (options.disabled) out.literal(" disabled");
  if (options.multiple) out.literal(" multiple");
  out.attribute_if_not_empty("aria-describedby", described_by)
      .attributes(options.attributes)
      .literal(">\n");
  if (options.javascript) out.literal("</div>\n");
  write_slot(out, options.form_group.after_input);
  out.literal("</div>");
  return std::move(out).finish();
}

}  // namespace casereview::web::govuk
