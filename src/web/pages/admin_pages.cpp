// The administrator's routes, and the helpers the four admin page files share (admin_pages.hpp).
#include "web/pages/admin_pages.hpp"

#include <Poco/URI.h>

#include "web/components/notification_banner.hpp"

namespace casereview::web {

void add_admin_routes(Router& router) {
  admin::add_user_routes(router);
  admin::add_agency_routes(router);
  admin::add_settings_routes(router);
  admin::add_audit_routes(router);
}

namespace admin {

Html success_banner(const std::string& text) {
  if (text.empty()) return Html();
  return govuk::notification_banner({.text = text, .type = "success"});
}

std::string done_flag(const Request& request) { return request.query_value("done").value_or(""); }

std::vector<std::string> form_values(const Request& request, const std::string& name) {
  std::vector<std::string> values;
  for (const auto& [key, value] : request.form) {
    if (key == name) values.push_back(value);
  }
  return values;
}

std::int64_t path_id(const Request& request, const std::string& name) {
  // The route's {name:int} type admits only 1 to 18 decimal digits, so this cannot throw.
  return std::stoll(request.path_parameters.at(name));
}

std::string query_encode(const std::string& text) {
  std::string encoded;
  Poco::URI::encode(text, "!#$&'()*+,/:;=?@[]%", encoded);
  return encoded;
}

}  // namespace admin

}  // namespace casereview::web
