// The SQL repository of the yearly report's figures (app/ports/yearly_report.hpp): grouped counts
// over the cases, actions and training tables, and the dates the use case counts with a calendar,
// read in batches by id. One SQL text for both engines; instants are compared in their stored form
// with the period's first and last moments in Europe/London.
#pragma once

#include <Poco/Data/Session.h>

#include "app/ports.hpp"

namespace casereview::store {

class SqlYearlyReportRepository final : public YearlyReportRepository {
 public:
  explicit SqlYearlyReportRepository(Poco::Data::Session& session) : session_(session) {}
  void each_notification(Id partnership_id, const ReportPeriod& period,
                         const std::function<void(const NotificationDates&)>& visit) override;
  void each_review(Id partnership_id, const ReportPeriod& period,
                   const std::function<void(const ReviewDates&)>& visit) override;
  void each_cancellation(Id partnership_id, const ReportPeriod& period,
                         const std::function<void(const CancellationDates&)>& visit) override;
  std::map<Id, CountedFigures> counted(Id partnership_id, const ReportPeriod& period) override;
  std::vector<ActionBreakdown> actions_by_agency(Id partnership_id,
                                                 const ReportPeriod& period) override;
  std::vector<ActionBreakdown> actions_by_kind(Id partnership_id,
                                               const ReportPeriod& period) override;
  std::vector<AgencyCount> trained_by_agency(Id partnership_id,
                                             const ReportPeriod& period) override;
  std::vector<ThemeEntryCount> themes(Id partnership_id, const ReportPeriod& period) override;
  std::optional<YearlyReportPublication> find_publication(Id partnership_id,
                                                          const ReportPeriod& period) override;
  void record_publication(Id partnership_id, const ReportPeriod& period, CivilDate published_on,
                          Id recorded_by, Instant recorded_at) override;
  bool record_sent(Id partnership_id, const ReportPeriod& period, YearlyReportRecipient recipient,
                   CivilDate sent_on) override;

 private:
  void count_rapid_reviews(Id partnership_id, const ReportPeriod& period,
                           std::map<Id, CountedFigures>& figures);
  void count_actions(Id partnership_id, const ReportPeriod& period,
                     std::map<Id, CountedFigures>& figures);
  void count_training(Id partnership_id, const ReportPeriod& period,
                      std::map<Id, CountedFigures>& figures);
  Poco::Data::Session& session_;
};

}  // namespace casereview::store
