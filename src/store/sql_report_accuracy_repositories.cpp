// SQL for the report's factual-accuracy round: see sql_report_accuracy_repositories.hpp.
#include "store/sql_report_accuracy_repositories.hpp"

#include "store/sql.hpp"

namespace casereview::store {

namespace {

// Columns 0..10 of a circulation, with the agency's comments on the version counted and the
// version's case and number.
constexpr const char* circulation_columns =
    "SELECT v.case_id, v.number, c.version_id, c.agency_id, c.partnership_id, c.due_on, "
    "c.circulated_by, "
    "c.circulated_at, c.answered_by, c.answered_at, (SELECT COUNT(*) FROM report_comments m "
    "WHERE m.version_id = c.version_id AND m.agency_id = c.agency_id) FROM report_circulations c "
    "JOIN report_versions v ON v.id = c.version_id ";

ReportCirculation circulation_from(const Row& row) {
  ReportCirculation circulation;
  circulation.case_id = row.integer(0);
  circulation.version_number = static_cast<int>(row.integer(1));
  circulation.version_id = row.integer(2);
  circulation.agency_id = row.integer(3);
  circulation.partnership_id = row.integer(4);
  circulation.due_on = row.date(5);
  circulation.circulated_by = row.integer(6);
  circulation.circulated_at = row.instant(7);
  circulation.answered_by = row.optional_integer(8);
  circulation.answered_at = row.optional_instant(9);
  circulation.comments = static_cast<int>(row.integer(10));
  return circulation;
}

constexpr const char* comment_columns =
    "SELECT id, partnership_id, version_id, agency_id, author_id, section, quote, text, "
    "created_at, decision, reply, replied_by, replied_at FROM report_comments ";

ReportComment comment_from(const Row& row) {
  ReportComment comment;
  comment.id = row.integer(0);
  comment.partnership_id = row.integer(1);
  comment.version_id = row.integer(2);
  comment.agency_id = row.integer(3);
  comment.author_id = row.integer(4);
  comment.section = row.text(5);
  comment.quote = row.text(6);
  comment.text = row.text(7);
  comment.created_at = row.instant(8);
  comment.decision = row.optional_stored(9, comment_decision_from_name);
  comment.reply = row.text(10);
  comment.replied_by = row.optional_integer(11);
  comment.replied_at = row.optional_instant(12);
  return comment;
}

// The agency filter of a comment query: "" for all agencies.
std::string agency_filter(std::optional<Id> agency_id, std::vector<SqlValue>& parameters) {
  if (!agency_id) return "";
  parameters.emplace_back(*agency_id);
  return " AND agency_id = $" + std::to_string(parameters.size());
}

}  // namespace

// An agency that has answered keeps its row as it is: the upsert's WHERE leaves it, and RETURNING
// then yields nothing.
bool SqlReportAccuracyRepository::circulate(const ReportCirculation& circulation) {
  return !query(session_,
                "INSERT INTO report_circulations (version_id, agency_id, partnership_id, due_on, "
                "circulated_by, circulated_at) VALUES ($1, $2, $3, $4, $5, $6) "
                "ON CONFLICT (version_id, agency_id) DO UPDATE SET due_on = excluded.due_on "
                "WHERE report_circulations.answered_at IS NULL RETURNING version_id",
                {circulation.version_id, circulation.agency_id, circulation.partnership_id,
                 circulation.due_on.to_iso_string(), circulation.circulated_by,
                 format_instant(circulation.circulated_at)})
              .empty();
}

std::vector<ReportCirculation> SqlReportAccuracyRepository::circulations(Id partnership_id,
                                                                         Id version_id) {
  std::vector<ReportCirculation> found;
  for (const Row& row :
       query(session_,
             std::string(circulation_columns) + "WHERE c.partnership_id = $1 AND c.version_id = $2 "
                                                "ORDER BY c.agency_id",
             {partnership_id, version_id}))
    found.push_back(circulation_from(row));
  return found;
}

std::optional<ReportCirculation> SqlReportAccuracyRepository::circulation(Id partnership_id,
                                                                          Id version_id,
                                                                          Id agency_id) {
  const auto rows = query(session_,
                          std::string(circulation_columns) +
                              "WHERE c.partnership_id = $1 AND c.version_id = $2 AND "
                              "c.agency_id = $3",
                          {partnership_id, version_id, agency_id});
  if (rows.empty()) return std::nullopt;
  return circulation_from(rows.front());
}

bool SqlReportAccuracyRepository::answer(Id partnership_id, Id version_id, Id agency_id, Id by,
                                         Instant at) {
  return execute(session_,
                 "UPDATE report_circulations SET answered_by = $1, answered_at = $2 "
                 "WHERE partnership_id = $3 AND version_id = $4 AND agency_id = $5 AND "
                 "answered_at IS NULL",
                 {by, format_instant(at), partnership_id, version_id, agency_id}) == 1;
}

std::vector<ReportCirculation> SqlReportAccuracyRepository::circulated_to_agency(Id partnership_id,
                                                                                 Id agency_id,
                                                                                 int limit,
                                                                                 int offset) {
  std::vector<ReportCirculation> found;
  for (const Row& row :
       query(session_,
             std::string(circulation_columns) +
                 "WHERE c.partnership_id = $1 AND c.agency_id = $2 "
                 "ORDER BY c.circulated_at DESC, c.version_id DESC LIMIT $3 OFFSET $4",
             {partnership_id, agency_id, static_cast<std::int64_t>(limit),
              static_cast<std::int64_t>(offset)}))
    found.push_back(circulation_from(row));
  return found;
}

int SqlReportAccuracyRepository::count_circulated_to_agency(Id partnership_id, Id agency_id) {
  return static_cast<int>(query(session_,
                                "SELECT COUNT(*) FROM report_circulations WHERE partnership_id = "
                                "$1 AND agency_id = $2",
                                {partnership_id, agency_id})
                              .front()
                              .integer(0));
}

Id SqlReportAccuracyRepository::add_comment(const ReportComment& comment) {
  return query(session_,
               "INSERT INTO report_comments (partnership_id, version_id, agency_id, author_id, "
               "section, quote, text, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) "
               "RETURNING id",
               {comment.partnership_id, comment.version_id, comment.agency_id, comment.author_id,
                comment.section, comment.quote, comment.text, format_instant(comment.created_at)})
      .front()
      .integer(0);
}

std::optional<ReportComment> SqlReportAccuracyRepository::find_comment(Id partnership_id,
                                                                       Id comment_id) {
  const auto rows =
      query(session_, std::string(comment_columns) + "WHERE partnership_id = $1 AND id = $2",
            {partnership_id, comment_id});
  if (rows.empty()) return std::nullopt;
  return comment_from(rows.front());
}

std::vector<ReportComment> SqlReportAccuracyRepository::comments(Id partnership_id, Id version_id,
                                                                 std::optional<Id> agency_id,
                                                                 int limit, int offset) {
  std::vector<SqlValue> parameters{partnership_id, version_id};
  const std::string filter = agency_filter(agency_id, parameters);
  parameters.emplace_back(static_cast<std::int64_t>(limit));
  parameters.emplace_back(static_cast<std::int64_t>(offset));
  std::vector<ReportComment> found;
  for (const Row& row :
       query(session_,
             std::string(comment_columns) + "WHERE partnership_id = $1 AND version_id = $2" +
                 filter + " ORDER BY id LIMIT $" + std::to_string(parameters.size() - 1) +
                 " OFFSET $" + std::to_string(parameters.size()),
             parameters))
    found.push_back(comment_from(row));
  return found;
}

int SqlReportAccuracyRepository::count_comments(Id partnership_id, Id version_id,
                                                std::optional<Id> agency_id) {
  std::vector<SqlValue> parameters{partnership_id, version_id};
  const std::string filter = agency_filter(agency_id, parameters);
  return static_cast<int>(
      query(session_,
            "SELECT COUNT(*) FROM report_comments WHERE partnership_id = $1 AND version_id = $2" +
                filter,
            parameters)
          .front()
          .integer(0));
}

// Rule RPT-1: one reply a comment; of two at once, the second changes nothing.
bool SqlReportAccuracyRepository::reply(Id partnership_id, Id comment_id, CommentDecision decision,
                                        const std::string& text, Id by, Instant at) {
  return execute(session_,
                 "UPDATE report_comments SET decision = $1, reply = $2, replied_by = $3, "
                 "replied_at = $4 WHERE partnership_id = $5 AND id = $6 AND decision IS NULL",
                 {std::string(comment_decision_name(decision)), text, by, format_instant(at),
                  partnership_id, comment_id}) == 1;
}

}  // namespace casereview::store
