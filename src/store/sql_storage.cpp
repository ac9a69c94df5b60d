#include "store/sql_storage.hpp"

#include <Poco/Data/PostgreSQL/Connector.h>
#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Exception.h>
#include <sqlite3.h>

#include <iostream>
#include <mutex>
#include <optional>

#include "store/sql.hpp"
#include "store/sql_action_repositories.hpp"
#include "store/sql_audit_outbox_repositories.hpp"
#include "store/sql_case_repositories.hpp"
#include "store/sql_chronology_repositories.hpp"
#include "store/sql_identity_repositories.hpp"
#include "store/sql_learning_event_repositories.hpp"
#include "store/sql_library_repositories.hpp"
#include "store/sql_library_subscriptions.hpp"
#include "store/sql_report_accuracy_repositories.hpp"
#include "store/sql_report_final_repositories.hpp"
#include "store/sql_report_repositories.hpp"
#include "store/sql_repositories.hpp"
#include "store/sql_review_analysis_repositories.hpp"
#include "store/sql_review_repositories.hpp"
#include "store/sql_training_charge_repository.hpp"
#include "store/sql_training_repositories.hpp"
#include "store/sql_yearly_report_repository.hpp"
#include "store/sqlite_file.hpp"

namespace casereview::store {

namespace {

void register_connectors() {
  static std::once_flag once;
  std::call_once(once, [] {
    // SQLite counts every allocation it makes under one process-wide mutex unless told not to: with
    // 64 request threads that mutex was where signed-in requests spent much of their time
    // (bench/signed-in under perf). Only possible before SQLite starts (the first connection);
    // refused, harmlessly, after.
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    Poco::Data::SQLite::Connector::registerConnector();
    Poco::Data::PostgreSQL::Connector::registerConnector();
  });
}

class SqlTransaction final : public Transaction {
 public:
  SqlTransaction(Poco::Data::Session& session, Engine engine)
      : partnerships_(session),
        agencies_(session),
        accounts_(session),
        sessions_(session),
        user_tokens_(session),
        api_tokens_(session),
        recovery_codes_(session),
        sign_in_attempts_(session),
        settings_(session),
        audit_(session, engine),
        outbox_(session),
        cases_(session),
        agency_requests_(session),
        case_events_(session),
        national_review_themes_(session),
        bank_holidays_(session),
        reminders_(session),
        notification_drafts_(session),
        reviews_(session),
        courses_(session),
        training_sessions_(session),
        bookings_(session),
        certificates_(session),
        training_reminders_(session),
        training_charges_(session),
        chronology_requests_(session),
        chronology_entries_(session),
        duplicate_decisions_(session),
        review_analysis_(session),
        learning_events_(session),
        report_(session),
        report_accuracy_(session),
        report_final_(session),
        actions_(session),
        publications_(session),
        library_(session, engine),
        library_subscriptions_(session),
        yearly_report_(session) {}
  PartnershipRepository& partnerships() override { return partnerships_; }
  AgencyRepository& agencies() override { return agencies_; }
  AccountRepository& accounts() override { return accounts_; }
  SessionRepository& sessions() override { return sessions_; }
  UserTokenRepository& user_tokens() override { return user_tokens_; }
  ApiTokenRepository& api_tokens() override { return api_tokens_; }
  RecoveryCodeRepository& recovery_codes() override { return recovery_codes_; }
  SignInAttemptRepository& sign_in_attempts() override { return sign_in_attempts_; }
  SettingsRepository& settings() override { return settings_; }
  AuditRepository& audit() override { return audit_; }
  OutboxRepository& outbox() override { return outbox_; }
  CaseRepository& cases() override { return cases_; }
  AgencyRequestRepository& agency_requests() override { return agency_requests_; }
  CaseEventRepository& case_events() override { return case_events_; }
  NationalReviewThemeRepository& national_review_themes() override {
    return national_review_themes_;
  }
  BankHolidayRepository& bank_holidays() override { return bank_holidays_; }
  ReminderRepository& reminders() override { return reminders_; }
  NotificationDraftRepository& notification_drafts() override { return notification_drafts_; }
  ReviewRepository& reviews() override { return reviews_; }
  CourseRepository& courses() override { return courses_; }
  TrainingSessionRepository& training_sessions() override { return training_sessions_; }
  BookingRepository& bookings() override { return bookings_; }
  CertificateRepository& certificates() override { return certificates_; }
  TrainingReminderRepository& training_reminders() override { return training_reminders_; }
  TrainingChargeRepository& training_charges() override { return training_charges_; }
  ChronologyRequestRepository& chronology_requests() override { return chronology_requests_; }
  ChronologyEntryRepository& chronology_entries() override { return chronology_entries_; }
  DuplicateDecisionRepository& duplicate_decisions() override { return duplicate_decisions_; }
  ReviewAnalysisRepository& review_analysis() override { return review_analysis_; }
  LearningEventRepository& learning_events() override { return learning_events_; }
  ReportRepository& report() override { return report_; }
  ReportAccuracyRepository& report_accuracy() override { return report_accuracy_; }
  ReportFinalRepository& report_final() override { return report_final_; }
  PublicationRepository& publications() override { return publications_; }
  LibraryRepository& library() override { return library_; }
  LibrarySubscriptionRepository& library_subscriptions() override { return library_subscriptions_; }
  YearlyReportRepository& yearly_report() override { return yearly_report_; }
  ActionRepository& actions() override { return actions_; }

