#include "domain/training_charges.hpp"

#include <array>

#include "domain/enum_names.hpp"

namespace casereview {

std::string charge_reason_name(ChargeReason reason) {
  return reason == ChargeReason::no_show ? "no_show" : "late_cancellation";
}

std::optional<ChargeReason> charge_reason_from_name(const std::string& name) {
  return enum_from_name(std::array{ChargeReason::late_cancellation, ChargeReason::no_show},
                        charge_reason_name, name);
}

std::string charge_reason_title(ChargeReason reason) {
  return reason == ChargeReason::no_show ? "Did not attend" : "Late cancellation";
}

std::string session_length_name(SessionLength length) {
  return length == SessionLength::full_day ? "full_day" : "half_day";
}

std::optional<SessionLength> session_length_from_name(const std::string& name) {
  return enum_from_name(std::array{SessionLength::half_day, SessionLength::full_day},
                        session_length_name, name);
}

std::string session_length_title(SessionLength length) {
  return length == SessionLength::full_day ? "Full day" : "Half day";
}

SessionLength session_length(const TrainingSession& session) {
  const int minutes = (session.end_time.hour - session.start_time.hour) * 60 +
                      (session.end_time.minute - session.start_time.minute);
  return minutes <= longest_half_day_minutes ? SessionLength::half_day : SessionLength::full_day;
}

ChargeRates charge_rates(const SettingValues& settings) {
  auto pence = [&](const char* key) -> long long {
    auto found = settings.time_scales.find(key);
    return found == settings.time_scales.end() ? 0 : found->second * 100LL;
  };
  return {pence("charge_half_day_pounds"), pence("charge_full_day_pounds")};
}

long long charge_for(const ChargeRates& rates, SessionLength length) {
  return length == SessionLength::full_day ? rates.full_day_pence : rates.half_day_pence;
}

std::string money_text(long long pence) {
  const std::string pounds = std::to_string(pence / 100);
  std::string grouped;
  for (std::size_t i = 0; i < pounds.size(); ++i) {
    if (i > 0 && (pounds.size() - i) % 3 == 0) grouped += ',';
    grouped += pounds[i];
  }
  const long long rest = pence % 100;
  return "£" + grouped + "." + (rest < 10 ? "0" : "") + std::to_string(rest);
}

std::string cancellation_policy(const ChargeRates& rates, const TrainingSession& session,
                                CivilDate cancellation_closes_on) {
  const std::string cancel_by = "If you cannot attend, cancel by the end of " +
                                weekday_day_month_year(cancellation_closes_on) + ". ";
  const SessionLength length = session_length(session);
  const long long amount = charge_for(rates, length);
  if (amount == 0) return cancel_by + "Cancelling after that is recorded as a late cancellation.";
  return cancel_by + "Cancelling after that, or not attending, costs your organisation " +
         money_text(amount) + " for this " +
         (length == SessionLength::full_day ? "full-day" : "half-day") + " session.";
}

TrainingCharge charge_of(Id partnership_id, Id booking_id, ChargeReason reason,
                         const TrainingSession& session, const ChargeRates& rates, Instant now) {
  const SessionLength length = session_length(session);
  return TrainingCharge{booking_id, partnership_id, reason, length, charge_for(rates, length), now};
}

}  // namespace casereview
