#include "domain/training_session.hpp"

#include <array>

#include "domain/enum_names.hpp"
#include "domain/messages.hpp"
#include "domain/uk_time.hpp"

namespace casereview {

using namespace std::chrono_literals;

std::string session_format_name(SessionFormat format) {
  switch (format) {
    case SessionFormat::virtual_session:
      return "virtual";
    case SessionFormat::in_person:
      return "in_person";
  }
  return "virtual";
}

std::optional<SessionFormat> session_format_from_name(const std::string& name) {
  return enum_from_name(std::array{SessionFormat::virtual_session, SessionFormat::in_person},
                        session_format_name, name);
}

std::string session_status_name(SessionStatus status) {
  switch (status) {
    case SessionStatus::scheduled:
      return "scheduled";
    case SessionStatus::cancelled:
      return "cancelled";
  }
  return "scheduled";
}

std::optional<SessionStatus> session_status_from_name(const std::string& name) {
  return enum_from_name(std::array{SessionStatus::scheduled, SessionStatus::cancelled},
                        session_status_name, name);
}

std::string ClockTime::to_text() const {
  std::string text = (hour < 10 ? "0" : "") + std::to_string(hour) + ":";
  return text + (minute < 10 ? "0" : "") + std::to_string(minute);
}

Result<ClockTime> parse_clock_time(const std::string& field, const std::string& what,
                                   const std::string& text) {
  if (text.empty()) return Error::invalid({{field, enter("the " + what)}});
  const Error unreal = Error::invalid({{field, enter("a real " + what + ", like 09:30 or 14:00")}});
  const auto colon = text.find(':');
  if (colon == std::string::npos || colon == 0 || colon > 2 || text.size() - colon != 3)
    return unreal;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i != colon && (text[i] < '0' || text[i] > '9')) return unreal;
  }
  ClockTime time{std::stoi(text.substr(0, colon)), std::stoi(text.substr(colon + 1))};
  if (time.hour > 23 || time.minute > 59) return unreal;
  return time;
}

Instant uk_instant(CivilDate date, ClockTime time) {
  // The local reading as if it were UTC, then the offset in force an hour before it (Rule UK-TIME):
  // a reading in the spring gap becomes the hour after; one in the autumn overlap, the first.
  const Instant local = Instant{date.to_sys_days()} + std::chrono::hours(time.hour) +
                        std::chrono::minutes(time.minute);
  return uk_summer_time(local - 1h) ? local - 1h : local;
}

Status check_session(const TrainingSession& session) {
  std::vector<FieldError> problems;
  if (session.end_time <= session.start_time)
    problems.push_back({"end_time", "The end time must be after the start time"});
  if (session.capacity < 1 || session.capacity > largest_capacity) {
    problems.push_back({"capacity", "The number of places must be between 1 and " +
                                        std::to_string(largest_capacity)});
  }
  if (session.format == SessionFormat::virtual_session) {
    if (session.joining_link.empty()) {
      problems.push_back({"joining_link", enter("the joining link of the virtual session")});
    } else if (session.joining_link.rfind("https://", 0) != 0 ||
               session.joining_link.size() > limits::joining_link ||
               session.joining_link.find_first_of(" \t\r\n\"<>") != std::string::npos) {
      problems.push_back({"joining_link", enter("a joining link that starts with https://")});
    }
  } else {
    if (session.venue.empty()) problems.push_back({"venue", enter("the venue of the session")});
    if (session.venue.size() > limits::venue)
      problems.push_back({"venue", too_long("The venue", limits::venue)});
  }
  if (session.booking_cutoff_working_days < 0 ||
      session.booking_cutoff_working_days > largest_cutoff_working_days) {
    problems.push_back({"booking_cutoff", "The booking cut-off must be between 0 and " +
                                              std::to_string(largest_cutoff_working_days) +
                                              " working days"});
  }
  if (session.cancellation_cutoff_working_days < 0 ||
      session.cancellation_cutoff_working_days > largest_cutoff_working_days) {
    problems.push_back({"cancellation_cutoff", "The cancellation cut-off must be between 0 and " +
                                                   std::to_string(largest_cutoff_working_days) +
                                                   " working days"});
  }
  if (!problems.empty()) return Error::invalid(problems);
  return ok_status();
}

Result<CivilDate> working_days_before(const WorkingDayCalendar& calendar, CivilDate date,
                                      int working_days) {
  if (working_days < 0)
    return Error::invalid({{"working_days", "The number of working days must not be negative"}});
  // Step 1: the session date is day 0. With no days to count back, the answer is the last working
  // day on or before it.
  CivilDate day = date;
  if (working_days == 0) {
    while (!TRY(calendar.is_working_day(day))) day = day.add_days(-1);
    return day;
  }
  // Step 2: count back working days until the N-th.
  int counted = 0;
  while (counted < working_days) {
    day = day.add_days(-1);
    if (TRY(calendar.is_working_day(day))) ++counted;
  }
  return day;
}

Result<CivilDate> booking_closes_on(const WorkingDayCalendar& calendar,
                                    const TrainingSession& session) {
  // Rule TRN-1.
  return working_days_before(calendar, session.date, session.booking_cutoff_working_days);
}

Result<CivilDate> cancellation_closes_on(const WorkingDayCalendar& calendar,
                                         const TrainingSession& session) {
  // Rule TRN-2.
  return working_days_before(calendar, session.date, session.cancellation_cutoff_working_days);
}

Result<CivilDate> reminder_due_on(const WorkingDayCalendar& calendar,
                                  const TrainingSession& session, int working_days) {
  // Rule TRN-6.
  return working_days_before(calendar, session.date, working_days);
}

Result<int> reminder_due(const WorkingDayCalendar& calendar, const TrainingSession& session,
                         const ReminderOffsets& offsets, Instant booked_at, Instant now) {
  // Rule TRN-6.
  if (now >= session_starts_at(session)) return 0;
  const CivilDate today = uk_date(now);
  if (today >= TRY(reminder_due_on(calendar, session, offsets.second))) return 2;
  const CivilDate first = TRY(reminder_due_on(calendar, session, offsets.first));
  if (today >= first && uk_date(booked_at) < first) return 1;
  return 0;
}

Result<bool> booking_open(const WorkingDayCalendar& calendar, const TrainingSession& session,
                          Instant now) {
  if (session.status == SessionStatus::cancelled) return false;
  const CivilDate closes = TRY(booking_closes_on(calendar, session));
  return uk_date(now) <= closes && now < session_starts_at(session);
}

bool cancellation_open(const TrainingSession& session, Instant now) {
  return session.status != SessionStatus::cancelled && now < session_starts_at(session);
}

Result<bool> cancellation_on_time(const WorkingDayCalendar& calendar,
                                  const TrainingSession& session, Instant now) {
  if (!cancellation_open(session, now)) return false;
  const CivilDate closes = TRY(cancellation_closes_on(calendar, session));
  return uk_date(now) <= closes;
}

Instant session_starts_at(const TrainingSession& session) {
  return uk_instant(session.date, session.start_time);
}
Instant session_ends_at(const TrainingSession& session) {
  return uk_instant(session.date, session.end_time);
}

Instant attendance_code_valid_until(const TrainingSession& session) {
  return session_ends_at(session) + attendance_code_grace;
}

bool attendance_code_open(const TrainingSession& session, Instant now) {
  // Rule TRN-8.
  return session.status == SessionStatus::scheduled && now >= session_starts_at(session) &&
         now <= attendance_code_valid_until(session);
}

}  // namespace casereview
