// What the training use cases share (internal to app/training): who manages training, finding a
// course or session the caller may see, building the views, the calendar invitation of a booking,
// the promotion of waiting people (Rule TRN-3) and the issue of certificates (Rule TRN-5). Every
// function that takes a Transaction works inside the caller's one transaction.
#pragma once

#include <optional>
#include <string>

#include "app/caller_checks.hpp"
#include "app/context.hpp"
#include "app/documents/icalendar_invitation.hpp"
#include "app/training/attendance.hpp"
#include "app/training/bookings.hpp"
#include "app/training/course_sessions.hpp"
#include "app/training/courses.hpp"
#include "app/training/training_emails.hpp"
#include "app/working_day_calendar.hpp"

namespace casereview::training {

// The caller's partnership when they may manage its training (trainer or manager);
// unauthenticated without an actor, forbidden otherwise.
Result<Id> require_training_manager(const Caller& caller);
// Whether the caller manages the training of this partnership.
bool manages(const Caller& caller, Id partnership_id);

// Rule TRN-7. Why the caller may not book this partnership's courses ("Only people who work in
// the area of <partnership> can book its courses"), or nothing when they may: the partnership's
// courses are for its own workforce unless it opened them to people from any partnership, as its
// `settings` say. Fails with internal when the partnership is missing.
Result<std::optional<std::string>> booking_closed_to(Transaction& transaction, const Caller& caller,
                                                     Id partnership_id,
                                                     const SettingValues& settings);

// The session and its course, when the caller may see them: the course is published, or the
// caller manages its partnership's training. not_found otherwise.
struct SessionAndCourse {
  TrainingSession session;
  Course course;
};
Result<SessionAndCourse> visible_session(Transaction& transaction, const Caller& caller,
                                         Id session_id);
Result<Course> visible_course(Transaction& transaction, const Caller& caller, Id course_id);

// The view of a session for this caller, its cut-offs counted on the calendar of the session's
// partnership (from `calendars`, which must act through `transaction`).
Result<SessionView> session_view(Transaction& transaction, PartnershipCalendars& calendars,
                                 const Caller& caller, const TrainingSession& session,
                                 const Course& course, Instant now);
// The view of a booking for its holder, counted on the calendar of the booking's partnership.
Result<BookingView> booking_view(Transaction& transaction, PartnershipCalendars& calendars,
                                 const Booking& booking, const TrainingSession& session,
                                 const Course& course, Instant now);

// The person's account; internal when missing (a booking always has one).
Result<Account> person(Transaction& transaction, Id user_id);

// The booking's calendar invitation as an email attachment (.ics): a request that adds or
// updates the event, or a cancel that removes it. invalid_input or internal as
// documents::calendar_invitation fails.
Result<EmailAttachment> invitation_for(AppContext& context, Transaction& transaction,
                                       const Booking& booking, const TrainingSession& session,
                                       const Course& course, const Account& holder,
                                       documents::InvitationMethod method, Instant now);
training_emails::SessionMessage message_for(const Account& holder, const TrainingSession& session,
                                            const Course& course);

// Rule TRN-3: while booking is open (on the partnership's calendar) and a place is free, books the
// earliest waiting people, records each move, audits it and emails them. Returns how many were
// booked.
Result<int> promote_waiting(AppContext& context, Transaction& transaction, const Caller& caller,
                            Id partnership_id, Id session_id, Instant now);

// Rule TRN-5: issues (or restores) the booking's certificate when it earns one — attended, the
// evaluation when the course requires it, the attendance code when the partnership requires it —
// and withdraws it when it does not any more. Returns the certificate when one is held.
Result<std::optional<Certificate>> settle_certificate(Transaction& transaction,
                                                      const Caller& caller, const Booking& booking,
                                                      const Course& course, Instant now);

// A new random code of `length` characters of the unambiguous alphabet
// (certificate_code_alphabet), each equally likely (libsodium's generator).
std::string new_code(std::size_t length);
// A certificate's verification code (certificate_code_length characters).
inline std::string new_certificate_code() { return new_code(certificate_code_length); }

// A new random booking UID for calendars, "booking-<random>@casereview".
std::string new_calendar_uid();

}  // namespace casereview::training
