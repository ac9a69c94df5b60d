// The 7-minute briefing (Rule LIB-2): see briefing.hpp. Each use case checks its caller, validates
// its input, then works in one transaction with its audit entry.
#include "app/library/briefing.hpp"

#include "app/audit.hpp"
#include "app/caller_checks.hpp"
#include "app/documents/briefing_pdf.hpp"
#include "app/documents/report_pdf.hpp"  // markdown_blocks
#include "app/library/publication_support.hpp"
#include "app/reviews/review_support.hpp"
#include "domain/paging.hpp"
#include "domain/uk_time.hpp"

namespace casereview {

namespace {

std::vector<BriefingHeading> template_of(Transaction& transaction, Id partnership_id) {
  std::vector<BriefingHeading> headings = transaction.library().briefing_template(partnership_id);
  return headings.empty() ? default_briefing_template() : headings;
}

void audit_briefing(Transaction& transaction, const Caller& caller, Instant now, const char* action,
                    const std::string& entity_id, const std::string& detail, Id partnership_id) {
  record_audit(
      transaction, caller, now,
      {action, audit_entity::briefing, entity_id, audit_outcome::success, detail, partnership_id});
}

}  // namespace

Result<BriefingForm> view_briefing_form(AppContext& context, const Caller& caller, Id case_id) {
  TRY(require_permission(caller, Permission::run_reviews));
  const Id partnership_id = TRY(caller_partnership(caller));
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<BriefingForm> {
        const auto found =
            TRY(review_support::case_with_review(transaction, partnership_id, case_id));
        BriefingForm form;
        form.case_id = case_id;
        form.case_reference = found.record.reference;
        form.entry = transaction.library().find_for_case(partnership_id, case_id);
        form.headings = template_of(transaction, partnership_id);
        if (form.entry) form.sections = transaction.library().briefing(form.entry->id);
        form.written = !form.sections.empty();
        if (!form.written)
          for (const BriefingHeading& heading : form.headings)
            form.sections.push_back({heading.heading, ""});
        return form;
      });
}

// Rule LIB-2; Rule PUB-3 once published.
Result<std::vector<BriefingSection>> save_briefing(AppContext& context, const Caller& caller,
                                                   Id case_id,
                                                   std::vector<BriefingSection> sections) {
  TRY(require_permission(caller, Permission::run_reviews));
  const Id partnership_id = TRY(caller_partnership(caller));
  const std::vector<BriefingSection> checked = TRY(briefing_from(std::move(sections)));
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write,
      [&](Transaction& transaction) -> Result<std::vector<BriefingSection>> {
        const auto found =
            TRY(review_support::case_with_review(transaction, partnership_id, case_id));
        const auto entry = transaction.library().find_for_case(partnership_id, case_id);
        if (!entry)
          return Error::of(ErrorCode::wrong_state,
                           "Write the library entry first: the briefing is published with it");
        if (entry->published_on) {
          std::vector<publication_support::FieldToCheck> fields;
          for (std::size_t i = 0; i < checked.size(); ++i) {
            const std::string number = std::to_string(i + 1);
            fields.push_back({"heading_" + number, {"Heading " + number, checked[i].heading}});
            fields.push_back({"section_" + number, {"Section " + number, checked[i].text}});
          }
          TRY(publication_support::refuse_identifiers(context, transaction, partnership_id, case_id,
                                                      fields));
        }
        transaction.library().save_briefing(entry->id, checked);
        audit_briefing(transaction, caller, now, audit_action::save_briefing,
                       std::to_string(entry->id), found.record.reference + ": 7 sections",
                       partnership_id);
        return transaction.library().briefing(entry->id);
      });
}

Result<std::vector<BriefingHeading>> view_briefing_template(AppContext& context,
                                                            const Caller& caller) {
  TRY(require_permission(caller, Permission::run_reviews));
  const Id partnership_id = TRY(caller_partnership(caller));
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<std::vector<BriefingHeading>> {
        return template_of(transaction, partnership_id);
      });
}

