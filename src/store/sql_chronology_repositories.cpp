// SQL for chronologies: see sql_chronology_repositories.hpp. Dates of entries are stored as their
// value, precision and uncertainty (Rule CHR-2) and read back through ApproximateDate::from_value;
// a stored precision that does not match its value fails loudly like any unknown stored name.
#include "store/sql_chronology_repositories.hpp"

#include <algorithm>
#include <string>

#include "store/sql.hpp"

namespace casereview::store {

namespace {

SqlValue date_text(CivilDate value) { return value.to_iso_string(); }
SqlValue flag(bool value) { return static_cast<std::int64_t>(value ? 1 : 0); }
SqlValue optional_instant_text(const std::optional<Instant>& value) {
  if (!value) return sql_null();
  return format_instant(*value);
}

const char* const request_columns =
    "SELECT id, partnership_id, case_id, agency_id, scope_from, scope_to, requested_on, due_on, "
    "note, requested_by, status, no_involvement, submitted_at, submitted_by, returned_at, "
    "returned_by, return_reason FROM chronology_requests ";

ChronologyRequest request_from(const Row& row) {
  ChronologyRequest request;
  request.id = row.integer(0);
  request.partnership_id = row.integer(1);
  request.case_id = row.integer(2);
  request.agency_id = row.integer(3);
  request.scope_from = row.date(4);
  request.scope_to = row.date(5);
  request.requested_on = row.date(6);
  request.due_on = row.date(7);
  request.note = row.text(8);
  request.requested_by = row.integer(9);
  request.status = row.stored(10, chronology_status_from_name);
  request.involvement = row.integer(11) != 0 ? Involvement::no_involvement : Involvement::involved;
  request.submitted_at = row.optional_instant(12);
  request.submitted_by = row.optional_integer(13);
  request.returned_at = row.optional_instant(14);
  request.returned_by = row.optional_integer(15);
  request.return_reason = row.text(16);
  return request;
}

template <typename T, typename Convert>
std::vector<T> all_of(const std::vector<Row>& rows, Convert convert) {
  std::vector<T> result;
  result.reserve(rows.size());
  for (const Row& row : rows) result.push_back(convert(row));
  return result;
}

// Columns 0.. of an entry as entry_columns selects them.
const char* const entry_columns =
    "SELECT e.id, r.agency_id, e.position, e.date_value, e.date_precision, e.date_uncertain, "
    "e.time_of_day, e.end_value, e.end_precision, e.end_uncertain, e.sequence, e.source, "
    "e.subject, e.event, e.action, e.outcome, e.significance "
    "FROM chronology_entries e JOIN chronology_requests r ON r.id = e.request_id "
    "AND r.partnership_id = e.partnership_id ";

// Rule CHR-2: a date read back with its precision and uncertainty; the stored precision must be
// the value's own.
ApproximateDate stored_date(const Row& row, std::size_t value, std::size_t precision,
                            std::size_t uncertain) {
  const DatePrecision expected = row.stored(precision, date_precision_from_name);
  const DateCertainty certainty =
      row.integer(uncertain) != 0 ? DateCertainty::uncertain : DateCertainty::certain;
  const ApproximateDate date = row.stored(
      value, [&](const std::string& text) { return ApproximateDate::from_value(text, certainty); });
  if (date.precision() != expected)
    throw StoredValueError("stored " + row.name(precision) + " has unknown value '" +
                           row.text(precision) + "'");
  return date;
}

ChronologyEntry entry_from(const Row& row) {
  ChronologyEntry entry;
  entry.id = row.integer(0);
  entry.agency_id = row.integer(1);
  entry.position = static_cast<int>(row.integer(2));
  entry.date = stored_date(row, 3, 4, 5);
  entry.time = row.optional_stored(
      6, [](const std::string& text) { return parse_time_of_day("time_of_day", text); });
  if (row.optional_text(7)) entry.end_date = stored_date(row, 7, 8, 9);
  if (auto sequence = row.optional_integer(10)) entry.sequence = static_cast<int>(*sequence);
  entry.source = row.text(11);
  entry.subject = row.text(12);
  entry.event = row.text(13);
  entry.action = row.text(14);
  entry.outcome = row.text(15);
  entry.significance = row.text(16);
  return entry;
}

// The values of an entry's columns from date_value to significance, in the order of
// entry_value_columns.
const char* const entry_value_columns =
    "date_value, date_precision, date_uncertain, date_first_day, time_of_day, end_value, "
    "end_precision, end_uncertain, sequence, source, subject, event, action, outcome, "
    "significance";
constexpr std::size_t entry_value_count = 15;

void append_entry_values(std::vector<SqlValue>& values, const ChronologyEntry& entry) {
  values.emplace_back(entry.date.value());
  values.emplace_back(std::string(date_precision_name(entry.date.precision())));
  values.push_back(flag(entry.date.is_uncertain()));
  values.push_back(date_text(entry.date.first_day()));
  values.push_back(entry.time ? SqlValue(entry.time->text()) : sql_null());
  if (entry.end_date) {
    values.emplace_back(entry.end_date->value());
    values.emplace_back(std::string(date_precision_name(entry.end_date->precision())));
    values.push_back(flag(entry.end_date->is_uncertain()));
  } else {
    values.insert(values.end(), {sql_null(), sql_null(), sql_null()});
  }
  values.push_back(entry.sequence ? SqlValue(static_cast<std::int64_t>(*entry.sequence))
                                  : sql_null());
  values.insert(values.end(), {entry.source, entry.subject, entry.event, entry.action,
                               entry.outcome, entry.significance});
}

// "$first, $first+1, …" for `count` parameters.
std::string placeholders(std::size_t first, std::size_t count) {
  std::string text;
  for (std::size_t index = 0; index < count; ++index)
    text += (index ? ", $" : "$") + std::to_string(first + index);
  return text;
}

// Rows per multi-row INSERT: 18 parameters each stays far below both engines' limits.
constexpr std::size_t rows_per_insert = 200;

}  // namespace

std::optional<ChronologyRequest> SqlChronologyRequestRepository::add(
    const ChronologyRequest& request) {
  auto rows = query(
      session_,
      "INSERT INTO chronology_requests (partnership_id, case_id, agency_id, "
      "scope_from, scope_to, requested_on, due_on, note, requested_by, status) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT DO NOTHING "
      "RETURNING id",
      {request.partnership_id, request.case_id, request.agency_id, date_text(request.scope_from),
       date_text(request.scope_to), date_text(request.requested_on), date_text(request.due_on),
       request.note, request.requested_by,
       std::string(chronology_status_name(ChronologyStatus::requested))});
  if (rows.empty()) return std::nullopt;
  return find(request.partnership_id, rows.front().integer(0));
}

std::optional<ChronologyRequest> SqlChronologyRequestRepository::find(Id partnership_id,
                                                                      Id request_id) {
  auto rows =
      query(session_, std::string(request_columns) + "WHERE partnership_id = $1 AND id = $2",
            {partnership_id, request_id});
  if (rows.empty()) return std::nullopt;
  return request_from(rows.front());
}

std::vector<ChronologyRequest> SqlChronologyRequestRepository::list_for_case(Id partnership_id,
                                                                             Id case_id) {
  return all_of<ChronologyRequest>(
      query(session_,
            std::string(request_columns) +
                "WHERE partnership_id = $1 AND case_id = $2 ORDER BY agency_id, id",
            {partnership_id, case_id}),
      request_from);
}

std::vector<ChronologyRequest> SqlChronologyRequestRepository::list_for_agency(Id partnership_id,
                                                                               Id agency_id) {
  return all_of<ChronologyRequest>(
      query(session_,
            std::string(request_columns) +
                "WHERE partnership_id = $1 AND agency_id = $2 ORDER BY due_on, id",
            {partnership_id, agency_id}),
      request_from);
}

std::vector<ChronologyRequest>
SqlChronologyRequestRepository::list_unsubmitted_in_all_partnerships() {
  return all_of<ChronologyRequest>(
      query(session_, std::string(request_columns) + "WHERE status <> $1 ORDER BY id",
            {std::string(chronology_status_name(ChronologyStatus::submitted))}),
      request_from);
}

bool SqlChronologyRequestRepository::change_status(const ChronologyRequest& request,
                                                   ChronologyStatus expected) {
  return execute(session_,
                 "UPDATE chronology_requests SET status = $1, no_involvement = $2, "
                 "submitted_at = $3, submitted_by = $4, returned_at = $5, returned_by = $6, "
                 "return_reason = $7 WHERE partnership_id = $8 AND id = $9 AND status = $10",
                 {std::string(chronology_status_name(request.status)),
                  flag(request.involvement == Involvement::no_involvement),
                  optional_instant_text(request.submitted_at), sql_optional(request.submitted_by),
                  optional_instant_text(request.returned_at), sql_optional(request.returned_by),
                  request.return_reason, request.partnership_id, request.id,
                  std::string(chronology_status_name(expected))}) == 1;
}

Id SqlChronologyEntryRepository::add(Id partnership_id, Id request_id,
                                     const ChronologyEntry& entry) {
  std::vector<SqlValue> values = {partnership_id, request_id,
                                  static_cast<std::int64_t>(entry.position)};
  append_entry_values(values, entry);
  auto rows = query(session_,
                    std::string("INSERT INTO chronology_entries (partnership_id, request_id, "
                                "position, ") +
                        entry_value_columns + ") VALUES (" +
                        placeholders(1, 3 + entry_value_count) + ") RETURNING id",
                    values);
  return rows.front().integer(0);
}

void SqlChronologyEntryRepository::add_all(Id partnership_id, Id request_id,
                                           const std::vector<ChronologyEntry>& entries) {
  const std::size_t per_row = 3 + entry_value_count;
  for (std::size_t first = 0; first < entries.size(); first += rows_per_insert) {
    const std::size_t last = std::min(entries.size(), first + rows_per_insert);
    std::string sql = std::string(
                          "INSERT INTO chronology_entries (partnership_id, request_id, "
                          "position, ") +
                      entry_value_columns + ") VALUES ";
    std::vector<SqlValue> values;
    values.reserve((last - first) * per_row);
    for (std::size_t index = first; index < last; ++index) {
      sql += (index == first ? "(" : ", (") + placeholders(values.size() + 1, per_row) + ")";
      values.insert(values.end(), {partnership_id, request_id,
                                   static_cast<std::int64_t>(entries[index].position)});
      append_entry_values(values, entries[index]);
    }
    execute(session_, sql, values);
  }
}

std::optional<ChronologyEntry> SqlChronologyEntryRepository::find(Id partnership_id, Id request_id,
                                                                  Id entry_id) {
  auto rows = query(session_,
                    std::string(entry_columns) +
                        "WHERE e.partnership_id = $1 AND e.request_id = $2 AND e.id = $3",
                    {partnership_id, request_id, entry_id});
  if (rows.empty()) return std::nullopt;
  return entry_from(rows.front());
}

std::vector<ChronologyEntry> SqlChronologyEntryRepository::list(Id partnership_id, Id request_id) {
  return all_of<ChronologyEntry>(
      query(session_,
            std::string(entry_columns) +
                "WHERE e.partnership_id = $1 AND e.request_id = $2 ORDER BY e.position, e.id",
            {partnership_id, request_id}),
      entry_from);
}

int SqlChronologyEntryRepository::count(Id partnership_id, Id request_id) {
  auto rows = query(session_,
                    "SELECT COUNT(*) FROM chronology_entries WHERE partnership_id = $1 AND "
                    "request_id = $2",
                    {partnership_id, request_id});
  return static_cast<int>(rows.front().integer(0));
}

int SqlChronologyEntryRepository::next_position(Id partnership_id, Id request_id) {
  // The request's row is locked first (an update that changes nothing: SQLite has no FOR UPDATE,
  // and its writers take turns anyway), so that on PostgreSQL two contributors adding entries at
  // once take turns here and never get one position; the MAX below then sees the other's entry,
  // as READ COMMITTED reads anew at each statement. The kill -9 test
  // (tests/web/crash_recovery_test.cpp) found the duplicates.
  execute(session_, "UPDATE chronology_requests SET id = id WHERE partnership_id = $1 AND id = $2",
          {partnership_id, request_id});
  auto rows = query(session_,
                    "SELECT COALESCE(MAX(position) + 1, 0) FROM chronology_entries WHERE "
                    "partnership_id = $1 AND request_id = $2",
                    {partnership_id, request_id});
  return static_cast<int>(rows.front().integer(0));
}

bool SqlChronologyEntryRepository::update(Id partnership_id, Id request_id,
                                          const ChronologyEntry& entry) {
  std::vector<SqlValue> values;
  append_entry_values(values, entry);
  values.insert(values.end(), {partnership_id, request_id, entry.id});
  return execute(session_,
                 "UPDATE chronology_entries SET date_value = $1, date_precision = $2, "
                 "date_uncertain = $3, date_first_day = $4, time_of_day = $5, end_value = $6, "
                 "end_precision = $7, end_uncertain = $8, sequence = $9, source = $10, "
                 "subject = $11, event = $12, action = $13, outcome = $14, significance = $15 "
                 "WHERE partnership_id = $16 AND request_id = $17 AND id = $18",
                 values) == 1;
}

bool SqlChronologyEntryRepository::remove(Id partnership_id, Id request_id, Id entry_id) {
  if (!find(partnership_id, request_id, entry_id)) return false;
  execute(session_,
          "DELETE FROM chronology_duplicate_decisions WHERE partnership_id = $1 AND "
          "(first_entry_id = $2 OR second_entry_id = $3)",
          {partnership_id, entry_id, entry_id});
  return execute(session_,
                 "DELETE FROM chronology_entries WHERE partnership_id = $1 AND request_id = $2 "
                 "AND id = $3",
                 {partnership_id, request_id, entry_id}) == 1;
}

int SqlChronologyEntryRepository::remove_all(Id partnership_id, Id request_id) {
  execute(session_,
          "DELETE FROM chronology_duplicate_decisions WHERE partnership_id = $1 AND "
          "(first_entry_id IN (SELECT id FROM chronology_entries WHERE partnership_id = $2 AND "
          "request_id = $3) OR second_entry_id IN (SELECT id FROM chronology_entries WHERE "
          "partnership_id = $4 AND request_id = $5))",
          {partnership_id, partnership_id, request_id, partnership_id, request_id});
  return static_cast<int>(execute(session_,
                                  "DELETE FROM chronology_entries WHERE partnership_id = $1 AND "
                                  "request_id = $2",
                                  {partnership_id, request_id}));
}

std::vector<ChronologyEntry> SqlChronologyEntryRepository::list_submitted_for_case(
    Id partnership_id, Id case_id) {
  return all_of<ChronologyEntry>(
      query(session_,
            std::string(entry_columns) +
                "WHERE e.partnership_id = $1 AND r.case_id = $2 AND r.status = 'submitted' "
                "ORDER BY r.agency_id, e.position, e.id",
            {partnership_id, case_id}),
      entry_from);
}

void SqlDuplicateDecisionRepository::put(const DuplicateDecision& decision) {
  const Id first = std::min(decision.first_entry_id, decision.second_entry_id);
  const Id second = std::max(decision.first_entry_id, decision.second_entry_id);
  execute(session_,
          "INSERT INTO chronology_duplicate_decisions (first_entry_id, second_entry_id, "
          "partnership_id, case_id, verdict, decided_by, decided_at) VALUES ($1, $2, $3, $4, $5, "
          "$6, $7) ON CONFLICT (first_entry_id, second_entry_id) DO UPDATE SET verdict = "
          "excluded.verdict, decided_by = excluded.decided_by, decided_at = excluded.decided_at",
          {first, second, decision.partnership_id, decision.case_id,
           std::string(duplicate_verdict_name(decision.verdict)), decision.decided_by,
           format_instant(decision.decided_at)});
}

std::vector<DuplicateDecision> SqlDuplicateDecisionRepository::list_for_case(Id partnership_id,
                                                                             Id case_id) {
  return all_of<DuplicateDecision>(
      query(session_,
            "SELECT first_entry_id, second_entry_id, partnership_id, case_id, verdict, "
            "decided_by, decided_at FROM chronology_duplicate_decisions WHERE partnership_id = "
            "$1 AND case_id = $2 ORDER BY first_entry_id, second_entry_id",
            {partnership_id, case_id}),
      [](const Row& row) {
        DuplicateDecision decision;
        decision.first_entry_id = row.integer(0);
        decision.second_entry_id = row.integer(1);
        decision.partnership_id = row.integer(2);
        decision.case_id = row.integer(3);
        decision.verdict = row.stored(4, duplicate_verdict_from_name);
        decision.decided_by = row.integer(5);
        decision.decided_at = row.instant(6);
        return decision;
      });
}

}  // namespace casereview::store
