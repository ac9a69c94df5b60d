// `casereview rekey` (issue 17): re-seals every sealed value (children's details, notification
// drafts) under the first key of the data key file, while the server goes on serving. The steps
// of a rotation are in docs/operations.md: a new key on the first line of the file, above the
// old, and the server restarted with it (so it seals new values under the new key and still opens
// old ones); then this, until no value remains under an older key; then the old line can go.
#include <iostream>

#include "app/audit.hpp"
#include "cli/commands.hpp"
#include "cli/console.hpp"
#include "cli/data_key_option.hpp"
#include "cli/database_options.hpp"
#include "store/sealed_values.hpp"

namespace casereview::cli {

namespace {

std::string older_key_ids(const security::FieldCipher& keys) {
  const std::vector<int> ids = keys.key_ids();
  std::string text;
  for (std::size_t index = 1; index < ids.size(); ++index)
    text += (text.empty() ? "" : ", ") + std::to_string(ids[index]);
  return text;
}

}  // namespace

int rekey_command(const std::vector<std::string>& arguments) {
  const std::vector<OptionSpec> specs = {database_option, data_key_option};
  Options options;
  if (auto stop = parse_command_line(
          "Usage: casereview rekey --data-key-file FILE [options]\n\n"
          "Re-seals every encrypted value under the first key in FILE, opening each with "
          "whichever key in FILE\nsealed it, while the server goes on serving; a row the "
          "server changes meanwhile is left as it\nwrote it. Prints how many values it "
          "re-sealed and how many remain under older keys, and exits\n1 while any remain "
          "(run it again once the server uses FILE). See docs/operations.md.\n",
          specs, arguments, {}, options)) {
    return *stop;
  }
  const auto keys = open_data_key(options);
  if (!keys) return 2;
  auto storage = open_and_migrate(options, {}, /*quiet=*/true);
  if (!storage) return 1;
  const std::string prefix = keys->sealed_prefix();
  auto resealed = store::reseal_values(
      *storage, prefix, [&](const std::string& sealed) { return keys->reseal(sealed); });
  if (!resealed) return print_refusal(resealed.error(), {});
  const auto counted = store::count_values_under_other_keys(*storage, prefix);
  if (!counted) return print_refusal(counted.error(), {});
  const std::int64_t remaining = counted.value();
  const std::string detail = std::to_string(resealed.value().resealed) +
                             " values re-sealed under data key " + std::to_string(keys->key_id()) +
                             "; " + std::to_string(remaining) + " remain under older keys";
  const Status recorded = record_console_event(
      *storage,
      {.action = audit_action::rekey, .entity = audit_entity::database, .detail = detail});
  if (!recorded) return print_refusal(recorded.error(), {});
  std::cout << "casereview: " << detail << "\n";
  if (remaining > 0) {
    std::cerr << "casereview: " << resealed.value().changed_meanwhile
              << " rows changed while this ran. If the server is not yet using this key file, "
                 "restart it with it;\nthen run casereview rekey again.\n";
    return 1;
  }
  if (keys->key_ids().size() > 1)
    std::cout << "casereview: no value needs data key " << older_key_ids(*keys)
              << " now: once every server uses this file, that line can be removed from it.\n";
  return 0;
}

}  // namespace casereview::cli