Result<std::vector<BriefingHeading>> save_briefing_template(AppContext& context,
                                                            const Caller& caller,
                                                            std::vector<BriefingHeading> headings) {
  TRY(require_permission(caller, Permission::run_reviews));
  const Id partnership_id = TRY(caller_partnership(caller));
  const std::vector<BriefingHeading> checked = TRY(briefing_template_from(std::move(headings)));
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write,
      [&](Transaction& transaction) -> Result<std::vector<BriefingHeading>> {
        transaction.library().save_briefing_template(partnership_id, checked);
        audit_briefing(transaction, caller, now, audit_action::save_briefing_template,
                       std::to_string(partnership_id), "the briefing's template", partnership_id);
        return template_of(transaction, partnership_id);
      });
}

namespace {

Result<PublicBriefing> published_briefing(Transaction& transaction, Id entry_id) {
  auto entry = transaction.library().find_published(entry_id);
  if (!entry) return Error::of(ErrorCode::not_found, "No such entry in the library");
  PublicBriefing briefing;
  briefing.sections = transaction.library().briefing(entry_id);
  if (briefing.sections.empty())
    return Error::of(ErrorCode::not_found, "This entry has no 7-minute briefing");
  entry->report.clear();
  briefing.entry = std::move(*entry);
  briefing.uses = transaction.library().count_briefing_uses(entry_id);
  return briefing;
}

}  // namespace

Result<PublicBriefing> read_briefing(AppContext& context, Id entry_id) {
  return context.storage.transact(TransactionMode::read,
                                  [&](Transaction& transaction) -> Result<PublicBriefing> {
                                    return published_briefing(transaction, entry_id);
                                  });
}

Result<std::string> briefing_pdf(AppContext& context, Id entry_id) {
  const PublicBriefing briefing = TRY(read_briefing(context, entry_id));
  documents::BriefingPdf document;
  document.title = "7-minute briefing: " + briefing.entry.text.title;
  document.subtitle =
      briefing.entry.partnership_name + ", " +
      std::string(review_outcome_text(briefing.entry.kind)) +
      (briefing.entry.published_on ? ", published " + day_month_year(*briefing.entry.published_on)
                                   : std::string());
  // The PDF reads plain text: Markdown's marks dropped, a list item kept as a bullet.
  for (const BriefingSection& section : briefing.sections) {
    std::string text;
    for (const documents::ReportBlock& block : documents::markdown_blocks(section.text))
      text +=
          (text.empty() ? "" : "\n\n") +
          (block.kind == documents::ReportBlockKind::list_item ? "• " + block.text : block.text);
    document.sections.push_back({section.heading, text});
  }
  return documents::briefing_pdf(document);
}

// Rule LIB-2: recorded against the entry's partnership, whose briefing it is.
Result<BriefingUse> record_briefing_use(AppContext& context, const Caller& caller, Id entry_id,
                                        const BriefingUseInput& input) {
  TRY(require_signed_in(caller));
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<BriefingUse> {
        const PublicBriefing briefing = TRY(published_briefing(transaction, entry_id));
        BriefingUse use = TRY(briefing_use_from(input, uk_date(now), *briefing.entry.published_on));
        use.entry_id = entry_id;
        use.recorded_by = caller.actor->user_id;
        use.recorded_at = now;
        use.id = transaction.library().record_briefing_use(use);
        audit_briefing(transaction, caller, now, audit_action::record_briefing_use,
                       std::to_string(entry_id),
                       use.team + ", " + use.agency + ": " + std::to_string(use.people) +
                           " people on " + use.used_on.to_iso_string(),
                       briefing.entry.partnership_id);
        return use;
      });
}

Result<BriefingUses> list_briefing_uses(AppContext& context, const Caller& caller, Id case_id,
                                        int page) {
  TRY(require_permission(caller, Permission::run_reviews));
  const Id partnership_id = TRY(caller_partnership(caller));
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<BriefingUses> {
        const auto found =
            TRY(review_support::case_with_review(transaction, partnership_id, case_id));
        BriefingUses listed;
        listed.case_reference = found.record.reference;
        listed.entry = transaction.library().find_for_case(partnership_id, case_id);
        if (!listed.entry) return listed;
        auto& library = transaction.library();
        listed.total = library.count_briefing_uses(listed.entry->id);
        const PageWindow window = page_window(page, listed.total, briefing_uses_per_page);
        listed.page = window.page;
        listed.page_count = window.page_count;
        listed.uses =
            library.briefing_uses(listed.entry->id, briefing_uses_per_page, window.offset);
        return listed;
      });
}

}  // namespace casereview
