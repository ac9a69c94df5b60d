#include "app/cases/case_views.hpp"

#include <algorithm>
#include <map>

#include "app/audit.hpp"
#include "app/cases/case_support.hpp"
#include "domain/case_stages.hpp"
#include "domain/uk_time.hpp"

namespace casereview {

namespace {

using namespace case_support;

bool notification_event(CaseEventKind kind) {
  return kind == CaseEventKind::notification_recorded || kind == CaseEventKind::notification_sent ||
         kind == CaseEventKind::partners_told;
}

// The case and how much of it the caller may see; not_found when nothing.
struct VisibleCase {
  CaseRecord record;
  CaseVisibility visibility = CaseVisibility::none;
};

Result<VisibleCase> visible_case(Transaction& transaction, const Actor& actor, Id case_id) {
  std::optional<CaseRecord> record = actor.partnership_id
                                         ? transaction.cases().find(*actor.partnership_id, case_id)
                                         : transaction.cases().find_in_any_partnership(case_id);
  if (!record) return Error::of(ErrorCode::not_found, "No such case");
  // Rule NTK-2 (need to know): the reviewers appointed to the case's review see it in full (Rule
  // Rule REV-4).
  std::vector<Id> reviewer_ids;
  if (actor.has_role(Role::reviewer)) {
    if (auto review = transaction.reviews().find_for_case(record->partnership_id, case_id)) {
      for (const ReviewerAppointment& reviewer : review->reviewers)
        reviewer_ids.push_back(reviewer.user_id);
    }
  }
  CaseAccess access{record->partnership_id, record->agency_ids, reviewer_ids,
                    record->submitted_on.has_value()};
  CaseVisibility visibility = case_visibility(actor, access);
  // Inspectors see notifications once they are sent to the Panel (and so to Ofsted and DfE).
  if (visibility == CaseVisibility::notification && !record->sent_on)
    visibility = CaseVisibility::none;
  // Agency contributors see their requests through app/cases/agency_responses.hpp, not the case.
  if (visibility == CaseVisibility::none || visibility == CaseVisibility::agency_request) {
    return Error::of(ErrorCode::not_found, "No such case");
  }
  return VisibleCase{*record, visibility};
}

}  // namespace

Result<std::vector<DashboardRow>> case_dashboard(AppContext& context, const Caller& caller,
                                                 const DashboardFilter& filter) {
  TRY(require_permission(caller, Permission::view_cases));
  const Id partnership_id = TRY(caller_partnership(caller));
  const CivilDate on = today(context);
  std::vector<DashboardRow> rows = TRY(context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<std::vector<DashboardRow>> {
        std::vector<DashboardRow> rows;
        CaseRules rules = TRY(case_rules(transaction, partnership_id));
        // Outstanding agency responses of every case, read once rather than once per case.
        std::map<Id, std::vector<AgencyRequest>> outstanding;
        for (AgencyRequest& request :
             transaction.agency_requests().list_unsubmitted(partnership_id)) {
          outstanding[request.case_id].push_back(std::move(request));
        }
        for (const CaseRecord& record : transaction.cases().list(partnership_id)) {
          if (filter.stage ? record.stage != *filter.stage : !is_open_stage(record.stage)) continue;
          DashboardRow row;
          row.id = record.id;
          row.reference = record.reference;
          row.pseudonyms = record.pseudonyms;
          row.stage = record.stage;
          auto deadlines = open_case_deadlines(rules.calendar, record, on);
          if (!deadlines.empty()) {
            row.next_deadline = deadlines.front();
            row.status = deadlines.front().status;
          }
          for (const AgencyRequest& request : outstanding[record.id]) {
            ++row.outstanding_agency_responses;
            const DeadlineView deadline =
                deadline_view(rules.calendar, DeadlineKind::agency_response, "", request.due_on,
                              std::nullopt, on);
            if (deadline.status == DeadlineStatus::overdue) ++row.overdue_agency_responses;
          }
          if (filter.status && row.status != filter.status) continue;
          rows.push_back(row);
        }
        return rows;
      }));
  std::stable_sort(rows.begin(), rows.end(), [](const DashboardRow& a, const DashboardRow& b) {
    if (a.next_deadline.has_value() != b.next_deadline.has_value())
      return a.next_deadline.has_value();
    if (a.next_deadline && a.next_deadline->due_on != b.next_deadline->due_on) {
      return a.next_deadline->due_on < b.next_deadline->due_on;
    }
    return a.reference < b.reference;
  });
  return rows;
}

