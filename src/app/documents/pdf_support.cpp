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
