// SQL for the review's report: see sql_report_repositories.hpp.
#include "store/sql_report_repositories.hpp"

#include "store/sql.hpp"

namespace casereview::store {

namespace {

// Columns 0..10 of a version; column 5 is its text, or '' where a list leaves it out.
std::string version_columns(const char* text_column) {
  return std::string("SELECT id, partnership_id, case_id, number, format, ") + text_column +
         ", file_name, sha256, file_size, created_by, created_at FROM report_versions ";
}

ReportVersion version_from(const Row& row) {
  ReportVersion version;
  version.id = row.integer(0);
  version.partnership_id = row.integer(1);
  version.case_id = row.integer(2);
  version.number = static_cast<int>(row.integer(3));
  version.format = row.stored(4, report_format_from_name);
  version.text = row.text(5);
  version.file_name = row.text(6);
  version.sha256 = row.text(7);
  version.file_size = static_cast<std::size_t>(row.integer(8));
  version.created_by = row.integer(9);
  version.created_at = row.instant(10);
  return version;
}

}  // namespace

// Rule RPT-1: the number comes from one upsert of the case's counter, which holds its row (and on
// SQLite the database) for the rest of the transaction: a second saver waits, then takes the next.
ReportVersion SqlReportRepository::add(const ReportVersion& version, const std::string& original) {
  const auto numbered = query(session_,
                              "INSERT INTO report_version_numbers (case_id, partnership_id, "
                              "last_number) VALUES ($1, $2, 1) ON CONFLICT (case_id) DO UPDATE SET "
                              "last_number = report_version_numbers.last_number + 1 "
                              "RETURNING last_number",
                              {version.case_id, version.partnership_id});
  ReportVersion stored = version;
  stored.number = static_cast<int>(numbered.front().integer(0));
  const auto rows = query(
      session_,
      "INSERT INTO report_versions (partnership_id, case_id, number, format, text, file_name, "
      "sha256, file_size, original, created_by, created_at) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
      {version.partnership_id, version.case_id, static_cast<std::int64_t>(stored.number),
       std::string(report_format_name(version.format)), version.text, version.file_name,
       version.sha256, static_cast<std::int64_t>(version.file_size),
       version.format == ReportFormat::markdown ? sql_null() : SqlValue(base64(original)),
       version.created_by, format_instant(version.created_at)});
  stored.id = rows.front().integer(0);
  return stored;
}

std::optional<ReportVersion> SqlReportRepository::find(Id partnership_id, Id case_id, int number) {
  const auto rows =
      query(session_,
            version_columns("text") + "WHERE partnership_id = $1 AND case_id = $2 AND number = $3",
            {partnership_id, case_id, static_cast<std::int64_t>(number)});
  if (rows.empty()) return std::nullopt;
  return version_from(rows.front());
}

std::optional<ReportVersion> SqlReportRepository::find_by_id(Id partnership_id, Id version_id) {
  const auto rows = query(session_, version_columns("''") + "WHERE partnership_id = $1 AND id = $2",
                          {partnership_id, version_id});
  if (rows.empty()) return std::nullopt;
  return version_from(rows.front());
}

std::optional<std::string> SqlReportRepository::original(Id partnership_id, Id case_id,
                                                         int number) {
  const auto rows = query(session_,
                          "SELECT original FROM report_versions WHERE partnership_id = $1 AND "
                          "case_id = $2 AND number = $3",
                          {partnership_id, case_id, static_cast<std::int64_t>(number)});
  if (rows.empty() || !rows.front().optional_text(0)) return std::nullopt;
  return from_base64(rows.front().text(0));
}

std::vector<ReportVersion> SqlReportRepository::list_for_case(Id partnership_id, Id case_id,
                                                              int limit, int offset) {
  std::vector<ReportVersion> versions;
  for (const Row& row : query(session_,
                              version_columns("''") + "WHERE partnership_id = $1 AND case_id = $2 "
                                                      "ORDER BY number DESC LIMIT $3 OFFSET $4",
                              {partnership_id, case_id, static_cast<std::int64_t>(limit),
                               static_cast<std::int64_t>(offset)}))
    versions.push_back(version_from(row));
  return versions;
}

int SqlReportRepository::count_for_case(Id partnership_id, Id case_id) {
  const auto rows = query(
      session_, "SELECT COUNT(*) FROM report_versions WHERE partnership_id = $1 AND case_id = $2",
      {partnership_id, case_id});
  return static_cast<int>(rows.front().integer(0));
}

std::optional<ReportVersion> SqlReportRepository::latest_markdown(Id partnership_id, Id case_id) {
  const auto rows =
      query(session_,
            version_columns("text") +
                "WHERE partnership_id = $1 AND case_id = $2 AND format = $3 "
                "ORDER BY number DESC LIMIT 1",
            {partnership_id, case_id, std::string(report_format_name(ReportFormat::markdown))});
  if (rows.empty()) return std::nullopt;
  return version_from(rows.front());
}

}  // namespace casereview::store
