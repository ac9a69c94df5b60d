// `casereview audit verify`: walks the audit log's hash chain (app/audit.hpp) and says whether
// every entry is as it was written, or names every one that was altered, removed or reordered.
#include <iostream>

#include "app/audit.hpp"
#include "cli/commands.hpp"
#include "cli/console.hpp"
#include "cli/database_options.hpp"

namespace casereview::cli {

namespace {

int verify_audit_command(const std::vector<std::string>& arguments) {
  const std::vector<OptionSpec> specs = {database_option};
  Options options;
  if (auto stop = parse_command_line(
          "Usage: casereview audit verify [options]\n\n"
          "Checks every entry of the audit log against the hash chain. Prints \"audit log "
          "verified: N entries\"\nand exits 0, or names every bad entry and what is "
          "wrong with it and exits 1.\nChanges nothing.\n",
          specs, arguments, {}, options)) {
    return *stop;
  }
  auto storage = open_and_migrate(options, {}, /*quiet=*/true);
  if (!storage) return 1;
  auto verification = verify_audit_log(*storage);
  if (!verification) return print_refusal(verification.error(), {});
  const AuditVerification& result = verification.value();
  if (result.first_bad_sequence) {
    std::cerr << "casereview: audit log verification FAILED: " << result.problems.size()
              << (result.problems.size() == 1 ? " problem" : " problems") << " in "
              << result.entries_checked << " entries\n";
    for (const AuditProblem& problem : result.problems) std::cerr << "  " << problem.text << "\n";
    return 1;
  }
  std::cout << "audit log verified: " << result.entries_checked << " entries\n";
  return 0;
}

}  // namespace

int audit_command(const std::vector<std::string>& arguments) {
  return run_action("audit", "Checks the tamper-evident audit log.",
                    {{"verify", "Check the audit log's hash chain", verify_audit_command}},
                    arguments);
}

}  // namespace casereview::cli
