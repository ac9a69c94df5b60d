#include "web/markdown.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <mutex>
#include <new>
#include <string>

namespace casereview::web {

namespace {

constexpr const char* extension_names[] = {"table", "strikethrough", "autolink"};

struct ParserDeleter {
  void operator()(cmark_parser* parser) const { cmark_parser_free(parser); }
};
struct NodeDeleter {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};
struct IteratorDeleter {
  void operator()(cmark_iter* iterator) const { cmark_iter_free(iterator); }
};

void register_extensions_once() {
  static std::once_flag registered;
  std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

std::string_view type_name(cmark_node* node) {
  const char* name = cmark_node_get_type_string(node);
  return name == nullptr ? std::string_view{} : std::string_view{name};
}

bool is_type(cmark_node* node, std::string_view name) {
  return node != nullptr && type_name(node) == name;
}

bool is_table_row(cmark_node* node) {
  return is_type(node, "table_row") || is_type(node, "table_header");
}

// An address a link or image may keep: relative ("/courses/3", "#top", "notes.html") or with the
// scheme http, https or mailto. Anything with a control character is refused, because browsers
// drop tabs and newlines inside schemes ("java\tscript:"); so is any other scheme, and so is text
// with a colon before its first "/", "?" or "#" that is not one of the three.
bool safe_address(std::string_view address) {
  for (const char c : address) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) return false;
  }
  const std::size_t colon = address.find(':');
  if (colon == std::string_view::npos) return true;
  const std::size_t first_delimiter = address.find_first_of("/?#");
  if (first_delimiter != std::string_view::npos && first_delimiter < colon) return true;
  std::string scheme{address.substr(0, colon)};
  std::transform(scheme.begin(), scheme.end(), scheme.begin(), [](unsigned char c) {
    return static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
  });
  return scheme == "http" || scheme == "https" || scheme == "mailto";
}

std::string text_or_empty(const char* text) { return text == nullptr ? "" : text; }

bool safe_link(cmark_node* node) { return safe_address(text_or_empty(cmark_node_get_url(node))); }

// The plain text inside a node (an image's alt text).
std::string plain_text(cmark_node* root) {
  std::string text;
  std::unique_ptr<cmark_iter, IteratorDeleter> iterator{cmark_iter_new(root)};
  for (cmark_event_type event = cmark_iter_next(iterator.get()); event != CMARK_EVENT_DONE;
       event = cmark_iter_next(iterator.get())) {
    cmark_node* node = cmark_iter_get_node(iterator.get());
    if (event != CMARK_EVENT_ENTER || node == root) continue;
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
        text += text_or_empty(cmark_node_get_literal(node));
        break;
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        text += ' ';
        break;
      default:  // cmark's enum, not ours: other nodes add no text of their own
        break;
    }
  }
  return text;
}

// True for a paragraph in an item of a tight list, which is written without <p>, as CommonMark
// renders it.
bool in_tight_list(cmark_node* paragraph) {
  cmark_node* item = cmark_node_parent(paragraph);
  if (item == nullptr || cmark_node_get_type(item) != CMARK_NODE_ITEM) return false;
  cmark_node* list = cmark_node_parent(item);
  return list != nullptr && cmark_node_get_list_tight(list) != 0;
}

std::string heading_class(int level) {
  switch (level) {
    case 1:
      return "govuk-heading-l";
    case 2:
      return "govuk-heading-m";
    default:
      return "govuk-heading-s";
  }
}

// The column's alignment ('l', 'c', 'r' or 0) for a table cell.
char cell_alignment(cmark_node* cell) {
  cmark_node* row = cmark_node_parent(cell);
  cmark_node* table = row == nullptr ? nullptr : cmark_node_parent(row);
  if (table == nullptr) return 0;
  int column = 0;
  for (cmark_node* before = cmark_node_previous(cell); before != nullptr;
       before = cmark_node_previous(before)) {
    ++column;
  }
  const uint8_t* alignments = cmark_gfm_extensions_get_table_alignments(table);
  if (alignments == nullptr || column >= cmark_gfm_extensions_get_table_columns(table)) return 0;
  return static_cast<char>(alignments[column]);
}

