// A finding of a review (issue 12, Rule RPT-1): what the review learned, naming the kind of issue
// it is — practice, policy, process or systemic — and the key practice episodes that evidence it
// (at least one), with the agencies it concerns (none for one that concerns the partnership as a
// whole) and its text in Markdown (shown with web/markdown).
//
// Rules (cited again where implemented and in the tests that prove them):
//   RPT-1  Findings name the practice, policy, process or systemic issue and the episodes that
//          evidence them.
//
// Which episodes and agencies a finding may name (the case's episodes, the agencies in the
// review's scope) needs the database, so the use case checks it (app/reviews/findings.hpp).
//
// Example:
//   Result<Finding> finding = finding_from_text({.title = "Escalation", .kind = "process", …});
//
// Plain values and pure functions: safe from any thread.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/instant.hpp"
#include "domain/partnership.hpp"  // Id
#include "domain/result.hpp"

namespace casereview {

// Rule RPT-1: the kind of issue a finding names.
enum class FindingKind { practice, policy, process, systemic };
inline constexpr std::array<FindingKind, 4> all_finding_kinds = {
    FindingKind::practice, FindingKind::policy, FindingKind::process, FindingKind::systemic};
// "practice", "policy", "process", "systemic" (stored, forms, API)
std::string_view finding_kind_name(FindingKind kind);
std::optional<FindingKind> finding_kind_from_name(std::string_view name);
// "Practice", "Policy", "Process", "Systemic"
std::string_view finding_kind_text(FindingKind kind);

// The most characters of a finding's fields.
namespace limits {
inline constexpr std::size_t finding_title = 200;
inline constexpr std::size_t finding_text = 20000;
}  // namespace limits

struct Finding {
  Id id = 0;
  Id partnership_id = 0;
  Id case_id = 0;
  std::string title;
  FindingKind kind = FindingKind::practice;
  std::string text;             // Markdown
  std::vector<Id> episode_ids;  // the key practice episodes that evidence it, ascending
  std::vector<Id> agency_ids;   // the agencies it concerns, ascending; may be none
  Id created_by = 0;
  Instant created_at{};
  Instant updated_at{};
};

// A finding as a person gives it: the kind by its name.
struct FindingText {
  std::string title;
  std::string kind;
  std::string text;
  std::vector<Id> episode_ids;
  std::vector<Id> agency_ids;
};

// Rule RPT-1: the finding the text describes, trimmed, its ids ascending without repeats.
// invalid_input naming every bad field: "title" and "text" (blank or too long), "kind" (not one of
// the four), "episode_ids" (none). The ids, people and times are left for the caller to fill in.
Result<Finding> finding_from_text(const FindingText& text);

// The ids ascending, each once.
std::vector<Id> distinct_ids(std::vector<Id> ids);

}  // namespace casereview
