#include "web/display.hpp"

namespace casereview::web {

std::string text_size_name(TextSize size) {
  switch (size) {
    case TextSize::standard:
      return "standard";
    case TextSize::large:
      return "large";
    case TextSize::larger:
      return "larger";
  }
  return "standard";
}

std::string colour_scheme_name(ColourScheme scheme) {
  switch (scheme) {
    case ColourScheme::standard:
      return "standard";
    case ColourScheme::high_contrast:
      return "high-contrast";
  }
  return "standard";
}

DisplayPreferences display_preferences_from(const std::map<std::string, std::string>& cookies) {
  DisplayPreferences display;
  if (auto size = cookies.find(text_size_cookie); size != cookies.end()) {
    if (size->second == "large") display.text_size = TextSize::large;
    if (size->second == "larger") display.text_size = TextSize::larger;
  }
  if (auto scheme = cookies.find(colour_scheme_cookie); scheme != cookies.end()) {
    if (scheme->second == "high-contrast") display.colour_scheme = ColourScheme::high_contrast;
  }
  return display;
}

std::string html_classes(const DisplayPreferences& display) {
  std::string classes = "govuk-template";
  if (display.text_size != TextSize::standard)
    classes += " cr-text-" + text_size_name(display.text_size);
  if (display.colour_scheme != ColourScheme::standard)
    classes += " cr-colours-" + colour_scheme_name(display.colour_scheme);
  return classes;
}

}  // namespace casereview::web
