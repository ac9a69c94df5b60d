// The test HTML parser, selector engine and canonical serialiser described in html_dom.hpp.
// The parser is one pass over the input with a pointer to the innermost open element; the
// selector engine matches compound selectors right to left; the serialiser walks the tree.
#include "support/html_dom.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <functional>
#include <stdexcept>

namespace casereview::test::html {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool is_letter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

std::string lower(std::string_view text) {
  std::string result(text);
  for (char& c : result) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return result;
}

bool starts_with_ignoring_case(std::string_view text, std::size_t position,
                               std::string_view prefix) {
  if (text.size() - position < prefix.size()) return false;
  return lower(text.substr(position, prefix.size())) == prefix;
}

template <std::size_t Size>
bool is_one_of(std::string_view name, const std::array<std::string_view, Size>& names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

constexpr std::array<std::string_view, 13> void_elements = {
    "area",  "base", "br",   "col",    "embed", "hr", "img",
    "input", "link", "meta", "source", "track", "wbr"};
// Elements whose end tag HTML allows to be left out.
constexpr std::array<std::string_view, 14> optional_end_tag_elements = {
    "li", "p",  "dt",    "dd",    "option", "optgroup", "td",
    "th", "tr", "tbody", "thead", "tfoot",  "colgroup", "rt"};
// Elements whose start tag closes an open <p>.
constexpr std::array<std::string_view, 27> closes_paragraph = {
    "address", "article", "aside", "blockquote", "details", "div", "dl",      "fieldset", "figure",
    "footer",  "form",    "h1",    "h2",         "h3",      "h4",  "h5",      "h6",       "header",
    "hr",      "main",    "nav",   "ol",         "p",       "pre", "section", "table",    "ul"};
constexpr std::array<std::string_view, 2> raw_text_elements = {"script", "style"};
constexpr std::array<std::string_view, 2> escapable_raw_text_elements = {"textarea", "title"};
constexpr std::array<std::string_view, 4> whitespace_preserving_elements = {"pre", "textarea",
                                                                            "script", "style"};

// Whether starting an element called `incoming` implicitly ends the open element `open`.
bool start_tag_closes(std::string_view incoming, std::string_view open) {
  if (open == "p") return is_one_of(incoming, closes_paragraph);
  if (open == "li") return incoming == "li";
  if (open == "dt" || open == "dd") return incoming == "dt" || incoming == "dd";
  if (open == "option") return incoming == "option" || incoming == "optgroup";
  if (open == "td" || open == "th") return incoming == "td" || incoming == "th" || incoming == "tr";
  if (open == "tr") return incoming == "tr";
  return false;
}

struct NamedReference {
  std::string_view name;
  char32_t code_point;
};
constexpr std::array<NamedReference, 24> named_references = {{
    {"amp", U'&'},        {"lt", U'<'},          {"gt", U'>'},          {"quot", U'"'},
    {"apos", U'\''},      {"nbsp", U'\u00A0'},   {"copy", U'\u00A9'},   {"reg", U'\u00AE'},
    {"trade", U'\u2122'}, {"hellip", U'\u2026'}, {"ndash", U'\u2013'},  {"mdash", U'\u2014'},
    {"lsquo", U'\u2018'}, {"rsquo", U'\u2019'},  {"ldquo", U'\u201C'},  {"rdquo", U'\u201D'},
    {"pound", U'\u00A3'}, {"euro", U'\u20AC'},   {"middot", U'\u00B7'}, {"times", U'\u00D7'},
    {"ctdot", U'\u22EF'}, {"larr", U'\u2190'},   {"rarr", U'\u2192'},   {"bull", U'\u2022'},
}};

void append_utf8(std::string& out, char32_t code_point) {
  if (code_point > 0x10FFFF || (code_point >= 0xD800 && code_point <= 0xDFFF) || code_point == 0) {
    code_point = 0xFFFD;
  }
  if (code_point < 0x80) {
    out += static_cast<char>(code_point);
  } else if (code_point < 0x800) {
    out += static_cast<char>(0xC0 | (code_point >> 6));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else if (code_point < 0x10000) {
    out += static_cast<char>(0xE0 | (code_point >> 12));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code_point >> 18));
    out += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  }
}

// Decodes character references. A reference that is not recognised, or has no closing ";",
// is kept literally (as browsers do for unknown names).
std::string decode_references(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t position = 0;
  while (position < text.size()) {
    char c = text[position];
    if (c != '&') {
      out += c;
      ++position;
      continue;
    }
    std::size_t semicolon = text.find(';', position);
    if (semicolon == std::string_view::npos || semicolon - position > 32) {
      out += c;
      ++position;
      continue;
    }
    std::string_view body = text.substr(position + 1, semicolon - position - 1);
    std::optional<char32_t> code_point;
    if (body.size() > 1 && body[0] == '#') {
      bool hexadecimal = body[1] == 'x' || body[1] == 'X';
      std::string_view digits = body.substr(hexadecimal ? 2 : 1);
      std::uint32_t value = 0;
      bool valid = !digits.empty() && digits.size() <= 8;
      for (char digit : digits) {
        if (!valid) break;
        if (hexadecimal && std::isxdigit(static_cast<unsigned char>(digit))) {
          value =
              value * 16 + static_cast<std::uint32_t>(
                               std::isdigit(static_cast<unsigned char>(digit))
                                   ? digit - '0'
                                   : std::tolower(static_cast<unsigned char>(digit)) - 'a' + 10);
        } else if (!hexadecimal && std::isdigit(static_cast<unsigned char>(digit))) {
          value = value * 10 + static_cast<std::uint32_t>(digit - '0');
        } else {
          valid = false;
        }
      }
      if (valid) code_point = static_cast<char32_t>(value);
    } else {
      for (const NamedReference& reference : named_references) {
        if (reference.name == body) code_point = reference.code_point;
      }
    }
    if (!code_point) {
      out += c;
      ++position;
      continue;
    }
    append_utf8(out, *code_point);
    position = semicolon + 1;
  }
  return out;
}

std::string collapse_whitespace(std::string_view text) {
  std::string out;
  bool pending_space = false;
  for (char c : text) {
    if (is_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

std::vector<std::string> split_on_whitespace(std::string_view text) {
  std::vector<std::string> tokens;
  std::string current;
  for (char c : text) {
    if (is_space(c)) {
      if (!current.empty()) tokens.push_back(std::move(current));
      current.clear();
    } else {
      current += c;
    }
  }
  if (!current.empty()) tokens.push_back(std::move(current));
  return tokens;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Parsing

class Parser {
 public:
  Parser(std::string_view input, Document& document)
      : input_(input), document_(document), current_(document.root_.get()) {}

  void run() {
    while (position_ < input_.size()) {
      if (input_[position_] != '<') {
        read_text();
      } else if (input_.compare(position_, 4, "<!--") == 0) {
        read_comment();
      } else if (starts_with_ignoring_case(input_, position_, "<!doctype")) {
        read_doctype();
      } else if (position_ + 2 < input_.size() && input_[position_ + 1] == '/' &&
                 is_letter(input_[position_ + 2])) {
        read_end_tag();
      } else if (position_ + 1 < input_.size() && is_letter(input_[position_ + 1])) {
        read_start_tag();
      } else if (position_ + 1 < input_.size() &&
                 (input_[position_ + 1] == '!' || input_[position_ + 1] == '?' ||
                  input_[position_ + 1] == '/')) {
        error("malformed markup declaration or end tag; skipped");
        std::size_t end = input_.find('>', position_);
        position_ = end == std::string_view::npos ? input_.size() : end + 1;
      } else {
        error("\"<\" that does not begin a tag; read as text");
        append_text("<");
        ++position_;
      }
    }
    for (Node* open = current_; open->kind_ == NodeKind::element; open = open->parent_) {
      if (!is_one_of(open->name_, optional_end_tag_elements)) {
        document_.errors_.push_back("end of input: <" + open->name_ + "> was never closed");
      }
    }
  }

 private:
  void error(const std::string& message) {
    std::size_t line =
        1 + static_cast<std::size_t>(std::count(
                input_.begin(), input_.begin() + static_cast<std::ptrdiff_t>(position_), '\n'));
    std::size_t line_start = input_.rfind('\n', position_ == 0 ? 0 : position_ - 1);
    std::size_t column =
        line_start == std::string_view::npos ? position_ + 1 : position_ - line_start;
    document_.errors_.push_back("line " + std::to_string(line) + ", column " +
                                std::to_string(column) + ": " + message);
  }

  Node& append_child(NodeKind kind) {
    auto node = std::make_unique<Node>();
    node->kind_ = kind;
    node->parent_ = current_;
    current_->children_.push_back(std::move(node));
    return *current_->children_.back();
  }

  void append_text(std::string_view decoded) {
    if (decoded.empty()) return;
    if (!current_->children_.empty() && current_->children_.back()->kind_ == NodeKind::text) {
      current_->children_.back()->data_ += decoded;
      return;
    }
    append_child(NodeKind::text).data_ = std::string(decoded);
  }

  void read_text() {
    std::size_t end = input_.find('<', position_);
    if (end == std::string_view::npos) end = input_.size();
    append_text(decode_references(input_.substr(position_, end - position_)));
    position_ = end;
  }

  void read_comment() {
    std::size_t start = position_ + 4;
    std::size_t end = input_.find("-->", start);
    if (end == std::string_view::npos) {
      error("comment is not closed");
      end = input_.size();
    }
    append_child(NodeKind::comment).data_ = std::string(input_.substr(start, end - start));
    position_ = std::min(input_.size(), end + 3);
  }

  void read_doctype() {
    std::size_t start = position_ + 9;
    std::size_t end = input_.find('>', start);
    if (end == std::string_view::npos) {
      error("<!DOCTYPE is not closed");
      end = input_.size();
    }
    append_child(NodeKind::doctype).data_ = collapse_whitespace(input_.substr(start, end - start));
    position_ = std::min(input_.size(), end + 1);
  }

  std::string read_name() {
    std::size_t start = position_;
    while (position_ < input_.size() && !is_space(input_[position_]) && input_[position_] != '/' &&
           input_[position_] != '>' && input_[position_] != '=') {
      ++position_;
    }
    return lower(input_.substr(start, position_ - start));
  }

  void skip_spaces() {
    while (position_ < input_.size() && is_space(input_[position_])) ++position_;
  }

  bool in_foreign_content() const {
    for (const Node* open = current_; open->kind_ == NodeKind::element; open = open->parent_) {
      if (open->name_ == "svg" || open->name_ == "math") return true;
    }
    return false;
  }

  void read_start_tag() {
    std::size_t tag_start = position_;
    ++position_;
    std::string name = read_name();
    auto element = std::make_unique<Node>();
    element->kind_ = NodeKind::element;
    element->name_ = name;
    bool self_closing = false;
    bool closed = false;
    while (position_ < input_.size()) {
      skip_spaces();
      if (position_ >= input_.size()) break;
      char c = input_[position_];
      if (c == '>') {
        ++position_;
        closed = true;
        break;
      }
      if (c == '/') {
        ++position_;
        if (position_ < input_.size() && input_[position_] == '>') {
          ++position_;
          self_closing = true;
          closed = true;
          break;
        }
        continue;
      }
      if (c == '"' || c == '\'' || c == '<' || c == '=') {
        error(std::string("unexpected \"") + c + "\" in <" + name + ">");
        ++position_;
        continue;
      }
      std::string attribute_name = read_name();
      skip_spaces();
      std::string value;
      if (position_ < input_.size() && input_[position_] == '=') {
        ++position_;
        skip_spaces();
        value = read_attribute_value();
      }
      if (element->has_attribute(attribute_name)) {
        error("duplicate attribute \"" + attribute_name + "\" in <" + name +
              ">; the first is kept");
      } else {
        element->attributes_.emplace_back(std::move(attribute_name), std::move(value));
      }
    }
    if (!closed) {
      position_ = tag_start;
      error("<" + name + " tag is not closed");
      position_ = input_.size();
      return;
    }

    while (current_->kind_ == NodeKind::element && start_tag_closes(name, current_->name_)) {
      current_ = current_->parent_;
    }
    bool foreign = name == "svg" || name == "math" || in_foreign_content();
    element->parent_ = current_;
    current_->children_.push_back(std::move(element));
    Node* added = current_->children_.back().get();

    if (is_one_of(name, void_elements)) return;
    if (self_closing) {
      if (foreign) return;
      position_ = tag_start;
      error("self-closing syntax on the non-void element <" + name + "> is ignored");
      position_ = input_.find('>', tag_start) + 1;
    }
    current_ = added;
    if (is_one_of(name, raw_text_elements) || is_one_of(name, escapable_raw_text_elements)) {
      read_raw_text(name, is_one_of(name, escapable_raw_text_elements));
    } else if (name == "pre" && position_ < input_.size() && input_[position_] == '\n') {
      ++position_;  // HTML drops a newline straight after <pre>.
    }
  }

  std::string read_attribute_value() {
    if (position_ >= input_.size()) return "";
    char quote = input_[position_];
    if (quote == '"' || quote == '\'') {
      std::size_t end = input_.find(quote, position_ + 1);
      if (end == std::string_view::npos) {
        error("attribute value is not closed");
        end = input_.size();
      }
      std::string value = decode_references(input_.substr(position_ + 1, end - position_ - 1));
      position_ = std::min(input_.size(), end + 1);
      return value;
    }
    std::size_t start = position_;
    while (position_ < input_.size() && !is_space(input_[position_]) && input_[position_] != '>')
      ++position_;
    return decode_references(input_.substr(start, position_ - start));
  }

  // Reads the content of <script>, <style>, <textarea> or <title> up to its end tag.
  void read_raw_text(const std::string& name, bool decode) {
    if (name == "textarea" && position_ < input_.size() && input_[position_] == '\n') ++position_;
    std::size_t end = position_;
    while (true) {
      end = input_.find("</", end);
      if (end == std::string_view::npos || starts_with_ignoring_case(input_, end + 2, name)) break;
      end += 2;
    }
    if (end == std::string_view::npos) end = input_.size();
    std::string_view content = input_.substr(position_, end - position_);
    append_text(decode ? decode_references(content) : std::string(content));
    position_ = end;  // The end tag itself is read by the main loop.
  }

  void read_end_tag() {
    std::size_t tag_start = position_;
    position_ += 2;
    std::string name = read_name();
    std::size_t end = input_.find('>', position_);
    position_ = end == std::string_view::npos ? input_.size() : end + 1;

    Node* target = current_;
    while (target->kind_ == NodeKind::element && target->name_ != name) target = target->parent_;
    std::size_t after_tag = position_;
    position_ = tag_start;
    if (target->kind_ != NodeKind::element) {
      error("end tag </" + name + "> has no open element; ignored");
    } else {
      for (Node* open = current_; open != target; open = open->parent_) {
        if (!is_one_of(open->name_, optional_end_tag_elements)) {
          error("<" + open->name_ + "> is closed implicitly by </" + name + ">");
        }
      }
      current_ = target->parent_;
    }
    position_ = after_tag;
  }

  std::string_view input_;
  std::size_t position_ = 0;
  Document& document_;
  Node* current_;
};

Document Document::parse(std::string_view markup) {
  Document document;
  Parser(markup, document).run();
  return document;
}

// ---------------------------------------------------------------------------------------------
// Node accessors

bool Node::has_attribute(std::string_view attribute_name) const {
  return attribute(attribute_name).has_value();
}

std::optional<std::string> Node::attribute(std::string_view attribute_name) const {
  std::string wanted = lower(attribute_name);
  for (const auto& [name, value] : attributes_) {
    if (name == wanted) return value;
  }
  return std::nullopt;
}

std::vector<std::string> Node::classes() const {
  return split_on_whitespace(attribute("class").value_or(""));
}

bool Node::has_class(std::string_view class_name) const {
  std::vector<std::string> all = classes();
  return std::find(all.begin(), all.end(), class_name) != all.end();
}

std::vector<const Node*> Node::child_elements() const {
  std::vector<const Node*> elements;
  for (const auto& child : children_) {
    if (child->is_element()) elements.push_back(child.get());
  }
  return elements;
}

std::string Node::text_content() const {
  if (kind_ == NodeKind::text) return data_;
  std::string text;
  for (const auto& child : children_) {
    if (child->kind_ == NodeKind::text || child->kind_ == NodeKind::element)
      text += child->text_content();
  }
  return text;
}

std::string Node::normalised_text() const { return collapse_whitespace(text_content()); }

// ---------------------------------------------------------------------------------------------
// Selectors

namespace {

struct AttributeCondition {
  std::string name;
  std::optional<std::string> value;
};

struct CompoundSelector {
  std::string tag;  // empty or "*" matches any element
  std::vector<std::string> classes;
  std::vector<std::string> ids;
  std::vector<AttributeCondition> attributes;
};

enum class Combinator { descendant, child };

struct SelectorStep {
  Combinator combinator;  // how this step relates to the one before it; ignored for the first
  CompoundSelector compound;
};

bool is_name_character(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}

std::vector<SelectorStep> parse_selector(std::string_view selector) {
  std::vector<SelectorStep> steps;
  std::size_t position = 0;
  auto fail = [&](const std::string& why) {
    throw std::invalid_argument("selector \"" + std::string(selector) + "\": " + why);
  };
  auto read_name = [&]() {
    std::size_t start = position;
    while (position < selector.size() && is_name_character(selector[position])) ++position;
    if (start == position) fail("expected a name at position " + std::to_string(start));
    return std::string(selector.substr(start, position - start));
  };
  std::optional<Combinator> pending_child;  // set by a ">" until the next compound
  while (true) {
    while (position < selector.size() && is_space(selector[position])) ++position;
    if (position >= selector.size()) break;
    if (selector[position] == '>') {
      if (steps.empty() || pending_child) fail("\">\" must stand between two compound selectors");
      pending_child = Combinator::child;
      ++position;
      continue;
    }
    Combinator combinator = pending_child.value_or(Combinator::descendant);
    pending_child.reset();

    SelectorStep step{combinator, {}};
    if (selector[position] == '*') {
      step.compound.tag = "*";
      ++position;
    } else if (is_name_character(selector[position])) {
      step.compound.tag = lower(read_name());
    }
    while (position < selector.size() && !is_space(selector[position]) &&
           selector[position] != '>') {
      char c = selector[position++];
      if (c == '.') {
        step.compound.classes.push_back(read_name());
      } else if (c == '#') {
        step.compound.ids.push_back(read_name());
      } else if (c == '[') {
        AttributeCondition condition{lower(read_name()), std::nullopt};
        if (position < selector.size() && selector[position] == '=') {
          ++position;
          if (position < selector.size() &&
              (selector[position] == '"' || selector[position] == '\'')) {
            char quote = selector[position++];
            std::size_t end = selector.find(quote, position);
            if (end == std::string_view::npos) fail("attribute value quote is not closed");
            condition.value = std::string(selector.substr(position, end - position));
            position = end + 1;
          } else {
            std::size_t start = position;
            while (position < selector.size() && selector[position] != ']') ++position;
            condition.value = std::string(selector.substr(start, position - start));
          }
        }
        if (position >= selector.size() || selector[position] != ']') fail("expected \"]\"");
        ++position;
        step.compound.attributes.push_back(std::move(condition));
      } else {
        fail(std::string("unsupported character \"") + c + "\"");
      }
    }
    if (step.compound.tag.empty() && step.compound.classes.empty() && step.compound.ids.empty() &&
        step.compound.attributes.empty()) {
      fail("empty compound selector");
    }
    steps.push_back(std::move(step));
  }
  if (steps.empty()) fail("empty selector");
  if (pending_child) fail("\">\" with nothing after it");
  return steps;
}

bool matches_compound(const Node& node, const CompoundSelector& compound) {
  if (!node.is_element()) return false;
  if (!compound.tag.empty() && compound.tag != "*" && compound.tag != node.name()) return false;
  for (const std::string& class_name : compound.classes) {
    if (!node.has_class(class_name)) return false;
  }
  for (const std::string& id : compound.ids) {
    if (node.attribute("id") != id) return false;
  }
  for (const AttributeCondition& condition : compound.attributes) {
    std::optional<std::string> value = node.attribute(condition.name);
    if (!value || (condition.value && *value != *condition.value)) return false;
  }
  return true;
}

// Whether `node` matches steps[0..last], with every matched ancestor strictly inside `scope`.
bool matches_steps(const Node& node, const std::vector<SelectorStep>& steps, std::size_t last,
                   const Node& scope) {
  if (!matches_compound(node, steps[last].compound)) return false;
  if (last == 0) return true;
  switch (steps[last].combinator) {
    case Combinator::child: {
      const Node* parent = node.parent();
      return parent != nullptr && parent != &scope &&
             matches_steps(*parent, steps, last - 1, scope);
    }
    case Combinator::descendant:
      for (const Node* ancestor = node.parent(); ancestor != nullptr && ancestor != &scope;
           ancestor = ancestor->parent()) {
        if (matches_steps(*ancestor, steps, last - 1, scope)) return true;
      }
      return false;
  }
  return false;
}

void collect_matches(const Node& node, const std::vector<SelectorStep>& steps, const Node& scope,
                     std::vector<const Node*>& matches) {
  for (const auto& child : node.children()) {
    if (!child->is_element()) continue;
    if (matches_steps(*child, steps, steps.size() - 1, scope)) matches.push_back(child.get());
    collect_matches(*child, steps, scope, matches);
  }
}

}  // namespace

std::vector<const Node*> Node::select(std::string_view selector) const {
  std::vector<SelectorStep> steps = parse_selector(selector);
  std::vector<const Node*> matches;
  collect_matches(*this, steps, *this, matches);
  return matches;
}

const Node* Node::select_one(std::string_view selector) const {
  std::vector<const Node*> matches = select(selector);
  return matches.empty() ? nullptr : matches.front();
}

// ---------------------------------------------------------------------------------------------
// Canonical serialisation

namespace {

std::string escape_for_text(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string escape_for_attribute(std::string_view value) {
  std::string out;
  for (char c : value) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string canonical_class_list(std::string_view value) {
  std::vector<std::string> tokens = split_on_whitespace(value);
  std::sort(tokens.begin(), tokens.end());
  tokens.erase(std::unique(tokens.begin(), tokens.end()), tokens.end());
  std::string joined;
  for (const std::string& token : tokens) {
    if (!joined.empty()) joined += ' ';
    joined += token;
  }
  return joined;
}

void write_canonical(const Node& node, int depth, bool preserve_whitespace, std::string& out) {
  std::string indent(static_cast<std::size_t>(depth) * 2, ' ');
  switch (node.kind()) {
    case NodeKind::document:
      for (const auto& child : node.children())
        write_canonical(*child, depth, preserve_whitespace, out);
      return;
    case NodeKind::text: {
      std::string text = preserve_whitespace ? node.data() : collapse_whitespace(node.data());
      if (text.empty()) return;
      out += indent + escape_for_text(text) + "\n";
      return;
    }
    case NodeKind::comment:
      out += indent + "<!--" + node.data() + "-->\n";
      return;
    case NodeKind::doctype:
      out += indent + "<!DOCTYPE " + lower(node.data()) + ">\n";
      return;
    case NodeKind::element: {
      std::vector<std::pair<std::string, std::string>> attributes = node.attributes();
      std::sort(attributes.begin(), attributes.end());
      out += indent + "<" + node.name();
      for (const auto& [name, value] : attributes) {
        out += " " + name + "=\"" +
               escape_for_attribute(name == "class" ? canonical_class_list(value) : value) + "\"";
      }
      out += ">\n";
      bool preserve = preserve_whitespace || is_one_of(node.name(), whitespace_preserving_elements);
      for (const auto& child : node.children()) write_canonical(*child, depth + 1, preserve, out);
      if (!is_one_of(node.name(), void_elements)) out += indent + "</" + node.name() + ">\n";
      return;
    }
  }
}

}  // namespace

std::string canonical(const Node& node) {
  std::string out;
  write_canonical(node, 0, false, out);
  return out;
}

std::string canonical(std::string_view markup) { return canonical(Document::parse(markup).root()); }

}  // namespace casereview::test::html
