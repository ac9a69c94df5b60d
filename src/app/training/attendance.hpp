// After a session: the trainer's register (everyone booked, with their organisation and job role;
// the waiting list beside it), attendance marks (attended, partly attended, did not attend —
// audited, and added to each booking's history), the register as CSV, the evaluation form a
// learner fills in, and certificates. Certificates follow Rule TRN-5: marking someone attended
// issues their certificate at once when the course does not require the evaluation; when it does,
// the certificate is issued when they submit it. Changing a mark away from attended withdraws the
// certificate; marking attended again restores it with the same code.
//
// Permission: manage_training for the register and marks; signed_in for one's own evaluation.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/context.hpp"
#include "app/training/course_sessions.hpp"
#include "domain/training_booking.hpp"

namespace casereview {

struct RegisterEntry {
  Id booking_id = 0;
  Id user_id = 0;
  std::string name;
  std::string email;
  std::string organisation;
  std::string job_role;
  BookingState state = BookingState::booked;  // booked or an attendance mark
  std::optional<int> position;                // waiting list entries only
  bool evaluation_completed = false;
  std::optional<std::string> certificate_code;  // grouped, when issued and not withdrawn
  std::optional<Instant> signed_in_at;          // Rule TRN-8: when they entered the attendance code
};

// Rule TRN-8: a session's attendance code and when it works.
struct AttendanceCode {
  std::string code;  // "K7MQ4R"
  Instant valid_from{};
  Instant valid_until{};
};

struct SessionRegister {
  SessionView session;
  std::vector<RegisterEntry> booked;              // booked and marked people, by name
  std::vector<RegisterEntry> waiting;             // the waiting list, position order
  std::optional<AttendanceCode> attendance_code;  // once the trainer has shown it
  bool certificates_need_code = false;            // Rule TRN-5: the partnership's setting
};

// The register of a session of the caller's partnership; not_found otherwise. Reading it is
// audited (it names people).
Result<SessionRegister> session_register(AppContext& context, const Caller& caller, Id session_id);

// One mark, as the register form and the API send it: attendance is "attended",
// "partly_attended" or "did_not_attend".
struct AttendanceMark {
  Id booking_id = 0;
  std::string attendance;
};

// Records the marks, all or none. invalid_input on "attendance" (a mark that is not one of the
// three; field named "attendance-<booking id>" per booking) or "booking_id" (a booking not booked
// on this session); wrong_state before the session has started ("You can mark attendance once the
// session has started") or for a cancelled session; not_found as session_register. Issues or
// withdraws certificates as Rule TRN-5 says.
Result<SessionRegister> mark_attendance(AppContext& context, const Caller& caller, Id session_id,
                                        const std::vector<AttendanceMark>& marks);

// The register as CSV (RFC 4180, CRLF, a header row: name, email, organisation, job role,
// attendance, evaluation completed, certificate code, signed in with the code (Rule TRN-8)). Cells
// starting with = + - @ are prefixed with ' so spreadsheets do not run them.
Result<DownloadFile> register_csv(AppContext& context, const Caller& caller, Id session_id);

// What the evaluation form sends, as typed.
struct EvaluationInput {
  std::string usefulness;  // "1" to "5"
  std::string what_will_you_do_differently;
  std::string other_comments;
};

// The caller's evaluation of their own booking. not_found when the booking is not theirs;
// wrong_state unless it is marked attended or partly attended ("You can give feedback once your
// attendance has been recorded"), or when they have already given it; invalid_input naming each
// bad field. Issues the certificate when the course required the evaluation and they attended.
Status submit_evaluation(AppContext& context, const Caller& caller, Id booking_id,
                         const EvaluationInput& input);

// Every evaluation of a session, for its partnership's trainers and managers (without names: the
// form is anonymous to readers of the answers).
Result<std::vector<Evaluation>> session_evaluations(AppContext& context, const Caller& caller,
                                                    Id session_id);

}  // namespace casereview
