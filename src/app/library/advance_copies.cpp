// The final report sent as an advance copy (Rule PUB-2): see advance_copies.hpp.
#include "app/library/advance_copies.hpp"

#include "app/audit.hpp"
#include "app/caller_checks.hpp"
#include "app/emails.hpp"
#include "app/reviews/report_final.hpp"
#include "app/reviews/review_support.hpp"
#include "app/security/tokens.hpp"
#include "domain/identity.hpp"
#include "domain/text.hpp"
#include "domain/uk_time.hpp"

namespace casereview {

namespace {

Email advance_copy_email(const AppSettings& settings, const std::string& to,
                         const std::string& partnership_name, const std::string& reference,
                         const std::string& token, Instant expires_at) {
  return Email{to,
               "Advance copy of a child safeguarding practice review: " + reference,
               partnership_name + " sends you the final report of review " + reference +
                   " before it is published.\n\nDownload it here, as a PDF, until " +
                   uk_time_text(expires_at) + ":\n\n" + settings.public_url +
                   "/advance-copies?token=" + token +
                   "\n\nThe report is confidential until it is published. Do not forward the "
                   "link: anyone who has it can download the report." +
                   emails::signature(settings),
               {}};
}

}  // namespace

// Rule PUB-2.
Result<AdvanceCopyLink> send_advance_copy(AppContext& context, const Caller& caller, Id case_id,
                                          const AdvanceCopyEmailInput& input) {
  TRY(require_permission(caller, Permission::run_reviews));
  const Id partnership_id = TRY(caller_partnership(caller));
  std::vector<FieldError> problems;
  const auto recipient = advance_copy_recipient_from_input(input.recipient);
  if (!recipient) problems.push_back(recipient.error().fields.at(0));
  auto email = normalise_email("email", input.email);
  if (!email) problems.push_back(email.error().fields.at(0));
  if (!problems.empty()) return Error::invalid(std::move(problems));
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<AdvanceCopyLink> {
        const auto found =
            TRY(review_support::case_with_review(transaction, partnership_id, case_id));
        const auto publication = transaction.publications().find(partnership_id, case_id);
        if (!publication)
          return Error::of(ErrorCode::wrong_state, "Record the publication decision first");
        if (publication->published_on)
          return Error::of(ErrorCode::wrong_state, "The review has been published");
        if (!transaction.report_final().find(partnership_id, case_id))
          return Error::of(ErrorCode::wrong_state,
                           "Mark a version of the report final before sending it");
        AdvanceCopyLink link;
        link.partnership_id = partnership_id;
        link.case_id = case_id;
        link.recipient = recipient.value();
        link.email = email.value();
        link.expires_at = now + std::chrono::days(advance_copy_link_days);
        link.sent_by = caller.actor->user_id;
        link.sent_at = now;
        const std::string token = security::random_token();
        link.id = transaction.publications().add_copy_link(link, security::token_hash(token));
        const auto partnership = transaction.partnerships().find(partnership_id);
        transaction.outbox().enqueue(
            advance_copy_email(context.settings, link.email,
                               partnership ? partnership->name : std::string(),
                               found.record.reference, token, link.expires_at),
            now);
        transaction.publications().save_advance_copy(
            partnership_id, case_id, {recipient.value(), uk_date(now)}, caller.actor->user_id, now);
        record_audit(transaction, caller, now,
                     {audit_action::record_advance_copy, audit_entity::publication,
                      std::to_string(case_id), audit_outcome::success,
                      found.record.reference + ": " +
                          std::string(advance_copy_recipient_name(recipient.value())) +
                          " sent a link by email to " + link.email,
                      partnership_id});
        return link;
      });
}

Result<AdvanceCopyByLink> advance_copy_by_link(AppContext& context, const std::string& token) {
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<AdvanceCopyByLink> {
        const Error unknown = Error::of(ErrorCode::not_found, "This link is not recognised");
        if (token.empty()) return unknown;
        const auto link = transaction.publications().find_copy_link(security::token_hash(token));
        if (!link) return unknown;
        const auto found =
            TRY(review_support::case_with_review(transaction, link->partnership_id, link->case_id));
        const auto partnership = transaction.partnerships().find(link->partnership_id);
        return AdvanceCopyByLink{found.record.reference,
                                 partnership ? partnership->name : std::string(), *link,
                                 now >= link->expires_at};
      });
}

Result<std::string> advance_copy_pdf(AppContext& context, const std::string& token) {
  const AdvanceCopyByLink copy = TRY(advance_copy_by_link(context, token));
  if (copy.expired)
    return Error::of(ErrorCode::wrong_state, "This link expired on " +
                                                 uk_time_text(copy.link.expires_at) +
                                                 ": ask the partnership to send the report again");
  return final_report_pdf_for_link(context, copy.link.partnership_id, copy.link.case_id);
}

}  // namespace casereview
