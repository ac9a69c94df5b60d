// The practitioner learning event's use cases (app/reviews/learning_events.hpp, Rule LE-1) and the
// family's involvement on both engines: scheduling in Europe/London time, invitations emailed with
// an iCalendar REQUEST read back by libical and a single-use link (used twice, expired, forged),
// a change sending an update with the same UID and a higher SEQUENCE, a cancellation sending a
// CANCEL, the register all or nothing, and who is refused (another partnership, an unappointed
// reviewer: not found).
#include <gtest/gtest.h>

#include "app/documents/icalendar_invitation.hpp"
#include "app/review_fixture.hpp"
#include "app/reviews/learning_events.hpp"
#include "app/reviews/reviewers.hpp"

namespace casereview {
namespace {

using namespace std::chrono_literals;

std::optional<documents::ParsedInvitation> calendar_in(const Email& email) {
  for (const EmailAttachment& attachment : email.attachments) {
    if (attachment.content_type.rfind("text/calendar", 0) != 0) continue;
    auto parsed = documents::parse_calendar_invitation(attachment.content);
    EXPECT_TRUE(parsed.ok()) << parsed.error().message;
    if (parsed.ok()) return parsed.value();
  }
  return std::nullopt;
}

class LearningEventUseCases : public AppointedReviewTest {
 protected:
  // Tuesday 14 April 2026, 10am to 12:30pm in British Summer Time: 09:00 to 11:30 UTC.
  static LearningEventInput online_event() {
    return {.date = "2026-04-14",
            .start_time = "10:00",
            .end_time = "12:30",
            .delivery = "virtual",
            .joining_link = "https://meet.example/learning"};
  }

  LearningEventView schedule(const Account& by = {}) {
    auto scheduled =
        schedule_learning_event(context(), as(by.user.id ? by : reviewer), case_id, online_event());
    EXPECT_TRUE(scheduled.ok()) << scheduled.error().message;
    return scheduled.ok() ? scheduled.value() : LearningEventView{};
  }

  LearningEventInvitation invite(Id event_id, const std::string& name, const std::string& email) {
    auto invited = invite_practitioner(context(), as(reviewer), event_id,
                                       {name, email, police.id, "Response officer"});
    EXPECT_TRUE(invited.ok()) << invited.error().message;
    return invited.ok() ? invited.value() : LearningEventInvitation{};
  }

