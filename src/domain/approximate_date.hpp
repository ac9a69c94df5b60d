// Approximate dates: the dates of chronology entries as people write them (DOMAIN.md Rule CHR-2). A
// practitioner often knows only the month or the year of a contact, or is unsure of the day;
// the date keeps exactly what was known — its precision (day, month or year) and whether it was
// marked uncertain — and is always shown without invented parts: "May 2021", never "1 May 2021".
//
// Rule (cited again where implemented and in the tests that prove it):
//   CHR-2  A date may be approximate — a year, a month, or a day marked uncertain ("?") — and the
//          assumed parts are never shown (Chronolator).
//
// Forms read by parse_approximate_date (case and surrounding spaces do not matter):
//   2021-05-12   12/05/2021   12-05-2021   12.05.2021   12 May 2021   12th May 2021   May 12 2021
//                                            → the day (UK order: day before month)
//   2021-05      05/2021      May 2021       Sept 2021  → the month
//   2021                                                → the year
//   ?12/05/2021  12/05/2021?  c. 2019  c2019  circa 2019  approx. 2019  about May 2021
//   12 May 2021 (uncertain)                             → the same, marked uncertain
// Years are written in full (four digits): "12/05/21" is refused rather than given a century.
//
// The stored and JSON shape (API of issue 11): value "2021-05", precision "month", uncertain
// false, text "May 2021" — value(), precision_name(precision()), is_uncertain(), text().
//
// Sorting (Rule CHR-3): an approximate date sorts at the start of its period (first_day());
// last_day() ends the period, for scope checks and gaps.
//
// Example:
//   Result<ApproximateDate> date = parse_approximate_date("date", "c. May 2021");
//   date.value().text();       // "May 2021 (uncertain)"
//   date.value().value();      // "2021-05"
//   date.value().first_day();  // 2021-05-01
//   date.value().last_day();   // 2021-05-31
//
// An ApproximateDate is an immutable value: safe to copy and to read from any thread.
#pragma once

#include <array>
#include <compare>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

#include "domain/civil_date.hpp"
#include "domain/result.hpp"

namespace casereview {

// How much of the date is known.
enum class DatePrecision { day, month, year };
inline constexpr std::array<DatePrecision, 3> all_date_precisions = {
    DatePrecision::day, DatePrecision::month, DatePrecision::year};
std::string_view date_precision_name(DatePrecision precision);  // "month"
std::optional<DatePrecision> date_precision_from_name(std::string_view name);

// Whether the writer marked the date as uncertain ("?", "c.", "circa").
enum class DateCertainty { certain, uncertain };

class ApproximateDate {
 public:
  // A known day.
  static ApproximateDate on_day(CivilDate day, DateCertainty certainty = DateCertainty::certain);
  // A month of a year; nothing when the month is outside 1 to 12 or the year outside 1 to 9999.
  static std::optional<ApproximateDate> in_month(int year, int month,
                                                 DateCertainty certainty = DateCertainty::certain);
  // A year; nothing when it is outside 1 to 9999.
  static std::optional<ApproximateDate> in_year(int year,
                                                DateCertainty certainty = DateCertainty::certain);

  // Reads the stored value ("2021-05-12", "2021-05" or "2021", as value() writes it). Returns
  // nothing for any other text or a day that does not exist.
  static std::optional<ApproximateDate> from_value(std::string_view value, DateCertainty certainty);

  DatePrecision precision() const { return precision_; }
  DateCertainty certainty() const { return certainty_; }
  bool is_uncertain() const { return certainty_ == DateCertainty::uncertain; }

  // The first and the last day of the period: the same day for a day, 1 and 31 May 2021 for
  // "May 2021", 1 January and 31 December for a year.
  CivilDate first_day() const { return first_day_; }
  CivilDate last_day() const;

  // The stored form: "2021-05-12", "2021-05" or "2021".
  std::string value() const;
  // As pages show it: "12 May 2021", "May 2021", "2021", with " (uncertain)" when marked so.
  std::string text() const;

  // Ordered by the start of the period, then the finer precision first, then certain first; two
  // dates are equal only when all three match.
  friend auto operator<=>(const ApproximateDate&, const ApproximateDate&) = default;

 private:
  ApproximateDate(CivilDate first_day, DatePrecision precision, DateCertainty certainty)
      : first_day_(first_day), precision_(precision), certainty_(certainty) {}

  CivilDate first_day_;
  DatePrecision precision_;
  DateCertainty certainty_;
};

// The message for a date that cannot be read, shared by pages, the API and imports.
inline constexpr std::string_view approximate_date_hint =
    "Enter a real date, like 12/05/2021, May 2021 or 2021";

// Rule CHR-2: reads a date in any of the forms above. Fails with invalid_input naming `field`:
// "Enter a date" when the text is empty or only spaces; "Enter the year in full, like 2021" for a
// two-digit year; otherwise approximate_date_hint, for text that is no date and for days that do
// not exist (31/02/2021, 2023-02-29).
Result<ApproximateDate> parse_approximate_date(std::string_view field, std::string_view text);

// Writes value() and the certainty, so that test failures show "2021-05 (uncertain)".
std::ostream& operator<<(std::ostream& out, const ApproximateDate& date);

}  // namespace casereview
