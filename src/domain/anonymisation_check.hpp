// The anonymisation check before publication (issue 14, Rule PUB-3): it finds, in the text to be
// published, the names recorded in the case (the children's, the practitioners'), the children's
// dates of birth written in any common form, and any UK postcode, phone number or email address.
//
// Rules (cited again where implemented and in the tests that prove them):
//   PUB-3  Before publishing, an anonymisation check finds the children's names and dates of
//          birth, the names of practitioners and family members recorded in the case, postcodes,
//          phone numbers and email addresses in the text to be published; publication waits until
//          each finding is mended in a new version or dismissed with a reason.
//
// A name matches whole-word and whatever its case: "Jayden" finds "JAYDEN", "Jayden's" and
// "Smith-Jayden" but not "Jaydens". A finding's excerpt is the text around it with every
// identifier found there masked ("[name]", "[postcode]"), so the finding list can be shown and
// stored without writing a name anywhere. Only `matched` holds what was found, for the caller to
// recognise the finding in the next check by a keyed digest; it is never stored or shown. The
// caller decrypts the names, passes them in, and lets them go.
//
// Plain values and pure functions: safe from any thread.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/civil_date.hpp"

namespace casereview {

enum class IdentifierKind { name, date_of_birth, postcode, phone, email };
std::string_view identifier_kind_name(IdentifierKind kind);  // "date_of_birth"
std::string_view identifier_kind_text(IdentifierKind kind);  // "Date of birth"
std::optional<IdentifierKind> identifier_kind_from_name(std::string_view name);

// What the case records that must not be published.
struct KnownIdentifiers {
  std::vector<std::string> names;  // each given and family name, as recorded
  std::vector<CivilDate> dates_of_birth;
};

// One part of what is to be published: its label ("The report", "Summary") and its text.
struct TextToCheck {
  std::string part;
  std::string text;
};

struct IdentifierFound {
  IdentifierKind kind = IdentifierKind::name;
  std::string part;     // the part's label
  int line = 0;         // 1, 2, … in the part's text
  std::string excerpt;  // up to about 40 characters either side, identifiers masked
  std::string matched;  // what was found, lower case: in memory only
  // Where it is, in words: "The report, line 12".
  std::string location() const;
};

// Rule PUB-3: every identifier in `parts`, in the order of the parts and then of the text. Names
// shorter than two letters are not looked for (an initial would match every "A").
std::vector<IdentifierFound> find_identifiers(const std::vector<TextToCheck>& parts,
                                              const KnownIdentifiers& known);

}  // namespace casereview
