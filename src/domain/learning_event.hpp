// The practitioner learning event of a review (Rule LE-1) and the family's involvement in it.
//
//   LE-1  The reviewer (or the partnership's business manager) schedules one or more learning
//         events for a case's review: a date and start and end times in Europe/London, stored as
//         UTC instants, held online (with an https joining link) or in person (at a venue).
//         Practitioners are invited by name, email, agency and role and need no account: each
//         invitation is an email with an iCalendar REQUEST (one UID per invitation, kept for its
//         life; every change raises the event's SEQUENCE) and a single-use link to accept or
//         decline, which works until the event starts. Attendance is recorded per invitation.
//
// The family's involvement is recorded apart from the practitioners': dated steps (invited, met,
// declined, views recorded), each with a note, listed in date order.
//
// Pure: no clock (instants are passed in), no storage.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/civil_date.hpp"
#include "domain/instant.hpp"
#include "domain/partnership.hpp"
#include "domain/result.hpp"
#include "domain/training_session.hpp"

namespace casereview {

// The audit trail's names for what this file's records are.
namespace learning_audit {
inline constexpr const char* learning_event = "learning-event";
inline constexpr const char* invitation = "learning-event-invitation";
inline constexpr const char* family_involvement = "family-involvement";
}  // namespace learning_audit

// How the event is held: the training session's two ways (online or in person), named as the API
// names them ("virtual", "in_person").
using EventDelivery = SessionFormat;
std::string event_delivery_name(EventDelivery delivery);
std::optional<EventDelivery> event_delivery_from_name(std::string_view name);

enum class LearningEventStatus { scheduled, cancelled };
std::string_view learning_event_status_name(LearningEventStatus status);  // "scheduled"
std::optional<LearningEventStatus> learning_event_status_from_name(std::string_view name);

// Rule LE-1: one learning event of a case's review.
struct LearningEvent {
  Id id = 0;
  Id partnership_id = 0;
  Id case_id = 0;
  Instant starts_at{};
  Instant ends_at{};
  EventDelivery delivery = EventDelivery::virtual_session;
  std::string joining_link;  // online: an https URL
  std::string venue;         // in person: the address
  LearningEventStatus status = LearningEventStatus::scheduled;
  std::string cancellation_reason;  // when cancelled
  int sequence = 0;                 // the iCalendar SEQUENCE: raised by every change and cancel
  Id created_by = 0;
  Instant created_at{};
};

// Rule LE-1: the event as entered: a UK date, start and end times.
struct LearningEventTimes {
  CivilDate date = *CivilDate::from_ymd(2026, 1, 1);
  ClockTime start_time;
  ClockTime end_time;
};

// Reads the form's or the API's text into times, naming every bad field: "date" ("Enter the date
// of the event", not a real date, or before `today`), "start_time", "end_time" (as
// parse_clock_time; "The end time must be after the start time").
Result<LearningEventTimes> read_event_times(const std::string& date, const std::string& start_time,
                                            const std::string& end_time, CivilDate today);

// Rule LE-1: checks the delivery's detail: an online event has a joining link starting https://
// (at most limits::joining_link characters, no spaces), an in-person one a venue (at most
// limits::venue). invalid_input on "joining_link" or "venue".
Status check_event_place(EventDelivery delivery, const std::string& joining_link,
                         const std::string& venue);

// The UK date and wall-clock times of an event, as people (and calendars) read them.
LearningEventTimes uk_times_of(const LearningEvent& event);

// Rule LE-1: the practitioner's answer to an invitation.
enum class InvitationResponse { awaiting, accepted, declined };
std::string_view invitation_response_name(InvitationResponse response);  // "awaiting"
std::optional<InvitationResponse> invitation_response_from_name(std::string_view name);
std::string_view invitation_response_text(InvitationResponse response);  // "Accepted"

enum class Attendance { not_recorded, attended, absent };

// Rule LE-1: one practitioner invited to an event. The calendar UID never changes; the link's
// token is stored only as its hash.
struct LearningEventInvitation {
  Id id = 0;
  Id partnership_id = 0;
  Id event_id = 0;
  std::string name;
  std::string email;  // normalised: trimmed, lower case
  Id agency_id = 0;
  std::string role;  // the practitioner's role, e.g. "Health visitor"
  std::string calendar_uid;
  InvitationResponse response = InvitationResponse::awaiting;
  std::optional<Instant> responded_at;
  Attendance attendance = Attendance::not_recorded;
  Id invited_by = 0;
  Instant invited_at{};
};

// Rule LE-1: whether an invitation's single-use link can be used at `now`: open until the
// practitioner answers (answered) or the event starts or is cancelled (expired).
enum class LinkState { open, answered, expired };
LinkState link_state(const LearningEvent& event, const LearningEventInvitation& invitation,
                     Instant now);

// The family's involvement in the review, as its own dated steps.
enum class FamilyStep { invited, met, declined, views_recorded };
inline constexpr std::array<FamilyStep, 4> all_family_steps = {
    FamilyStep::invited, FamilyStep::met, FamilyStep::declined, FamilyStep::views_recorded};
std::string_view family_step_name(FamilyStep step);  // "views_recorded"
std::optional<FamilyStep> family_step_from_name(std::string_view name);
std::string_view family_step_text(FamilyStep step);  // "Views recorded"

struct FamilyInvolvementStep {
  Id id = 0;
  Id partnership_id = 0;
  Id case_id = 0;
  FamilyStep step = FamilyStep::invited;
  CivilDate on = *CivilDate::from_ymd(2026, 1, 1);
  std::string note;
  Id recorded_by = 0;
  Instant recorded_at{};
};

inline constexpr std::size_t learning_event_role_limit = 200;
inline constexpr std::size_t family_note_limit = 5000;

}  // namespace casereview
