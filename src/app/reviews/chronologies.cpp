// The chronology use cases (Rule CHR-1, Rule CHR-2, Rule CHR-3): see chronologies.hpp. Each checks
// its caller, reads and validates its input, then does its work in one transaction with its audit
// entry and emails.
#include "app/reviews/chronologies.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "app/audit.hpp"
#include "app/cases/case_emails.hpp"
#include "app/cases/case_support.hpp"
#include "app/reviews/review_support.hpp"
#include "app/working_day_calendar.hpp"
#include "domain/messages.hpp"
#include "domain/partnership_settings.hpp"
#include "domain/policy.hpp"
#include "domain/uk_time.hpp"

namespace casereview {

namespace {

using namespace case_support;

Error no_such_request() { return Error::of(ErrorCode::not_found, "No such chronology request"); }

using review_support::agency_name;
using review_support::CaseUse;
using review_support::reaches_case;

enum class RequestUse { read, write, ask };

// The request, when the caller may use it so: its agency's contributors read and write it; those
// who may ask for it read it and ask (return it). not_found for anyone else, and forbidden for an
// asker who tries to write.
Result<ChronologyRequest> reachable_request(Transaction& transaction, const Caller& caller,
                                            Id partnership_id, Id request_id, RequestUse use) {
  auto request = transaction.chronology_requests().find(partnership_id, request_id);
  if (!request) return no_such_request();
  const Actor& actor = *caller.actor;
  const bool agency_contributor = permits(caller.actor, false, Permission::respond_for_agency) &&
                                  actor.agency_id == request->agency_id;
  const bool asker =
      permits(caller.actor, false, Permission::manage_chronologies) &&
      reaches_case(transaction, actor, partnership_id, request->case_id, CaseUse::write);
  switch (use) {
    case RequestUse::read:
      if (agency_contributor || asker) return *request;
      break;
    case RequestUse::write:
      if (agency_contributor) return *request;
      if (asker)
        return Error::of(ErrorCode::forbidden,
                         "Only the agency's contributors can change its chronology");
      break;
    case RequestUse::ask:
      if (asker) return *request;
      break;
  }
  return no_such_request();
}

ChronologyView view_of(Transaction& transaction, const ChronologyRequest& request,
                       const CaseRecord& record, const WorkingDayCalendar& calendar,
                       CivilDate today) {
  ChronologyView view;
  view.request = request;
  view.case_reference = record.reference;
  view.pseudonyms = record.pseudonyms;
  view.agency_name = agency_name(transaction, request.partnership_id, request.agency_id);
  std::optional<CivilDate> done_on;
  if (request.status == ChronologyStatus::submitted && request.submitted_at)
    done_on = uk_date(*request.submitted_at);
  view.deadline =
      deadline_view(calendar, DeadlineKind::agency_response, "Chronology from " + view.agency_name,
                    request.due_on, done_on, today);
  return view;
}

// The request for a change of its entries: the agency's own, not yet submitted.
Result<ChronologyRequest> editable_request(Transaction& transaction, const Caller& caller,
                                           Id partnership_id, Id request_id) {
  ChronologyRequest request =
      TRY(reachable_request(transaction, caller, partnership_id, request_id, RequestUse::write));
  TRY(check_chronology_editable(request));  // Rule CHR-2
  return request;
}

void audit_chronology(Transaction& transaction, const Caller& caller, Instant now,
                      const char* action, const char* entity, Id entity_id,
                      const ChronologyRequest& request, const std::string& detail = "") {
  record_audit(transaction, caller, now,
               {action, entity, std::to_string(entity_id), audit_outcome::success,
                detail.empty() ? "chronology request " + std::to_string(request.id) : detail,
                request.partnership_id});
}

}  // namespace

Result<std::vector<ChronologyRequest>> request_chronologies(AppContext& context,
                                                            const Caller& caller, Id case_id,
                                                            const ChronologyRequestInput& input) {
  TRY(require_permission(caller, Permission::manage_chronologies));
  const Id partnership_id = TRY(caller_partnership(caller));
  const Instant now = context.clock.now();
  const CivilDate requested_on = uk_date(now);
  // Validate every field before touching the database, each problem on its field.
  std::vector<FieldError> problems;
  const auto keep = [&](const auto& result) {
    if (!result) problems.push_back(result.error().fields.front());
  };
  if (input.agency_ids.empty())
    problems.push_back({"agency_ids", "Select the agencies to ask for a chronology"});
  std::optional<CivilDate> due_on;
  if (filled(input.due_on)) {
    Result<CivilDate> given = parse_iso_date("due_on", trimmed(input.due_on));
    keep(given);
    if (given && given.value() < requested_on)
      problems.push_back({"due_on", "The due date must be today or in the future"});
    if (given) due_on = given.value();
  }
  if (input.note.size() > chronology_note_limit)
    problems.push_back({"note", too_long("The note", chronology_note_limit)});
  if (!problems.empty()) return Error::invalid(std::move(problems));

  return context.storage.transact(
      TransactionMode::write,
      [&](Transaction& transaction) -> Result<std::vector<ChronologyRequest>> {
        const CaseRecord record = TRY(case_in_partnership(transaction, partnership_id, case_id));
        if (!reaches_case(transaction, *caller.actor, partnership_id, case_id, CaseUse::write))
          return Error::of(ErrorCode::not_found, "No such case");
        // Rule CHR-1: the scope period and the agencies are the commissioned review's, never
        // the request's own.
        const std::optional<ReviewRecord> review =
            transaction.reviews().find_for_case(partnership_id, case_id);
        if (!review)
          return Error::of(ErrorCode::wrong_state,
                           "Commission the review before asking for chronologies");
        for (Id agency_id : input.agency_ids)
          if (std::find(review->agency_ids.begin(), review->agency_ids.end(), agency_id) ==
              review->agency_ids.end())
            return Error::invalid({{"agency_ids", "Select agencies in the review's scope"}});
        // Rule CHR-1: the due date is the setting's working days after today, unless given.
        if (!due_on) due_on = TRY(chronology_due_on(transaction, partnership_id, requested_on));
        const std::string case_text = case_emails::case_words(record.reference, record.pseudonyms);
        std::vector<ChronologyRequest> requests;
        for (Id agency_id : input.agency_ids) {
          ChronologyRequest request;
          request.partnership_id = partnership_id;
          request.case_id = case_id;
          request.agency_id = agency_id;
          request.scope_from = review->scope_from;
          request.scope_to = review->scope_to;
          request.requested_on = requested_on;
          request.due_on = *due_on;
          request.note = trimmed(input.note);
          request.requested_by = caller.actor->user_id;
          // Rule CHR-1: one request per agency; an agency asked already keeps its request.
          auto added = transaction.chronology_requests().add(request);
          if (!added) {
            for (const ChronologyRequest& existing :
                 transaction.chronology_requests().list_for_case(partnership_id, case_id))
              if (existing.agency_id == agency_id) requests.push_back(existing);
            continue;
          }
          const std::string name = agency_name(transaction, partnership_id, agency_id);
          for (const User& contributor :
               users_with_role(transaction, partnership_id, Role::contributor, agency_id)) {
            transaction.outbox().enqueue(
                case_emails::chronology_request(context.settings, contributor.email, case_text,
                                                name, added->scope_from, added->scope_to,
                                                added->due_on, added->note, added->id),
                now);
          }
          audit_chronology(transaction, caller, now, audit_action::request_chronology,
                           audit_entity::chronology, added->id, *added,
                           record.reference + ", " + name);
          requests.push_back(*added);
        }
        return requests;
      });
}

// Rule CHR-1: the setting's working days (chronology_working_days, 20) after `asked_on`.
Result<CivilDate> chronology_due_on(Transaction& transaction, Id partnership_id,
                                    CivilDate asked_on) {
  const WorkingDayCalendar calendar = TRY(partnership_calendar(transaction, partnership_id));
  const SettingValues settings =
      TRY(settings_with_defaults(transaction.settings().all(partnership_id)));
  const auto days = settings.time_scales.find("chronology_working_days");
  return calendar.add_working_days(asked_on, days == settings.time_scales.end()
                                                 ? default_chronology_working_days
                                                 : days->second);
}

Result<CivilDate> default_chronology_due_on(AppContext& context, const Caller& caller) {
  TRY(require_permission(caller, Permission::manage_chronologies));
  const Id partnership_id = TRY(caller_partnership(caller));
  const CivilDate asked_on = uk_date(context.clock.now());
  return context.storage.transact(TransactionMode::read,
                                  [&](Transaction& transaction) -> Result<CivilDate> {
                                    return chronology_due_on(transaction, partnership_id, asked_on);
                                  });
}

Result<ChronologyView> view_chronology(AppContext& context, const Caller& caller, Id request_id) {
  TRY(require_signed_in(caller));
  const Id partnership_id = TRY(caller_partnership(caller));
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<ChronologyView> {
        const ChronologyRequest request = TRY(
            reachable_request(transaction, caller, partnership_id, request_id, RequestUse::read));
        const CaseRecord record =
            TRY(case_in_partnership(transaction, partnership_id, request.case_id));
        const WorkingDayCalendar calendar = TRY(partnership_calendar(transaction, partnership_id));
        ChronologyView view = view_of(transaction, request, record, calendar, today(context));
        view.entries = transaction.chronology_entries().list(partnership_id, request_id);
        view.can_edit = check_chronology_editable(request).ok() &&
                        permits(caller.actor, false, Permission::respond_for_agency) &&
                        caller.actor->agency_id == request.agency_id;
        return view;
      });
}

