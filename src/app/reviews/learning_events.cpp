// The learning event's use cases (Rule LE-1) and the family's involvement: see
// learning_events.hpp. Each checks its caller, reads and validates its input, then does its work in
// one transaction with its audit entry and emails.
#include "app/reviews/learning_events.hpp"

#include <algorithm>

#include "app/audit.hpp"
#include "app/caller_checks.hpp"
#include "app/documents/icalendar_invitation.hpp"
#include "app/reviews/learning_event_emails.hpp"
#include "app/reviews/review_support.hpp"
#include "app/reviews/reviewers.hpp"
#include "app/security/tokens.hpp"
#include "domain/identity.hpp"
#include "domain/messages.hpp"
#include "domain/policy.hpp"
#include "domain/text.hpp"
#include "domain/uk_time.hpp"

namespace casereview {

namespace {

Error no_such_event() { return Error::of(ErrorCode::not_found, "No such learning event"); }
Error no_such_review() { return Error::of(ErrorCode::not_found, "No such review"); }

// Rule NTK-2 (need to know): who reaches the case's review to read it (full sight of the case: the
// partnership's manager, committee and notifiers, and the reviewers appointed to it) and to change
// its learning events (Rule LE-1: the manager, or a reviewer appointed to it).
bool reaches(Transaction& transaction, const Caller& caller, const CaseRecord& record,
             const ReviewRecord& review, EventAccess use) {
  const Actor& actor = *caller.actor;
  switch (use) {
    case EventAccess::read: {
      std::vector<Id> reviewer_ids;
      for (const ReviewerAppointment& reviewer : review.reviewers)
        reviewer_ids.push_back(reviewer.user_id);
      CaseAccess access{record.partnership_id, record.agency_ids, reviewer_ids, false};
      return case_visibility(actor, access) == CaseVisibility::full;
    }
    case EventAccess::change:
      return permits(caller.actor, false, Permission::run_learning_events) &&
             review_support::reaches_case(transaction, actor, record.partnership_id, record.id,
                                          review_support::CaseUse::write);
  }
  return false;
}

// The case with its review, when the caller reaches it for `use`; not_found otherwise.
Result<review_support::CaseWithReview> reachable_case(Transaction& transaction,
                                                      const Caller& caller, Id partnership_id,
                                                      Id case_id, EventAccess use) {
  auto found = review_support::case_with_review(transaction, partnership_id, case_id);
  if (!found) return no_such_review();
  if (!reaches(transaction, caller, found.value().record, found.value().review, use))
    return no_such_review();
  return found;
}

struct ReachedEvent {
  LearningEvent event;
  review_support::CaseWithReview review;
};

// The event, when the caller reaches its case for `use`; not_found otherwise.
Result<ReachedEvent> reachable_event(Transaction& transaction, const Caller& caller,
                                     Id partnership_id, Id event_id, EventAccess use) {
  auto event = transaction.learning_events().find(partnership_id, event_id);
  if (!event) return no_such_event();
  auto review = reachable_case(transaction, caller, partnership_id, event->case_id, use);
  if (!review) return no_such_event();
  return ReachedEvent{std::move(*event), std::move(review.value())};
}

// The caller's partnership, when they may change learning events at all.
Result<Id> changer_partnership(const Caller& caller) {
  TRY(require_permission(caller, Permission::run_learning_events));
  return caller_partnership(caller);
}

// The form's fields from top to bottom, the order the error summary lists them in.
std::vector<FieldError> in_form_order(std::vector<FieldError> problems) {
  static const std::vector<std::string_view> order = {"date",     "start_time",   "end_time",
                                                      "delivery", "joining_link", "venue"};
  auto rank = [](const FieldError& problem) {
    return std::find(order.begin(), order.end(), problem.field) - order.begin();
  };
  std::stable_sort(problems.begin(), problems.end(),
                   [&rank](const FieldError& a, const FieldError& b) { return rank(a) < rank(b); });
  return problems;
}

// Rule LE-1: reads the event's times (UK, stored as UTC instants), delivery and place, naming
// every bad field at once.
Result<LearningEvent> read_event(const LearningEventInput& input, CivilDate today) {
  std::vector<FieldError> problems;
  LearningEvent event;
  auto times = read_event_times(input.date, input.start_time, input.end_time, today);
  if (times) {
    event.starts_at = uk_instant(times.value().date, times.value().start_time);
    event.ends_at = uk_instant(times.value().date, times.value().end_time);
  } else {
    problems = times.error().fields;
  }
  auto delivery = event_delivery_from_name(input.delivery);
  if (!delivery) {
    problems.push_back({"delivery", "Select whether the event is online or in person"});
  } else {
    event.delivery = *delivery;
    event.joining_link =
        *delivery == EventDelivery::virtual_session ? trimmed(input.joining_link) : "";
    event.venue = *delivery == EventDelivery::in_person ? trimmed(input.venue) : "";
    if (auto place = check_event_place(event.delivery, event.joining_link, event.venue); !place)
      problems.push_back(place.error().fields.front());
  }
  if (!problems.empty()) return Error::invalid(in_form_order(std::move(problems)));
  return event;
}

// An event still to happen: not cancelled, not started (changes) or not over (cancelling).
Status check_open(const LearningEvent& event, Instant until, Instant now) {
  if (event.status == LearningEventStatus::cancelled)
    return Error::of(ErrorCode::wrong_state, "This learning event has been cancelled");
  if (until <= now)
    return Error::of(ErrorCode::wrong_state, "This learning event has already taken place");
  return ok_status();
}

std::string answer_link(const AppSettings& settings, const std::string& token) {
  return settings.public_url + "/learning-event-invitation?token=" + token;
}

// Rule LE-1: the invitation's calendar entry: its UID for life, the event's sequence.
Result<EmailAttachment> calendar_for(Transaction& transaction, const AppSettings& settings,
                                     const LearningEvent& event,
                                     const LearningEventInvitation& invitation,
                                     const std::string& case_reference,
                                     documents::InvitationMethod method, Instant now) {
  const LearningEventTimes times = uk_times_of(event);
  documents::CalendarInvitationDetails details{
      .method = method,
      .uid = invitation.calendar_uid,
      .sequence = event.sequence,
      .stamped_at = now,
      .date = times.date,
      .starts_at = {times.start_time.hour, times.start_time.minute},
      .ends_at = {times.end_time.hour, times.end_time.minute},
      .summary = "Practitioner learning event, " + case_reference,
      .description = "A practitioner learning event of the case review " + case_reference + ".",
  };
  switch (event.delivery) {
    case EventDelivery::virtual_session:
      if (method == documents::InvitationMethod::request) details.joining_url = event.joining_link;
      break;
    case EventDelivery::in_person:
      details.location = event.venue;
      break;
  }
  auto organiser = transaction.accounts().find(event.created_by);
  details.organizer = organiser
                          ? documents::CalendarPerson{organiser->user.name, organiser->user.email}
                          : documents::CalendarPerson{settings.service_name, invitation.email};
  details.attendee = {invitation.name, invitation.email};
  const std::string ics = TRY(documents::calendar_invitation(details));
  return EmailAttachment{"learning-event.ics", documents::calendar_content_type(method), ics};
}

std::string partnership_name(Transaction& transaction, Id partnership_id) {
  auto partnership = transaction.partnerships().find(partnership_id);
  return partnership ? partnership->name : "";
}

learning_event_emails::EventMessage message_for(Transaction& transaction,
                                                const LearningEvent& event,
                                                const LearningEventInvitation& invitation,
                                                const std::string& case_reference) {
  return {.to = invitation.email,
          .name = invitation.name,
          .case_reference = case_reference,
          .partnership_name = partnership_name(transaction, event.partnership_id),
          .event = event,
          .answer_link = "",
          .invitation = std::nullopt};
}

// Rule LE-1: emails every invitee of the event, saved with its sequence raised, the change (a
// REQUEST of their calendar entry, and a new link for someone still to answer: only the hash of
// the old one is kept) or the cancellation (a CANCEL).
Status tell_invitees(AppContext& context, Transaction& transaction, const LearningEvent& event,
                     const std::string& reference, documents::InvitationMethod method,
                     Instant now) {
  for (const LearningEventInvitation& invitation :
       transaction.learning_events().invitations(event.partnership_id, event.id)) {
    auto message = message_for(transaction, event, invitation, reference);
    message.invitation =
        TRY(calendar_for(transaction, context.settings, event, invitation, reference, method, now));
    switch (method) {
      case documents::InvitationMethod::request:
        if (invitation.response == InvitationResponse::awaiting) {
          const std::string token = security::random_token();
          transaction.learning_events().replace_token(event.partnership_id, invitation.id,
                                                      security::token_hash(token));
          message.answer_link = answer_link(context.settings, token);
        }
        transaction.outbox().enqueue(learning_event_emails::changed(context.settings, message),
                                     now);
        break;
      case documents::InvitationMethod::cancel:
        transaction.outbox().enqueue(learning_event_emails::cancelled(context.settings, message),
                                     now);
        break;
    }
  }
  return ok_status();
}

LearningEventView view_of(Transaction& transaction, const Caller& caller, LearningEvent event,
                          const review_support::CaseWithReview& review) {
  LearningEventView view;
  view.times = uk_times_of(event);
  view.case_reference = review.record.reference;
  view.access = reaches(transaction, caller, review.record, review.review, EventAccess::change)
                    ? EventAccess::change
                    : EventAccess::read;
  for (LearningEventInvitation& invitation :
       transaction.learning_events().invitations(event.partnership_id, event.id)) {
    auto agency = transaction.agencies().find(event.partnership_id, invitation.agency_id);
    view.invitations.push_back({std::move(invitation), agency ? agency->name : ""});
  }
  const std::map<Id, EpisodeNotes> notes =
      transaction.learning_events().episode_notes(event.partnership_id, event.id);
  for (auto& [episode_id, title] :
       transaction.review_analysis().episode_titles(event.partnership_id, event.case_id)) {
    auto found = notes.find(episode_id);
    view.episodes.push_back(
        {episode_id, std::move(title),
         found == notes.end() ? std::nullopt : std::optional<EpisodeNotes>(found->second)});
  }
  view.event = std::move(event);
  return view;
}

void audit_event(Transaction& transaction, const Caller& caller, Instant now, const char* action,
                 const char* entity, Id entity_id, const std::string& detail) {
  record_audit(transaction, caller, now,
               {action, entity, std::to_string(entity_id), audit_outcome::success, detail});
}

}  // namespace

Result<LearningEventView> schedule_learning_event(AppContext& context, const Caller& caller,
                                                  Id case_id, const LearningEventInput& input) {
  const Id partnership_id = TRY(changer_partnership(caller));
  const Instant now = context.clock.now();
  LearningEvent event = TRY(read_event(input, uk_date(now)));
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<LearningEventView> {
        auto review =
            TRY(reachable_case(transaction, caller, partnership_id, case_id, EventAccess::change));
        event.partnership_id = partnership_id;
        event.case_id = case_id;
        event.created_by = caller.actor->user_id;
        event.created_at = now;
        event = transaction.learning_events().add(event);
        audit_event(transaction, caller, now, audit_action::create, learning_audit::learning_event,
                    event.id,
                    "case " + review.record.reference + " on " + format_instant(event.starts_at));
        return view_of(transaction, caller, event, review);
      });
}

