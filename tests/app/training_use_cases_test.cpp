// The training use cases on both engines: booking for oneself, the waiting list and its order,
// the cut-offs in working days with a hand-moved clock (Rule TRN-1, Rule TRN-2, Rule TRN-3), one
// place per course (Rule TRN-4), the trainer's changes (capacity, cancellation with the reason,
// copy), the register and certificates (Rule TRN-5), public verification, reminders (Rule TRN-6)
// and the emails with their iCalendar attachments, read back with libical.
#include <gtest/gtest.h>

#include "app/accounts.hpp"
#include "app/documents/icalendar_invitation.hpp"
#include "app/working_day_calendar.hpp"
#include "training_fixture.hpp"

namespace casereview {
namespace {

using namespace std::chrono_literals;

std::optional<documents::ParsedInvitation> invitation_in(const Email& email) {
  for (const EmailAttachment& attachment : email.attachments) {
    if (attachment.content_type.rfind("text/calendar", 0) != 0) continue;
    auto parsed = documents::parse_calendar_invitation(attachment.content);
    EXPECT_TRUE(parsed.ok()) << parsed.error().message;
    if (parsed.ok()) return parsed.value();
  }
  return std::nullopt;
}

TEST_P(TrainingUseCaseTest, BookingAFreePlaceConfirmsItWithACalendarInvitation) {
  const SessionView created = add_session(5);
  const Account ann = add_learner("ann");
  const BookingView booking = book(ann, created.id);
  EXPECT_EQ(booking.status, "booked");
  EXPECT_FALSE(booking.position.has_value());
  EXPECT_EQ(booking.joining_link, "https://meet.example/case-reviews");
  const SessionView after = session(created.id, as(ann));
  EXPECT_EQ(after.places_left, 4);
  EXPECT_EQ(after.booking_closes_on, *CivilDate::from_ymd(2026, 3, 5));
  ASSERT_TRUE(after.your_booking.has_value());
  EXPECT_EQ(after.joining_link, "https://meet.example/case-reviews");

  auto confirmations = emails_to(ann.user.email, "Your place is booked");
  ASSERT_EQ(confirmations.size(), 1u);
  auto invitation = invitation_in(confirmations[0]);
  ASSERT_TRUE(invitation.has_value()) << "the confirmation carries an .ics";
  EXPECT_EQ(invitation->method, documents::InvitationMethod::request);
  EXPECT_EQ(invitation->summary, "Case reviews");
  EXPECT_EQ(invitation->starts_at, parse_instant("2026-03-09T09:30:00Z").value());
  EXPECT_EQ(invitation->attendee.email, ann.user.email);
  EXPECT_EQ(audit_entries("book", "success", ann.user.email).size(), 1u);
  expect_audit_chain_whole();
}

TEST_P(TrainingUseCaseTest, TheJoiningLinkIsShownOnlyToPeopleWithABookedPlace) {
  const SessionView created = add_session(1);
  const Account ann = add_learner("ann");
  const Account bob = add_learner("bob");
  book(ann, created.id);
  EXPECT_TRUE(session(created.id, visitor()).joining_link.empty());
  EXPECT_TRUE(session(created.id, as(bob)).joining_link.empty());
  const BookingView waiting = book(bob, created.id);
  EXPECT_EQ(waiting.status, "waiting");
  EXPECT_TRUE(waiting.joining_link.empty());
  EXPECT_TRUE(session(created.id, as(bob)).joining_link.empty());
  EXPECT_FALSE(session(created.id, as(trainer_)).joining_link.empty());
}

TEST_P(TrainingUseCaseTest, AFullSessionPutsPeopleOnTheWaitingListInOrder) {
  const SessionView created = add_session(2);
  std::vector<BookingView> bookings;
  for (const char* name : {"ann", "bob", "cat", "dan"})
    bookings.push_back(book(add_learner(name), created.id));
  EXPECT_EQ(bookings[0].status, "booked");
  EXPECT_EQ(bookings[1].status, "booked");
  EXPECT_EQ(bookings[2].status, "waiting");
  EXPECT_EQ(bookings[2].position, 1);
  EXPECT_EQ(bookings[3].position, 2);
  const SessionView full = session(created.id, visitor());
  EXPECT_EQ(full.places_left, 0);
  EXPECT_EQ(full.waiting_list_length, 2);
  auto notices = emails_to("cat@agency.example", "You are on the waiting list");
  ASSERT_EQ(notices.size(), 1u);
  EXPECT_NE(notices[0].body.find("at number 1"), std::string::npos);
  EXPECT_TRUE(notices[0].attachments.empty());
}

// Rule TRN-4.
TEST_P(TrainingUseCaseTest, ASecondPlaceOnTheSameCourseIsRefusedWithTheReason) {
  const SessionView first = add_session(5);
  const SessionView second = add_session(5, "2026-03-16");
  const Account ann = add_learner("ann");
  book(ann, first.id);
  for (Id session_id : {first.id, second.id}) {
    auto again = book_session(context(), as(ann), session_id);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::wrong_state);
    EXPECT_NE(again.error().message.find("You already have a place on Case reviews"),
              std::string::npos);
  }
  EXPECT_EQ(session(first.id, visitor()).booked_count, 1);
  EXPECT_EQ(session(second.id, visitor()).booked_count, 0);
}

// Rule TRN-4: someone on a waiting list is told they are waiting, and where, not that they "have a
// place".
TEST_P(TrainingUseCaseTest, ASecondPlaceRefusalSaysWhenThePersonIsOnlyWaiting) {
  const SessionView full = add_session(1);
  const SessionView later = add_session(5, "2026-03-16");
  book(add_learner("ann"), full.id);
  const Account bob = add_learner("bob");
  ASSERT_EQ(book(bob, full.id).state, BookingState::waiting);
  auto again = book_session(context(), as(bob), later.id);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::wrong_state);
  EXPECT_EQ(again.error().message,
            "You are already on the waiting list for Case reviews on Monday 9 March 2026, at "
            "number 1. Leave the waiting list before booking another session of the same course.");
  const SessionView seen = session(later.id, as(bob));
  ASSERT_TRUE(seen.your_place_on_course.has_value());
  EXPECT_EQ(seen.your_place_on_course->state, BookingState::waiting);
  EXPECT_FALSE(seen.your_booking.has_value());
}

