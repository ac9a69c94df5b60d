// Benchmark of the action plans' lists (issue 13, Rule ACT-3; issue 16's national scale: 100,000
// actions). On a fresh SQLite database with the demonstration data, stores N actions (default
// 100,000) for the demonstration's hospital through the storage port in transactions of 2,000 —
// due dates spread over two years either side of today, every status, updates of every age, so
// every RAG colour is common — then times, over several runs (median, 95th percentile, maximum):
//   committee list        list_actions, page 1, no filter (the committee's "Actions")
//   committee red         the same filtered to red (the colour turned into dates, Rule ACT-3)
//   committee overdue     filtered to past their due date
//   overdue, last page    the overdue list's last page (the deepest OFFSET)
//   lead's list           the strategic lead's "My actions" (their agency's)
//   one action            view_action, the action's page
// and once, the reminders job over all of them (queue_action_reminders: owners' reminders due
// today, the committee's digest), with how many emails it queued. Use cases are called in-process
// (no HTTP), so the figures are the server's own work. Run it with bench/actions (which builds it).
// Arguments: [actions] [runs] (default 100,000 and 20).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include "app/actions/action_plans.hpp"
#include "app/actions/action_reminders.hpp"
#include "app/clock.hpp"
#include "app/embedded_files.hpp"
#include "bench_support.hpp"
#include "domain/uk_time.hpp"
#include "store/migrator.hpp"
#include "store/sql_storage.hpp"

using namespace casereview;
using namespace casereview::bench;

int main(int argc, char** argv) {
  const int count = argc > 1 ? std::atoi(argv[1]) : 100'000;
  const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 20;

  DemonstrationBench bench("actions");
  store::SqlStorage& storage = bench.storage;
  AppContext& context = bench.context;
  const Clock& clock = bench.clock;
  const Caller committee = caller_for(storage, "committee@northbrook.example");
  const Caller lead = caller_for(storage, "lead@northbrook.example");

  // The demonstration's first action is the pattern: its case, recommendation, agency and owner.
  const ActionList demo = must(list_actions(context, committee, {}), "list the demonstration's");
  if (demo.rows.empty()) {
    std::fprintf(stderr, "the demonstration has no actions\n");
    return 1;
  }
  const Action pattern = demo.rows.front().listing.action;
  const CivilDate today = uk_date(clock.now());
  const ActionKind kinds[] = {ActionKind::process, ActionKind::policy, ActionKind::training,
                              ActionKind::working_arrangements, ActionKind::other};
  const ActionStatus statuses[] = {ActionStatus::not_started, ActionStatus::in_progress,
                                   ActionStatus::in_progress, ActionStatus::awaiting_sign_off,
                                   ActionStatus::closed};
  std::mt19937 random(20261205);
  const auto stored_start = std::chrono::steady_clock::now();
  for (int done = 0; done < count;) {
    const int batch = std::min(2'000, count - done);
    Status stored =
        storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
          for (int index = 0; index < batch; ++index) {
            Action action = pattern;
            action.id = 0;
            action.kind = kinds[random() % std::size(kinds)];
            action.text = "Action " + std::to_string(done + index + 1) + " of the bench";
            action.start_on = today.add_days(-static_cast<int>(random() % 700));
            action.due_on = today.add_days(static_cast<int>(random() % 1400) - 700);
            action.status = statuses[random() % std::size(statuses)];
            action.last_update_on = today.add_days(-static_cast<int>(random() % 120));
            action.created_at = clock.now();
            if (action.status == ActionStatus::closed) action.closed_at = clock.now();
            transaction.actions().add(action);
          }
          return ok_status();
        });
    if (!stored) fail("store actions", stored.error());
    done += batch;
  }
  std::printf(
      "stored %d actions in %.1f s\n", count,
      std::chrono::duration<double>(std::chrono::steady_clock::now() - stored_start).count());

  ActionList last;
  const auto list = [&](const Caller& who, ActionFilter filter, int page) {
    last = must(list_actions(context, who, filter, page), "list");
  };
  // Each figure is printed after its runs, with what the last run found.
  Figures figures = time_runs(runs, [&] { list(committee, {}, 1); });
  print_figures("committee list", figures, std::to_string(last.total) + " actions");
  ActionFilter red;
  red.rag = Rag::red;
  figures = time_runs(runs, [&] { list(committee, red, 1); });
  print_figures("committee red", figures, std::to_string(last.total) + " red");
  ActionFilter overdue;
  overdue.overdue = true;
  figures = time_runs(runs, [&] { list(committee, overdue, 1); });
  print_figures("committee overdue", figures, std::to_string(last.total) + " overdue");
  const int last_page = last.page_count;
  figures = time_runs(runs, [&] { list(committee, overdue, last_page); });
  print_figures("overdue, last page", figures, "page " + std::to_string(last_page));
  figures = time_runs(runs, [&] { list(lead, {}, 1); });
  print_figures("lead's list", figures, std::to_string(last.total) + " of the hospital");
  const Id one = last.rows.front().listing.action.id;
  print_figures("one action",
                time_runs(runs, [&] { must(view_action(context, lead, one), "view"); }));

  const auto job_start = std::chrono::steady_clock::now();
  const int queued = must(queue_action_reminders(context), "reminders");
  std::printf(
      "reminders job         %.1f ms, %d emails queued\n",
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - job_start)
          .count(),
      queued);
  return 0;
}
