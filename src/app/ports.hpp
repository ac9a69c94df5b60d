// The storage interfaces that use cases depend on. src/store implements them for SQLite and
// PostgreSQL; use cases never see SQL. Every repository method is scoped to one partnership where
// the data belongs to one, and never returns another partnership's rows.
//
// All work happens inside Storage::transact, which hands the use case a Transaction: the
// repositories it exposes all act through that one database transaction.
#pragma once

#include <concepts>
#include <functional>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "app/ports/actions.hpp"
#include "app/ports/audit.hpp"
#include "app/ports/cases.hpp"
#include "app/ports/chronologies.hpp"
#include "app/ports/identity.hpp"
#include "app/ports/learning_events.hpp"
#include "app/ports/library.hpp"
#include "app/ports/outbox.hpp"
#include "app/ports/report.hpp"
#include "app/ports/report_accuracy.hpp"
#include "app/ports/report_final.hpp"
#include "app/ports/review_analysis.hpp"
#include "app/ports/reviews.hpp"
#include "app/ports/tenancy.hpp"
#include "app/ports/training.hpp"
#include "app/ports/training_charges.hpp"
#include "app/ports/yearly_report.hpp"
#include "domain/result.hpp"

namespace casereview {

// One open database transaction and the repositories that act through it.
class Transaction {
 public:
  virtual ~Transaction() = default;
  virtual PartnershipRepository& partnerships() = 0;
  virtual AgencyRepository& agencies() = 0;
  virtual AccountRepository& accounts() = 0;
  virtual SessionRepository& sessions() = 0;
  virtual UserTokenRepository& user_tokens() = 0;
  virtual ApiTokenRepository& api_tokens() = 0;
  virtual RecoveryCodeRepository& recovery_codes() = 0;
  virtual SignInAttemptRepository& sign_in_attempts() = 0;
  virtual SettingsRepository& settings() = 0;
  virtual AuditRepository& audit() = 0;
  virtual OutboxRepository& outbox() = 0;
  virtual CaseRepository& cases() = 0;
  virtual AgencyRequestRepository& agency_requests() = 0;
  virtual CaseEventRepository& case_events() = 0;
  virtual NationalReviewThemeRepository& national_review_themes() = 0;
  virtual BankHolidayRepository& bank_holidays() = 0;
  virtual ReminderRepository& reminders() = 0;
  virtual NotificationDraftRepository& notification_drafts() = 0;
  virtual ReviewRepository& reviews() = 0;
  virtual CourseRepository& courses() = 0;
  virtual TrainingSessionRepository& training_sessions() = 0;
  virtual BookingRepository& bookings() = 0;
  virtual CertificateRepository& certificates() = 0;
  virtual TrainingReminderRepository& training_reminders() = 0;
  virtual TrainingChargeRepository& training_charges() = 0;
  virtual ChronologyRequestRepository& chronology_requests() = 0;
  virtual ChronologyEntryRepository& chronology_entries() = 0;
  virtual DuplicateDecisionRepository& duplicate_decisions() = 0;
  // Key practice episodes (Rule KPE-1); later findings and recommendations.
  virtual ReviewAnalysisRepository& review_analysis() = 0;
  virtual LearningEventRepository& learning_events() = 0;
  // The review's report (issue 12, Rule RPT-1, Rule RPT-3).
  virtual ReportRepository& report() = 0;
  // The report's factual-accuracy round (Rule RPT-1) and its final version (Rule RPT-3).
  virtual ReportAccuracyRepository& report_accuracy() = 0;
  virtual ReportFinalRepository& report_final() = 0;
  // The action plans (issue 13, Rule ACT-1, Rule ACT-2, Rule ACT-3, Rule ACT-4).
  virtual ActionRepository& actions() = 0;
  // Publication and the learning library (issue 14, Rule PUB-1, Rule PUB-2, Rule PUB-3, Rule PUB-4,
  // Rule LIB-1, Rule LIB-2), and its email subscribers.
  virtual PublicationRepository& publications() = 0;
  virtual LibraryRepository& library() = 0;
  virtual LibrarySubscriptionRepository& library_subscriptions() = 0;
  // The yearly report's figures (issue 15, Rule YR-1).
  virtual YearlyReportRepository& yearly_report() = 0;
};

// How a transaction locks. `write` takes the write lock at the start (SQLite BEGIN IMMEDIATE), so
// two writers never interleave a read and a write and neither loses an update.
enum class TransactionMode { read, write };

struct PoolUse {
  int capacity = 0;  // the most connections the pool may open
  int in_use = 0;    // connections lent out now
  int idle = 0;      // open connections waiting in the pool
};

// True for Result<T> with a value (T other than Done): what the value-returning transact hands
// back.
template <class Outcome>
concept ValueResult = requires(Outcome outcome) {
  { outcome.ok() } -> std::same_as<bool>;
  outcome.error();
  std::move(outcome).value();
}
&&!std::same_as<Outcome, Status>;

class Storage {
 public:
  virtual ~Storage() = default;
  // Runs `work` in one transaction and commits when it returns ok; rolls back when it returns an
  // error or throws, leaving the database as it was. A database that cannot be reached yields
  // unavailable; an unexpected database error yields internal (and is logged by the caller).
  virtual Status transact(TransactionMode mode,
                          const std::function<Status(Transaction&)>& work) = 0;

  // The same contract for work that answers with a value: `work` returns Result<T>; its value is
  // returned once the transaction has committed, its error (after the rollback) as it is, and a
  // failure to commit as unavailable or internal. So a use case needs no variable outside the
  // transaction:
  //   return context.storage.transact(TransactionMode::read,
  //                                   [&](Transaction& transaction) -> Result<Course> { … });
  // A refusal that must keep what the transaction wrote (a failed sign-in's audit entry) is the
  // committed value of a Result<Result<T>>, not its error.
  template <class Work, class Outcome = std::invoke_result_t<Work&, Transaction&>>
  requires ValueResult<Outcome> Outcome transact(TransactionMode mode, Work&& work) {
    std::optional<Outcome> answer;
    Status committed = transact(mode, [&](Transaction& transaction) -> Status {
      answer.emplace(work(transaction));
      if (!answer->ok()) return answer->error();
      return ok_status();
    });
    if (!committed) return committed.error();
    return std::move(*answer);
  }
  // True when a trivial query succeeds within the pool's wait time.
  virtual bool reachable() = 0;
  virtual PoolUse pool_use() = 0;
  // "sqlite" or "postgresql".
  virtual std::string engine() const = 0;
};

}  // namespace casereview
