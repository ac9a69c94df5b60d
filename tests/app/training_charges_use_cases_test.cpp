// Late cancellations, no-shows and their charges (issue 18, Rule TRN-2, Rule TRN-9): cancelling is
// allowed until the session starts and is late after the cut-off, counted in working days over
// bank holidays; a late cancellation or a no-show is recorded at the partnership's rate of the
// moment for a half or full day; a corrected mark removes its charge; and the charges report sums
// them per agency for the partnership's trainers only. The fixture's sessions run on Monday
// 9 March 2026 from 9:30 to 12:00 (a half day) with a cancellation cut-off of 2 working days: the
// end of Thursday 5 March.
#include <algorithm>

#include "app/accounts.hpp"
#include "app/training/charges.hpp"
#include "training_fixture.hpp"

namespace casereview {
namespace {

class TrainingChargeUseCases : public TrainingUseCaseTest {
 protected:
  // The partnership charges these whole pounds for a half and a full day.
  void set_rates(int half_day, int full_day) {
    const auto existing = find_account("admin@north.example");
    const Account admin = existing ? *existing : add_account("admin@north.example", {"admin"});
    std::map<std::string, std::string> settings{{course_booking_key, "own_workforce"}};
    for (const SettingSpec& spec : partnership_setting_specs)
      settings[spec.key] = std::to_string(spec.default_value);
    settings["charge_half_day_pounds"] = std::to_string(half_day);
    settings["charge_full_day_pounds"] = std::to_string(full_day);
    auto updated =
        update_settings(context(), as(admin), ensure_partnership("NORTH").name, settings);
    ASSERT_TRUE(updated.ok()) << updated.error().message;
  }

  // A session from 9:00 to 16:30 (a full day) on Monday 9 March.
  SessionView add_full_day_session(int capacity) {
    SessionInput input;
    input.date = "2026-03-09";
    input.start_time = "09:00";
    input.end_time = "16:30";
    input.format = "in_person";
    input.venue = "Town Hall, Northbrook";
    input.capacity = std::to_string(capacity);
    input.booking_cutoff = "2";
    input.cancellation_cutoff = "2";
    auto created = create_session(context(), as(trainer_), course_.id, input);
    EXPECT_TRUE(created.ok()) << created.error().message;
    return created.ok() ? created.value() : SessionView{};
  }

  // A practitioner who registered saying where they work.
  Account registered(const std::string& name, const std::string& organisation) {
    Registration registration{.name = "Person " + name,
                              .email = name + "@agency.example",
                              .organisation = organisation,
                              .job_role = "Health visitor",
                              .password = std::string(password),
                              .confirmation = std::string(password),
                              .partnership_code = "NORTH"};
    auto done = register_learner(context(), visitor(), registration);
    EXPECT_TRUE(done.ok()) << done.error().message;
    return find_account(registration.email).value_or(Account{});
  }

  std::optional<TrainingCharge> charge_of_booking(Id booking_id) {
    std::optional<TrainingCharge> found;
    Status read =
        storage_->transact(TransactionMode::read, [&](Transaction& transaction) -> Status {
          found = transaction.training_charges().find(ensure_partnership("NORTH").id, booking_id);
          return ok_status();
        });
    EXPECT_TRUE(read.ok());
    return found;
  }