// Rule TRN-7: a partnership's courses are for its own workforce until it opens them to everyone.
TEST_P(TrainingUseCaseTest, APartnershipsCoursesAreForItsOwnWorkforceUnlessItOpensThem) {
  const SessionView created = add_session(5);
  const Account outsider = add_account("dee@south.example", {"learner"}, "SOUTH");
  const Account nowhere = add_account("panel@national.example", {"panel"}, "");
  for (const Account& person : {outsider, nowhere}) {
    const SessionView seen = session(created.id, as(person));
    ASSERT_TRUE(seen.closed_to_you.has_value()) << person.user.email;
    auto refused = book_session(context(), as(person), created.id);
    ASSERT_FALSE(refused.ok()) << person.user.email;
    EXPECT_EQ(refused.error().code, ErrorCode::forbidden);
    EXPECT_EQ(refused.error().message, "Only people who work in the area of " +
                                           ensure_partnership("NORTH").name +
                                           " can book its courses");
  }
  EXPECT_EQ(session(created.id, visitor()).booked_count, 0) << "a refusal writes nothing";
  const Account ann = add_learner("ann");
  EXPECT_FALSE(session(created.id, as(ann)).closed_to_you.has_value());
  book(ann, created.id);

  // The partnership's administrator opens its courses to people from any partnership.
  const Account admin = add_account("admin@north.example", {"admin"});
  std::map<std::string, std::string> settings{{course_booking_key, "any_partnership"}};
  for (const SettingSpec& spec : partnership_setting_specs)
    settings[spec.key] = std::to_string(spec.default_value);
  ASSERT_TRUE(
      update_settings(context(), as(admin), ensure_partnership("NORTH").name, settings).ok());
  EXPECT_FALSE(session(created.id, as(outsider)).closed_to_you.has_value());
  book(outsider, created.id);
  book(nowhere, created.id);
  EXPECT_EQ(session(created.id, visitor()).booked_count, 3);
}

// Rule TRN-1.
TEST_P(TrainingUseCaseTest, BookingClosesAtTheEndOfTheSecondWorkingDayBefore) {
  const SessionView created = add_session(5);  // Monday 9 March
  at("2026-03-05T23:59:59Z");                  // Thursday, last second (GMT)
  EXPECT_TRUE(book_session(context(), as(add_learner("ann")), created.id).ok());
  at("2026-03-06T00:00:00Z");
  auto late = book_session(context(), as(add_learner("bob")), created.id);
  ASSERT_FALSE(late.ok());
  EXPECT_EQ(late.error().code, ErrorCode::wrong_state);
  EXPECT_EQ(late.error().message,
            "Booking for this session closed at the end of Thursday 5 March 2026");
  EXPECT_FALSE(session(created.id, visitor()).booking_open);
}

