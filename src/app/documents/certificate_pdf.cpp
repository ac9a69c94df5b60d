#include "app/documents/certificate_pdf.hpp"

#include <algorithm>
#include <memory>
#include <vector>

#include "app/documents/pdf_support.hpp"
#include "domain/messages.hpp"

namespace casereview::documents {

namespace {

constexpr double page_width = a4_landscape_width;
constexpr double page_height = a4_landscape_height;
constexpr double margin = 56.0;
constexpr double content_width = page_width - 2 * margin;

// One centred block of text on the certificate.
struct Block {
  std::string text;
  double points;           // the size wanted
  double smallest_points;  // how far it may shrink to fit on one line before it wraps
  Weight weight;
  Colour colour;
  double space_after;     // points below the block
  const char* structure;  // tagged-PDF structure element: "H1", "P"
  std::string link;       // a URI to make the block a link, or empty
};

void set_font(PangoLayout* layout, const Block& block, double points) {
  pango_layout_set_font_description(layout, pdf_font(points, block.weight).get());
}

// The block laid out centred across the content width: the largest size from `points` down to
// `smallest_points` at which it fits on one line, else the smallest size, wrapped.
LayoutPointer lay_out(cairo_t* context, const Block& block) {
  LayoutPointer layout{pango_cairo_create_layout(context)};
  pango_layout_set_text(layout.get(), block.text.c_str(), static_cast<int>(block.text.size()));
  pango_layout_set_alignment(layout.get(), PANGO_ALIGN_CENTER);
  pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
  double points = block.points;
  for (;;) {
    set_font(layout.get(), block, points);
    pango_layout_set_width(layout.get(), -1);
    int width = 0;
    pango_layout_get_size(layout.get(), &width, nullptr);
    if (width <= content_width * PANGO_SCALE || points <= block.smallest_points) break;
    points = std::max(block.smallest_points, points - 1.0);
  }
  pango_layout_set_width(layout.get(), static_cast<int>(content_width * PANGO_SCALE));
  return layout;
}

double height_of(PangoLayout* layout) {
  int height = 0;
  pango_layout_get_size(layout, nullptr, &height);
  return static_cast<double>(height) / PANGO_SCALE;
}

// A string attribute value for cairo_tag_begin: single-quoted, with \ and ' escaped.
std::string tag_string(std::string_view value) {
  std::string quoted = "'";
  for (const char c : value) {
    if (c == '\\' || c == '\'') quoted += '\\';
    quoted += c;
  }
  return quoted + "'";
}

void draw_border(cairo_t* context) {
  cairo_set_source_rgb(context, brand_colour.red, brand_colour.green, brand_colour.blue);
  cairo_set_line_width(context, 6);
  cairo_rectangle(context, 20, 20, page_width - 40, page_height - 40);
  cairo_stroke(context);
  cairo_set_line_width(context, 1.2);
  cairo_rectangle(context, 30, 30, page_width - 60, page_height - 60);
  cairo_stroke(context);
}

void draw_blocks(cairo_t* context, const std::vector<Block>& blocks, double top, double bottom) {
  std::vector<LayoutPointer> layouts;
  double total = 0;
  for (const Block& block : blocks) {
    layouts.push_back(lay_out(context, block));
    total += height_of(layouts.back().get()) + block.space_after;
  }
  // Whatever the length of the name or title, everything stays on the page: when the blocks are
  // taller than the space, all of them are scaled down together, about the page's centre line.
  const double available = bottom - top;
  const double scale = total > available ? available / total : 1.0;
  const double start = top + (available - total * scale) / 2;
  cairo_save(context);
  cairo_translate(context, page_width / 2, start);
  cairo_scale(context, scale, scale);
  cairo_translate(context, -content_width / 2, 0);
  double y = 0;
  for (std::size_t index = 0; index < blocks.size(); ++index) {
    const Block& block = blocks[index];
    PangoLayout* layout = layouts[index].get();
    pango_cairo_update_layout(context, layout);
    cairo_tag_begin(context, block.structure, nullptr);
    if (!block.link.empty())
      cairo_tag_begin(context, CAIRO_TAG_LINK, ("uri=" + tag_string(block.link)).c_str());
    cairo_set_source_rgb(context, block.colour.red, block.colour.green, block.colour.blue);
    cairo_move_to(context, 0, y);
    pango_cairo_show_layout(context, layout);
    if (!block.link.empty()) cairo_tag_end(context, CAIRO_TAG_LINK);
    cairo_tag_end(context, block.structure);
    y += height_of(layout) + block.space_after;
  }
  cairo_restore(context);
}

std::vector<FieldError> problems_with(const CertificateDetails& details) {
  std::vector<FieldError> problems;
  const auto check = [&problems](const char* field, const std::string& value,
                                 const std::string& missing) {
    if (value.empty()) {
      problems.push_back({field, missing});
    } else if (!g_utf8_validate(value.data(), static_cast<gssize>(value.size()), nullptr)) {
      problems.push_back({field, "The text is not valid UTF-8"});
    }
  };
  check("person_name", details.person_name, enter("the person's name"));
  check("course_title", details.course_title, enter("the course title"));
  check("partnership_name", details.partnership_name, enter("the partnership's name"));
  check("verification_code", details.verification_code, enter("the verification code"));
  check("public_url", details.public_url, enter("the service's public URL"));
  return problems;
}

}  // namespace

std::string certificate_verification_url(std::string_view public_url) {
  while (!public_url.empty() && public_url.back() == '/') public_url.remove_suffix(1);
  return std::string(public_url) + "/certificates/verify";
}

std::string certificate_date_text(CivilDate date) { return day_month_year(date); }

Result<std::string> certificate_pdf(const CertificateDetails& details) {
  if (std::vector<FieldError> problems = problems_with(details); !problems.empty()) {
    return Error::invalid(std::move(problems), "The certificate is incomplete");
  }
  const std::string verification_url = certificate_verification_url(details.public_url);
  std::string pdf;
  std::unique_ptr<cairo_surface_t, SurfaceDeleter> surface{
      cairo_pdf_surface_create_for_stream(append_to_string, &pdf, page_width, page_height)};
  if (cairo_status_t status = cairo_surface_status(surface.get()); status != CAIRO_STATUS_SUCCESS) {
    return Error::of(ErrorCode::internal, cairo_failure("make the PDF surface", status));
  }
  const std::string title = "Certificate of attendance: " + details.course_title;
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, title.c_str());
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_AUTHOR,
                                 details.partnership_name.c_str());
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_SUBJECT,
                                 ("Attendance by " + details.person_name).c_str());
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "casereview");
  {
    std::unique_ptr<cairo_t, ContextDeleter> context{cairo_create(surface.get())};
    cairo_set_source_rgb(context.get(), 1, 1, 1);
    cairo_paint(context.get());
    draw_border(context.get());
    const std::vector<Block> blocks = {
        {details.partnership_name, 16, 10, Weight::bold, brand_colour, 22, "P", ""},
        {"Certificate of attendance", 34, 34, Weight::bold, text_colour, 26, "H1", ""},
        {"This certifies that", 14, 14, Weight::regular, secondary_colour, 8, "P", ""},
        {details.person_name, 30, 16, Weight::bold, text_colour, 14, "P", ""},
        {"attended the training course", 14, 14, Weight::regular, secondary_colour, 8, "P", ""},
        {details.course_title, 24, 14, Weight::bold, text_colour, 14, "P", ""},
        {"on " + certificate_date_text(details.session_date), 16, 16, Weight::regular, text_colour,
         36, "P", ""},
        {"Verification code: " + details.verification_code, 13, 10, Weight::bold, text_colour, 6,
         "P", ""},
        {"To check this certificate, go to " + verification_url + " and enter the code.", 11, 8,
         Weight::regular, secondary_colour, 0, "P", verification_url},
    };
    cairo_tag_begin(context.get(), "Document", nullptr);
    draw_blocks(context.get(), blocks, 60, page_height - 60);
    cairo_tag_end(context.get(), "Document");
    if (cairo_status_t status = cairo_status(context.get()); status != CAIRO_STATUS_SUCCESS) {
      return Error::of(ErrorCode::internal, cairo_failure("draw the certificate", status));
    }
  }
  cairo_surface_finish(surface.get());
  if (cairo_status_t status = cairo_surface_status(surface.get()); status != CAIRO_STATUS_SUCCESS) {
    return Error::of(ErrorCode::internal, cairo_failure("finish the PDF", status));
  }
  return with_language_and_title_shown(std::move(pdf), "en-GB");
}

}  // namespace casereview::documents