Result<LearningEventView> change_learning_event(AppContext& context, const Caller& caller,
                                                Id event_id, const LearningEventInput& input) {
  const Id partnership_id = TRY(changer_partnership(caller));
  const Instant now = context.clock.now();
  const LearningEvent changes = TRY(read_event(input, uk_date(now)));
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<LearningEventView> {
        auto found = TRY(
            reachable_event(transaction, caller, partnership_id, event_id, EventAccess::change));
        LearningEvent event = found.event;
        TRY(check_open(event, event.starts_at, now));
        event.starts_at = changes.starts_at;
        event.ends_at = changes.ends_at;
        event.delivery = changes.delivery;
        event.joining_link = changes.joining_link;
        event.venue = changes.venue;
        // Rule LE-1: every invitee's calendar entry is updated: same UID, a higher SEQUENCE.
        ++event.sequence;
        transaction.learning_events().save(event);
        TRY(tell_invitees(context, transaction, event, found.review.record.reference,
                          documents::InvitationMethod::request, now));
        audit_event(transaction, caller, now, audit_action::update, learning_audit::learning_event,
                    event.id, "now " + format_instant(event.starts_at));
        return view_of(transaction, caller, event, found.review);
      });
}

Result<LearningEventView> cancel_learning_event(AppContext& context, const Caller& caller,
                                                Id event_id, const std::string& reason) {
  const Id partnership_id = TRY(changer_partnership(caller));
  const std::string why = trimmed(reason);
  if (why.empty())
    return Error::invalid({{"reason", enter("the reason for cancelling the event")}});
  if (why.size() > limits::cancellation_reason)
    return Error::invalid({{"reason", too_long("The reason", limits::cancellation_reason)}});
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<LearningEventView> {
        auto found = TRY(
            reachable_event(transaction, caller, partnership_id, event_id, EventAccess::change));
        LearningEvent event = found.event;
        TRY(check_open(event, event.ends_at, now));
        event.status = LearningEventStatus::cancelled;
        event.cancellation_reason = why;
        ++event.sequence;  // Rule LE-1: the CANCEL follows every REQUEST sent before it.
        transaction.learning_events().save(event);
        TRY(tell_invitees(context, transaction, event, found.review.record.reference,
                          documents::InvitationMethod::cancel, now));
        audit_event(transaction, caller, now, audit_action::cancel, learning_audit::learning_event,
                    event.id, why);
        return view_of(transaction, caller, event, found.review);
      });
}

