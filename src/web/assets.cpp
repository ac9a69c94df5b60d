#include "web/assets.hpp"

#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace casereview::web {

std::string content_type_for(const std::string& name) {
  static const std::map<std::string, std::string> types = {
      {".css", "text/css; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".ico", "image/x-icon"},
      {".woff2", "font/woff2"},
      {".woff", "font/woff"},
      {".json", "application/json"},
      {".txt", "text/plain; charset=utf-8"},
  };
  const std::string extension = std::filesystem::path(name).extension().string();
  auto found = types.find(extension);
  return found == types.end() ? "application/octet-stream" : found->second;
}

bool accepts_encoding(const std::string& accept_encoding, const std::string& coding) {
  bool accepted = false;
  std::istringstream codings(accept_encoding);
  for (std::string item; std::getline(codings, item, ',');) {
    const std::size_t semicolon = item.find(';');
    std::string name = item.substr(0, semicolon);
    std::erase_if(name, [](unsigned char character) { return std::isspace(character); });
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char character) { return std::tolower(character); });
    if (name != coding && name != "*") continue;
    double quality = 1;
    if (semicolon != std::string::npos) {
      const std::size_t q = item.find("q=", semicolon);
      if (q != std::string::npos) quality = std::atof(item.c_str() + q + 2);
    }
    if (name == coding) return quality > 0;  // a named coding overrides "*"
    accepted = quality > 0;
  }
  return accepted;
}

namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream file(path, std::ios::binary);
  std::ostringstream content;
  content << file.rdbuf();
  return content.str();
}

bool is_precompressed(const std::filesystem::path& path) {
  return path.extension() == ".br" || path.extension() == ".gz";
}

}  // namespace

AssetCatalogue::AssetCatalogue(const std::string& directory) {
  namespace fs = std::filesystem;
  std::error_code error;
  if (!fs::is_directory(directory, error)) return;
  for (const auto& entry : fs::recursive_directory_iterator(directory)) {
    if (!entry.is_regular_file() || is_precompressed(entry.path())) continue;
    std::istringstream content(read_file(entry.path()));
    const std::string name = fs::relative(entry.path(), directory).generic_string();

    Poco::SHA2Engine digest;
    digest.update(content.str());
    const std::string hash = Poco::DigestEngine::digestToHex(digest.digest()).substr(0, 12);
    const fs::path plain(name);
    const std::string hashed =
        (plain.parent_path() / (plain.stem().string() + "-" + hash + plain.extension().string()))
            .generic_string();
    // The build's compressed copies, when they are there (a missing one is read as empty).
    const fs::path brotli = entry.path().string() + ".br", gzip = entry.path().string() + ".gz";
    files_[name] = Entry{content.str(), content_type_for(name), "/assets/" + hashed,
                         fs::is_regular_file(brotli, error) ? read_file(brotli) : "",
                         fs::is_regular_file(gzip, error) ? read_file(gzip) : ""};
    by_hashed_[hashed] = name;
  }
}

const std::string& AssetCatalogue::url(const std::string& name) const {
  auto found = files_.find(name);
  if (found == files_.end()) throw std::out_of_range("no asset named " + name);
  return found->second.hashed_url;
}

std::optional<Asset> AssetCatalogue::find(const std::string& path,
                                          const std::string& accept_encoding) const {
  const Entry* entry = nullptr;
  bool immutable = false;
  if (auto hashed = by_hashed_.find(path); hashed != by_hashed_.end()) {
    entry = &files_.at(hashed->second);
    immutable = true;
  } else if (auto plain = files_.find(path); plain != files_.end()) {
    entry = &plain->second;
  }
  if (entry == nullptr) return std::nullopt;
  const bool has_encodings = !entry->brotli.empty() || !entry->gzip.empty();
  if (!entry->brotli.empty() && accepts_encoding(accept_encoding, "br"))
    return Asset{entry->brotli, entry->content_type, immutable, "br", has_encodings};
  if (!entry->gzip.empty() && accepts_encoding(accept_encoding, "gzip"))
    return Asset{entry->gzip, entry->content_type, immutable, "gzip", has_encodings};
  return Asset{entry->content, entry->content_type, immutable, "", has_encodings};
}

}  // namespace casereview::web
