#include "cli/data_key_option.hpp"

#include <iostream>

#include "cli/database_options.hpp"

namespace casereview::cli {

std::shared_ptr<const security::FieldCipher> open_data_key(const Options& options) {
  const std::string path = options.get("data-key-file");
  if (path.empty()) {
    std::cerr << "casereview: give --data-key-file PATH (or set "
              << environment_name("data-key-file")
              << "): the key that encrypts children's details. Create one with:\n"
              << "  (umask 077; openssl rand -hex 32 > PATH)\n";
    return nullptr;
  }
  auto cipher = security::FieldCipher::from_key_file(path);
  if (!cipher) {
    print_error(cipher.error());
    return nullptr;
  }
  return std::make_shared<const security::FieldCipher>(cipher.value());
}

}  // namespace casereview::cli
