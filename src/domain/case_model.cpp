#include "domain/case_model.hpp"

#include <cstdio>

#include "domain/enum_names.hpp"
#include "domain/messages.hpp"
#include "domain/text.hpp"

namespace casereview {

std::string_view incident_kind_name(IncidentKind kind) {
  switch (kind) {
    case IncidentKind::death:
      return "death";
    case IncidentKind::serious_harm:
      return "serious_harm";
  }
  return "";
}

std::string_view incident_kind_text(IncidentKind kind) {
  switch (kind) {
    case IncidentKind::death:
      return "Death";
    case IncidentKind::serious_harm:
      return "Serious harm";
  }
  return "";
}

std::optional<IncidentKind> incident_kind_from_name(std::string_view name) {
  return enum_from_name(all_incident_kinds, incident_kind_name, name);
}

std::string_view abuse_or_neglect_name(AbuseOrNeglect value) {
  switch (value) {
    case AbuseOrNeglect::known:
      return "known";
    case AbuseOrNeglect::suspected:
      return "suspected";
    case AbuseOrNeglect::not_suspected:
      return "not_suspected";
  }
  return "";
}

std::string_view abuse_or_neglect_text(AbuseOrNeglect value) {
  switch (value) {
    case AbuseOrNeglect::known:
      return "Known";
    case AbuseOrNeglect::suspected:
      return "Suspected";
    case AbuseOrNeglect::not_suspected:
      return "Not suspected";
  }
  return "";
}

std::optional<AbuseOrNeglect> abuse_or_neglect_from_name(std::string_view name) {
  return enum_from_name(all_abuse_or_neglect, abuse_or_neglect_name, name);
}

std::string_view abuse_category_name(AbuseCategory category) {
  switch (category) {
    case AbuseCategory::physical:
      return "physical";
    case AbuseCategory::emotional:
      return "emotional";
    case AbuseCategory::sexual:
      return "sexual";
    case AbuseCategory::neglect:
      return "neglect";
    case AbuseCategory::criminal_exploitation:
      return "criminal_exploitation";
    case AbuseCategory::sexual_exploitation:
      return "sexual_exploitation";
    case AbuseCategory::other:
      return "other";
  }
  return "";
}

std::string_view abuse_category_text(AbuseCategory category) {
  switch (category) {
    case AbuseCategory::physical:
      return "Physical abuse";
    case AbuseCategory::emotional:
      return "Emotional abuse";
    case AbuseCategory::sexual:
      return "Sexual abuse";
    case AbuseCategory::neglect:
      return "Neglect";
    case AbuseCategory::criminal_exploitation:
      return "Criminal exploitation";
    case AbuseCategory::sexual_exploitation:
      return "Sexual exploitation";
    case AbuseCategory::other:
      return "Other";
  }
  return "";
}

std::optional<AbuseCategory> abuse_category_from_name(std::string_view name) {
  return enum_from_name(all_abuse_categories, abuse_category_name, name);
}

std::string_view child_sex_name(ChildSex sex) {
  switch (sex) {
    case ChildSex::female:
      return "female";
    case ChildSex::male:
      return "male";
    case ChildSex::not_known:
      return "not_known";
  }
  return "";
}

std::string_view child_sex_text(ChildSex sex) {
  switch (sex) {
    case ChildSex::female:
      return "Female";
    case ChildSex::male:
      return "Male";
    case ChildSex::not_known:
      return "Not known";
  }
  return "";
}

std::optional<ChildSex> child_sex_from_name(std::string_view name) {
  return enum_from_name(all_child_sexes, child_sex_name, name);
}

std::string_view case_stage_name(CaseStage stage) {
  switch (stage) {
    case CaseStage::notification:
      return "notification";
    case CaseStage::rapid_review:
      return "rapid_review";
    case CaseStage::awaiting_panel_decision:
      return "awaiting_panel_decision";
    case CaseStage::review_to_be_commissioned:
      return "review_to_be_commissioned";
    case CaseStage::review_in_progress:
      return "review_in_progress";
    case CaseStage::closed:
      return "closed";
    case CaseStage::recorded_only:
      return "recorded_only";
  }
  return "";
}

std::string_view case_stage_text(CaseStage stage) {
  switch (stage) {
    case CaseStage::notification:
      return "Notification to send";
    case CaseStage::rapid_review:
      return "Rapid review";
    case CaseStage::awaiting_panel_decision:
      return "Awaiting Panel decision";
    case CaseStage::review_to_be_commissioned:
      return "Review to be commissioned";
    case CaseStage::review_in_progress:
      return "Review in progress";
    case CaseStage::closed:
      return "Closed";
    case CaseStage::recorded_only:
      return "Notified, no rapid review";
  }
  return "";
}

std::optional<CaseStage> case_stage_from_name(std::string_view name) {
  return enum_from_name(all_case_stages, case_stage_name, name);
}

bool is_open_stage(CaseStage stage) {
  switch (stage) {
    case CaseStage::notification:
    case CaseStage::rapid_review:
    case CaseStage::awaiting_panel_decision:
      return true;
    case CaseStage::review_to_be_commissioned:
    case CaseStage::review_in_progress:
    case CaseStage::closed:
    case CaseStage::recorded_only:
      return false;
  }
  return false;
}

std::string_view review_outcome_name(ReviewOutcome outcome) {
  switch (outcome) {
    case ReviewOutcome::no_review:
      return "no_review";
    case ReviewOutcome::learning_review:
      return "learning_review";
    case ReviewOutcome::local_cspr:
      return "local_cspr";
    case ReviewOutcome::national_review:
      return "national_review";
  }
  return "";
}

std::string_view review_outcome_text(ReviewOutcome outcome) {
  switch (outcome) {
    case ReviewOutcome::no_review:
      return "No review";
    case ReviewOutcome::learning_review:
      return "Learning review (below the CSPR threshold)";
    case ReviewOutcome::local_cspr:
      return "Local child safeguarding practice review";
    case ReviewOutcome::national_review:
      return "Refer for a national review";
  }
  return "";
}

std::optional<ReviewOutcome> review_outcome_from_name(std::string_view name) {
  return enum_from_name(all_review_outcomes, review_outcome_name, name);
}

std::string_view criterion_name(Criterion criterion) {
  switch (criterion) {
    case Criterion::reg11_a:
      return "reg11_a";
    case Criterion::reg11_b:
      return "reg11_b";
    case Criterion::reg11_c:
      return "reg11_c";
    case Criterion::reg11_d:
      return "reg11_d";
    case Criterion::reg3_a:
      return "reg3_a";
    case Criterion::reg3_b:
      return "reg3_b";
    case Criterion::reg3_c:
      return "reg3_c";
  }
  return "";
}

// SI 2018/789 regulations 11 and 3, in DOMAIN.md's words.
std::string_view criterion_text(Criterion criterion) {
  switch (criterion) {
    case Criterion::reg11_a:
      return "Regulation 11(a): the case highlights improvements needed, including ones found "
             "before";
    case Criterion::reg11_b:
      return "Regulation 11(b): the case highlights recurrent themes";
    case Criterion::reg11_c:
      return "Regulation 11(c): the case highlights concerns about two or more agencies working "
             "together";
    case Criterion::reg11_d:
      return "Regulation 11(d): the Panel thinks a local review more fitting";
    case Criterion::reg3_a:
      return "Regulation 3(a): the case highlights improvements needed";
    case Criterion::reg3_b:
      return "Regulation 3(b): the case highlights changes needed to law or guidance";
    case Criterion::reg3_c:
      return "Regulation 3(c): the case highlights recurrent themes";
  }
  return "";
}

std::optional<Criterion> criterion_from_name(std::string_view name) {
  return enum_from_name(all_criteria, criterion_name, name);
}

std::string_view panel_view_name(PanelView view) {
  switch (view) {
    case PanelView::agrees:
      return "agrees";
    case PanelView::disagrees:
      return "disagrees";
  }
  return "";
}

std::string_view panel_view_text(PanelView view) {
  switch (view) {
    case PanelView::agrees:
      return "Agrees with the recommendation";
    case PanelView::disagrees:
      return "Disagrees with the recommendation";
  }
  return "";
}

std::optional<PanelView> panel_view_from_name(std::string_view name) {
  return enum_from_name(std::array<PanelView, 2>{PanelView::agrees, PanelView::disagrees},
                        panel_view_name, name);
}

std::string child_pseudonym(int position) {
  // Rule SIN-4: "Child A" for the first child, … "Child D" for the fourth.
  return std::string("Child ") + static_cast<char>('A' + position);
}

std::string case_reference(std::string_view partnership_code, int year, int number) {
  // Rule CASE-REF-1.
  char digits[32];
  std::snprintf(digits, sizeof digits, "-%04d-%03d", year, number);
  return std::string(partnership_code) + digits;
}

bool recorded_only(const NotificationFacts& facts) {
  // Rule SIN-5.
  if (facts.incident != IncidentKind::death) return false;
  if (facts.care_leaver) return true;
  return facts.looked_after && facts.abuse_or_neglect == AbuseOrNeglect::not_suspected;
}

bool notifiable(const NotificationFacts& facts) {
  // Rule SIN-6.
  if (facts.abuse_or_neglect != AbuseOrNeglect::not_suspected) return true;
  return facts.incident == IncidentKind::death && (facts.looked_after || facts.care_leaver);
}

std::vector<FieldError> rapid_review_record_gaps(const RapidReviewRecord& record) {
  // Rule RR-3: every part of the record the issue lists, each criterion with an answer and a
  // rationale, and the recommendation with its rationale.
  std::vector<FieldError> gaps;
  auto need = [&gaps](const std::string& text, const char* field, const std::string& message) {
    if (!filled(text)) gaps.push_back({field, message});
  };
  need(record.facts_established, "facts_established", enter("the facts established"));
  need(record.immediate_action, "immediate_action",
       enter("the immediate action taken to keep children safe"));
  need(record.key_practice_episodes, "key_practice_episodes", enter("the key practice episodes"));
  need(record.what_could_be_improved, "what_could_be_improved", enter("what could be improved"));
  need(record.equality_considerations, "equality_considerations",
       enter("how race, other inequalities and disability were considered"));
  for (Criterion criterion : all_criteria) {
    const CriterionAnswer& answer = record.answer(criterion);
    const std::string field(criterion_name(criterion));
    if (!answer.met)
      gaps.push_back(
          {field, "Select yes if " + std::string(criterion_text(criterion)) + " applies"});
    if (!filled(answer.rationale))
      gaps.push_back({field + "_rationale", enter("the rationale for ") + field});
  }
  if (!record.recommendation) gaps.push_back({"recommendation", "Select the recommendation"});
  need(record.recommendation_rationale, "recommendation_rationale",
       enter("the rationale for the recommendation"));
  return gaps;
}

std::string_view agency_response_state_name(AgencyResponseState state) {
  switch (state) {
    case AgencyResponseState::not_started:
      return "not_started";
    case AgencyResponseState::draft:
      return "draft";
    case AgencyResponseState::submitted:
      return "submitted";
  }
  return "";
}

std::optional<AgencyResponseState> agency_response_state_from_name(std::string_view name) {
  return enum_from_name(std::array<AgencyResponseState, 3>{AgencyResponseState::not_started,
                                                           AgencyResponseState::draft,
                                                           AgencyResponseState::submitted},
                        agency_response_state_name, name);
}

std::string_view agency_response_state_text(AgencyResponseState state) {
  switch (state) {
    case AgencyResponseState::not_started:
      return "Not started";
    case AgencyResponseState::draft:
      return "Draft";
    case AgencyResponseState::submitted:
      return "Submitted";
  }
  return "";
}

namespace {
constexpr std::array<CaseEventKind, 20> all_case_event_kinds = {
    CaseEventKind::notification_recorded,
    CaseEventKind::notification_sent,
    CaseEventKind::partners_told,
    CaseEventKind::rapid_review_started,
    CaseEventKind::rapid_review_allocated,
    CaseEventKind::agency_response_requested,
    CaseEventKind::agency_response_draft_saved,
    CaseEventKind::agency_response_submitted,
    CaseEventKind::rapid_review_record_saved,
    CaseEventKind::signed_off,
    CaseEventKind::sign_offs_cleared,
    CaseEventKind::submitted_to_panel,
    CaseEventKind::panel_decision_recorded,
    CaseEventKind::stage_changed,
    CaseEventKind::agency_added,
    CaseEventKind::review_commissioned,
    CaseEventKind::review_paused,
    CaseEventKind::review_resumed,
    CaseEventKind::monitoring_check_recorded,
    CaseEventKind::reviewer_appointed,
};
}  // namespace

std::string_view case_event_kind_name(CaseEventKind kind) {
  switch (kind) {
    case CaseEventKind::notification_recorded:
      return "notification_recorded";
    case CaseEventKind::notification_sent:
      return "notification_sent";
    case CaseEventKind::partners_told:
      return "partners_told";
    case CaseEventKind::rapid_review_started:
      return "rapid_review_started";
    case CaseEventKind::rapid_review_allocated:
      return "rapid_review_allocated";
    case CaseEventKind::agency_response_requested:
      return "agency_response_requested";
    case CaseEventKind::agency_response_draft_saved:
      return "agency_response_draft_saved";
    case CaseEventKind::agency_response_submitted:
      return "agency_response_submitted";
    case CaseEventKind::rapid_review_record_saved:
      return "rapid_review_record_saved";
    case CaseEventKind::signed_off:
      return "signed_off";
    case CaseEventKind::sign_offs_cleared:
      return "sign_offs_cleared";
    case CaseEventKind::submitted_to_panel:
      return "submitted_to_panel";
    case CaseEventKind::panel_decision_recorded:
      return "panel_decision_recorded";
    case CaseEventKind::stage_changed:
      return "stage_changed";
    case CaseEventKind::agency_added:
      return "agency_added";
    case CaseEventKind::review_commissioned:
      return "review_commissioned";
    case CaseEventKind::review_paused:
      return "review_paused";
    case CaseEventKind::review_resumed:
      return "review_resumed";
    case CaseEventKind::monitoring_check_recorded:
      return "monitoring_check_recorded";
    case CaseEventKind::reviewer_appointed:
      return "reviewer_appointed";
  }
  return "";
}

std::string_view case_event_kind_text(CaseEventKind kind) {
  switch (kind) {
    case CaseEventKind::notification_recorded:
      return "Notification recorded";
    case CaseEventKind::notification_sent:
      return "Notification sent to the National Panel, Ofsted and DfE";
    case CaseEventKind::partners_told:
      return "Safeguarding partners told";
    case CaseEventKind::rapid_review_started:
      return "Rapid review started";
    case CaseEventKind::rapid_review_allocated:
      return "Rapid review allocated";
    case CaseEventKind::agency_response_requested:
      return "Agency response requested";
    case CaseEventKind::agency_response_draft_saved:
      return "Agency response draft saved";
    case CaseEventKind::agency_response_submitted:
      return "Agency response submitted";
    case CaseEventKind::rapid_review_record_saved:
      return "Rapid review record saved";
    case CaseEventKind::signed_off:
      return "Rapid review signed off";
    case CaseEventKind::sign_offs_cleared:
      return "Sign-offs cleared because the record changed";
    case CaseEventKind::submitted_to_panel:
      return "Rapid review submitted to the National Panel";
    case CaseEventKind::panel_decision_recorded:
      return "National Panel decision recorded";
    case CaseEventKind::stage_changed:
      return "Stage changed";
    case CaseEventKind::agency_added:
      return "Agency added to the case";
    case CaseEventKind::review_commissioned:
      return "Review commissioned";
    case CaseEventKind::review_paused:
      return "Review paused";
    case CaseEventKind::review_resumed:
      return "Review resumed";
    case CaseEventKind::monitoring_check_recorded:
      return "Monitoring check recorded";
    case CaseEventKind::reviewer_appointed:
      return "Reviewer appointed";
  }
  return "";
}

std::optional<CaseEventKind> case_event_kind_from_name(std::string_view name) {
  return enum_from_name(all_case_event_kinds, case_event_kind_name, name);
}

}  // namespace casereview
