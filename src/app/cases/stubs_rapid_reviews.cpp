#include "app/cases/agency_responses.hpp"
#include "app/cases/case_reminders.hpp"
#include "app/cases/case_views.hpp"
#include "app/cases/panel_decisions.hpp"
#include "app/cases/rapid_reviews.hpp"
#include "app/cases/working_calendar.hpp"

namespace casereview {

namespace {
Error not_built() { return Error::of(ErrorCode::internal, "Not implemented yet"); }
}  // namespace

Status allocate_rapid_review(AppContext&, const Caller&, Id, const AllocationInput&) { return not_built(); }
Result<std::vector<AgencyRequestView>> request_agency_responses(AppContext&, const Caller&, Id, const AgencyRequestsInput&) { return not_built(); }
Result<std::vector<AgencyRequestView>> list_agency_requests(AppContext&, const Caller&, Id) { return not_built(); }
Result<SavedRapidReview> save_rapid_review(AppContext&, const Caller&, Id, const RapidReviewRecordInput&) { return not_built(); }
Status record_sign_off(AppContext&, const Caller&, Id, const SignOffInput&) { return not_built(); }
Status submit_rapid_review(AppContext&, const Caller&, Id, const SubmissionInput&) { return not_built(); }

Result<std::vector<AgencyRequestSummary>> list_my_agency_requests(AppContext&, const Caller&) { return not_built(); }
Result<AgencyRequestDetail> view_agency_request(AppContext&, const Caller&, Id) { return not_built(); }
Status save_agency_response_draft(AppContext&, const Caller&, Id, const AgencyResponseInput&) { return not_built(); }
Status submit_agency_response(AppContext&, const Caller&, Id, const AgencyResponseInput&) { return not_built(); }

Result<std::vector<PanelQueueRow>> panel_queue(AppContext&, const Caller&) { return not_built(); }
Result<PanelDecisionOutcome> record_panel_decision(AppContext&, const Caller&, Id, const PanelDecisionInput&) { return not_built(); }
Result<std::vector<ThemeSummary>> list_national_review_themes(AppContext&, const Caller&) { return not_built(); }

Result<std::vector<DashboardRow>> case_dashboard(AppContext&, const Caller&, const DashboardFilter&) { return not_built(); }
Result<CaseDetail> view_case(AppContext&, const Caller&, Id, NameDisplay) { return not_built(); }
Result<std::vector<NotificationRow>> list_notifications(AppContext&, const Caller&) { return not_built(); }

Result<CalendarInForce> calendar_in_force(AppContext&, const Caller&) { return not_built(); }
Result<CalendarInForce> upload_bank_holidays(AppContext&, const Caller&, const std::string&) { return not_built(); }
Result<WorkingDayCalendar> partnership_calendar(Transaction&, Id) { return not_built(); }

Result<int> queue_case_reminders(AppContext&) { return not_built(); }

}  // namespace casereview
