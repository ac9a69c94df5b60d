// Stored values fail loudly (issue 9), on both engines. A column holding one of the program's enum
// names accepts only the names the program knows (migrations/0005: CHECK constraints on
// PostgreSQL, triggers on SQLite), and every name the program writes passes; and when a bad value
// gets in anyway (here: the guard dropped, the value written with raw SQL), reading it through the
// repository fails the transaction with internal "stored <column> has unknown value '…'" instead
// of carrying on with a guessed default.
#include <Poco/Exception.h>
#include <gtest/gtest.h>

#include "schema_inspection.hpp"
#include "storage_fixture.hpp"
#include "store/sql.hpp"

namespace casereview::store {
namespace {

template <typename Values, typename NameOf>
std::vector<std::string> names_of(const Values& values, NameOf name_of) {
  std::vector<std::string> names;
  for (auto value : values) names.emplace_back(name_of(value));
  return names;
}

// One guarded column: the names the program writes into it, and a read through its repository.
struct GuardedColumn {
  std::string table;
  std::string column;
  std::vector<std::string> names;
  // Further assignments that make the reader look at the column (a decision's view is read only
  // when the case has a decision).
  std::string also;
};

class StoredValuesTest : public StorageTest {
 protected:
  const Instant now = parse_instant("2026-03-02T09:00:00Z").value();

  void SetUp() override {
    StorageTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    in_transaction([&](Transaction& transaction) {
      north = transaction.partnerships().add("NORTH", "North").value().id;
      const Id police = transaction.agencies().add(north, "POLICE", "North Police").value().id;
      Account account;
      account.user.email = "manager@north.example";
      account.user.name = "Manager";
      account.user.partnership_id = north;
      account.user.roles = {Role::manager};
      account.status = AccountStatus::active;
      user = transaction.accounts().create(account, now).value().user.id;

      CaseRecord record;
      record.partnership_id = north;
      record.reference = "NORTH-2026-001";
      record.stage = CaseStage::notification;
      record.facts.aware_on = *CivilDate::from_ymd(2026, 3, 2);
      record.facts.incident_on = *CivilDate::from_ymd(2026, 2, 28);
      record.facts.categories = {AbuseCategory::neglect};
      record.agency_ids = {police};
      record.notify_by = *CivilDate::from_ymd(2026, 3, 9);
      record.recorded_at = now;
      record.recorded_by = user;
      case_id = transaction.cases().add(record, 2026, 1, {});
      CaseRecord signed_off = *transaction.cases().find(north, case_id);
      signed_off.sign_offs = {
          SignOff{StatutoryPartner::police, "Signer", *CivilDate::from_ymd(2026, 3, 3)}};
      ASSERT_TRUE(transaction.cases().update(signed_off));
      AgencyRequest request;
      request.partnership_id = north;
      request.case_id = case_id;
      request.agency_id = police;
      request.requested_on = *CivilDate::from_ymd(2026, 3, 3);
      request.due_on = *CivilDate::from_ymd(2026, 3, 10);
      request.requested_by = user;
      request_id = transaction.agency_requests().add(request)->id;
      CaseEvent event;
      event.partnership_id = north;
      event.case_id = case_id;
      event.kind = CaseEventKind::notification_recorded;
      event.at = now;
      event.user_name = "Manager";
      transaction.case_events().add(event);

      ReviewRecord review;
      review.partnership_id = north;
      review.case_id = case_id;
      review.methodology = "SILP";
      review.scope_from = *CivilDate::from_ymd(2025, 1, 1);
      review.scope_to = *CivilDate::from_ymd(2026, 2, 28);
      review.agency_ids = {police};
      review.commissioned_by = user;
      review.commissioned_at = now;
      review.decided_on = *CivilDate::from_ymd(2026, 3, 2);
      const Id review_id = transaction.reviews().add(review)->id;
      ASSERT_TRUE(transaction.reviews().save_pauses(
          north, review_id,
          {{PauseReason::inquest, "", *CivilDate::from_ymd(2026, 3, 2), std::nullopt}}));
      ASSERT_TRUE(transaction.reviews().add_monitoring_check(
          north, review_id,
          {0, *CivilDate::from_ymd(2026, 3, 2), MonitoringOutcome::on_track, "",
           DraftRequest::not_requested, user, now}));
      ASSERT_TRUE(transaction.reviews().add_reviewer(
          north, review_id,
          {ReviewerRole::lead_reviewer, user, IndependenceVerdict::independent, "", "", user,
           now}));

      Course course;
      course.partnership_id = north;
      course.title = "Case reviews";
      course.status = CourseStatus::published;
      course_id = transaction.courses().create(course, now).id;
      TrainingSession session;
      session.partnership_id = north;
      session.course_id = course_id;
      session.date = *CivilDate::from_ymd(2026, 3, 20);
      session.start_time = {9, 30};
      session.end_time = {12, 0};
      session.capacity = 5;
      session.trainer_user_id = user;
      session_id = transaction.training_sessions().create(session, now).id;
      Booking booking;
      booking.partnership_id = north;
      booking.session_id = session_id;
      booking.course_id = course_id;
      booking.user_id = user;
      booking.state = BookingState::requested;
      booking.calendar_uid = "booking-1@test";
      booking_id = transaction.bookings().add(booking, user, now)->id;

      ChronologyRequest chronology;
      chronology.partnership_id = north;
      chronology.case_id = case_id;
      chronology.agency_id = police;
      chronology.scope_from = *CivilDate::from_ymd(2020, 1, 1);
      chronology.scope_to = *CivilDate::from_ymd(2025, 12, 31);
      chronology.requested_on = *CivilDate::from_ymd(2026, 3, 3);
      chronology.due_on = *CivilDate::from_ymd(2026, 3, 31);
      chronology.requested_by = user;
      chronology_id = transaction.chronology_requests().add(chronology)->id;
      ChronologyEntry entry;
      entry.date = ApproximateDate::on_day(*CivilDate::from_ymd(2021, 5, 12));
      entry.end_date = entry.date;
      entry.source = "Record";
      entry.event = "Visit";
      const Id first = transaction.chronology_entries().add(north, chronology_id, entry);
      const Id second = transaction.chronology_entries().add(north, chronology_id, entry);
      transaction.duplicate_decisions().put(
          {north, case_id, first, second, DuplicateVerdict::same_event, user, now});
    });
  }

