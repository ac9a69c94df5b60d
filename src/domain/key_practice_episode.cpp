// Key practice episodes (Rule KPE-1): see key_practice_episode.hpp.
#include "domain/key_practice_episode.hpp"

#include <algorithm>

#include "domain/enum_names.hpp"
#include "domain/messages.hpp"
#include "domain/text.hpp"

namespace casereview {

std::string_view episode_assessment_name(EpisodeAssessment assessment) {
  switch (assessment) {
    case EpisodeAssessment::not_assessed:
      return "not_assessed";
    case EpisodeAssessment::good_practice:
      return "good_practice";
    case EpisodeAssessment::concerns:
      return "concerns";
    case EpisodeAssessment::both:
      return "both";
  }
  return "not_assessed";
}

std::optional<EpisodeAssessment> episode_assessment_from_name(std::string_view name) {
  return enum_from_name(all_episode_assessments, episode_assessment_name, name);
}

std::string_view episode_assessment_text(EpisodeAssessment assessment) {
  switch (assessment) {
    case EpisodeAssessment::not_assessed:
      return "Not yet assessed";
    case EpisodeAssessment::good_practice:
      return "Good practice";
    case EpisodeAssessment::concerns:
      return "Concerns";
    case EpisodeAssessment::both:
      return "Good practice and concerns";
  }
  return "Not yet assessed";
}

namespace {

// A date of the period: blank → "Enter the <what>", not a real date → "The <what> must be a real
// date".
std::optional<CivilDate> period_date(const std::string& field, const std::string& text,
                                     const std::string& what, std::vector<FieldError>& problems) {
  if (is_blank(text)) {
    problems.push_back({field, enter("the " + what)});
    return std::nullopt;
  }
  auto parsed = parse_iso_date(field, trimmed(text));
  if (!parsed) {
    problems.push_back({field, "The " + what + " must be a real date"});
    return std::nullopt;
  }
  return parsed.value();
}

}  // namespace

// Rule KPE-1: a title, a period, a summary, the questions to explore, at least one entry, and a
// neutral assessment.
Result<KeyPracticeEpisode> key_practice_episode_from_text(const KeyPracticeEpisodeText& text) {
  std::vector<FieldError> problems;
  check_required_text("title", text.title, "the title of the episode", "The title of the episode",
                      limits::episode_title, problems);
  const std::optional<CivilDate> from =
      period_date("from", text.from, "start of the episode", problems);
  const std::optional<CivilDate> to = period_date("to", text.to, "end of the episode", problems);
  if (from && to && *to < *from)
    problems.push_back({"to", "The end of the episode must be on or after its start"});
  check_required_text("summary", text.summary, "a summary of the episode", "The summary",
                      limits::episode_summary, problems);
  check_required_text("questions", text.questions, "the questions to explore", "The questions",
                      limits::episode_questions, problems);
  std::optional<EpisodeAssessment> assessment = EpisodeAssessment::not_assessed;
  if (filled(text.assessment)) assessment = episode_assessment_from_name(trimmed(text.assessment));
  if (!assessment)
    problems.push_back({"assessment", "Select good practice, concerns, both or not yet assessed"});
  if (text.entry_ids.empty())
    problems.push_back({"entry_ids", "Select at least one entry of the merged chronology"});
  if (!problems.empty()) return Error::invalid(std::move(problems));
  KeyPracticeEpisode episode;
  episode.title = trimmed(text.title);
  episode.from = *from;
  episode.to = *to;
  episode.summary = trimmed(text.summary);
  episode.questions = trimmed(text.questions);
  episode.assessment = *assessment;
  episode.entry_ids = text.entry_ids;
  std::sort(episode.entry_ids.begin(), episode.entry_ids.end());
  episode.entry_ids.erase(std::unique(episode.entry_ids.begin(), episode.entry_ids.end()),
                          episode.entry_ids.end());
  return episode;
}

}  // namespace casereview
