// Reading office files from outside (issue 11's spreadsheets, issue 12's report versions): a zip
// archive opened with libzip and its XML parts read with libxml2's streaming reader, so a large
// part is never held as a tree. Both are bounded, since the files come from outside: the archive
// refuses a part that would take the total unpacked beyond its limit (checked against the size
// the archive declares and again while unpacking, against zip bombs), and the XML reader treats a
// DOCTYPE as an error (no office part needs one; refusing it rules out entity expansion attacks).
// Errors are invalid_input on field "file", worded for the person who chose the file.
//
// Example:
//   auto archive = ZipArchive::open(bytes, 64 << 20, "word processor");
//   if (!archive) return Error::invalid({{"file", "The selected file must be a DOCX document"}});
//   std::optional<std::string> part = TRY(archive->read("word/document.xml"));
//   XmlReader xml(*part);
//   while (xml.next() == XmlReader::Step::node) { … }
//
// Thread safety: each object belongs to one thread; separate objects may be used at once.
#pragma once

#include <libxml/xmlreader.h>
#include <zip.h>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "domain/result.hpp"

namespace casereview {

class ZipArchive {
 public:
  // Opens `bytes` (which must outlive the archive); nothing when it is no zip archive. Parts read
  // may unpack to `max_unpacked_bytes` together; `program` names what made the file, for the
  // message on a damaged one ("save it again from your <program>").
  static std::unique_ptr<ZipArchive> open(std::string_view bytes, std::size_t max_unpacked_bytes,
                                          std::string program);

  bool has(const std::string& name) const;

  // The part's bytes, or nothing when it is missing. invalid_input on "file" when it would take
  // the total unpacked beyond the limit, or the archive is damaged.
  Result<std::optional<std::string>> read(const std::string& name);

 private:
  struct Closer {
    void operator()(zip_t* archive) const { zip_discard(archive); }
  };
  ZipArchive(zip_t* archive, std::size_t max_unpacked_bytes, std::string program)
      : archive_(archive), max_unpacked_bytes_(max_unpacked_bytes), program_(std::move(program)) {}

  std::unique_ptr<zip_t, Closer> archive_;
  std::size_t max_unpacked_bytes_;
  std::string program_;
  std::size_t unpacked_ = 0;
};

class XmlReader {
 public:
  explicit XmlReader(const std::string& xml);
  ~XmlReader();
  XmlReader(const XmlReader&) = delete;
  XmlReader& operator=(const XmlReader&) = delete;

  enum class Step { node, end, error };
  // Moves to the next node; error for XML that does not parse and for a DOCTYPE.
  Step next();
  int type() const { return xmlTextReaderNodeType(reader_); }
  bool is_start(std::string_view name) const {
    return type() == XML_READER_TYPE_ELEMENT && this->name() == name;
  }
  bool is_end(std::string_view name) const {
    return type() == XML_READER_TYPE_END_ELEMENT && this->name() == name;
  }
  bool is_text() const {
    return type() == XML_READER_TYPE_TEXT || type() == XML_READER_TYPE_SIGNIFICANT_WHITESPACE ||
           type() == XML_READER_TYPE_CDATA || type() == XML_READER_TYPE_WHITESPACE;
  }
  bool is_empty_element() const { return xmlTextReaderIsEmptyElement(reader_) == 1; }
  int depth() const { return xmlTextReaderDepth(reader_); }
  // The qualified name as written, e.g. "table:table-cell".
  std::string_view name() const;
  std::string value() const;
  std::optional<std::string> attribute(const char* name) const;

 private:
  xmlTextReaderPtr reader_ = nullptr;
};

}  // namespace casereview
