#include "app/demonstration_cases.hpp"

#include <algorithm>

#include "app/cases/case_support.hpp"
#include "app/demonstration.hpp"
#include "app/demonstration_actions.hpp"
#include "app/demonstration_library.hpp"
#include "app/reviews/chronologies.hpp"
#include "app/security/tokens.hpp"
#include "app/working_day_calendar.hpp"
#include "domain/case_stages.hpp"
#include "domain/learning_event.hpp"
#include "domain/partnership_settings.hpp"
#include "domain/rapid_review_sections.hpp"
#include "domain/report_accuracy.hpp"
#include "domain/report_version.hpp"
#include "domain/reviewer_independence.hpp"
#include "domain/uk_time.hpp"

namespace casereview {

namespace {

struct DemonstrationChild {
  const char* given_name;
  const char* family_name;
  int age_in_years;
  ChildSex sex;
};

class CaseMaker {
 public:
  CaseMaker(Transaction& transaction, const Partnership& partnership,
            const WorkingDayCalendar& calendar, const security::FieldCipher& cipher,
            const User& manager, Instant now)
      : transaction_(transaction),
        partnership_(partnership),
        calendar_(calendar),
        cipher_(cipher),
        manager_(manager),
        now_(now),
        today_(uk_date(now)) {}

  // The working day `count` working days before today.
  CivilDate back(int count) const {
    CivilDate day = today_;
    while (count > 0) {
      day = day.add_days(-1);
      Result<bool> working = calendar_.is_working_day(day);
      if (!working || working.value()) --count;
    }
    return day;
  }

  Id agency(const char* code) const {
    auto found = transaction_.agencies().find_by_code(partnership_.id, code);
    return found ? found->id : 0;
  }

  Result<CaseRecord> notify(CivilDate aware_on, IncidentKind incident,
                            std::vector<AbuseCategory> categories,
                            const std::vector<DemonstrationChild>& children,
                            std::vector<Id> agency_ids, const std::string& outline) {
    CaseRecord record;
    record.partnership_id = partnership_.id;
    record.facts.aware_on = aware_on;
    record.facts.incident_on = aware_on.add_days(-1);
    record.facts.incident = incident;
    record.facts.abuse_or_neglect = AbuseOrNeglect::suspected;
    record.facts.categories = std::move(categories);
    record.facts.police_involved = true;
    record.facts.outline = outline;
    record.agency_ids = std::move(agency_ids);
    record.notify_by = TRY(notification_deadline(calendar_, settings_, aware_on));
    record.recorded_at = now_;
    record.recorded_by = manager_.id;
    const int number = transaction_.cases().next_reference_number(partnership_.id, today_.year());
    record.reference = case_reference(partnership_.code, today_.year(), number);
    std::vector<SealedChild> sealed;
    for (std::size_t position = 0; position < children.size(); ++position) {
      const DemonstrationChild& child = children[position];
      ChildIdentity identity{
          child.given_name, child.family_name, aware_on.add_days(-365 * child.age_in_years - 40),
          child.sex,        "Not recorded",    "Northbrook"};
      sealed.push_back(case_support::seal_child(cipher_, static_cast<int>(position), identity));
      record.pseudonyms.push_back(child_pseudonym(static_cast<int>(position)));
    }
    record.id = transaction_.cases().add(record, today_.year(), number, sealed);
    record.version = 1;
    event(record, CaseEventKind::notification_recorded, aware_on,
          record.reference + ": notify the Panel by " + day_month_year(record.notify_by));
    return record;
  }

  Status send(CaseRecord& record, CivilDate sent_on) {
    TRY(send_notification(record, calendar_, settings_, sent_on,
                          "Demonstration: sent after the deadline"));
    TRY(tell_partners(record, sent_on, "Demonstration: told after the deadline"));
    event(record, CaseEventKind::notification_sent, sent_on, "Sent");
    event(record, CaseEventKind::partners_told, sent_on, "Told");
    event(record, CaseEventKind::rapid_review_started, sent_on,
          "Due " + day_month_year(*record.rapid_review_due));
    return ok_status();
  }

