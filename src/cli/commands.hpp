// The subcommands of the casereview program. Each returns the process exit code: 0 on success,
// 1 when the work failed (the reason printed on standard error), 2 for bad usage.
#pragma once

#include <string>
#include <vector>

namespace casereview::cli {

int serve_command(const std::vector<std::string>& arguments);
int migrate_command(const std::vector<std::string>& arguments);
int demo_command(const std::vector<std::string>& arguments);

}  // namespace casereview::cli
