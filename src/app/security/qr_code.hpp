// QR codes as SVG, for the page where someone sets up an authenticator app: the app scans the
// otpauth:// URI instead of the person typing the secret. libqrencode chooses the smallest QR
// version that holds the text at error-correction level M (15% of the symbol can be lost).
//
// The SVG is self-contained and meant to be put inline in a page: a white background with the
// 4-module quiet zone scanners need, and one <path> of the dark modules. It uses presentation
// attributes (fill) and no style attribute, so it passes a Content-Security-Policy without
// 'unsafe-inline'. Its role="img" and aria-label give screen readers a name for it; the page
// should still show the secret as text for people who cannot scan.
//
// Example:
//   Result<std::string> svg = security::qr_code_svg(security::totp_uri(secret, issuer, email),
//                                                    "QR code for your authenticator app");
//
// Thread-safety: may be called from any thread (Debian builds libqrencode with pthread support).
#pragma once

#include <string>
#include <string_view>

#include "domain/result.hpp"

namespace casereview::security {

// Each module is drawn this many CSS pixels wide by default (the width and height attributes);
// CSS may resize the image, which scales cleanly.
inline constexpr int qr_code_pixels_per_module = 5;
inline constexpr int qr_code_quiet_zone_modules = 4;

// An <svg> element showing `text` as a QR code, named `accessible_name` for assistive technology
// (escaped here; pass plain text). Returns an internal error, and no markup, when `text` is
// empty, holds a NUL character, or is too long for the largest QR code (about 2,300 bytes at
// level M), or when memory runs out.
Result<std::string> qr_code_svg(std::string_view text, std::string_view accessible_name);

}  // namespace casereview::security
