// GOV.UK character count: a textarea that tells the user how many characters (or words) they
// have left, for answers with a limit. Mirrors govuk-frontend's govukCharacterCount macro. The
// count itself is govuk-frontend's JavaScript (`data-module="govuk-character-count"`); without
// it, the message under the textarea states the limit ("You can enter up to 500 characters").
// The limit is not enforced here: the form handler must check the submitted length itself.
//
// Example:
//   Html summary = character_count({.name = "summary", .value = submitted_summary, .maxlength =
//   500,
//                                   .label = {.text = "Summary of the incident"},
//                                   .error_message = ErrorMessageOptions{
//                                       .text = "Summary must be 500 characters or less"}});
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

// The `countMessage` option: the message under the textarea.
struct CharacterCountMessage {
  std::string classes;
};

struct CharacterCountOptions {
  std::string id;  // the name when empty; the count message's id is "<id>-info"
  std::string name;
  int rows = 5;       // 5 when not positive
  std::string value;  // escaped
  int maxlength = 0;  // the most characters (or words, with count_type "words"); 0: none
  int maxwords = 0;   // the most words; 0: none. Superseded by maxlength with count_type "words"
  int threshold = 0;  // show the count only from this percentage of the limit; 0: always
  // "length" or "words"; empty: "words" when maxwords is set, else left to the script (characters).
  std::string count_type;
  LabelOptions label;  // its for_id is set to the textarea's id
  std::optional<HintOptions> hint;
  std::optional<ErrorMessageOptions> error_message;
  FormGroupOptions form_group;     // its after_input follows the count message
  std::string classes;             // added to the textarea
  Attributes attributes;           // added to the textarea
  std::optional<bool> spellcheck;  // unset: no spellcheck attribute
  CharacterCountMessage count_message;
  // The texts, for translation; "%{count}" in them stands for the number. The description of the
  // limit is "You can enter up to %{count} characters" (or "words") when empty; the others are
  // the script's English when empty.
  std::string textarea_description_text;
  PluralMessages characters_under_limit_text;
  std::string characters_at_limit_text;
  PluralMessages characters_over_limit_text;
  PluralMessages words_under_limit_text;
  std::string words_at_limit_text;
  PluralMessages words_over_limit_text;
};

// Never fails.
Html character_count(const CharacterCountOptions& options);

}  // namespace casereview::web::govuk
