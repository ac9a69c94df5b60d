// Bookings on training sessions, their states and the moves between them; attendance, the
// evaluation form and certificates. Plain values and rules; storage keeps every state a booking
// passes through with who moved it and when (the booking's history).
//
// The states and the allowed moves (Rule TRN-4: a person holds at most one booking or waiting place
// — a booking in state requested, booked or waiting — per course at a time; storage enforces it):
//
//   requested ─► booked ─► attended | partly_attended | did_not_attend  (the register; a mark
//       │          │                                                    can be corrected to
//       another) └─► waiting ┴─► cancelled_by_person | cancelled_by_trainer
//              └─► booked (promotion, TRN-3)
//
// Rule TRN-5: a certificate is issued only to someone marked attended, and, when the course
// requires the evaluation, only once they have completed it; and, when the partnership says so
// (issue 18), only once they signed in with the session's attendance code (Rule TRN-8). Its
// verification code is random, from an alphabet without look-alike characters, and never changes (a
// corrected name re-issues the same certificate with the same code).
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "domain/civil_date.hpp"
#include "domain/instant.hpp"
#include "domain/partnership.hpp"
#include "domain/result.hpp"
#include "domain/training_course.hpp"

namespace casereview {

enum class BookingState {
  requested,
  booked,
  waiting,
  cancelled_by_person,
  cancelled_by_trainer,
  attended,
  partly_attended,
  did_not_attend,
};

inline constexpr std::array<BookingState, 8> all_booking_states = {
    BookingState::requested,
    BookingState::booked,
    BookingState::waiting,
    BookingState::cancelled_by_person,
    BookingState::cancelled_by_trainer,
    BookingState::attended,
    BookingState::partly_attended,
    BookingState::did_not_attend,
};

std::string booking_state_name(BookingState state);  // "requested", "booked", …, "did_not_attend"
std::optional<BookingState> booking_state_from_name(const std::string& name);
// Words for people: "Booked", "On the waiting list", "Cancelled by you", …
std::string booking_state_title(BookingState state);

// Rule TRN-4: requested, booked and waiting hold a place (or a place in the queue) on the course.
bool holds_place(BookingState state);
// True for attended, partly_attended and did_not_attend.
bool is_attendance_mark(BookingState state);
// The allowed moves of the diagram above.
bool can_move(BookingState from, BookingState to);

struct Booking {
  Id id = 0;
  Id partnership_id = 0;
  Id session_id = 0;
  Id course_id = 0;
  Id user_id = 0;
  BookingState state = BookingState::requested;
  // Order on the waiting list: the earliest joiner has the smallest number (Rule TRN-3). Set when
  // the booking first waits; kept after.
  std::optional<std::int64_t> waiting_sequence;
  Instant created_at{};
  Instant updated_at{};
  std::string calendar_uid;  // the iCalendar UID of this booking's invitation, stable for CANCEL
};

struct BookingHistoryEntry {
  BookingState state = BookingState::requested;
  std::optional<Id> by_user_id;  // nullopt when the service moved it (a promotion)
  std::string by_name;           // "" for the service
  Instant at{};
  std::string note;  // e.g. the trainer's reason for a cancelled session
};

// The evaluation form: how useful (1 to 5), what the person will do differently, other comments.
struct Evaluation {
  Id booking_id = 0;
  int usefulness = 0;
  std::string what_will_you_do_differently;
  std::string other_comments;
  Instant submitted_at{};
};

inline constexpr std::size_t evaluation_text_limit = 2000;

// Reads the form's text: usefulness "1" to "5" ("Select how useful the session was"); both text
// answers within evaluation_text_limit; "what_will_you_do_differently" present ("Enter what you
// will do differently"). invalid_input with one entry per bad field.
Result<Evaluation> read_evaluation(const std::string& usefulness,
                                   const std::string& what_will_you_do_differently,
                                   const std::string& other_comments);

// Rule TRN-5: whether a booking in `state` with or without a completed evaluation earns a
// certificate on a course with this requirement. `attendance_proven` is false only when the
// partnership needs the attendance code and the person did not sign in with it.
bool earns_certificate(BookingState state, EvaluationRequirement requirement,
                       bool evaluation_completed, bool attendance_proven);

struct Certificate {
  Id id = 0;
  Id partnership_id = 0;
  Id booking_id = 0;
  Id user_id = 0;
  std::string code;  // 12 characters as stored, e.g. "K7MQ4RTX9WHC"; shown grouped "K7MQ-4RTX-9WHC"
  Instant issued_at{};
  std::optional<Instant> withdrawn_at;  // when the attendance mark was changed away from attended
};

// The alphabet of verification codes: capital letters and digits without 0/O, 1/I/L, 2/Z, 5/S, 8/B.
inline constexpr std::string_view certificate_code_alphabet = "ACDEFGHJKMNPQRTUVWXY34679";
inline constexpr std::size_t certificate_code_length = 12;

// "K7MQ-4RTX-9WHC" from the stored form.
std::string group_certificate_code(const std::string& code);
// What a person typed ("k7mq 4rtx-9whc") in the stored form: upper case, spaces and hyphens
// dropped. nullopt when the result is not certificate_code_length characters of the alphabet.
std::optional<std::string> normalise_certificate_code(const std::string& typed);

// Rule TRN-8 (domain/training_session.hpp): a session's attendance code, of the same alphabet,
// short enough to read off a screen and type ("K7MQ4R").
inline constexpr std::size_t attendance_code_length = 6;
// What a person typed ("k7m q4r") in the stored form, as normalise_certificate_code; nullopt when
// it is not attendance_code_length characters of the alphabet.
std::optional<std::string> normalise_attendance_code(const std::string& typed);

}  // namespace casereview