Result<std::vector<ChronologyView>> list_my_chronology_requests(AppContext& context,
                                                                const Caller& caller) {
  TRY(require_permission(caller, Permission::respond_for_agency));
  const Id partnership_id = TRY(caller_partnership(caller));
  const Id agency_id = *caller.actor->agency_id;
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<std::vector<ChronologyView>> {
        const WorkingDayCalendar calendar = TRY(partnership_calendar(transaction, partnership_id));
        std::vector<ChronologyView> views;
        for (const ChronologyRequest& request :
             transaction.chronology_requests().list_for_agency(partnership_id, agency_id)) {
          auto record = transaction.cases().find(partnership_id, request.case_id);
          if (!record) continue;
          ChronologyView view = view_of(transaction, request, *record, calendar, today(context));
          view.can_edit = check_chronology_editable(request).ok();
          views.push_back(std::move(view));
        }
        return views;
      });
}

Result<std::vector<ChronologyView>> list_case_chronology_requests(AppContext& context,
                                                                  const Caller& caller,
                                                                  Id case_id) {
  TRY(require_permission(caller, Permission::manage_chronologies));
  const Id partnership_id = TRY(caller_partnership(caller));
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<std::vector<ChronologyView>> {
        const CaseRecord record = TRY(case_in_partnership(transaction, partnership_id, case_id));
        if (!reaches_case(transaction, *caller.actor, partnership_id, case_id, CaseUse::write))
          return Error::of(ErrorCode::not_found, "No such case");
        const WorkingDayCalendar calendar = TRY(partnership_calendar(transaction, partnership_id));
        std::vector<ChronologyView> views;
        for (const ChronologyRequest& request :
             transaction.chronology_requests().list_for_case(partnership_id, case_id))
          views.push_back(view_of(transaction, request, record, calendar, today(context)));
        return views;
      });
}