  std::vector<Email> emails_to(const std::string& to, const std::string& subject_start) {
    std::vector<Email> found;
    for (const QueuedEmail& queued : outbox_to(to)) {
      if (queued.email.subject.rfind(subject_start, 0) == 0) found.push_back(queued.email);
    }
    return found;
  }
};

// Rule LE-1: the event's UK times are stored as UTC instants.
TEST_P(LearningEventUseCases, TheAppointedReviewerSchedulesAnEventInUkTime) {
  const LearningEventView event = schedule();
  EXPECT_EQ(event.event.starts_at, parse_instant("2026-04-14T09:00:00Z").value());
  EXPECT_EQ(event.event.ends_at, parse_instant("2026-04-14T11:30:00Z").value());
  EXPECT_EQ(event.times.start_time.to_text(), "10:00");
  EXPECT_EQ(event.event.status, LearningEventStatus::scheduled);
  EXPECT_EQ(event.access, EventAccess::change);
  // The manager schedules too; the committee reads them.
  schedule(manager);
  auto read = case_learning(context(), as(committee), case_id);
  ASSERT_TRUE(read.ok()) << read.error().message;
  EXPECT_EQ(read.value().events.size(), 2u);
  EXPECT_EQ(read.value().access, EventAccess::read);
  EXPECT_EQ(audit_entries(audit_action::create, audit_outcome::success, reviewer.user.email).size(),
            1u);
}

// Rule LE-1: every bad field at once; online needs an https link, in person a venue.
TEST_P(LearningEventUseCases, ABadEventNamesEveryFieldAndSavesNothing) {
  auto refused = schedule_learning_event(context(), as(reviewer), case_id,
                                         {.date = "2026-02-30",
                                          .start_time = "25:00",
                                          .end_time = "",
                                          .delivery = "virtual",
                                          .joining_link = "http://meet.example"});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::invalid_input);
  EXPECT_EQ(fields_of(refused.error()),
            (std::vector<std::string>{"date", "start_time", "end_time", "joining_link"}));
  auto in_person = schedule_learning_event(
      context(), as(reviewer), case_id,
      {.date = "2026-04-14", .start_time = "14:00", .end_time = "13:00", .delivery = "in_person"});
  ASSERT_FALSE(in_person.ok());
  EXPECT_EQ(fields_of(in_person.error()), (std::vector<std::string>{"end_time", "venue"}));
  EXPECT_TRUE(case_learning(context(), as(manager), case_id).value().events.empty());
}

// Rule NTK-2, Rule LE-1: another partnership and an unappointed reviewer are told not found; the
// committee may read but not schedule.
TEST_P(LearningEventUseCases, OnlyTheManagerAndTheAppointedReviewerReachTheEvents) {
  const LearningEventView event = schedule();
  EXPECT_EQ(
      schedule_learning_event(context(), as(other_reviewer), case_id, online_event()).error().code,
      ErrorCode::not_found);
  EXPECT_EQ(
      schedule_learning_event(context(), as(south_manager), case_id, online_event()).error().code,
      ErrorCode::not_found);
  EXPECT_EQ(schedule_learning_event(context(), as(committee), case_id, online_event()).error().code,
            ErrorCode::forbidden);
  EXPECT_EQ(case_learning(context(), as(other_reviewer), case_id).error().code,
            ErrorCode::not_found);
  EXPECT_EQ(view_learning_event(context(), as(south_manager), event.event.id).error().code,
            ErrorCode::not_found);
  EXPECT_EQ(view_learning_event(context(), as(police_contributor), event.event.id).error().code,
            ErrorCode::not_found);
  EXPECT_EQ(invite_practitioner(context(), as(other_reviewer), event.event.id,
                                {"Sam Jones", "sam@police.example", police.id, "Officer"})
                .error()
                .code,
            ErrorCode::not_found);
  EXPECT_EQ(record_family_step(context(), as(south_manager), case_id,
                               {"invited", days_ago(1), "Letter sent"})
                .error()
                .code,
            ErrorCode::not_found);
}

// Rule LE-1: the invitation is an email with an iCalendar REQUEST and a single-use link.
TEST_P(LearningEventUseCases, AnInvitationCarriesACalendarRequestAndALink) {
  const LearningEventView event = schedule();
  const LearningEventInvitation invitation =
      invite(event.event.id, "Sam Jones", "Sam.Jones@Police.example");
  EXPECT_EQ(invitation.email, "sam.jones@police.example");
  const auto emails = emails_to("sam.jones@police.example", "Invitation");
  ASSERT_EQ(emails.size(), 1u);
  EXPECT_EQ(emails[0].body.find("Testchild"), std::string::npos) << "no child's name";
  EXPECT_NE(emails[0].body.find("Tuesday 14 April 2026, 10am to 12:30pm (UK time)"),
            std::string::npos)
      << emails[0].body;
  auto calendar = calendar_in(emails[0]);
  ASSERT_TRUE(calendar.has_value());
  EXPECT_EQ(calendar->method, documents::InvitationMethod::request);
  EXPECT_EQ(calendar->uid, invitation.calendar_uid);
  EXPECT_EQ(calendar->sequence, 0);
  // 10am in Europe/London on 14 April (British Summer Time) is 09:00 UTC.
  EXPECT_EQ(calendar->starts_at, parse_instant("2026-04-14T09:00:00Z").value());
  EXPECT_EQ(calendar->ends_at, parse_instant("2026-04-14T11:30:00Z").value());
  EXPECT_EQ(calendar->attendee.email, "sam.jones@police.example");
  EXPECT_EQ(calendar->joining_url, "https://meet.example/learning");
  EXPECT_FALSE(link_token("sam.jones@police.example", "/learning-event-invitation").empty());

  // The same address twice on one event: 422 on email, whatever its case.
  auto again = invite_practitioner(context(), as(reviewer), event.event.id,
                                   {"Sam Jones", "SAM.JONES@police.example", police.id, "Officer"});
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::invalid_input);
  EXPECT_EQ(fields_of(again.error()), std::vector<std::string>{"email"});
  auto blank = invite_practitioner(context(), as(reviewer), event.event.id,
                                   {"", "not an address", south_police.id, ""});
  ASSERT_FALSE(blank.ok());
  EXPECT_EQ(fields_of(blank.error()),
            (std::vector<std::string>{"name", "email", "role", "agency_id"}));
}

