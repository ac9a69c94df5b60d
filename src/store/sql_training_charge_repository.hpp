// The SQL repository of late cancellations and no-shows, Rule TRN-9
// (app/ports/training_charges.hpp). One SQL text for both engines.
#pragma once

#include <Poco/Data/Session.h>

#include "app/ports.hpp"

namespace casereview::store {

class SqlTrainingChargeRepository final : public TrainingChargeRepository {
 public:
  explicit SqlTrainingChargeRepository(Poco::Data::Session& session) : session_(session) {}
  void record(const TrainingCharge& charge) override;
  bool remove(Id partnership_id, Id booking_id) override;
  std::optional<TrainingCharge> find(Id partnership_id, Id booking_id) override;
  std::vector<AgencyChargeTotal> totals(Id partnership_id, CivilDate from, CivilDate to) override;
  int count(Id partnership_id, CivilDate from, CivilDate to) override;
  std::vector<ChargeRow> page(Id partnership_id, CivilDate from, CivilDate to, int offset,
                              int limit) override;

 private:
  Poco::Data::Session& session_;
};

}  // namespace casereview::store