class HtmlWriter {
 public:
  explicit HtmlWriter(const MarkdownOptions& options) : options_(options) {}

  void enter(cmark_node* node, cmark_iter* iterator) {
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_DOCUMENT:
        return;
      case CMARK_NODE_BLOCK_QUOTE:
        out_ += "<div class=\"govuk-inset-text\">\n";
        return;
      case CMARK_NODE_LIST:
        if (cmark_node_get_list_type(node) == CMARK_ORDERED_LIST) {
          out_ += "<ol class=\"govuk-list govuk-list--number\"";
          if (const int start = cmark_node_get_list_start(node); start != 1) {
            out_ += " start=\"" + std::to_string(start) + "\"";
          }
          out_ += ">\n";
        } else {
          out_ += "<ul class=\"govuk-list govuk-list--bullet\">\n";
        }
        return;
      case CMARK_NODE_ITEM:
        out_ += "<li>";
        return;
      case CMARK_NODE_CODE_BLOCK:
        out_ += "<pre><code>" + escape_text(text_or_empty(cmark_node_get_literal(node))) +
                "</code></pre>\n";
        return;
      case CMARK_NODE_HTML_BLOCK:
      case CMARK_NODE_HTML_INLINE:
        return;  // raw HTML is never passed through
      case CMARK_NODE_PARAGRAPH:
        if (!in_tight_list(node)) out_ += "<p class=\"govuk-body\">";
        return;
      case CMARK_NODE_HEADING: {
        const int level = heading_level(node);
        out_ += "<h" + std::to_string(level) + " class=\"" + heading_class(level) + "\">";
        return;
      }
      case CMARK_NODE_THEMATIC_BREAK:
        out_ +=
            "<hr class=\"govuk-section-break govuk-section-break--l "
            "govuk-section-break--visible\">\n";
        return;
      case CMARK_NODE_TEXT:
        out_ += escape_text(text_or_empty(cmark_node_get_literal(node)));
        return;
      case CMARK_NODE_SOFTBREAK:
        out_ += "\n";
        return;
      case CMARK_NODE_LINEBREAK:
        out_ += "<br>\n";
        return;
      case CMARK_NODE_CODE:
        out_ += "<code>" + escape_text(text_or_empty(cmark_node_get_literal(node))) + "</code>";
        return;
      case CMARK_NODE_EMPH:
        out_ += "<em>";
        return;
      case CMARK_NODE_STRONG:
        out_ += "<strong>";
        return;
      case CMARK_NODE_LINK:
        if (safe_link(node)) {
          out_ += "<a class=\"govuk-link\" href=\"" +
                  escape_text(text_or_empty(cmark_node_get_url(node))) + "\"";
          if (const std::string title = text_or_empty(cmark_node_get_title(node)); !title.empty()) {
            out_ += " title=\"" + escape_text(title) + "\"";
          }
          out_ += ">";
        }
        return;
      case CMARK_NODE_IMAGE: {
        const std::string alternative = plain_text(node);
        if (safe_link(node)) {
          out_ += "<img src=\"" + escape_text(text_or_empty(cmark_node_get_url(node))) +
                  "\" alt=\"" + escape_text(alternative) + "\">";
        } else {
          out_ += escape_text(alternative);
        }
        // The alt text is written; skip the image's children.
        cmark_iter_reset(iterator, node, CMARK_EVENT_EXIT);
        return;
      }
      default:  // cmark's enum, not ours: extension nodes are told apart by name
        enter_extension(node);
        return;
    }
  }

  void exit(cmark_node* node) {
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_BLOCK_QUOTE:
        out_ += "</div>\n";
        return;
      case CMARK_NODE_LIST:
        out_ += cmark_node_get_list_type(node) == CMARK_ORDERED_LIST ? "</ol>\n" : "</ul>\n";
        return;
      case CMARK_NODE_ITEM:
        out_ += "</li>\n";
        return;
      case CMARK_NODE_PARAGRAPH:
        out_ += in_tight_list(node) ? "" : "</p>\n";
        return;
      case CMARK_NODE_HEADING:
        out_ += "</h" + std::to_string(heading_level(node)) + ">\n";
        return;
      case CMARK_NODE_EMPH:
        out_ += "</em>";
        return;
      case CMARK_NODE_STRONG:
        out_ += "</strong>";
        return;
      case CMARK_NODE_LINK:
        if (safe_link(node)) out_ += "</a>";
        return;
      default:  // cmark's enum, not ours: leaf nodes have no exit; extension nodes by name
        exit_extension(node);
        return;
    }
  }

  std::string take() { return std::move(out_); }

 private:
  int heading_level(cmark_node* node) const {
    return std::clamp(cmark_node_get_heading_level(node) + options_.heading_offset, 1, 6);
  }

  void enter_extension(cmark_node* node) {
    if (is_type(node, "table")) {
      out_ += "<table class=\"govuk-table\">\n";
    } else if (is_table_row(node)) {
      const bool header = cmark_gfm_extensions_get_table_row_is_header(node) != 0;
      cmark_node* previous = cmark_node_previous(node);
      const bool first_body_row =
          !header &&
          (previous == nullptr || cmark_gfm_extensions_get_table_row_is_header(previous) != 0);
      if (header) out_ += "<thead class=\"govuk-table__head\">\n";
      if (first_body_row) out_ += "<tbody class=\"govuk-table__body\">\n";
      out_ += "<tr class=\"govuk-table__row\">";
    } else if (is_type(node, "table_cell")) {
      const bool numeric = cell_alignment(node) == 'r';
      if (cmark_gfm_extensions_get_table_row_is_header(cmark_node_parent(node)) != 0) {
        out_ +=
            numeric
                ? "<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">"
                : "<th scope=\"col\" class=\"govuk-table__header\">";
      } else {
        out_ += numeric ? "<td class=\"govuk-table__cell govuk-table__cell--numeric\">"
                        : "<td class=\"govuk-table__cell\">";
      }
    } else if (is_type(node, "strikethrough")) {
      out_ += "<del>";
    }
  }

  void exit_extension(cmark_node* node) {
    if (is_type(node, "table")) {
      cmark_node* last_row = cmark_node_last_child(node);
      const bool has_body =
          last_row != nullptr && cmark_gfm_extensions_get_table_row_is_header(last_row) == 0;
      out_ += has_body ? "</tbody>\n</table>\n" : "</table>\n";
    } else if (is_table_row(node)) {
      out_ += "</tr>\n";
      if (cmark_gfm_extensions_get_table_row_is_header(node) != 0) out_ += "</thead>\n";
    } else if (is_type(node, "table_cell")) {
      out_ += cmark_gfm_extensions_get_table_row_is_header(cmark_node_parent(node)) != 0 ? "</th>"
                                                                                         : "</td>";
    } else if (is_type(node, "strikethrough")) {
      out_ += "</del>";
    }
  }

  const MarkdownOptions& options_;
  std::string out_;
};

}  // namespace

