// A partnership's time-scales: each has a default from DOMAIN.md and a permitted range, and is a
// whole number of working days or months. Later use cases read them to compute deadlines.
#pragma once

#include <array>
#include <map>
#include <string>

#include "domain/result.hpp"

namespace casereview {

struct SettingSpec {
  const char* key;    // stored name and form field, e.g. "notify_working_days"
  const char* label;  // e.g. "Working days to notify the National Panel"
  const char* hint;
  int default_value;
  int minimum;
  int maximum;
};

inline constexpr std::array<SettingSpec, 5> partnership_setting_specs = {{
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
}};

// The value of every setting: `stored` where present, else the default.
std::map<std::string, int> settings_with_defaults(const std::map<std::string, std::string>& stored);

// Checks submitted values (text from a form), one error per bad field; returns them as numbers.
Result<std::map<std::string, int>> check_settings(
    const std::map<std::string, std::string>& submitted);

}  // namespace casereview