 private:
  SqlPartnershipRepository partnerships_;
  SqlAgencyRepository agencies_;
  SqlAccountRepository accounts_;
  SqlSessionRepository sessions_;
  SqlUserTokenRepository user_tokens_;
  SqlApiTokenRepository api_tokens_;
  SqlRecoveryCodeRepository recovery_codes_;
  SqlSignInAttemptRepository sign_in_attempts_;
  SqlSettingsRepository settings_;
  SqlAuditRepository audit_;
  SqlOutboxRepository outbox_;
  SqlCaseRepository cases_;
  SqlAgencyRequestRepository agency_requests_;
  SqlCaseEventRepository case_events_;
  SqlNationalReviewThemeRepository national_review_themes_;
  SqlBankHolidayRepository bank_holidays_;
  SqlReminderRepository reminders_;
  SqlNotificationDraftRepository notification_drafts_;
  SqlReviewRepository reviews_;
  SqlCourseRepository courses_;
  SqlTrainingSessionRepository training_sessions_;
  SqlBookingRepository bookings_;
  SqlCertificateRepository certificates_;
  SqlTrainingReminderRepository training_reminders_;
  SqlTrainingChargeRepository training_charges_;
  SqlChronologyRequestRepository chronology_requests_;
  SqlChronologyEntryRepository chronology_entries_;
  SqlDuplicateDecisionRepository duplicate_decisions_;
  SqlReviewAnalysisRepository review_analysis_;
  SqlLearningEventRepository learning_events_;
  SqlReportRepository report_;
  SqlReportAccuracyRepository report_accuracy_;
  SqlReportFinalRepository report_final_;
  SqlActionRepository actions_;
  SqlPublicationRepository publications_;
  SqlLibraryRepository library_;
  SqlLibrarySubscriptionRepository library_subscriptions_;
  SqlYearlyReportRepository yearly_report_;
};

// Poco's pool, applying SQLite's per-connection settings once, when it opens a connection, rather
// than on every transaction (two statements each time).
class ConnectionPool final : public Poco::Data::SessionPool {
 public:
  ConnectionPool(Engine engine, const std::string& connector, const std::string& connection,
                 const PoolSettings& settings)
      : Poco::Data::SessionPool(connector, connection, settings.min_sessions, settings.max_sessions,
                                settings.idle_seconds),
        engine_(engine) {}

 protected:
  void customizeSession(Poco::Data::Session& session) override {
    if (engine_ == Engine::sqlite) {
      execute(session, "PRAGMA foreign_keys = ON");
      // Waits for writers in other processes; this process's own take turns (SqlStorage).
      execute(session, "PRAGMA busy_timeout = 10000");
    }
  }