  void request(const CaseRecord& record, const char* agency_code, CivilDate requested_on,
               const char* answer) {
    AgencyRequest request;
    request.partnership_id = partnership_.id;
    request.case_id = record.id;
    request.agency_id = agency(agency_code);
    request.requested_on = requested_on;
    Result<CivilDate> due_on = agency_response_deadline(calendar_, settings_, requested_on);
    request.due_on = due_on ? due_on.value() : requested_on;
    request.requested_by = manager_.id;
    auto added = transaction_.agency_requests().add(request);
    event(record, CaseEventKind::agency_response_requested, requested_on, std::string(agency_code));
    if (added && answer) {
      transaction_.agency_requests().save_response(
          partnership_.id, added->id, answer, AgencyResponseState::submitted, now_, std::nullopt);
      // Answered a few days after it was asked, so the timeline reads in date order.
      event(record, CaseEventKind::agency_response_submitted,
            std::min(requested_on.add_days(3), today_), std::string(agency_code));
    }
  }

  Status complete_and_submit(CaseRecord& record, ReviewOutcome recommendation, CivilDate signed_on,
                             CivilDate submitted_on) {
    RapidReviewRecord review;
    review.facts_established =
        "Child A was seen by three agencies in the month before the incident.";
    review.immediate_action = "A strategy meeting was held; the siblings' plans were reviewed.";
    review.key_practice_episodes =
        "The school's referral in the spring; the missed health appointment.";
    review.what_could_be_improved = "Sharing information between the school and health visitors.";
    review.equality_considerations =
        "The family's first language and the mother's disability were considered.";
    for (Criterion criterion : all_criteria)
      review.answer(criterion) = {criterion == Criterion::reg11_a, "Considered"};
    review.recommendation = recommendation;
    review.recommendation_rationale = "The criteria as answered above.";
    TRY(save_rapid_review_record(record, review));
    record.rapid_review_completed = sections_without_gaps(review);
    record.rapid_review_changed_at = now_;
    event(record, CaseEventKind::rapid_review_record_saved, std::nullopt, "", signed_on);
    // Rule SIGN-1: each partner's demonstration signatory signed as themselves.
    for (StatutoryPartner partner : all_statutory_partners) {
      auto signatory =
          transaction_.accounts().find_by_email(demonstration_signatory_email(partner));
      if (!signatory) return Error::of(ErrorCode::internal, "No demonstration signatory");
      TRY(sign_off(record, SignOff{.partner = partner,
                                   .name = signatory->user.name,
                                   .signed_on = signed_on,
                                   .signed_by = signatory->user.id,
                                   .signed_at = now_}));
      event(record, CaseEventKind::signed_off, signed_on,
            std::string(statutory_partner_text(partner)));
    }
    TRY(submit_to_panel(record, submitted_on));
    event(record, CaseEventKind::submitted_to_panel, submitted_on, "");
    return ok_status();
  }

  Status decide(CaseRecord& record, ReviewOutcome outcome, CivilDate decided_on,
                const std::string& reason) {
    PanelDecision decision;
    decision.view = PanelView::agrees;
    decision.outcome = outcome;
    decision.reason = reason;
    decision.decided_on = decided_on;
    decision.recorded_by = manager_.id;
    decision.recorded_on_behalf = true;
    TRY(record_panel_decision(record, decision));
    event(record, CaseEventKind::panel_decision_recorded, decided_on,
          std::string(review_outcome_text(outcome)));
    event(record, CaseEventKind::stage_changed, decided_on,
          std::string(case_stage_text(record.stage)));
    return ok_status();
  }

  Status save(const CaseRecord& record) { return case_support::save_case(transaction_, record); }

