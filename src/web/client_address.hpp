// The client's address behind reverse proxies (issue 17 item 7). A request's peer is the last
// machine that connected; behind a proxy that is the proxy, and every client would share its
// sign-in rate limit and audit address. Only when the peer is one of the proxies the operator named
// (`casereview serve --trusted-proxy`, addresses or CIDR ranges) are its Forwarded (RFC 7239) or,
// failing that, X-Forwarded-For headers believed; otherwise anyone could write a header to pick
// the address their attempts are counted under.
//
// The headers list addresses from the first client to the last proxy. Reading from the right, each
// address that is itself a trusted proxy is passed over and the first that is not is the client's;
// an address a client wrote further left is never reached while a proxy appended the real one.
//
// Example:
//   auto trusted = parse_trusted_proxies("10.0.0.0/8, ::1");      // invalid_input on
//   "trusted-proxy" client_address_of("10.0.0.5", {"", "203.0.113.7, 10.0.0.9"}, trusted.value());
//   // 203.0.113.7
#pragma once

#include <Poco/Net/IPAddress.h>

#include <string>
#include <vector>

#include "domain/result.hpp"

namespace casereview::web {

// An address, or a network of `prefix_length` leading bits.
struct AddressRange {
  Poco::Net::IPAddress network;
  unsigned prefix_length = 0;

  bool contains(const Poco::Net::IPAddress& address) const;
};

// Parses a comma-separated list of IPv4 or IPv6 addresses and CIDR ranges ("" is none).
// invalid_input on "trusted-proxy" naming the entry that is neither.
Result<std::vector<AddressRange>> parse_trusted_proxies(const std::string& text);

// The headers that may name the client, as the request carried them ("" when absent).
struct ForwardingHeaders {
  std::string forwarded;        // RFC 7239: for=203.0.113.7;proto=https, for="[2001:db8::1]"
  std::string x_forwarded_for;  // 203.0.113.7, 10.0.0.9
};

// The client's address: `peer` unless it is a trusted proxy, else as the headers say (Forwarded
// when present, else X-Forwarded-For). A header entry that is not an address ("unknown", an
// obfuscated name) ends the walk with the address before it, as does a missing header.
std::string client_address_of(const std::string& peer, const ForwardingHeaders& headers,
                              const std::vector<AddressRange>& trusted);

}  // namespace casereview::web
