// Training rules: the cut-offs counted in working days (Rule TRN-1, Rule TRN-2, Rule TRN-6, see
// domain/training_session.hpp), the booking states and their moves (Rule TRN-4), who earns a
// certificate (Rule TRN-5) and the verification code's form. The calendar is the real England and
// Wales list for 2026, written out by hand.
#include <gtest/gtest.h>

#include "domain/training_booking.hpp"
#include "domain/training_course.hpp"
#include "domain/training_session.hpp"

namespace casereview {
namespace {

CivilDate date(int year, int month, int day) {
  return CivilDate::from_ymd(year, month, day).value();
}

WorkingDayCalendar calendar_2026() {
  return WorkingDayCalendar::from_holidays({{date(2026, 1, 1), "New Year’s Day"},
                                            {date(2026, 4, 3), "Good Friday"},
                                            {date(2026, 4, 6), "Easter Monday"},
                                            {date(2026, 5, 4), "Early May bank holiday"},
                                            {date(2026, 5, 25), "Spring bank holiday"},
                                            {date(2026, 8, 31), "Summer bank holiday"},
                                            {date(2026, 12, 25), "Christmas Day"},
                                            {date(2026, 12, 28), "Boxing Day"}})
      .value();
}

TrainingSession session_on(CivilDate day, int booking_cutoff = 2, int cancellation_cutoff = 2) {
  TrainingSession session;
  session.date = day;
  session.start_time = {9, 30};
  session.end_time = {12, 0};
  session.capacity = 10;
  session.joining_link = "https://meet.example/abc";
  session.booking_cutoff_working_days = booking_cutoff;
  session.cancellation_cutoff_working_days = cancellation_cutoff;
  return session;
}

Instant at(const std::string& text) { return parse_instant(text).value(); }

// Rule TRN-1: the example of the header — Monday 9 March 2026, 2 working days: end of Thursday 5.
TEST(TrainingCutOffs, BookingClosesAtTheEndOfTheSecondWorkingDayBeforeTheSession) {
  EXPECT_EQ(booking_closes_on(calendar_2026(), session_on(date(2026, 3, 9))).value(),
            date(2026, 3, 5));
}

// Rule TRN-1 with Rule WD-1: Good Friday and Easter Monday are not working days.
TEST(TrainingCutOffs, BookingCutOffSkipsBankHolidays) {
  EXPECT_EQ(booking_closes_on(calendar_2026(), session_on(date(2026, 4, 7))).value(),
            date(2026, 4, 1));
}

// Rule TRN-1: with no working days of notice, a weekend session closes at the end of the Friday.
TEST(TrainingCutOffs, AZeroCutOffClosesOnTheLastWorkingDayOnOrBeforeTheSession) {
  EXPECT_EQ(booking_closes_on(calendar_2026(), session_on(date(2026, 3, 14), 0)).value(),
            date(2026, 3, 13));
  EXPECT_EQ(booking_closes_on(calendar_2026(), session_on(date(2026, 3, 11), 0)).value(),
            date(2026, 3, 11));
}

// Rule TRN-1: "the end of the day" is UK midnight, which is 23:00 GMT in summer time.
TEST(TrainingCutOffs, BookingIsOpenUntilUkMidnightOfTheClosingDay) {
  const TrainingSession session = session_on(date(2026, 4, 14));  // closes Friday 10 April
  EXPECT_TRUE(booking_open(calendar_2026(), session, at("2026-04-10T22:59:59Z")).value());
  EXPECT_FALSE(booking_open(calendar_2026(), session, at("2026-04-10T23:00:00Z")).value());
}

TEST(TrainingCutOffs, ACancelledSessionCannotBeBooked) {
  TrainingSession session = session_on(date(2026, 6, 10));
  session.status = SessionStatus::cancelled;
  EXPECT_FALSE(booking_open(calendar_2026(), session, at("2026-03-02T09:00:00Z")).value());
}

// Rule TRN-2: counted like Rule TRN-1, with its own number of working days; after it cancelling
// is late, and possible until the session starts.
TEST(TrainingCutOffs, CancellationIsOnTimeUntilItsOwnCutOffAndOpenUntilTheStart) {
  TrainingSession session = session_on(date(2026, 3, 9), 2, 5);
  EXPECT_EQ(cancellation_closes_on(calendar_2026(), session).value(), date(2026, 3, 2));
  EXPECT_TRUE(cancellation_on_time(calendar_2026(), session, at("2026-03-02T23:59:59Z")).value());
  EXPECT_FALSE(cancellation_on_time(calendar_2026(), session, at("2026-03-03T00:00:00Z")).value());
  EXPECT_TRUE(cancellation_open(session, at("2026-03-09T09:29:59Z")));
  EXPECT_FALSE(cancellation_open(session, at("2026-03-09T09:30:00Z")));
  EXPECT_FALSE(cancellation_on_time(calendar_2026(), session, at("2026-03-09T09:30:00Z")).value());
  session.status = SessionStatus::cancelled;
  EXPECT_FALSE(cancellation_open(session, at("2026-03-02T09:00:00Z")));
}

// Rule TRN-6: a reminder is due its number of working days before, whatever the booking cut-off.
TEST(TrainingCutOffs, AReminderIsDueItsWorkingDaysBefore) {
  EXPECT_EQ(reminder_due_on(calendar_2026(), session_on(date(2026, 3, 9), 5), 2).value(),
            date(2026, 3, 5));
  // Ten working days before Tuesday 14 April 2026 skip Good Friday and Easter Monday.
  EXPECT_EQ(reminder_due_on(calendar_2026(), session_on(date(2026, 4, 14)), 10).value(),
            date(2026, 3, 27));
}

// Rule TRN-6: the later reminder once due; the first only for bookings made before its day; none
// once the session has started.
TEST(TrainingCutOffs, WhichReminderIsDue) {
  const TrainingSession session = session_on(date(2026, 3, 23));  // Monday, 9:30
  const ReminderOffsets offsets{10, 2};  // Monday 9 March and Thursday 19 March
  const Instant early = at("2026-03-02T10:00:00Z");
  const Instant late = at("2026-03-10T10:00:00Z");
  const auto due = [&](Instant booked_at, const std::string& now) {
    return reminder_due(calendar_2026(), session, offsets, booked_at, at(now)).value();
  };
  EXPECT_EQ(due(early, "2026-03-08T23:59:59Z"), 0);
  EXPECT_EQ(due(early, "2026-03-09T00:00:00Z"), 1);
  EXPECT_EQ(due(late, "2026-03-12T09:00:00Z"), 0) << "booked after the first reminder's day";
  EXPECT_EQ(due(early, "2026-03-19T00:00:00Z"), 2);
  EXPECT_EQ(due(late, "2026-03-19T00:00:00Z"), 2);
  EXPECT_EQ(due(early, "2026-03-23T09:30:00Z"), 0) << "the session has started";
}

// Rule WD-3: a session beyond the calendar's years is an error, never a guess.
TEST(TrainingCutOffs, ASessionOutsideTheCalendarIsAnError) {
  EXPECT_FALSE(booking_closes_on(calendar_2026(), session_on(date(2027, 1, 5))).ok());
}

TEST(TrainingTimes, ASummerSessionStartsAnHourEarlierInUtc) {
  EXPECT_EQ(session_starts_at(session_on(date(2026, 7, 1))), at("2026-07-01T08:30:00Z"));
  EXPECT_EQ(session_starts_at(session_on(date(2026, 1, 7))), at("2026-01-07T09:30:00Z"));
}

TEST(TrainingTimes, ReadsTimesAndRefusesImpossibleOnes) {
  EXPECT_EQ(parse_clock_time("start_time", "start time", "9:05").value(), (ClockTime{9, 5}));
  EXPECT_EQ(parse_clock_time("start_time", "start time", "14:00").value().to_text(), "14:00");
  for (const char* bad : {"", "24:00", "12:60", "12", "1230", "ab:cd", "12:3", "-1:00"}) {
    auto parsed = parse_clock_time("start_time", "start time", bad);
    ASSERT_FALSE(parsed.ok()) << bad;
    EXPECT_EQ(parsed.error().fields.at(0).field, "start_time");
  }
}

TEST(TrainingTimes, EachTimeSaysWhichTimeIsMissingOrWrong) {
  EXPECT_EQ(parse_clock_time("start_time", "start time", "").error().fields.at(0).message,
            "Enter the start time");
  EXPECT_EQ(parse_clock_time("end_time", "end time", "").error().fields.at(0).message,
            "Enter the end time");
  EXPECT_EQ(parse_clock_time("end_time", "end time", "25:00").error().fields.at(0).message,
            "Enter a real end time, like 09:30 or 14:00");
}

TEST(TrainingSessions, AVirtualSessionNeedsAnHttpsLinkAndAnInPersonOneAVenue) {
  TrainingSession session = session_on(date(2026, 6, 10));
  session.joining_link = "http://meet.example";
  auto checked = check_session(session);
  ASSERT_FALSE(checked.ok());
  EXPECT_EQ(checked.error().fields.at(0).field, "joining_link");
  session.format = SessionFormat::in_person;
  checked = check_session(session);
  ASSERT_FALSE(checked.ok());
  EXPECT_EQ(checked.error().fields.at(0).field, "venue");
  session.venue = "Town Hall, Northbrook";
  EXPECT_TRUE(check_session(session).ok());
}

TEST(TrainingSessions, RefusesAnEndBeforeTheStartAndAnEmptySession) {
  TrainingSession session = session_on(date(2026, 6, 10));
  session.end_time = {9, 0};
  session.capacity = 0;
  auto checked = check_session(session);
  ASSERT_FALSE(checked.ok());
  ASSERT_EQ(checked.error().fields.size(), 2u);
  EXPECT_EQ(checked.error().fields[0].field, "end_time");
  EXPECT_EQ(checked.error().fields[1].field, "capacity");
}

TEST(TrainingCourses, ACourseNeedsATitleAndASummary) {
  Course course;
  auto checked = check_course(course);
  ASSERT_FALSE(checked.ok());
  ASSERT_EQ(checked.error().fields.size(), 2u);
  EXPECT_EQ(checked.error().fields[0].message, "Enter the course title");
  EXPECT_EQ(checked.error().fields[1].field, "summary");
}

// Rule TRN-4: the states that hold a place on the course.
TEST(BookingStates, OnlyRequestedBookedAndWaitingHoldAPlace) {
  for (BookingState state : all_booking_states) {
    EXPECT_EQ(holds_place(state), state == BookingState::requested ||
                                      state == BookingState::booked ||
                                      state == BookingState::waiting)
        << booking_state_name(state);
  }
}

TEST(BookingStates, NamesReadBack) {
  for (BookingState state : all_booking_states) {
    EXPECT_EQ(booking_state_from_name(booking_state_name(state)), state);
  }
  EXPECT_FALSE(booking_state_from_name("lost").has_value());
}

TEST(BookingStates, AllowsOnlyTheMovesOfTheDiagram) {
  using enum BookingState;
  EXPECT_TRUE(can_move(requested, booked));
  EXPECT_TRUE(can_move(requested, waiting));
  EXPECT_TRUE(can_move(waiting, booked));
  EXPECT_TRUE(can_move(waiting, cancelled_by_person));
  EXPECT_TRUE(can_move(booked, cancelled_by_trainer));
  EXPECT_TRUE(can_move(booked, attended));
  EXPECT_TRUE(can_move(attended, did_not_attend));
  EXPECT_FALSE(can_move(waiting, attended)) << "someone on the waiting list had no place to attend";
  EXPECT_FALSE(can_move(cancelled_by_person, booked));
  EXPECT_FALSE(can_move(cancelled_by_trainer, waiting));
  EXPECT_FALSE(can_move(attended, booked));
  EXPECT_FALSE(can_move(booked, booked));
}

// Rule TRN-5.
TEST(Certificates, OnlyAttendanceAndTheRequiredEvaluationEarnACertificate) {
  using enum EvaluationRequirement;
  EXPECT_TRUE(earns_certificate(BookingState::attended, optional, false, true));
  EXPECT_FALSE(earns_certificate(BookingState::partly_attended, optional, true, true));
  EXPECT_FALSE(earns_certificate(BookingState::booked, optional, true, true));
  EXPECT_FALSE(earns_certificate(BookingState::attended, required_before_certificate, false, true));
  EXPECT_TRUE(earns_certificate(BookingState::attended, required_before_certificate, true, true));
  // When the partnership needs the attendance code, attending without it earns nothing.
  EXPECT_FALSE(earns_certificate(BookingState::attended, optional, true, false));
  EXPECT_FALSE(earns_certificate(BookingState::attended, required_before_certificate, true, false));
}

TEST(Certificates, CodesAreGroupedForPeopleAndReadBackHoweverTyped) {
  EXPECT_EQ(group_certificate_code("K7MQ4RTX9WHC"), "K7MQ-4RTX-9WHC");
  EXPECT_EQ(normalise_certificate_code(" k7mq 4rtx-9whc").value(), "K7MQ4RTX9WHC");
  EXPECT_FALSE(normalise_certificate_code("K7MQ-4RTX-9WH").has_value());
  EXPECT_FALSE(normalise_certificate_code("K7MQ-4RTX-9WHCA").has_value());
  EXPECT_FALSE(normalise_certificate_code("O0MQ-4RTX-9WHC").has_value())
      << "O and 0 are not in the alphabet";
}

// Rule TRN-8: the attendance code works from the session's start (9:30) until 30 minutes after
// its end (12:00), both moments included, and never on a cancelled session. 9 March 2026 is
// winter time, so UK time is UTC.
TEST(AttendanceCodes, WorkFromTheStartUntilHalfAnHourAfterTheEnd) {
  TrainingSession session = session_on(date(2026, 3, 9));
  const auto at = [](const std::string& text) { return parse_instant(text).value(); };
  EXPECT_EQ(attendance_code_valid_until(session), at("2026-03-09T12:30:00Z"));
  EXPECT_FALSE(attendance_code_open(session, at("2026-03-09T09:29:59Z")));
  EXPECT_TRUE(attendance_code_open(session, at("2026-03-09T09:30:00Z")));
  EXPECT_TRUE(attendance_code_open(session, at("2026-03-09T12:30:00Z")));
  EXPECT_FALSE(attendance_code_open(session, at("2026-03-09T12:30:01Z")));
  session.status = SessionStatus::cancelled;
  EXPECT_FALSE(attendance_code_open(session, at("2026-03-09T10:00:00Z")));
}

TEST(AttendanceCodes, AreReadBackHoweverTypedAndRefusedWhenNotSixOfTheAlphabet) {
  EXPECT_EQ(normalise_attendance_code(" k7m-q4r ").value(), "K7MQ4R");
  EXPECT_FALSE(normalise_attendance_code("K7MQ4").has_value());
  EXPECT_FALSE(normalise_attendance_code("K7MQ4RT").has_value());
  EXPECT_FALSE(normalise_attendance_code("K7MQ4O").has_value()) << "O is not in the alphabet";
  EXPECT_FALSE(normalise_attendance_code("").has_value());
}

TEST(Evaluations, NeedsAUsefulnessRatingAndWhatWillChange) {
  auto read = read_evaluation("6", "", "");
  ASSERT_FALSE(read.ok());
  ASSERT_EQ(read.error().fields.size(), 2u);
  EXPECT_EQ(read.error().fields[0].field, "usefulness");
  EXPECT_EQ(read.error().fields[1].field, "what_will_you_do_differently");
  auto good = read_evaluation("4", "Ask about the father", "");
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(good.value().usefulness, 4);
}

}  // namespace
}  // namespace casereview
