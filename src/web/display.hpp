// The reader's display controls (text size A, A+, A++; standard or high-contrast colours), kept
// the way the partnership's current site keeps them: in cookies, set by plain links, so they work
// without JavaScript and are remembered by the browser. They hold no personal data.
#pragma once

#include <map>
#include <string>

#include "web/http.hpp"

namespace casereview::web {

inline constexpr const char* text_size_cookie = "casereview_text_size";
inline constexpr const char* colour_scheme_cookie = "casereview_colours";

DisplayPreferences display_preferences_from(const std::map<std::string, std::string>& cookies);

// Names used in cookies, URLs and CSS classes: "standard", "large", "larger"; "standard",
// "high-contrast".
std::string text_size_name(TextSize size);
std::string colour_scheme_name(ColourScheme scheme);

// The classes for <html>, e.g. "govuk-template cr-text-larger cr-colours-high-contrast".
std::string html_classes(const DisplayPreferences& display);

}  // namespace casereview::web
