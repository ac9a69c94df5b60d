// Storage of late cancellations and no-shows with their charges (Rule TRN-9, issue 18): one per
// booking at most, written by the use cases that cancel a booking or mark the register, and read
// as a report for invoicing. Implemented in store/sql_training_charge_repository.*.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/civil_date.hpp"
#include "domain/partnership.hpp"
#include "domain/training_charges.hpp"

namespace casereview {

// One charge as the report shows it.
struct ChargeRow {
  TrainingCharge charge;
  std::string agency;  // the person's agency, else the organisation they gave, else ""
  std::string person_name;
  std::string person_email;
  Id session_id = 0;
  std::string course_title;
  CivilDate session_date = no_date();
};

// The charges of one agency in a period.
struct AgencyChargeTotal {
  std::string agency;  // as ChargeRow::agency
  long long late_cancellations = 0;
  long long no_shows = 0;
  long long amount_pence = 0;
};

class TrainingChargeRepository {
 public:
  virtual ~TrainingChargeRepository() = default;
  // Records the booking's late cancellation or no-show, replacing any it had.
  virtual void record(const TrainingCharge& charge) = 0;
  // Removes the booking's charge (a did-not-attend mark corrected); false when it had none.
  virtual bool remove(Id partnership_id, Id booking_id) = 0;
  virtual std::optional<TrainingCharge> find(Id partnership_id, Id booking_id) = 0;
  // The partnership's charges on sessions dated `from` to `to`, both included: the totals per
  // agency, by agency name ("" last); how many charges in all; and one page of them, ordered by
  // agency as the totals, then session date, person's name and booking.
  virtual std::vector<AgencyChargeTotal> totals(Id partnership_id, CivilDate from,
                                                CivilDate to) = 0;
  virtual int count(Id partnership_id, CivilDate from, CivilDate to) = 0;
  virtual std::vector<ChargeRow> page(Id partnership_id, CivilDate from, CivilDate to, int offset,
                                      int limit) = 0;
};

}  // namespace casereview
