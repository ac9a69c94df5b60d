// Benchmark of the final report's PDF (issue 12, Rule RPT-3; app/documents/report_pdf.hpp): a long
// report — by default 1,500 paragraphs of the report's text, 40 findings and 40 recommendations —
// laid out, paginated and drawn 5 times; the fastest and median times, the PDF's size and pages,
// and the process's peak resident memory are printed. Run it with bench/report-pdf (which builds
// it). Argument: [paragraphs].
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "app/documents/report_pdf.hpp"

using namespace casereview;
using namespace casereview::documents;

namespace {

ReportPdf long_report(int paragraphs) {
  std::string text;
  for (int index = 1; index <= paragraphs; ++index) {
    if (index % 25 == 1) text += "## Part " + std::to_string(index / 25 + 1) + "\n\n";
    text += "Paragraph " + std::to_string(index) +
            ": what happened, what made sense to the practitioners at the time, and what helped "
            "or hindered them in working with the family and with each other.\n\n";
    if (index % 10 == 0) text += "- a point the review makes\n- and another one\n\n";
  }
  ReportPdf report{.title = "Final report: NBP-2026-007",
                   .lines = {"Northbrook Safeguarding Children Partnership", "Version 4"},
                   .sections = {{"The report", markdown_blocks(text)}}};
  ReportPdfSection findings{"Findings", {}};
  ReportPdfSection recommendations{"Recommendations", {}};
  for (int index = 1; index <= 40; ++index) {
    findings.blocks.push_back(
        {ReportBlockKind::heading, "Finding " + std::to_string(index) + ": Escalation"});
    findings.blocks.push_back({ReportBlockKind::paragraph,
                               "Concerns were raised three times before a strategy discussion."});
    recommendations.blocks.push_back(
        {ReportBlockKind::heading, "Recommendation " + std::to_string(index)});
    recommendations.blocks.push_back(
        {ReportBlockKind::paragraph, "Agree an escalation route between the police and schools."});
  }
  report.sections.push_back(std::move(findings));
  report.sections.push_back(std::move(recommendations));
  return report;
}

}  // namespace

int main(int argc, char** argv) {
  const int paragraphs = argc > 1 ? std::atoi(argv[1]) : 1'500;
  const ReportPdf report = long_report(paragraphs);
  std::vector<double> milliseconds;
  std::string pdf;
  for (int run = 0; run < 5; ++run) {
    const auto start = std::chrono::steady_clock::now();
    Result<std::string> made = report_pdf(report);
    milliseconds.push_back(
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
            .count());
    if (!made) {
      std::fprintf(stderr, "%s\n", made.error().message.c_str());
      return 1;
    }
    pdf = std::move(made.value());
  }
  std::sort(milliseconds.begin(), milliseconds.end());
  // Each page object says "/Type /Page" (the page tree says "/Type /Pages").
  std::size_t pages = 0;
  for (std::size_t at = pdf.find("/Type /Page"); at != std::string::npos;
       at = pdf.find("/Type /Page", at + 1))
    if (pdf.compare(at, 12, "/Type /Pages") != 0) ++pages;
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("%d paragraphs, 40 findings, 40 recommendations\n", paragraphs);
  std::printf(
      "report_pdf: fastest %.1f ms, median %.1f ms; %zu bytes, %zu pages; peak RSS %ld MB\n",
      milliseconds.front(), milliseconds[milliseconds.size() / 2], pdf.size(), pages,
      usage.ru_maxrss / 1024);
  return 0;
}
