// GOV.UK file upload: a field for choosing one file (or several) to upload, with its label,
// hint and error message. Mirrors govuk-frontend's govukFileUpload macro. With `javascript` set,
// govuk-frontend's script replaces the browser's own control with a button and a drop zone;
// the texts below are that version's, for translation. The form must be sent as
// multipart/form-data.
//
// Example:
//   Html report = file_upload({.name = "report", .label = {.text = "Upload the final report"},
//                              .hint = HintOptions{.text = "A PDF, up to 10MB"},
//                              .attributes = {{"accept", ".pdf"}}});
#pragma once

#include <optional>
#include <string>

#include "web/components/error_message.hpp"
#include "web/components/form_group.hpp"
#include "web/components/hint.hpp"
#include "web/components/label.hpp"
#include "web/components/markup.hpp"
#include "web/html.hpp"

namespace casereview::web::govuk {

struct FileUploadOptions {
  std::string id;  // the name when empty
  std::string name;
  bool disabled = false;
  bool multiple = false;     // let the user choose several files at once
  std::string described_by;  // extra ids for aria-describedby
  LabelOptions label;        // its for_id is set to the input's id
  std::optional<HintOptions> hint;
  std::optional<ErrorMessageOptions> error_message;
  FormGroupOptions form_group;
  bool javascript = false;  // wrap the input for govuk-frontend's enhanced version
  // The enhanced version's texts; each is the English shown when empty. Unused without javascript.
  std::string choose_files_button_text;       // "Choose file"
  std::string drop_instruction_text;          // "or drop file"
  PluralMessages multiple_files_chosen_text;  // "%{count} files chosen"
  std::string no_file_chosen_text;            // "No file chosen"
  std::string entered_drop_zone_text;         // "Entered drop zone"
  std::string left_drop_zone_text;            // "Left drop zone"
  std::string classes;                        // added to the <input>
  Attributes attributes;          // added to the <input>, for example {"accept", ".pdf"}
  std::string wrapper_classes;    // added to the enhanced version's wrapper
  Attributes wrapper_attributes;  // added to the enhanced version's wrapper
};

// Never fails.
Html file_upload(const FileUploadOptions& options);

}  // namespace casereview::web::govuk
