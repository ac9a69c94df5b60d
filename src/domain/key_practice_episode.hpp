// A key practice episode of a review (issue 12, Rule KPE-1): a stretch of the case the reviewer
// draws out of the merged chronology to understand — a title, the period it covers, a summary,
// the questions to explore with the practitioners (Markdown, shown with web/markdown), the
// chronology entries it draws on (at least one), and a neutral assessment: good practice,
// concerns, both, or not yet assessed. Episodes are neutral: good practice is marked as well as
// concerns (SCIE Learning Together).
//
// Rules (cited again where implemented and in the tests that prove them):
//   KPE-1  Chosen from the chronology: a title, a period (to on or after from), the entries they
//          draw on, the questions to explore; neutral.
//
// Which entries an episode may draw on (only submitted entries of the case's merged chronology)
// needs the database, so the use case checks it (app/reviews/key_practice_episodes.hpp).
//
// Example:
//   Result<KeyPracticeEpisode> episode = key_practice_episode_from_text(text);  // invalid_input
//
// Plain values and pure functions: safe from any thread.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/case_model.hpp"  // no_date
#include "domain/civil_date.hpp"
#include "domain/instant.hpp"
#include "domain/partnership.hpp"  // Id
#include "domain/result.hpp"

namespace casereview {

// Rule KPE-1: the neutral assessment of an episode.
enum class EpisodeAssessment { not_assessed, good_practice, concerns, both };
inline constexpr std::array<EpisodeAssessment, 4> all_episode_assessments = {
    EpisodeAssessment::good_practice, EpisodeAssessment::concerns, EpisodeAssessment::both,
    EpisodeAssessment::not_assessed};
// "good_practice", "concerns", "both", "not_assessed" (stored, forms, API)
std::string_view episode_assessment_name(EpisodeAssessment assessment);
std::optional<EpisodeAssessment> episode_assessment_from_name(std::string_view name);
// "Good practice", "Concerns", "Good practice and concerns", "Not yet assessed"
std::string_view episode_assessment_text(EpisodeAssessment assessment);

// The most characters of an episode's fields.
namespace limits {
inline constexpr std::size_t episode_title = 200;
inline constexpr std::size_t episode_summary = 10000;
inline constexpr std::size_t episode_questions = 10000;
}  // namespace limits

struct KeyPracticeEpisode {
  Id id = 0;
  Id partnership_id = 0;
  Id case_id = 0;
  std::string title;
  CivilDate from = no_date();  // the period the episode covers
  CivilDate to = no_date();
  std::string summary;
  std::string questions;  // Markdown: the questions to explore
  EpisodeAssessment assessment = EpisodeAssessment::not_assessed;
  std::vector<Id> entry_ids;  // chronology entries, at least one, ascending
  Id created_by = 0;
  Instant created_at{};
  Instant updated_at{};
};

// An episode as a person types it; dates as YYYY-MM-DD, the assessment by its name ("" is not
// yet assessed).
struct KeyPracticeEpisodeText {
  std::string title;
  std::string from;
  std::string to;
  std::string summary;
  std::string questions;
  std::string assessment;
  std::vector<Id> entry_ids;
};

// Rule KPE-1: the episode the text describes, its text trimmed and its entry ids ascending without
// repeats. invalid_input naming every bad field: "title", "from", "to" (blank or not a real date,
// or before from), "summary", "questions" (blank or too long), "assessment" (not one of the four),
// "entry_ids" (none). The ids, people and times are left for the caller to fill in.
Result<KeyPracticeEpisode> key_practice_episode_from_text(const KeyPracticeEpisodeText& text);

}  // namespace casereview