Result<ChronologyEntry> add_chronology_entry(AppContext& context, const Caller& caller,
                                             Id request_id, const ChronologyEntryInput& input) {
  TRY(require_permission(caller, Permission::respond_for_agency));
  const Id partnership_id = TRY(caller_partnership(caller));
  ChronologyEntry entry = TRY(chronology_entry_from_text(input));  // Rule CHR-2
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<ChronologyEntry> {
        const ChronologyRequest request =
            TRY(editable_request(transaction, caller, partnership_id, request_id));
        entry.agency_id = request.agency_id;
        entry.position = transaction.chronology_entries().next_position(partnership_id, request_id);
        entry.id = transaction.chronology_entries().add(partnership_id, request_id, entry);
        audit_chronology(transaction, caller, now, audit_action::create,
                         audit_entity::chronology_entry, entry.id, request);
        return entry;
      });
}

Result<ChronologyEntry> change_chronology_entry(AppContext& context, const Caller& caller,
                                                Id request_id, Id entry_id,
                                                const ChronologyEntryInput& input) {
  TRY(require_permission(caller, Permission::respond_for_agency));
  const Id partnership_id = TRY(caller_partnership(caller));
  ChronologyEntry changed = TRY(chronology_entry_from_text(input));  // Rule CHR-2
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<ChronologyEntry> {
        const ChronologyRequest request =
            TRY(editable_request(transaction, caller, partnership_id, request_id));
        auto existing = transaction.chronology_entries().find(partnership_id, request_id, entry_id);
        if (!existing) return Error::of(ErrorCode::not_found, "No such entry");
        changed.id = entry_id;
        changed.agency_id = request.agency_id;
        changed.position = existing->position;
        transaction.chronology_entries().update(partnership_id, request_id, changed);
        audit_chronology(transaction, caller, now, audit_action::update,
                         audit_entity::chronology_entry, entry_id, request);
        return changed;
      });
}

