// Reading the PDFs the program makes as a person's PDF reader would, with poppler's command-line
// tools (Debian's poppler-utils, installed by scripts/setup.sh): the text pdftotext extracts,
// pdfinfo's facts, and text with its line breaks folded. A missing tool fails the test (the
// command exits non-zero); nothing is skipped.
#pragma once

#include <map>
#include <string>

namespace casereview::testing_support {

// The output of a poppler command run on the PDF, written to a temporary file first: `command`,
// then the file's path, then `after_file` (e.g. "-" for pdftotext to write to its output).
// Fails the current test when the command exits non-zero.
std::string poppler_output(const std::string& pdf, const std::string& command,
                           const std::string& after_file = "");

// pdfinfo's "Key: value" lines as a map, values trimmed.
std::map<std::string, std::string> pdf_information(const std::string& pdf);

// Runs of white space (line ends from wrapping included) become one space.
std::string collapsed(const std::string& text);

// The PDF's text as pdftotext extracts it (UTF-8), collapsed.
std::string pdf_text(const std::string& pdf);

}  // namespace casereview::testing_support
