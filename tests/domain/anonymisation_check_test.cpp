// The anonymisation check (domain/anonymisation_check.hpp, Rule PUB-3): every planted identifier
// is found — names whole-word in any case, possessive and hyphenated; dates of birth in the common
// forms; postcodes; phone numbers; email addresses — nothing in a clean report, and no excerpt
// shows what it found.
#include "domain/anonymisation_check.hpp"

#include <gtest/gtest.h>

namespace casereview {
namespace {

const KnownIdentifiers known{{"Amelia", "Testchild", "Amelia Testchild"},
                             {*CivilDate::from_ymd(2019, 5, 4)}};

std::vector<std::string> kinds_in(const std::string& text) {
  std::vector<std::string> kinds;
  for (const IdentifierFound& found : find_identifiers({{"The report", text}}, known))
    kinds.push_back(std::string(identifier_kind_name(found.kind)));
  return kinds;
}

TEST(AnonymisationCheck, FindsNamesWholeWordInAnyCaseAndForm) {
  EXPECT_EQ(kinds_in("amelia was seen."), std::vector<std::string>{"name"});
  EXPECT_EQ(kinds_in("AMELIA's brother"), std::vector<std::string>{"name"});
  EXPECT_EQ(kinds_in("Amelia’s school"), std::vector<std::string>{"name"}) << "curly apostrophe";
  EXPECT_EQ(kinds_in("the Smith-Testchild family"), std::vector<std::string>{"name"});
  EXPECT_EQ(kinds_in("Amelia Testchild"), std::vector<std::string>{"name"})
      << "the full name is one finding";
  EXPECT_EQ(kinds_in("Ameliorate the Testchildren"), std::vector<std::string>{})
      << "a name inside a longer word is not the name";
}

// Rule PUB-3: a name with letters beyond ASCII matches in any case too — Latin, Greek, Cyrillic —
// and its excerpt masks exactly the name.
TEST(AnonymisationCheck, FindsNamesWithAccentedAndOtherLettersInAnyCase) {
  const KnownIdentifiers names{{"Zoë", "Łukasz", "Ágnes", "Анна", "Σοφία", "Şükrü"}, {}};
  for (const char* written : {"ZOË was seen", "zoë's school", "ŁUKASZ", "łukasz-Smith", "ÁGNES",
                              "АННА", "анна", "ΣΟΦΊΑ", "şÜkrÜ"}) {
    const auto found = find_identifiers({{"The report", written}}, names);
    ASSERT_EQ(found.size(), 1u) << written;
    EXPECT_EQ(found[0].excerpt.find("[name]"), 0u) << written << " → " << found[0].excerpt;
  }
  EXPECT_TRUE(find_identifiers({{"The report", "Zoëtrope and Łukaszewicz"}}, names).empty())
      << "inside a longer word it is not the name";
}

TEST(AnonymisationCheck, FindsTheDateOfBirthInCommonForms) {
  for (const char* written : {"4/5/2019", "04/05/2019", "04.05.19", "2019-05-04", "4 May 2019",
                              "4th May 2019", "May 4, 2019", "04-05-2019", "4th of May 2019"})
    EXPECT_EQ(kinds_in(std::string("born ") + written + "."),
              std::vector<std::string>{"date_of_birth"})
        << written;
  EXPECT_EQ(kinds_in("seen on 14/5/2019 and 5 May 2019"), std::vector<std::string>{})
      << "other dates are not the date of birth";
}

TEST(AnonymisationCheck, FindsPostcodesPhoneNumbersAndEmailAddresses) {
  EXPECT_EQ(kinds_in("lived at NB1 2AB, then sw1a 1aa and M1 1AE."),
            (std::vector<std::string>{"postcode", "postcode", "postcode"}));
  EXPECT_EQ(kinds_in("Call 01632 960123, 07700-900123, (01632) 960 124 or +44 (0)20 7946 0018."),
            (std::vector<std::string>{"phone", "phone", "phone", "phone"}));
  EXPECT_EQ(kinds_in("Write to worker.name+x@council.example.gov.uk."),
            std::vector<std::string>{"email"});
}

TEST(AnonymisationCheck, FindsNothingInACleanReport) {
  EXPECT_EQ(kinds_in("# Findings\n\nChild A was seen 12 times in 2021 by 3 agencies. Section 47 "
                     "enquiries began on 01/02/2022. Recommendation 10 of 12. Page 0 of the "
                     "plan; version 2.0; 100% of staff; the M25 at 10:30."),
            std::vector<std::string>{});
}

TEST(AnonymisationCheck, ExcerptsMaskEveryIdentifierAndSayWhere) {
  const auto found =
      find_identifiers({{"Summary", "Nothing here."},
                        {"The report",
                         "Line one.\nThe school said Amelia Testchild (born 04/05/2019) lived at "
                         "NB1 2AB with her mother, who was often out."}},
                       known);
  ASSERT_EQ(found.size(), 3u);
  for (const IdentifierFound& each : found) {
    EXPECT_EQ(each.location(), "The report, line 2");
    EXPECT_EQ(each.excerpt.find("Amelia"), std::string::npos) << each.excerpt;
    EXPECT_EQ(each.excerpt.find("2019"), std::string::npos) << each.excerpt;
    EXPECT_EQ(each.excerpt.find("NB1"), std::string::npos) << each.excerpt;
  }
  EXPECT_NE(found[0].excerpt.find("The school said [name] (born [date of birth]"),
            std::string::npos)
      << found[0].excerpt;
  EXPECT_EQ(found[0].excerpt.find('\n'), std::string::npos);
}

}  // namespace
}  // namespace casereview