Status remove_chronology_entry(AppContext& context, const Caller& caller, Id request_id,
                               Id entry_id) {
  TRY(require_permission(caller, Permission::respond_for_agency));
  const Id partnership_id = TRY(caller_partnership(caller));
  const Instant now = context.clock.now();
  return context.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
    const ChronologyRequest request =
        TRY(editable_request(transaction, caller, partnership_id, request_id));
    if (!transaction.chronology_entries().remove(partnership_id, request_id, entry_id))
      return Error::of(ErrorCode::not_found, "No such entry");
    audit_chronology(transaction, caller, now, audit_action::erase, audit_entity::chronology_entry,
                     entry_id, request);
    return ok_status();
  });
}

Result<ChronologyImportOutcome> import_chronology(AppContext& context, const Caller& caller,
                                                  Id request_id, std::string_view file) {
  TRY(require_permission(caller, Permission::respond_for_agency));
  const Id partnership_id = TRY(caller_partnership(caller));
  const Instant now = context.clock.now();
  // Access first, so that someone who may not see the request learns nothing from the file's
  // problems.
  TRY(context.storage.transact(TransactionMode::read, [&](Transaction& transaction) -> Status {
    TRY(editable_request(transaction, caller, partnership_id, request_id));
    return ok_status();
  }));
  // Rule CHR-2: all or nothing — any problem and nothing is written.
  ChronologyImport read = TRY(read_chronology_file(file));
  if (!read.problems.empty()) return ChronologyImportOutcome{0, std::move(read.problems)};
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<ChronologyImportOutcome> {
        const ChronologyRequest request =
            TRY(editable_request(transaction, caller, partnership_id, request_id));
        // The file is the chronology as a whole: it replaces the entries there were.
        transaction.chronology_entries().remove_all(partnership_id, request_id);
        transaction.chronology_entries().add_all(partnership_id, request_id, read.entries);
        const int imported = static_cast<int>(read.entries.size());
        audit_chronology(transaction, caller, now, audit_action::import_file,
                         audit_entity::chronology, request_id, request,
                         std::to_string(imported) + " entries");
        return ChronologyImportOutcome{imported, {}};
      });
}