  std::vector<GuardedColumn> guarded_columns() const {
    const std::string decided = "decided_on = '2026-04-01', decision_recorded_by = recorded_by, ";
    return {
        {"cases", "stage", names_of(all_case_stages, case_stage_name), ""},
        {"cases", "incident", names_of(all_incident_kinds, incident_kind_name), ""},
        {"cases", "abuse_or_neglect", names_of(all_abuse_or_neglect, abuse_or_neglect_name), ""},
        {"cases", "decision_view",
         names_of(std::array{PanelView::agrees, PanelView::disagrees}, panel_view_name),
         decided + "decision_outcome = 'no_review', "},
        {"cases", "decision_outcome", names_of(all_review_outcomes, review_outcome_name),
         decided + "decision_view = 'agrees', "},
        {"agency_requests", "state",
         names_of(std::array{AgencyResponseState::not_started, AgencyResponseState::draft,
                             AgencyResponseState::submitted},
                  agency_response_state_name),
         ""},
        {"case_events", "kind",
         names_of(std::array{CaseEventKind::notification_recorded,
                             CaseEventKind::notification_sent,
                             CaseEventKind::partners_told,
                             CaseEventKind::rapid_review_started,
                             CaseEventKind::rapid_review_allocated,
                             CaseEventKind::agency_response_requested,
                             CaseEventKind::agency_response_draft_saved,
                             CaseEventKind::agency_response_submitted,
                             CaseEventKind::rapid_review_record_saved,
                             CaseEventKind::signed_off,
                             CaseEventKind::sign_offs_cleared,
                             CaseEventKind::submitted_to_panel,
                             CaseEventKind::panel_decision_recorded,
                             CaseEventKind::stage_changed,
                             CaseEventKind::agency_added,
                             CaseEventKind::review_commissioned,
                             CaseEventKind::review_paused,
                             CaseEventKind::review_resumed,
                             CaseEventKind::monitoring_check_recorded,
                             CaseEventKind::reviewer_appointed},
                  case_event_kind_name),
         ""},
        {"case_sign_offs", "partner", names_of(all_statutory_partners, statutory_partner_name), ""},
        {"users", "status",
         names_of(std::array{AccountStatus::invited, AccountStatus::unverified,
                             AccountStatus::active, AccountStatus::deactivated},
                  account_status_name),
         ""},
        {"user_roles", "role", names_of(all_roles, role_name), ""},
        {"user_roles", "partner", names_of(all_statutory_partners, statutory_partner_name), ""},
        {"courses", "status",
         names_of(std::array{CourseStatus::draft, CourseStatus::published}, course_status_name),
         ""},
        {"training_sessions", "format",
         names_of(std::array{SessionFormat::virtual_session, SessionFormat::in_person},
                  session_format_name),
         ""},
        {"training_sessions", "status",
         names_of(std::array{SessionStatus::scheduled, SessionStatus::cancelled},
                  session_status_name),
         ""},
        {"bookings", "state", names_of(all_booking_states, booking_state_name), ""},
        {"reviews", "kind",
         names_of(std::array{ReviewOutcome::learning_review, ReviewOutcome::local_cspr,
                             ReviewOutcome::national_review},
                  review_outcome_name),
         ""},
        {"reviews", "stage", names_of(all_review_stages, review_stage_name), ""},
        {"review_pauses", "reason", names_of(all_pause_reasons, pause_reason_name), ""},
        {"review_monitoring_checks", "status",
         names_of(all_monitoring_outcomes, monitoring_outcome_name), ""},
        {"review_reviewers", "role", names_of(all_reviewer_roles, reviewer_role_name), ""},
        {"review_reviewers", "verdict",
         names_of(all_independence_verdicts, independence_verdict_name), ""},
        {"booking_history", "state", names_of(all_booking_states, booking_state_name), ""},
        {"chronology_requests", "status", names_of(all_chronology_statuses, chronology_status_name),
         ""},
        // The stored dates are days: "day", the first name, is the one put back.
        {"chronology_entries", "date_precision", names_of(all_date_precisions, date_precision_name),
         ""},
        {"chronology_entries", "end_precision", names_of(all_date_precisions, date_precision_name),
         ""},
        {"chronology_duplicate_decisions", "verdict",
         names_of(all_duplicate_verdicts, duplicate_verdict_name), ""},
    };
  }

