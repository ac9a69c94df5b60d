// SQL for the yearly report's figures (Rule YR-1): see sql_yearly_report_repository.hpp.
#include "store/sql_yearly_report_repository.hpp"

#include "domain/action.hpp"
#include "domain/uk_time.hpp"
#include "store/sql.hpp"

namespace casereview::store {

namespace {

// Rows read at a time by the each_* methods.
constexpr int batch_size = 1000;

// The period as the SQL compares it: its first and last days, and its first moment and the first
// moment after it in Europe/London in the stored form of an instant (fixed width, so text order is
// time order).
struct Bounds {
  std::string from;
  std::string to;
  std::string start;
  std::string end;
};

Bounds bounds_of(const ReportPeriod& period) {
  return Bounds{period.from.to_iso_string(), period.to.to_iso_string(),
                format_instant(uk_start_of_day(period.from)),
                format_instant(uk_start_of_day(period.to.add_days(1)))};
}

// " AND column = $n" for one partnership; nothing for every partnership (id 0).
std::string scope(std::vector<SqlValue>& parameters, const std::string& column, Id partnership_id) {
  if (partnership_id == 0) return "";
  parameters.emplace_back(std::in_place_type<std::int64_t>, partnership_id);
  return " AND " + column + " = $" + std::to_string(parameters.size());
}

long long number(const Row& row, std::size_t column) {
  return row.optional_integer(column).value_or(0);
}

// An action's state at the period's end ($2 its first moment after, $1 its last day) and in the
// period ($3 its first moment), written once for the totals and both breakdowns.
constexpr const char* open_at_end = "(a.closed_at IS NULL OR a.closed_at >= $2)";
std::string action_sums() {
  const std::string open = open_at_end;
  return "SUM(CASE WHEN " + open + " THEN 1 ELSE 0 END), " +
         "SUM(CASE WHEN a.closed_at >= $3 AND a.closed_at < $2 THEN 1 ELSE 0 END), " +
         "SUM(CASE WHEN " + open + " AND a.due_on < $1 THEN 1 ELSE 0 END)";
}

ActionBreakdown breakdown_from(const Row& row, std::string label) {
  return ActionBreakdown{std::move(label), number(row, 1), number(row, 2), number(row, 3)};
}

// A column of the order rows are read in, batch after batch, and how to carry its value over.
struct KeyColumn {
  std::string expression;  // "id", "c.aware_on"
  bool integer = true;
};

// Runs `select` (a SELECT … WHERE …, its first columns the `keys`, bound from `parameters`) a
// batch at a time in the order of the keys, each batch starting after the last row of the one
// before (keyset paging: every batch is read from an index led by the keys, however deep).
void in_batches(Poco::Data::Session& session, const std::string& select,
                const std::vector<KeyColumn>& keys, const std::vector<SqlValue>& parameters,
                const std::function<void(const std::vector<Row>&)>& visit) {
  std::string order;
  for (const KeyColumn& key : keys) order += (order.empty() ? "" : ", ") + key.expression;
  std::vector<SqlValue> last;
  for (;;) {
    std::vector<SqlValue> bound = parameters;
    std::string sql = select;
    if (!last.empty()) {
      std::string values;
      for (const SqlValue& value : last) {
        bound.push_back(value);
        values += (values.empty() ? "$" : ", $") + std::to_string(bound.size());
      }
      sql += " AND (" + order + ") > (" + values + ")";
    }
    sql += " ORDER BY " + order + " LIMIT " + std::to_string(batch_size);
    const auto rows = query(session, sql, bound);
    if (!rows.empty()) {
      visit(rows);
      last.clear();
      for (std::size_t index = 0; index < keys.size(); ++index) {
        if (keys[index].integer)
          last.emplace_back(std::in_place_type<std::int64_t>, rows.back().integer(index));
        else
          last.emplace_back(std::in_place_type<std::string>, rows.back().text(index));
      }
    }
    if (rows.size() < static_cast<std::size_t>(batch_size)) return;
  }
}

}  // namespace

void SqlYearlyReportRepository::each_notification(
    Id partnership_id, const ReportPeriod& period,
    const std::function<void(const NotificationDates&)>& visit) {
  const Bounds b = bounds_of(period);
  std::vector<SqlValue> parameters{b.from, b.to};
  // In the order of the index cases_by_awareness (migration 0023), which holds every column read.
  const std::string select =
      "SELECT aware_on, id, partnership_id, notify_by, sent_on FROM cases WHERE aware_on >= $1 "
      "AND aware_on <= $2" +
      scope(parameters, "partnership_id", partnership_id);
  in_batches(
      session_, select, {{"aware_on", false}, {"id", true}}, parameters,
      [&](const std::vector<Row>& rows) {
        for (const Row& row : rows)
          visit(NotificationDates{row.integer(2), row.date(0), row.date(3), row.optional_date(4)});
      });
}

void SqlYearlyReportRepository::each_review(Id partnership_id, const ReportPeriod& period,
                                            const std::function<void(const ReviewDates&)>& visit) {
  const Bounds b = bounds_of(period);
  std::vector<SqlValue> parameters{b.end, b.from};
  const std::string select =
      "SELECT r.id, r.partnership_id, r.commissioned_at, r.decided_on, r.timescale_months, "
      "f.marked_at, p.published_on FROM reviews r "
      "LEFT JOIN report_finals f ON f.case_id = r.case_id "
      "LEFT JOIN publications p ON p.case_id = r.case_id "
      "WHERE r.commissioned_at < $1 AND (p.published_on IS NULL OR p.published_on >= $2)" +
      scope(parameters, "r.partnership_id", partnership_id);
  in_batches(session_, select, {{"r.id", true}}, parameters, [&](const std::vector<Row>& rows) {
    // The batch's pauses, in the order they happened (Rule REV-2).
    std::map<Id, std::vector<ReviewPause>> pauses;
    for (const Row& row : query(session_,
                                "SELECT review_id, reason, reason_text, paused_on, resumed_on FROM "
                                "review_pauses WHERE review_id >= $1 AND review_id <= $2 ORDER BY "
                                "review_id, id",
                                {rows.front().integer(0), rows.back().integer(0)})) {
      pauses[row.integer(0)].push_back(ReviewPause{
          row.stored(1, [](const std::string& name) { return pause_reason_from_name(name); }),
          row.text(2), row.date(3), row.optional_date(4)});
    }
    for (const Row& row : rows) {
      ReviewDates review;
      review.partnership_id = row.integer(1);
      review.commissioned_on = uk_date(row.instant(2));
      review.clock.decided_on = row.date(3);
      review.clock.timescale_months = static_cast<int>(row.integer(4));
      if (auto marked = row.optional_instant(5)) review.completed_on = uk_date(*marked);
      review.published_on = row.optional_date(6);
      if (auto found = pauses.find(row.integer(0)); found != pauses.end())
        review.clock.pauses = std::move(found->second);
      visit(review);
    }
  });
}

void SqlYearlyReportRepository::each_cancellation(
    Id partnership_id, const ReportPeriod& period,
    const std::function<void(const CancellationDates&)>& visit) {
  const Bounds b = bounds_of(period);
  std::vector<SqlValue> parameters{b.from, b.to};
  const std::string select =
      "SELECT b.id, b.partnership_id, s.session_date, s.cancellation_cutoff, b.updated_at FROM "
      "bookings b JOIN training_sessions s ON s.id = b.session_id WHERE b.state = "
      "'cancelled_by_person' AND s.status = 'scheduled' AND s.session_date >= $1 AND "
      "s.session_date <= $2" +
      scope(parameters, "b.partnership_id", partnership_id);
  in_batches(session_, select, {{"b.id", true}}, parameters, [&](const std::vector<Row>& rows) {
    for (const Row& row : rows)
      visit(CancellationDates{row.integer(1), row.date(2), static_cast<int>(row.integer(3)),
                              uk_date(row.instant(4))});
  });
}

std::map<Id, CountedFigures> SqlYearlyReportRepository::counted(Id partnership_id,
                                                                const ReportPeriod& period) {
  std::map<Id, CountedFigures> figures;
  count_rapid_reviews(partnership_id, period, figures);
  count_actions(partnership_id, period, figures);
  count_training(partnership_id, period, figures);
  return figures;
}

// Rule RR-1 (on time), Rule DEC-1 (the Panel's decision and its view of the recommendation).
void SqlYearlyReportRepository::count_rapid_reviews(Id partnership_id, const ReportPeriod& period,
                                                    std::map<Id, CountedFigures>& figures) {
  const Bounds b = bounds_of(period);
  std::vector<SqlValue> parameters{b.from, b.to};
  const std::string sql =
      "SELECT partnership_id, COUNT(*), "
      "SUM(CASE WHEN submitted_on <= rapid_review_due THEN 1 ELSE 0 END), "
      "SUM(CASE WHEN decision_outcome IS NOT NULL THEN 1 ELSE 0 END), "
      "SUM(CASE WHEN decision_outcome = 'no_review' THEN 1 ELSE 0 END), "
      "SUM(CASE WHEN decision_outcome = 'learning_review' THEN 1 ELSE 0 END), "
      "SUM(CASE WHEN decision_outcome = 'local_cspr' THEN 1 ELSE 0 END), "
      "SUM(CASE WHEN decision_outcome = 'national_review' THEN 1 ELSE 0 END), "
      "SUM(CASE WHEN decision_outcome IS NOT NULL AND decision_view = 'agrees' THEN 1 ELSE 0 END) "
      "FROM cases WHERE submitted_on >= $1 AND submitted_on <= $2" +
      scope(parameters, "partnership_id", partnership_id) + " GROUP BY partnership_id";
  for (const Row& row : query(session_, sql, parameters)) {
    RapidReviewFigures& counts = figures[row.integer(0)].rapid_reviews;
    counts.count = number(row, 1);
    counts.on_time = number(row, 2);
    counts.decided = number(row, 3);
    counts.no_review = number(row, 4);
    counts.learning_review = number(row, 5);
    counts.local_cspr = number(row, 6);
    counts.national_review = number(row, 7);
    counts.panel_agreed = number(row, 8);
  }
}

// Rule ACT-2 (closure and evidence of impact), Rule ACT-3 (overdue).
void SqlYearlyReportRepository::count_actions(Id partnership_id, const ReportPeriod& period,
                                              std::map<Id, CountedFigures>& figures) {
  const Bounds b = bounds_of(period);
  std::vector<SqlValue> parameters{b.to, b.end, b.start};
  const std::string sql =
      "SELECT a.partnership_id, " + action_sums() +
      ", SUM(CASE WHEN a.closed_at >= $3 AND a.closed_at < $2 AND substr(a.closed_at, 1, 10) <= "
      "a.due_on THEN 1 ELSE 0 END), "
      "SUM(CASE WHEN a.closed_at >= $3 AND a.closed_at < $2 AND EXISTS (SELECT 1 FROM "
      "action_evidence e WHERE e.action_id = a.id AND e.kind = 'impact') THEN 1 ELSE 0 END) "
      "FROM actions a WHERE a.created_at < $2" +
      scope(parameters, "a.partnership_id", partnership_id) + " GROUP BY a.partnership_id";
  for (const Row& row : query(session_, sql, parameters)) {
    ActionFigures& counts = figures[row.integer(0)].actions;
    counts.open = number(row, 1);
    counts.closed = number(row, 2);
    counts.overdue = number(row, 3);
    counts.closed_by_due_date = number(row, 4);
    counts.closed_with_impact = number(row, 5);
  }
  std::vector<SqlValue> check_parameters{b.from, b.to, b.start, b.end};
  const std::string checks =
      "SELECT partnership_id, "
      "SUM(CASE WHEN recorded_at >= $3 AND recorded_at < $4 THEN 1 ELSE 0 END), "
      "SUM(CASE WHEN recorded_at IS NULL AND due_on >= $1 AND due_on <= $2 THEN 1 ELSE 0 END) "
      "FROM action_assurance_checks WHERE planned_at < $4" +
      scope(check_parameters, "partnership_id", partnership_id) + " GROUP BY partnership_id";
  for (const Row& row : query(session_, checks, check_parameters)) {
    ActionFigures& counts = figures[row.integer(0)].actions;
    counts.assurance_checks_done = number(row, 1);
    counts.assurance_checks_planned = number(row, 2);
  }
}

void SqlYearlyReportRepository::count_training(Id partnership_id, const ReportPeriod& period,
                                               std::map<Id, CountedFigures>& figures) {
  const Bounds b = bounds_of(period);
  const std::string held =
      "s.status = 'scheduled' AND s.session_date >= $1 AND s.session_date <= $2";
  {
    std::vector<SqlValue> parameters{b.from, b.to};
    const std::string sql =
        "SELECT s.partnership_id, COUNT(*), SUM(s.capacity) FROM "
        "training_sessions s WHERE " +
        held + scope(parameters, "s.partnership_id", partnership_id) + " GROUP BY s.partnership_id";
    for (const Row& row : query(session_, sql, parameters)) {
      TrainingFigures& counts = figures[row.integer(0)].training;
      counts.sessions = number(row, 1);
      counts.places = number(row, 2);
    }
  }
  {
    std::vector<SqlValue> parameters{b.from, b.to};
    const std::string sql =
        "SELECT b.partnership_id, "
        "SUM(CASE WHEN b.state IN ('booked', 'attended', 'partly_attended', 'did_not_attend') "
        "THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN b.state IN ('attended', 'partly_attended') THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN b.state = 'did_not_attend' THEN 1 ELSE 0 END) "
        "FROM bookings b JOIN training_sessions s ON s.id = b.session_id WHERE " +
        held + scope(parameters, "b.partnership_id", partnership_id) + " GROUP BY b.partnership_id";
    for (const Row& row : query(session_, sql, parameters)) {
      TrainingFigures& counts = figures[row.integer(0)].training;
      counts.bookings = number(row, 1);
      counts.attended = number(row, 2);
      counts.did_not_attend = number(row, 3);
    }
  }
  {
    std::vector<SqlValue> parameters{b.start, b.end};
    const std::string sql =
        "SELECT partnership_id, COUNT(*) FROM certificates WHERE issued_at >= $1 AND issued_at < "
        "$2 AND withdrawn_at IS NULL" +
        scope(parameters, "partnership_id", partnership_id) + " GROUP BY partnership_id";
    for (const Row& row : query(session_, sql, parameters))
      figures[row.integer(0)].training.certificates = number(row, 1);
  }
  {
    std::vector<SqlValue> parameters{b.from, b.to};
    const std::string sql =
        "SELECT e.partnership_id, COUNT(*), SUM(e.usefulness) FROM evaluations e JOIN "
        "training_sessions s ON s.id = e.session_id WHERE " +
        held + scope(parameters, "e.partnership_id", partnership_id) + " GROUP BY e.partnership_id";
    for (const Row& row : query(session_, sql, parameters)) {
      TrainingFigures& counts = figures[row.integer(0)].training;
      counts.evaluations = number(row, 1);
      if (counts.evaluations > 0)
        counts.mean_usefulness = static_cast<double>(number(row, 2)) / counts.evaluations;
    }
  }
  {
    // A course answers a review when it is linked to it, or named by a training action made from
    // its case's recommendations (Rule ACT-1); the review counts while it ran in the period.
    std::vector<SqlValue> parameters{b.from, b.to, b.end};
    const std::string review_in_period =
        "r.commissioned_at < $3 AND NOT EXISTS (SELECT 1 FROM publications p WHERE p.case_id = "
        "r.case_id AND p.published_on < $1)";
    const std::string sql =
        "SELECT b.partnership_id, COUNT(DISTINCT b.user_id) FROM bookings b JOIN "
        "training_sessions s ON s.id = b.session_id WHERE " +
        held +
        " AND b.state IN ('attended', 'partly_attended') AND (EXISTS (SELECT 1 FROM "
        "course_review_links l JOIN reviews r ON r.id = l.review_id WHERE l.course_id = "
        "b.course_id AND " +
        review_in_period +
        ") OR EXISTS (SELECT 1 FROM action_courses ac JOIN actions a ON a.id = ac.action_id JOIN "
        "reviews r ON r.case_id = a.case_id WHERE ac.course_id = b.course_id AND " +
        review_in_period + "))" + scope(parameters, "b.partnership_id", partnership_id) +
        " GROUP BY b.partnership_id";
    for (const Row& row : query(session_, sql, parameters))
      figures[row.integer(0)].training.trained_on_review_courses = number(row, 1);
  }
}

std::vector<ActionBreakdown> SqlYearlyReportRepository::actions_by_agency(
    Id partnership_id, const ReportPeriod& period) {
  const Bounds b = bounds_of(period);
  std::vector<ActionBreakdown> rows;
  for (const Row& row :
       query(session_,
             "SELECT g.name, " + action_sums() +
                 " FROM actions a JOIN agencies g ON g.id = a.agency_id WHERE a.created_at < $2 "
                 "AND a.partnership_id = $4 GROUP BY g.id, g.name ORDER BY g.name, g.id",
             {b.to, b.end, b.start, partnership_id}))
    rows.push_back(breakdown_from(row, row.text(0)));
  return rows;
}

std::vector<ActionBreakdown> SqlYearlyReportRepository::actions_by_kind(
    Id partnership_id, const ReportPeriod& period) {
  const Bounds b = bounds_of(period);
  std::vector<ActionBreakdown> rows;
  for (const Row& row :
       query(session_,
             "SELECT a.kind, " + action_sums() +
                 " FROM actions a WHERE a.created_at < $2 AND a.partnership_id = $4 GROUP BY "
                 "a.kind ORDER BY a.kind",
             {b.to, b.end, b.start, partnership_id})) {
    const ActionKind kind =
        row.stored(0, [](const std::string& name) { return action_kind_from_name(name); });
    rows.push_back(breakdown_from(row, std::string(action_kind_text(kind))));
  }
  return rows;
}

std::vector<AgencyCount> SqlYearlyReportRepository::trained_by_agency(Id partnership_id,
                                                                      const ReportPeriod& period) {
  const Bounds b = bounds_of(period);
  std::vector<AgencyCount> rows;
  for (const Row& row : query(
           session_,
           "SELECT g.name, COUNT(DISTINCT b.user_id) FROM bookings b JOIN training_sessions s ON "
           "s.id = b.session_id JOIN users u ON u.id = b.user_id LEFT JOIN agencies g ON g.id = "
           "u.agency_id WHERE b.partnership_id = $3 AND s.status = 'scheduled' AND s.session_date "
           ">= $1 AND s.session_date <= $2 AND b.state IN ('attended', 'partly_attended') GROUP "
           "BY g.id, g.name ORDER BY g.name IS NULL, g.name, g.id",
           {b.from, b.to, partnership_id}))
    rows.push_back(AgencyCount{row.optional_text(0).value_or("No agency given"), number(row, 1)});
  return rows;
}

std::vector<ThemeEntryCount> SqlYearlyReportRepository::themes(Id partnership_id,
                                                               const ReportPeriod& period) {
  const Bounds b = bounds_of(period);
  std::vector<SqlValue> parameters{b.from, b.to};
  const std::string sql =
      "SELECT t.name, COUNT(e.id), COUNT(e.case_id) FROM library_themes t LEFT JOIN "
      "library_entry_themes et ON et.theme_id = t.id LEFT JOIN library_entries e ON e.id = "
      "et.entry_id AND e.published_on >= $1 AND e.published_on <= $2" +
      scope(parameters, "e.partnership_id", partnership_id) +
      " GROUP BY t.id, t.name, t.position ORDER BY t.position, t.id";
  std::vector<ThemeEntryCount> rows;
  for (const Row& row : query(session_, sql, parameters))
    rows.push_back(ThemeEntryCount{row.text(0), number(row, 1), number(row, 2)});
  return rows;
}

// Rule YR-1: the publication of exactly this period's report.
std::optional<YearlyReportPublication> SqlYearlyReportRepository::find_publication(
    Id partnership_id, const ReportPeriod& period) {
  const auto rows = query(session_,
                          "SELECT published_on, recorded_by, recorded_at, sent_to_panel_on, "
                          "sent_to_foundations_on FROM yearly_report_publications WHERE "
                          "partnership_id = $1 AND period_from = $2 AND period_to = $3",
                          {partnership_id, period.from.to_iso_string(), period.to.to_iso_string()});
  if (rows.empty()) return std::nullopt;
  const Row& row = rows.front();
  return YearlyReportPublication{period,         row.date(0),          row.integer(1),
                                 row.instant(2), row.optional_date(3), row.optional_date(4)};
}

// One statement, so that two people recording at once leave one row (the later date).
void SqlYearlyReportRepository::record_publication(Id partnership_id, const ReportPeriod& period,
                                                   CivilDate published_on, Id recorded_by,
                                                   Instant recorded_at) {
  execute(session_,
          "INSERT INTO yearly_report_publications (partnership_id, period_from, period_to, "
          "published_on, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT "
          "(partnership_id, period_from, period_to) DO UPDATE SET published_on = "
          "excluded.published_on, recorded_by = excluded.recorded_by, recorded_at = "
          "excluded.recorded_at",
          {partnership_id, period.from.to_iso_string(), period.to.to_iso_string(),
           published_on.to_iso_string(), recorded_by, format_instant(recorded_at)});
}

// Each recipient's day is its own column, so recording one never loses the other.
bool SqlYearlyReportRepository::record_sent(Id partnership_id, const ReportPeriod& period,
                                            YearlyReportRecipient recipient, CivilDate sent_on) {
  const std::string column =
      recipient == YearlyReportRecipient::panel ? "sent_to_panel_on" : "sent_to_foundations_on";
  return execute(session_,
                 "UPDATE yearly_report_publications SET " + column +
                     " = $4 WHERE partnership_id = $1 AND period_from = $2 AND period_to = $3",
                 {partnership_id, period.from.to_iso_string(), period.to.to_iso_string(),
                  sent_on.to_iso_string()}) == 1;
}

}  // namespace casereview::store