// Rule TRN-1, Rule TRN-2 and Rule TRN-6 count working days on the partnership's own calendar: a
// bank holiday its administrator uploads moves its cut-offs and reminders at once, and nobody
// else's.
TEST_P(TrainingUseCaseTest, AnUploadedBankHolidayMovesThePartnershipsCutOffsAndReminders) {
  const SessionView created = add_session(5);  // Monday 9 March
  EXPECT_EQ(created.booking_closes_on, *CivilDate::from_ymd(2026, 3, 5));
  const Account trainer_south = add_account("trainer@south.example", {"trainer"}, "SOUTH");
  const SessionView south_session =
      add_session_of(trainer_south, published_course(trainer_south, "Case reviews").id, 5);

  // A file like GOV.UK's, 2026 only, with an invented holiday on Thursday 5 March 2026.
  const Account admin = add_account("admin@north.example", {"admin"});
  const std::string file = R"({"england-and-wales": {"division": "england-and-wales", "events": [
      {"title": "New Year’s Day", "date": "2026-01-01", "notes": "", "bunting": true},
      {"title": "A made-up holiday", "date": "2026-03-05", "notes": "", "bunting": false}]}})";
  auto uploaded = upload_bank_holidays(context(), as(admin), file);
  ASSERT_TRUE(uploaded.ok()) << uploaded.error().message;

  // Friday 6 and Wednesday 4 March are now the two working days before Monday 9 March.
  const SessionView moved = session(created.id, visitor());
  EXPECT_EQ(moved.booking_closes_on, *CivilDate::from_ymd(2026, 3, 4));
  EXPECT_EQ(moved.cancellation_closes_on, *CivilDate::from_ymd(2026, 3, 4));
  EXPECT_EQ(session(south_session.id, visitor()).booking_closes_on,
            *CivilDate::from_ymd(2026, 3, 5))
      << "another partnership keeps the bundled calendar";

  const Account ann = add_learner("ann");
  const BookingView booking = book(ann, created.id);
  at("2026-03-04T07:00:00Z");  // Wednesday: the reminder day on this calendar (Rule TRN-6)
  EXPECT_EQ(queue_training_reminders(context()).value(), 1);
  at("2026-03-05T00:00:00Z");  // the holiday: both cut-offs have passed
  auto late = book_session(context(), as(add_learner("bob")), created.id);
  ASSERT_FALSE(late.ok());
  EXPECT_EQ(late.error().message,
            "Booking for this session closed at the end of Wednesday 4 March 2026");
  EXPECT_TRUE(view_booking(context(), as(ann), booking.id).value().cancelling_is_late)
      << "cancelling now is late (Rule TRN-2)";
  EXPECT_TRUE(book_session(context(), as(add_account("cat@south.example", {"learner"}, "SOUTH")),
                           south_session.id)
                  .ok())
      << "booking in the other partnership is open until the end of Thursday 5 March";
}

// Rule TRN-3.
TEST_P(TrainingUseCaseTest, CancellingAPlaceBooksTheEarliestWaitingPersonAndEmailsThem) {
  const SessionView created = add_session(1);
  const Account ann = add_learner("ann");
  const Account bob = add_learner("bob");
  const Account cat = add_learner("cat");
  const BookingView ann_booking = book(ann, created.id);
  const BookingView bob_booking = book(bob, created.id);
  const BookingView cat_booking = book(cat, created.id);
  ASSERT_TRUE(cancel_booking(context(), as(ann), ann_booking.id).ok());

  EXPECT_EQ(view_booking(context(), as(bob), bob_booking.id).value().status, "booked");
  auto cat_now = view_booking(context(), as(cat), cat_booking.id).value();
  EXPECT_EQ(cat_now.status, "waiting");
  EXPECT_EQ(cat_now.position, 1);
  auto promoted = emails_to(bob.user.email, "A place became free");
  ASSERT_EQ(promoted.size(), 1u);
  ASSERT_TRUE(invitation_in(promoted[0]).has_value());

  auto cancelled = emails_to(ann.user.email, "Your place is cancelled");
  ASSERT_EQ(cancelled.size(), 1u);
  auto cancel = invitation_in(cancelled[0]);
  ASSERT_TRUE(cancel.has_value());
  EXPECT_EQ(cancel->method, documents::InvitationMethod::cancel);
  auto request = invitation_in(emails_to(ann.user.email, "Your place is booked").at(0));
  EXPECT_EQ(cancel->uid, request->uid) << "the CANCEL names the event the REQUEST made";
  EXPECT_GT(cancel->sequence, request->sequence);

  auto history = booking_history(context(), as(bob), bob_booking.id).value();
  ASSERT_EQ(history.size(), 3u);
  EXPECT_EQ(history[0].state, BookingState::requested);
  EXPECT_EQ(history[1].state, BookingState::waiting);
  EXPECT_EQ(history[2].state, BookingState::booked);
  EXPECT_FALSE(history[2].by_user_id.has_value()) << "the service promoted them";
}

