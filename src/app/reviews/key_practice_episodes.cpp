// The key practice episodes' use cases (Rule KPE-1): see key_practice_episodes.hpp. Each checks
// its caller, validates its input, then does its work in one transaction with its audit entry.
#include "app/reviews/key_practice_episodes.hpp"

#include <algorithm>
#include <set>

#include "app/audit.hpp"
#include "app/caller_checks.hpp"
#include "app/cases/case_support.hpp"
#include "app/reviews/review_support.hpp"
#include "domain/paging.hpp"

namespace casereview {

namespace {

using review_support::CaseUse;
using review_support::reaches_case;

Error no_such_case() { return Error::of(ErrorCode::not_found, "No such case"); }

// The partnership's case, when the caller reaches it for `use`.
Result<CaseRecord> reached_case(Transaction& transaction, const Caller& caller, Id partnership_id,
                                Id case_id, CaseUse use) {
  CaseRecord record = TRY(case_support::case_in_partnership(transaction, partnership_id, case_id));
  if (!reaches_case(transaction, *caller.actor, partnership_id, case_id, use))
    return no_such_case();
  return record;
}

// Rule KPE-1, Rule CHR-3: the episode draws only on submitted entries of the case's merged
// chronology; and only once the review is commissioned.
Status check_entries(Transaction& transaction, Id partnership_id, Id case_id,
                     const std::vector<Id>& entry_ids) {
  if (!transaction.reviews().find_for_case(partnership_id, case_id))
    return Error::of(ErrorCode::wrong_state,
                     "Commission the review before drawing out key practice episodes");
  std::set<Id> submitted;
  for (const ChronologyEntry& entry :
       transaction.chronology_entries().list_submitted_for_case(partnership_id, case_id))
    submitted.insert(entry.id);
  for (Id entry_id : entry_ids)
    if (!submitted.count(entry_id))
      return Error::invalid(
          {{"entry_ids", "Select entries of this case's merged chronology: entry " +
                             std::to_string(entry_id) + " is not one of them"}});
  return ok_status();
}

void audit_episode(Transaction& transaction, const Caller& caller, Instant now, const char* action,
                   const KeyPracticeEpisode& episode, const CaseRecord& record) {
  record_audit(transaction, caller, now,
               {action, audit_entity::key_practice_episode, std::to_string(episode.id),
                audit_outcome::success,
                record.reference + ": " + std::to_string(episode.entry_ids.size()) + " entries",
                episode.partnership_id});
}

}  // namespace

// Rule KPE-1: a title, a period, the entries, the questions; neutral.
Result<KeyPracticeEpisode> add_key_practice_episode(AppContext& context, const Caller& caller,
                                                    Id case_id,
                                                    const KeyPracticeEpisodeInput& input) {
  TRY(require_permission(caller, Permission::manage_chronologies));
  const Id partnership_id = TRY(caller_partnership(caller));
  KeyPracticeEpisode episode = TRY(key_practice_episode_from_text(input));
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<KeyPracticeEpisode> {
        const CaseRecord record =
            TRY(reached_case(transaction, caller, partnership_id, case_id, CaseUse::write));
        TRY(check_entries(transaction, partnership_id, case_id, episode.entry_ids));
        episode.partnership_id = partnership_id;
        episode.case_id = case_id;
        episode.created_by = caller.actor->user_id;
        episode.created_at = now;
        episode.updated_at = now;
        episode.id = transaction.review_analysis().add_episode(episode);
        audit_episode(transaction, caller, now, audit_action::create, episode, record);
        return episode;
      });
}

Result<KeyPracticeEpisode> change_key_practice_episode(AppContext& context, const Caller& caller,
                                                       Id case_id, Id episode_id,
                                                       const KeyPracticeEpisodeInput& input) {
  TRY(require_permission(caller, Permission::manage_chronologies));
  const Id partnership_id = TRY(caller_partnership(caller));
  KeyPracticeEpisode changed = TRY(key_practice_episode_from_text(input));
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<KeyPracticeEpisode> {
        const CaseRecord record =
            TRY(reached_case(transaction, caller, partnership_id, case_id, CaseUse::write));
        auto existing =
            transaction.review_analysis().find_episode(partnership_id, case_id, episode_id);
        if (!existing) return Error::of(ErrorCode::not_found, "No such key practice episode");
        TRY(check_entries(transaction, partnership_id, case_id, changed.entry_ids));
        changed.id = episode_id;
        changed.partnership_id = partnership_id;
        changed.case_id = case_id;
        changed.created_by = existing->created_by;
        changed.created_at = existing->created_at;
        changed.updated_at = now;
        transaction.review_analysis().update_episode(changed);
        audit_episode(transaction, caller, now, audit_action::update, changed, record);
        return changed;
      });
}

Result<KeyPracticeEpisodesPage> list_key_practice_episodes(AppContext& context,
                                                           const Caller& caller, Id case_id,
                                                           int page) {
  TRY(require_permission(caller, Permission::view_chronologies));
  const Id partnership_id = TRY(caller_partnership(caller));
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<KeyPracticeEpisodesPage> {
        const CaseRecord record =
            TRY(reached_case(transaction, caller, partnership_id, case_id, CaseUse::read));
        KeyPracticeEpisodesPage listed;
        listed.case_id = case_id;
        listed.case_reference = record.reference;
        listed.total = transaction.review_analysis().count_episodes(partnership_id, case_id);
        const PageWindow window = page_window(page, listed.total, key_practice_episodes_page_size);
        listed.page = window.page;
        listed.page_count = window.page_count;
        listed.episodes = transaction.review_analysis().list_episodes(
            partnership_id, case_id, key_practice_episodes_page_size, window.offset);
        return listed;
      });
}

Result<KeyPracticeEpisodeView> view_key_practice_episode(AppContext& context, const Caller& caller,
                                                         Id case_id, Id episode_id) {
  TRY(require_permission(caller, Permission::view_chronologies));
  const Id partnership_id = TRY(caller_partnership(caller));
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<KeyPracticeEpisodeView> {
        const CaseRecord record =
            TRY(reached_case(transaction, caller, partnership_id, case_id, CaseUse::read));
        auto episode =
            transaction.review_analysis().find_episode(partnership_id, case_id, episode_id);
        if (!episode) return Error::of(ErrorCode::not_found, "No such key practice episode");
        KeyPracticeEpisodeView view;
        view.episode = std::move(*episode);
        view.case_reference = record.reference;
        if (auto account = transaction.accounts().find(view.episode.created_by))
          view.created_by_name = account->user.name;
        return view;
      });
}

}  // namespace casereview