Html render_markdown(std::string_view markdown, const MarkdownOptions& options) {
  register_extensions_once();
  std::unique_ptr<cmark_parser, ParserDeleter> parser{
      cmark_parser_new(CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8)};
  if (!parser) throw std::bad_alloc();
  for (const char* name : extension_names) {
    if (cmark_syntax_extension* extension = cmark_find_syntax_extension(name);
        extension != nullptr) {
      cmark_parser_attach_syntax_extension(parser.get(), extension);
    }
  }
  cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
  std::unique_ptr<cmark_node, NodeDeleter> document{cmark_parser_finish(parser.get())};
  if (!document) throw std::bad_alloc();

  HtmlWriter writer(options);
  std::unique_ptr<cmark_iter, IteratorDeleter> iterator{cmark_iter_new(document.get())};
  for (cmark_event_type event = cmark_iter_next(iterator.get()); event != CMARK_EVENT_DONE;
       event = cmark_iter_next(iterator.get())) {
    cmark_node* node = cmark_iter_get_node(iterator.get());
    if (event == CMARK_EVENT_ENTER) {
      writer.enter(node, iterator.get());
    } else if (event == CMARK_EVENT_EXIT) {
      writer.exit(node);
    }
  }
  return Html::trusted(writer.take());
}

}  // namespace casereview::web