 private:
  Engine engine_;
};

std::string describe(const std::exception& error) {
  const auto* poco_error = dynamic_cast<const Poco::Exception*>(&error);
  return poco_error ? poco_error->displayText() : error.what();
}

}  // namespace

SqlStorage::SqlStorage(DatabaseUrl url, PoolSettings settings)
    : url_(std::move(url)),
      free_connections_(static_cast<std::size_t>(settings.max_sessions)),
      wait_(settings.wait_seconds) {
  register_connectors();
  if (url_.engine == Engine::sqlite) restrict_sqlite_file(url_.connection);
  const std::string connector = url_.engine == Engine::sqlite ? "SQLite" : "PostgreSQL";
  pool_ = std::make_unique<ConnectionPool>(url_.engine, connector, url_.connection, settings);
}

SqlStorage::~SqlStorage() = default;

Poco::Data::Session SqlStorage::session() { return pool_->get(); }

Status SqlStorage::transact(TransactionMode mode, const std::function<Status(Transaction&)>& work) {
  const bool sqlite = url_.engine == Engine::sqlite;
  // SQLite's one writer at a time, taken before a connection so that writers waiting their turn
  // hold none (readers go on meanwhile), and given back after the commit.
  std::optional<HeldPermit> writer;
  if (sqlite && mode == TransactionMode::write && !writer.emplace(sqlite_writer_, wait_).held()) {
    std::cerr << "casereview: no turn to write came within " << wait_.count() << " s\n";
    return Error::of(ErrorCode::unavailable, "The database is busy: try again");
  }
  // Declared before the session, so the permit is given back only after the session has gone back
  // to the pool.
  const HeldPermit permit(free_connections_, wait_);
  if (!permit.held()) {
    std::cerr << "casereview: no database connection came free within " << wait_.count() << " s\n";
    return Error::of(ErrorCode::unavailable, "The database is busy: try again");
  }
  std::optional<Poco::Data::Session> session;
  try {
    session.emplace(this->session());
  } catch (const std::exception& error) {
    std::cerr << "casereview: database unavailable: " << describe(error) << "\n";
    return Error::of(ErrorCode::unavailable, "The database cannot be reached");
  }
  const char* begin = sqlite ? (mode == TransactionMode::write ? "BEGIN IMMEDIATE" : "BEGIN")
                             : (mode == TransactionMode::write ? "BEGIN" : "BEGIN READ ONLY");
  bool open = false;
  try {
    execute(*session, begin);
    open = true;
    SqlTransaction transaction(*session, url_.engine);
    Status outcome = work(transaction);
    execute(*session, outcome ? "COMMIT" : "ROLLBACK");
    open = false;
    return outcome;
  } catch (const std::exception& error) {
    if (open) {
      try {
        execute(*session, "ROLLBACK");
      } catch (const std::exception&) {
        // The connection is broken; the pool drops it.
      }
    }
    if (dynamic_cast<const DatabaseGoneError*>(&error)) {
      std::cerr << "casereview: database unavailable: " << describe(error) << "\n";
      return Error::of(ErrorCode::unavailable, "The database cannot be reached");
    }
    std::cerr << "casereview: database error: " << describe(error) << "\n";
    // A stored value that cannot be read back names its column and value in the error (logged,
    // never shown: internal errors are not shown in detail).
    if (dynamic_cast<const StoredValueError*>(&error)) {
      return Error::of(ErrorCode::internal, error.what());
    }
    return Error::of(ErrorCode::internal, "The database could not complete the request");
  }
}

bool SqlStorage::reachable() {
  const HeldPermit permit(free_connections_, wait_);
  if (!permit.held()) return false;
  try {
    Poco::Data::Session session = this->session();
    return query(session, "SELECT 1").size() == 1;
  } catch (const std::exception&) {
    return false;
  }
}

PoolUse SqlStorage::pool_use() { return PoolUse{pool_->capacity(), pool_->used(), pool_->idle()}; }

std::string SqlStorage::engine() const {
  return url_.engine == Engine::sqlite ? "sqlite" : "postgresql";
}

}  // namespace casereview::store
