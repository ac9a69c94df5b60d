// Zip archives (libzip) and XML parts (libxml2's streaming reader) of office files: see the header.
#include "app/documents/office_archive.hpp"

#include <algorithm>
#include <mutex>

namespace casereview {

namespace {

Error file_error(std::string message) { return Error::invalid({{"file", std::move(message)}}); }

void ignore_xml_error(void*, const char*, xmlParserSeverities, xmlTextReaderLocatorPtr) {}

}  // namespace

std::unique_ptr<ZipArchive> ZipArchive::open(std::string_view bytes, std::size_t max_unpacked_bytes,
                                             std::string program) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source == nullptr) {
    zip_error_fini(&error);
    return nullptr;
  }
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
  zip_error_fini(&error);
  if (archive == nullptr) {
    zip_source_free(source);
    return nullptr;
  }
  return std::unique_ptr<ZipArchive>(
      new ZipArchive(archive, max_unpacked_bytes, std::move(program)));
}

bool ZipArchive::has(const std::string& name) const {
  return zip_name_locate(archive_.get(), name.c_str(), 0) >= 0;
}

Result<std::optional<std::string>> ZipArchive::read(const std::string& name) {
  const Error too_large =
      file_error("The selected file is too large when unpacked: save it with less in it");
  const Error damaged =
      file_error("The selected file is damaged: save it again from your " + program_);
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat(archive_.get(), name.c_str(), 0, &stat) != 0) return std::optional<std::string>{};
  const std::size_t room = max_unpacked_bytes_ - std::min(unpacked_, max_unpacked_bytes_);
  if ((stat.valid & ZIP_STAT_SIZE) != 0 && stat.size > room) return too_large;
  std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file(zip_fopen(archive_.get(), name.c_str(), 0),
                                                         zip_fclose);
  if (!file) return damaged;
  std::string content;
  char buffer[64 * 1024];
  while (true) {
    const zip_int64_t got = zip_fread(file.get(), buffer, sizeof buffer);
    if (got < 0) return damaged;
    if (got == 0) break;
    if (content.size() + static_cast<std::size_t>(got) > room) return too_large;
    content.append(buffer, static_cast<std::size_t>(got));
  }
  unpacked_ += content.size();
  return std::optional<std::string>{std::move(content)};
}

XmlReader::XmlReader(const std::string& xml) {
  static std::once_flag initialised;
  std::call_once(initialised, [] { xmlInitParser(); });
  reader_ = xmlReaderForMemory(xml.data(), static_cast<int>(xml.size()), nullptr, "UTF-8",
                               XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (reader_ != nullptr) xmlTextReaderSetErrorHandler(reader_, ignore_xml_error, nullptr);
}

XmlReader::~XmlReader() {
  if (reader_ != nullptr) xmlFreeTextReader(reader_);
}

XmlReader::Step XmlReader::next() {
  if (reader_ == nullptr) return Step::error;
  const int read = xmlTextReaderRead(reader_);
  if (read < 0) return Step::error;
  if (read == 0) return Step::end;
  if (type() == XML_READER_TYPE_DOCUMENT_TYPE) return Step::error;
  return Step::node;
}

std::string_view XmlReader::name() const {
  const xmlChar* name = xmlTextReaderConstName(reader_);
  return name == nullptr ? std::string_view{} : reinterpret_cast<const char*>(name);
}

std::string XmlReader::value() const {
  const xmlChar* value = xmlTextReaderConstValue(reader_);
  return value == nullptr ? std::string{} : reinterpret_cast<const char*>(value);
}

std::optional<std::string> XmlReader::attribute(const char* name) const {
  xmlChar* value = xmlTextReaderGetAttribute(reader_, reinterpret_cast<const xmlChar*>(name));
  if (value == nullptr) return std::nullopt;
  std::string copy = reinterpret_cast<const char*>(value);
  xmlFree(value);
  return copy;
}

}  // namespace casereview
