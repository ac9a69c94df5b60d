// Text out of DOCX (libzip + libxml2) and PDF (poppler-cpp) report versions: see the header.
#include "app/documents/report_text.hpp"

#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <memory>
#include <mutex>

#include "app/documents/office_archive.hpp"
#include "domain/text.hpp"

namespace casereview {

namespace {

Error file_error(std::string message) { return Error::invalid({{"file", std::move(message)}}); }

// The "#" marks of a paragraph style: "Title" and "Heading1" → "# ", "Heading2" → "## ", …;
// empty for any other style.
std::string heading_marks(std::string_view style) {
  if (style == "Title") return "# ";
  if (style.substr(0, 7) == "Heading" && style.size() == 8 && style[7] >= '1' && style[7] <= '6')
    return std::string(static_cast<std::size_t>(style[7] - '0'), '#') + " ";
  return "";
}

// Rule RPT-1: a DOCX's paragraphs as lines, headings kept.
Result<std::string> docx_text(std::string_view bytes) {
  const Error not_docx = file_error("The selected file must be a DOCX document");
  std::unique_ptr<ZipArchive> archive =
      ZipArchive::open(bytes, report_max_unpacked_bytes, "word processor");
  if (!archive) return not_docx;
  std::optional<std::string> document = TRY(archive->read("word/document.xml"));
  if (!document) return not_docx;
  XmlReader xml(*document);
  std::string text;
  std::string paragraph;
  std::string marks;
  bool in_text = false;
  while (true) {
    const XmlReader::Step step = xml.next();
    if (step == XmlReader::Step::error)
      return file_error("The selected file is damaged: save it again from your word processor");
    if (step == XmlReader::Step::end) break;
    if (xml.is_start("w:p")) {
      paragraph.clear();
      marks.clear();
      if (xml.is_empty_element()) text += "\n";
    } else if (xml.is_end("w:p")) {
      text += marks + paragraph + "\n";
    } else if (xml.is_start("w:pStyle")) {
      marks = heading_marks(xml.attribute("w:val").value_or(""));
    } else if (xml.is_start("w:t")) {
      in_text = !xml.is_empty_element();
    } else if (xml.is_end("w:t")) {
      in_text = false;
    } else if (xml.is_start("w:tab")) {
      paragraph += "\t";
    } else if (xml.is_start("w:br") || xml.is_start("w:cr")) {
      paragraph += "\n";
    } else if (in_text && xml.is_text()) {
      paragraph += xml.value();
    }
  }
  return text;
}

void ignore_poppler_message(const std::string&, void*) {}

// Rule RPT-1: a PDF's pages' text, pages apart by a blank line.
Result<std::string> pdf_text(std::string_view bytes) {
  const Error not_pdf = file_error("The selected file must be a PDF");
  if (bytes.substr(0, 5) != "%PDF-") return not_pdf;
  static std::once_flag silenced;
  std::call_once(silenced,
                 [] { poppler::set_debug_error_function(ignore_poppler_message, nullptr); });
  std::unique_ptr<poppler::document> document(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!document) return not_pdf;
  if (document->is_locked())
    return file_error("The selected file must not be protected by a password");
  std::string text;
  for (int index = 0; index < document->pages(); ++index) {
    std::unique_ptr<poppler::page> page(document->create_page(index));
    if (!page) continue;
    const poppler::byte_array utf8 =
        page->text(poppler::rectf(), poppler::page::physical_layout).to_utf8();
    std::string page_text(utf8.begin(), utf8.end());
    if (!text.empty()) text += "\n";
    text += trimmed(page_text) + "\n";
  }
  return text;
}

}  // namespace

Result<std::string> report_file_text(std::string_view bytes, ReportFormat format) {
  switch (format) {
    case ReportFormat::markdown:
      return std::string(bytes);
    case ReportFormat::docx:
      return docx_text(bytes);
    case ReportFormat::pdf:
      return pdf_text(bytes);
  }
  return std::string(bytes);
}

std::string sha256_hex(std::string_view bytes) {
  Poco::SHA2Engine digest(Poco::SHA2Engine::SHA_256);
  digest.update(bytes.data(), static_cast<unsigned>(bytes.size()));
  return Poco::DigestEngine::digestToHex(digest.digest());
}

}  // namespace casereview
