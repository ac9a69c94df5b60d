// The 7-minute briefing (Rule LIB-2) and withdrawal (Rule PUB-4): see briefing.hpp.
#include "domain/briefing.hpp"

#include <charconv>

#include "domain/messages.hpp"
#include "domain/text.hpp"

namespace casereview {

// Rule LIB-2: the seven headings partnerships' briefings commonly use, in the order a team reads
// them.
std::vector<BriefingHeading> default_briefing_template() {
  return {
      {"What happened",
       "The child, the family and the events that led to the review, told without anything that "
       "identifies them."},
      {"Why it matters", "Why this learning matters to practitioners and managers here."},
      {"What the review found", "The main findings, in plain words."},
      {"What helped", "Good practice the review saw, to keep doing."},
      {"What is changing", "What the partnership and its agencies are doing as a result."},
      {"Questions for your team", "Three or four questions for the team to discuss."},
      {"Find out more", "The full report, policies, procedures and training to book."},
  };
}

namespace {

std::string numbered(const char* field, std::size_t index) {
  return std::string(field) + "_" + std::to_string(index + 1);
}

std::string wrong_count(std::size_t given) {
  return "A briefing has " + std::to_string(limits::briefing_sections) + " sections, not " +
         std::to_string(given);
}

}  // namespace

// Rule LIB-2.
Result<std::vector<BriefingHeading>> briefing_template_from(std::vector<BriefingHeading> headings) {
  if (headings.size() != limits::briefing_sections)
    return Error::invalid({{"headings", wrong_count(headings.size())}});
  std::vector<FieldError> problems;
  for (std::size_t i = 0; i < headings.size(); ++i) {
    BriefingHeading& heading = headings[i];
    heading.heading = trimmed(heading.heading);
    heading.guidance = trimmed(heading.guidance);
    check_required_text(numbered("heading", i), heading.heading, "heading " + std::to_string(i + 1),
                        "The heading", limits::briefing_heading, problems);
    if (heading.guidance.size() > limits::briefing_guidance)
      problems.push_back(
          {numbered("guidance", i), too_long("The guidance", limits::briefing_guidance)});
  }
  if (!problems.empty()) return Error::invalid(std::move(problems));
  return headings;
}

// Rule LIB-2.
Result<std::vector<BriefingSection>> briefing_from(std::vector<BriefingSection> sections) {
  if (sections.size() != limits::briefing_sections)
    return Error::invalid({{"sections", wrong_count(sections.size())}});
  std::vector<FieldError> problems;
  for (std::size_t i = 0; i < sections.size(); ++i) {
    BriefingSection& section = sections[i];
    section.heading = trimmed(section.heading);
    section.text = trimmed(section.text);
    check_required_text(numbered("heading", i), section.heading,
                        "the heading of section " + std::to_string(i + 1), "The heading",
                        limits::briefing_heading, problems);
    const std::string named =
        section.heading.empty() ? "section " + std::to_string(i + 1) : "“" + section.heading + "”";
    check_required_text(numbered("section", i), section.text, "the text under " + named,
                        "The text under " + named, limits::briefing_text, problems);
  }
  if (!problems.empty()) return Error::invalid(std::move(problems));
  return sections;
}

// Rule LIB-2.
Result<BriefingUse> briefing_use_from(const BriefingUseInput& input, CivilDate today,
                                      CivilDate published_on) {
  std::vector<FieldError> problems;
  BriefingUse use;
  use.team = trimmed(input.team);
  use.agency = trimmed(input.agency);
  check_required_text("team", use.team, "the name of the team", "The team's name",
                      limits::briefing_team, problems);
  check_required_text("agency", use.agency, "the organisation the team belongs to",
                      "The organisation's name", limits::name, problems);
  const std::string day = trimmed(input.used_on);
  if (auto used_on = parse_iso_date("used_on", day); !used_on)
    problems.push_back({"used_on", "Enter the date the team used the briefing, like 2027-03-01"});
  else if (used_on.value() > today)
    problems.push_back(
        {"used_on", "The date the team used the briefing must be today or in the past"});
  else if (used_on.value() < published_on)
    problems.push_back({"used_on", "The date must be on or after " + day_month_year(published_on) +
                                       ", when the briefing was published"});
  else
    use.used_on = used_on.value();
  const std::string people = trimmed(input.people);
  int count = 0;
  const auto [end, error] = std::from_chars(people.data(), people.data() + people.size(), count);
  if (people.empty())
    problems.push_back({"people", enter("how many people took part")});
  else if (error != std::errc() || end != people.data() + people.size() || count < 1 ||
           count > limits::briefing_people)
    problems.push_back({"people", "Enter how many people took part as a whole number from 1 to " +
                                      std::to_string(limits::briefing_people)});
  else
    use.people = count;
  if (!problems.empty()) return Error::invalid(std::move(problems));
  return use;
}

CivilDate years_after(CivilDate date, int years) {
  const int year = date.year() + years;
  if (auto same = CivilDate::from_ymd(year, date.month(), date.day())) return *same;
  return CivilDate::from_ymd(year, date.month(), 28).value();  // 29 February
}

// Rule PUB-4.
Result<std::string> withdrawal_reason_from(const std::string& reason, CivilDate published_on,
                                           CivilDate today, int document_years) {
  std::string why = trimmed(reason);
  if (why.size() > limits::withdrawal_reason)
    return Error::invalid({{"reason", too_long("The reason", limits::withdrawal_reason)}});
  if (!why.empty()) return why;
  if (today < years_after(published_on, 1))
    return Error::invalid(
        {{"reason", "The report was published less than a year ago, on " +
                        day_month_year(published_on) + ": enter why it must be withdrawn early"}});
  if (today < years_after(published_on, document_years))
    return Error::invalid(
        {{"reason", "The report can be withdrawn without a reason from " +
                        day_month_year(years_after(published_on, document_years)) +
                        ": enter why it must be withdrawn now"}});
  return why;
}

}  // namespace casereview
