// The demonstration's action plan: see demonstration_actions.hpp.
#include "app/demonstration_actions.hpp"

#include "domain/uk_time.hpp"

namespace casereview {

namespace {

constexpr std::chrono::hours day{24};

struct DemoAction {
  ActionKind kind;
  const char* text;
  const char* success_measure;
  int started_days_ago;
  int due_in_days;  // negative: past
  ActionStatus status;
  int updated_days_ago;  // a progress update that many days ago; -1 for none
};

}  // namespace

Status add_demonstration_actions(Transaction& transaction, const CaseRecord& record, Id hospital,
                                 Instant now) {
  const Id partnership_id = record.partnership_id;
  auto reviewer = transaction.accounts().find_by_email("reviewer@northbrook.example");
  auto lead = transaction.accounts().find_by_email("lead@northbrook.example");
  auto manager = transaction.accounts().find_by_email("manager@northbrook.example");
  const auto entries =
      transaction.chronology_entries().list_submitted_for_case(partnership_id, record.id);
  if (!reviewer || !lead || !manager || entries.empty())
    return Error::of(ErrorCode::internal, "The demonstration's accounts or chronology are missing");
  const CivilDate today = uk_date(now);

  KeyPracticeEpisode episode;
  episode.partnership_id = partnership_id;
  episode.case_id = record.id;
  episode.title = "Attendances at the home in May 2021";
  episode.from = *CivilDate::from_ymd(2021, 5, 1);
  episode.to = *CivilDate::from_ymd(2021, 5, 31);
  episode.summary =
      "Officers attended twice; an injury was seen and explained, and no referral "
      "was made.";
  episode.questions = "- What made the explanation seem enough at the time?";
  episode.entry_ids = {entries.front().id};
  episode.created_by = reviewer->user.id;
  episode.created_at = episode.updated_at = now - 2 * day;
  const Id episode_id = transaction.review_analysis().add_episode(episode);

  Finding finding;
  finding.partnership_id = partnership_id;
  finding.case_id = record.id;
  finding.title = "What one agency saw did not reach the others";
  finding.kind = FindingKind::process;
  finding.text =
      "Injuries explained at the door were **not shared**, so no agency saw the "
      "pattern.";
  finding.episode_ids = {episode_id};
  finding.created_by = reviewer->user.id;
  finding.created_at = finding.updated_at = now - 2 * day;
  const Id finding_id = transaction.review_analysis().add_finding(finding);

  Recommendation recommendation;
  recommendation.partnership_id = partnership_id;
  recommendation.case_id = record.id;
  recommendation.text =
      "Every agency makes sure an unexplained or doubtful injury to a child is "
      "shared with children's social care the same day.";
  recommendation.finding_ids = {finding_id};
  recommendation.to_partnership = true;
  recommendation.created_by = reviewer->user.id;
  recommendation.created_at = recommendation.updated_at = now - 2 * day;
  recommendation = transaction.review_analysis().add_recommendation(recommendation);

  // One of each colour (Rule ACT-3), for the hospital's strategic lead.
  const DemoAction plan[] = {
      {ActionKind::training,
       "Train emergency department staff on sharing injuries with children's social care.",
       "90% of emergency staff trained within six months.", 60, 40, ActionStatus::in_progress, 5},
      {ActionKind::policy, "Reissue the policy on recording how an injury was explained.",
       "The reissued policy is on the intranet and read by every ward manager.", 90, -3,
       ActionStatus::not_started, -1},
      {ActionKind::process, "Add a prompt to share injuries to the emergency department's notes.",
       "The prompt is in use in every attendance record.", 80, 5, ActionStatus::awaiting_sign_off,
       35},
      {ActionKind::working_arrangements,
       "Name a safeguarding lead on every emergency department shift.",
       "A named lead on the rota every shift for three months.", 120, -10, ActionStatus::closed,
       20},
  };
  for (const DemoAction& item : plan) {
    Action action;
    action.partnership_id = partnership_id;
    action.case_id = record.id;
    action.recommendation_id = recommendation.id;
    action.agency_id = hospital;
    action.owner_user_id = lead->user.id;
    action.kind = item.kind;
    action.text = item.text;
    action.success_measure = item.success_measure;
    action.start_on = today.add_days(-item.started_days_ago);
    action.due_on = today.add_days(item.due_in_days);
    action.last_update_on = action.start_on;
    action.created_by = manager->user.id;
    action.created_at = now - item.started_days_ago * day;
    action.id = transaction.actions().add(action);
    ActionRepository& actions = transaction.actions();
    if (item.updated_days_ago >= 0) {
      actions.move(partnership_id, action.id, ActionStatus::not_started, ActionStatus::in_progress,
                   std::nullopt);
      actions.add_update({.action_id = action.id,
                          .partnership_id = partnership_id,
                          .text = "Work is under way with the emergency department's managers.",
                          .status = ActionStatus::in_progress,
                          .by = lead->user.id,
                          .at = now - item.updated_days_ago * day},
                         today.add_days(-item.updated_days_ago));
    }
    if (item.status == ActionStatus::awaiting_sign_off || item.status == ActionStatus::closed) {
      actions.add_evidence({.action_id = action.id,
                            .partnership_id = partnership_id,
                            .kind = EvidenceKind::completion,
                            .text = "Done as planned: the record of it is with the hospital's "
                                    "safeguarding team.",
                            .by = lead->user.id,
                            .at = now - item.updated_days_ago * day},
                           "");
      actions.move(partnership_id, action.id, ActionStatus::in_progress,
                   ActionStatus::awaiting_sign_off, std::nullopt);
    }
    if (item.status == ActionStatus::closed) {
      actions.add_evidence({.action_id = action.id,
                            .partnership_id = partnership_id,
                            .kind = EvidenceKind::impact,
                            .text = "A case-file audit found every injury shared the same day.",
                            .by = lead->user.id,
                            .at = now - 15 * day},
                           "");
      actions.move(partnership_id, action.id, ActionStatus::awaiting_sign_off, ActionStatus::closed,
                   now - 12 * day);
      actions.add_decision(partnership_id, {.action_id = action.id,
                                            .decision = SignOffDecision::accept,
                                            .by = manager->user.id,
                                            .at = now - 12 * day});
    }
  }
  return ok_status();
}

Status add_demonstration_rapid_review_recommendation(Transaction& transaction,
                                                     const CaseRecord& record,
                                                     std::vector<Id> agency_ids, Instant now) {
  auto manager = transaction.accounts().find_by_email("manager@northbrook.example");
  if (!manager) return Error::of(ErrorCode::internal, "The demonstration manager is missing");
  Recommendation recommendation;
  recommendation.source = RecommendationSource::rapid_review;
  recommendation.partnership_id = record.partnership_id;
  recommendation.case_id = record.id;
  recommendation.text =
      "Ask how an injury to a child under five happened, and record the answer in the words "
      "given, at every attendance.";
  recommendation.agency_ids = std::move(agency_ids);
  recommendation.created_by = manager->user.id;
  recommendation.created_at = recommendation.updated_at = now - 25 * day;
  transaction.review_analysis().add_recommendation(recommendation);
  return ok_status();
}

}  // namespace casereview
