// The page kit's request and form helpers, in-process: the one rule for an id (parse_id), the
// request's repeated fields and path ids, and FormErrors — the one model of a form's errors, from
// an invalid_input (field errors) or a wrong_state (its message) Error.
#include <gtest/gtest.h>

#include "support/html_dom.hpp"
#include "web/forms.hpp"
#include "web/http.hpp"

namespace casereview::web {
namespace {

namespace html = casereview::test::html;

TEST(ParseId, AcceptsAPositiveNumberOfAtMostEighteenDigits) {
  EXPECT_EQ(parse_id("1"), 1);
  EXPECT_EQ(parse_id("123456789012345678"), 123456789012345678);
}

TEST(ParseId, RefusesAnythingElse) {
  for (const char* text : {"", "0", "007", "-1", "1a", " 1", "1234567890123456789", "+1"})
    EXPECT_EQ(parse_id(text), std::nullopt) << text;
}

TEST(RequestHelpers, ReadRepeatedFieldsInOrderAndPathIds) {
  Request request;
  request.form = {{"agency_ids", "3"}, {"name", "x"}, {"agency_ids", "1"}};
  request.path_parameters = {{"case_id", "42"}};
  EXPECT_EQ(request.form_values("agency_ids"), (std::vector<std::string>{"3", "1"}));
  EXPECT_EQ(request.path_id("case_id"), 42);
  EXPECT_THROW(request.path_id("user_id"), std::out_of_range);
}

TEST(FormErrors, AnInvalidInputShowsEachFieldLinkedToItsInput) {
  const FormErrors errors = FormErrors::of(Error::invalid(
      {{"children[0].given_name", "Enter Child A's given name"}, {"aware_on", "Enter a date"}}));
  EXPECT_EQ(errors.http_status(), 422);
  EXPECT_EQ(errors.for_field("aware_on")->text, "Enter a date");
  const auto summary = html::Document::parse(errors.summary({.date_fields = {"aware_on"}}).str());
  const auto links = summary.select(".govuk-error-summary__list a");
  ASSERT_EQ(links.size(), 2u);
  EXPECT_EQ(links[0]->attribute("href"), "#children-0-given_name");
  EXPECT_EQ(links[1]->attribute("href"), "#aware_on-day");
}

TEST(FormErrors, AWrongStateShowsItsMessageAboutTheWholeForm) {
  const FormErrors errors =
      FormErrors::of(Error::of(ErrorCode::wrong_state, "Booking for this session has closed"));
  EXPECT_FALSE(errors.empty());
  EXPECT_EQ(errors.http_status(), 409);
  EXPECT_EQ(html::Document::parse(errors.summary().str())
                .select_one(".govuk-error-summary__body")
                ->normalised_text(),
            "Booking for this session has closed");
  const auto linked = html::Document::parse(errors.summary({.message_href = "#actions"}).str());
  EXPECT_EQ(linked.select_one(".govuk-error-summary__list a")->attribute("href"), "#actions");
}

TEST(FormErrors, OtherErrorsAreNotShownOnAForm) {
  EXPECT_TRUE(FormErrors::of(Error::of(ErrorCode::not_found, "No such case")).empty());
  EXPECT_TRUE(FormErrors::of(std::nullopt).empty());
  EXPECT_EQ(FormErrors().summary().str(), "");
}

}  // namespace
}  // namespace casereview::web
