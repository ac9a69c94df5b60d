// Fuzz target: the data key file (one key per line, "2:<64 hex>"), and every key it yields sealing
// and opening a value.
#include "app/security/field_cipher.hpp"
#include "fuzz_support.hpp"

using namespace casereview;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto cipher = security::FieldCipher::from_key_text(fuzz::text_of(data, size), "data.key");
  if (!cipher) return 0;
  const std::string sealed = cipher.value().seal("a child's name");
  auto opened = cipher.value().open(sealed);
  fuzz::require(opened && opened.value() == "a child's name", "a sealed value opens as it was");
  return 0;
}