Result<CaseLearning> case_learning(AppContext& context, const Caller& caller, Id case_id) {
  TRY(require_signed_in(caller));
  if (!caller.actor->partnership_id) return no_such_review();
  const Id partnership_id = *caller.actor->partnership_id;
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<CaseLearning> {
        auto review =
            TRY(reachable_case(transaction, caller, partnership_id, case_id, EventAccess::read));
        CaseLearning learning;
        learning.case_id = case_id;
        learning.case_reference = review.record.reference;
        learning.access =
            reaches(transaction, caller, review.record, review.review, EventAccess::change)
                ? EventAccess::change
                : EventAccess::read;
        for (LearningEvent& event :
             transaction.learning_events().list_for_case(partnership_id, case_id))
          learning.events.push_back(view_of(transaction, caller, std::move(event), review));
        learning.family_steps = transaction.learning_events().family_steps(partnership_id, case_id);
        learning.agencies = transaction.agencies().list(partnership_id);
        return learning;
      });
}

Result<LearningEventView> view_learning_event(AppContext& context, const Caller& caller,
                                              Id event_id) {
  TRY(require_signed_in(caller));
  if (!caller.actor->partnership_id) return no_such_event();
  const Id partnership_id = *caller.actor->partnership_id;
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<LearningEventView> {
        auto found =
            TRY(reachable_event(transaction, caller, partnership_id, event_id, EventAccess::read));
        return view_of(transaction, caller, found.event, found.review);
      });
}