  // Rule REV-1, Rule REV-2: the review commissioned on `commissioned_on` as commission_review
  // records it (app/reviews/commissioning.hpp), with the partnership's review timescale.
  Result<ReviewRecord> commission(CaseRecord& record, ReviewRecord review,
                                  CivilDate commissioned_on) {
    const SettingValues settings =
        TRY(settings_with_defaults(transaction_.settings().all(partnership_.id)));
    review.partnership_id = partnership_.id;
    review.case_id = record.id;
    review.kind = record.decision->outcome;
    review.commissioned_by = manager_.id;
    review.commissioned_at = at(commissioned_on);
    review.decided_on = record.decision->decided_on;
    review.timescale_months = settings.time_scales.at("review_months");
    review.stage = ReviewStage::commissioned;
    auto added = transaction_.reviews().add(review);
    if (!added) return Error::of(ErrorCode::internal, "The demonstration review exists already");
    TRY(start_review(record));  // the caller saves the case afterwards
    event(record, CaseEventKind::review_commissioned, commissioned_on,
          std::string(review_outcome_text(added->kind)) + ", " + added->methodology_text() +
              ". Due " + day_month_year(review_clock_view(added->clock(), today_).due_on) + ".");
    return *added;
  }

  // Rule REV-4: declares the reviewer's affiliations and appoints them in `role`, judged by
  // check_reviewer_independence as appoint_reviewer judges it; fails when they are not
  // independent of the agencies in scope (the demonstration's reviewer must be).
  Status appoint(const CaseRecord& record, const ReviewRecord& review, const User& reviewer,
                 std::vector<DeclaredAffiliation> affiliations, ReviewerRole role,
                 CivilDate appointed_on) {
    TRY(check_affiliations(affiliations));
    transaction_.reviews().replace_affiliations(reviewer.id, affiliations);
    const SettingValues settings =
        TRY(settings_with_defaults(transaction_.settings().all(partnership_.id)));
    std::vector<AgencyInScope> in_scope;
    for (Id agency_id : review.agency_ids) {
      if (auto found = transaction_.agencies().find(partnership_.id, agency_id))
        in_scope.push_back({found->id, found->name});
    }
    const IndependenceCheck check = TRY(check_reviewer_independence(
        review.kind, transaction_.reviews().affiliations(reviewer.id), in_scope, appointed_on,
        settings.time_scales.at("independence_years"), ""));
    if (check.verdict != IndependenceVerdict::independent)
      return Error::of(ErrorCode::internal, "The demonstration reviewer is not independent");
    ReviewerAppointment appointment;
    appointment.role = role;
    appointment.user_id = reviewer.id;
    appointment.verdict = check.verdict;
    appointment.appointed_by = manager_.id;
    appointment.appointed_at = at(appointed_on);
    if (!transaction_.reviews().add_reviewer(partnership_.id, review.id, appointment))
      return Error::of(ErrorCode::internal, "The demonstration review has its reviewer already");
    event(record, CaseEventKind::reviewer_appointed, appointed_on,
          std::string(reviewer_role_text(role)) + ": " + reviewer.name + ".");
    return ok_status();
  }

  // Rule CHR-1: asks the agency for its chronology on `requested_on`, with the review's scope
  // period and the partnership's due date, as request_chronologies does.
  Result<ChronologyRequest> request_chronology(const ReviewRecord& review, Id agency_id,
                                               CivilDate requested_on, const std::string& note) {
    ChronologyRequest request;
    request.partnership_id = partnership_.id;
    request.case_id = review.case_id;
    request.agency_id = agency_id;
    request.scope_from = review.scope_from;
    request.scope_to = review.scope_to;
    request.requested_on = requested_on;
    request.due_on = TRY(chronology_due_on(transaction_, partnership_.id, requested_on));
    request.note = note;
    request.requested_by = manager_.id;
    auto added = transaction_.chronology_requests().add(request);
    if (!added) return Error::of(ErrorCode::internal, "The agency was asked already");
    return *added;
  }

