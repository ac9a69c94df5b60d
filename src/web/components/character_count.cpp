// govukCharacterCount from govuk-frontend's components/character-count/template.njk: a
// govukTextarea (textarea.hpp) with the count's data attributes on its form group and the count
// message after it.
#include "web/components/character_count.hpp"

#include <cstddef>
#include <string_view>
#include <utility>

#include "web/components/textarea.hpp"

namespace casereview::web::govuk {

namespace {

// Nunjucks' `replace` filter with a string pattern: every occurrence.
std::string replace_all(std::string text, std::string_view pattern, std::string_view replacement) {
  for (std::size_t at = text.find(pattern); at != std::string::npos;
       at = text.find(pattern, at + replacement.size())) {
    text.replace(at, pattern.size(), replacement);
  }
  return text;
}

}  // namespace

Html character_count(const CharacterCountOptions& options) {
  std::string id = options.id.empty() ? options.name : options.id;
  std::string count_type = !options.count_type.empty() ? options.count_type
                           : options.maxwords > 0      ? "words"
                                                       : "";

  // Without maxlength or maxwords the limit is set in JavaScript, which then writes the message.
  bool has_no_limit = options.maxwords <= 0 && options.maxlength <= 0;
  int limit = options.maxwords > 0 ? options.maxwords : options.maxlength;
  std::string description = !options.textarea_description_text.empty()
                                ? options.textarea_description_text
                                : std::string("You can enter up to %{count} ") +
                                      (count_type == "words" ? "words" : "characters");

  MarkupWriter count_message;
  count_message
      .html(hint(
          {.text = has_no_limit ? "" : replace_all(description, "%{count}", std::to_string(limit)),
           .id = id + "-info",
           .classes =
               class_list({"govuk-character-count__message", options.count_message.classes})}))
      .literal("\n");
  write_slot(count_message, options.form_group.after_input);

  Attributes form_group_attributes = {{"data-module", "govuk-character-count"}};
  if (options.maxlength > 0)
    form_group_attributes.emplace_back("data-maxlength", std::to_string(options.maxlength));
  if (options.maxwords > 0)
    form_group_attributes.emplace_back("data-maxwords", std::to_string(options.maxwords));
  if (options.threshold > 0)
    form_group_attributes.emplace_back("data-threshold", std::to_string(options.threshold));
  if (!count_type.empty()) form_group_attributes.emplace_back("data-count-type", count_type);
  // The script can only write its own description when it was given one to interpolate.
  if (has_no_limit && !options.textarea_description_text.empty()) {
    append_i18n_plural_messages(form_group_attributes, "textarea-description",
                                {{"other", options.textarea_description_text}});
  }
  append_i18n_plural_messages(form_group_attributes, "characters-under-limit",
                              options.characters_under_limit_text);
  append_i18n_message(form_group_attributes, "characters-at-limit",
                      options.characters_at_limit_text);
  append_i18n_plural_messages(form_group_attributes, "characters-over-limit",
                              options.characters_over_limit_text);
  append_i18n_plural_messages(form_group_attributes, "words-under-limit",
                              options.words_under_limit_text);
  append_i18n_message(form_group_attributes, "words-at-limit", options.words_at_limit_text);
  append_i18n_plural_messages(form_group_attributes, "words-over-limit",
                              options.words_over_limit_text);
  form_group_attributes.insert(form_group_attributes.end(), options.form_group.attributes.begin(),
                               options.form_group.attributes.end());

  return textarea(
      {.id = id,
       .name = options.name,
       .spellcheck = options.spellcheck,
       .rows = options.rows,
       .value = options.value,
       .described_by = id + "-info",
       .label = options.label,
       .hint = options.hint,
       .error_message = options.error_message,
       .form_group = {.classes = class_list({"govuk-character-count", options.form_group.classes}),
                      .attributes = std::move(form_group_attributes),
                      .before_input = options.form_group.before_input,
                      .after_input = {.html = std::move(count_message).finish()}},
       .classes = class_list({"govuk-js-character-count", options.classes}),
       .attributes = options.attributes});
}

}  // namespace casereview::web::govuk
