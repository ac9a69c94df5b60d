// The learning event's notes per key practice episode (Rule LE-1, Rule KPE-1): in three parts —
// what happened, what made sense at the time, what helped or hindered — and anonymised: a note
// names no practitioner, only their role. A note is refused when it holds the name of any
// practitioner invited to the case's learning events: the whole name, or the family name (the last
// word of the name, when it has three letters or more), as whole words, whatever their case.
//
// Pure: no storage, no clock.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "domain/partnership.hpp"
#include "domain/result.hpp"

namespace casereview {

// Rule LE-1: the notes of one learning event on one key practice episode.
struct EpisodeNotes {
  std::string what_happened;
  std::string what_made_sense;
  std::string helped_or_hindered;
};

inline constexpr std::size_t episode_note_limit = 20000;

// Rule LE-1: true when `text` holds `name` as whole words, ignoring case and runs of spaces
// ("Sam  JONES" holds "Sam Jones"; "Samantha" does not hold "Sam").
bool mentions_name(std::string_view text, std::string_view name);

// Rule LE-1: checks each part: at most episode_note_limit characters, and naming none of
// `practitioner_names`. invalid_input on "what_happened", "what_made_sense",
// "helped_or_hindered" ("Use the practitioner's role, not their name"); nothing when all are well.
Status check_episode_notes(const EpisodeNotes& notes,
                           const std::vector<std::string>& practitioner_names);

}  // namespace casereview