  // Reads, through the repositories, every row the set-up wrote.
  Status read_everything() {
    return storage_->transact(TransactionMode::read, [&](Transaction& transaction) -> Status {
      if (!transaction.cases().find(north, case_id)) return Error::of(ErrorCode::not_found, "case");
      transaction.agency_requests().find(north, request_id);
      transaction.case_events().list(north, case_id);
      transaction.accounts().find(user);
      transaction.courses().find(north, course_id);
      transaction.training_sessions().find(north, session_id);
      transaction.bookings().find(north, booking_id);
      transaction.bookings().history(north, booking_id);
      transaction.reviews().find_for_case(north, case_id);
      transaction.chronology_requests().find(north, chronology_id);
      transaction.chronology_entries().list(north, chronology_id);
      transaction.duplicate_decisions().list_for_case(north, case_id);
      return ok_status();
    });
  }

  // Runs one statement outside the repositories, as someone with a database shell would.
  void raw(const std::string& sql) {
    Poco::Data::Session session = storage_->session();
    execute(session, sql);
  }

  // The message of the error `sql` fails with, or "" when it succeeds.
  std::string refusal(const std::string& sql) {
    try {
      raw(sql);
    } catch (const Poco::Exception& error) {
      return error.displayText();
    } catch (const std::exception& error) {
      return error.what();
    }
    return "";
  }

  // Removes the column's guard, so a bad value can be written to test the reader behind it.
  void drop_guard(const GuardedColumn& guarded) {
    const std::string guard = guarded.table + "_" + guarded.column + "_known";
    if (storage_->engine_kind() == Engine::sqlite) {
      raw("DROP TRIGGER " + guard + "_on_insert");
      raw("DROP TRIGGER " + guard + "_on_update");
    } else {
      raw("ALTER TABLE " + guarded.table + " DROP CONSTRAINT " + guard);
    }
  }

  // INSERT … SELECT of the table's first row with `column` set to `value` (and no id, so the
  // database gives one): the guard is checked before any unique key would be.
  std::string copy_of_first_row(const std::string& table, const std::string& column,
                                const std::string& value) {
    Poco::Data::Session session = storage_->session();
    std::string names;
    std::string values;
    for (const ColumnShape& shape : read_columns(session, storage_->engine_kind(), table)) {
      if (shape.name == "id") continue;
      names += (names.empty() ? "" : ", ") + shape.name;
      values += (values.empty() ? "" : ", ") + (shape.name == column ? value : shape.name);
    }
    return "INSERT INTO " + table + " (" + names + ") SELECT " + values + " FROM " + table +
           " LIMIT 1";
  }