// Rule TRN-3: after the booking cut-off the waiting list stays as it is.
TEST_P(TrainingUseCaseTest, NoOneIsPromotedAfterTheBookingCutOff) {
  const SessionView created = add_session(1, "2026-03-09", "2", "0");
  const Account ann = add_learner("ann");
  const Account bob = add_learner("bob");
  const BookingView ann_booking = book(ann, created.id);
  const BookingView bob_booking = book(bob, created.id);
  at("2026-03-06T10:00:00Z");  // Friday: booking closed, cancellation still open
  ASSERT_TRUE(cancel_booking(context(), as(ann), ann_booking.id).ok());
  EXPECT_EQ(view_booking(context(), as(bob), bob_booking.id).value().status, "waiting");
  const SessionView after = session(created.id, as(trainer_));
  EXPECT_EQ(after.places_left, 1);
  EXPECT_EQ(after.waiting_list_length, 1);
}

TEST_P(TrainingUseCaseTest, NoOneCanCancelOrDownloadSomeoneElsesBooking) {
  const SessionView created = add_session(2);
  const Account ann = add_learner("ann");
  const Account bob = add_learner("bob");
  const BookingView booking = book(ann, created.id);
  EXPECT_EQ(cancel_booking(context(), as(bob), booking.id).error().code, ErrorCode::not_found);
  EXPECT_EQ(booking_calendar(context(), as(bob), booking.id).error().code, ErrorCode::not_found);
  EXPECT_EQ(view_booking(context(), as(bob), booking.id).error().code, ErrorCode::not_found);
  EXPECT_EQ(book_session(context(), visitor(), created.id).error().code,
            ErrorCode::unauthenticated);
  // The booking is always the caller's own: the history names them as its maker.
  auto history = booking_history(context(), as(ann), booking.id).value();
  EXPECT_EQ(history.front().by_user_id, ann.user.id);
}

TEST_P(TrainingUseCaseTest, TheCalendarDownloadIsAnInvitationLibicalReadsBack) {
  const SessionView created = add_session(2, "2026-07-06");  // summer time
  const Account ann = add_learner("ann");
  const BookingView booking = book(ann, created.id);
  auto file = booking_calendar(context(), as(ann), booking.id);
  ASSERT_TRUE(file.ok()) << file.error().message;
  EXPECT_EQ(file.value().file_name, "training-2026-07-06.ics");
  auto parsed = documents::parse_calendar_invitation(file.value().content);
  ASSERT_TRUE(parsed.ok()) << parsed.error().message;
  EXPECT_EQ(parsed.value().starts_at, parse_instant("2026-07-06T08:30:00Z").value());
  EXPECT_EQ(parsed.value().joining_url, "https://meet.example/case-reviews");
}

TEST_P(TrainingUseCaseTest, ALargerCapacityBooksWaitingPeople) {
  const SessionView created = add_session(1);
  book(add_learner("ann"), created.id);
  const BookingView bob = book(add_learner("bob"), created.id);
  const BookingView cat = book(add_learner("cat"), created.id);
  auto bigger = change_capacity(context(), as(trainer_), created.id, "2");
  ASSERT_TRUE(bigger.ok()) << bigger.error().message;
  EXPECT_EQ(bigger.value().booked_count, 2);
  EXPECT_EQ(bigger.value().waiting_list_length, 1);
  EXPECT_EQ(emails_to("bob@agency.example", "A place became free").size(), 1u);
  EXPECT_TRUE(emails_to("cat@agency.example", "A place became free").empty());
  (void)bob;
  (void)cat;
  auto smaller = change_capacity(context(), as(trainer_), created.id, "1");
  ASSERT_FALSE(smaller.ok());
  EXPECT_EQ(smaller.error().fields.at(0).message,
            "The number of places cannot be less than the 2 places booked");
}

