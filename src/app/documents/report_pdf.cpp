// The final report's PDF (Rule RPT-3; see report_pdf.hpp). Made in two passes over one set of
// reused pango layouts: the first lays every block out and cuts the pages (so that the contents can
// give each section's page and each page can say "Page N of M"), the second draws them.
#include "app/documents/report_pdf.hpp"

#include <array>

#include "app/documents/pdf_support.hpp"
#include "domain/text.hpp"

namespace casereview::documents {

namespace {

// A4 portrait in points.
constexpr double page_width = a4_landscape_height;
constexpr double page_height = a4_landscape_width;
constexpr double margin = 56.0;
constexpr double content_width = page_width - 2 * margin;
constexpr double footer_top = page_height - margin + 14;
constexpr double body_bottom = page_height - margin;
constexpr double list_indent = 14.0;

// What a laid-out item is: each has its layout (font), its space above and its PDF tag.
enum class ItemKind {
  title,
  title_line,
  contents_title,
  contents_entry,
  section,
  heading,
  paragraph,
  list_item
};
constexpr std::size_t item_kind_count = 8;

struct ItemStyle {
  double points;
  Weight weight;
  double space_above;
  const char* tag;
  double indent;
};

constexpr std::array<ItemStyle, item_kind_count> styles = {{
    {20, Weight::bold, 0, "H1", 0},                // title
    {11, Weight::regular, 4, "P", 0},              // title_line
    {14, Weight::bold, 22, "H2", 0},               // contents_title
    {10.5, Weight::regular, 4, "TOCI", 0},         // contents_entry
    {14, Weight::bold, 20, "H2", 0},               // section
    {11.5, Weight::bold, 12, "H3", 0},             // heading
    {10.5, Weight::regular, 7, "P", 0},            // paragraph
    {10.5, Weight::regular, 4, "P", list_indent},  // list_item
}};

const ItemStyle& style_of(ItemKind kind) { return styles[static_cast<std::size_t>(kind)]; }

struct Item {
  ItemKind kind;
  std::string text;
  int section = -1;  // a section heading's or contents entry's section (from 0)
};

// The part of an item drawn on one page: its lines [from, to), the first's top at `y`.
struct Piece {
  std::size_t item = 0;
  std::size_t from = 0;
  std::size_t to = 0;
  double y = 0;
};

struct Page {
  std::vector<Piece> pieces;
};

std::string strip_emphasis(std::string text) {
  for (const std::string mark : {"**", "__", "`"}) {
    for (std::size_t at = text.find(mark); at != std::string::npos; at = text.find(mark, at))
      text.erase(at, mark.size());
  }
  return text;
}

// "1. ", "12. " at the start of a line: the length of the marker, or 0.
std::size_t ordered_marker(std::string_view line) {
  std::size_t digits = 0;
  while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9') ++digits;
  if (digits == 0 || digits + 1 >= line.size() || line[digits] != '.' || line[digits + 1] != ' ')
    return 0;
  return digits + 2;
}

std::vector<Item> items_of(const ReportPdf& document) {
  std::vector<Item> items{{ItemKind::title, document.title}};
  for (const std::string& line : document.lines) items.push_back({ItemKind::title_line, line});
  items.push_back({ItemKind::contents_title, "Contents"});
  for (std::size_t index = 0; index < document.sections.size(); ++index)
    items.push_back({ItemKind::contents_entry,
                     std::to_string(index + 1) + ". " + document.sections[index].title,
                     static_cast<int>(index)});
  for (std::size_t index = 0; index < document.sections.size(); ++index) {
    const ReportPdfSection& section = document.sections[index];
    items.push_back({ItemKind::section, std::to_string(index + 1) + ". " + section.title,
                     static_cast<int>(index)});
    for (const ReportBlock& block : section.blocks)
      items.push_back({block.kind == ReportBlockKind::heading     ? ItemKind::heading
                       : block.kind == ReportBlockKind::list_item ? ItemKind::list_item
                                                                  : ItemKind::paragraph,
                       block.kind == ReportBlockKind::list_item ? "•  " + block.text : block.text});
  }
  return items;
}

using Layouts = std::array<LayoutPointer, item_kind_count>;

Layouts make_layouts(cairo_t* context) {
  Layouts layouts;
  for (std::size_t kind = 0; kind < item_kind_count; ++kind)
    layouts[kind] = new_layout(context, content_width - styles[kind].indent, styles[kind].points,
                               styles[kind].weight);
  return layouts;
}

PangoLayout* layout_for(const Layouts& layouts, ItemKind kind) {
  return layouts[static_cast<std::size_t>(kind)].get();
}

bool is_heading(ItemKind kind) { return kind == ItemKind::section || kind == ItemKind::heading; }

// Pass one: the pages, and on which page (from 0) each section starts.
std::vector<Page> paginate(const std::vector<Item>& items, const Layouts& layouts,
                           std::vector<int>& section_pages) {
  std::vector<std::vector<LineBox>> lines;
  for (const Item& item : items) {
    PangoLayout* layout = layout_for(layouts, item.kind);
    set_text(layout, item.text.empty() ? " " : item.text);
    lines.push_back(lines_of(layout));
  }
  std::vector<Page> pages(1);
  double y = margin;
  const auto new_page = [&] {
    pages.emplace_back();
    y = margin;
  };
  for (std::size_t index = 0; index < items.size(); ++index) {
    const Item& item = items[index];
    const std::vector<LineBox>& boxes = lines[index];
    if (y > margin) y += style_of(item.kind).space_above;
    // A heading keeps with the first line of what follows it.
    double needed = boxes.front().bottom - boxes.front().top;
    if (is_heading(item.kind) && index + 1 < items.size()) {
      const LineBox& first = lines[index + 1].front();
      needed = boxes.back().bottom + style_of(items[index + 1].kind).space_above + first.bottom -
               first.top;
    }
    if (y + needed > body_bottom && y > margin) {
      new_page();
    }
    if (item.kind == ItemKind::section)
      section_pages[static_cast<std::size_t>(item.section)] = static_cast<int>(pages.size()) - 1;
    std::size_t from = 0;
    while (from < boxes.size()) {
      std::size_t to = from;
      while (to < boxes.size() && y + boxes[to].bottom - boxes[from].top <= body_bottom) ++to;
      if (to == from) {
        if (y == margin)
          to = from + 1;  // a line taller than a page: drawn anyway
        else {
          new_page();
          continue;
        }
      }
      pages.back().pieces.push_back({index, from, to, y});
      y += boxes[to - 1].bottom - boxes[from].top;
      from = to;
      if (from < boxes.size()) new_page();
    }
  }
  return pages;
}

std::string dest_of(int section) { return "section-" + std::to_string(section + 1); }

void draw_lines(cairo_t* context, PangoLayout* layout, const Piece& piece, double x) {
  const std::vector<LineBox> boxes = lines_of(layout);
  for (std::size_t line = piece.from; line < piece.to; ++line) {
    cairo_move_to(context, x, piece.y + boxes[line].baseline - boxes[piece.from].top);
    pango_cairo_show_layout_line(context,
                                 pango_layout_get_line_readonly(layout, static_cast<int>(line)));
  }
}

// Pass two: each page's pieces, and its number at the foot.
void draw_pages(cairo_t* context, const std::vector<Item>& items, const Layouts& layouts,
                const std::vector<Page>& pages, const std::vector<int>& section_pages,
                const std::string& title) {
  LayoutPointer footer = new_layout(context, content_width, 8, Weight::regular);
  LayoutPointer page_number = new_layout(context, content_width, 10.5, Weight::regular);
  pango_layout_set_alignment(page_number.get(), PANGO_ALIGN_RIGHT);
  bool in_contents = false;
  for (std::size_t page = 0; page < pages.size(); ++page) {
    for (const Piece& piece : pages[page].pieces) {
      const Item& item = items[piece.item];
      const ItemStyle& style = style_of(item.kind);
      PangoLayout* layout = layout_for(layouts, item.kind);
      set_text(layout, item.text.empty() ? " " : item.text);
      pango_cairo_update_layout(context, layout);
      if (item.kind == ItemKind::contents_entry && !in_contents) {
        cairo_tag_begin(context, "TOC", nullptr);
        in_contents = true;
      } else if (item.kind != ItemKind::contents_entry && in_contents) {
        cairo_tag_end(context, "TOC");
        in_contents = false;
      }
      if (item.kind == ItemKind::section)
        cairo_tag_begin(context, CAIRO_TAG_DEST, ("name='" + dest_of(item.section) + "'").c_str());
      cairo_tag_begin(context, style.tag, nullptr);
      if (item.kind == ItemKind::contents_entry)
        cairo_tag_begin(context, CAIRO_TAG_LINK, ("dest='" + dest_of(item.section) + "'").c_str());
      set_colour(context, item.kind == ItemKind::title_line ? secondary_colour : text_colour);
      draw_lines(context, layout, piece, margin + style.indent);
      if (item.kind == ItemKind::contents_entry) {
        set_text(page_number.get(),
                 std::to_string(section_pages[static_cast<std::size_t>(item.section)] + 1));
        pango_cairo_update_layout(context, page_number.get());
        cairo_move_to(context, margin, piece.y);
        pango_cairo_show_layout(context, page_number.get());
        cairo_tag_end(context, CAIRO_TAG_LINK);
      }
      cairo_tag_end(context, style.tag);
      if (item.kind == ItemKind::section) cairo_tag_end(context, CAIRO_TAG_DEST);
    }
    if (in_contents) {
      cairo_tag_end(context, "TOC");
      in_contents = false;
    }
    set_text(footer.get(), title + "    Page " + std::to_string(page + 1) + " of " +
                               std::to_string(pages.size()));
    pango_cairo_update_layout(context, footer.get());
    set_colour(context, secondary_colour);
    cairo_move_to(context, margin, footer_top);
    pango_cairo_show_layout(context, footer.get());
    cairo_show_page(context);
  }
}

}  // namespace

std::vector<ReportBlock> markdown_blocks(std::string_view markdown) {
  std::vector<ReportBlock> blocks;
  std::string paragraph;
  const auto flush = [&] {
    if (!paragraph.empty()) blocks.push_back({ReportBlockKind::paragraph, paragraph});
    paragraph.clear();
  };
  std::size_t start = 0;
  while (start <= markdown.size()) {
    std::size_t end = markdown.find('\n', start);
    if (end == std::string_view::npos) end = markdown.size();
    const std::string line =
        trimmed(strip_emphasis(std::string(markdown.substr(start, end - start))));
    start = end + 1;
    if (line.empty()) {
      flush();
    } else if (line.front() == '#') {
      flush();
      blocks.push_back(
          {ReportBlockKind::heading, trimmed(line.substr(line.find_first_not_of('#')))});
    } else if (line.size() > 2 && (line[0] == '-' || line[0] == '*' || line[0] == '+') &&
               line[1] == ' ') {
      flush();
      blocks.push_back({ReportBlockKind::list_item, trimmed(line.substr(2))});
    } else if (const std::size_t marker = ordered_marker(line)) {
      flush();
      blocks.push_back({ReportBlockKind::list_item,
                        line.substr(0, marker - 1) + " " + trimmed(line.substr(marker))});
    } else {
      paragraph += (paragraph.empty() ? "" : " ") + line;
    }
  }
  flush();
  return blocks;
}

Result<std::string> report_pdf(const ReportPdf& document) {
  const std::vector<Item> items = items_of(document);
  std::string pdf;
  const SurfacePointer surface = TRY(pdf_surface(pdf, page_width, page_height, document.title));
  {
    ContextPointer context{cairo_create(surface.get())};
    const Layouts layouts = make_layouts(context.get());
    std::vector<int> section_pages(document.sections.size(), 0);
    const std::vector<Page> pages = paginate(items, layouts, section_pages);
    for (std::size_t index = 0; index < document.sections.size(); ++index) {
      const std::string name = std::to_string(index + 1) + ". " + document.sections[index].title;
      cairo_pdf_surface_add_outline(surface.get(), CAIRO_PDF_OUTLINE_ROOT, name.c_str(),
                                    ("dest='" + dest_of(static_cast<int>(index)) + "'").c_str(),
                                    CAIRO_PDF_OUTLINE_FLAG_OPEN);
    }
    cairo_tag_begin(context.get(), "Document", nullptr);
    draw_pages(context.get(), items, layouts, pages, section_pages, document.title);
    cairo_tag_end(context.get(), "Document");
    TRY(cairo_check("draw the report", cairo_status(context.get())));
  }
  cairo_surface_finish(surface.get());
  TRY(cairo_check("finish the PDF", cairo_surface_status(surface.get())));
  return with_language_and_title_shown(std::move(pdf), "en-GB");
}

}  // namespace casereview::documents
