// The client's address behind trusted reverse proxies: see client_address.hpp.
#include "web/client_address.hpp"

#include <Poco/String.h>

#include <algorithm>
#include <optional>

#include "domain/text.hpp"

namespace casereview::web {
namespace {

std::optional<Poco::Net::IPAddress> address_of(std::string text) {
  text = trimmed(text);
  // Forwarded quotes IPv6 in brackets and may add a port: "[2001:db8::1]:4711", "192.0.2.1:80".
  if (!text.empty() && text.front() == '"' && text.back() == '"' && text.size() >= 2)
    text = text.substr(1, text.size() - 2);
  if (!text.empty() && text.front() == '[') {
    const auto end = text.find(']');
    if (end == std::string::npos) return std::nullopt;
    text = text.substr(1, end - 1);
  } else if (std::count(text.begin(), text.end(), ':') == 1) {
    text = text.substr(0, text.find(':'));
  }
  Poco::Net::IPAddress address;
  if (text.empty() || !Poco::Net::IPAddress::tryParse(text, address)) return std::nullopt;
  return address;
}

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto end = text.find(separator, start);
    parts.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return parts;
}

// The for= values of a Forwarded header, in order ("" for an element without one).
std::vector<std::string> forwarded_for(const std::string& header) {
  std::vector<std::string> values;
  for (const std::string& element : split(header, ',')) {
    std::string value;
    for (const std::string& pair : split(element, ';')) {
      const std::string name_and_value = trimmed(pair);
      if (name_and_value.size() > 4 && Poco::toLower(name_and_value.substr(0, 4)) == "for=")
        value = name_and_value.substr(4);
    }
    values.push_back(value);
  }
  return values;
}

bool trusted_address(const Poco::Net::IPAddress& address, const std::vector<AddressRange>& ranges) {
  for (const AddressRange& range : ranges)
    if (range.contains(address)) return true;
  return false;
}

}  // namespace

bool AddressRange::contains(const Poco::Net::IPAddress& address) const {
  if (address.family() != network.family()) return false;
  const Poco::Net::IPAddress mask(prefix_length, network.family());
  return (address & mask) == (network & mask);
}

Result<std::vector<AddressRange>> parse_trusted_proxies(const std::string& text) {
  std::vector<AddressRange> ranges;
  if (trimmed(text).empty()) return ranges;
  for (const std::string& part : split(text, ',')) {
    const std::string entry = trimmed(part);
    const auto slash = entry.find('/');
    Poco::Net::IPAddress network;
    const std::string address_text = entry.substr(0, slash);
    std::optional<AddressRange> range;
    if (Poco::Net::IPAddress::tryParse(address_text, network)) {
      const unsigned bits = network.family() == Poco::Net::IPAddress::IPv4 ? 32 : 128;
      unsigned prefix = bits;
      bool good = true;
      if (slash != std::string::npos) {
        const std::string prefix_text = entry.substr(slash + 1);
        good = !prefix_text.empty() && prefix_text.size() <= 3 &&
               prefix_text.find_first_not_of("0123456789") == std::string::npos &&
               std::stoul(prefix_text) <= bits;
        if (good) prefix = static_cast<unsigned>(std::stoul(prefix_text));
      }
      if (good) range = AddressRange{network, prefix};
    }
    if (!range) {
      return Error::invalid(
          {{"trusted-proxy", "\"" + entry +
                                 "\" is not an address or range: enter addresses or ranges like "
                                 "10.0.0.0/8 or ::1, separated by commas"}});
    }
    ranges.push_back(*range);
  }
  return ranges;
}

std::string client_address_of(const std::string& peer, const ForwardingHeaders& headers,
                              const std::vector<AddressRange>& trusted) {
  const auto peer_address = address_of(peer);
  if (!peer_address || !trusted_address(*peer_address, trusted)) return peer;
  const std::vector<std::string> chain =
      !trimmed(headers.forwarded).empty()
          ? forwarded_for(headers.forwarded)
          : (!trimmed(headers.x_forwarded_for).empty() ? split(headers.x_forwarded_for, ',')
                                                       : std::vector<std::string>{});
  std::string client = peer;
  for (auto hop = chain.rbegin(); hop != chain.rend(); ++hop) {
    const auto address = address_of(*hop);
    if (!address) break;  // "unknown" or an obfuscated name: the last address known stands
    client = address->toString();
    if (!trusted_address(*address, trusted)) break;
  }
  return client;
}

}  // namespace casereview::web
