// Storage of the yearly report's figures (Rule YR-1, issue 15): counts the database makes for a
// period, for one partnership or (for the Panel) every partnership at once, one row per
// partnership. What needs the partnership's working-day calendar or the review's clock — the
// working days a notification took, whether a cancellation came after its cut-off, a review's due
// date — is read as dates, a batch at a time, and counted by the use case.
//
// `partnership_id` 0 means every partnership; any other id reads that partnership's rows only.
// Implemented in store/sql_yearly_report_repository.*.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/civil_date.hpp"
#include "domain/instant.hpp"
#include "domain/partnership.hpp"
#include "domain/review_timescale.hpp"
#include "domain/yearly_report.hpp"

namespace casereview {

// A notification the partnership became aware of in the period.
struct NotificationDates {
  Id partnership_id = 0;
  CivilDate aware_on = no_date();
  CivilDate notify_by = no_date();
  std::optional<CivilDate> sent_on;
};

// A review commissioned by the period's end and not published before it began, with its clock.
struct ReviewDates {
  Id partnership_id = 0;
  CivilDate commissioned_on = no_date();
  std::optional<CivilDate> completed_on;  // its final version marked
  std::optional<CivilDate> published_on;
  ReviewClock clock;
};

// A booking its holder cancelled, on a session held in the period.
struct CancellationDates {
  Id partnership_id = 0;
  CivilDate session_on = no_date();
  int cancellation_cutoff = 0;         // working days before the session
  CivilDate cancelled_on = no_date();  // in Europe/London
};

// Figures the database counts whole; the use case adds what needs a calendar.
struct CountedFigures {
  RapidReviewFigures rapid_reviews;
  ActionFigures actions;     // without by_agency and by_kind
  TrainingFigures training;  // without late_cancellations and trained_by_agency
};

struct ThemeEntryCount {
  std::string theme;
  long long entries = 0;
  long long cases = 0;
};

// Rule YR-1: a yearly report's publication, and when it was sent to the Panel and to Foundations.
struct YearlyReportPublication {
  ReportPeriod period;
  CivilDate published_on = no_date();
  Id recorded_by = 0;
  Instant recorded_at;
  std::optional<CivilDate> sent_to_panel_on;
  std::optional<CivilDate> sent_to_foundations_on;
};

enum class YearlyReportRecipient { panel, foundations };

class YearlyReportRepository {
 public:
  virtual ~YearlyReportRepository() = default;
  // Each callback is called a batch at a time, in a stable order, so no period of any size is
  // held in memory whole.
  virtual void each_notification(Id partnership_id, const ReportPeriod& period,
                                 const std::function<void(const NotificationDates&)>& visit) = 0;
  virtual void each_review(Id partnership_id, const ReportPeriod& period,
                           const std::function<void(const ReviewDates&)>& visit) = 0;
  virtual void each_cancellation(Id partnership_id, const ReportPeriod& period,
                                 const std::function<void(const CancellationDates&)>& visit) = 0;
  // Rapid reviews, actions and training counted per partnership (partnerships with nothing to
  // count are missing).
  virtual std::map<Id, CountedFigures> counted(Id partnership_id, const ReportPeriod& period) = 0;
  // One partnership's actions by agency and by kind (the kind's stored name as the label).
  virtual std::vector<ActionBreakdown> actions_by_agency(Id partnership_id,
                                                         const ReportPeriod& period) = 0;
  virtual std::vector<ActionBreakdown> actions_by_kind(Id partnership_id,
                                                       const ReportPeriod& period) = 0;
  // People of each agency (by their account's agency) who attended a session in the period.
  virtual std::vector<AgencyCount> trained_by_agency(Id partnership_id,
                                                     const ReportPeriod& period) = 0;
  // Every library theme with the entries published in the period (0 for every partnership).
  virtual std::vector<ThemeEntryCount> themes(Id partnership_id, const ReportPeriod& period) = 0;

  // Rule YR-1: the partnership's record of publishing its report for exactly this period.
  virtual std::optional<YearlyReportPublication> find_publication(Id partnership_id,
                                                                  const ReportPeriod& period) = 0;
  // Records the day it was published (or corrects it), keeping the days it was sent.
  virtual void record_publication(Id partnership_id, const ReportPeriod& period,
                                  CivilDate published_on, Id recorded_by, Instant recorded_at) = 0;
  // Records the day it was sent to `recipient`; false when it is not recorded as published.
  virtual bool record_sent(Id partnership_id, const ReportPeriod& period,
                           YearlyReportRecipient recipient, CivilDate sent_on) = 0;
};

}  // namespace casereview
