#include "web/pages/working_days_api.hpp"

#include "app/working_day_sums.hpp"
#include "web/problem.hpp"

namespace casereview::web {

namespace {

Response working_days(const Request& request, Services& services) {
  auto date = add_working_days_text(request.query_value("from").value_or(""),
                                    request.query_value("add").value_or(""));
  if (!date) return error_response(date.error(), request, services);
  return Response::json("{\"date\":\"" + date.value().to_iso_string() + "\"}");
}

Response working_days_between(const Request& request, Services& services) {
  auto count = working_days_between_text(request.query_value("from").value_or(""),
                                         request.query_value("to").value_or(""));
  if (!count) return error_response(count.error(), request, services);
  return Response::json("{\"working_days\":" + std::to_string(count.value()) + "}");
}

}  // namespace

void add_working_days_api_routes(Router& router) {
  router.add_anonymous("GET", "/api/v1/calendar/working-days", working_days);
  router.add_anonymous("GET", "/api/v1/calendar/working-days-between", working_days_between);
}

}  // namespace casereview::web
