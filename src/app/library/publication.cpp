// Publishing a review (Rule PUB-1, Rule PUB-2, Rule PUB-3, Rule LIB-1): see publication.hpp. Each
// use case checks its caller, validates its input, then works in one transaction with its audit
// entry.
#include "app/library/publication.hpp"

#include <algorithm>

#include "app/audit.hpp"
#include "app/caller_checks.hpp"
#include "app/cases/case_support.hpp"
#include "app/documents/report_text.hpp"
#include "app/library/publication_support.hpp"
#include "app/reviews/review_support.hpp"
#include "app/working_day_calendar.hpp"
#include "domain/anonymisation_check.hpp"
#include "domain/briefing.hpp"
#include "domain/messages.hpp"
#include "domain/partnership_settings.hpp"
#include "domain/text.hpp"
#include "domain/uk_time.hpp"

namespace casereview {

namespace {

using review_support::CaseWithReview;

void audit_publication(Transaction& transaction, const Caller& caller, Instant now,
                       const char* action, const CaseRecord& record, const std::string& detail) {
  record_audit(transaction, caller, now,
               {action, audit_entity::publication, std::to_string(record.id),
                audit_outcome::success, record.reference + ": " + detail, record.partnership_id});
}

// The final report's text, when the decision publishes it and a version is marked final.
std::optional<std::string> final_report_text(Transaction& transaction, Id partnership_id,
                                             Id case_id) {
  const auto final = transaction.report_final().find(partnership_id, case_id);
  if (!final) return std::nullopt;
  const auto version = transaction.report().find(partnership_id, case_id, final->version_number);
  if (!version) return std::nullopt;
  return version->text;
}

// Rule PUB-3: everything that publishing would make public, part by part.
std::vector<TextToCheck> text_to_publish(Transaction& transaction, const Publication& publication,
                                         const std::optional<LibraryEntry>& entry) {
  std::vector<TextToCheck> parts;
  if (entry) {
    const LibraryEntryText& text = entry->text;
    parts.push_back({"Title", text.title});
    parts.push_back({"Summary", text.summary});
    parts.push_back({"Background", text.background});
    parts.push_back({"Learning", text.learning});
    parts.push_back({"Good practice", text.good_practice});
    parts.push_back({"Recommendations", text.recommendations});
    parts.push_back({"Methodology", text.methodology});
    parts.push_back({"Keywords", joined(text.keywords)});
    // Rule LIB-2: the briefing is published with the entry.
    const std::vector<BriefingSection> briefing = transaction.library().briefing(entry->id);
    for (std::size_t i = 0; i < briefing.size(); ++i)
      parts.push_back({"Briefing, section " + std::to_string(i + 1),
                       briefing[i].heading + "\n" + briefing[i].text});
  }
  if (publication.decision == PublicationDecision::publish)
    if (auto report =
            final_report_text(transaction, publication.partnership_id, publication.case_id))
      parts.push_back({"The report", *report});
  return parts;
}

std::string digest_of(const std::vector<TextToCheck>& parts) {
  std::string all;
  for (const TextToCheck& part : parts) all += part.part + '\x1f' + part.text + '\x1e';
  return sha256_hex(all);
}

// Rule PUB-3: the findings neither mended nor dismissed.
int open_count(const std::vector<PublicationFinding>& findings) {
  return static_cast<int>(
      std::count_if(findings.begin(), findings.end(),
                    [](const PublicationFinding& f) { return !f.dismissed(); }));
}

struct Gates {
  std::vector<std::string> gaps;
  std::optional<CivilDate> earliest;
  bool text_changed = false;
};

// What stops publishing on `today`, in the order a manager would see to them.
Result<Gates> gates_of(Transaction& transaction, const Publication& publication,
                       const std::optional<LibraryEntry>& entry,
                       const std::vector<PublicationFinding>& findings,
                       const SettingValues& settings, CivilDate today) {
  Gates gates;
  const Id partnership_id = publication.partnership_id;
  if (publication.published_on) {
    gates.gaps.push_back("The review was published on " +
                         day_month_year(*publication.published_on));
    return gates;
  }
  if (publication.decision == PublicationDecision::withhold)
    gates.gaps.push_back(
        "The decision is to withhold the report for now: record a decision to "
        "publish it, or its improvements, first");
  if (publication.decision == PublicationDecision::publish &&
      !transaction.report_final().find(partnership_id, publication.case_id))
    gates.gaps.push_back("Mark a version of the report final before publishing it");
  if (!entry) gates.gaps.push_back("Write the library entry: at least its title and summary");
  // Rule PUB-2.
  const WorkingDayCalendar calendar = TRY(partnership_calendar(transaction, partnership_id));
  const int notice = settings.time_scales.at("publication_notice_working_days");
  auto earliest = earliest_publication(
      publication.advance_copies, notice,
      [&](CivilDate from, int days) { return calendar.add_working_days(from, days); });
  if (!earliest) {
    std::vector<std::string> missing;
    for (AdvanceCopyRecipient recipient : all_advance_copy_recipients) {
      const bool sent =
          std::any_of(publication.advance_copies.begin(), publication.advance_copies.end(),
                      [&](const AdvanceCopy& c) { return c.recipient == recipient; });
      if (!sent) {
        // Mid-sentence: "the National Panel", not "The National Panel".
        std::string name(advance_copy_recipient_text(recipient));
        if (name.rfind("The ", 0) == 0) name[0] = 't';
        missing.push_back(std::move(name));
      }
    }
    gates.gaps.push_back("Send the final report to " + listed_in_words(missing) +
                         " and record the date: publication can follow " + std::to_string(notice) +
                         " working days after the last copy is sent");
  } else {
    gates.earliest = TRY(std::move(*earliest));
    if (today < *gates.earliest)
      gates.gaps.push_back("The report can be published on " + day_month_year(*gates.earliest) +
                           " at the earliest: " + std::to_string(notice) +
                           " working days after the last advance copy was sent");
  }
  // Rule PUB-3.
  const std::vector<TextToCheck> parts = text_to_publish(transaction, publication, entry);
  gates.text_changed =
      !publication.checked_digest.empty() && publication.checked_digest != digest_of(parts);
  if (publication.checked_digest.empty())
    gates.gaps.push_back("Run the anonymisation check on the text to be published");
  else if (gates.text_changed)
    gates.gaps.push_back("The text has changed since the anonymisation check: run it again");
  const int open = open_count(findings);
  if (open > 0 && !gates.text_changed)
    gates.gaps.push_back(std::to_string(open) + (open == 1 ? " finding" : " findings") +
                         " of the anonymisation check " + (open == 1 ? "waits" : "wait") +
                         " to be mended in the text or dismissed with a reason");
  return gates;
}

Result<Publication> publication_of(Transaction& transaction, Id partnership_id, Id case_id) {
  auto publication = transaction.publications().find(partnership_id, case_id);
  if (!publication)
    return Error::of(ErrorCode::wrong_state,
                     "Record the publication decision first (publish the report, the "
                     "improvements only, or withhold it for now)");
  return *publication;
}

}  // namespace

int PublicationView::open_findings() const { return open_count(findings); }

Result<PublicationView> view_publication(AppContext& context, const Caller& caller, Id case_id) {
  TRY(require_permission(caller, Permission::run_reviews));
  const Id partnership_id = TRY(caller_partnership(caller));
  const CivilDate today = uk_date(context.clock.now());
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<PublicationView> {
        const CaseWithReview found =
            TRY(review_support::case_with_review(transaction, partnership_id, case_id));
        PublicationView view;
        view.case_id = case_id;
        view.case_reference = found.record.reference;
        view.kind = found.review.kind;
        view.publication = transaction.publications().find(partnership_id, case_id);
        view.entry = transaction.library().find_for_case(partnership_id, case_id);
        view.findings = transaction.publications().findings(partnership_id, case_id);
        view.has_final_report =
            transaction.report_final().find(partnership_id, case_id).has_value();
        view.themes = transaction.library().themes();
        if (view.entry)
          view.briefing_uses = transaction.library().count_briefing_uses(view.entry->id);
        const SettingValues settings =
            TRY(settings_with_defaults(transaction.settings().all(partnership_id)));
        view.document_years = settings.time_scales.at("document_years");
        if (!view.publication) {
          view.gaps.push_back("Record the publication decision");
          return view;
        }
        const Gates gates = TRY(
            gates_of(transaction, *view.publication, view.entry, view.findings, settings, today));
        view.gaps = gates.gaps;
        view.earliest = gates.earliest;
        view.checked_text_changed = gates.text_changed;
        return view;
      });
}

