// What the program's PDFs (certificate_pdf, chronology_pdf) share: the A4 landscape page, the
// font and the GOV.UK colours, owners for cairo's and pango's objects, a cairo stream that
// collects the PDF in a string, and cairo's failures as errors.
//
// Thread safety: nothing here keeps state; each document has its own surface and context.
#pragma once

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.hpp"

namespace casereview::documents {

// A4 landscape in PDF points (1/72 inch): 297 mm by 210 mm.
inline constexpr double a4_landscape_width = 841.89;
inline constexpr double a4_landscape_height = 595.28;
// Debian's fonts-dejavu-core: covers the letters of every European name.
inline constexpr const char* pdf_font_family = "DejaVu Sans";

// GOV.UK colours: text black, brand blue for borders and rules, secondary text grey.
struct Colour {
  double red, green, blue;
};
inline constexpr Colour text_colour{0x0b / 255.0, 0x0c / 255.0, 0x0c / 255.0};
inline constexpr Colour brand_colour{0x1d / 255.0, 0x70 / 255.0, 0xb8 / 255.0};
inline constexpr Colour secondary_colour{0x50 / 255.0, 0x5a / 255.0, 0x5f / 255.0};
inline constexpr Colour border_colour{0xb1 / 255.0, 0xb4 / 255.0, 0xb6 / 255.0};
inline constexpr Colour shading_colour{0xf3 / 255.0, 0xf2 / 255.0, 0xf1 / 255.0};

inline void set_colour(cairo_t* context, Colour colour) {
  cairo_set_source_rgb(context, colour.red, colour.green, colour.blue);
}

struct SurfaceDeleter {
  void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
};
struct ContextDeleter {
  void operator()(cairo_t* context) const { cairo_destroy(context); }
};
struct GObjectDeleter {
  void operator()(void* object) const { g_object_unref(object); }
};
struct FontDeleter {
  void operator()(PangoFontDescription* font) const { pango_font_description_free(font); }
};
using SurfacePointer = std::unique_ptr<cairo_surface_t, SurfaceDeleter>;
using ContextPointer = std::unique_ptr<cairo_t, ContextDeleter>;
using LayoutPointer = std::unique_ptr<PangoLayout, GObjectDeleter>;
using FontPointer = std::unique_ptr<PangoFontDescription, FontDeleter>;

enum class Weight { regular, bold };
enum class Slant { upright, italic };

// The document font at `points`, as a description pango lays text out in.
FontPointer pdf_font(double points, Weight weight, Slant slant = Slant::upright);

// A layout `width` points wide, wrapping at words (or within a word too long for a line), in the
// document font.
LayoutPointer new_layout(cairo_t* context, double width, double points, Weight weight,
                         Slant slant = Slant::upright);
void set_text(PangoLayout* layout, const std::string& text);
// The layout's height in points.
double layout_height(PangoLayout* layout);

// One laid-out line, in points from the top of its layout.
struct LineBox {
  double top;
  double bottom;
  double baseline;
};
// The layout's lines, top to bottom.
std::vector<LineBox> lines_of(PangoLayout* layout);

// A cairo_write_func_t appending to the std::string `closure` points to; NO_MEMORY when it cannot.
cairo_status_t append_to_string(void* closure, const unsigned char* data, unsigned int length);

// PDF/UA as far as cairo 1.16 allows (issue 17): cairo tags the structure, marks the content and
// writes the title, but it has no way to say the document's language or to ask readers to show the
// title rather than the file name. This adds /Lang and /ViewerPreferences << /DisplayDocTitle true
// >> to the finished PDF's catalog as an incremental update (the catalog written again after the
// file's end, with its own cross-reference section and a trailer pointing back to cairo's), so no
// byte cairo wrote moves. `language` is a BCP 47 tag ("en-GB"). internal when the PDF is not laid
// out as cairo writes it (a classic cross-reference table and trailer, the catalog uncompressed).
// Where it stops: decoration is not marked as artifacts, links carry no /Contents, and there is no
// XMP metadata stream.
Result<std::string> with_language_and_title_shown(std::string pdf, std::string_view language);

// A PDF surface `width` by `height` points that writes into `pdf`, its title and creator set:
// how every document here starts. internal when cairo cannot make it.
Result<SurfacePointer> pdf_surface(std::string& pdf, double width, double height,
                                   const std::string& title);

// "cairo could not <step>: <cairo's message>".
std::string cairo_failure(const char* step, cairo_status_t status);

// ok when `status` is success, else internal with cairo_failure's words.
Status cairo_check(const char* step, cairo_status_t status);

}  // namespace casereview::documents