Result<LearningEventInvitation> invite_practitioner(AppContext& context, const Caller& caller,
                                                    Id event_id, const InvitationInput& input) {
  const Id partnership_id = TRY(changer_partnership(caller));
  const Instant now = context.clock.now();
  std::vector<FieldError> problems;
  LearningEventInvitation invitation;
  invitation.name = trimmed(input.name);
  if (invitation.name.empty())
    problems.push_back({"name", enter("the practitioner's name")});
  else if (invitation.name.size() > limits::name)
    problems.push_back({"name", too_long("The name", limits::name)});
  if (auto email = normalise_email("email", input.email))
    invitation.email = email.value();
  else
    problems.push_back(email.error().fields.front());
  if (!input.agency_id) problems.push_back({"agency_id", "Select the practitioner's agency"});
  invitation.role = trimmed(input.role);
  if (invitation.role.empty())
    problems.push_back({"role", enter("the practitioner's role, like Health visitor")});
  else if (invitation.role.size() > learning_event_role_limit)
    problems.push_back({"role", too_long("The role", learning_event_role_limit)});
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<LearningEventInvitation> {
        auto found = TRY(
            reachable_event(transaction, caller, partnership_id, event_id, EventAccess::change));
        if (input.agency_id && !transaction.agencies().find(partnership_id, *input.agency_id))
          problems.push_back({"agency_id", "Select the practitioner's agency"});
        if (!problems.empty()) return Error::invalid(problems);
        TRY(check_open(found.event, found.event.starts_at, now));
        invitation.partnership_id = partnership_id;
        invitation.event_id = event_id;
        invitation.agency_id = *input.agency_id;
        invitation.calendar_uid = "learning-event-" + security::random_token() + "@casereview";
        invitation.invited_by = caller.actor->user_id;
        invitation.invited_at = now;
        const std::string token = security::random_token();
        auto added =
            transaction.learning_events().add_invitation(invitation, security::token_hash(token));
        if (!added) {
          return Error::invalid(
              {{"email", "This practitioner has already been invited to this event"}});
        }
        const std::string& reference = found.review.record.reference;
        auto message = message_for(transaction, found.event, *added, reference);
        message.answer_link = answer_link(context.settings, token);
        message.invitation =
            TRY(calendar_for(transaction, context.settings, found.event, *added, reference,
                             documents::InvitationMethod::request, now));
        transaction.outbox().enqueue(learning_event_emails::invited(context.settings, message),
                                     now);
        audit_event(transaction, caller, now, audit_action::create, learning_audit::invitation,
                    added->id, "event " + std::to_string(event_id) + " to " + added->email);
        return *added;
      });
}

