// The learning event's anonymised notes per episode (Rule LE-1): see learning_event_notes.hpp.
#include "domain/learning_event_notes.hpp"

#include <cctype>

#include "domain/messages.hpp"

namespace casereview {

namespace {

bool word_character(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '\'' ||
         static_cast<unsigned char>(c) >= 0x80;  // a letter of a name beyond ASCII
}

// The words of `text`, lower case.
std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    if (word_character(c)) {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

bool holds_words(const std::vector<std::string>& text, const std::vector<std::string>& words) {
  if (words.empty() || words.size() > text.size()) return false;
  for (std::size_t start = 0; start + words.size() <= text.size(); ++start) {
    bool all = true;
    for (std::size_t i = 0; all && i < words.size(); ++i) all = text[start + i] == words[i];
    if (all) return true;
  }
  return false;
}

}  // namespace

bool mentions_name(std::string_view text, std::string_view name) {
  return holds_words(words_of(text), words_of(name));
}

// Rule LE-1: notes use roles, never names.
Status check_episode_notes(const EpisodeNotes& notes,
                           const std::vector<std::string>& practitioner_names) {
  std::vector<FieldError> problems;
  auto check = [&](const std::string& field, const std::string& what, const std::string& text) {
    if (text.size() > episode_note_limit) {
      problems.push_back({field, too_long(what, episode_note_limit)});
      return;
    }
    const std::vector<std::string> words = words_of(text);
    for (const std::string& name : practitioner_names) {
      std::vector<std::string> parts = words_of(name);
      const bool family_name = parts.size() > 1 && parts.back().size() >= 3;
      if (holds_words(words, parts) || (family_name && holds_words(words, {parts.back()}))) {
        problems.push_back({field, "Use the practitioner's role, not their name"});
        return;
      }
    }
  };
  check("what_happened", "What happened", notes.what_happened);
  check("what_made_sense", "What made sense at the time", notes.what_made_sense);
  check("helped_or_hindered", "What helped or hindered", notes.helped_or_hindered);
  if (!problems.empty()) return Error::invalid(std::move(problems));
  return ok_status();
}

}  // namespace casereview
