// Small helpers on text, each written once: "blank" (for the validators, so that it means the same
// everywhere: empty, or only spaces, tabs and line breaks), trimming, listing items in a sentence,
// and escaping text for HTML, XML and SVG markup (the web layer's pages and the QR code's SVG both
// use it).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace casereview {

// True when `text` is empty or holds only spaces, tabs and line breaks.
inline bool is_blank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// True when `text` has something other than spaces, tabs and line breaks.
inline bool filled(std::string_view text) { return !is_blank(text); }

// `text` without the spaces, tabs and line breaks at either end.
inline std::string trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return "";
  const auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

// The items separated by commas: "Child A, Child B"; empty for none.
std::string joined(const std::vector<std::string>& items);

// The items as a sentence lists them: "Police", "Police and Health", "Local authority, Police and
// Health"; empty for none.
std::string listed_in_words(const std::vector<std::string>& items);

// `text` safe inside markup (HTML pages, the QR code's SVG), in element content and in quoted
// attribute values: & < > " ' are written as character references.
std::string escape_markup(std::string_view text);

// The lines of a list typed one item a line (a settings textarea): each trimmed, blank lines and
// repeats dropped, in order.
std::vector<std::string> distinct_lines(std::string_view text);

}  // namespace casereview
