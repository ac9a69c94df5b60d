// The data key every subcommand that writes or shows children's details needs (serve, demo): the
// --data-key-file option (or CASEREVIEW_DATA_KEY_FILE) and opening it. Without a key such a
// subcommand refuses to start, rather than store identifying details in clear.
#pragma once

#include <memory>

#include "app/security/field_cipher.hpp"
#include "cli/options.hpp"

namespace casereview::cli {

inline const OptionSpec data_key_option{
    "data-key-file", "PATH", "",
    "File holding the key that encrypts children's details (64 hex characters, owner-only "
    "permissions), kept outside the database. Required. scripts/run.sh creates var/data.key."};

// The cipher of the key file named by --data-key-file; nullptr, having printed why, when it is
// missing or unusable.
std::shared_ptr<const security::FieldCipher> open_data_key(const Options& options);

}  // namespace casereview::cli
