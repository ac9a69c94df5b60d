// The client's address behind trusted proxies (issue 17 item 7): the headers are believed only
// from a trusted peer, read from the right past every trusted hop, Forwarded before
// X-Forwarded-For; the list of proxies is checked entry by entry.
#include "web/client_address.hpp"

#include <gtest/gtest.h>

namespace casereview::web {
namespace {

std::vector<AddressRange> proxies(const std::string& text) {
  auto parsed = parse_trusted_proxies(text);
  EXPECT_TRUE(parsed.ok()) << text;
  return parsed.ok() ? parsed.value() : std::vector<AddressRange>{};
}

TEST(ClientAddress, WithoutTrustedProxiesThePeerIsTheClientWhateverTheHeadersSay) {
  EXPECT_EQ(client_address_of("198.51.100.4", {"for=203.0.113.7", "203.0.113.8"}, {}),
            "198.51.100.4");
  EXPECT_EQ(client_address_of("198.51.100.4", {"", "203.0.113.8"}, proxies("10.0.0.0/8")),
            "198.51.100.4")
      << "a peer outside the trusted ranges cannot choose its address";
}

TEST(ClientAddress, FromATrustedProxyTheFirstUntrustedAddressFromTheRightIsTheClient) {
  const auto trusted = proxies("10.0.0.0/8, 127.0.0.1");
  EXPECT_EQ(client_address_of("10.1.2.3", {"", "203.0.113.7"}, trusted), "203.0.113.7");
  EXPECT_EQ(client_address_of("127.0.0.1", {"", "203.0.113.7, 10.0.0.9"}, trusted), "203.0.113.7")
      << "a second proxy inside the trusted range is passed over";
  EXPECT_EQ(client_address_of("10.1.2.3", {"", "192.0.2.66, 203.0.113.7"}, trusted), "203.0.113.7")
      << "what the client wrote itself, left of what the proxy appended, is never reached";
  EXPECT_EQ(client_address_of("10.1.2.3", {"", ""}, trusted), "10.1.2.3") << "no header";
  EXPECT_EQ(client_address_of("10.1.2.3", {"", "10.0.0.8, 10.0.0.9"}, trusted), "10.0.0.8")
      << "every hop trusted: the furthest one";
  EXPECT_EQ(client_address_of("10.1.2.3", {"", "unknown, 10.0.0.9"}, trusted), "10.0.0.9")
      << "an entry that is not an address stops the walk";
}

TEST(ClientAddress, ForwardedIsReadBeforeXForwardedForWithQuotedIpv6AndPorts) {
  const auto trusted = proxies("::1, 10.0.0.0/8");
  EXPECT_EQ(client_address_of("::1", {R"(for="[2001:db8::17]:4711";proto=https)", "203.0.113.8"},
                              trusted),
            "2001:db8::17");
  EXPECT_EQ(client_address_of("10.0.0.2", {"for=192.0.2.60:80, For=10.0.0.3", ""}, trusted),
            "192.0.2.60");
}

TEST(ClientAddress, TheTrustedProxiesAreAddressesOrRangesAndABadEntryIsNamed) {
  const auto ranges = proxies("192.168.0.0/16, 2001:db8::/32, 127.0.0.1");
  ASSERT_EQ(ranges.size(), 3u);
  Poco::Net::IPAddress inside("192.168.44.5"), outside("192.169.0.1"), v6("2001:db8:1::5");
  EXPECT_TRUE(ranges[0].contains(inside));
  EXPECT_FALSE(ranges[0].contains(outside));
  EXPECT_TRUE(ranges[1].contains(v6));
  EXPECT_FALSE(ranges[2].contains(Poco::Net::IPAddress("127.0.0.2")));
  EXPECT_TRUE(parse_trusted_proxies("").value().empty());
  for (const std::string bad : {"10.0.0.0/33", "proxy.example", "10.0.0.0/", "10.0.0.1, ,"}) {
    auto parsed = parse_trusted_proxies(bad);
    ASSERT_FALSE(parsed.ok()) << bad;
    ASSERT_EQ(parsed.error().fields.size(), 1u);
    EXPECT_EQ(parsed.error().fields[0].field, "trusted-proxy");
  }
}

}  // namespace
}  // namespace casereview::web