// Rule PUB-1.
Result<Publication> decide_publication(AppContext& context, const Caller& caller, Id case_id,
                                       const PublicationDecisionInput& input) {
  TRY(require_permission(caller, Permission::run_reviews));
  const Id partnership_id = TRY(caller_partnership(caller));
  Publication decided = TRY(publication_from_input(input));
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<Publication> {
        const CaseWithReview found =
            TRY(review_support::case_with_review(transaction, partnership_id, case_id));
        const auto before = transaction.publications().find(partnership_id, case_id);
        if (before && before->published_on)
          return Error::of(ErrorCode::wrong_state, "The review has been published");
        decided.case_id = case_id;
        decided.partnership_id = partnership_id;
        decided.decided_by = caller.actor->user_id;
        decided.decided_at = now;
        transaction.publications().save_decision(decided);
        audit_publication(transaction, caller, now, audit_action::decide_publication, found.record,
                          std::string(publication_decision_name(decided.decision)) +
                              ", planned for " + decided.planned_on.to_iso_string());
        return *transaction.publications().find(partnership_id, case_id);
      });
}

// Rule PUB-2.
Status record_advance_copy(AppContext& context, const Caller& caller, Id case_id,
                           const AdvanceCopyInput& input) {
  TRY(require_permission(caller, Permission::run_reviews));
  const Id partnership_id = TRY(caller_partnership(caller));
  const Instant now = context.clock.now();
  std::vector<FieldError> problems;
  const auto recipient = advance_copy_recipient_from_input(input.recipient);
  if (!recipient) problems.push_back(recipient.error().fields.at(0));
  auto sent_on = parse_iso_date("sent_on", trimmed(input.sent_on));
  if (!sent_on)
    problems.push_back({"sent_on", "Enter the date the report was sent, like 2027-03-01"});
  else if (sent_on.value() > uk_date(now))
    problems.push_back({"sent_on", "The date the report was sent must be today or in the past"});
  if (!problems.empty()) return Error::invalid(std::move(problems));
  return context.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
    const CaseWithReview found =
        TRY(review_support::case_with_review(transaction, partnership_id, case_id));
    const Publication publication = TRY(publication_of(transaction, partnership_id, case_id));
    if (publication.published_on)
      return Error::of(ErrorCode::wrong_state, "The review has been published");
    transaction.publications().save_advance_copy(
        partnership_id, case_id, {recipient.value(), sent_on.value()}, caller.actor->user_id, now);
    audit_publication(transaction, caller, now, audit_action::record_advance_copy, found.record,
                      std::string(advance_copy_recipient_name(recipient.value())) + " sent " +
                          sent_on.value().to_iso_string());
    return ok_status();
  });
}