  // Rule CHR-2: the entries as a contributor types them (each read by chronology_entry_from_text),
  // then the chronology submitted by `contributor` on `submitted_on`, which locks it.
  Status submit_chronology(ChronologyRequest request,
                           const std::vector<ChronologyEntryText>& entries, const User& contributor,
                           CivilDate submitted_on) {
    for (const ChronologyEntryText& text : entries) {
      ChronologyEntry entry = TRY(chronology_entry_from_text(text));
      entry.agency_id = request.agency_id;
      entry.position = transaction_.chronology_entries().next_position(partnership_.id, request.id);
      transaction_.chronology_entries().add(partnership_.id, request.id, entry);
    }
    TRY(check_chronology_submission(request, entries.size(), Involvement::involved));
    request.status = ChronologyStatus::submitted;
    request.involvement = Involvement::involved;
    request.submitted_at = at(submitted_on);
    request.submitted_by = contributor.id;
    if (!transaction_.chronology_requests().change_status(request, ChronologyStatus::requested))
      return Error::of(ErrorCode::internal, "The demonstration chronology was not requested");
    return ok_status();
  }

 private:
  // An event on the timeline, recorded (`at`) on its own date (`on`, or `when` for an event of no
  // date), in the order made, never after now: the timeline lists events by when they were
  // recorded, so a demonstration case's timeline reads in date order.
  void event(const CaseRecord& record, CaseEventKind kind, std::optional<CivilDate> on,
             const std::string& detail, std::optional<CivilDate> when = std::nullopt) {
    const CivilDate day = when ? *when : on.value_or(today_);
    CaseEvent made;
    made.partnership_id = partnership_.id;
    made.case_id = record.id;
    made.kind = kind;
    made.at = at(day);
    made.on = on;
    made.user_id = manager_.id;
    made.user_name = manager_.name;
    made.detail = detail;
    transaction_.case_events().add(made);
  }

  // 9 in the morning of `day`, a second after the last instant made, and never after now.
  Instant at(CivilDate day) {
    return std::min(
        uk_start_of_day(day) + std::chrono::hours(9) + std::chrono::seconds(events_made_++), now_);
  }