// Rule LE-1: the link works once, until the event starts; a forged one is not found.
TEST_P(LearningEventUseCases, TheLinkWorksOnceUntilTheEventStarts) {
  const LearningEventView event = schedule();
  invite(event.event.id, "Sam Jones", "sam@police.example");
  invite(event.event.id, "Ann Lee", "ann@school.example");
  const std::string sam = link_token("sam@police.example", "/learning-event-invitation");
  const std::string ann = link_token("ann@school.example", "/learning-event-invitation");
  ASSERT_FALSE(sam.empty());

  auto shown = invitation_by_link(context(), sam);
  ASSERT_TRUE(shown.ok());
  EXPECT_EQ(shown.value().state, LinkState::open);
  EXPECT_EQ(shown.value().name, "Sam Jones");
  EXPECT_EQ(answer_invitation(context(), visitor(), sam, "").error().code,
            ErrorCode::invalid_input);
  auto accepted = answer_invitation(context(), visitor(), sam, "accept");
  ASSERT_TRUE(accepted.ok()) << accepted.error().message;
  EXPECT_EQ(accepted.value().response, InvitationResponse::accepted);
  // Used twice: refused, the answer unchanged.
  auto twice = answer_invitation(context(), visitor(), sam, "decline");
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code, ErrorCode::wrong_state);
  EXPECT_EQ(invitation_by_link(context(), sam).value().state, LinkState::answered);
  EXPECT_EQ(invitation_by_link(context(), sam).value().response, InvitationResponse::accepted);

  // Forged: not found.
  EXPECT_EQ(invitation_by_link(context(), "forged-token").error().code, ErrorCode::not_found);
  EXPECT_EQ(answer_invitation(context(), visitor(), "", "accept").error().code,
            ErrorCode::not_found);

  // Expired once the event starts: nothing changed.
  clock_.set(parse_instant("2026-04-14T09:00:00Z").value());
  EXPECT_EQ(invitation_by_link(context(), ann).value().state, LinkState::expired);
  EXPECT_EQ(answer_invitation(context(), visitor(), ann, "accept").error().code,
            ErrorCode::wrong_state);
  auto after = view_learning_event(context(), as(reviewer), event.event.id).value();
  ASSERT_EQ(after.invitations.size(), 2u);
  EXPECT_EQ(after.invitations[0].invitation.response, InvitationResponse::accepted);
  EXPECT_EQ(after.invitations[1].invitation.response, InvitationResponse::awaiting);
}

// Rule LE-1: a change sends everyone an update with the same UID and a higher SEQUENCE; a
// cancellation a CANCEL.
TEST_P(LearningEventUseCases, AChangeSendsAnUpdateAndACancellationACancel) {
  const LearningEventView event = schedule();
  const LearningEventInvitation sam = invite(event.event.id, "Sam Jones", "sam@police.example");
  const std::string first_link = link_token("sam@police.example", "/learning-event-invitation");
  LearningEventInput later = online_event();
  later.date = "2026-11-03";  // in GMT
  later.start_time = "09:30";
  auto changed = change_learning_event(context(), as(reviewer), event.event.id, later);
  ASSERT_TRUE(changed.ok()) << changed.error().message;
  EXPECT_EQ(changed.value().event.sequence, 1);
  const auto updates = emails_to("sam@police.example", "Changed");
  ASSERT_EQ(updates.size(), 1u);
  auto update = calendar_in(updates[0]);
  ASSERT_TRUE(update.has_value());
  EXPECT_EQ(update->method, documents::InvitationMethod::request);
  EXPECT_EQ(update->uid, sam.calendar_uid);
  EXPECT_EQ(update->sequence, 1);
  EXPECT_EQ(update->starts_at, parse_instant("2026-11-03T09:30:00Z").value());
  // Someone still to answer gets a new link; the old one no longer works.
  const std::string new_link = link_token("sam@police.example", "/learning-event-invitation");
  EXPECT_NE(new_link, first_link);
  EXPECT_EQ(invitation_by_link(context(), first_link).error().code, ErrorCode::not_found);
  EXPECT_EQ(invitation_by_link(context(), new_link).value().state, LinkState::open);

  EXPECT_EQ(cancel_learning_event(context(), as(reviewer), event.event.id, " ").error().code,
            ErrorCode::invalid_input);
  auto cancelled =
      cancel_learning_event(context(), as(reviewer), event.event.id, "The reviewer is unwell");
  ASSERT_TRUE(cancelled.ok()) << cancelled.error().message;
  EXPECT_EQ(cancelled.value().event.status, LearningEventStatus::cancelled);
  const auto cancels = emails_to("sam@police.example", "Cancelled");
  ASSERT_EQ(cancels.size(), 1u);
  EXPECT_NE(cancels[0].body.find("The reviewer is unwell"), std::string::npos);
  auto cancel = calendar_in(cancels[0]);
  ASSERT_TRUE(cancel.has_value());
  EXPECT_EQ(cancel->method, documents::InvitationMethod::cancel);
  EXPECT_EQ(cancel->uid, sam.calendar_uid);
  EXPECT_EQ(cancel->sequence, 2);
  // Out of order now: 409, and the link has expired.
  EXPECT_EQ(change_learning_event(context(), as(reviewer), event.event.id, later).error().code,
            ErrorCode::wrong_state);
  EXPECT_EQ(cancel_learning_event(context(), as(reviewer), event.event.id, "Again").error().code,
            ErrorCode::wrong_state);
  EXPECT_EQ(invitation_by_link(context(), new_link).value().state, LinkState::expired);
}

