// Small checks on text that people type, shared by the domain's validators, so that "blank" means
// the same everywhere: empty, or only spaces, tabs and line breaks. (case_model.cpp and
// case_stages.cpp still hold their own `filled` helper, the negation of is_blank.)
#pragma once

#include <string>
#include <string_view>

namespace casereview {

// True when `text` is empty or holds only spaces, tabs and line breaks.
inline bool is_blank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// `text` safe inside markup (HTML pages, the QR code's SVG), in element content and in quoted
// attribute values: & < > " ' are written as character references.
std::string escape_markup(std::string_view text);

}  // namespace casereview
