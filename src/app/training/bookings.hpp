// Booking a place on a training session, for oneself only: no input names a person — the booker
// is always the Caller's actor (issue 4: "do not book places for other people"). A full session
// puts the person on its waiting list with their position; a second booking or waiting place on
// the same course is refused (Rule TRN-4); booking after the cut-off is refused with the reason
// (Rule TRN-1). Cancelling one's own place before the cancellation cut-off (Rule TRN-2) books the
// earliest waiting person automatically and emails them (Rule TRN-3). "My training" lists a
// person's bookings, waiting places and certificates; each booking can be downloaded as an .ics
// file.
//
// Capacity is never exceeded and no one holds two places at once, however many requests arrive
// together: storage locks the session row at the start of the booking's write transaction and a
// unique index allows one active booking per course and person (see app/ports/training.hpp).
//
// Every change is audited (entity "booking") and its state added to the booking's history.
// Permission: signed_in (a signed-in person may book for themselves, on the courses of their own
// partnership and of partnerships that open theirs to everyone: Rule TRN-7).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/context.hpp"
#include "domain/training_booking.hpp"
#include "domain/training_session.hpp"

namespace casereview {

// A booking as the person who holds it (or a trainer) sees it.
struct BookingView {
  Id id = 0;
  Id session_id = 0;
  Id course_id = 0;
  std::string course_title;
  BookingState state = BookingState::booked;
  std::string status;           // booking_state_name(state): "booked", "waiting", …
  std::optional<int> position;  // on the waiting list, 1 = next to be booked; only while waiting
  CivilDate session_date = *CivilDate::from_ymd(2026, 1, 1);
  ClockTime start_time;
  ClockTime end_time;
  SessionFormat format = SessionFormat::virtual_session;
  std::string venue;
  std::string joining_link;  // only while booked (or attended) on a virtual session
  bool can_cancel = false;   // holds a place and the session has not started (Rule TRN-2)
  // Rule TRN-2 and Rule TRN-9: whether cancelling now is late, and what a late cancellation of
  // this place costs (0 when nothing); only for a booked place.
  bool cancelling_is_late = false;
  long long late_charge_pence = 0;
  bool evaluation_due = false;  // marked attended/partly attended, evaluation not yet given
  bool evaluation_completed = false;
  // Rule TRN-8: when they entered the session's attendance code, and whether they can now (a
  // place, not yet signed in, the code's time).
  std::optional<Instant> signed_in_at;
  bool can_sign_in = false;
  Instant created_at{};
};

// Books the caller onto the session: status booked when a place is free, else waiting with its
// position. Fails with:
//   unauthenticated — nobody signed in;
//   not_found — no such session, or its course is not published;
//   forbidden — the partnership keeps its courses for its own workforce and the caller is not part
//     of it (Rule TRN-7: "Only people who work in the area of … can book its courses");
//   wrong_state — the session is cancelled ("This session has been cancelled"), booking has closed
//     (Rule TRN-1: "Booking for this session closed at the end of Thursday 5 March 2026"), or the
//     caller already holds a booking or waiting place on this course, said as it is (Rule TRN-4:
//     "You already have a place on Case reviews on Monday 9 March 2026. Cancel it before …", or
//     "You are already on the waiting list for Case reviews on Monday 9 March 2026, at number 2.
//     Leave the waiting list before …").
// Nothing is written on failure. On success the booking, its history (requested, then booked or
// waiting), the audit entry and the email (confirmation with an .ics REQUEST, or waiting-list
// notice) are written together.
Result<BookingView> book_session(AppContext& context, const Caller& caller, Id session_id);

// Cancels the caller's own booking or waiting place (state cancelled_by_person) and, when it was a
// booked place and booking is still open, books the earliest waiting person and emails them
// (Rule TRN-3). A booked person is sent an .ics CANCEL with the booking's UID. A booked place
// cancelled after the cancellation cut-off is recorded as a late cancellation with the
// partnership's charge (Rule TRN-2, Rule TRN-9), and the email says so. Fails with not_found when
// the booking is not the caller's; wrong_state when it holds no place any more, or once the session
// has started ("The session has started, so it can no longer be cancelled. Contact the
// trainer.").
Status cancel_booking(AppContext& context, const Caller& caller, Id booking_id);

// One of the caller's certificates, as My training lists it.
struct CertificateView {
  Id id = 0;
  Id booking_id = 0;
  std::string code;  // grouped, "K7MQ-4RTX-9WHC"
  std::string course_title;
  CivilDate session_date = *CivilDate::from_ymd(2026, 1, 1);
  Instant issued_at{};
};

struct MyTraining {
  std::vector<BookingView> booked;   // booked places, soonest session first
  std::vector<BookingView> waiting;  // waiting places with positions, soonest first
  std::vector<BookingView>
      past;  // attended, partly attended, did not attend, cancelled: newest first
  std::vector<CertificateView> certificates;  // newest first
};

// The caller's own bookings, waiting places and certificates, across partnerships.
Result<MyTraining> my_training(AppContext& context, const Caller& caller);

// One of the caller's bookings; not_found when it is not theirs.
Result<BookingView> view_booking(AppContext& context, const Caller& caller, Id booking_id);

// The history of one booking, oldest first: the holder's own, or any booking of a session of the
// caller's partnership for a trainer or manager; not_found otherwise.
Result<std::vector<BookingHistoryEntry>> booking_history(AppContext& context, const Caller& caller,
                                                         Id booking_id);

// A file the web layer sends as a download.
struct DownloadFile {
  std::string file_name;     // e.g. "case-reviews-2026-03-09.ics"
  std::string content_type;  // e.g. "text/calendar; charset=utf-8"
  std::string content;
};

// The caller's booking as an iCalendar file (METHOD:REQUEST, the same event as the emailed
// invitation) with the booking's stable UID; not_found when not theirs; wrong_state when it holds
// no booked place (waiting or cancelled).
Result<DownloadFile> booking_calendar(AppContext& context, const Caller& caller, Id booking_id);

}  // namespace casereview
