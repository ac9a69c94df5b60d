// A partnership's settings: its time-scales, each with a default from DOMAIN.md and a permitted
// range, a whole number of working days or months (use cases read them to compute deadlines); and
// who may book its courses. They are stored as text by name; a stored value this file cannot read
// is an internal error, never silently replaced by the default.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "domain/result.hpp"

namespace casereview {

// Where the settings page shows a setting.
enum class SettingGroup { time_scales, training };

struct SettingSpec {
  const char* key;    // stored name and form field, e.g. "notify_working_days"
  const char* label;  // e.g. "Working days to notify the National Panel"
  const char* hint;
  int default_value;
  int minimum;
  int maximum;
  SettingGroup group = SettingGroup::time_scales;
};

inline constexpr std::array<SettingSpec, 20> partnership_setting_specs = {{
    {"notify_working_days", "Working days to notify the National Panel",
     "After the local authority becomes aware of a serious incident. Statutory guidance: 5.", 5, 1,
     30},
    {"rapid_review_working_days", "Working days to complete a rapid review",
     "After the notification is sent. Panel guidance: 15.", 15, 1, 60},
    {"agency_response_working_days",
     "Working days for agencies to respond to a rapid review request", "After the request is sent.",
     5, 1, 30},
    {"review_months", "Months to complete a review", "After the decision to hold one.", 12, 1, 36},
    {"publication_notice_working_days", "Working days' notice to the Panel before publication",
     "The final report goes to the Panel and the Secretary of State first.", 7, 0, 60},
    // Rule CHR-1.
    {"chronology_working_days", "Working days for agencies to return a chronology",
     "After the reviewer or manager requests it.", 20, 1, 60},
    // Rule REV-3.
    {"monitoring_check_weeks", "Weeks between monitoring checks of a review",
     "The partners check the time taken and the quality of each review at least this often.", 6, 1,
     26},
    // Rule REV-4.
    {"independence_years", "Years a reviewer's affiliation counts against their independence",
     "A reviewer affiliated with an agency in scope within this many years needs an exception for "
     "a child safeguarding practice review.",
     5, 1, 20},
    // Rule RPT-2: a warning, never a refusal.
    {"recommendations_before_warning", "Recommendations a review may make before a warning",
     "More than this many is shown as a warning to the reviewer and the committee: too many "
     "recommendations dilute attention.",
     10, 1, 50},
    // Rule ACT-3: the numbers of an action's RAG rating.
    {"rag_red_calendar_days", "Days without an update before an action is red",
     "Counted from the last progress update, or the start date before any.", 60, 2, 365},
    {"rag_amber_calendar_days", "Days without an update before an action is amber",
     "Fewer than the days before red.", 30, 1, 364},
    {"rag_amber_due_working_days", "Working days before its due date an action is amber",
     "Unless it is awaiting sign-off.", 10, 0, 60},
    // Issue 13: the largest file of evidence an action takes.
    {"evidence_file_megabytes", "Largest file of evidence for an action, in megabytes",
     "Evidence of completion or impact: PDF, Word, Excel or an image. At most 20.", 20, 1, 20},
    // Rule PUB-4.
    {"document_years", "Years a published report stays before it may be withdrawn",
     "After this many years a report can be withdrawn from the library without a reason; its "
     "entry stays. At least 1.",
     5, 1, 20},
    // Rule YR-1.
    {"yearly_report_send_calendar_days",
     "Days to send the published yearly report to the Panel and Foundations",
     "Counted from the day the partnership publishes it. Working Together: 7.", 7, 1, 60},
    // Rule TRN-2: what a new session's cancellation cut-off starts as (issue 18).
    {"cancellation_cutoff_working_days",
     "Working days before a session after which cancelling is late",
     "A new session starts with this cancellation cut-off; its trainer may change it. Cancelling "
     "after the end of that working day is recorded as a late cancellation.",
     3, 0, 20, SettingGroup::training},
    // Rule TRN-9: what a late cancellation or a no-show costs the person's agency.
    {"charge_half_day_pounds", "Charge for a late cancellation or no-show, half-day session",
     "In whole pounds, for a session of up to 4 hours. 0 means no charge.", 0, 0, 1000,
     SettingGroup::training},
    {"charge_full_day_pounds", "Charge for a late cancellation or no-show, full-day session",
     "In whole pounds, for a session of more than 4 hours. 0 means no charge.", 0, 0, 1000,
     SettingGroup::training},
    // Rule TRN-6: the two reminders before a session, each with the joining details.
    {"first_reminder_working_days", "Working days before a session of the first reminder",
     "Sent to people who booked before that day.", 10, 1, 60, SettingGroup::training},
    {"second_reminder_working_days", "Working days before a session of the second reminder",
     "Fewer than the first. 0 sends it on the day of the session.", 2, 0, 59,
     SettingGroup::training},
}};

// What a setting counts in, as its messages and form word it: "recommendations" (a key that
// starts so), else "months", "weeks", "years", "days" (calendar_days), "megabytes", "pounds" or
// "working days" (from the key's last words).
const char* setting_unit(const SettingSpec& spec);

// Who may book a partnership's courses. Default: its own workforce only — people whose account
// belongs to the partnership (its staff, and practitioners who said at registration that they work
// in its area). The partnership may open its courses to people from any partnership.
enum class CourseBooking { own_workforce, any_partnership };

inline constexpr const char* course_booking_key = "course_booking";  // stored name and form field
const char* course_booking_name(CourseBooking audience);  // "own_workforce", "any_partnership"
std::optional<CourseBooking> course_booking_from_name(std::string_view name);

// Rule TRN-5 (issue 18): whether a certificate needs its holder to have signed in to the session
// with its attendance code (Rule TRN-8). Stored "yes" or "no"; default no. A form sends "yes" from
// a ticked checkbox and nothing when it is not ticked.
inline constexpr const char* certificates_need_code_key = "certificates_need_attendance_code";

// Every setting as a partnership has it: stored values where present, else the defaults.
struct SettingValues {
  std::map<std::string, int> time_scales;  // by SettingSpec key
  CourseBooking course_booking = CourseBooking::own_workforce;
  bool certificates_need_code = false;
};

// The settings from their stored text. Fails with internal ("Stored setting … is not valid") when
// a stored value is not one this file can read: it was written by something other than
// check_settings, and a deadline must not be computed from a guess.
Result<SettingValues> settings_with_defaults(const std::map<std::string, std::string>& stored);

// Checks submitted values (text from a form or the API), one error per bad field, each naming the
// field: a time-scale must be a whole number in its range; course_booking must be one of the
// names above ("Select who may book your courses"); certificates_need_attendance_code is "yes",
// "no" or absent (no).
Result<SettingValues> check_settings(const std::map<std::string, std::string>& submitted);

// The settings as stored text, by name: what check_settings accepted, ready to store.
std::map<std::string, std::string> stored_settings(const SettingValues& values);

}  // namespace casereview
