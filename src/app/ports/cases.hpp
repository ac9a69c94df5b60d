// Storage interfaces of serious incident cases (app/cases/*): cases with their involved agencies
// and sign-offs, children's sealed identities, agency requests, the timeline, national review
// themes, uploaded bank holidays, the reminders already sent and people's notification drafts.
//
// Scoping: every method of partnership data takes the partnership and never returns another's
// rows. The few national reads (the Panel's queue, the inspectors' list, the reminder job) say so
// in their names and leave the visibility check to the use case (domain/policy.hpp).
//
// Races: a case's `version` makes update() a conditional write, so of two concurrent changes one
// applies and the other is told; references come from one upsert per partnership and year, and a
// reminder's key is claimed with ON CONFLICT DO NOTHING, so neither can be handed out twice.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/case_model.hpp"

namespace casereview {

// A child's identity as stored: each identifying field sealed by the field cipher.
struct SealedChild {
  int position = 0;  // 0 for Child A
  std::string pseudonym;
  std::string given_name;
  std::string family_name;
  std::string date_of_birth;
  std::string sex;
  std::string ethnicity;
  std::string home_local_authority;
};

class CaseRepository {
 public:
  virtual ~CaseRepository() = default;
  // Rule CASE-REF-1: the partnership's next incident number in `year` (1 for the first), taken
  // atomically, so two transactions at once never get the same number.
  virtual int next_reference_number(Id partnership_id, int year) = 0;
  // Adds a case (record.id and version ignored) with its agencies, sign-offs and children; returns
  // its id. `year` and `number` are the reference's parts.
  virtual Id add(const CaseRecord& record, int year, int number,
                 const std::vector<SealedChild>& children) = 0;
  virtual std::optional<CaseRecord> find(Id partnership_id, Id case_id) = 0;
  virtual std::vector<CaseRecord> list(Id partnership_id) = 0;
  // Saves every changed field, the sign-offs and any agency added to record.agency_ids (agencies
  // are never taken off a case) when the stored version is still record.version, raising it by
  // one; false (nothing saved) when someone else changed the case first.
  virtual bool update(const CaseRecord& record) = 0;
  virtual std::vector<SealedChild> children(Id partnership_id, Id case_id) = 0;

  // National reads, across partnerships: one case whatever its partnership; the cases at a stage;
  // every case whose notification was sent; every case in an open stage.
  virtual std::optional<CaseRecord> find_in_any_partnership(Id case_id) = 0;
  virtual std::vector<CaseRecord> list_at_stage_in_all_partnerships(CaseStage stage) = 0;
  virtual std::vector<CaseRecord> list_sent_in_all_partnerships() = 0;
  virtual std::vector<CaseRecord> list_open_in_all_partnerships() = 0;
};

class AgencyRequestRepository {
 public:
  virtual ~AgencyRequestRepository() = default;
  // Adds a request; nullopt (nothing added) when the case already has one for that agency.
  virtual std::optional<AgencyRequest> add(const AgencyRequest& request) = 0;
  virtual std::optional<AgencyRequest> find(Id partnership_id, Id request_id) = 0;
  virtual std::vector<AgencyRequest> list_for_case(Id partnership_id, Id case_id) = 0;
  virtual std::vector<AgencyRequest> list_for_agency(Id partnership_id, Id agency_id) = 0;
  // Saves the response text with its new state when the request is not yet submitted; false
  // (nothing saved) when it was submitted already.
  virtual bool save_response(Id partnership_id, Id request_id, const std::string& summary,
                             AgencyResponseState state, Instant now,
                             std::optional<Id> submitted_by) = 0;
  // Every request of the partnership not yet submitted (draft or not started), for the dashboard.
  virtual std::vector<AgencyRequest> list_unsubmitted(Id partnership_id) = 0;
  // National read for the reminder job: every request not yet submitted.
  virtual std::vector<AgencyRequest> list_unsubmitted_in_all_partnerships() = 0;
};

class CaseEventRepository {
 public:
  virtual ~CaseEventRepository() = default;
  virtual void add(const CaseEvent& event) = 0;
  // The case's events, oldest first.
  virtual std::vector<CaseEvent> list(Id partnership_id, Id case_id) = 0;
};

// National review themes are national: the Panel groups cases from every partnership.
class NationalReviewThemeRepository {
 public:
  virtual ~NationalReviewThemeRepository() = default;
  // Adds a theme; wrong_state when the name is taken.
  virtual Result<NationalReviewTheme> add(const std::string& name, Instant now) = 0;
  virtual std::optional<NationalReviewTheme> find(Id theme_id) = 0;
  virtual std::optional<NationalReviewTheme> find_by_name(const std::string& name) = 0;
  virtual std::vector<NationalReviewTheme> list() = 0;
  // How many cases (of every partnership) the theme groups.
  virtual int case_count(Id theme_id) = 0;
};

struct UploadedBankHolidays {
  std::string file_text;  // the GOV.UK file as uploaded
  int first_year = 0;
  int last_year = 0;
  Instant uploaded_at{};
  std::string uploaded_by;
};

class BankHolidayRepository {
 public:
  virtual ~BankHolidayRepository() = default;
  virtual std::optional<UploadedBankHolidays> find(Id partnership_id) = 0;
  // Replaces the partnership's uploaded file.
  virtual void put(Id partnership_id, const UploadedBankHolidays& upload) = 0;
};

class ReminderRepository {
 public:
  virtual ~ReminderRepository() = default;
  // Records that the reminder `key` is being sent; false when it was recorded already (by this
  // server or another: do not send it again) or the case is not the partnership's.
  virtual bool claim(const std::string& key, Id partnership_id, Id case_id, Instant now) = 0;
};

// The answers a person has given so far on the notification questions, sealed with the data key.
struct NotificationDraft {
  Id user_id = 0;  // whose draft it is: one per person
  Id partnership_id = 0;
  std::string sealed_answers;
  Instant updated_at{};
};

class NotificationDraftRepository {
 public:
  virtual ~NotificationDraftRepository() = default;
  // The person's draft in the partnership, if any (whatever its age: the use case judges that).
  virtual std::optional<NotificationDraft> find(Id partnership_id, Id user_id) = 0;
  // Stores the draft, replacing the person's previous one (of any partnership).
  virtual void put(const NotificationDraft& draft) = 0;
  // Removes the person's draft in the partnership; false when there was none.
  virtual bool remove(Id partnership_id, Id user_id) = 0;
  // Removes every partnership's drafts last updated before `cutoff` (the expiry job); returns how
  // many.
  virtual int remove_updated_before_in_all_partnerships(Instant cutoff) = 0;
};

}  // namespace casereview
