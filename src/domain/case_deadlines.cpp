#include "domain/case_deadlines.hpp"

#include <algorithm>

#include "domain/enum_names.hpp"

namespace casereview {

namespace {

// The calendar names the date "date" in its errors; the form calls it `field`.
Result<CivilDate> naming(Result<CivilDate> result, const std::string& field) {
  if (result) return result;
  Error error = result.error();
  for (FieldError& problem : error.fields) problem.field = field;
  return error;
}

int setting(const std::map<std::string, int>& values, const std::string& key, int fallback) {
  auto found = values.find(key);
  return found == values.end() ? fallback : found->second;
}

void sort_by_due_date(std::vector<DeadlineView>& deadlines) {
  std::stable_sort(
      deadlines.begin(), deadlines.end(),
      [](const DeadlineView& a, const DeadlineView& b) { return a.due_on < b.due_on; });
}

}  // namespace

DeadlineSettings deadline_settings(const std::map<std::string, int>& values) {
  DeadlineSettings settings;
  settings.notify_working_days =
      setting(values, "notify_working_days", settings.notify_working_days);
  settings.rapid_review_working_days =
      setting(values, "rapid_review_working_days", settings.rapid_review_working_days);
  settings.agency_response_working_days =
      setting(values, "agency_response_working_days", settings.agency_response_working_days);
  return settings;
}

Result<CivilDate> notification_deadline(const WorkingDayCalendar& calendar,
                                        const DeadlineSettings& settings, CivilDate aware_on) {
  // Rule SIN-1 (and Rule SIN-2, the same days for telling the partners).
  return naming(calendar.add_working_days(aware_on, settings.notify_working_days), "aware_on");
}

Result<CivilDate> rapid_review_deadline(const WorkingDayCalendar& calendar,
                                        const DeadlineSettings& settings, CivilDate sent_on) {
  // Rule RR-1.
  return naming(calendar.add_working_days(sent_on, settings.rapid_review_working_days), "sent_on");
}

Result<CivilDate> agency_response_deadline(const WorkingDayCalendar& calendar,
                                           const DeadlineSettings& settings,
                                           CivilDate requested_on) {
  // Rule RR-2.
  return naming(calendar.add_working_days(requested_on, settings.agency_response_working_days),
                "requested_on");
}

std::string_view deadline_kind_name(DeadlineKind kind) {
  switch (kind) {
    case DeadlineKind::notify_panel:
      return "notify_panel";
    case DeadlineKind::tell_partners:
      return "tell_partners";
    case DeadlineKind::rapid_review:
      return "rapid_review";
    case DeadlineKind::agency_response:
      return "agency_response";
  }
  return "";
}

std::string_view deadline_kind_text(DeadlineKind kind) {
  switch (kind) {
    case DeadlineKind::notify_panel:
      return "Notify the National Panel";
    case DeadlineKind::tell_partners:
      return "Tell the safeguarding partners";
    case DeadlineKind::rapid_review:
      return "Complete the rapid review";
    case DeadlineKind::agency_response:
      return "Agency response";
  }
  return "";
}

std::string_view deadline_status_name(DeadlineStatus status) {
  switch (status) {
    case DeadlineStatus::on_track:
      return "on_track";
    case DeadlineStatus::due_soon:
      return "due_soon";
    case DeadlineStatus::overdue:
      return "overdue";
    case DeadlineStatus::met:
      return "met";
    case DeadlineStatus::missed:
      return "missed";
  }
  return "";
}

std::string_view deadline_status_text(DeadlineStatus status) {
  switch (status) {
    case DeadlineStatus::on_track:
      return "On track";
    case DeadlineStatus::due_soon:
      return "Due within 3 working days";
    case DeadlineStatus::overdue:
      return "Overdue";
    case DeadlineStatus::met:
      return "Met";
    case DeadlineStatus::missed:
      return "Missed";
  }
  return "";
}

std::optional<DeadlineStatus> deadline_status_from_name(std::string_view name) {
  return enum_from_name(all_deadline_statuses, deadline_status_name, name);
}

DeadlineView deadline_view(const WorkingDayCalendar& calendar, DeadlineKind kind, std::string label,
                           CivilDate due_on, std::optional<CivilDate> done_on, CivilDate today) {
  DeadlineView view;
  view.kind = kind;
  view.label = label.empty() ? std::string(deadline_kind_text(kind)) : std::move(label);
  view.due_on = due_on;
  view.done_on = done_on;
  if (done_on) {
    // Rule DL-2.
    view.status = *done_on <= due_on ? DeadlineStatus::met : DeadlineStatus::missed;
    return view;
  }
  // Rule DL-1. Working days left may be unknowable (Rule WD-3); the dates still decide "overdue".
  Result<int> left = calendar.working_days_between(today, due_on);
  if (left) view.working_days_left = left.value();
  if (today > due_on) {
    view.status = DeadlineStatus::overdue;
  } else if (left ? left.value() <= due_soon_working_days
                  : days_between(today, due_on) <= due_soon_working_days) {
    view.status = DeadlineStatus::due_soon;
  } else {
    view.status = DeadlineStatus::on_track;
  }
  return view;
}

std::vector<DeadlineView> open_case_deadlines(const WorkingDayCalendar& calendar,
                                              const CaseRecord& record, CivilDate today) {
  std::vector<DeadlineView> deadlines;
  const bool still_running =
      is_open_stage(record.stage) || record.stage == CaseStage::recorded_only;
  if (!record.sent_on && record.stage == CaseStage::notification) {
    deadlines.push_back(deadline_view(calendar, DeadlineKind::notify_panel, "", record.notify_by,
                                      std::nullopt, today));
  }
  if (!record.partners_told_on && still_running) {
    deadlines.push_back(deadline_view(calendar, DeadlineKind::tell_partners, "", record.notify_by,
                                      std::nullopt, today));
  }
  if (record.stage == CaseStage::rapid_review && record.rapid_review_due && !record.submitted_on) {
    deadlines.push_back(deadline_view(calendar, DeadlineKind::rapid_review, "",
                                      *record.rapid_review_due, std::nullopt, today));
  }
  sort_by_due_date(deadlines);
  return deadlines;
}

std::vector<DeadlineView> all_case_deadlines(const WorkingDayCalendar& calendar,
                                             const CaseRecord& record, CivilDate today) {
  std::vector<DeadlineView> deadlines;
  deadlines.push_back(deadline_view(calendar, DeadlineKind::notify_panel, "", record.notify_by,
                                    record.sent_on, today));
  deadlines.push_back(deadline_view(calendar, DeadlineKind::tell_partners, "", record.notify_by,
                                    record.partners_told_on, today));
  if (record.rapid_review_due) {
    deadlines.push_back(deadline_view(calendar, DeadlineKind::rapid_review, "",
                                      *record.rapid_review_due, record.submitted_on, today));
  }
  sort_by_due_date(deadlines);
  return deadlines;
}

}  // namespace casereview
