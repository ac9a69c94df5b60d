// The merged chronology's PDF (Rule CHR-3; see chronology_pdf.hpp). Made in two passes over one
// set of reused pango layouts (one per column, never one per cell, so 10,000 entries take little
// memory): the first lays every row out and records its lines' heights, from which the pages are
// cut — so that each page can say "Page N of M" — and the second draws them.
#include "app/documents/chronology_pdf.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "app/documents/merged_chronology_document.hpp"
#include "app/documents/pdf_support.hpp"
#include "domain/civil_date.hpp"

namespace casereview::documents {

namespace {

constexpr double page_width = a4_landscape_width;
constexpr double page_height = a4_landscape_height;
constexpr double margin = 36.0;
constexpr double content_width = page_width - 2 * margin;
constexpr double footer_top = page_height - margin + 8;  // the page number's line
constexpr double body_bottom = page_height - margin;     // the table ends above it
constexpr double padding = 4.0;                          // inside each cell
constexpr double body_points = 8.0;
constexpr double space_below_heading = 10.0;

struct TableColumn {
  const char* header;
  double share;  // of the content width
};

constexpr std::array<TableColumn, 7> table_columns = {{
    {"Date", 0.11},
    {"Agency", 0.12},
    {"Event", 0.24},
    {"Action", 0.15},
    {"Outcome", 0.14},
    {"Significance", 0.12},
    {"Flags", 0.12},
}};
constexpr std::size_t column_count = table_columns.size();

using CellLines = std::vector<LineBox>;

enum class RowKind { entry, gap };

// A row's cells as text: an entry's seven, or a gap's one across the table.
struct RowText {
  std::array<std::string, column_count> cells;
  RowKind kind = RowKind::entry;

  bool is_gap() const { return kind == RowKind::gap; }
  std::size_t cell_count() const { return is_gap() ? 1 : column_count; }
};

// The part of a row drawn on one page: lines [from, to) of each cell (one cell for a gap).
struct RowPiece {
  std::size_t row = 0;
  std::array<std::size_t, column_count> from{};
  std::array<std::size_t, column_count> to{};
  double height = 0;
};

struct Page {
  std::vector<RowPiece> pieces;
};

double column_x(std::size_t column) {
  double x = margin;
  for (std::size_t index = 0; index < column; ++index)
    x += table_columns[index].share * content_width;
  return x;
}

double column_width(std::size_t column) { return table_columns[column].share * content_width; }

RowText row_text(const MergedChronologyLine& line) {
  RowText text;
  if (line.gap != nullptr) {
    text.kind = RowKind::gap;
    text.cells[0] = gap_description(*line.gap) + ": " + day_month_year(line.gap->from) + " to " +
                    day_month_year(line.gap->to);
    return text;
  }
  const MergedChronologyRow& row = *line.row;
  const ChronologyEntry& entry = row.entry;
  text.cells[0] = entry.date.text();
  if (entry.time) text.cells[0] += "\n" + entry.time->text();
  if (entry.end_date) text.cells[0] += "\nto " + entry.end_date->text();
  text.cells[1] = row.agency_name + "\n(" + row.agency_marker + ")";
  text.cells[2] = entry.event;
  if (!entry.source.empty()) text.cells[2] += "\nSource: " + entry.source;
  if (!entry.subject.empty()) text.cells[2] += "\nSubject: " + entry.subject;
  text.cells[3] = entry.action;
  text.cells[4] = entry.outcome;
  text.cells[5] = entry.significance;
  text.cells[6] = flags_in_words(row.flags, ", ");
  return text;
}

// The layouts of one document: reused for every row.
struct Layouts {
  std::array<LayoutPointer, column_count> cells;
  std::array<LayoutPointer, column_count> headers;
  LayoutPointer gap;
  LayoutPointer continued;  // in the first column of a row carried on from the page before
  LayoutPointer title;
  LayoutPointer heading_line;
  LayoutPointer running_head;
  LayoutPointer footer;

