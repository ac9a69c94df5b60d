// The shared parts of the program's PDFs (see pdf_support.hpp).
#include "app/documents/pdf_support.hpp"

#include <cstdio>
#include <new>
#include <optional>

namespace casereview::documents {

FontPointer pdf_font(double points, Weight weight, Slant slant) {
  FontPointer font{pango_font_description_new()};
  pango_font_description_set_family(font.get(), pdf_font_family);
  pango_font_description_set_weight(
      font.get(), weight == Weight::bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_style(
      font.get(), slant == Slant::italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
  pango_font_description_set_absolute_size(font.get(), points * PANGO_SCALE);
  return font;
}

LayoutPointer new_layout(cairo_t* context, double width, double points, Weight weight,
                         Slant slant) {
  LayoutPointer layout{pango_cairo_create_layout(context)};
  pango_layout_set_font_description(layout.get(), pdf_font(points, weight, slant).get());
  pango_layout_set_width(layout.get(), static_cast<int>(width * PANGO_SCALE));
  pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
  return layout;
}

void set_text(PangoLayout* layout, const std::string& text) {
  pango_layout_set_text(layout, text.c_str(), static_cast<int>(text.size()));
}

double layout_height(PangoLayout* layout) {
  int height = 0;
  pango_layout_get_size(layout, nullptr, &height);
  return static_cast<double>(height) / PANGO_SCALE;
}

std::vector<LineBox> lines_of(PangoLayout* layout) {
  std::vector<LineBox> lines;
  PangoLayoutIter* iterator = pango_layout_get_iter(layout);
  do {
    PangoRectangle logical;
    pango_layout_iter_get_line_extents(iterator, nullptr, &logical);
    const double top = static_cast<double>(logical.y) / PANGO_SCALE;
    lines.push_back({top, top + static_cast<double>(logical.height) / PANGO_SCALE,
                     static_cast<double>(pango_layout_iter_get_baseline(iterator)) / PANGO_SCALE});
  } while (pango_layout_iter_next_line(iterator));
  pango_layout_iter_free(iterator);
  return lines;
}

cairo_status_t append_to_string(void* closure, const unsigned char* data, unsigned int length) {
  try {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
  } catch (const std::bad_alloc&) {
    return CAIRO_STATUS_NO_MEMORY;
  }
}

std::string cairo_failure(const char* step, cairo_status_t status) {
  return std::string("cairo could not ") + step + ": " + cairo_status_to_string(status);
}

Result<SurfacePointer> pdf_surface(std::string& pdf, double width, double height,
                                   const std::string& title) {
  SurfacePointer surface{
      cairo_pdf_surface_create_for_stream(append_to_string, &pdf, width, height)};
  TRY(cairo_check("make the PDF surface", cairo_surface_status(surface.get())));
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, title.c_str());
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "casereview");
  return surface;
}

Status cairo_check(const char* step, cairo_status_t status) {
  if (status == CAIRO_STATUS_SUCCESS) return ok_status();
  return Error::of(ErrorCode::internal, cairo_failure(step, status));
}

namespace {

Error not_as_cairo_writes(const std::string& what) {
  return Error::of(ErrorCode::internal, "The PDF is not laid out as cairo writes it: " + what);
}

// The integer after `key` (e.g. "/Size") in `text`, from `from` on.
std::optional<long long> number_after(std::string_view text, std::string_view key,
                                      std::size_t from = 0) {
  const std::size_t at = text.find(key, from);
  if (at == std::string_view::npos) return std::nullopt;
  std::size_t start = at + key.size();
  while (start < text.size() && (text[start] == ' ' || text[start] == '\n' || text[start] == '\r'))
    ++start;
  std::size_t end = start;
  while (end < text.size() && text[end] >= '0' && text[end] <= '9') ++end;
  if (end == start || end - start > 18) return std::nullopt;
  return std::stoll(std::string(text.substr(start, end - start)));
}

}  // namespace

Result<std::string> with_language_and_title_shown(std::string pdf, std::string_view language) {
  // The last trailer: where cairo's cross-reference table starts, how many objects there are, and
  // which are the catalog and the information dictionary.
  const std::size_t startxref = pdf.rfind("startxref");
  const std::size_t trailer = pdf.rfind("trailer", startxref);
  if (startxref == std::string::npos || trailer == std::string::npos)
    return not_as_cairo_writes("no trailer");
  const std::string_view tail(pdf.data() + trailer, pdf.size() - trailer);
  const auto previous = number_after(tail, "startxref");
  const auto size = number_after(tail, "/Size");
  const auto root = number_after(tail, "/Root");
  const auto info = number_after(tail, "/Info");
  if (!previous || !size || !root) return not_as_cairo_writes("an incomplete trailer");

  // Where the catalog starts, from cairo's cross-reference table: one section "0 <size>", then
  // an entry of exactly 20 bytes per object ("0000003327 00000 n \n").
  const std::size_t table = static_cast<std::size_t>(*previous);
  const std::string section = "xref\n0 " + std::to_string(*size) + "\n";
  if (*root <= 0 || *root >= *size || table >= pdf.size() ||
      pdf.compare(table, section.size(), section) != 0)
    return not_as_cairo_writes("an unexpected cross-reference table");
  const std::size_t entry_at = table + section.size() + 20 * static_cast<std::size_t>(*root);
  if (entry_at + 20 > pdf.size()) return not_as_cairo_writes("a short cross-reference table");
  const std::string offset = pdf.substr(entry_at, 10);
  if (offset.find_first_not_of("0123456789") != std::string::npos)
    return not_as_cairo_writes("a cross-reference entry that is not an offset");
  const std::size_t object = std::stoull(offset);
  const std::string header = std::to_string(*root) + " 0 obj";
  if (object >= pdf.size() || pdf.compare(object, header.size(), header) != 0)
    return not_as_cairo_writes("the catalog is not where the table says");

  // The catalog's dictionary, its closing ">>" replaced by the two entries and ">>".
  const std::size_t dictionary = pdf.find("<<", object);
  const std::size_t end = pdf.find("endobj", object);
  if (dictionary == std::string::npos || end == std::string::npos || dictionary > end)
    return not_as_cairo_writes("no catalog dictionary");
  std::string catalog = pdf.substr(dictionary, end - dictionary);
  while (!catalog.empty() &&
         (catalog.back() == '\n' || catalog.back() == '\r' || catalog.back() == ' '))
    catalog.pop_back();
  if (catalog.size() < 4 || catalog.compare(catalog.size() - 2, 2, ">>") != 0 ||
      catalog.find("/Lang") != std::string::npos)
    return not_as_cairo_writes("an unexpected catalog");
  catalog.resize(catalog.size() - 2);
  catalog += "   /Lang (" + std::string(language) +
             ")\n   /ViewerPreferences << /DisplayDocTitle true >>\n>>";

  if (pdf.empty() || pdf.back() != '\n') pdf += '\n';
  const std::size_t catalog_offset = pdf.size();
  pdf += header + "\n" + catalog + "\nendobj\n";
  const std::size_t table_offset = pdf.size();
  char entry[24];
  std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", catalog_offset);
  pdf += "xref\n" + std::to_string(*root) + " 1\n" + entry;
  pdf += "trailer\n<< /Size " + std::to_string(*size) + "\n   /Root " + std::to_string(*root) +
         " 0 R\n" + (info ? "   /Info " + std::to_string(*info) + " 0 R\n" : "") + "   /Prev " +
         std::to_string(*previous) + "\n>>\nstartxref\n" + std::to_string(table_offset) +
         "\n%%EOF\n";
  return pdf;
}

}  // namespace casereview::documents
