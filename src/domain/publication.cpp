// Publication (Rule PUB-1, Rule PUB-2): see publication.hpp.
#include "domain/publication.hpp"

#include "domain/enum_names.hpp"
#include "domain/messages.hpp"
#include "domain/text.hpp"

namespace casereview {

std::string_view publication_decision_name(PublicationDecision decision) {
  switch (decision) {
    case PublicationDecision::publish:
      return "publish";
    case PublicationDecision::improvements_only:
      return "improvements_only";
    case PublicationDecision::withhold:
      return "withhold";
  }
  return "publish";
}

std::string_view publication_decision_text(PublicationDecision decision) {
  switch (decision) {
    case PublicationDecision::publish:
      return "Publish the report";
    case PublicationDecision::improvements_only:
      return "Publish the improvements only";
    case PublicationDecision::withhold:
      return "Withhold for now";
  }
  return "Publish the report";
}

std::optional<PublicationDecision> publication_decision_from_name(std::string_view name) {
  return enum_from_name(all_publication_decisions, publication_decision_name, name);
}

std::string_view advance_copy_recipient_name(AdvanceCopyRecipient recipient) {
  switch (recipient) {
    case AdvanceCopyRecipient::panel:
      return "panel";
    case AdvanceCopyRecipient::secretary_of_state:
      return "secretary_of_state";
    case AdvanceCopyRecipient::ofsted:
      return "ofsted";
  }
  return "panel";
}

std::string_view advance_copy_recipient_text(AdvanceCopyRecipient recipient) {
  switch (recipient) {
    case AdvanceCopyRecipient::panel:
      return "The National Panel";
    case AdvanceCopyRecipient::secretary_of_state:
      return "The Secretary of State";
    case AdvanceCopyRecipient::ofsted:
      return "Ofsted";
  }
  return "The National Panel";
}

std::optional<AdvanceCopyRecipient> advance_copy_recipient_from_name(std::string_view name) {
  return enum_from_name(all_advance_copy_recipients, advance_copy_recipient_name, name);
}

Result<AdvanceCopyRecipient> advance_copy_recipient_from_input(std::string_view text) {
  if (auto recipient = advance_copy_recipient_from_name(trimmed(text))) return *recipient;
  return Error::invalid({{"recipient",
                          "Select who the final report goes to: the National Panel, the "
                          "Secretary of State or Ofsted"}});
}

// Rule PUB-1: a report not published in full says why; the improvements are published either way.
Result<Publication> publication_from_input(const PublicationDecisionInput& input) {
  std::vector<FieldError> problems;
  Publication publication;
  const auto decision = publication_decision_from_name(trimmed(input.decision));
  if (!decision)
    problems.push_back({"decision",
                        "Select whether to publish the report, the improvements only, "
                        "or to withhold it for now"});
  else
    publication.decision = *decision;
  publication.reason = trimmed(input.reason);
  if (decision && *decision != PublicationDecision::publish && publication.reason.empty())
    problems.push_back({"reason", enter("why the report is not published in full")});
  else if (publication.reason.size() > limits::publication_reason)
    problems.push_back({"reason", too_long("The reason", limits::publication_reason)});
  if (auto planned = parse_iso_date("planned_on", trimmed(input.planned_on)))
    publication.planned_on = planned.value();
  else
    problems.push_back(
        {"planned_on", "Enter the planned publication date as a date, like 2027-03-31"});
  if (!problems.empty()) return Error::invalid(std::move(problems));
  return publication;
}

}  // namespace casereview
