// The SQL repository of the report's factual-accuracy round (app/ports/report_accuracy.hpp):
// Rule RPT-1. One SQL text serves both engines; it acts through the session of the
// transaction that made it and filters every query by partnership_id. The one-time steps (an
// agency's response, a reply) are conditional updates, so of two at once exactly one changes the
// row.
#pragma once

#include <Poco/Data/Session.h>

#include "app/ports.hpp"

namespace casereview::store {

class SqlReportAccuracyRepository final : public ReportAccuracyRepository {
 public:
  explicit SqlReportAccuracyRepository(Poco::Data::Session& session) : session_(session) {}
  bool circulate(const ReportCirculation& circulation) override;
  std::vector<ReportCirculation> circulations(Id partnership_id, Id version_id) override;
  std::optional<ReportCirculation> circulation(Id partnership_id, Id version_id,
                                               Id agency_id) override;
  bool answer(Id partnership_id, Id version_id, Id agency_id, Id by, Instant at) override;
  std::vector<ReportCirculation> circulated_to_agency(Id partnership_id, Id agency_id, int limit,
                                                      int offset) override;
  int count_circulated_to_agency(Id partnership_id, Id agency_id) override;
  Id add_comment(const ReportComment& comment) override;
  std::optional<ReportComment> find_comment(Id partnership_id, Id comment_id) override;
  std::vector<ReportComment> comments(Id partnership_id, Id version_id, std::optional<Id> agency_id,
                                      int limit, int offset) override;
  int count_comments(Id partnership_id, Id version_id, std::optional<Id> agency_id) override;
  bool reply(Id partnership_id, Id comment_id, CommentDecision decision, const std::string& text,
             Id by, Instant at) override;

 private:
  Poco::Data::Session& session_;
};

}  // namespace casereview::store
