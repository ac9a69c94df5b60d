// QR codes as SVG: well-formed XML with the accessibility attributes and no inline style, a
// quiet zone, and exactly the modules libqrencode chose, at the size its version implies.
#include "app/security/qr_code.hpp"

#include <Poco/AutoPtr.h>
#include <Poco/DOM/DOMParser.h>
#include <Poco/DOM/Document.h>
#include <Poco/DOM/Element.h>
#include <Poco/DOM/NamedNodeMap.h>
#include <Poco/DOM/NodeList.h>
#include <gtest/gtest.h>
#include <qrencode.h>

#include <memory>
#include <regex>
#include <set>
#include <string>
#include <utility>

#include "app/security/totp.hpp"

namespace casereview::security {
namespace {

using Module = std::pair<int, int>;  // column, row in the SVG's coordinates

std::string svg_of(std::string_view text, std::string_view name = "QR code") {
  Result<std::string> svg = qr_code_svg(text, name);
  EXPECT_TRUE(svg.ok()) << (svg.ok() ? "" : svg.error().message);
  return svg.ok() ? svg.value() : std::string();
}

Poco::AutoPtr<Poco::XML::Document> parsed(const std::string& svg) {
  Poco::XML::DOMParser parser;
  return parser.parseString(svg);
}

// The modules libqrencode marks dark for `text`, moved by the quiet zone, and the symbol's version.
std::pair<std::set<Module>, int> expected_modules(const std::string& text) {
  std::unique_ptr<QRcode, void (*)(QRcode*)> code(
      QRcode_encodeString(text.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), QRcode_free);
  std::set<Module> dark;
  if (!code) return {dark, 0};
  EXPECT_EQ(code->width,
            17 + 4 * code->version);  // ISO/IEC 18004: version v is 17 + 4v modules wide
  for (int row = 0; row < code->width; ++row) {
    for (int column = 0; column < code->width; ++column) {
      if (code->data[row * code->width + column] & 1) dark.insert({column + 4, row + 4});
    }
  }
  return {dark, code->version};
}

// The modules the path's rectangles cover; each rectangle is "M{x} {y}h{w}v1h-{w}z".
std::set<Module> drawn_modules(const std::string& path) {
  static const std::regex rectangle(R"(M(\d+) (\d+)h(\d+)v1h-(\d+)z)");
  std::set<Module> dark;
  std::size_t consumed = 0;
  for (std::sregex_iterator it(path.begin(), path.end(), rectangle), end; it != end; ++it) {
    const std::smatch& match = *it;
    EXPECT_EQ(static_cast<std::size_t>(match.position()), consumed) << "unexpected path data";
    EXPECT_EQ(match[3], match[4]);
    const int x = std::stoi(match[1]), y = std::stoi(match[2]), width = std::stoi(match[3]);
    for (int column = x; column < x + width; ++column) EXPECT_TRUE(dark.insert({column, y}).second);
    consumed += match.length();
  }
  EXPECT_EQ(consumed, path.size());
  return dark;
}

TEST(QrCodeSvg, IsWellFormedSvgWithAnAccessibleName) {
  const std::string svg = svg_of("https://example.org", "Scan this with your authenticator app");
  auto document = parsed(svg);
  Poco::XML::Element* root = document->documentElement();
  EXPECT_EQ(root->localName(), "svg");
  EXPECT_EQ(root->namespaceURI(), "http://www.w3.org/2000/svg");
  EXPECT_EQ(root->getAttribute("role"), "img");
  EXPECT_EQ(root->getAttribute("aria-label"), "Scan this with your authenticator app");
}

TEST(QrCodeSvg, EscapesTheAccessibleName) {
  const std::string name = R"(Alice's "code" <for> Smith & Co)";
  auto document = parsed(svg_of("https://example.org", name));
  EXPECT_EQ(document->documentElement()->getAttribute("aria-label"), name);
}

TEST(QrCodeSvg, HasNoStyleAttributesOrElements) {
  auto document = parsed(svg_of("https://example.org"));
  Poco::AutoPtr<Poco::XML::NodeList> all = document->getElementsByTagName("*");
  ASSERT_EQ(all->length(), 3u);  // svg, rect, path
  for (unsigned long index = 0; index < all->length(); ++index) {
    auto* element = static_cast<Poco::XML::Element*>(all->item(index));
    EXPECT_NE(element->localName(), "style");
    EXPECT_FALSE(element->hasAttribute("style")) << element->localName();
    EXPECT_FALSE(element->hasAttribute("class")) << element->localName();
  }
}

TEST(QrCodeSvg, DrawsExactlyLibqrencodesModulesInsideAFourModuleQuietZone) {
  for (const std::string& text :
       {std::string("https://example.org"),
        totp_uri("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", "Northbrook Safeguarding Children Partnership",
                 "alice.smith@northbrook.example.org"),
        std::string(600, 'x')}) {
    const auto [expected, version] = expected_modules(text);
    ASSERT_GT(version, 0) << text;
    const int size = 17 + 4 * version + 8;

    auto document = parsed(svg_of(text));
    Poco::XML::Element* root = document->documentElement();
    EXPECT_EQ(root->getAttribute("viewBox"),
              "0 0 " + std::to_string(size) + " " + std::to_string(size));
    EXPECT_EQ(root->getAttribute("width"), std::to_string(size * qr_code_pixels_per_module));

    Poco::AutoPtr<Poco::XML::NodeList> rectangles = root->getElementsByTagName("rect");
    ASSERT_EQ(rectangles->length(), 1u);
    auto* background = static_cast<Poco::XML::Element*>(rectangles->item(0));
    ASSERT_NE(background, nullptr);
    EXPECT_EQ(background->getAttribute("width"), std::to_string(size));
    EXPECT_EQ(background->getAttribute("height"), std::to_string(size));
    EXPECT_EQ(background->getAttribute("fill"), "#ffffff");

    Poco::AutoPtr<Poco::XML::NodeList> paths = root->getElementsByTagName("path");
    ASSERT_EQ(paths->length(), 1u);
    auto* path = static_cast<Poco::XML::Element*>(paths->item(0));
    EXPECT_EQ(path->getAttribute("fill"), "#000000");
    const std::set<Module> drawn = drawn_modules(path->getAttribute("d"));
    EXPECT_EQ(drawn, expected) << text;
    for (const auto& [column, row] : drawn) {
      EXPECT_GE(column, 4);
      EXPECT_GE(row, 4);
      EXPECT_LT(column, size - 4);
      EXPECT_LT(row, size - 4);
    }
    // The top-left finder pattern: a 7-module dark square ring starts at the quiet zone's edge.
    for (int offset = 0; offset < 7; ++offset) {
      EXPECT_TRUE(drawn.contains({4 + offset, 4}));
      EXPECT_TRUE(drawn.contains({4, 4 + offset}));
    }
  }
}

TEST(QrCodeSvg, ChoosesTheSmallestVersionForTheText) {
  // At level M, version 1 holds 14 bytes and version 2 holds 26.
  EXPECT_EQ(expected_modules("https://example.org").second, 2);
  auto document = parsed(svg_of("https://example.org"));
  EXPECT_EQ(document->documentElement()->getAttribute("viewBox"), "0 0 33 33");  // 25 + 2 × 4
}

TEST(QrCodeSvg, RefusesEmptyTextTextWithNulAndTextTooLong) {
  EXPECT_FALSE(qr_code_svg("", "QR code").ok());
  EXPECT_FALSE(qr_code_svg(std::string_view("a\0b", 3), "QR code").ok());
  Result<std::string> too_long = qr_code_svg(std::string(3000, 'x'), "QR code");
  ASSERT_FALSE(too_long.ok());
  EXPECT_EQ(too_long.error().code, ErrorCode::internal);
  EXPECT_EQ(too_long.error().message, "The text is too long for a QR code");
}

}  // namespace
}  // namespace casereview::security
