// Attendance proven by a code (issue 18, Rule TRN-8, domain/training_session.hpp): the trainer
// shows the session's attendance code — on the register page, or through the API — and each
// person with a place enters it on their booking's page (or the API) while the session runs and
// for 30 minutes after; the register then shows who signed in and when, for the trainer to confirm.
//
// Example:
//   auto shown = show_attendance_code(context, trainer, session_id);  // {"K7MQ4R", 09:30, 12:30}
//   auto signed_in = sign_in_to_session(context, learner, session_id, "k7mq 4r");  // its time
//
// Permission: manage_training (the partnership's trainers and managers) to show the code;
// signed_in, with a place on the session, to enter it.
#pragma once

#include <string>

#include "app/context.hpp"
#include "app/training/attendance.hpp"

namespace casereview {

// The session's attendance code, made the first time (and audited then), the same afterwards.
// not_found unless the session is the caller's partnership's; wrong_state for a cancelled session
// ("This session was cancelled, so it has no attendance code").
Result<AttendanceCode> show_attendance_code(AppContext& context, const Caller& caller,
                                            Id session_id);

// Records that the caller entered the session's code; returns when they first did (a second time
// changes nothing). invalid_input on "code", nothing written: "Enter the attendance code your
// trainer shows" (blank), "Enter the code as your trainer shows it, like K7MQ4R" (not six of its
// characters), "The attendance code is not right: check it with your trainer" (wrong, or not yet
// shown), "You can enter the attendance code from the start of the session until 30 minutes after
// it ends" (outside Rule TRN-8's window), "You do not have a place on this session" (no booking
// holding a place). not_found when there is no such session.
Result<Instant> sign_in_to_session(AppContext& context, const Caller& caller, Id session_id,
                                   const std::string& typed_code);

}  // namespace casereview
