// Markdown to GOV.UK HTML: every element gets the Design System's classes, headings move by the
// offset a page asks for, tables become GOV.UK tables, and nothing a writer types can put script,
// raw HTML or a javascript: address into the page. Assertions are on the parsed HTML.
#include "web/markdown.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/html_dom.hpp"

namespace casereview::web {
namespace {

using test::html::Document;
using test::html::Node;

Document rendered(std::string_view markdown, MarkdownOptions options = {}) {
  Document document = Document::parse(render_markdown(markdown, options).str());
  EXPECT_TRUE(document.errors().empty()) << document.errors().front() << "\n"
                                         << render_markdown(markdown, options).str();
  return document;
}

std::vector<std::string> names_of(const std::vector<const Node*>& nodes) {
  std::vector<std::string> names;
  for (const Node* node : nodes) names.push_back(node->name());
  return names;
}

std::vector<std::string> texts_of(const std::vector<const Node*>& nodes) {
  std::vector<std::string> texts;
  for (const Node* node : nodes) texts.push_back(node->normalised_text());
  return texts;
}

TEST(Markdown, HeadingsGetGovukHeadingClassesByLevel) {
  const Document page =
      rendered("# One\n\n## Two\n\n### Three\n\n#### Four\n\n##### Five\n\n###### Six\n");
  EXPECT_EQ(names_of(page.root().child_elements()),
            (std::vector<std::string>{"h1", "h2", "h3", "h4", "h5", "h6"}));
  EXPECT_EQ(page.select("h1.govuk-heading-l").size(), 1u);
  EXPECT_EQ(page.select("h2.govuk-heading-m").size(), 1u);
  EXPECT_EQ(page.select(".govuk-heading-s").size(), 4u);
  EXPECT_EQ(page.select_one("h3")->attribute("class"), "govuk-heading-s");
  EXPECT_EQ(page.select_one("h2")->normalised_text(), "Two");
}

TEST(Markdown, AHeadingOffsetLeavesTheH1ToThePageAndStopsAtH6) {
  const Document page = rendered("# Section\n\n## Part\n\n###### Deepest\n", {.heading_offset = 1});
  EXPECT_TRUE(page.select("h1").empty());
  EXPECT_EQ(names_of(page.root().child_elements()), (std::vector<std::string>{"h2", "h3", "h6"}));
  EXPECT_EQ(page.select_one("h2")->attribute("class"), "govuk-heading-m");
  EXPECT_EQ(page.select_one("h3")->attribute("class"), "govuk-heading-s");
}

TEST(Markdown, ParagraphsAreGovukBodyWithEmphasisStrongStrikethroughCodeAndLineBreaks) {
  const Document page =
      rendered("Some *stress*, **weight**, ~~gone~~ and `code`.  \nNext line.\n\nSecond.\n");
  const std::vector<const Node*> paragraphs = page.select("p");
  ASSERT_EQ(paragraphs.size(), 2u);
  EXPECT_EQ(paragraphs[0]->attribute("class"), "govuk-body");
  EXPECT_EQ(paragraphs[1]->attribute("class"), "govuk-body");
  EXPECT_EQ(page.select_one("p > em")->normalised_text(), "stress");
  EXPECT_EQ(page.select_one("p > strong")->normalised_text(), "weight");
  EXPECT_EQ(page.select_one("p > del")->normalised_text(), "gone");
  EXPECT_EQ(page.select_one("p > code")->normalised_text(), "code");
  EXPECT_EQ(page.select("p > br").size(), 1u);
  EXPECT_EQ(paragraphs[0]->normalised_text(), "Some stress, weight, gone and code. Next line.");
}

TEST(Markdown, ListsAreGovukBulletAndNumberedListsNestedAndStartingWhereWritten) {
  const Document page = rendered("- one\n- two\n  - inner\n\n3. third\n4. fourth\n");
  const Node* bullets = page.select_one("ul");
  ASSERT_NE(bullets, nullptr);
  EXPECT_EQ(bullets->attribute("class"), "govuk-list govuk-list--bullet");
  EXPECT_EQ(page.select("ul > li").size(), 3u);
  EXPECT_EQ(page.select_one("ul > li > ul")->attribute("class"), "govuk-list govuk-list--bullet");
  EXPECT_EQ(page.select_one("ul ul > li")->normalised_text(), "inner");
  const Node* numbers = page.select_one("ol");
  ASSERT_NE(numbers, nullptr);
  EXPECT_EQ(numbers->attribute("class"), "govuk-list govuk-list--number");
  EXPECT_EQ(numbers->attribute("start"), "3");
  EXPECT_EQ(texts_of(page.select("ol > li")), (std::vector<std::string>{"third", "fourth"}));
  // Tight lists hold their text directly, as CommonMark renders them.
  EXPECT_TRUE(page.select("li > p").empty());

  const Document loose = rendered("1. first\n\n2. second\n");
  EXPECT_EQ(loose.select_one("ol")->has_attribute("start"), false);
  EXPECT_EQ(loose.select("ol > li > p.govuk-body").size(), 2u);
}

TEST(Markdown, LinksAndAutolinksAreGovukLinks) {
  const Document page = rendered(
      "Read [the guidance](https://www.gov.uk/guidance \"Guidance\"), [our page](/courses/3), "
      "[a section](#process), www.example.org, https://example.com/a and "
      "training@northbrook.example.\n");
  const std::vector<const Node*> links = page.select("a");
  ASSERT_EQ(links.size(), 6u);
  for (const Node* link : links) EXPECT_EQ(link->attribute("class"), "govuk-link");
  EXPECT_EQ(links[0]->attribute("href"), "https://www.gov.uk/guidance");
  EXPECT_EQ(links[0]->attribute("title"), "Guidance");
  EXPECT_EQ(links[0]->normalised_text(), "the guidance");
  EXPECT_EQ(links[1]->attribute("href"), "/courses/3");
  EXPECT_EQ(links[2]->attribute("href"), "#process");
  EXPECT_EQ(links[3]->attribute("href"), "http://www.example.org");
  EXPECT_EQ(links[4]->attribute("href"), "https://example.com/a");
  EXPECT_EQ(links[5]->attribute("href"), "mailto:training@northbrook.example");
}

TEST(Markdown, BlockQuotesAreInsetTextAndThematicBreaksAreVisibleSectionBreaks) {
  const Document page = rendered("> Learning, not blame.\n\n---\n");
  const Node* inset = page.select_one("div.govuk-inset-text");
  ASSERT_NE(inset, nullptr);
  EXPECT_EQ(inset->select_one("p.govuk-body")->normalised_text(), "Learning, not blame.");
  EXPECT_TRUE(page.select("blockquote").empty());
  const Node* rule = page.select_one("hr");
  ASSERT_NE(rule, nullptr);
  EXPECT_EQ(rule->attribute("class"),
            "govuk-section-break govuk-section-break--l govuk-section-break--visible");
}

TEST(Markdown, CodeBlocksArePreformattedAndEscaped) {
  const Document page = rendered("```\n<script>alert(1)</script>\n  indented\n```\n");
  const Node* code = page.select_one("pre > code");
  ASSERT_NE(code, nullptr);
  EXPECT_EQ(code->text_content(), "<script>alert(1)</script>\n  indented\n");
  EXPECT_TRUE(page.select("script").empty());
}

TEST(Markdown, TablesAreGovukTablesWithHeaderAndBodyClasses) {
  const Document page = rendered(
      "| Outcome | Reviews |\n"
      "|:--------|--------:|\n"
      "| Learning review | 3 |\n"
      "| Local CSPR | 1 |\n");
  const Node* table = page.select_one("table");
  ASSERT_NE(table, nullptr);
  EXPECT_EQ(table->attribute("class"), "govuk-table");
  EXPECT_EQ(names_of(table->child_elements()), (std::vector<std::string>{"thead", "tbody"}));
  EXPECT_EQ(page.select_one("table > thead")->attribute("class"), "govuk-table__head");
  EXPECT_EQ(page.select_one("table > tbody")->attribute("class"), "govuk-table__body");
  EXPECT_EQ(page.select("tr.govuk-table__row").size(), 3u);
  const std::vector<const Node*> headers = page.select("thead > tr > th");
  ASSERT_EQ(headers.size(), 2u);
  EXPECT_EQ(headers[0]->attribute("scope"), "col");
  EXPECT_EQ(headers[0]->attribute("class"), "govuk-table__header");
  EXPECT_EQ(headers[1]->attribute("class"), "govuk-table__header govuk-table__header--numeric");
  const std::vector<const Node*> cells = page.select("tbody > tr > td");
  ASSERT_EQ(cells.size(), 4u);
  EXPECT_EQ(cells[0]->attribute("class"), "govuk-table__cell");
  EXPECT_EQ(cells[1]->attribute("class"), "govuk-table__cell govuk-table__cell--numeric");
  EXPECT_EQ(texts_of(cells), (std::vector<std::string>{"Learning review", "3", "Local CSPR", "1"}));

  const Document header_only = rendered("| A | B |\n|---|---|\n");
  EXPECT_EQ(header_only.select("table > thead").size(), 1u);
  EXPECT_TRUE(header_only.select("tbody").empty());
}

TEST(Markdown, RawHtmlIsNeverPassedThrough) {
  const Document page = rendered(
      "<script>alert(1)</script>\n\n"
      "<div onclick=\"alert(2)\">block</div>\n\n"
      "Inline <img src=x onerror=alert(3)> and <b>bold</b> and <a "
      "href=\"javascript:alert(4)\">x</a>.\n\n"
      "<iframe src=\"https://evil.example\"></iframe>\n");
  for (const char* element : {"script", "div", "img", "b", "a", "iframe"}) {
    EXPECT_TRUE(page.select(element).empty()) << element;
  }
  EXPECT_EQ(page.select_one("p")->normalised_text(), "Inline and bold and x.");
  const std::string markup =
      render_markdown("<script>alert(1)</script>\n\nx <em onmouseover=y>z</em>").str();
  EXPECT_EQ(markup.find("alert"), std::string::npos) << markup;
  EXPECT_EQ(markup.find("onmouseover"), std::string::npos) << markup;
}

TEST(Markdown, TextThatLooksLikeMarkupIsEscaped) {
  const Document page =
      rendered("Use a < b && c > d, \"quotes\" and 'apostrophes'; \\<script\\>x\n");
  EXPECT_TRUE(page.select("script").empty());
  EXPECT_EQ(page.select_one("p")->normalised_text(),
            "Use a < b && c > d, \"quotes\" and 'apostrophes'; <script>x");
  const Document heading = rendered("# Title with \"quote\" & <tag>\n");
  EXPECT_EQ(heading.select_one("h1")->normalised_text(), "Title with \"quote\" &");
}

TEST(Markdown, LinksToUnsafeAddressesLoseTheirAddressAndKeepTheirText) {
  const Document page = rendered(
      "[one](javascript:alert(1)) [two](JavaScript:alert(2)) [three](vbscript:msgbox) "
      "[four](data:text/html;base64,PHNjcmlwdD4=) [five](java&#x09;script:alert(5)) "
      "[six](file:///etc/passwd) <javascript:alert(7)> [eight](%6A%61vascript:alert(8)) "
      "[nine]( javascript:alert(9) )\n");
  EXPECT_TRUE(page.select("a").empty())
      << render_markdown("[five](java&#x09;script:alert(5))").str();
  EXPECT_EQ(page.select_one("p")->normalised_text(),
            "one two three four five six javascript:alert(7) eight nine");
  const std::string markup =
      render_markdown("[x](javascript:alert(1)) ![y](javascript:alert(2))").str();
  EXPECT_EQ(markup.find("href"), std::string::npos) << markup;
  EXPECT_EQ(markup.find("src"), std::string::npos) << markup;
}

TEST(Markdown, ImagesKeepSafeAddressesAndOtherwiseShowTheirAltText) {
  const Document page =
      rendered("![Flow chart of a *rapid* review](/assets/flow.png) ![Bad](javascript:alert(1))\n");
  const std::vector<const Node*> images = page.select("img");
  ASSERT_EQ(images.size(), 1u);
  EXPECT_EQ(images[0]->attribute("src"), "/assets/flow.png");
  EXPECT_EQ(images[0]->attribute("alt"), "Flow chart of a rapid review");
  EXPECT_EQ(page.select_one("p")->normalised_text(), "Bad");
}

TEST(Markdown, EmptyTextGivesNoMarkupAndBadBytesAreReplaced) {
  EXPECT_EQ(render_markdown("").str(), "");
  const Document page = rendered("caf\xe9 ok\n");
  EXPECT_EQ(page.select_one("p")->normalised_text(), "caf\xef\xbf\xbd ok");
}

TEST(Markdown, DeeplyNestedInputRendersWithoutRecursion) {
  const std::string quotes(20000, '>');
  const std::string markup = render_markdown(quotes + " deep\n").str();
  EXPECT_NE(markup.find("deep"), std::string::npos);
}

}  // namespace
}  // namespace casereview::web
