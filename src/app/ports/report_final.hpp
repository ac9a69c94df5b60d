// Storage of the final report (issue 12, Rule RPT-3): the version chosen for each case, the
// partnership's response, and the partners' sign-offs (the one accessor
// Transaction::report_final() reaches it all). Every method takes the partnership's id and never
// reads another partnership's rows. Implemented in store/sql_report_final_repositories.*.
#pragma once

#include <optional>
#include <vector>

#include "domain/report_final.hpp"

namespace casereview {

class ReportFinalRepository {
 public:
  virtual ~ReportFinalRepository() = default;
  // The case's final with its version's number and its sign-offs (with the signatories' names).
  virtual std::optional<ReportFinal> find(Id partnership_id, Id case_id) = 0;
  // Makes `final` the case's final (its version, response, who and when), in place of any before.
  // Sign-offs are left as they are: the use case clears them first when it must.
  virtual void save(const ReportFinal& final) = 0;
  // Rule RPT-3: removes the case's sign-offs; returns how many there were.
  virtual int clear_sign_offs(Id partnership_id, Id case_id) = 0;
  // Rule RPT-3: records the partner's sign-off; false (and no change) when it has one.
  virtual bool add_sign_off(Id partnership_id, Id case_id, const ReportSignOff& sign_off) = 0;
  // The partnership's finals, most recently marked first, `limit` from `offset`, with their
  // sign-offs (for the signatories' list).
  virtual std::vector<ReportFinal> list(Id partnership_id, int limit, int offset) = 0;
  virtual int count(Id partnership_id) = 0;
};

}  // namespace casereview
