// The learning event's rules (Rule LE-1) and the family's steps: see learning_event.hpp.
#include "domain/learning_event.hpp"

#include "domain/enum_names.hpp"
#include "domain/messages.hpp"
#include "domain/uk_time.hpp"

namespace casereview {

using namespace std::chrono_literals;

std::string event_delivery_name(EventDelivery delivery) { return session_format_name(delivery); }

std::optional<EventDelivery> event_delivery_from_name(std::string_view name) {
  return session_format_from_name(std::string(name));
}

std::string_view learning_event_status_name(LearningEventStatus status) {
  switch (status) {
    case LearningEventStatus::scheduled:
      return "scheduled";
    case LearningEventStatus::cancelled:
      return "cancelled";
  }
  return "scheduled";
}

std::optional<LearningEventStatus> learning_event_status_from_name(std::string_view name) {
  return enum_from_name(std::array{LearningEventStatus::scheduled, LearningEventStatus::cancelled},
                        learning_event_status_name, name);
}

Result<LearningEventTimes> read_event_times(const std::string& date, const std::string& start_time,
                                            const std::string& end_time, CivilDate today) {
  std::vector<FieldError> problems;
  LearningEventTimes times;
  if (date.empty()) {
    problems.push_back({"date", enter("the date of the event")});
  } else if (auto parsed = parse_iso_date("date", date); !parsed) {
    problems.push_back({"date", "The date of the event must be a real date"});
  } else if (parsed.value() < today) {
    problems.push_back({"date", "The date of the event must be today or in the future"});
  } else {
    times.date = parsed.value();
  }
  auto start = parse_clock_time("start_time", "start time", start_time);
  if (start)
    times.start_time = start.value();
  else
    problems.push_back(start.error().fields.front());
  auto end = parse_clock_time("end_time", "end time", end_time);
  if (end)
    times.end_time = end.value();
  else
    problems.push_back(end.error().fields.front());
  if (start && end && times.end_time <= times.start_time)
    problems.push_back({"end_time", "The end time must be after the start time"});
  if (!problems.empty()) return Error::invalid(std::move(problems));
  return times;
}

// Rule LE-1: online with an https link, or in person at a venue.
Status check_event_place(EventDelivery delivery, const std::string& joining_link,
                         const std::string& venue) {
  switch (delivery) {
    case EventDelivery::virtual_session:
      if (joining_link.empty())
        return Error::invalid({{"joining_link", enter("the joining link of the online event")}});
      if (joining_link.rfind("https://", 0) != 0 || joining_link.size() <= 8 ||
          joining_link.size() > limits::joining_link ||
          joining_link.find_first_of(" \t\r\n\"<>") != std::string::npos)
        return Error::invalid(
            {{"joining_link", enter("a joining link that starts with https://")}});
      return ok_status();
    case EventDelivery::in_person:
      if (venue.empty()) return Error::invalid({{"venue", enter("the venue of the event")}});
      if (venue.size() > limits::venue)
        return Error::invalid({{"venue", too_long("The venue", limits::venue)}});
      return ok_status();
  }
  return ok_status();
}

LearningEventTimes uk_times_of(const LearningEvent& event) {
  auto wall_clock = [](Instant instant) {
    const Instant local = instant + (uk_summer_time(instant) ? 1h : 0h);
    const auto day = std::chrono::floor<std::chrono::days>(local);
    const std::chrono::hh_mm_ss time{local - day};
    return ClockTime{static_cast<int>(time.hours().count()),
                     static_cast<int>(time.minutes().count())};
  };
  return {uk_date(event.starts_at), wall_clock(event.starts_at), wall_clock(event.ends_at)};
}

std::string_view invitation_response_name(InvitationResponse response) {
  switch (response) {
    case InvitationResponse::awaiting:
      return "awaiting";
    case InvitationResponse::accepted:
      return "accepted";
    case InvitationResponse::declined:
      return "declined";
  }
  return "awaiting";
}

std::optional<InvitationResponse> invitation_response_from_name(std::string_view name) {
  return enum_from_name(std::array{InvitationResponse::awaiting, InvitationResponse::accepted,
                                   InvitationResponse::declined},
                        invitation_response_name, name);
}

std::string_view invitation_response_text(InvitationResponse response) {
  switch (response) {
    case InvitationResponse::awaiting:
      return "Not answered";
    case InvitationResponse::accepted:
      return "Accepted";
    case InvitationResponse::declined:
      return "Declined";
  }
  return "Not answered";
}

// Rule LE-1: single use, and only until the event starts.
LinkState link_state(const LearningEvent& event, const LearningEventInvitation& invitation,
                     Instant now) {
  if (invitation.response != InvitationResponse::awaiting) return LinkState::answered;
  if (event.status == LearningEventStatus::cancelled || now >= event.starts_at)
    return LinkState::expired;
  return LinkState::open;
}

std::string_view family_step_name(FamilyStep step) {
  switch (step) {
    case FamilyStep::invited:
      return "invited";
    case FamilyStep::met:
      return "met";
    case FamilyStep::declined:
      return "declined";
    case FamilyStep::views_recorded:
      return "views_recorded";
  }
  return "invited";
}

std::optional<FamilyStep> family_step_from_name(std::string_view name) {
  return enum_from_name(all_family_steps, family_step_name, name);
}

std::string_view family_step_text(FamilyStep step) {
  switch (step) {
    case FamilyStep::invited:
      return "Invited";
    case FamilyStep::met:
      return "Met";
    case FamilyStep::declined:
      return "Declined";
    case FamilyStep::views_recorded:
      return "Views recorded";
  }
  return "Invited";
}

}  // namespace casereview