  Transaction& transaction_;
  const Partnership& partnership_;
  const WorkingDayCalendar& calendar_;
  const security::FieldCipher& cipher_;
  const User& manager_;
  Instant now_;
  CivilDate today_;
  int events_made_ = 0;
  DeadlineSettings settings_;
};

// Rule LE-1: the CSPR's practitioner learning event, three weeks ahead, online, 10am to 12pm UK
// time: two practitioners invited, one of whom has accepted. The demonstration sends no email and
// keeps no link: the links' tokens are random and thrown away.
Status add_demonstration_learning_event(Transaction& transaction, const CaseRecord& record,
                                        const User& reviewer, Id police, Id social_care,
                                        Instant now) {
  const CivilDate on = uk_date(now).add_days(21);
  LearningEvent event;
  event.partnership_id = record.partnership_id;
  event.case_id = record.id;
  event.starts_at = uk_instant(on, {10, 0});
  event.ends_at = uk_instant(on, {12, 0});
  event.delivery = EventDelivery::virtual_session;
  event.joining_link = "https://meet.example/northbrook-learning-event";
  event.created_by = reviewer.id;
  event.created_at = now;
  event = transaction.learning_events().add(event);
  const struct {
    const char* name;
    const char* email;
    Id agency_id;
    const char* role;
    InvitationResponse response;
  } invited[] = {
      {"Dana Whitfield", "dana.whitfield@northbrook-police.example", police, "Response officer",
       InvitationResponse::accepted},
      {"Tom Okafor", "tom.okafor@northbrook-csc.example", social_care, "Social worker",
       InvitationResponse::awaiting},
  };
  for (const auto& person : invited) {
    LearningEventInvitation invitation;
    invitation.partnership_id = record.partnership_id;
    invitation.event_id = event.id;
    invitation.name = person.name;
    invitation.email = person.email;
    invitation.agency_id = person.agency_id;
    invitation.role = person.role;
    invitation.calendar_uid = "learning-event-" + security::random_token() + "@casereview";
    invitation.invited_by = reviewer.id;
    invitation.invited_at = now;
    auto added = transaction.learning_events().add_invitation(
        invitation, security::token_hash(security::random_token()));
    if (!added) return Error::of(ErrorCode::internal, "The demonstration invitation is there");
    if (person.response != InvitationResponse::awaiting)
      transaction.learning_events().record_response(record.partnership_id, added->id,
                                                    person.response, now);
  }
  return ok_status();
}

// Rule RPT-1: the CSPR's report in its first draft, written two days ago and sent to the police
// for factual accuracy a week ahead; the police's contributor has commented once, and the reviewer
// has not replied yet.
Status add_demonstration_report(Transaction& transaction, const CaseRecord& record,
                                const User& reviewer, const User& contributor, Id police,
                                Instant now) {
  ReportVersion version;
  version.partnership_id = record.partnership_id;
  version.case_id = record.id;
  version.text = report_markdown(
      {{"Summary",
        "Child A, aged 7, was found with untreated injuries. The police had attended the home "
        "twice in 2021 and referred the family to children's social care in 2022."},
       {"The child and family",
        "Child A lived with his mother. Practitioners describe a quiet boy who was rarely asked "
        "about his own day."},
       {"The review",
        "A SILP review: the police and children's social care gave chronologies, and their "
        "practitioners met at a learning event."},
       {"Findings", "To follow the learning event."},
       {"Recommendations", "To follow the learning event."},
       {"Appendices", "The terms of reference."}});
  version.created_by = reviewer.id;
  version.created_at = now - std::chrono::hours(48);
  version = transaction.report().add(version, "");
  ReportCirculation circulation;
  circulation.version_id = version.id;
  circulation.agency_id = police;
  circulation.partnership_id = record.partnership_id;
  circulation.due_on = uk_date(now).add_days(7);
  circulation.circulated_by = reviewer.id;
  circulation.circulated_at = now - std::chrono::hours(47);
  if (!transaction.report_accuracy().circulate(circulation))
    return Error::of(ErrorCode::internal, "The demonstration report was answered already");
  ReportComment comment;
  comment.partnership_id = record.partnership_id;
  comment.version_id = version.id;
  comment.agency_id = police;
  comment.author_id = contributor.id;
  comment.section = "Summary";
  comment.quote = "attended the home twice in 2021";
  comment.text = "Our incident log records three attendances in 2021: 3, 12 and 28 May.";
  comment.created_at = now - std::chrono::hours(20);
  transaction.report_accuracy().add_comment(comment);
  return ok_status();
}

}  // namespace

Status load_demonstration_cases(Transaction& transaction, const Partnership& partnership,
                                const Clock& clock, const security::FieldCipher& cipher) {
  auto manager = transaction.accounts().find_by_email("manager@northbrook.example");
  if (!manager) return Error::of(ErrorCode::internal, "The demonstration manager is missing");
  const WorkingDayCalendar calendar = TRY(partnership_calendar(transaction, partnership.id));
  CaseMaker make(transaction, partnership, calendar, cipher, manager->user, clock.now());
  const Id police = make.agency("POLICE");
  const Id social_care = make.agency("CSC");
  const Id hospital = make.agency("HOSPITAL");
  const Id school = make.agency("SCHOOL");

  // Overdue: aware 7 working days ago and not yet sent to the Panel.
  TRY(make.notify(
      make.back(7), IncidentKind::serious_harm, {AbuseCategory::physical},
      {{"Ada", "Sample", 2, ChildSex::female}}, {police, hospital},
      "Child A, aged 2, was admitted to hospital with a fractured arm that was not explained."));

  // In rapid review, due within 3 working days; police overdue, the school still to answer.
  CaseRecord reviewing = TRY(make.notify(
      make.back(14), IncidentKind::serious_harm, {AbuseCategory::neglect, AbuseCategory::emotional},
      {{"Ben", "Sample", 9, ChildSex::male}, {"Cara", "Sample", 6, ChildSex::female}},
      {police, hospital, school},
      "Child A and Child B were found alone at home in poor conditions; Child A had stopped "
      "attending school."));
  TRY(make.send(reviewing, make.back(13)));
  TRY(make.save(reviewing));
  make.request(reviewing, "POLICE", make.back(8), nullptr);
  make.request(reviewing, "HOSPITAL", make.back(8),
               "Two emergency attendances for Child B in the last year.");
  make.request(reviewing, "SCHOOL", make.back(2), nullptr);

  // Just notified: on track.
  TRY(make.notify(make.back(0), IncidentKind::death, {AbuseCategory::criminal_exploitation},
                  {{"Dan", "Sample", 15, ChildSex::male}}, {police, social_care},
                  "Child A, aged 15, died after a stabbing; he was known to be at risk of criminal "
                  "exploitation."));

  // Awaiting the Panel's decision.
  CaseRecord waiting =
      TRY(make.notify(make.back(25), IncidentKind::serious_harm, {AbuseCategory::sexual},
                      {{"Eve", "Sample", 13, ChildSex::female}}, {police, social_care, school},
                      "Child A disclosed sexual abuse by an adult met online."));
  TRY(make.send(waiting, make.back(24)));
  TRY(make.complete_and_submit(waiting, ReviewOutcome::local_cspr, make.back(6), make.back(5)));
  TRY(make.save(waiting));

  // Closed: no review.
  CaseRecord closed =
      TRY(make.notify(make.back(60), IncidentKind::serious_harm, {AbuseCategory::physical},
                      {{"Finn", "Sample", 4, ChildSex::male}}, {police, hospital},
                      "Child A was injured by a parent; agencies had worked well together."));
  TRY(make.send(closed, make.back(58)));
  TRY(make.complete_and_submit(closed, ReviewOutcome::no_review, make.back(46), make.back(45)));
  TRY(make.decide(closed, ReviewOutcome::no_review, make.back(40),
                  "No review: the rapid review's learning is acted on without one."));
  TRY(make.save(closed));
  TRY(add_demonstration_rapid_review_recommendation(transaction, closed, {police, hospital},
                                                    clock.now()));

  // A learning review to be commissioned.
  CaseRecord learning =
      TRY(make.notify(make.back(50), IncidentKind::death, {AbuseCategory::neglect},
                      {{"Gus", "Sample", 1, ChildSex::male}}, {social_care, hospital},
                      "Child A died in an unsafe sleeping arrangement; the family was known to "
                      "children's social care."));
  TRY(make.send(learning, make.back(49)));
  TRY(make.complete_and_submit(learning, ReviewOutcome::learning_review, make.back(36),
                               make.back(35)));
  TRY(make.decide(learning, ReviewOutcome::learning_review, make.back(30),
                  "Learning about safer sleep advice."));
  TRY(make.save(learning));

  // A local CSPR further on: commissioned (SILP), the demonstration reviewer appointed lead
  // reviewer, chronologies asked of the police and social care; the police's submitted, social
  // care's still to come.
  auto reviewer = transaction.accounts().find_by_email("reviewer@northbrook.example");
  auto contributor = transaction.accounts().find_by_email("contributor@northbrook.example");
  if (!reviewer || !contributor)
    return Error::of(ErrorCode::internal, "The demonstration reviewer or contributor is missing");
  CaseRecord practice = TRY(make.notify(
      make.back(60), IncidentKind::serious_harm, {AbuseCategory::neglect, AbuseCategory::physical},
      {{"Hal", "Sample", 7, ChildSex::male}}, {police, social_care, school},
      "Child A, aged 7, was found with untreated injuries; police had attended the "
      "home twice and the family had been referred to children's social care."));
  TRY(make.send(practice, make.back(59)));
  TRY(make.complete_and_submit(practice, ReviewOutcome::local_cspr, make.back(46), make.back(45)));
  TRY(make.decide(practice, ReviewOutcome::local_cspr, make.back(40),
                  "The criteria for a local review are met; practice may be improved."));
  ReviewRecord terms;
  terms.methodology = "SILP";
  terms.scope_from = *CivilDate::from_ymd(2021, 1, 1);
  terms.scope_to = practice.facts.aware_on;
  terms.agency_ids = {police, social_care};
  terms.rationale =
      "Two agencies knew the family well in the period; a SILP review brings their practitioners "
      "together in proportion to what is to be learned.";
  terms.terms_of_reference =
      "## Purpose\n\nTo learn how the police and children's social care shared what they knew "
      "about Child A.\n\n## Key lines of enquiry\n\n"
      "1. How were the police's attendances at the home shared with children's social care?\n"
      "2. How was Child A's own voice heard in the assessments?\n"
      "3. Did the referral in 2022 lead to a plan that the family understood?\n";
  const ReviewRecord review = TRY(make.commission(practice, terms, make.back(25)));
  TRY(make.save(practice));
  // Rule REV-4: the reviewer's affiliation is with another partnership, not an agency in scope.
  DeclaredAffiliation elsewhere;
  elsewhere.organisation = "Southmoor Safeguarding Children Partnership";
  elsewhere.from = *CivilDate::from_ymd(2012, 4, 1);
  elsewhere.to = *CivilDate::from_ymd(2019, 3, 31);
  TRY(make.appoint(practice, review, reviewer->user, {elsewhere}, ReviewerRole::lead_reviewer,
                   make.back(22)));
  const ChronologyRequest from_police = TRY(make.request_chronology(
      review, police, make.back(12), "Include every attendance at the family's home."));
  TRY(make.request_chronology(review, social_care, make.back(12),
                              "Include the referral in 2022 and its assessment."));
  // Dates as people write them (Rule CHR-2): a month, a day, an uncertain month.
  TRY(make.submit_chronology(from_police,
                             {{.start_date = "May 2021",
                               .source = "Police incident log",
                               .subject = "Child A's mother",
                               .event = "Neighbour reported shouting at the address.",
                               .action = "Officers attended; no offence recorded.",
                               .outcome = "Closed on the day.",
                               .significance = "First attendance at the home."},
                              {.start_date = "12/05/2021",
                               .time = "22:40",
                               .source = "Police incident log",
                               .subject = "Child A",
                               .event = "Child A seen at the address with a bruise to the arm.",
                               .action = "Officers spoke to the mother; explanation accepted.",
                               .outcome = "No referral made.",
                               .significance = "No referral to children's social care."},
                              {.start_date = "?03/2022",
                               .source = "Police domestic abuse record",
                               .subject = "Child A's mother",
                               .event = "Domestic abuse risk assessment completed.",
                               .action = "Referral to children's social care.",
                               .outcome = "Referral sent.",
                               .significance = "The month is uncertain in the record."}},
                             contributor->user, make.back(3)));
  TRY(add_demonstration_learning_event(transaction, practice, reviewer->user, police, social_care,
                                       clock.now()));
  TRY(add_demonstration_report(transaction, practice, reviewer->user, contributor->user, police,
                               clock.now()));
  TRY(add_demonstration_actions(transaction, practice, hospital, clock.now()));
  TRY(add_demonstration_library(transaction, practice, manager->user.id, clock.now()));
  return ok_status();
}

}  // namespace casereview
