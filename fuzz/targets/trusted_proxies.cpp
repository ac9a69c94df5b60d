// Fuzz target: the --trusted-proxy setting (addresses and CIDR ranges) and the Forwarded and
// X-Forwarded-For headers read under it. Input: the setting, a newline, then the header value.
#include "fuzz_support.hpp"
#include "web/client_address.hpp"

using namespace casereview;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text = fuzz::text_of(data, size);
  const std::size_t newline = text.find('\n');
  const std::string setting = text.substr(0, newline);
  const std::string header = newline == std::string::npos ? "" : text.substr(newline + 1);
  auto trusted = web::parse_trusted_proxies(setting);
  if (!trusted) return 0;
  for (const std::string peer : {"10.1.2.3", "203.0.113.9", "::1"}) {
    const std::string forwarded = web::client_address_of(peer, {header, ""}, trusted.value());
    const std::string listed = web::client_address_of(peer, {"", header}, trusted.value());
    fuzz::require(!forwarded.empty() && !listed.empty(), "there is always a client address");
  }
  // With no proxy trusted, the headers are never believed.
  fuzz::require(web::client_address_of("203.0.113.9", {header, header}, {}) == "203.0.113.9",
                "an untrusted peer's headers are ignored");
  return 0;
}
