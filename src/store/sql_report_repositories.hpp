// The SQL repository of the review's report (app/ports/report.hpp): Rule RPT-1, Rule RPT-3. One
// SQL text serves both engines; it acts through the session of the transaction that made it and
// filters every query by partnership_id. An upload's bytes are kept base64-encoded in a text
// column (both engines store text the same way; PostgreSQL text cannot hold a NUL byte).
#pragma once

#include <Poco/Data/Session.h>

#include "app/ports.hpp"

namespace casereview::store {

class SqlReportRepository final : public ReportRepository {
 public:
  explicit SqlReportRepository(Poco::Data::Session& session) : session_(session) {}
  ReportVersion add(const ReportVersion& version, const std::string& original) override;
  std::optional<ReportVersion> find(Id partnership_id, Id case_id, int number) override;
  std::optional<ReportVersion> find_by_id(Id partnership_id, Id version_id) override;
  std::optional<std::string> original(Id partnership_id, Id case_id, int number) override;
  std::vector<ReportVersion> list_for_case(Id partnership_id, Id case_id, int limit,
                                           int offset) override;
  int count_for_case(Id partnership_id, Id case_id) override;
  std::optional<ReportVersion> latest_markdown(Id partnership_id, Id case_id) override;

 private:
  Poco::Data::Session& session_;
};

}  // namespace casereview::store