TEST_P(TrainingUseCaseTest, CancellingASessionTellsEveryoneTheReason) {
  const SessionView created = add_session(1);
  const Account ann = add_learner("ann");
  const Account bob = add_learner("bob");
  const BookingView ann_booking = book(ann, created.id);
  const BookingView bob_booking = book(bob, created.id);
  EXPECT_EQ(cancel_session(context(), as(trainer_), created.id, "").error().fields.at(0).field,
            "reason");
  ASSERT_TRUE(cancel_session(context(), as(trainer_), created.id, "The trainer is ill").ok());
  for (const Account& person : {ann, bob}) {
    auto told = emails_to(person.user.email, "Training session cancelled");
    ASSERT_EQ(told.size(), 1u) << person.user.email;
    EXPECT_NE(told[0].body.find("The trainer is ill"), std::string::npos);
  }
  auto cancel = invitation_in(emails_to(ann.user.email, "Training session cancelled")[0]);
  ASSERT_TRUE(cancel.has_value()) << "the booked person's calendar event is withdrawn";
  EXPECT_EQ(cancel->status, "CANCELLED");
  EXPECT_EQ(view_booking(context(), as(ann), ann_booking.id).value().state,
            BookingState::cancelled_by_trainer);
  EXPECT_EQ(view_booking(context(), as(bob), bob_booking.id).value().state,
            BookingState::cancelled_by_trainer);
  EXPECT_EQ(book_session(context(), as(add_learner("cat")), created.id).error().code,
            ErrorCode::wrong_state);
  EXPECT_EQ(cancel_session(context(), as(trainer_), created.id, "Again").error().code,
            ErrorCode::wrong_state);
}

TEST_P(TrainingUseCaseTest, CopyingASessionKeepsItsSettingsOnTheNewDate) {
  const SessionView created = add_session(7);
  book(add_learner("ann"), created.id);
  auto copy = copy_session(context(), as(trainer_), created.id, "2026-03-23");
  ASSERT_TRUE(copy.ok()) << copy.error().message;
  EXPECT_NE(copy.value().id, created.id);
  EXPECT_EQ(copy.value().date, *CivilDate::from_ymd(2026, 3, 23));
  EXPECT_EQ(copy.value().capacity, 7);
  EXPECT_EQ(copy.value().booked_count, 0);
  EXPECT_EQ(copy.value().start_time, (ClockTime{9, 30}));
  EXPECT_EQ(
      copy_session(context(), as(trainer_), created.id, "2026-03-01").error().fields.at(0).field,
      "date");
}

TEST_P(TrainingUseCaseTest, OnlyTrainersAndManagersWriteCoursesAndOnlyTheySeeDrafts) {
  const Account ann = add_learner("ann");
  CourseInput input;
  input.title = "Neglect";
  input.summary = "Recognising neglect.";
  EXPECT_EQ(create_course(context(), as(ann), input).error().code, ErrorCode::forbidden);
  EXPECT_EQ(create_course(context(), visitor(), input).error().code, ErrorCode::unauthenticated);
  auto draft = create_course(context(), as(trainer_), input);
  ASSERT_TRUE(draft.ok());
  EXPECT_EQ(view_course(context(), as(ann), draft.value().id).error().code, ErrorCode::not_found);
  EXPECT_EQ(view_course(context(), visitor(), course_.id).value().course.title, "Case reviews")
      << "published courses are public";
  EXPECT_EQ(list_courses(context(), visitor()).value().size(), 1u);
  EXPECT_EQ(list_courses(context(), as(trainer_)).value().size(), 2u);
  const Account other_trainer = add_account("trainer@south.example", {"trainer"}, "SOUTH");
  EXPECT_EQ(edit_course(context(), as(other_trainer), draft.value().id, input).error().code,
            ErrorCode::not_found);
  CourseInput empty;
  auto refused = create_course(context(), as(trainer_), empty);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::invalid_input);
}

TEST_P(TrainingUseCaseTest, ASessionFormNamesEveryBadField) {
  SessionInput input;
  input.date = "2026-02-30";
  input.start_time = "25:00";
  input.end_time = "10:00";
  input.format = "in_person";
  input.capacity = "many";
  auto refused = create_session(context(), as(trainer_), course_.id, input);
  ASSERT_FALSE(refused.ok());
  std::set<std::string> fields;
  for (const FieldError& field : refused.error().fields) fields.insert(field.field);
  EXPECT_EQ(fields, (std::set<std::string>{"date", "start_time", "capacity", "venue"}));
}

