// The shared parts of the program's PDFs (see pdf_support.hpp).
#include "app/documents/pdf_support.hpp"

#include <new>

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

Status cairo_check(const char* step, cairo_status_t status) {
  if (status == CAIRO_STATUS_SUCCESS) return ok_status();
  return Error::of(ErrorCode::internal, cairo_failure(step, status));
}

}  // namespace casereview::documents
