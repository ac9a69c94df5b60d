// Tests for the test HTML parser (tests/support/html_dom): tree building, error reporting,
// selectors, text content and the canonical form used to compare fragments.
#include "support/html_dom.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace casereview::test::html {
namespace {

TEST(HtmlDom, BuildsATreeOfElementsAttributesAndText) {
  Document document = Document::parse("<div id=main class='a b'><p>Hello <em>world</em></p></div>");
  EXPECT_TRUE(document.errors().empty());
  ASSERT_EQ(document.root().children().size(), 1u);
  const Node& div = *document.root().children()[0];
  EXPECT_EQ(div.name(), "div");
  EXPECT_EQ(div.attribute("id"), "main");
  EXPECT_EQ(div.classes(), (std::vector<std::string>{"a", "b"}));
  EXPECT_TRUE(div.has_class("b"));
  EXPECT_FALSE(div.has_attribute("title"));
  EXPECT_EQ(div.text_content(), "Hello world");
  EXPECT_EQ(div.child_elements()[0]->parent(), &div);
}

TEST(HtmlDom, UnderstandsVoidElementsBareAttributesAndSelfClosingSvg) {
  Document document = Document::parse(
      "<p>a<br>b<input disabled type=text/><svg><path d=\"M0\"/><circle/></svg>c</p>");
  EXPECT_TRUE(document.errors().empty()) << document.errors().front();
  const Node* input = document.select_one("input");
  ASSERT_NE(input, nullptr);
  EXPECT_EQ(input->attribute("disabled"), "");
  EXPECT_TRUE(input->children().empty());
  EXPECT_EQ(document.select("svg > *").size(), 2u);
  EXPECT_EQ(document.select_one("p")->text_content(), "abc");
}

TEST(HtmlDom, DecodesCharacterReferences) {
  Document document = Document::parse(
      "<p title=\"&quot;x&#39;\">&lt;a&gt; &amp; &#x27;b&#39; &copy; &ctdot; &unknown;</p>");
  const Node* paragraph = document.select_one("p");
  EXPECT_EQ(paragraph->attribute("title"), "\"x'");
  EXPECT_EQ(paragraph->text_content(), "<a> & 'b' \u00A9 \u22EF &unknown;");
}

TEST(HtmlDom, KeepsCommentsDoctypeAndRawText) {
  Document document = Document::parse(
      "<!DOCTYPE html><!-- note --><script>if (a < b && c) "
      "{}</script><textarea>\n&lt;x</textarea>");
  EXPECT_TRUE(document.errors().empty());
  const auto& children = document.root().children();
  ASSERT_EQ(children.size(), 4u);
  EXPECT_EQ(children[0]->kind(), NodeKind::doctype);
  EXPECT_EQ(children[0]->data(), "html");
  EXPECT_EQ(children[1]->kind(), NodeKind::comment);
  EXPECT_EQ(children[1]->data(), " note ");
  EXPECT_EQ(children[2]->text_content(), "if (a < b && c) {}");
  EXPECT_EQ(children[3]->text_content(), "<x");
}

TEST(HtmlDom, ClosesOptionalEndTagsImplicitly) {
  Document document = Document::parse("<ul><li>one<li>two</ul><p>a<div>b</div>");
  EXPECT_TRUE(document.errors().empty()) << document.errors().front();
  EXPECT_EQ(document.select("ul > li").size(), 2u);
  EXPECT_TRUE(document.select("p div").empty());
}

TEST(HtmlDom, ReportsMalformedMarkup) {
  EXPECT_FALSE(Document::parse("<div><span></div>").errors().empty());
  EXPECT_FALSE(Document::parse("<div>").errors().empty());
  EXPECT_FALSE(Document::parse("</span>").errors().empty());
  EXPECT_FALSE(Document::parse("<a href=\"x\" href=\"y\"></a>").errors().empty());
  EXPECT_FALSE(Document::parse("<div class=\"x\"").errors().empty());
  EXPECT_FALSE(Document::parse("<div/>").errors().empty());
}

TEST(HtmlDom, SelectsByTagClassIdAttributeAndDescendant) {
  Document document = Document::parse(
      "<main id=content><h1 class=\"govuk-heading-xl big\">Title</h1>"
      "<form><input name=csrf_token type=hidden><input name=q></form></main><h1 "
      "class=govuk-heading-xl>Out</h1>");
  EXPECT_EQ(document.select("h1").size(), 2u);
  ASSERT_EQ(document.select("main .govuk-heading-xl").size(), 1u);
  EXPECT_EQ(document.select("main .govuk-heading-xl")[0]->text_content(), "Title");
  EXPECT_EQ(document.select("h1.govuk-heading-xl.big").size(), 1u);
  EXPECT_EQ(document.select("#content input").size(), 2u);
  EXPECT_EQ(document.select("[type]").size(), 1u);
  EXPECT_EQ(document.select("input[name=csrf_token]").size(), 1u);
  EXPECT_EQ(document.select("input[name='q']").size(), 1u);
  EXPECT_EQ(document.select("form > input[type=\"hidden\"]").size(), 1u);
  EXPECT_EQ(document.select("main > input").size(), 0u);
  EXPECT_EQ(document.select_one("nav"), nullptr);
  EXPECT_THROW(document.select(""), std::invalid_argument);
  EXPECT_THROW(document.select("a[b"), std::invalid_argument);
  EXPECT_THROW(document.select("a >"), std::invalid_argument);
  EXPECT_THROW(document.select("a:hover"), std::invalid_argument);
}

TEST(HtmlDom, SelectsOnlyWithinTheElementAskedAndInDocumentOrder) {
  Document document =
      Document::parse("<div class=a><p>1</p><div class=b><p>2</p></div></div><p>3</p>");
  const Node* inner = document.select_one(".b");
  ASSERT_EQ(inner->select("p").size(), 1u);
  EXPECT_TRUE(inner->select(".a p").empty());
  std::vector<const Node*> all = document.select("div p");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0]->text_content(), "1");
  EXPECT_EQ(all[1]->text_content(), "2");
}

TEST(HtmlDom, NormalisedTextCollapsesWhitespace) {
  Document document = Document::parse("<p>\n  Hello\n   <b>big</b>\tworld  </p>");
  EXPECT_EQ(document.select_one("p")->normalised_text(), "Hello big world");
}

TEST(HtmlDom, CanonicalFormIgnoresFormattingButNotContent) {
  EXPECT_EQ(canonical("<a  class=\"b a a\" href='x'>\n  Link &#39;1&#x27;\n</a>"),
            canonical("<a href=\"x\" class=\"a b\">Link '1'</a>"));
  EXPECT_EQ(canonical("<div>\n\n<p>x   y</p>\n</div>"), canonical("<div><p>x y</p></div>"));
  EXPECT_EQ(canonical("<input disabled>"), canonical("<input disabled=\"\" />"));
  EXPECT_NE(canonical("<p>x</p>"), canonical("<p>y</p>"));
  EXPECT_NE(canonical("<p class=a>x</p>"), canonical("<p class=b>x</p>"));
  EXPECT_NE(canonical("<p>&lt;b&gt;</p>"), canonical("<p><b></b></p>"));
  EXPECT_NE(canonical("<pre>a  b</pre>"), canonical("<pre>a b</pre>"));
  EXPECT_EQ(canonical("<p id=a>x</p>"), "<p id=\"a\">\n  x\n</p>\n");
}

}  // namespace
}  // namespace casereview::test::html