// Issue 10: an empty form said "Enter a time" twice, asked for a joining link before the format
// was chosen, and listed the problems in the order the checks ran rather than down the form.
TEST_P(TrainingUseCaseTest, AnEmptySessionFormNamesEachFieldOnceInTheFormsOrder) {
  SessionInput empty;
  empty.booking_cutoff = "2";
  empty.cancellation_cutoff = "2";
  auto refused = create_session(context(), as(trainer_), course_.id, empty);
  ASSERT_FALSE(refused.ok());
  std::vector<std::string> fields;
  std::set<std::string> messages;
  for (const FieldError& field : refused.error().fields) {
    fields.push_back(field.field);
    messages.insert(field.message);
  }
  EXPECT_EQ(fields,
            (std::vector<std::string>{"date", "start_time", "end_time", "format", "capacity"}));
  EXPECT_EQ(messages.size(), fields.size()) << "no two fields say the same thing";
  EXPECT_TRUE(messages.contains("Enter the start time"));
  EXPECT_TRUE(messages.contains("Enter the end time"));

  // Once the format is chosen, the question it needs is asked, in its place on the form.
  empty.format = "virtual";
  empty.start_time = "10:00";
  empty.end_time = "09:00";
  auto virtual_session = create_session(context(), as(trainer_), course_.id, empty);
  ASSERT_FALSE(virtual_session.ok());
  fields.clear();
  for (const FieldError& field : virtual_session.error().fields) fields.push_back(field.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"date", "end_time", "joining_link", "capacity"}));
}

// Rule TRN-5.
TEST_P(TrainingUseCaseTest, OnlyPeopleMarkedAttendedGetACertificate) {
  const SessionView created = add_session(3);
  const Account ann = add_learner("ann");
  const Account bob = add_learner("bob");
  const Account cat = add_learner("cat");
  const BookingView a = book(ann, created.id);
  const BookingView b = book(bob, created.id);
  const BookingView c = book(cat, created.id);
  std::vector<AttendanceMark> marks{
      {a.id, "attended"}, {b.id, "partly_attended"}, {c.id, "did_not_attend"}};
  auto early = mark_attendance(context(), as(trainer_), created.id, marks);
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(early.error().code, ErrorCode::wrong_state);
  at("2026-03-09T12:30:00Z");
  EXPECT_EQ(mark_attendance(context(), as(ann), created.id, marks).error().code,
            ErrorCode::forbidden);
  auto bad = mark_attendance(context(), as(trainer_), created.id, {{a.id, "asleep"}});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().fields.at(0).field, "attendance-" + std::to_string(a.id));
  auto marked = mark_attendance(context(), as(trainer_), created.id, marks);
  ASSERT_TRUE(marked.ok()) << marked.error().message;
  EXPECT_EQ(my_training(context(), as(ann)).value().certificates.size(), 1u);
  EXPECT_TRUE(my_training(context(), as(bob)).value().certificates.empty());
  EXPECT_TRUE(my_training(context(), as(cat)).value().certificates.empty());
  EXPECT_EQ(audit_entries("mark-attendance", "success").size(), 3u);

  // A mark corrected away from attended withdraws it; back again restores the same code.
  const std::string code = my_training(context(), as(ann)).value().certificates[0].code;
  ASSERT_TRUE(
      mark_attendance(context(), as(trainer_), created.id, {{a.id, "did_not_attend"}}).ok());
  EXPECT_EQ(verify_certificate(context(), code).error().code, ErrorCode::not_found);
  ASSERT_TRUE(mark_attendance(context(), as(trainer_), created.id, {{a.id, "attended"}}).ok());
  EXPECT_EQ(my_training(context(), as(ann)).value().certificates.at(0).code, code);

  auto csv = register_csv(context(), as(trainer_), created.id);
  ASSERT_TRUE(csv.ok());
  EXPECT_EQ(csv.value().content.substr(0, csv.value().content.find("\r\n")),
            "Name,Email,Organisation,Job role,Attendance,Evaluation completed,Certificate code,"
            "Signed in with the code");
  EXPECT_NE(csv.value().content.find("Person ann@agency.example,ann@agency.example,,,Attended,No," +
                                     code),
            std::string::npos)
      << csv.value().content;
}

