// `casereview audit verify`: walks the audit log's hash chain (app/audit.hpp) and says whether
// every entry is as it was written, or names every one that was altered, removed or reordered;
// with --anchor FILE, also whether entries were cut from the end since `casereview audit anchor`
// wrote FILE (issue 17 item 3).
#include <fstream>
#include <iostream>
#include <iterator>

#include "app/audit.hpp"
#include "cli/commands.hpp"
#include "cli/console.hpp"
#include "cli/database_options.hpp"

namespace casereview::cli {

namespace {

const OptionSpec anchor_option{"anchor", "FILE", "",
                               "An anchor written by casereview audit anchor: also find entries "
                               "removed from the end of the log since."};

// The anchor in the file at `path`, or an error naming --anchor.
Result<AuditAnchor> read_anchor(const std::string& path) {
  std::ifstream file(path);
  if (!file)
    return Error::invalid({{"anchor", "Cannot read the anchor file " + path +
                                          ": give the file casereview audit anchor wrote"}});
  const std::string text{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
  return parse_audit_anchor(text);
}

int verify_audit_command(const std::vector<std::string>& arguments) {
  const std::vector<OptionSpec> specs = {database_option, anchor_option};
  Options options;
  if (auto stop = parse_command_line(
          "Usage: casereview audit verify [options]\n\n"
          "Checks every entry of the audit log against the hash chain. Prints \"audit log "
          "verified: N entries\"\nand exits 0, or names every bad entry and what is "
          "wrong with it and exits 1.\nChanges nothing.\n",
          specs, arguments, {}, options)) {
    return *stop;
  }
  std::optional<AuditAnchor> anchor;
  if (const std::string path = options.get("anchor"); !path.empty()) {
    auto read = read_anchor(path);
    if (!read) return print_refusal(read.error(), {{"anchor", "--anchor"}});
    anchor = read.value();
  }
  auto storage = open_and_migrate(options, {}, /*quiet=*/true);
  if (!storage) return 1;
  auto verification = verify_audit_log(*storage, anchor);
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

// `casereview audit anchor --to FILE`: verifies the chain, then writes its head to FILE. Refuses
// to anchor a chain that does not verify (an anchor vouches for what is before it).
int anchor_audit_command(const std::vector<std::string>& arguments) {
  const std::vector<OptionSpec> specs = {
      database_option,
      {"to", "FILE", "",
       "Where to write the anchor (a new file; keep it where the database's users cannot "
       "write)."}};
  Options options;
  if (auto stop = parse_command_line(
          "Usage: casereview audit anchor --to FILE [options]\n\n"
          "Verifies the audit log, then writes its newest entry's sequence and hash to FILE,\n"
          "for `casereview audit verify --anchor FILE` to find entries removed from the end\n"
          "later. Run it on a schedule and keep the files elsewhere. Changes nothing in the\n"
          "database.\n",
          specs, arguments, {"to"}, options)) {
    return *stop;
  }
  auto storage = open_and_migrate(options, {}, /*quiet=*/true);
  if (!storage) return 1;
  auto verification = verify_audit_log(*storage);
  if (!verification) return print_refusal(verification.error(), {});
  if (verification.value().first_bad_sequence) {
    std::cerr << "casereview: the audit log does not verify (" << verification.value().problem
              << "); run casereview audit verify. No anchor written.\n";
    return 1;
  }
  const std::string path = options.get("to");
  std::ofstream file(path, std::ios::out | std::ios::trunc);
  const AuditAnchor& head = verification.value().head;
  if (!(file << audit_anchor_text(head)) || !file.flush()) {
    std::cerr << "casereview: cannot write the anchor to " << path << "\n";
    return 1;
  }
  std::cout << "audit log anchored at entry " << head.sequence << " in " << path << "\n";
  return 0;
}

}  // namespace

int audit_command(const std::vector<std::string>& arguments) {
  return run_action("audit", "Checks the tamper-evident audit log.",
                    {{"verify", "Check the audit log's hash chain", verify_audit_command},
                     {"anchor", "Write the audit log's head to a file", anchor_audit_command}},
                    arguments);
}

}  // namespace casereview::cli
