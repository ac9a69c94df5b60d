// The subcommands of the casereview program. Each returns the process exit code: 0 on success,
// 1 when the work failed (the reason printed on standard error), 2 for bad usage.
#pragma once

#include <string>
#include <vector>

namespace casereview::cli {

int serve_command(const std::vector<std::string>& arguments);
int migrate_command(const std::vector<std::string>& arguments);
int demo_command(const std::vector<std::string>& arguments);

// Administration at the console (cli/console.hpp): each acts as the administrator at the console.
int partnership_command(const std::vector<std::string>& arguments);   // partnership add|list
int agency_command(const std::vector<std::string>& arguments);        // agency add
int user_command(const std::vector<std::string>& arguments);          // user add
int create_admin_command(const std::vector<std::string>& arguments);  // create-admin
int token_command(const std::vector<std::string>& arguments);         // token create
int audit_command(const std::vector<std::string>& arguments);         // audit verify|anchor

// Looking after the database (issue 17): copies, and the data key's rotation.
int backup_command(const std::vector<std::string>& arguments);   // backup --to FILE
int restore_command(const std::vector<std::string>& arguments);  // restore --from FILE
int rekey_command(const std::vector<std::string>& arguments);    // rekey --data-key-file FILE

}  // namespace casereview::cli
