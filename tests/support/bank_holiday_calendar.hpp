// A working-day calendar of the real England and Wales bank holidays from Christmas 2023 to
// Christmas 2024 (Boxing Day, New Year's Day, Easter, …), for the domain tests that count working
// days across them (deadlines, an action's RAG rating). Built once; read-only after.
#pragma once

#include "domain/working_days.hpp"

namespace casereview::testing_support {

const WorkingDayCalendar& bank_holidays_2023_to_2024();

}  // namespace casereview::testing_support
