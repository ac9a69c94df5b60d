// The SQL repository of the final report (app/ports/report_final.hpp): Rule RPT-3. One SQL text
// serves both engines; it acts through the session of the transaction that made it and filters
// every query by partnership_id. A sign-off is an insert that yields nothing when the partner has
// signed already (its primary key is the case and the partner), so of two at once one is kept.
#pragma once

#include <Poco/Data/Session.h>

#include "app/ports.hpp"

namespace casereview::store {

class SqlReportFinalRepository final : public ReportFinalRepository {
 public:
  explicit SqlReportFinalRepository(Poco::Data::Session& session) : session_(session) {}
  std::optional<ReportFinal> find(Id partnership_id, Id case_id) override;
  void save(const ReportFinal& final) override;
  int clear_sign_offs(Id partnership_id, Id case_id) override;
  bool add_sign_off(Id partnership_id, Id case_id, const ReportSignOff& sign_off) override;
  std::vector<ReportFinal> list(Id partnership_id, int limit, int offset) override;
  int count(Id partnership_id) override;

 private:
  // Fills in the finals' sign-offs with one query.
  void read_sign_offs(Id partnership_id, std::vector<ReportFinal>& finals);

  Poco::Data::Session& session_;
};

}  // namespace casereview::store