Result<LearningEventView> record_learning_event_attendance(
    AppContext& context, const Caller& caller, Id event_id,
    const std::vector<LearningEventAttendance>& marks) {
  const Id partnership_id = TRY(changer_partnership(caller));
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<LearningEventView> {
        auto found = TRY(
            reachable_event(transaction, caller, partnership_id, event_id, EventAccess::change));
        const auto invitations =
            transaction.learning_events().invitations(partnership_id, event_id);
        // Rule LE-1: all or nothing: every row is checked before any is recorded.
        std::vector<FieldError> problems;
        for (std::size_t row = 0; row < marks.size(); ++row) {
          const std::string prefix = "attendance[" + std::to_string(row) + "].";
          const bool known = marks[row].invitation_id &&
                             std::any_of(invitations.begin(), invitations.end(),
                                         [&](const LearningEventInvitation& invitation) {
                                           return invitation.id == *marks[row].invitation_id;
                                         });
          if (!known)
            problems.push_back({prefix + "invitation_id", "Select an invitation of this event"});
          if (!marks[row].attended)
            problems.push_back({prefix + "attended", "Select whether they attended"});
        }
        if (!problems.empty()) return Error::invalid(std::move(problems));
        if (found.event.status == LearningEventStatus::cancelled)
          return Error::of(ErrorCode::wrong_state, "This learning event has been cancelled");
        if (now < found.event.starts_at) {
          return Error::of(ErrorCode::wrong_state,
                           "You can record who attended once the event has started");
        }
        int attended = 0;
        for (const LearningEventAttendance& mark : marks) {
          transaction.learning_events().record_attendance(
              partnership_id, *mark.invitation_id,
              *mark.attended ? Attendance::attended : Attendance::absent);
          if (*mark.attended) ++attended;
        }
        audit_event(transaction, caller, now, audit_action::mark_attendance,
                    learning_audit::learning_event, event_id,
                    std::to_string(attended) + " of " + std::to_string(marks.size()) + " attended");
        auto event = transaction.learning_events().find(partnership_id, event_id);
        return view_of(transaction, caller, *event, found.review);
      });
}

// Rule LE-1, Rule KPE-1: anonymised notes on one episode, once the event has started.
Result<LearningEventView> record_episode_notes(AppContext& context, const Caller& caller,
                                               Id event_id, Id episode_id,
                                               const EpisodeNotes& given) {
  const Id partnership_id = TRY(changer_partnership(caller));
  const Instant now = context.clock.now();
  const EpisodeNotes notes{trimmed(given.what_happened), trimmed(given.what_made_sense),
                           trimmed(given.helped_or_hindered)};
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<LearningEventView> {
        auto found = TRY(
            reachable_event(transaction, caller, partnership_id, event_id, EventAccess::change));
        if (transaction.review_analysis()
                .episodes_of_case(partnership_id, found.event.case_id, {episode_id})
                .empty())
          return Error::of(ErrorCode::not_found, "No such key practice episode");
        if (notes.what_happened.empty() && notes.what_made_sense.empty() &&
            notes.helped_or_hindered.empty())
          return Error::invalid({{"what_happened", enter("what happened in this episode")}});
        std::vector<std::string> names;
        for (const LearningEventInvitation& invitation :
             transaction.learning_events().invitations_for_case(partnership_id,
                                                                found.event.case_id))
          names.push_back(invitation.name);
        TRY(check_episode_notes(notes, names));
        if (found.event.status == LearningEventStatus::cancelled)
          return Error::of(ErrorCode::wrong_state, "This learning event has been cancelled");
        if (now < found.event.starts_at)
          return Error::of(ErrorCode::wrong_state,
                           "You can record notes once the event has started");
        transaction.learning_events().save_episode_notes(partnership_id, event_id, episode_id,
                                                         notes, caller.actor->user_id, now);
        audit_event(transaction, caller, now, audit_action::update, learning_audit::learning_event,
                    event_id, "notes on key practice episode " + std::to_string(episode_id));
        return view_of(transaction, caller, found.event, found.review);
      });
}

