// An action's evidence file, its kind found from its content: see evidence_file.hpp.
#include "app/documents/evidence_file.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "app/documents/office_archive.hpp"

namespace casereview {

namespace {

struct Kind {
  const char* content_type;
  const char* words;  // "a PDF"
  std::array<const char*, 2> extensions;
};

constexpr Kind pdf{"application/pdf", "a PDF", {".pdf", ".pdf"}};
constexpr Kind docx{"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "a Word document (DOCX)",
                    {".docx", ".docx"}};
constexpr Kind xlsx{"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "a spreadsheet (XLSX)",
                    {".xlsx", ".xlsx"}};
constexpr Kind png{"image/png", "a PNG image", {".png", ".png"}};
constexpr Kind jpeg{"image/jpeg", "a JPEG image", {".jpg", ".jpeg"}};

// Office files are zip archives: which one is told by the part only it has. Nothing unpacks here.
const Kind* kind_of(std::string_view bytes) {
  if (bytes.starts_with("%PDF-")) return &pdf;
  if (bytes.starts_with("\x89PNG\r\n\x1a\n")) return &png;
  if (bytes.starts_with("\xff\xd8\xff")) return &jpeg;
  if (bytes.starts_with("PK\x03\x04")) {
    auto archive = ZipArchive::open(bytes, 0, "office program");
    if (!archive) return nullptr;
    if (archive->has("word/document.xml")) return &docx;
    if (archive->has("xl/workbook.xml")) return &xlsx;
  }
  return nullptr;
}

std::string lower(std::string_view text) {
  std::string result(text);
  std::transform(result.begin(), result.end(), result.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return result;
}

}  // namespace

Result<EvidenceFileType> evidence_file_type(std::string_view name, std::string_view bytes,
                                            std::size_t max_bytes) {
  if (bytes.empty()) return Error::invalid({{"file", "The selected file is empty"}});
  if (bytes.size() > max_bytes)
    return Error::invalid({{"file", "The selected file must be smaller than " +
                                        std::to_string(max_bytes / (1024 * 1024)) + " MB"}});
  const Kind* kind = kind_of(bytes);
  if (!kind)
    return Error::invalid(
        {{"file",
          "The selected file must be a PDF, Word document (DOCX), spreadsheet (XLSX), "
          "PNG or JPEG image"}});
  const std::string lowered = lower(name);
  for (const char* extension : kind->extensions)
    if (lowered.ends_with(extension)) return EvidenceFileType{kind->content_type, extension};
  const auto dot = lowered.rfind('.');
  const std::string named = dot == std::string::npos ? "its name has no extension"
                                                     : "its name ends " + lowered.substr(dot);
  return Error::invalid(
      {{"file", std::string("The selected file is ") + kind->words + " but " + named +
                    ": give it the ending " + kind->extensions[0] + " and upload it again"}});
}

}  // namespace casereview