  PangoLayout* for_cell(const RowText& row, std::size_t column) const {
    return row.is_gap() ? gap.get() : cells[column].get();
  }
};

Layouts make_layouts(cairo_t* context) {
  Layouts layouts;
  for (std::size_t column = 0; column < column_count; ++column) {
    const double inner = column_width(column) - 2 * padding;
    layouts.cells[column] = new_layout(context, inner, body_points, Weight::regular);
    layouts.headers[column] = new_layout(context, inner, body_points, Weight::bold);
    set_text(layouts.headers[column].get(), table_columns[column].header);
  }
  layouts.gap =
      new_layout(context, content_width - 2 * padding, body_points, Weight::regular, Slant::italic);
  layouts.continued = new_layout(context, column_width(0) - 2 * padding, body_points,
                                 Weight::regular, Slant::italic);
  set_text(layouts.continued.get(), "(continued)");
  layouts.title = new_layout(context, content_width, 18, Weight::bold);
  layouts.heading_line = new_layout(context, content_width, 10, Weight::regular);
  layouts.running_head = new_layout(context, content_width, 8, Weight::regular);
  layouts.footer = new_layout(context, content_width, 8, Weight::regular);
  pango_layout_set_alignment(layouts.footer.get(), PANGO_ALIGN_RIGHT);
  return layouts;
}

double header_row_height(const Layouts& layouts) {
  double height = 0;
  for (const LayoutPointer& header : layouts.headers)
    height = std::max(height, layout_height(header.get()));
  return height + 2 * padding;
}

// The lines of the first page's heading, after the title, and the running head of the others.
struct Heading {
  std::string title = "Merged chronology";
  std::vector<std::string> lines;
  std::string running_head;
};

Heading heading_of(const MergedChronologyView& view) {
  Heading heading;
  std::string case_line = "Case " + view.case_reference;
  std::string children;
  for (const std::string& pseudonym : view.pseudonyms)
    children += (children.empty() ? "" : ", ") + pseudonym;
  if (!children.empty()) case_line += ": " + children;
  heading.lines.push_back(case_line);
  if (view.scope)
    heading.lines.push_back("Scope: " + day_month_year(view.scope->from) + " to " +
                            day_month_year(view.scope->to));
  std::vector<std::string> agencies;
  for (const MergedChronologyRow& row : view.rows)
    if (std::find(agencies.begin(), agencies.end(), row.agency_name) == agencies.end())
      agencies.push_back(row.agency_name);
  std::string counts =
      std::to_string(view.rows.size()) + (view.rows.size() == 1 ? " entry" : " entries") +
      " from " + std::to_string(agencies.size()) +
      (agencies.size() == 1 ? " agency" : " agencies") + "; " + std::to_string(view.gaps.size()) +
      (view.gaps.size() == 1 ? " gap" : " gaps") + " with no contact";
  for (ChronologyFlag flag : all_chronology_flags)
    counts +=
        "; " + std::string(chronology_flag_text(flag)) + ": " + std::to_string(view.count(flag));
  heading.lines.push_back(counts);
  heading.running_head = "Merged chronology, " + case_line;
  return heading;
}

// How tall the first page's heading is, and the others' running head.
double first_heading_height(const Layouts& layouts, const Heading& heading) {
  set_text(layouts.title.get(), heading.title);
  double height = layout_height(layouts.title.get()) + 4;
  for (const std::string& line : heading.lines) {
    set_text(layouts.heading_line.get(), line);
    height += layout_height(layouts.heading_line.get()) + 2;
  }
  return height + space_below_heading;
}

double running_head_height(const Layouts& layouts, const Heading& heading) {
  set_text(layouts.running_head.get(), heading.running_head);
  return layout_height(layouts.running_head.get()) + space_below_heading;
}

// Pass one: every row's cells laid out, their lines recorded.
std::vector<std::array<CellLines, column_count>> measure(const std::vector<RowText>& rows,
                                                         const Layouts& layouts) {
  std::vector<std::array<CellLines, column_count>> measured(rows.size());
  for (std::size_t row = 0; row < rows.size(); ++row) {
    const std::size_t cells = rows[row].cell_count();
    for (std::size_t column = 0; column < cells; ++column) {
      PangoLayout* layout = layouts.for_cell(rows[row], column);
      set_text(layout, rows[row].cells[column]);
      measured[row][column] = lines_of(layout);
    }
  }
  return measured;
}

// Cuts the rows into pages. A row that does not fit what is left of a page starts the next; a
// row taller than a whole page is split between its lines, so nothing is cut off.
std::vector<Page> paginate(const std::vector<RowText>& rows,
                           const std::vector<std::array<CellLines, column_count>>& measured,
                           double first_space, double other_space) {
  std::vector<Page> pages(1);
  double space = first_space;
  const auto next_page = [&] {
    pages.emplace_back();
    space = other_space;
  };
  for (std::size_t row = 0; row < rows.size(); ++row) {
    const std::size_t cells = rows[row].cell_count();
    RowPiece piece;
    piece.row = row;
    for (std::size_t column = 0; column < cells; ++column)
      piece.to[column] = measured[row][column].size();
    // The whole row's height.
    double whole = 0;
    for (std::size_t column = 0; column < cells; ++column)
      if (!measured[row][column].empty())
        whole = std::max(whole, measured[row][column].back().bottom);
    whole += 2 * padding;
    if (whole > space && !pages.back().pieces.empty()) next_page();
    if (whole <= space) {
      piece.height = whole;
      pages.back().pieces.push_back(piece);
      space -= whole;
      continue;
    }
    // Taller than a page: as many lines of each cell as fit, page after page.
    std::array<std::size_t, column_count> done{};
    for (;;) {
      RowPiece part;
      part.row = row;
      double tallest = 0;
      bool rest = false;
      for (std::size_t column = 0; column < cells; ++column) {
        const CellLines& lines = measured[row][column];
        std::size_t end = done[column];
        const double offset = end < lines.size() ? lines[end].top : 0;
        while (end < lines.size() && lines[end].bottom - offset + 2 * padding <= space) ++end;
        // A line taller than a whole page (never at these sizes) still moves the row on.
        if (end == done[column] && end < lines.size() && tallest == 0) ++end;
        part.from[column] = done[column];
        part.to[column] = end;
        if (end > done[column]) tallest = std::max(tallest, lines[end - 1].bottom - offset);
        done[column] = end;
        if (end < lines.size()) rest = true;
      }
      part.height = tallest + 2 * padding;
      pages.back().pieces.push_back(part);
      space -= part.height;
      if (!rest) break;
      next_page();
    }
  }
  return pages;
}

void draw_lines(cairo_t* context, PangoLayout* layout, const CellLines& lines, std::size_t from,
                std::size_t to, double x, double y) {
  if (from >= to) return;
  const double offset = lines[from].top;
  for (std::size_t index = from; index < to; ++index) {
    cairo_move_to(context, x, y + lines[index].baseline - offset);
    pango_cairo_show_layout_line(context,
                                 pango_layout_get_line_readonly(layout, static_cast<int>(index)));
  }
}

void rule(cairo_t* context, double y) {
  set_colour(context, border_colour);
  cairo_set_line_width(context, 0.5);
  cairo_move_to(context, margin, y);
  cairo_line_to(context, margin + content_width, y);
  cairo_stroke(context);
}

double draw_block(cairo_t* context, PangoLayout* layout, const std::string& text, const char* tag,
                  Colour colour, double y) {
  set_text(layout, text);
  pango_cairo_update_layout(context, layout);
  cairo_tag_begin(context, tag, nullptr);
  set_colour(context, colour);
  cairo_move_to(context, margin, y);
  pango_cairo_show_layout(context, layout);
  cairo_tag_end(context, tag);
  return layout_height(layout);
}

// Pass two: each page's heading, its table with the header row, and its number.
void draw_pages(cairo_t* context, const Layouts& layouts, const Heading& heading,
                const std::vector<RowText>& rows,
                const std::vector<std::array<CellLines, column_count>>& measured,
                const std::vector<Page>& pages) {
  const double header_height = header_row_height(layouts);
  for (std::size_t page = 0; page < pages.size(); ++page) {
    if (page > 0) cairo_show_page(context);
    double y = margin;
    if (page == 0) {
      y += draw_block(context, layouts.title.get(), heading.title, "H1", text_colour, y) + 4;
      for (const std::string& line : heading.lines)
        y += draw_block(context, layouts.heading_line.get(), line, "P", text_colour, y) + 2;
    } else {
      y += draw_block(context, layouts.running_head.get(), heading.running_head, "P",
                      secondary_colour, y);
    }
    y += space_below_heading;

    cairo_tag_begin(context, "Table", nullptr);
    cairo_tag_begin(context, "TR", nullptr);
    set_colour(context, text_colour);
    for (std::size_t column = 0; column < column_count; ++column) {
      cairo_tag_begin(context, "TH", nullptr);
      cairo_move_to(context, column_x(column) + padding, y + padding);
      pango_cairo_show_layout(context, layouts.headers[column].get());
      cairo_tag_end(context, "TH");
    }
    cairo_tag_end(context, "TR");
    y += header_height;
    set_colour(context, text_colour);
    cairo_set_line_width(context, 1.0);
    cairo_move_to(context, margin, y);
    cairo_line_to(context, margin + content_width, y);
    cairo_stroke(context);

    for (const RowPiece& piece : pages[page].pieces) {
      const RowText& row = rows[piece.row];
      cairo_tag_begin(context, "TR", nullptr);
      if (row.is_gap()) {
        set_colour(context, shading_colour);
        cairo_rectangle(context, margin, y, content_width, piece.height);
        cairo_fill(context);
      }
      set_colour(context, text_colour);
      const std::size_t cells = row.cell_count();
      for (std::size_t column = 0; column < cells; ++column) {
        PangoLayout* layout = layouts.for_cell(row, column);
        set_text(layout, row.cells[column]);
        pango_cairo_update_layout(context, layout);
        cairo_tag_begin(context, "TD", nullptr);
        draw_lines(context, layout, measured[piece.row][column], piece.from[column],
                   piece.to[column], column_x(column) + padding, y + padding);
        cairo_tag_end(context, "TD");
      }
      // A row carried on from the page before says so where its first column has nothing left.
      const bool carried_on = std::any_of(piece.from.begin(), piece.from.begin() + cells,
                                          [](std::size_t from) { return from > 0; });
      if (carried_on && piece.from[0] >= piece.to[0]) {
        set_colour(context, secondary_colour);
        cairo_move_to(context, column_x(0) + padding, y + padding);
        pango_cairo_show_layout(context, layouts.continued.get());
      }
      cairo_tag_end(context, "TR");
      y += piece.height;
      rule(context, y);
    }
    cairo_tag_end(context, "Table");
    if (rows.empty()) {
      set_colour(context, text_colour);
      y += padding;
      draw_block(context, layouts.heading_line.get(), "No agency has submitted its chronology yet.",
                 "P", text_colour, y);
    }

    const std::string number =
        "Page " + std::to_string(page + 1) + " of " + std::to_string(pages.size());
    set_text(layouts.footer.get(), number);
    pango_cairo_update_layout(context, layouts.footer.get());
    set_colour(context, secondary_colour);
    cairo_move_to(context, margin, footer_top);
    pango_cairo_show_layout(context, layouts.footer.get());
  }
}

}  // namespace

Result<std::string> merged_chronology_pdf(const MergedChronologyView& view) {
  const Heading heading = heading_of(view);
  std::vector<RowText> rows;
  for (const MergedChronologyLine& line : merged_chronology_lines(view))
    rows.push_back(row_text(line));

  std::string pdf;
  const SurfacePointer surface =
      TRY(pdf_surface(pdf, page_width, page_height, heading.running_head));
  {
    ContextPointer context{cairo_create(surface.get())};
    const Layouts layouts = make_layouts(context.get());
    const double table_space = header_row_height(layouts);
    const double first_space =
        body_bottom - margin - first_heading_height(layouts, heading) - table_space;
    const double other_space =
        body_bottom - margin - running_head_height(layouts, heading) - table_space;
    const auto measured = measure(rows, layouts);
    const std::vector<Page> pages = paginate(rows, measured, first_space, other_space);
    cairo_tag_begin(context.get(), "Document", nullptr);
    draw_pages(context.get(), layouts, heading, rows, measured, pages);
    cairo_tag_end(context.get(), "Document");
    TRY(cairo_check("draw the chronology", cairo_status(context.get())));
  }
  cairo_surface_finish(surface.get());
  TRY(cairo_check("finish the PDF", cairo_surface_status(surface.get())));
  return with_language_and_title_shown(std::move(pdf), "en-GB");
}

}  // namespace casereview::documents
