// The merged chronology (Rule CHR-3, see domain/merged_chronology.hpp): the merged order, each
// flag, the gap rows, and the similarity measure behind possible duplicates. Also times of day
// (Rule CHR-2).
#include "domain/merged_chronology.hpp"

#include <gtest/gtest.h>

namespace casereview {
namespace {

CivilDate date(int year, int month, int day) { return *CivilDate::from_ymd(year, month, day); }

constexpr Id police = 1;
constexpr Id health = 2;
constexpr Id school = 3;

ChronologyEntry entry(Id id, Id agency_id, std::string_view when, std::string event, int position) {
  ChronologyEntry made;
  made.id = id;
  made.agency_id = agency_id;
  made.date = parse_approximate_date("date", when).value();
  made.event = std::move(event);
  made.source = "Record";
  made.position = position;
  return made;
}

std::vector<Id> merged_ids(const std::vector<ChronologyEntry>& entries,
                           const MergedChronology& merged) {
  std::vector<Id> ids;
  for (const MergedEntry& row : merged.entries) ids.push_back(entries[row.entry].id);
  return ids;
}

const MergedEntry& row_of(const std::vector<ChronologyEntry>& entries,
                          const MergedChronology& merged, Id id) {
  for (const MergedEntry& row : merged.entries) {
    if (entries[row.entry].id == id) return row;
  }
  ADD_FAILURE() << "no entry " << id;
  return merged.entries.front();
}

TEST(MergedChronology, OrdersByDateThenTimeSequenceAndAgency) {  // Rule CHR-3
  std::vector<ChronologyEntry> entries = {
      entry(1, school, "12/05/2021", "Absent from school", 0),
      entry(2, police, "12/05/2021", "Call to the house", 0),
      entry(3, health, "12/05/2021", "Health visitor visit", 0),
      entry(4, health, "11/05/2021", "Phone call to mother", 1),
  };
  entries[0].time = TimeOfDay{9, 0};
  entries[1].time = TimeOfDay{9, 0};
  entries[1].sequence = 2;
  entries[2].time = TimeOfDay{9, 0};
  entries[2].sequence = 1;
  entries[3].position = 0;
  entries[2].position = 1;
  MergedChronology merged = merge_chronology(entries, std::nullopt, default_gap_days);
  // Same day and time: without a sequence first, then sequence 1 (health), 2 (police).
  EXPECT_EQ(merged_ids(entries, merged), (std::vector<Id>{4, 1, 3, 2}));
  entries[0].time.reset();
  entries[1].sequence.reset();
  entries[2].sequence.reset();
  merged = merge_chronology(entries, std::nullopt, default_gap_days);
  // Without a time first; then same time: police (agency 1) before health (agency 2).
  EXPECT_EQ(merged_ids(entries, merged), (std::vector<Id>{4, 1, 2, 3}));
}

TEST(MergedChronology, SortsApproximateDatesAtTheStartOfTheirPeriod) {  // Rule CHR-2, Rule CHR-3
  std::vector<ChronologyEntry> entries = {
      entry(1, police, "3 May 2021", "Arrest", 0),
      entry(2, health, "May 2021", "Missed appointments", 0),
      entry(3, school, "2021", "Attendance concerns", 0),
      entry(4, school, "30 April 2021", "Exclusion", 1),
  };
  MergedChronology merged = merge_chronology(entries, std::nullopt, 400);
  EXPECT_EQ(merged_ids(entries, merged), (std::vector<Id>{3, 4, 2, 1}));
}

TEST(MergedChronology, FlagsOnlyTheEntryOutOfItsAgencysOwnOrder) {  // Rule CHR-3
  std::vector<ChronologyEntry> entries = {
      entry(10, police, "1 March 2021", "Visit one", 0),
      entry(11, police, "1 December 2021", "Visit typed in the wrong place", 1),
      entry(12, police, "2 March 2021", "Visit two", 2),
      entry(13, police, "3 March 2021", "Visit three", 3),
      entry(20, health, "1 January 2021", "Clinic", 0),
      entry(21, health, "5 January 2021", "Clinic again", 1),
  };
  MergedChronology merged = merge_chronology(entries, std::nullopt, 400);
  EXPECT_TRUE(row_of(entries, merged, 11).has(ChronologyFlag::out_of_order));
  for (Id id : {10, 12, 13, 20, 21})
    EXPECT_FALSE(row_of(entries, merged, id).has(ChronologyFlag::out_of_order)) << id;
  EXPECT_EQ(merged.count(ChronologyFlag::out_of_order), 1u);
  // Another agency's dates never make an entry out of order: 20 and 21 are earlier than all of
  // the police entries but in order within health.
}

TEST(MergedChronology, FlagsAnEarlierEntryListedLate) {  // Rule CHR-3
  std::vector<ChronologyEntry> entries = {entry(1, police, "1 March 2021", "One", 0),
                                          entry(2, police, "2 March 2021", "Two", 1),
                                          entry(3, police, "1 February 2021", "Forgotten", 2),
                                          entry(4, police, "3 March 2021", "Three", 3)};
  MergedChronology merged = merge_chronology(entries, std::nullopt, 400);
  EXPECT_TRUE(row_of(entries, merged, 3).has(ChronologyFlag::out_of_order));
  EXPECT_EQ(merged.count(ChronologyFlag::out_of_order), 1u);
}

TEST(MergedChronology, FlagsEntriesWhollyOutsideTheScope) {  // Rule CHR-3
  std::vector<ChronologyEntry> entries = {
      entry(1, police, "31/12/2019", "Before", 0),
      entry(2, police, "2019", "The year before, overlapping nothing", 1),
      entry(3, police, "2020", "The year the scope starts in", 2),
      entry(4, police, "01/01/2020", "First day", 3),
      entry(5, police, "30/06/2021", "Last day", 4),
      entry(6, police, "01/07/2021", "After", 5),
      entry(7, police, "01/12/2019", "Placement", 6),
  };
  entries[6].end_date = parse_approximate_date("end_date", "February 2020").value();
  MergedChronology merged =
      merge_chronology(entries, ChronologyScope{date(2020, 1, 1), date(2021, 6, 30)}, 1000);
  for (Id id : {1, 2, 6})
    EXPECT_TRUE(row_of(entries, merged, id).has(ChronologyFlag::outside_scope)) << id;
  for (Id id : {3, 4, 5, 7})
    EXPECT_FALSE(row_of(entries, merged, id).has(ChronologyFlag::outside_scope)) << id;
}

TEST(MergedChronology, OffersSimilarEntriesOfTheSameDayAsPossibleDuplicates) {  // Rule CHR-3
  std::vector<ChronologyEntry> entries = {
      entry(1, police, "12/05/2021", "Police attended the home after a call from a neighbour", 0),
      entry(2, health, "12/05/2021",
            "After a call from a neighbour, police attended the child's home", 0),
      entry(3, school, "12/05/2021", "Child absent from school without explanation", 0),
      entry(4, school, "13/05/2021", "Police attended the home after a call from a neighbour", 1),
      entry(5, police, "12/05/2021", "Police attended home after neighbour call", 1),
  };
  MergedChronology merged = merge_chronology(entries, std::nullopt, default_gap_days);
  const MergedEntry& first = row_of(entries, merged, 1);
  EXPECT_TRUE(first.has(ChronologyFlag::possible_duplicate));
  EXPECT_EQ(first.possible_duplicate_of, (std::vector<Id>{2}));  // not 5: the same agency
  EXPECT_EQ(row_of(entries, merged, 2).possible_duplicate_of, (std::vector<Id>{1, 5}));
  EXPECT_FALSE(row_of(entries, merged, 3).has(ChronologyFlag::possible_duplicate));
  EXPECT_FALSE(row_of(entries, merged, 4).has(ChronologyFlag::possible_duplicate));  // next day
  EXPECT_EQ(merged.count(ChronologyFlag::possible_duplicate), 3u);
}

TEST(MergedChronology, FindsTheSameDuplicatesAsComparingEveryPair) {  // Rule CHR-3
  // Prefix filtering must miss nothing: short texts from a small vocabulary, many per day.
  const std::vector<std::string> words = {"visit", "home",   "call",  "police", "school",
                                          "gp",    "mother", "child", "clinic", "seen"};
  std::vector<ChronologyEntry> entries;
  unsigned seed = 7;
  auto next = [&] { return seed = seed * 1103515245u + 12345u, (seed >> 16) % 1000; };
  for (int index = 0; index < 300; ++index) {
    std::string text;
    const unsigned length = 1 + next() % 5;
    for (unsigned word = 0; word < length; ++word) text += words[next() % words.size()] + " ";
    const std::string day = std::to_string(1 + next() % 4) + "/05/2021";
    entries.push_back(entry(index, 1 + static_cast<Id>(next() % 4), day, text, index));
  }
  MergedChronology merged = merge_chronology(entries, std::nullopt, default_gap_days);
  for (const MergedEntry& row : merged.entries) {
    const ChronologyEntry& one = entries[row.entry];
    std::size_t expected = 0;
    for (const ChronologyEntry& other : entries) {
      if (other.agency_id != one.agency_id && other.date == one.date &&
          text_similarity(one.event, other.event) >= duplicate_similarity)
        ++expected;
    }
    EXPECT_EQ(row.has(ChronologyFlag::possible_duplicate), expected > 0) << one.event;
    EXPECT_EQ(row.possible_duplicate_of.size(), std::min(expected, possible_duplicates_listed))
        << one.event;
  }
}

TEST(MergedChronology, ListsAtMostTwentyPossibleDuplicatesButFlagsThemAll) {  // Rule CHR-3
  std::vector<ChronologyEntry> entries;
  for (int index = 0; index < 60; ++index)
    entries.push_back(entry(index, 1 + index % 6, "12/05/2021", "Strategy discussion held", index));
  MergedChronology merged = merge_chronology(entries, std::nullopt, default_gap_days);
  EXPECT_EQ(merged.count(ChronologyFlag::possible_duplicate), 60u);
  for (const MergedEntry& row : merged.entries) {
    EXPECT_GE(row.possible_duplicate_of.size(), 1u);
    EXPECT_LE(row.possible_duplicate_of.size(), possible_duplicates_listed);
  }
}

TEST(MergedChronology, ComparesApproximateDatesOnlyWithTheSamePeriod) {  // Rule CHR-3
  std::vector<ChronologyEntry> entries = {
      entry(1, police, "May 2021", "Domestic abuse incident reported", 0),
      entry(2, health, "May 2021", "Domestic abuse incident reported to GP", 0),
      entry(3, school, "1 May 2021", "Domestic abuse incident reported", 0),
  };
  MergedChronology merged = merge_chronology(entries, std::nullopt, default_gap_days);
  EXPECT_EQ(row_of(entries, merged, 1).possible_duplicate_of, (std::vector<Id>{2}));
  EXPECT_FALSE(row_of(entries, merged, 3).has(ChronologyFlag::possible_duplicate));
}

TEST(MergedChronology, MeasuresSimilarityAsJaccardOfWordSets) {  // Rule CHR-3
  EXPECT_DOUBLE_EQ(text_similarity("Home visit", "home VISIT."), 1.0);
  EXPECT_DOUBLE_EQ(text_similarity("home visit by social worker", "home visit"), 0.5);
  EXPECT_DOUBLE_EQ(text_similarity("the visit to the home", "a home visit"), 1.0);
  EXPECT_DOUBLE_EQ(text_similarity("", "home visit"), 0.0);
  EXPECT_DOUBLE_EQ(text_similarity("the", "the"), 0.0);
  EXPECT_DOUBLE_EQ(text_similarity("GP appointment missed", "school exclusion"), 0.0);
}

TEST(MergedChronology, ShowsGapsWithNoContactAsRowsOfTheirOwn) {  // Rule CHR-3
  std::vector<ChronologyEntry> entries = {
      entry(1, police, "1 January 2021", "Call", 0),
      entry(2, health, "1 April 2021", "Clinic", 0),   // 89 days without contact before it
      entry(3, health, "1 August 2021", "Clinic", 1),  // 121 days without contact before it
      entry(4, police, "2 August 2021", "Call", 1),
  };
  MergedChronology merged = merge_chronology(entries, std::nullopt, default_gap_days);
  ASSERT_EQ(merged.gaps.size(), 1u);
  EXPECT_EQ(merged.gaps[0].from, date(2021, 4, 2));
  EXPECT_EQ(merged.gaps[0].to, date(2021, 7, 31));
  EXPECT_EQ(merged.gaps[0].days, 121);
  EXPECT_EQ(merged.gaps[0].before, 2u);
  EXPECT_EQ(merge_chronology(entries, std::nullopt, 88).gaps.size(), 2u);
}

TEST(MergedChronology, CountsApproximatePeriodsAndEpisodesAsContact) {  // Rule CHR-3
  std::vector<ChronologyEntry> entries = {
      entry(1, police, "1 January 2021", "Call", 0),
      entry(2, health, "2021", "Seen several times this year", 0),
      entry(3, school, "1 December 2022", "Placement began", 0),
      entry(4, school, "1 November 2023", "Review", 1),
  };
  entries[2].end_date = parse_approximate_date("end_date", "September 2023").value();
  MergedChronology merged = merge_chronology(entries, std::nullopt, default_gap_days);
  // 2021 is covered by the year entry; 2022 up to 30 November has no contact (334 days); the
  // placement covers December 2022 to September 2023; October 2023 is 31 days.
  ASSERT_EQ(merged.gaps.size(), 1u);
  EXPECT_EQ(merged.gaps[0].from, date(2022, 1, 1));
  EXPECT_EQ(merged.gaps[0].to, date(2022, 11, 30));
  EXPECT_EQ(merged.gaps[0].days, 334);
}

TEST(MergedChronology, ShowsGapsAtTheStartAndEndOfTheScope) {  // Rule CHR-3
  std::vector<ChronologyEntry> entries = {entry(1, police, "1 June 2021", "Call", 0),
                                          entry(2, police, "1 December 2022", "Late", 1)};
  MergedChronology merged =
      merge_chronology(entries, ChronologyScope{date(2021, 1, 1), date(2021, 12, 31)}, 90);
  ASSERT_EQ(merged.gaps.size(), 2u);
  EXPECT_EQ(merged.gaps[0].from, date(2021, 1, 1));
  EXPECT_EQ(merged.gaps[0].to, date(2021, 5, 31));
  EXPECT_EQ(merged.gaps[0].before, 0u);
  EXPECT_EQ(merged.gaps[1].from, date(2021, 6, 2));
  EXPECT_EQ(merged.gaps[1].to, date(2021, 12, 31));
  EXPECT_EQ(merged.gaps[1].days, 213);
  EXPECT_EQ(merged.gaps[1].before, 1u);
  MergedChronology empty =
      merge_chronology({}, ChronologyScope{date(2021, 1, 1), date(2021, 12, 31)}, 90);
  ASSERT_EQ(empty.gaps.size(), 1u);
  EXPECT_EQ(empty.gaps[0].days, 365);
}

TEST(MergedChronology, NamesItsFlagsAsTheApiDoes) {  // Rule CHR-3
  EXPECT_EQ(chronology_flag_name(ChronologyFlag::out_of_order), "out_of_order");
  EXPECT_EQ(chronology_flag_name(ChronologyFlag::outside_scope), "outside_scope");
  EXPECT_EQ(chronology_flag_name(ChronologyFlag::possible_duplicate), "possible_duplicate");
}

TEST(TimeOfDay, ReadsTheWaysTimesAreWritten) {  // Rule CHR-2
  for (std::string_view text : {"14:30", "14.30", "1430", " 14:30 "})
    EXPECT_EQ(parse_time_of_day("time", text).value(), (TimeOfDay{14, 30})) << text;
  EXPECT_EQ(parse_time_of_day("time", "9:05").value().text(), "09:05");
  for (std::string_view text : {"24:00", "12:60", "noon", "", "1:2", "123:00", "12:30pm"}) {
    Result<TimeOfDay> time = parse_time_of_day("time", text);
    ASSERT_FALSE(time.ok()) << text;
    EXPECT_EQ(time.error().fields[0].message, "Enter a real time, like 14:30");
  }
}

TEST(ChronologyEntry, NeedsASourceAnEventAndAnEndDateAfterTheStart) {  // Rule CHR-2
  ChronologyEntry complete = entry(1, police, "12/05/2021", "Call", 0);
  EXPECT_TRUE(chronology_entry_errors(complete).empty());
  complete.end_date = parse_approximate_date("end_date", "May 2021").value();  // overlaps: fine
  EXPECT_TRUE(chronology_entry_errors(complete).empty());
  ChronologyEntry lacking = complete;
  lacking.source = " ";
  lacking.event = "";
  lacking.end_date = parse_approximate_date("end_date", "April 2021").value();
  std::vector<FieldError> errors = chronology_entry_errors(lacking);
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_EQ(errors[0].field, "source");
  EXPECT_EQ(errors[0].message, "Enter the source");
  EXPECT_EQ(errors[1].field, "event");
  EXPECT_EQ(errors[1].message, "Enter the event or contact");
  EXPECT_EQ(errors[2].field, "end_date");
  EXPECT_EQ(errors[2].message, "The end date must be the same as or after the start date");
}

std::vector<std::string> fields_of(const Error& error) {
  std::vector<std::string> fields;
  for (const FieldError& field : error.fields) fields.push_back(field.field + ": " + field.message);
  return fields;
}

TEST(ChronologyEntry, ReadsAnEntryAsWrittenWithEveryOptionalPart) {  // Rule CHR-2
  ChronologyEntryText text;
  text.start_date = " c. May 2021 ";
  text.time = "9.05";
  text.end_date = "2022";
  text.sequence = "3";
  text.source = " GP record ";
  text.subject = "Child A";
  text.event = "Home visit";
  text.action = "Referral";
  text.outcome = "Accepted";
  text.significance = "High";
  Result<ChronologyEntry> entry = chronology_entry_from_text(text);
  ASSERT_TRUE(entry) << testing::PrintToString(fields_of(entry.error()));
  EXPECT_EQ(entry.value().date.text(), "May 2021 (uncertain)");
  EXPECT_EQ(entry.value().time, (TimeOfDay{9, 5}));
  EXPECT_EQ(entry.value().end_date->text(), "2022");
  EXPECT_EQ(entry.value().sequence, 3);
  EXPECT_EQ(entry.value().source, "GP record");
  EXPECT_EQ(entry.value().significance, "High");
}

TEST(ChronologyEntry, ReportsEveryProblemOfAnEntryAtOnceOnItsField) {  // Rule CHR-2
  ChronologyEntryText text;
  text.start_date = "31/02/2021";
  text.time = "25:00";
  text.end_date = "2020";
  text.sequence = "two";
  text.event = std::string(chronology_entry_text_limit + 1, 'x');
  Result<ChronologyEntry> entry = chronology_entry_from_text(text);
  ASSERT_FALSE(entry);
  EXPECT_EQ(entry.error().code, ErrorCode::invalid_input);
  EXPECT_EQ(fields_of(entry.error()),
            (std::vector<std::string>{
                "start_date: Enter a real date, like 12/05/2021, May 2021 or 2021",
                "time: Enter a real time, like 14:30",
                "sequence: Enter the sequence as a whole "
                "number, like 2",
                "event: The event must be 5,000 characters or fewer", "source: Enter the source"}));

  text = ChronologyEntryText{};
  text.start_date = "2021";
  text.end_date = "2020";
  text.source = "Police";
  text.event = "Call";
  EXPECT_EQ(fields_of(chronology_entry_from_text(text).error()),
            std::vector<std::string>{
                "end_date: The end date must be the same as or after the start date"});
}

}  // namespace
}  // namespace casereview