// Rule LIB-1.
Result<LibraryEntry> save_library_entry(AppContext& context, const Caller& caller, Id case_id,
                                        LibraryEntryText text) {
  TRY(require_permission(caller, Permission::run_reviews));
  const Id partnership_id = TRY(caller_partnership(caller));
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<LibraryEntry> {
        const CaseWithReview found =
            TRY(review_support::case_with_review(transaction, partnership_id, case_id));
        std::vector<std::string> slugs;
        for (const LibraryTheme& theme : transaction.library().themes())
          slugs.push_back(theme.slug);
        const LibraryEntryText checked = TRY(library_entry_text_from(std::move(text), slugs));
        const Publication publication = TRY(publication_of(transaction, partnership_id, case_id));
        // Rule PUB-3: a published entry changes in public at once, so it is checked as it is
        // saved.
        if (publication.published_on)
          TRY(publication_support::refuse_identifiers(
              context, transaction, partnership_id, case_id,
              {{"title", {"Title", checked.title}},
               {"summary", {"Summary", checked.summary}},
               {"background", {"Background", checked.background}},
               {"learning", {"Learning", checked.learning}},
               {"good_practice", {"Good practice", checked.good_practice}},
               {"recommendations", {"Recommendations", checked.recommendations}},
               {"methodology", {"Methodology", checked.methodology}},
               {"keywords", {"Keywords", joined(checked.keywords)}}}));
        LibraryEntry entry;
        if (auto before = transaction.library().find_for_case(partnership_id, case_id))
          entry = *before;
        entry.partnership_id = partnership_id;
        entry.case_id = case_id;
        entry.year = publication.published_on ? publication.published_on->year()
                                              : publication.planned_on.year();
        entry.kind = found.review.kind;
        entry.text = checked;
        const Id id = transaction.library().save(entry, caller.actor->user_id, now);
        record_audit(transaction, caller, now,
                     {audit_action::save_library_entry, audit_entity::library_entry,
                      std::to_string(id), audit_outcome::success,
                      found.record.reference + ": " + std::to_string(checked.theme_slugs.size()) +
                          " themes, " + std::to_string(checked.keywords.size()) + " keywords",
                      partnership_id});
        return *transaction.library().find_for_case(partnership_id, case_id);
      });
}

