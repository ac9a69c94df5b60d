// The 7-minute briefing as one page of PDF (Rule LIB-2): see briefing_pdf.hpp.
#include "app/documents/briefing_pdf.hpp"

#include <algorithm>

#include "app/documents/pdf_support.hpp"

namespace casereview::documents {

namespace {

constexpr double page_width = a4_landscape_height;  // portrait
constexpr double page_height = a4_landscape_width;
constexpr double margin = 48.0;
constexpr double content_width = page_width - 2 * margin;
constexpr double rule_width = 4.0;  // the brand-blue rule beside each section
constexpr double rule_gap = 10.0;   // between the rule and the text
constexpr double smallest_body = 7.0;

struct Block {
  std::string text;
  double scale;  // of the body size: headings are larger
  Weight weight;
  Colour colour;
  const char* structure;  // "H1", "H2", "P"
  bool in_section;        // indented beside the section's rule
  double space_after;     // in body sizes
};

std::vector<Block> blocks_of(const BriefingPdf& document) {
  std::vector<Block> blocks;
  blocks.push_back({document.title, 1.9, Weight::bold, text_colour, "H1", false, 0.4});
  blocks.push_back({document.subtitle, 1.0, Weight::regular, secondary_colour, "P", false, 1.4});
  for (std::size_t i = 0; i < document.sections.size(); ++i) {
    const BriefingPdfSection& section = document.sections[i];
    blocks.push_back({std::to_string(i + 1) + ". " + section.heading, 1.25, Weight::bold,
                      brand_colour, "H2", true, 0.3});
    // Paragraphs at blank lines; single line breaks kept within a paragraph.
    std::string paragraph;
    std::size_t start = 0;
    std::vector<std::string> paragraphs;
    while (start <= section.text.size()) {
      std::size_t end = section.text.find("\n\n", start);
      if (end == std::string::npos) end = section.text.size();
      paragraph = section.text.substr(start, end - start);
      if (!paragraph.empty()) paragraphs.push_back(paragraph);
      start = end + 2;
    }
    for (std::size_t p = 0; p < paragraphs.size(); ++p)
      blocks.push_back({paragraphs[p], 1.0, Weight::regular, text_colour, "P", true,
                        p + 1 == paragraphs.size() ? 1.1 : 0.5});
  }
  return blocks;
}

std::vector<LayoutPointer> lay_out(cairo_t* context, const std::vector<Block>& blocks,
                                   double body) {
  std::vector<LayoutPointer> layouts;
  for (const Block& block : blocks) {
    const double width = block.in_section ? content_width - rule_width - rule_gap : content_width;
    layouts.push_back(new_layout(context, width, body * block.scale, block.weight));
    set_text(layouts.back().get(), block.text);
  }
  return layouts;
}

double height_of(const std::vector<Block>& blocks, const std::vector<LayoutPointer>& layouts,
                 double body) {
  double total = 0;
  for (std::size_t i = 0; i < blocks.size(); ++i)
    total += layout_height(layouts[i].get()) + blocks[i].space_after * body;
  return total;
}

void draw(cairo_t* context, const std::vector<Block>& blocks,
          const std::vector<LayoutPointer>& layouts, double body) {
  double y = 0;
  double section_top = -1;
  const auto close_section = [&](double bottom) {
    if (section_top < 0) return;
    set_colour(context, brand_colour);
    cairo_rectangle(context, 0, section_top, rule_width, bottom - section_top);
    cairo_fill(context);
    section_top = -1;
  };
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const Block& block = blocks[i];
    if (std::string_view(block.structure) == "H2") {
      close_section(y - 0.8 * body);
      section_top = y;
    }
    PangoLayout* layout = layouts[i].get();
    pango_cairo_update_layout(context, layout);
    cairo_tag_begin(context, block.structure, nullptr);
    set_colour(context, block.colour);
    cairo_move_to(context, block.in_section ? rule_width + rule_gap : 0, y);
    pango_cairo_show_layout(context, layout);
    cairo_tag_end(context, block.structure);
    y += layout_height(layout) + block.space_after * body;
  }
  close_section(y - 0.8 * body);
}

}  // namespace

Result<std::string> briefing_pdf(const BriefingPdf& document) {
  std::string pdf;
  const SurfacePointer surface = TRY(pdf_surface(pdf, page_width, page_height, document.title));
  {
    ContextPointer context{cairo_create(surface.get())};
    const std::vector<Block> blocks = blocks_of(document);
    const double available = page_height - 2 * margin;
    // The largest body size from 10.5 points down at which everything fits.
    double body = 10.5;
    std::vector<LayoutPointer> layouts = lay_out(context.get(), blocks, body);
    double height = height_of(blocks, layouts, body);
    while (height > available && body > smallest_body) {
      body = std::max(smallest_body, body - 0.5);
      layouts = lay_out(context.get(), blocks, body);
      height = height_of(blocks, layouts, body);
    }
    // Past the smallest size, the page is scaled down as a whole: one page, always.
    const double scale = height > available ? available / height : 1.0;
    cairo_save(context.get());
    cairo_translate(context.get(), margin, margin);
    cairo_scale(context.get(), scale, scale);
    cairo_tag_begin(context.get(), "Document", nullptr);
    draw(context.get(), blocks, layouts, body);
    cairo_tag_end(context.get(), "Document");
    cairo_restore(context.get());
    TRY(cairo_check("draw the briefing", cairo_status(context.get())));
  }
  cairo_surface_finish(surface.get());
  TRY(cairo_check("finish the PDF", cairo_surface_status(surface.get())));
  return with_language_and_title_shown(std::move(pdf), "en-GB");
}

}  // namespace casereview::documents
