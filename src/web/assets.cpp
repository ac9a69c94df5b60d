#include "web/assets.hpp"

#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>

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

AssetCatalogue::AssetCatalogue(const std::string& directory) {
  namespace fs = std::filesystem;
  std::error_code error;
  if (!fs::is_directory(directory, error)) return;
  for (const auto& entry : fs::recursive_directory_iterator(directory)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream file(entry.path(), std::ios::binary);
    std::ostringstream content;
    content << file.rdbuf();
    const std::string name = fs::relative(entry.path(), directory).generic_string();

    Poco::SHA2Engine digest;
    digest.update(content.str());
    const std::string hash = Poco::DigestEngine::digestToHex(digest.digest()).substr(0, 12);
    const fs::path plain(name);
    const std::string hashed =
        (plain.parent_path() / (plain.stem().string() + "-" + hash + plain.extension().string()))
            .generic_string();
    files_[name] = Entry{content.str(), content_type_for(name), "/assets/" + hashed};
    by_hashed_[hashed] = name;
  }
}

const std::string& AssetCatalogue::url(const std::string& name) const {
  auto found = files_.find(name);
  if (found == files_.end()) throw std::out_of_range("no asset named " + name);
  return found->second.hashed_url;
}

std::optional<Asset> AssetCatalogue::find(const std::string& path) const {
  if (auto hashed = by_hashed_.find(path); hashed != by_hashed_.end()) {
    const Entry& entry = files_.at(hashed->second);
    return Asset{entry.content, entry.content_type, true};
  }
  if (auto plain = files_.find(path); plain != files_.end()) {
    return Asset{plain->second.content, plain->second.content_type, false};
  }
  return std::nullopt;
}

}  // namespace casereview::web