// Rule PUB-3: the audit entry counts the findings by kind, never what they found.
Result<CheckOutcome> run_anonymisation_check(AppContext& context, const Caller& caller,
                                             Id case_id) {
  TRY(require_permission(caller, Permission::run_reviews));
  const Id partnership_id = TRY(caller_partnership(caller));
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<CheckOutcome> {
        const CaseWithReview found =
            TRY(review_support::case_with_review(transaction, partnership_id, case_id));
        const Publication publication = TRY(publication_of(transaction, partnership_id, case_id));
        const auto entry = transaction.library().find_for_case(partnership_id, case_id);
        const std::vector<TextToCheck> parts = text_to_publish(transaction, publication, entry);
        const security::FieldCipher* data_cipher = context.settings.data_cipher.get();
        // Without a data key (a case with no children recorded) the masked excerpt stands in.
        const auto fingerprint_of = [&](const IdentifierFound& identifier) {
          return data_cipher ? data_cipher->keyed_digest(identifier.matched) : identifier.excerpt;
        };
        std::vector<PublicationFinding> stored;
        {
          const KnownIdentifiers known = TRY(publication_support::known_identifiers(
              context, transaction, partnership_id, case_id));
          for (const IdentifierFound& identifier : find_identifiers(parts, known)) {
            PublicationFinding finding;
            finding.case_id = case_id;
            finding.kind = std::string(identifier_kind_name(identifier.kind));
            finding.part = identifier.part;
            finding.line = identifier.line;
            finding.excerpt = identifier.excerpt;
            // The same identifier in the same part, recognised without storing it.
            finding.fingerprint =
                finding.kind + "|" + finding.part + "|" + fingerprint_of(identifier);
            stored.push_back(std::move(finding));
          }
        }
        transaction.publications().record_check(partnership_id, case_id, digest_of(parts), now,
                                                stored);
        CheckOutcome outcome;
        outcome.findings = transaction.publications().findings(partnership_id, case_id);
        outcome.clear = open_count(outcome.findings) == 0;
        audit_publication(transaction, caller, now, audit_action::check_anonymisation, found.record,
                          std::to_string(stored.size()) + " findings in " +
                              std::to_string(parts.size()) + " parts");
        return outcome;
      });
}

// Rule PUB-3.
Status dismiss_finding(AppContext& context, const Caller& caller, Id case_id, Id finding_id,
                       const std::string& reason) {
  TRY(require_permission(caller, Permission::run_reviews));
  const Id partnership_id = TRY(caller_partnership(caller));
  const std::string why = trimmed(reason);
  if (why.empty())
    return Error::invalid({{"reason", enter("why this is not an identifying detail")}});
  if (why.size() > limits::dismissal_reason)
    return Error::invalid({{"reason", too_long("The reason", limits::dismissal_reason)}});
  const Instant now = context.clock.now();
  return context.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
    const CaseWithReview found =
        TRY(review_support::case_with_review(transaction, partnership_id, case_id));
    if (!transaction.publications().dismiss(partnership_id, case_id, finding_id, why,
                                            caller.actor->user_id, now))
      return Error::of(ErrorCode::not_found, "No such finding waiting to be dismissed");
    audit_publication(transaction, caller, now, audit_action::dismiss_finding, found.record,
                      "finding " + std::to_string(finding_id) + " dismissed: " + why);
    return ok_status();
  });
}