Status submit_chronology(AppContext& context, const Caller& caller, Id request_id,
                         Involvement involvement) {
  TRY(require_permission(caller, Permission::respond_for_agency));
  const Id partnership_id = TRY(caller_partnership(caller));
  const Instant now = context.clock.now();
  return context.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
    ChronologyRequest request =
        TRY(reachable_request(transaction, caller, partnership_id, request_id, RequestUse::write));
    const int entries = transaction.chronology_entries().count(partnership_id, request_id);
    // Rule CHR-2: entries, or "no involvement"; then the chronology is locked.
    TRY(check_chronology_submission(request, static_cast<std::size_t>(entries), involvement));
    const ChronologyStatus before = request.status;
    request.status = ChronologyStatus::submitted;
    request.involvement = involvement;
    request.submitted_at = now;
    request.submitted_by = caller.actor->user_id;
    if (!transaction.chronology_requests().change_status(request, before))
      return Error::of(ErrorCode::wrong_state, "This chronology has already been submitted");
    const CaseRecord record =
        TRY(case_in_partnership(transaction, partnership_id, request.case_id));
    const std::string name = agency_name(transaction, partnership_id, request.agency_id);
    if (auto requester = transaction.accounts().find(request.requested_by)) {
      transaction.outbox().enqueue(
          case_emails::chronology_submitted(
              context.settings, requester->user.email,
              case_emails::case_words(record.reference, record.pseudonyms), name, record.id),
          now);
    }
    audit_chronology(transaction, caller, now, audit_action::submit, audit_entity::chronology,
                     request_id, request,
                     involvement == Involvement::no_involvement
                         ? "no involvement"
                         : std::to_string(entries) + " entries");
    return ok_status();
  });
}

Status return_chronology(AppContext& context, const Caller& caller, Id request_id,
                         const std::string& reason) {
  TRY(require_permission(caller, Permission::manage_chronologies));
  const Id partnership_id = TRY(caller_partnership(caller));
  const Instant now = context.clock.now();
  return context.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
    ChronologyRequest request =
        TRY(reachable_request(transaction, caller, partnership_id, request_id, RequestUse::ask));
    // Rule CHR-1: returned through the system, with the reason.
    TRY(check_chronology_return(request, reason));
    request.status = ChronologyStatus::returned;
    request.returned_at = now;
    request.returned_by = caller.actor->user_id;
    request.return_reason = trimmed(reason);
    if (!transaction.chronology_requests().change_status(request, ChronologyStatus::submitted))
      return Error::of(ErrorCode::wrong_state, "Only a submitted chronology can be returned");
    const CaseRecord record =
        TRY(case_in_partnership(transaction, partnership_id, request.case_id));
    const std::string name = agency_name(transaction, partnership_id, request.agency_id);
    const std::string case_text = case_emails::case_words(record.reference, record.pseudonyms);
    for (const User& contributor :
         users_with_role(transaction, partnership_id, Role::contributor, request.agency_id)) {
      transaction.outbox().enqueue(
          case_emails::chronology_returned(context.settings, contributor.email, case_text, name,
                                           request.return_reason, request_id),
          now);
    }
    audit_chronology(transaction, caller, now, audit_action::return_for_correction,
                     audit_entity::chronology, request_id, request);
    return ok_status();
  });
}

std::size_t MergedChronologyView::count(ChronologyFlag flag) const {
  return static_cast<std::size_t>(
      std::count_if(rows.begin(), rows.end(), [flag](const MergedChronologyRow& row) {
        return std::find(row.flags.begin(), row.flags.end(), flag) != row.flags.end();
      }));
}