  Id north = 0, user = 0, case_id = 0, request_id = 0, course_id = 0, session_id = 0,
     booking_id = 0, chronology_id = 0;
};

TEST_P(StoredValuesTest, EveryNameTheProgramWritesIsAccepted) {
  ASSERT_TRUE(read_everything().ok());
  for (const GuardedColumn& guarded : guarded_columns()) {
    for (const std::string& name : guarded.names) {
      EXPECT_EQ(refusal("UPDATE " + guarded.table + " SET " + guarded.also + guarded.column +
                        " = '" + name + "'"),
                "")
          << guarded.table << "." << guarded.column << " = " << name;
    }
  }
}

TEST_P(StoredValuesTest, TheDatabaseRefusesAnUnknownNameOnInsertAndOnUpdate) {
  for (const GuardedColumn& guarded : guarded_columns()) {
    const std::string guard = guarded.table + "_" + guarded.column + "_known";
    const std::string on_update = refusal("UPDATE " + guarded.table + " SET " + guarded.also +
                                          guarded.column + " = 'nonsense'");
    EXPECT_NE(on_update.find(guard), std::string::npos) << "UPDATE: '" << on_update << "'";
    const std::string on_insert =
        refusal(copy_of_first_row(guarded.table, guarded.column, "'nonsense'"));
    EXPECT_NE(on_insert.find(guard), std::string::npos) << "INSERT: '" << on_insert << "'";
  }
  EXPECT_TRUE(read_everything().ok()) << "nothing was changed";
}

TEST_P(StoredValuesTest, AReaderMeetingAnUnknownNameFailsWithInternal) {
  for (const GuardedColumn& guarded : guarded_columns()) {
    drop_guard(guarded);
    raw("UPDATE " + guarded.table + " SET " + guarded.also + guarded.column + " = 'nonsense'");
    const Status read = read_everything();
    ASSERT_FALSE(read.ok()) << guarded.table << "." << guarded.column << " was read as a default";
    EXPECT_EQ(read.error().code, ErrorCode::internal);
    EXPECT_EQ(read.error().message, "stored " + guarded.column + " has unknown value 'nonsense'");
    // Put back a known name, so the next column is the only bad one.
    raw("UPDATE " + guarded.table + " SET " + guarded.column + " = '" + guarded.names.front() +
        "'");
    ASSERT_TRUE(read_everything().ok()) << guarded.table << "." << guarded.column;
  }
}

TEST_P(StoredValuesTest, AReaderMeetingAnUnreadableListDateOrTimeFailsWithInternal) {
  struct BadValue {
    std::string write;
    std::string message;
    std::string put_back;
  };
  const std::vector<BadValue> bad = {
      {"UPDATE cases SET categories = 'neglect,nonsense'",
       "stored categories has unknown value 'nonsense'", "UPDATE cases SET categories = 'neglect'"},
      {"UPDATE cases SET rapid_review_record = '{\"recommendation\": \"nonsense\"}'",
       "stored rapid_review_record has unknown value 'nonsense'",
       "UPDATE cases SET rapid_review_record = ''"},
      {"UPDATE cases SET notify_by = 'soon'", "stored notify_by has unknown value 'soon'",
       "UPDATE cases SET notify_by = '2026-03-09'"},
      {"UPDATE courses SET created_at = 'yesterday'",
       "stored created_at has unknown value 'yesterday'",
       "UPDATE courses SET created_at = '2026-03-02T09:00:00Z'"},
      {"UPDATE training_sessions SET start_time = 'morning'",
       "stored start_time has unknown value 'morning'",
       "UPDATE training_sessions SET start_time = '09:30'"},
  };
  for (const BadValue& value : bad) {
    raw(value.write);
    const Status read = read_everything();
    ASSERT_FALSE(read.ok()) << value.write;
    EXPECT_EQ(read.error().code, ErrorCode::internal) << value.write;
    EXPECT_EQ(read.error().message, value.message);
    raw(value.put_back);
    ASSERT_TRUE(read_everything().ok()) << value.put_back;
  }
}

INSTANTIATE_TEST_SUITE_P(Engines, StoredValuesTest,
                         ::testing::ValuesIn(testing_support::test_engines()),
                         testing_support::engine_test_name);

}  // namespace
}  // namespace casereview::store
