// QR codes rendered to SVG with libqrencode (see qr_code.hpp).
#include "app/security/qr_code.hpp"

#include <qrencode.h>

#include <cerrno>
#include <memory>

#include "domain/text.hpp"

namespace casereview::security {
namespace {

struct FreeQrCode {
  void operator()(QRcode* code) const { QRcode_free(code); }
};

// Path data for the dark modules: each horizontal run of them in a row becomes one rectangle,
// offset by the quiet zone. libqrencode marks a dark module by bit 0 of its byte.
std::string dark_module_path(const QRcode& code) {
  std::string path;
  for (int row = 0; row < code.width; ++row) {
    const unsigned char* modules = code.data + static_cast<std::size_t>(row) * code.width;
    int column = 0;
    while (column < code.width) {
      if ((modules[column] & 1) == 0) {
        ++column;
        continue;
      }
      const int start = column;
      while (column < code.width && (modules[column] & 1) != 0) ++column;
      const std::string run = std::to_string(column - start);
      path += 'M';
      path += std::to_string(start + qr_code_quiet_zone_modules);
      path += ' ';
      path += std::to_string(row + qr_code_quiet_zone_modules);
      path += 'h' + run + "v1h-" + run + 'z';
    }
  }
  return path;
}

}  // namespace

Result<std::string> qr_code_svg(std::string_view text, std::string_view accessible_name) {
  if (text.empty()) return Error::of(ErrorCode::internal, "Nothing to put in the QR code");
  if (text.find('\0') != std::string_view::npos) {
    return Error::of(ErrorCode::internal, "The text for a QR code must not contain NUL characters");
  }
  const std::string terminated(text);
  errno = 0;
  const std::unique_ptr<QRcode, FreeQrCode> code(
      QRcode_encodeString(terminated.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1));
  if (!code) {
    return Error::of(ErrorCode::internal, errno == ERANGE ? "The text is too long for a QR code"
                                                          : "Could not make the QR code");
  }

  const int size = code->width + 2 * qr_code_quiet_zone_modules;
  const std::string modules = std::to_string(size);
  const std::string pixels = std::to_string(size * qr_code_pixels_per_module);
  return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + modules + " " + modules +
         "\" width=\"" + pixels + "\" height=\"" + pixels + "\" role=\"img\" aria-label=\"" +
         escape_markup(accessible_name) + "\" shape-rendering=\"crispEdges\">" + "<rect width=\"" +
         modules + "\" height=\"" + modules + "\" fill=\"#ffffff\"/>" +
         "<path fill=\"#000000\" d=\"" + dark_module_path(*code) + "\"/></svg>";
}

}  // namespace casereview::security
