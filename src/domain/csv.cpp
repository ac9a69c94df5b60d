#include "domain/csv.hpp"

#include <cctype>
#include <string_view>

namespace casereview {

namespace {

// "-2", "17", "3.5", "-0.25": an optional minus, digits, and at most one point between digits.
bool plain_number(std::string_view text) {
  if (!text.empty() && text.front() == '-') text.remove_prefix(1);
  const auto point = text.find('.');
  const std::string_view whole = text.substr(0, point);
  const std::string_view fraction =
      point == std::string_view::npos ? std::string_view("0") : text.substr(point + 1);
  auto digits = [](std::string_view part) {
    if (part.empty()) return false;
    for (char c : part)
      if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    return true;
  };
  return digits(whole) && digits(fraction);
}

}  // namespace

std::string csv_cell(const std::string& text) {
  const bool formula = !text.empty() && !plain_number(text) &&
                       (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@' ||
                        text[0] == '\t' || text[0] == '\r');
  std::string cell;
  if (formula) cell += '\'';
  cell += text;
  if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
  std::string quoted = "\"";
  for (char c : cell) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

std::string csv_line(const std::vector<std::string>& cells) {
  std::string line;
  for (std::size_t index = 0; index < cells.size(); ++index) {
    if (index > 0) line += ',';
    line += csv_cell(cells[index]);
  }
  return line + "\r\n";
}

}  // namespace casereview
