#include "web/pages/training_parts.hpp"

#include <array>

#include "web/components/tag.hpp"

namespace casereview::web {

void add_training_routes(Router& router) {
  training::add_course_routes(router);
  training::add_session_routes(router);
  training::add_booking_routes(router);
  training::add_register_routes(router);
  training::add_records_routes(router);
  training::add_certificate_routes(router);
  training::add_training_api_routes(router);
  training::add_charges_routes(router);
}

namespace training {

std::string time_of_day(std::string_view text) {
  const auto digit = [](char c) { return c >= '0' && c <= '9'; };
  if (text.size() != 5 || text[2] != ':' || !digit(text[0]) || !digit(text[1]) || !digit(text[3]) ||
      !digit(text[4])) {
    return std::string(text);
  }
  const int hours = (text[0] - '0') * 10 + (text[1] - '0');
  const int minutes = (text[3] - '0') * 10 + (text[4] - '0');
  if (hours > 23 || minutes > 59) return std::string(text);
  if (minutes == 0 && hours == 0) return "midnight";
  if (minutes == 0 && hours == 12) return "midday";
  const int clock_hour = hours % 12 == 0 ? 12 : hours % 12;
  std::string written = std::to_string(clock_hour);
  if (minutes != 0) written += ":" + std::string(text.substr(3, 2));
  return written + (hours < 12 ? "am" : "pm");
}

std::string session_time_text(const SessionView& session) {
  return time_of_day(session.start_time.to_text()) + " to " +
         time_of_day(session.end_time.to_text());
}

std::string session_where_text(const SessionView& session) {
  switch (session.format) {
    case SessionFormat::virtual_session:
      return "Online";
    case SessionFormat::in_person:
      return session.venue;
  }
  return "";
}

Html places_html(const SessionView& session) {
  if (session.status == SessionStatus::cancelled) {
    return govuk::tag({.text = "Cancelled", .classes = "govuk-tag--red"});
  }
  if (session.places_left > 0) {
    return escape(std::to_string(session.places_left) +
                  (session.places_left == 1 ? " place left" : " places left"));
  }
  std::string waiting;
  if (session.waiting_list_length == 1) waiting = " (1 person waiting)";
  if (session.waiting_list_length > 1)
    waiting = " (" + std::to_string(session.waiting_list_length) + " people waiting)";
  return escape("Full – join the waiting list" + waiting);
}

Html state_tag(BookingState state) {
  std::string colour;
  switch (state) {
    case BookingState::requested:
    case BookingState::booked:
      colour = "govuk-tag--green";
      break;
    case BookingState::waiting:
      colour = "govuk-tag--yellow";
      break;
    case BookingState::attended:
      colour = "govuk-tag--blue";
      break;
    case BookingState::partly_attended:
      colour = "govuk-tag--light-blue";
      break;
    case BookingState::did_not_attend:
      colour = "govuk-tag--grey";
      break;
    case BookingState::cancelled_by_person:
    case BookingState::cancelled_by_trainer:
      colour = "govuk-tag--red";
      break;
  }
  return govuk::tag({.text = booking_state_title(state), .classes = colour});
}

}  // namespace training

}  // namespace casereview::web
