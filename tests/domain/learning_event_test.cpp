// The learning event's rules (domain/learning_event.hpp, Rule LE-1): the event's times read in UK
// time and every bad field named, the place its delivery needs, the UK wall clock of an event
// stored in UTC, and when an invitation's single-use link can be used.
#include "domain/learning_event.hpp"

#include <gtest/gtest.h>

namespace casereview {
namespace {

const CivilDate today = *CivilDate::from_ymd(2026, 3, 2);

std::vector<std::string> fields_of(const Error& error) {
  std::vector<std::string> fields;
  for (const FieldError& field : error.fields) fields.push_back(field.field);
  return fields;
}

// Rule LE-1.
TEST(LearningEvent, TimesAreReadWithEveryBadFieldNamed) {
  auto times = read_event_times("2026-04-14", "10:00", "12:30", today);
  ASSERT_TRUE(times.ok());
  EXPECT_EQ(times.value().start_time.to_text(), "10:00");
  auto empty = read_event_times("", "", "", today);
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(fields_of(empty.error()), (std::vector<std::string>{"date", "start_time", "end_time"}));
  EXPECT_EQ(empty.error().fields[0].message, "Enter the date of the event");
  auto past = read_event_times("2026-03-01", "10:00", "09:00", today);
  ASSERT_FALSE(past.ok());
  EXPECT_EQ(fields_of(past.error()), (std::vector<std::string>{"date", "end_time"}));
  EXPECT_EQ(past.error().fields[1].message, "The end time must be after the start time");
}

// Rule LE-1: online with an https link, in person at a venue.
TEST(LearningEvent, TheDeliveryNeedsItsPlace) {
  EXPECT_TRUE(check_event_place(EventDelivery::virtual_session, "https://meet.example/a", "").ok());
  EXPECT_FALSE(check_event_place(EventDelivery::virtual_session, "http://meet.example/a", "").ok());
  EXPECT_FALSE(check_event_place(EventDelivery::virtual_session, "https://a b", "").ok());
  EXPECT_EQ(check_event_place(EventDelivery::virtual_session, "", "").error().fields[0].field,
            "joining_link");
  EXPECT_TRUE(check_event_place(EventDelivery::in_person, "", "Town Hall").ok());
  EXPECT_EQ(check_event_place(EventDelivery::in_person, "", "").error().fields[0].field, "venue");
}

// Rule LE-1, Rule UK-TIME: stored in UTC, shown on the UK wall clock in summer and winter.
TEST(LearningEvent, TheUkWallClockOfAnEventStoredInUtc) {
  LearningEvent summer;
  summer.starts_at = uk_instant(*CivilDate::from_ymd(2026, 7, 1), {10, 0});
  summer.ends_at = uk_instant(*CivilDate::from_ymd(2026, 7, 1), {12, 30});
  EXPECT_EQ(format_instant(summer.starts_at), "2026-07-01T09:00:00Z");
  const LearningEventTimes times = uk_times_of(summer);
  EXPECT_EQ(times.date, *CivilDate::from_ymd(2026, 7, 1));
  EXPECT_EQ(times.start_time.to_text(), "10:00");
  EXPECT_EQ(times.end_time.to_text(), "12:30");
  LearningEvent winter;
  winter.starts_at = uk_instant(*CivilDate::from_ymd(2026, 12, 1), {23, 30});
  winter.ends_at = winter.starts_at;
  EXPECT_EQ(uk_times_of(winter).date, *CivilDate::from_ymd(2026, 12, 1));
  EXPECT_EQ(uk_times_of(winter).start_time.to_text(), "23:30");
}

// Rule LE-1: the link works once, until the event starts; never for a cancelled event.
TEST(LearningEvent, TheLinkWorksOnceUntilTheEventStarts) {
  LearningEvent event;
  event.starts_at = parse_instant("2026-04-14T09:00:00Z").value();
  LearningEventInvitation invitation;
  const Instant before = parse_instant("2026-04-14T08:59:59Z").value();
  EXPECT_EQ(link_state(event, invitation, before), LinkState::open);
  EXPECT_EQ(link_state(event, invitation, event.starts_at), LinkState::expired);
  invitation.response = InvitationResponse::declined;
  EXPECT_EQ(link_state(event, invitation, before), LinkState::answered);
  invitation.response = InvitationResponse::awaiting;
  event.status = LearningEventStatus::cancelled;
  EXPECT_EQ(link_state(event, invitation, before), LinkState::expired);
}

TEST(LearningEvent, StoredNamesReadBack) {
  for (FamilyStep step : all_family_steps)
    EXPECT_EQ(family_step_from_name(family_step_name(step)), step);
  EXPECT_FALSE(family_step_from_name("phoned").has_value());
  EXPECT_EQ(invitation_response_from_name("accepted"), InvitationResponse::accepted);
  EXPECT_EQ(learning_event_status_from_name("cancelled"), LearningEventStatus::cancelled);
  EXPECT_EQ(event_delivery_from_name("in_person"), EventDelivery::in_person);
}

}  // namespace
}  // namespace casereview
