// A small HTML5-subset parser for tests: it turns markup into a tree so that tests assert on
// structure (elements, attributes, text) rather than on substrings, and it gives a canonical
// serialisation so two fragments that differ only in formatting compare equal.
//
// What it understands: elements and attributes (quoted, unquoted and bare), void elements
// (<br>, <input>, …, with or without "/>"), self-closing syntax for foreign elements (<path/>
// inside <svg>), text with named, decimal and hexadecimal character references, comments,
// <!DOCTYPE>, and the raw-text elements <script>, <style>, <textarea> and <title>. End tags
// that HTML lets you omit (</li>, </p>, </td>, </option>, …) are closed implicitly when the
// parent closes. It is not a full HTML5 tree builder: there is no foster parenting, no
// adoption agency and no implied <html>/<head>/<body>. Problems it notices (an end tag with no
// open element, an element left open at the end, a malformed tag) are recorded in
// Document::errors() rather than thrown, so a test can assert that markup is well formed.
//
// Example:
//   using namespace casereview::test::html;
//   Document page = Document::parse(response_body);
//   ASSERT_TRUE(page.errors().empty()) << page.errors().front();
//   auto headings = page.select("main .govuk-heading-xl");
//   ASSERT_EQ(headings.size(), 1u);
//   EXPECT_EQ(headings[0]->normalised_text(), "Case reviews");
//   EXPECT_EQ(page.select_one("form [name=csrf_token]")->attribute("type"), "hidden");
//
//   EXPECT_EQ(canonical(rendered), canonical(expected));  // compare two fragments
//
// Selectors: a list of compound selectors separated by whitespace (descendant) or ">" (child).
// Each compound is an optional tag name or "*", then any number of ".class", "#id", "[attr]"
// and "[attr=value]" (value bare, or in single or double quotes). Tag and attribute names are
// case-insensitive; class, id and attribute values are exact. Results are in document order,
// each element once. A malformed selector throws std::invalid_argument.
//
// Values are plain data; a Document may be read from several threads at once.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace casereview::test::html {

enum class NodeKind { document, element, text, comment, doctype };

class Node {
 public:
  NodeKind kind() const { return kind_; }
  bool is_element() const { return kind_ == NodeKind::element; }

  // Element name in lower case; empty for other kinds.
  const std::string& name() const { return name_; }
  // For text: the decoded text. For a comment: what is between "<!--" and "-->". For a doctype:
  // what follows "<!DOCTYPE " (for example "html"). Empty for elements and the document.
  const std::string& data() const { return data_; }

  // Attributes in source order, names in lower case, values with character references decoded.
  // A bare attribute (<input disabled>) has the empty value.
  const std::vector<std::pair<std::string, std::string>>& attributes() const { return attributes_; }
  bool has_attribute(std::string_view attribute_name) const;
  // The attribute's value, or nullopt when the element has no such attribute.
  std::optional<std::string> attribute(std::string_view attribute_name) const;
  // The whitespace-separated tokens of the class attribute.
  std::vector<std::string> classes() const;
  bool has_class(std::string_view class_name) const;

  const Node* parent() const { return parent_; }
  const std::vector<std::unique_ptr<Node>>& children() const { return children_; }
  // Child nodes that are elements, in order.
  std::vector<const Node*> child_elements() const;

  // The concatenated text of every descendant text node, exactly as decoded (DOM textContent).
  std::string text_content() const;
  // text_content() with runs of whitespace collapsed to one space and the ends trimmed: what a
  // reader sees, and what page tests should usually compare.
  std::string normalised_text() const;

  // Descendants of this node matching `selector` (see the file comment), in document order.
  std::vector<const Node*> select(std::string_view selector) const;
  // The first match, or nullptr when nothing matches.
  const Node* select_one(std::string_view selector) const;

 private:
  friend class Parser;
  friend class Document;
  NodeKind kind_ = NodeKind::document;
  std::string name_;
  std::string data_;
  std::vector<std::pair<std::string, std::string>> attributes_;
  Node* parent_ = nullptr;
  std::vector<std::unique_ptr<Node>> children_;
};

// A parsed document or fragment. The root node has kind NodeKind::document and holds the
// top-level nodes. Movable, not copyable.
class Document {
 public:
  // Parses `markup`; never throws for bad markup (see errors()).
  static Document parse(std::string_view markup);

  const Node& root() const { return *root_; }
  // Human-readable descriptions of problems found while parsing, in source order.
  const std::vector<std::string>& errors() const { return errors_; }

  std::vector<const Node*> select(std::string_view selector) const {
    return root_->select(selector);
  }
  const Node* select_one(std::string_view selector) const { return root_->select_one(selector); }

 private:
  friend class Parser;
  std::unique_ptr<Node> root_ = std::make_unique<Node>();
  std::vector<std::string> errors_;
};

// The canonical serialisation of a node and its descendants, for comparing two fragments:
// one node per line, indented two spaces per level; attributes sorted by name; the class list
// sorted with duplicates removed; whitespace-only text between tags dropped; other text trimmed
// with inner runs of whitespace collapsed (except inside <pre>, <textarea>, <script> and
// <style>, whose text is kept as is); character references decoded and re-escaped one way
// (&amp; &lt; &gt; in text, &amp; &quot; in attribute values).
std::string canonical(const Node& node);
// Parses `markup` and returns canonical(root). Parse errors are not reported here: use
// Document::parse when the markup itself is under test.
std::string canonical(std::string_view markup);

}  // namespace casereview::test::html