// Rule LE-1: the register is all or nothing; an unknown invitation is named by its row.
TEST_P(LearningEventUseCases, AttendanceIsRecordedAllOrNothing) {
  const LearningEventView event = schedule();
  const LearningEventInvitation sam = invite(event.event.id, "Sam Jones", "sam@police.example");
  const LearningEventInvitation ann = invite(event.event.id, "Ann Lee", "ann@school.example");
  EXPECT_EQ(
      record_learning_event_attendance(context(), as(reviewer), event.event.id, {{sam.id, true}})
          .error()
          .code,
      ErrorCode::wrong_state)
      << "not before the event starts";
  clock_.set(parse_instant("2026-04-14T09:30:00Z").value());
  auto refused = record_learning_event_attendance(context(), as(reviewer), event.event.id,
                                                  {{sam.id, true}, {ann.id + 100, false}});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(fields_of(refused.error()), std::vector<std::string>{"attendance[1].invitation_id"});
  auto unchanged = view_learning_event(context(), as(reviewer), event.event.id).value();
  EXPECT_EQ(unchanged.invitations[0].invitation.attendance, Attendance::not_recorded);

  auto recorded = record_learning_event_attendance(context(), as(reviewer), event.event.id,
                                                   {{sam.id, true}, {ann.id, false}});
  ASSERT_TRUE(recorded.ok()) << recorded.error().message;
  EXPECT_EQ(recorded.value().invitations[0].invitation.attendance, Attendance::attended);
  EXPECT_EQ(recorded.value().invitations[1].invitation.attendance, Attendance::absent);
  EXPECT_EQ(record_learning_event_attendance(context(), as(other_reviewer), event.event.id,
                                             {{sam.id, false}})
                .error()
                .code,
            ErrorCode::not_found);
}

// The family's involvement: its own dated steps, in date order, apart from the practitioners'.
TEST_P(LearningEventUseCases, TheFamilysStepsAreListedInDateOrder) {
  ASSERT_TRUE(
      record_family_step(context(), as(reviewer), case_id, {"met", days_ago(2), "At home"}).ok());
  ASSERT_TRUE(
      record_family_step(context(), as(manager), case_id, {"invited", days_ago(9), "Letter"}).ok());
  auto refused = record_family_step(context(), as(reviewer), case_id, {"phoned", "2099-01-01", ""});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(fields_of(refused.error()), (std::vector<std::string>{"step", "on"}));
  auto learning = case_learning(context(), as(committee), case_id);
  ASSERT_TRUE(learning.ok());
  ASSERT_EQ(learning.value().family_steps.size(), 2u);
  EXPECT_EQ(learning.value().family_steps[0].step, FamilyStep::invited);
  EXPECT_EQ(learning.value().family_steps[1].step, FamilyStep::met);
  EXPECT_EQ(learning.value().family_steps[1].note, "At home");
  EXPECT_TRUE(learning.value().events.empty()) << "not mixed with the practitioners'";
}

INSTANTIATE_TEST_SUITE_P(Engines, LearningEventUseCases,
                         ::testing::ValuesIn(testing_support::test_engines()));

}  // namespace
}  // namespace casereview