  ReportPeriod march() const {
    return {*CivilDate::from_ymd(2026, 3, 1), *CivilDate::from_ymd(2026, 3, 31)};
  }
};

TEST_P(TrainingChargeUseCases, CancellingAfterTheCutOffIsAllowedAndRecordedAsLateWithItsCharge) {
  set_rates(50, 120);
  const SessionView created = add_session(2);
  const Account ann = add_learner("ann");
  const Account bob = add_learner("bob");
  const BookingView ann_place = book(ann, created.id);
  const BookingView bob_place = book(bob, created.id);

  // The last second of Thursday 5 March: on time, nothing recorded.
  at("2026-03-05T23:59:59Z");
  EXPECT_FALSE(view_booking(context(), as(ann), ann_place.id).value().cancelling_is_late);
  ASSERT_TRUE(cancel_booking(context(), as(ann), ann_place.id).ok());
  EXPECT_FALSE(charge_of_booking(ann_place.id).has_value());

  // The first second of Friday 6 March: late, still allowed, and charged.
  at("2026-03-06T00:00:00Z");
  const BookingView before = view_booking(context(), as(bob), bob_place.id).value();
  EXPECT_TRUE(before.can_cancel);
  EXPECT_TRUE(before.cancelling_is_late);
  EXPECT_EQ(before.late_charge_pence, 5000);
  auto cancelled = cancel_booking(context(), as(bob), bob_place.id);
  ASSERT_TRUE(cancelled.ok()) << cancelled.error().message;
  EXPECT_EQ(view_booking(context(), as(bob), bob_place.id).value().state,
            BookingState::cancelled_by_person);
  const auto charge = charge_of_booking(bob_place.id);
  ASSERT_TRUE(charge.has_value());
  EXPECT_EQ(charge->reason, ChargeReason::late_cancellation);
  EXPECT_EQ(charge->length, SessionLength::half_day);
  EXPECT_EQ(charge->amount_pence, 5000);
  EXPECT_EQ(charge->recorded_at, parse_instant("2026-03-06T00:00:00Z").value());
  EXPECT_EQ(booking_history(context(), as(bob), bob_place.id).value().back().note,
            "Late cancellation");
  const auto emails = emails_to(bob.user.email, "Your place is cancelled");
  ASSERT_EQ(emails.size(), 1u);
  EXPECT_NE(emails[0].body.find("You cancelled after the cut-off (the end of Thursday 5 March "
                                "2026), so this is recorded as a late cancellation. Your "
                                "organisation will be charged £50.00."),
            std::string::npos)
      << emails[0].body;
}

TEST_P(TrainingChargeUseCases, OnceTheSessionHasStartedAPlaceCannotBeCancelled) {
  const SessionView created = add_session(2);
  const Account ann = add_learner("ann");
  const BookingView place = book(ann, created.id);
  at("2026-03-09T09:30:00Z");
  EXPECT_FALSE(view_booking(context(), as(ann), place.id).value().can_cancel);
  auto refused = cancel_booking(context(), as(ann), place.id);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::wrong_state);
  EXPECT_EQ(refused.error().message,
            "The session has started, so it can no longer be cancelled. Contact the trainer.");
  EXPECT_EQ(view_booking(context(), as(ann), place.id).value().state, BookingState::booked);
  EXPECT_FALSE(charge_of_booking(place.id).has_value());
}

// Rule TRN-2 counts working days: a session on Tuesday 7 April 2026 with a cut-off of 2 is
// preceded by Easter Monday and Good Friday, so the cut-off is the end of Wednesday 1 April (UK
// summer time: 23:00 UTC).
TEST_P(TrainingChargeUseCases, TheCutOffIsCountedInWorkingDaysOverBankHolidays) {
  set_rates(40, 80);
  const SessionView created = add_session(3, "2026-04-07");
  EXPECT_EQ(created.cancellation_closes_on, *CivilDate::from_ymd(2026, 4, 1));
  const Account ann = add_learner("ann");
  const Account bob = add_learner("bob");
  const Account cat = add_learner("cat");
  const BookingView ann_place = book(ann, created.id);
  const BookingView bob_place = book(bob, created.id);
  const BookingView cat_place = book(cat, created.id);
  at("2026-04-01T22:59:59Z");
  ASSERT_TRUE(cancel_booking(context(), as(ann), ann_place.id).ok());
  at("2026-04-01T23:00:00Z");  // Thursday 2 April has begun in the UK
  ASSERT_TRUE(cancel_booking(context(), as(bob), bob_place.id).ok());
  at("2026-04-06T10:00:00Z");  // Easter Monday
  ASSERT_TRUE(cancel_booking(context(), as(cat), cat_place.id).ok());
  EXPECT_FALSE(charge_of_booking(ann_place.id).has_value());
  ASSERT_TRUE(charge_of_booking(bob_place.id).has_value());
  EXPECT_EQ(charge_of_booking(bob_place.id)->amount_pence, 4000);
  ASSERT_TRUE(charge_of_booking(cat_place.id).has_value());
}

TEST_P(TrainingChargeUseCases, LeavingAWaitingListLateIsNeverCharged) {
  set_rates(50, 120);
  const SessionView created = add_session(1);
  book(add_learner("ann"), created.id);
  const Account bob = add_learner("bob");
  const BookingView waiting = book(bob, created.id);
  ASSERT_EQ(waiting.state, BookingState::waiting);
  at("2026-03-06T09:00:00Z");
  EXPECT_FALSE(view_booking(context(), as(bob), waiting.id).value().cancelling_is_late);
  ASSERT_TRUE(cancel_booking(context(), as(bob), waiting.id).ok());
  EXPECT_FALSE(charge_of_booking(waiting.id).has_value());
}

TEST_P(TrainingChargeUseCases, ANoShowIsChargedAtTheFullDayRateAndACorrectedMarkRemovesIt) {
  set_rates(50, 120);
  const SessionView created = add_full_day_session(3);
  const Account ann = add_learner("ann");
  const BookingView place = book(ann, created.id);
  at("2026-03-09T17:00:00Z");
  ASSERT_TRUE(
      mark_attendance(context(), as(trainer_), created.id, {{place.id, "did_not_attend"}}).ok());
  auto charge = charge_of_booking(place.id);
  ASSERT_TRUE(charge.has_value());
  EXPECT_EQ(charge->reason, ChargeReason::no_show);
  EXPECT_EQ(charge->length, SessionLength::full_day);
  EXPECT_EQ(charge->amount_pence, 12000);

  // The rates change; the recorded charge does not.
  set_rates(60, 150);
  EXPECT_EQ(charge_of_booking(place.id)->amount_pence, 12000);

  // Corrected to attended: no charge. Marked did not attend again: charged at today's rate.
  ASSERT_TRUE(mark_attendance(context(), as(trainer_), created.id, {{place.id, "attended"}}).ok());
  EXPECT_FALSE(charge_of_booking(place.id).has_value());
  ASSERT_TRUE(
      mark_attendance(context(), as(trainer_), created.id, {{place.id, "did_not_attend"}}).ok());
  EXPECT_EQ(charge_of_booking(place.id)->amount_pence, 15000);
  ASSERT_TRUE(
      mark_attendance(context(), as(trainer_), created.id, {{place.id, "partly_attended"}}).ok());
  EXPECT_FALSE(charge_of_booking(place.id).has_value());
}

TEST_P(TrainingChargeUseCases, WithNoRatesLateCancellationsAndNoShowsAreStillRecorded) {
  const SessionView created = add_session(2);
  const Account ann = add_learner("ann");
  const Account bob = add_learner("bob");
  const BookingView ann_place = book(ann, created.id);
  const BookingView bob_place = book(bob, created.id);
  at("2026-03-06T09:00:00Z");
  EXPECT_EQ(view_booking(context(), as(ann), ann_place.id).value().late_charge_pence, 0);
  ASSERT_TRUE(cancel_booking(context(), as(ann), ann_place.id).ok());
  at("2026-03-09T13:00:00Z");
  ASSERT_TRUE(
      mark_attendance(context(), as(trainer_), created.id, {{bob_place.id, "did_not_attend"}})
          .ok());
  auto report = charges_report(context(), as(trainer_), march(), 1);
  ASSERT_TRUE(report.ok()) << report.error().message;
  EXPECT_EQ(report.value().total, 2);
  EXPECT_EQ(report.value().total_pence, 0);
  const auto emails = emails_to(ann.user.email, "Your place is cancelled");
  ASSERT_EQ(emails.size(), 1u);
  EXPECT_NE(emails[0].body.find("so this is recorded as a late cancellation.\n"),
            std::string::npos);
}

TEST_P(TrainingChargeUseCases, TheReportSumsChargesPerAgencyForThePartnershipsTrainersOnly) {
  set_rates(50, 120);
  const SessionView half_day = add_session(10);
  const SessionView full_day = add_full_day_session(10);
  const Account ann = registered("ann", "North Police");
  const Account bob = registered("bob", "North Police");
  const Account cat = registered("cat", "Northbrook Hospital");
  const Account dan = add_learner("dan");  // gave no organisation
  const BookingView ann_half = book(ann, half_day.id);
  const BookingView bob_full = book(bob, full_day.id);
  const BookingView cat_half = book(cat, half_day.id);
  const BookingView dan_full = book(dan, full_day.id);
  at("2026-03-06T09:00:00Z");
  ASSERT_TRUE(cancel_booking(context(), as(ann), ann_half.id).ok());  // late, £50
  ASSERT_TRUE(cancel_booking(context(), as(dan), dan_full.id).ok());  // late, £120
  at("2026-03-09T17:00:00Z");
  ASSERT_TRUE(
      mark_attendance(context(), as(trainer_), full_day.id, {{bob_full.id, "did_not_attend"}})
          .ok());  // no-show, £120
  ASSERT_TRUE(
      mark_attendance(context(), as(trainer_), half_day.id, {{cat_half.id, "attended"}}).ok());

  auto report = charges_report(context(), as(trainer_), march(), 1);
  ASSERT_TRUE(report.ok()) << report.error().message;
  const ChargesReport& shown = report.value();
  EXPECT_EQ(shown.total, 3);
  EXPECT_EQ(shown.total_pence, 29000);
  ASSERT_EQ(shown.agencies.size(), 2u);
  EXPECT_EQ(shown.agencies[0].agency, "North Police");
  EXPECT_EQ(shown.agencies[0].late_cancellations, 1);
  EXPECT_EQ(shown.agencies[0].no_shows, 1);
  EXPECT_EQ(shown.agencies[0].amount_pence, 17000);
  EXPECT_EQ(shown.agencies[1].agency, "");  // no agency given, last
  EXPECT_EQ(shown.agencies[1].amount_pence, 12000);
  ASSERT_EQ(shown.charges.size(), 3u);
  EXPECT_EQ(shown.charges[0].person_name, "Person ann");
  EXPECT_EQ(shown.charges[1].person_name, "Person bob");
  EXPECT_EQ(shown.charges[2].person_name, "Person dan@agency.example");
  EXPECT_EQ(audit_entries("view", "success").size(), 1u);

  // The period is the sessions' dates: April has none of them.
  const ReportPeriod april{*CivilDate::from_ymd(2026, 4, 1), *CivilDate::from_ymd(2026, 4, 30)};
  EXPECT_EQ(charges_report(context(), as(trainer_), april, 1).value().total, 0);

  // Paged in the database: one charge a page.
  std::vector<ChargeRow> second;
  ASSERT_TRUE(storage_
                  ->transact(TransactionMode::read,
                             [&](Transaction& transaction) -> Status {
                               second = transaction.training_charges().page(
                                   ensure_partnership("NORTH").id, march().from, march().to, 1, 1);
                               return ok_status();
                             })
                  .ok());
  ASSERT_EQ(second.size(), 1u);
  EXPECT_EQ(second[0].person_name, "Person bob");
  EXPECT_EQ(second[0].charge.reason, ChargeReason::no_show);

  // The CSV has every charge, for invoicing.
  auto csv = charges_csv(context(), as(trainer_), march());
  ASSERT_TRUE(csv.ok());
  EXPECT_EQ(csv.value().file_name, "training-charges-2026-03-01-to-2026-03-31.csv");
  EXPECT_NE(csv.value().content.find("North Police,Person bob,bob@agency.example,Case "
                                     "reviews,2026-03-09,Full day,Did not attend,£120.00,"),
            std::string::npos)
      << csv.value().content;
  EXPECT_EQ(std::count(csv.value().content.begin(), csv.value().content.end(), '\n'), 4);

  // Learners may not read it; another partnership's trainer sees none of these.
  EXPECT_EQ(charges_report(context(), as(ann), march(), 1).error().code, ErrorCode::forbidden);
  const Account south = add_account("trainer@south.example", {"trainer"}, "SOUTH");
  EXPECT_EQ(charges_report(context(), as(south), march(), 1).value().total, 0);
}

// Rule TRN-2 and Rule TRN-9 said before booking and in the confirmation.
TEST_P(TrainingChargeUseCases, ThePolicyIsShownBeforeBookingAndInTheConfirmation) {
  set_rates(50, 120);
  const SessionView created = add_session(2);
  const Account ann = add_learner("ann");
  const std::string policy =
      "If you cannot attend, cancel by the end of Thursday 5 March 2026. Cancelling after that, "
      "or not attending, costs your organisation £50.00 for this half-day session.";
  EXPECT_EQ(session(created.id, as(ann)).cancellation_policy, policy);
  book(ann, created.id);
  const auto emails = emails_to(ann.user.email, "Your place is booked");
  ASSERT_EQ(emails.size(), 1u);
  EXPECT_NE(emails[0].body.find(policy), std::string::npos) << emails[0].body;
}

// A new session starts with the partnership's cancellation cut-off (default 3).
TEST_P(TrainingChargeUseCases, ANewSessionTakesThePartnershipsCancellationCutOff) {
  auto cutoff = new_session_cancellation_cutoff(context(), as(trainer_));
  ASSERT_TRUE(cutoff.ok());
  EXPECT_EQ(cutoff.value(), 3);
  EXPECT_EQ(new_session_cancellation_cutoff(context(), as(add_learner("ann"))).error().code,
            ErrorCode::forbidden);
}

INSTANTIATE_TEST_SUITE_P(Engines, TrainingChargeUseCases,
                         ::testing::ValuesIn(testing_support::test_engines()),
                         testing_support::engine_test_name);

}  // namespace
}  // namespace casereview