Result<CaseDetail> view_case(AppContext& context, const Caller& caller, Id case_id,
                             NameDisplay names) {
  // read_case: a reviewer too, who sees only a case they are appointed to (visible_case).
  TRY(require_any_permission(
      caller, {Permission::view_cases, Permission::run_rapid_reviews, Permission::decide_for_panel,
               Permission::view_notifications, Permission::read_case}));
  const Actor& actor = *caller.actor;
  const Instant now = context.clock.now();
  const CivilDate on = uk_date(now);
  // The case is read in a read transaction, and the read's audit entry (or the refusal's) written
  // after it in a short write of its own: views of cases then wait for one another (and for the
  // audit log's chain) only while that entry is written, not while the case is read. The case is
  // shown only once its entry is written.
  struct Viewed {
    Result<CaseDetail> detail;
    AuditEvent audit;
  };
  Viewed viewed = TRY(context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<Viewed> {
        VisibleCase visible = TRY(visible_case(transaction, actor, case_id));
        CaseRecord& record = visible.record;
        if (names == NameDisplay::shown && visible.visibility != CaseVisibility::full) {
          return Viewed{
              Error::of(ErrorCode::forbidden, "You cannot see the children's names in this case"),
              {audit_action::view_names, audit_entity::case_record, std::to_string(record.id),
               audit_outcome::refused, record.reference, record.partnership_id}};
        }
        CaseRules rules = TRY(case_rules(transaction, record.partnership_id));
        CaseDetail found;
        found.visibility = visible.visibility;
        if (auto partnership = transaction.partnerships().find(record.partnership_id))
          found.partnership_name = partnership->name;
        for (Id agency_id : record.agency_ids) {
          if (auto agency = transaction.agencies().find(record.partnership_id, agency_id))
            found.agencies.push_back(*agency);
        }
        const bool notification_only = visible.visibility == CaseVisibility::notification;
        if (names == NameDisplay::shown) {
          const security::FieldCipher* opener = TRY(cipher(context));
          for (const SealedChild& sealed :
               transaction.cases().children(record.partnership_id, record.id)) {
            found.children.push_back(ChildView{sealed.pseudonym, TRY(open_child(*opener, sealed))});
          }
          found.names_shown = true;
        } else {
          for (const std::string& pseudonym : record.pseudonyms)
            found.children.push_back(ChildView{pseudonym, std::nullopt});
        }
        found.deadlines = all_case_deadlines(rules.calendar, record, on);
        if (notification_only) {
          // Inspectors: the notification only.
          record.rapid_review = RapidReviewRecord{};
          record.sign_offs.clear();
          record.decision.reset();
          record.rapid_review_lead_id.reset();
          found.deadlines.erase(std::remove_if(found.deadlines.begin(), found.deadlines.end(),
                                               [](const DeadlineView& deadline) {
                                                 return deadline.kind == DeadlineKind::rapid_review;
                                               }),
                                found.deadlines.end());
        } else {
          found.agency_requests = request_views(transaction, rules, record, on);
          found.agencies_not_responded = agencies_not_responded(transaction, record);
          for (const AgencyRequestView& request : found.agency_requests)
            found.deadlines.push_back(request.deadline);
          std::stable_sort(
              found.deadlines.begin(), found.deadlines.end(),
              [](const DeadlineView& a, const DeadlineView& b) { return a.due_on < b.due_on; });
          found.rapid_review_gaps = rapid_review_record_gaps(record.rapid_review);
          if (record.decision && record.decision->theme_id) {
            found.theme = transaction.national_review_themes().find(*record.decision->theme_id);
          }
        }
        for (const CaseEvent& event :
             transaction.case_events().list(record.partnership_id, record.id)) {
          if (notification_only && !notification_event(event.kind)) continue;
          found.timeline.push_back(
              TimelineEntry{event, std::string(case_event_kind_text(event.kind)) +
                                       (event.detail.empty() ? "" : ": " + event.detail)});
        }
        // Every read of a case is audited, and says whether children's names were shown.
        AuditEvent audit{found.names_shown ? audit_action::view_names : audit_action::view,
                         audit_entity::case_record,
                         std::to_string(record.id),
                         audit_outcome::success,
                         record.reference,
                         record.partnership_id};
        found.record = record;
        return Viewed{std::move(found), std::move(audit)};
      }));
  TRY(context.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
    record_audit(transaction, caller, now, viewed.audit);
    return ok_status();
  }));
  return std::move(viewed.detail);
}

Result<std::vector<NotificationRow>> list_notifications(AppContext& context, const Caller& caller) {
  TRY(require_permission(caller, Permission::view_notifications));
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<std::vector<NotificationRow>> {
        std::vector<NotificationRow> rows;
        std::map<Id, std::string> partnership_names;
        for (const Partnership& partnership : transaction.partnerships().list()) {
          partnership_names[partnership.id] = partnership.name;
        }
        for (const CaseRecord& record : transaction.cases().list_sent_in_all_partnerships()) {
          NotificationRow row;
          row.case_id = record.id;
          row.partnership_name = partnership_names[record.partnership_id];
          row.reference = record.reference;
          row.pseudonyms = record.pseudonyms;
          row.incident = record.facts.incident;
          row.abuse_or_neglect = record.facts.abuse_or_neglect;
          row.categories = record.facts.categories;
          row.looked_after = record.facts.looked_after;
          row.care_leaver = record.facts.care_leaver;
          row.incident_on = record.facts.incident_on;
          row.aware_on = record.facts.aware_on;
          row.notify_by = record.notify_by;
          row.sent_on = record.sent_on;
          row.late = record.sent_on && *record.sent_on > record.notify_by;
          row.stage = record.stage;
          rows.push_back(row);
        }
        return rows;
      });
}

}  // namespace casereview