// Rule PUB-1, Rule PUB-2, Rule PUB-3, Rule LIB-1: every gate passed, the entry goes public today,
// with the final report when the decision publishes it.
Result<Published> publish_review(AppContext& context, const Caller& caller, Id case_id) {
  TRY(require_permission(caller, Permission::run_reviews));
  const Id partnership_id = TRY(caller_partnership(caller));
  const Instant now = context.clock.now();
  const CivilDate today = uk_date(now);
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<Published> {
        const CaseWithReview found =
            TRY(review_support::case_with_review(transaction, partnership_id, case_id));
        const Publication publication = TRY(publication_of(transaction, partnership_id, case_id));
        const auto entry = transaction.library().find_for_case(partnership_id, case_id);
        const auto findings = transaction.publications().findings(partnership_id, case_id);
        const SettingValues settings =
            TRY(settings_with_defaults(transaction.settings().all(partnership_id)));
        const Gates gates =
            TRY(gates_of(transaction, publication, entry, findings, settings, today));
        if (!gates.gaps.empty()) {
          std::string gaps;
          for (const std::string& gap : gates.gaps) gaps += (gaps.empty() ? "" : "; ") + gap;
          return Error::of(ErrorCode::wrong_state, "The review cannot be published yet: " + gaps);
        }
        const std::string report =
            publication.decision == PublicationDecision::publish
                ? final_report_text(transaction, partnership_id, case_id).value_or("")
                : "";
        LibraryEntry published = *entry;
        published.year = today.year();
        transaction.library().save(published, caller.actor->user_id, now);
        transaction.library().publish(partnership_id, entry->id, today, report);
        transaction.publications().mark_published(partnership_id, case_id, today, entry->id);
        audit_publication(transaction, caller, now, audit_action::publish, found.record,
                          "library entry " + std::to_string(entry->id) + ", " +
                              std::string(publication_decision_name(publication.decision)));
        return Published{entry->id, today};
      });
}

// Rule PUB-4: the report leaves the library (its page, its PDF and the search index); the entry
// stays.
Status withdraw_document(AppContext& context, const Caller& caller, Id case_id,
                         const std::string& reason) {
  TRY(require_permission(caller, Permission::run_reviews));
  const Id partnership_id = TRY(caller_partnership(caller));
  const Instant now = context.clock.now();
  const CivilDate today = uk_date(now);
  return context.storage.transact(TransactionMode::write, [&](Transaction& transaction) -> Status {
    const CaseWithReview found =
        TRY(review_support::case_with_review(transaction, partnership_id, case_id));
    const Publication publication = TRY(publication_of(transaction, partnership_id, case_id));
    const auto entry = transaction.library().find_for_case(partnership_id, case_id);
    if (!publication.published_on || !entry)
      return Error::of(ErrorCode::wrong_state, "The review has not been published");
    if (entry->report.empty())
      return Error::of(ErrorCode::wrong_state,
                       "No report was published with this entry: there is nothing to withdraw");
    if (entry->document_withdrawn_on)
      return Error::of(ErrorCode::wrong_state, "The report was withdrawn on " +
                                                   day_month_year(*entry->document_withdrawn_on));
    const SettingValues settings =
        TRY(settings_with_defaults(transaction.settings().all(partnership_id)));
    const std::string why = TRY(withdrawal_reason_from(reason, *publication.published_on, today,
                                                       settings.time_scales.at("document_years")));
    transaction.library().withdraw_document(partnership_id, entry->id, today, why);
    audit_publication(transaction, caller, now, audit_action::withdraw_document, found.record,
                      "library entry " + std::to_string(entry->id) +
                          (why.empty() ? std::string(", after the years kept") : ": " + why));
    return ok_status();
  });
}

}  // namespace casereview
