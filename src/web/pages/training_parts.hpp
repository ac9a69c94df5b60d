// What the training pages and the training API share (course_pages.cpp, training_session_pages.cpp,
// training_booking_pages.cpp, training_register_pages.cpp, training_records_pages.cpp,
// certificate_pages.cpp, training_api.cpp): times as people read them, a session's place and free
// places, and a booking's state as a tag. Pure functions of their arguments: safe from any thread.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/training/course_sessions.hpp"
#include "domain/civil_date.hpp"
#include "domain/training_booking.hpp"
#include "web/html.hpp"
#include "web/http.hpp"
#include "web/router.hpp"

namespace casereview::web {

// Adds every training route: courses, sessions, booking, "My training", registers, evaluations,
// certificates, the charges report and the training API.
void add_training_routes(Router& router);

namespace training {

void add_course_routes(Router& router);
void add_session_routes(Router& router);
void add_booking_routes(Router& router);
void add_register_routes(Router& router);
void add_records_routes(Router& router);
void add_certificate_routes(Router& router);
void add_training_api_routes(Router& router);
void add_charges_routes(Router& router);  // Rule TRN-9: the charges report, page and API

// A time of day written "HH:MM" (24-hour) as GOV.UK writes times: "9am", "12:30pm", "midday",
// "midnight". Text of another shape is returned unchanged.
std::string time_of_day(std::string_view hours_and_minutes);

// "9:30am to 12pm".
std::string session_time_text(const SessionView& session);
// "Online" for a virtual session, the venue for one in person.
std::string session_where_text(const SessionView& session);
// "3 places left", "1 place left", or "Full – join the waiting list" (with the list's length),
// or "Cancelled" for a cancelled session.
Html places_html(const SessionView& session);
// A booking's state as a coloured tag: booked green, waiting yellow, attended blue, cancelled red…
Html state_tag(BookingState state);

}  // namespace training

}  // namespace casereview::web
