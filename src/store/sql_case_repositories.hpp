// The SQL repositories of serious incident cases (app/ports/cases.hpp). One SQL text serves both
// engines. Each acts through the session of the transaction that made it and filters every query
// of partnership data by partnership_id; the national reads are named so. The rapid review record
// is kept as one JSON text column (it is read and written whole, never searched).
#pragma once

#include <Poco/Data/Session.h>

#include "app/ports.hpp"

namespace casereview::store {

class SqlCaseRepository final : public CaseRepository {
 public:
  explicit SqlCaseRepository(Poco::Data::Session& session) : session_(session) {}
  int next_reference_number(Id partnership_id, int year) override;
  Id add(const CaseRecord& record, int year, int number,
         const std::vector<SealedChild>& children) override;
  std::optional<CaseRecord> find(Id partnership_id, Id case_id) override;
  std::vector<CaseRecord> list(Id partnership_id) override;
  bool update(const CaseRecord& record) override;
  std::vector<SealedChild> children(Id partnership_id, Id case_id) override;
  std::optional<CaseRecord> find_in_any_partnership(Id case_id) override;
  std::vector<CaseRecord> list_at_stage_in_all_partnerships(CaseStage stage) override;
  std::vector<CaseRecord> list_sent_in_all_partnerships() override;
  std::vector<CaseRecord> list_open_in_all_partnerships() override;

 private:
  std::vector<CaseRecord> complete(std::vector<CaseRecord> records);
  Poco::Data::Session& session_;
};

class SqlAgencyRequestRepository final : public AgencyRequestRepository {
 public:
  explicit SqlAgencyRequestRepository(Poco::Data::Session& session) : session_(session) {}
  std::optional<AgencyRequest> add(const AgencyRequest& request) override;
  std::optional<AgencyRequest> find(Id partnership_id, Id request_id) override;
  std::vector<AgencyRequest> list_for_case(Id partnership_id, Id case_id) override;
  std::vector<AgencyRequest> list_for_agency(Id partnership_id, Id agency_id) override;
  bool save_response(Id partnership_id, Id request_id, const std::string& summary,
                     AgencyResponseState state, Instant now,
                     std::optional<Id> submitted_by) override;
  std::vector<AgencyRequest> list_unsubmitted(Id partnership_id) override;
  std::vector<AgencyRequest> list_unsubmitted_in_all_partnerships() override;

 private:
  Poco::Data::Session& session_;
};

class SqlCaseEventRepository final : public CaseEventRepository {
 public:
  explicit SqlCaseEventRepository(Poco::Data::Session& session) : session_(session) {}
  void add(const CaseEvent& event) override;
  std::vector<CaseEvent> list(Id partnership_id, Id case_id) override;

 private:
  Poco::Data::Session& session_;
};

class SqlNationalReviewThemeRepository final : public NationalReviewThemeRepository {
 public:
  explicit SqlNationalReviewThemeRepository(Poco::Data::Session& session) : session_(session) {}
  Result<NationalReviewTheme> add(const std::string& name, Instant now) override;
  std::optional<NationalReviewTheme> find(Id theme_id) override;
  std::optional<NationalReviewTheme> find_by_name(const std::string& name) override;
  std::vector<NationalReviewTheme> list() override;
  int case_count(Id theme_id) override;

 private:
  Poco::Data::Session& session_;
};

class SqlBankHolidayRepository final : public BankHolidayRepository {
 public:
  explicit SqlBankHolidayRepository(Poco::Data::Session& session) : session_(session) {}
  std::optional<UploadedBankHolidays> find(Id partnership_id) override;
  void put(Id partnership_id, const UploadedBankHolidays& upload) override;

 private:
  Poco::Data::Session& session_;
};

class SqlReminderRepository final : public ReminderRepository {
 public:
  explicit SqlReminderRepository(Poco::Data::Session& session) : session_(session) {}
  bool claim(const std::string& key, Id partnership_id, Id case_id, Instant now) override;

 private:
  Poco::Data::Session& session_;
};

class SqlNotificationDraftRepository final : public NotificationDraftRepository {
 public:
  explicit SqlNotificationDraftRepository(Poco::Data::Session& session) : session_(session) {}
  std::optional<NotificationDraft> find(Id partnership_id, Id user_id) override;
  void put(const NotificationDraft& draft) override;
  bool remove(Id partnership_id, Id user_id) override;
  int remove_updated_before_in_all_partnerships(Instant cutoff) override;

 private:
  Poco::Data::Session& session_;
};

}  // namespace casereview::store