Result<MergedChronologyView> merged_chronology(AppContext& context, const Caller& caller,
                                               Id case_id) {
  TRY(require_permission(caller, Permission::view_chronologies));
  const Id partnership_id = TRY(caller_partnership(caller));
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<MergedChronologyView> {
        const CaseRecord record = TRY(case_in_partnership(transaction, partnership_id, case_id));
        if (!reaches_case(transaction, *caller.actor, partnership_id, case_id, CaseUse::read))
          return Error::of(ErrorCode::not_found, "No such case");
        MergedChronologyView view;
        view.case_id = case_id;
        view.case_reference = record.reference;
        view.pseudonyms = record.pseudonyms;
        for (const ChronologyRequest& request :
             transaction.chronology_requests().list_for_case(partnership_id, case_id)) {
          if (!view.scope) {
            view.scope = ChronologyScope{request.scope_from, request.scope_to};
          } else {
            view.scope->from = std::min(view.scope->from, request.scope_from);
            view.scope->to = std::max(view.scope->to, request.scope_to);
          }
        }
        // Rule CHR-3: submitted entries only, merged, flagged, with the gaps.
        const std::vector<ChronologyEntry> entries =
            transaction.chronology_entries().list_submitted_for_case(partnership_id, case_id);
        const MergedChronology merged = merge_chronology(entries, view.scope, default_gap_days);
        std::map<Id, Agency> agencies;
        for (const Agency& agency : transaction.agencies().list(partnership_id))
          agencies.emplace(agency.id, agency);
        std::map<Id, std::vector<std::pair<Id, DuplicateVerdict>>> decided;
        for (const DuplicateDecision& decision :
             transaction.duplicate_decisions().list_for_case(partnership_id, case_id)) {
          decided[decision.first_entry_id].push_back({decision.second_entry_id, decision.verdict});
          decided[decision.second_entry_id].push_back({decision.first_entry_id, decision.verdict});
        }
        view.rows.reserve(merged.entries.size());
        for (const MergedEntry& merged_entry : merged.entries) {
          MergedChronologyRow row;
          row.entry = entries[merged_entry.entry];
          if (auto agency = agencies.find(row.entry.agency_id); agency != agencies.end()) {
            row.agency_name = agency->second.name;
            row.agency_marker = agency->second.code;
          }
          row.flags = merged_entry.flags;
          if (auto found = decided.find(row.entry.id); found != decided.end())
            row.decided = found->second;
          // Rule CHR-3: a pair the reviewer has marked is no longer offered as possible; the
          // entry keeps its flag only while some possible duplicate is undecided.
          for (Id other : merged_entry.possible_duplicate_of) {
            const bool marked =
                std::any_of(row.decided.begin(), row.decided.end(),
                            [other](const auto& decision) { return decision.first == other; });
            if (!marked) row.possible_duplicate_of.push_back(other);
          }
          if (row.possible_duplicate_of.empty())
            std::erase(row.flags, ChronologyFlag::possible_duplicate);
          view.rows.push_back(std::move(row));
        }
        view.gaps = merged.gaps;
        return view;
      });
}

Status decide_possible_duplicate(AppContext& context, const Caller& caller, Id case_id, Id entry_id,
                                 Id other_entry_id, DuplicateVerdict verdict) {
  TRY(require_permission(caller, Permission::manage_chronologies));
  const Id partnership_id = TRY(caller_partnership(caller));
  const Instant now = context.clock.now();
  return context.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
    const CaseRecord record = TRY(case_in_partnership(transaction, partnership_id, case_id));
    if (!reaches_case(transaction, *caller.actor, partnership_id, case_id, CaseUse::write))
      return Error::of(ErrorCode::not_found, "No such case");
    std::set<Id> submitted;
    for (const ChronologyEntry& entry :
         transaction.chronology_entries().list_submitted_for_case(partnership_id, case_id))
      submitted.insert(entry.id);
    if (entry_id == other_entry_id || !submitted.count(entry_id) ||
        !submitted.count(other_entry_id))
      return Error::invalid(
          {{"entry_id", "Select two entries of the merged chronology to compare"}});
    // Rule CHR-3: the reviewer decides; the entries themselves are never merged or changed.
    transaction.duplicate_decisions().put(
        {partnership_id, case_id, entry_id, other_entry_id, verdict, caller.actor->user_id, now});
    record_audit(transaction, caller, now,
                 {audit_action::decide_duplicate, audit_entity::chronology_entry,
                  std::to_string(entry_id), audit_outcome::success,
                  record.reference + ": " + std::string(duplicate_verdict_name(verdict)) +
                      " as entry " + std::to_string(other_entry_id),
                  partnership_id});
    return ok_status();
  });
}

}  // namespace casereview