namespace {

struct LinkedInvitation {
  LearningEventInvitation invitation;
  LearningEvent event;
};

Result<LinkedInvitation> linked_invitation(Transaction& transaction, const std::string& token) {
  const Error forged = Error::of(ErrorCode::not_found, "This link is not recognised");
  if (token.empty()) return forged;
  auto invitation = transaction.learning_events().find_by_token(security::token_hash(token));
  if (!invitation) return forged;
  auto event = transaction.learning_events().find(invitation->partnership_id, invitation->event_id);
  if (!event) return forged;
  return LinkedInvitation{std::move(*invitation), std::move(*event)};
}

InvitationByLink by_link(Transaction& transaction, const LinkedInvitation& linked, Instant now) {
  return {.state = link_state(linked.event, linked.invitation, now),
          .name = linked.invitation.name,
          .response = linked.invitation.response,
          .event = linked.event,
          .times = uk_times_of(linked.event),
          .partnership_name = partnership_name(transaction, linked.event.partnership_id)};
}

}  // namespace

Result<InvitationByLink> invitation_by_link(AppContext& context, const std::string& token) {
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<InvitationByLink> {
        return by_link(transaction, TRY(linked_invitation(transaction, token)), now);
      });
}

Result<InvitationByLink> answer_invitation(AppContext& context, const Caller& caller,
                                           const std::string& token, const std::string& answer) {
  const Instant now = context.clock.now();
  std::optional<InvitationResponse> response;
  if (answer == "accept") response = InvitationResponse::accepted;
  if (answer == "decline") response = InvitationResponse::declined;
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<InvitationByLink> {
        LinkedInvitation linked = TRY(linked_invitation(transaction, token));
        if (!response) return Error::invalid({{"answer", "Select whether you will attend"}});
        // Rule LE-1: the link works once, until the event starts.
        switch (link_state(linked.event, linked.invitation, now)) {
          case LinkState::open:
            break;
          case LinkState::answered:
            return Error::of(ErrorCode::wrong_state, "You have already answered this invitation");
          case LinkState::expired:
            return Error::of(ErrorCode::wrong_state, "This link has expired");
        }
        if (!transaction.learning_events().record_response(linked.invitation.partnership_id,
                                                           linked.invitation.id, *response, now))
          return Error::of(ErrorCode::wrong_state, "You have already answered this invitation");
        linked.invitation.response = *response;
        record_audit(
            transaction, caller, now,
            {audit_action::update, learning_audit::invitation, std::to_string(linked.invitation.id),
             audit_outcome::success,
             std::string(invitation_response_name(*response)) + " by " + linked.invitation.email,
             linked.invitation.partnership_id});
        return by_link(transaction, linked, now);
      });
}

Result<FamilyInvolvementStep> record_family_step(AppContext& context, const Caller& caller,
                                                 Id case_id, const FamilyStepInput& input) {
  const Id partnership_id = TRY(changer_partnership(caller));
  const Instant now = context.clock.now();
  std::vector<FieldError> problems;
  FamilyInvolvementStep step;
  if (auto kind = family_step_from_name(input.step))
    step.step = *kind;
  else
    problems.push_back({"step", "Select the step of the family's involvement"});
  if (input.on.empty()) {
    problems.push_back({"on", enter("the date of the step")});
  } else if (auto on = parse_iso_date("on", input.on); !on) {
    problems.push_back({"on", "The date of the step must be a real date"});
  } else if (on.value() > uk_date(now)) {
    problems.push_back({"on", "The date of the step must be today or in the past"});
  } else {
    step.on = on.value();
  }
  step.note = trimmed(input.note);
  if (step.note.size() > family_note_limit)
    problems.push_back({"note", too_long("The note", family_note_limit)});
  if (!problems.empty()) return Error::invalid(std::move(problems));
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<FamilyInvolvementStep> {
        TRY(reachable_case(transaction, caller, partnership_id, case_id, EventAccess::change));
        step.partnership_id = partnership_id;
        step.case_id = case_id;
        step.recorded_by = caller.actor->user_id;
        step.recorded_at = now;
        step.id = transaction.learning_events().add_family_step(step);
        audit_event(transaction, caller, now, audit_action::create,
                    learning_audit::family_involvement, step.id,
                    std::string(family_step_name(step.step)) + " on " + step.on.to_iso_string());
        return step;
      });
}

}  // namespace casereview
