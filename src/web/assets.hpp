// The static files the pages use (the compiled govuk-frontend CSS, scripts, images), read into
// memory once at start-up. Each is served at a URL with a hash of its content in the name
// (e.g. /assets/casereview-3f9a0c2b1d4e.css) with a one-year immutable cache lifetime, so a new
// release never meets a stale cached file; the plain name is served too, with a short lifetime,
// for URLs written inside the CSS.
//
// Text assets come precompressed from the build (scripts/setup.sh writes NAME.br with brotli and
// NAME.gz with gzip beside NAME): those files are not assets of their own but encodings of NAME,
// sent to a client whose Accept-Encoding takes them, brotli first.
//
// Immutable after construction: safe to read from any thread.
#pragma once

#include <map>
#include <optional>
#include <string>

namespace casereview::web {

struct Asset {
  std::string content;
  std::string content_type;
  bool immutable = false;        // true when asked for by its hashed name
  std::string content_encoding;  // "br", "gzip", or empty when sent as it is
  bool has_encodings = false;    // the answer depends on Accept-Encoding (send Vary)
};

class AssetCatalogue {
 public:
  // Reads every file below `directory`. A missing directory gives an empty catalogue (pages then
  // render unstyled, and the start-up log says so).
  explicit AssetCatalogue(const std::string& directory);

  // The URL to put in a page for `name` (e.g. "casereview.css" → "/assets/casereview-<hash>.css").
  // Throws std::out_of_range for a name that is not in the catalogue: a bug in our pages.
  const std::string& url(const std::string& name) const;

  // The asset at `path` below /assets/ (hashed or plain name), or nullopt; in the best encoding
  // that `accept_encoding` (the request's Accept-Encoding header) allows.
  std::optional<Asset> find(const std::string& path, const std::string& accept_encoding = "") const;

  std::size_t size() const { return files_.size(); }

 private:
  struct Entry {
    std::string content;
    std::string content_type;
    std::string hashed_url;
    std::string brotli;  // empty when not built
    std::string gzip;    // empty when not built
  };
  std::map<std::string, Entry> files_;            // by plain name
  std::map<std::string, std::string> by_hashed_;  // hashed name → plain name
};

// The media type for a file name, by its extension.
std::string content_type_for(const std::string& name);

// Whether an Accept-Encoding header value accepts `coding` ("br", "gzip"): named (or "*") with a
// q-value above zero.
bool accepts_encoding(const std::string& accept_encoding, const std::string& coding);

}  // namespace casereview::web