// Rule TRN-5: when the course requires the evaluation, the certificate waits for it.
TEST_P(TrainingUseCaseTest, ARequiredEvaluationComesBeforeTheCertificate) {
  CourseInput input;
  input.title = "Case reviews";
  input.summary = course_.summary;
  input.evaluation = EvaluationRequirement::required_before_certificate;
  ASSERT_TRUE(edit_course(context(), as(trainer_), course_.id, input).ok());
  const SessionView created = add_session(3);
  const Account ann = add_learner("ann");
  const BookingView a = book(ann, created.id);
  EXPECT_EQ(
      submit_evaluation(context(), as(ann), a.id, {"5", "Ask about the men in the household", ""})
          .error()
          .code,
      ErrorCode::wrong_state)
      << "no feedback before attendance is recorded";
  at("2026-03-09T12:30:00Z");
  ASSERT_TRUE(mark_attendance(context(), as(trainer_), created.id, {{a.id, "attended"}}).ok());
  EXPECT_TRUE(my_training(context(), as(ann)).value().certificates.empty());
  EXPECT_TRUE(view_booking(context(), as(ann), a.id).value().evaluation_due);
  auto invalid = submit_evaluation(context(), as(ann), a.id, {"9", "", ""});
  ASSERT_FALSE(invalid.ok());
  EXPECT_EQ(invalid.error().fields.size(), 2u);
  ASSERT_TRUE(
      submit_evaluation(context(), as(ann), a.id, {"5", "Ask about the men in the household", ""})
          .ok());
  EXPECT_EQ(my_training(context(), as(ann)).value().certificates.size(), 1u);
  EXPECT_EQ(submit_evaluation(context(), as(ann), a.id, {"4", "Again", ""}).error().code,
            ErrorCode::wrong_state);
  EXPECT_EQ(session_evaluations(context(), as(trainer_), created.id).value().size(), 1u);
}

TEST_P(TrainingUseCaseTest, ACertificateIsVerifiedByItsCodeAndFollowsACorrectedName) {
  const SessionView created = add_session(3);
  const Account ann = add_learner("ann");
  const BookingView a = book(ann, created.id);
  at("2026-03-09T12:30:00Z");
  ASSERT_TRUE(mark_attendance(context(), as(trainer_), created.id, {{a.id, "attended"}}).ok());
  const CertificateView certificate = my_training(context(), as(ann)).value().certificates.at(0);
  ASSERT_EQ(certificate.code.size(), 14u);

  auto verified = verify_certificate(context(), certificate.code);
  ASSERT_TRUE(verified.ok());
  EXPECT_EQ(verified.value().name, "Person ann@agency.example");
  EXPECT_EQ(verified.value().course, "Case reviews");
  EXPECT_EQ(verified.value().date, *CivilDate::from_ymd(2026, 3, 9));
  std::string typed = certificate.code;
  for (char& c : typed) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  EXPECT_TRUE(verify_certificate(context(), typed).ok()) << "typed in lower case";

  for (const char* made_up : {"ACDE-FGHJ-KMNP", "nonsense", ""}) {
    auto unknown = verify_certificate(context(), made_up);
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::not_found);
    EXPECT_EQ(unknown.error().message, "No certificate has this code");
  }

  ASSERT_TRUE(
      change_own_details(context(), as(ann), {"Ann Corrected", "Northbrook School", "Teacher"})
          .ok());
  auto renamed = verify_certificate(context(), certificate.code);
  EXPECT_EQ(renamed.value().name, "Ann Corrected");
  EXPECT_EQ(my_training(context(), as(ann)).value().certificates.at(0).code, certificate.code);
  EXPECT_EQ(certificate_pdf(context(), as(add_learner("bob")), certificate.id).error().code,
            ErrorCode::not_found);
}

TEST_P(TrainingUseCaseTest, TheCertificatePdfNamesThePersonTheCourseAndTheCode) {
  const SessionView created = add_session(3);
  const Account ann = add_learner("ann");
  const BookingView a = book(ann, created.id);
  at("2026-03-09T12:30:00Z");
  ASSERT_TRUE(mark_attendance(context(), as(trainer_), created.id, {{a.id, "attended"}}).ok());
  const CertificateView certificate = my_training(context(), as(ann)).value().certificates.at(0);
  auto pdf = certificate_pdf(context(), as(ann), certificate.id);
  ASSERT_TRUE(pdf.ok()) << pdf.error().message;
  EXPECT_EQ(pdf.value().content_type, "application/pdf");
  EXPECT_EQ(pdf.value().content.substr(0, 5), "%PDF-");
}

