// The commissioned review's values: stage names and words, and the methodology in words.
#include "domain/review_model.hpp"

#include <algorithm>
#include <cassert>

#include "domain/enum_names.hpp"
#include "domain/text.hpp"
#include "domain/uk_time.hpp"

namespace casereview {

std::string_view review_stage_name(ReviewStage stage) {
  switch (stage) {
    case ReviewStage::commissioned:
      return "commissioned";
    case ReviewStage::chronologies_requested:
      return "chronologies_requested";
  }
  assert(false && "not a ReviewStage");
  return "";
}

std::string_view review_stage_text(ReviewStage stage) {
  switch (stage) {
    case ReviewStage::commissioned:
      return "Commissioned";
    case ReviewStage::chronologies_requested:
      return "Chronologies requested";
  }
  assert(false && "not a ReviewStage");
  return "";
}

std::optional<ReviewStage> review_stage_from_name(std::string_view name) {
  return enum_from_name(all_review_stages, review_stage_name, name);
}

bool calls_for_review(ReviewOutcome outcome) {
  switch (outcome) {
    case ReviewOutcome::no_review:
      return false;
    case ReviewOutcome::learning_review:
    case ReviewOutcome::local_cspr:
    case ReviewOutcome::national_review:
      return true;
  }
  return false;
}

std::string ReviewRecord::methodology_text() const {
  return methodology == other_methodology ? methodology_other : methodology;
}

std::vector<std::string> offered_methodologies(const std::map<std::string, std::string>& stored) {
  std::vector<std::string> listed;
  if (auto found = stored.find(review_methodologies_key); found != stored.end()) {
    std::size_t start = 0;
    while (start <= found->second.size()) {
      const std::size_t end = std::min(found->second.find('\n', start), found->second.size());
      std::string line = trimmed(std::string_view(found->second).substr(start, end - start));
      if (!line.empty()) listed.push_back(std::move(line));
      start = end + 1;
    }
  }
  if (listed.empty()) {
    for (const char* method : default_review_methodologies) listed.emplace_back(method);
  }
  return listed;
}

Result<std::string> check_review_methodologies(std::string_view text) {
  std::vector<std::string> listed;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    std::string line = trimmed(text.substr(start, end - start));
    if (!line.empty() && line.back() == '\r') line = trimmed(line.substr(0, line.size() - 1));
    if (!line.empty() && std::find(listed.begin(), listed.end(), line) == listed.end())
      listed.push_back(std::move(line));
    start = end + 1;
  }
  const char* field = review_methodologies_key;
  if (listed.empty()) return Error::invalid({{field, "Enter at least one methodology"}});
  std::string stored;
  for (const std::string& method : listed) {
    if (method.size() > methodology_name_limit)
      return Error::invalid(
          {{field, "Each methodology must be " + std::to_string(methodology_name_limit) +
                       " characters or fewer"}});
    std::string lowered = method;
    for (char& character : lowered)
      character = static_cast<char>(std::tolower(static_cast<unsigned char>(character)));
    if (lowered == other_methodology)
      return Error::invalid({{field, "Remove \"Other\": it is always offered"}});
    stored += (stored.empty() ? "" : "\n") + method;
  }
  return stored;
}

CivilDate ReviewRecord::last_monitored_on() const {
  CivilDate last = uk_date(commissioned_at);
  for (const MonitoringCheck& check : monitoring_checks) last = std::max(last, check.checked_on);
  return last;
}

bool ReviewRecord::has_reviewer(Id user_id) const {
  return std::any_of(reviewers.begin(), reviewers.end(),
                     [&](const ReviewerAppointment& each) { return each.user_id == user_id; });
}

const ReviewerAppointment* ReviewRecord::reviewer_in(ReviewerRole role) const {
  for (const ReviewerAppointment& each : reviewers) {
    if (each.role == role) return &each;
  }
  return nullptr;
}

std::string_view monitoring_outcome_name(MonitoringOutcome outcome) {
  switch (outcome) {
    case MonitoringOutcome::on_track:
      return "on_track";
    case MonitoringOutcome::concerns:
      return "concerns";
  }
  assert(false && "not a MonitoringOutcome");
  return "";
}

std::string_view monitoring_outcome_text(MonitoringOutcome outcome) {
  switch (outcome) {
    case MonitoringOutcome::on_track:
      return "On track";
    case MonitoringOutcome::concerns:
      return "Concerns";
  }
  assert(false && "not a MonitoringOutcome");
  return "";
}

std::optional<MonitoringOutcome> monitoring_outcome_from_name(std::string_view name) {
  return enum_from_name(all_monitoring_outcomes, monitoring_outcome_name, name);
}

std::string_view reviewer_role_name(ReviewerRole role) {
  switch (role) {
    case ReviewerRole::lead_reviewer:
      return "lead_reviewer";
    case ReviewerRole::independent_author:
      return "independent_author";
  }
  assert(false && "not a ReviewerRole");
  return "";
}

std::string_view reviewer_role_text(ReviewerRole role) {
  switch (role) {
    case ReviewerRole::lead_reviewer:
      return "Lead reviewer";
    case ReviewerRole::independent_author:
      return "Independent author";
  }
  assert(false && "not a ReviewerRole");
  return "";
}

std::optional<ReviewerRole> reviewer_role_from_name(std::string_view name) {
  return enum_from_name(all_reviewer_roles, reviewer_role_name, name);
}

std::string_view independence_verdict_name(IndependenceVerdict verdict) {
  switch (verdict) {
    case IndependenceVerdict::independent:
      return "independent";
    case IndependenceVerdict::warning:
      return "warning";
    case IndependenceVerdict::exception:
      return "exception";
  }
  assert(false && "not an IndependenceVerdict");
  return "";
}

std::optional<IndependenceVerdict> independence_verdict_from_name(std::string_view name) {
  return enum_from_name(all_independence_verdicts, independence_verdict_name, name);
}

}  // namespace casereview
