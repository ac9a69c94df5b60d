// Findings (Rule RPT-1): see finding.hpp.
#include "domain/finding.hpp"

#include <algorithm>

#include "domain/enum_names.hpp"
#include "domain/messages.hpp"
#include "domain/text.hpp"

namespace casereview {

std::string_view finding_kind_name(FindingKind kind) {
  switch (kind) {
    case FindingKind::practice:
      return "practice";
    case FindingKind::policy:
      return "policy";
    case FindingKind::process:
      return "process";
    case FindingKind::systemic:
      return "systemic";
  }
  return "practice";
}

std::optional<FindingKind> finding_kind_from_name(std::string_view name) {
  return enum_from_name(all_finding_kinds, finding_kind_name, name);
}

std::string_view finding_kind_text(FindingKind kind) {
  switch (kind) {
    case FindingKind::practice:
      return "Practice";
    case FindingKind::policy:
      return "Policy";
    case FindingKind::process:
      return "Process";
    case FindingKind::systemic:
      return "Systemic";
  }
  return "Practice";
}

std::vector<Id> distinct_ids(std::vector<Id> ids) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

// Rule RPT-1: a title, the kind of issue, the text, and the episodes that evidence it.
Result<Finding> finding_from_text(const FindingText& text) {
  std::vector<FieldError> problems;
  check_required_text("title", text.title, "the title of the finding", "The title of the finding",
                      limits::finding_title, problems);
  const std::optional<FindingKind> kind = finding_kind_from_name(trimmed(text.kind));
  if (!kind)
    problems.push_back({"kind",
                        "Select whether the finding is about practice, policy, process "
                        "or is systemic"});
  check_required_text("text", text.text, "the finding", "The finding", limits::finding_text,
                      problems);
  if (text.episode_ids.empty())
    problems.push_back({"episode_ids",
                        "Select at least one key practice episode that evidences "
                        "the finding"});
  if (!problems.empty()) return Error::invalid(std::move(problems));
  Finding finding;
  finding.title = trimmed(text.title);
  finding.kind = *kind;
  finding.text = trimmed(text.text);
  finding.episode_ids = distinct_ids(text.episode_ids);
  finding.agency_ids = distinct_ids(text.agency_ids);
  return finding;
}

}  // namespace casereview
