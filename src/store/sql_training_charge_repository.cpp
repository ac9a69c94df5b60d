#include "store/sql_training_charge_repository.hpp"

#include "store/sql.hpp"

namespace casereview::store {

namespace {

// The charges of one partnership on sessions dated $2 to $3, with what the report shows beside
// each. A person's agency is their account's agency, else the organisation they gave.
const std::string charges_in_period =
    " FROM training_charges c JOIN bookings b ON b.id = c.booking_id JOIN training_sessions s ON "
    "s.id = b.session_id JOIN courses co ON co.id = b.course_id JOIN users u ON u.id = b.user_id "
    "LEFT JOIN agencies g ON g.id = u.agency_id WHERE c.partnership_id = $1 AND s.session_date >= "
    "$2 AND s.session_date <= $3";
const std::string agency_of = "COALESCE(g.name, NULLIF(u.organisation, ''), '')";

TrainingCharge charge_from(const Row& row, std::size_t first) {
  return TrainingCharge{row.integer(first),
                        row.integer(first + 1),
                        row.stored(first + 2, charge_reason_from_name),
                        row.stored(first + 3, session_length_from_name),
                        row.integer(first + 4),
                        row.instant(first + 5)};
}

}  // namespace

void SqlTrainingChargeRepository::record(const TrainingCharge& charge) {
  // Only onto the partnership's own booking, so another partnership cannot charge it.
  execute(session_,
          "INSERT INTO training_charges (booking_id, partnership_id, reason, session_length, "
          "amount_pence, recorded_at) SELECT b.id, b.partnership_id, $3, $4, $5, $6 FROM bookings "
          "b WHERE b.partnership_id = $1 AND b.id = $2 ON CONFLICT (booking_id) DO UPDATE SET "
          "reason = excluded.reason, session_length = excluded.session_length, amount_pence = "
          "excluded.amount_pence, recorded_at = excluded.recorded_at",
          {charge.partnership_id, charge.booking_id, charge_reason_name(charge.reason),
           session_length_name(charge.length), static_cast<std::int64_t>(charge.amount_pence),
           format_instant(charge.recorded_at)});
}

bool SqlTrainingChargeRepository::remove(Id partnership_id, Id booking_id) {
  return execute(session_,
                 "DELETE FROM training_charges WHERE partnership_id = $1 AND booking_id = $2",
                 {partnership_id, booking_id}) > 0;
}

std::optional<TrainingCharge> SqlTrainingChargeRepository::find(Id partnership_id, Id booking_id) {
  const auto rows = query(session_,
                          "SELECT booking_id, partnership_id, reason, session_length, "
                          "amount_pence, recorded_at FROM training_charges WHERE partnership_id = "
                          "$1 AND booking_id = $2",
                          {partnership_id, booking_id});
  if (rows.empty()) return std::nullopt;
  return charge_from(rows.front(), 0);
}

std::vector<AgencyChargeTotal> SqlTrainingChargeRepository::totals(Id partnership_id,
                                                                   CivilDate from, CivilDate to) {
  std::vector<AgencyChargeTotal> totals;
  for (const Row& row :
       query(session_,
             "SELECT " + agency_of +
                 " AS agency, SUM(CASE WHEN c.reason = 'late_cancellation' THEN 1 ELSE 0 END), "
                 "SUM(CASE WHEN c.reason = 'no_show' THEN 1 ELSE 0 END), SUM(c.amount_pence)" +
                 charges_in_period + " GROUP BY " + agency_of + " ORDER BY " + agency_of +
                 " = '', " + agency_of,
             {partnership_id, from.to_iso_string(), to.to_iso_string()}))
    totals.push_back({row.text(0), row.integer(1), row.integer(2), row.integer(3)});
  return totals;
}

int SqlTrainingChargeRepository::count(Id partnership_id, CivilDate from, CivilDate to) {
  return static_cast<int>(query(session_, "SELECT COUNT(*)" + charges_in_period,
                                {partnership_id, from.to_iso_string(), to.to_iso_string()})
                              .at(0)
                              .integer(0));
}

std::vector<ChargeRow> SqlTrainingChargeRepository::page(Id partnership_id, CivilDate from,
                                                         CivilDate to, int offset, int limit) {
  std::vector<ChargeRow> rows;
  for (const Row& row :
       query(session_,
             "SELECT c.booking_id, c.partnership_id, c.reason, c.session_length, c.amount_pence, "
             "c.recorded_at, " +
                 agency_of + ", u.name, u.email, s.id, co.title, s.session_date" +
                 charges_in_period + " ORDER BY " + agency_of + " = '', " + agency_of +
                 ", s.session_date, u.name, c.booking_id LIMIT $4 OFFSET $5",
             {partnership_id, from.to_iso_string(), to.to_iso_string(),
              static_cast<std::int64_t>(limit), static_cast<std::int64_t>(offset)})) {
    rows.push_back(ChargeRow{charge_from(row, 0), row.text(6), row.text(7), row.text(8),
                             row.integer(9), row.text(10), row.date(11)});
  }
  return rows;
}

}  // namespace casereview::store