TEST_P(TrainingUseCaseTest, MyTrainingListsBookingsWaitingPlacesAndThePast) {
  CourseInput other;
  other.title = "Neglect";
  other.summary = "Recognising neglect.";
  auto neglect = create_course(context(), as(trainer_), other).value();
  ASSERT_TRUE(set_course_status(context(), as(trainer_), neglect.id, CourseStatus::published).ok());
  const SessionView full = add_session(1);
  SessionInput input{"2026-03-10", "13:00", "15:00", "in_person", "", "Town Hall, Northbrook",
                     "4",          "2",     "2",     std::nullopt};
  auto neglect_session = create_session(context(), as(trainer_), neglect.id, input).value();
  const Account ann = add_learner("ann");
  const Account bob = add_learner("bob");
  book(ann, full.id);
  book(bob, full.id);
  book(bob, neglect_session.id);
  const MyTraining mine = my_training(context(), as(bob)).value();
  ASSERT_EQ(mine.booked.size(), 1u);
  EXPECT_EQ(mine.booked[0].course_title, "Neglect");
  EXPECT_EQ(mine.booked[0].venue, "Town Hall, Northbrook");
  ASSERT_EQ(mine.waiting.size(), 1u);
  EXPECT_EQ(mine.waiting[0].position, 1);
  EXPECT_TRUE(mine.past.empty());
}

// Rule TRN-6.
TEST_P(TrainingUseCaseTest, RemindersGoOnceFromTheSecondWorkingDayBefore) {
  const SessionView created = add_session(3);  // Monday 9 March: reminders from Thursday 5 March
  const Account ann = add_learner("ann");
  const Account bob = add_learner("bob");
  book(ann, created.id);
  book(bob, created.id);
  at("2026-03-04T18:00:00Z");
  EXPECT_EQ(queue_training_reminders(context()).value(), 0);
  at("2026-03-05T07:00:00Z");
  EXPECT_EQ(queue_training_reminders(context()).value(), 2);
  EXPECT_EQ(queue_training_reminders(context()).value(), 0) << "a second run sends nothing";
  at("2026-03-06T07:00:00Z");
  EXPECT_EQ(queue_training_reminders(context()).value(), 0);
  auto reminders = emails_to(ann.user.email, "Reminder: Case reviews");
  ASSERT_EQ(reminders.size(), 1u);
  EXPECT_NE(reminders[0].body.find("https://meet.example/case-reviews"), std::string::npos);
}

// Rule TRN-6 at the default offsets: 10 working days before (to people who had booked by then)
// and 2 — each once, whatever the runs.
TEST_P(TrainingUseCaseTest, TwoRemindersGoAtTheOffsetsEachOnce) {
  const SessionView created = add_session(5, "2026-03-23");  // Monday 23 March
  const Account ann = add_learner("ann");
  book(ann, created.id);       // Monday 2 March
  at("2026-03-09T07:00:00Z");  // the first reminder's day
  const Account bob = add_learner("bob");
  book(bob, created.id);  // booked on it: the confirmation told him
  EXPECT_EQ(queue_training_reminders(context()).value(), 1);
  EXPECT_EQ(queue_training_reminders(context()).value(), 0) << "a second run sends nothing";
  at("2026-03-18T07:00:00Z");
  EXPECT_EQ(queue_training_reminders(context()).value(), 0);
  at("2026-03-19T07:00:00Z");  // the second reminder's day
  EXPECT_EQ(queue_training_reminders(context()).value(), 2);
  EXPECT_EQ(queue_training_reminders(context()).value(), 0);
  EXPECT_EQ(emails_to(ann.user.email, "Reminder: Case reviews").size(), 2u);
  EXPECT_EQ(emails_to(bob.user.email, "Reminder: Case reviews").size(), 1u);
}

TEST_P(TrainingUseCaseTest, APersonCorrectsTheirOwnDetails) {
  const Account ann = add_learner("ann");
  auto refused = change_own_details(context(), as(ann), {"", "", ""});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().fields.size(), 3u);
  ASSERT_TRUE(
      change_own_details(context(), as(ann), {"Ann Smith", "Northbrook Health", "Health visitor"})
          .ok());
  auto found = find_account(ann.user.email);
  EXPECT_EQ(found->user.name, "Ann Smith");
  EXPECT_EQ(found->organisation, "Northbrook Health");
  EXPECT_EQ(found->job_role, "Health visitor");
  EXPECT_EQ(audit_entries("change-details", "success").size(), 1u);
  EXPECT_EQ(change_own_details(context(), visitor(), {"X", "Y", "Z"}).error().code,
            ErrorCode::unauthenticated);
}

INSTANTIATE_TEST_SUITE_P(Engines, TrainingUseCaseTest,
                         ::testing::ValuesIn(testing_support::test_engines()),
                         testing_support::engine_test_name);

}  // namespace
}  // namespace casereview
