// The small pieces the training pages share (web/pages/training_parts.hpp): dates and times as
// GOV.UK writes them, a session's places, and downloads sent as attachments.
#include "web/pages/training_parts.hpp"

#include <gtest/gtest.h>

#include "support/html_dom.hpp"

namespace casereview::web::training {
namespace {

namespace html = casereview::test::html;

TEST(TrainingText, WritesTimesTheGovUkWay) {
  EXPECT_EQ(time_of_day("09:30"), "9:30am");
  EXPECT_EQ(time_of_day("12:00"), "midday");
  EXPECT_EQ(time_of_day("00:00"), "midnight");
  EXPECT_EQ(time_of_day("13:05"), "1:05pm");
  EXPECT_EQ(time_of_day("12:30"), "12:30pm");
  EXPECT_EQ(time_of_day("00:15"), "12:15am");
  EXPECT_EQ(time_of_day("17:00"), "5pm");
  EXPECT_EQ(time_of_day("25:00"), "25:00") << "not a time: shown as it is";
  EXPECT_EQ(time_of_day("9.30"), "9.30");
}

TEST(TrainingText, SaysHowManyPlacesAreLeftOrOffersTheWaitingList) {
  SessionView session;
  session.places_left = 1;
  EXPECT_EQ(html::Document::parse(places_html(session).str()).root().normalised_text(),
            "1 place left");
  session.places_left = 4;
  EXPECT_EQ(html::Document::parse(places_html(session).str()).root().normalised_text(),
            "4 places left");
  session.places_left = 0;
  session.waiting_list_length = 2;
  EXPECT_EQ(html::Document::parse(places_html(session).str()).root().normalised_text(),
            "Full – join the waiting list (2 people waiting)");
  session.status = SessionStatus::cancelled;
  EXPECT_EQ(html::Document::parse(places_html(session).str()).root().normalised_text(),
            "Cancelled");
}

TEST(TrainingDownloads, AreSentAsAttachmentsThatAreNeverCached) {
  Response response =
      Response::attachment("BEGIN:VCALENDAR", "text/calendar; charset=utf-8", "case-reviews.ics");
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.content_type, "text/calendar; charset=utf-8");
  std::map<std::string, std::string> headers(response.headers.begin(), response.headers.end());
  EXPECT_EQ(headers["Content-Disposition"], "attachment; filename=\"case-reviews.ics\"");
  EXPECT_EQ(headers["Cache-Control"], "no-store");
}

}  // namespace
}  // namespace casereview::web::training
