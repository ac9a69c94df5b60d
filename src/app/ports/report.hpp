// Storage of the review's report (issue 12, Rule RPT-1): its numbered, immutable versions (the one
// accessor Transaction::report() reaches it all). Every method takes the partnership's id and never
// reads another partnership's rows. There is no way to change or remove a version: a correction is
// a new version. Implemented in store/sql_report_repositories.*.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/report_version.hpp"

namespace casereview {

class ReportRepository {
 public:
  virtual ~ReportRepository() = default;
  // Rule RPT-1: stores the version under the case's next number (1 for its first), taken in the
  // same statement that raises the case's count, so two transactions saving at once never share
  // a number; `original` is an upload's bytes (empty for Markdown). Returns the version as stored,
  // with its id and number.
  virtual ReportVersion add(const ReportVersion& version, const std::string& original) = 0;
  // The version with its text; nothing when the case (of this partnership) has no such number.
  virtual std::optional<ReportVersion> find(Id partnership_id, Id case_id, int number) = 0;
  // The version by its id, without its text; nothing when it is not the partnership's.
  virtual std::optional<ReportVersion> find_by_id(Id partnership_id, Id version_id) = 0;
  // An uploaded version's file as it came; nothing for Markdown or no such version.
  virtual std::optional<std::string> original(Id partnership_id, Id case_id, int number) = 0;
  // The case's versions without their text, newest first, `limit` from `offset`.
  virtual std::vector<ReportVersion> list_for_case(Id partnership_id, Id case_id, int limit,
                                                   int offset) = 0;
  virtual int count_for_case(Id partnership_id, Id case_id) = 0;
  // The newest version written in the program, with its text (to fill the next one's form).
  virtual std::optional<ReportVersion> latest_markdown(Id partnership_id, Id case_id) = 0;
};

}  // namespace casereview
