// Safe HTML building. Text is escaped by default: only an Html value is trusted markup, and the
// only ways to make one are the component functions, Html::trusted for literals written in our
// own source, and escape() for text. There is no template parsing anywhere.
//
// Example:
//   Html page = Html::trusted("<p class=\"govuk-body\">") + escape(user_name) +
//   Html::trusted("</p>");
//
// Values are immutable strings; safe to share between threads.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace casereview::web {

class Html {
 public:
  Html() = default;
  // Markup written by us, never built from user input.
  static Html trusted(std::string markup) { return Html(std::move(markup)); }

  const std::string& str() const { return markup_; }
  bool empty() const { return markup_.empty(); }

  Html& operator+=(const Html& other) {
    markup_ += other.markup_;
    return *this;
  }
  friend Html operator+(Html left, const Html& right) {
    left += right;
    return left;
  }

 private:
  explicit Html(std::string markup) : markup_(std::move(markup)) {}
  std::string markup_;
};

// Escapes &, <, >, " and ' so that `text` is safe in element content and quoted attributes.
std::string escape_text(std::string_view text);
inline Html escape(std::string_view text) { return Html::trusted(escape_text(text)); }

// Joins markup fragments.
Html join(const std::vector<Html>& parts);

}  // namespace casereview::web
