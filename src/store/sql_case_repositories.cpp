#include "store/sql_case_repositories.hpp"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <functional>
#include <map>
#include <set>
#include <sstream>

#include "domain/rapid_review_sections.hpp"
#include "store/sql.hpp"

namespace casereview::store {

namespace {

SqlValue flag(bool value) { return static_cast<std::int64_t>(value ? 1 : 0); }
SqlValue date(CivilDate value) { return value.to_iso_string(); }
SqlValue optional_date(const std::optional<CivilDate>& value) {
  if (!value) return sql_null();
  return value->to_iso_string();
}
SqlValue optional_instant_value(const std::optional<Instant>& value) {
  if (!value) return sql_null();
  return format_instant(*value);
}

std::string joined_categories(const std::vector<AbuseCategory>& categories) {
  std::string text;
  for (AbuseCategory category : categories)
    text += (text.empty() ? "" : ",") + std::string(abuse_category_name(category));
  return text;
}

std::vector<AbuseCategory> split_categories(const std::string& text) {
  std::vector<AbuseCategory> categories;
  std::stringstream stream(text);
  std::string name;
  while (std::getline(stream, name, ',')) {
    categories.push_back(parse_stored("categories", name, abuse_category_from_name));
  }
  return categories;
}

// The rapid review record and the sections the manager has marked completed, as one JSON text.
std::string record_json(const RapidReviewRecord& record,
                        const std::set<RapidReviewSection>& completed) {
  Poco::JSON::Object object;
  object.set("facts_established", record.facts_established);
  object.set("immediate_action", record.immediate_action);
  object.set("key_practice_episodes", record.key_practice_episodes);
  object.set("what_could_be_improved", record.what_could_be_improved);
  object.set("equality_considerations", record.equality_considerations);
  Poco::JSON::Object criteria;
  for (Criterion criterion : all_criteria) {
    Poco::JSON::Object answer;
    const CriterionAnswer& given = record.answer(criterion);
    if (given.met) {
      answer.set("met", *given.met);
    } else {
      answer.set("met", Poco::Dynamic::Var());
    }
    answer.set("rationale", given.rationale);
    criteria.set(std::string(criterion_name(criterion)), answer);
  }
  object.set("criteria", criteria);
  object.set("recommendation", record.recommendation
                                   ? std::string(review_outcome_name(*record.recommendation))
                                   : std::string());
  object.set("recommendation_rationale", record.recommendation_rationale);
  Poco::JSON::Array sections;
  for (RapidReviewSection section : completed)
    sections.add(std::string(rapid_review_section_name(section)));
  object.set("completed_sections", sections);
  std::ostringstream text;
  object.stringify(text);
  return text.str();
}

std::string text_member(const Poco::JSON::Object::Ptr& object, const std::string& key) {
  if (!object || !object->has(key) || object->isNull(key)) return "";
  return object->getValue<std::string>(key);
}

// Reads record_json's text into the case. A record saved before sections were marked completed has
// no "completed_sections": its whole sections count as completed, as its task list showed them.
void read_rapid_review(const std::string& text, CaseRecord& case_record) {
  RapidReviewRecord& record = case_record.rapid_review;
  if (text.empty()) return;
  Poco::JSON::Parser parser;
  auto object = parser.parse(text).extract<Poco::JSON::Object::Ptr>();
  record.facts_established = text_member(object, "facts_established");
  record.immediate_action = text_member(object, "immediate_action");
  record.key_practice_episodes = text_member(object, "key_practice_episodes");
  record.what_could_be_improved = text_member(object, "what_could_be_improved");
  record.equality_considerations = text_member(object, "equality_considerations");
  auto criteria = object->getObject("criteria");
  for (Criterion criterion : all_criteria) {
    const std::string key(criterion_name(criterion));
    if (!criteria || !criteria->has(key)) continue;
    auto answer = criteria->getObject(key);
    if (answer->has("met") && !answer->isNull("met"))
      record.answer(criterion).met = answer->getValue<bool>("met");
    record.answer(criterion).rationale = text_member(answer, "rationale");
  }
  const std::string recommendation = text_member(object, "recommendation");
  if (!recommendation.empty()) {
    record.recommendation =
        parse_stored("rapid_review_record", recommendation, review_outcome_from_name);
  }
  record.recommendation_rationale = text_member(object, "recommendation_rationale");
  if (!object->has("completed_sections")) {
    case_record.rapid_review_completed = sections_without_gaps(record);
    return;
  }
  auto sections = object->getArray("completed_sections");
  for (std::size_t index = 0; sections && index < sections->size(); ++index) {
    case_record.rapid_review_completed.insert(parse_stored(
        "rapid_review_record", sections->getElement<std::string>(static_cast<unsigned>(index)),
        rapid_review_section_from_name));
  }
}

const char* const case_columns =
    "SELECT id, partnership_id, reference, version, stage, aware_on, incident_on, incident, "
    "abuse_or_neglect, "
    "categories, looked_after, care_leaver, police_involved, outline, notify_by, sent_on, "
    "late_reason, "
    "partners_told_on, partners_late_reason, rapid_review_due, rapid_review_lead_id, allocated_on, "
    "rapid_review_record, submitted_on, decision_view, decision_outcome, decision_reason, "
    "decided_on, theme_id, "
    "decision_recorded_by, decision_on_behalf, closed_on, closed_reason, recorded_at, recorded_by, "
    "rapid_review_changed_at "
    "FROM cases ";

CaseRecord case_from(const Row& row) {
  CaseRecord record;
  record.id = row.integer(0);
  record.partnership_id = row.integer(1);
  record.reference = row.text(2);
  record.version = static_cast<int>(row.integer(3));
  record.stage = row.stored(4, case_stage_from_name);
  record.facts.aware_on = row.date(5);
  record.facts.incident_on = row.date(6);
  record.facts.incident = row.stored(7, incident_kind_from_name);
  record.facts.abuse_or_neglect = row.stored(8, abuse_or_neglect_from_name);
  record.facts.categories = split_categories(row.text(9));
  record.facts.looked_after = row.integer(10) != 0;
  record.facts.care_leaver = row.integer(11) != 0;
  record.facts.police_involved = row.integer(12) != 0;
  record.facts.outline = row.text(13);
  record.notify_by = row.date(14);
  record.sent_on = row.optional_date(15);
  record.late_reason = row.text(16);
  record.partners_told_on = row.optional_date(17);
  record.partners_late_reason = row.text(18);
  record.rapid_review_due = row.optional_date(19);
  record.rapid_review_lead_id = row.optional_integer(20);
  record.allocated_on = row.optional_date(21);
  read_rapid_review(row.text(22), record);
  record.submitted_on = row.optional_date(23);
  if (auto decided_on = row.optional_date(27)) {
    PanelDecision decision;
    decision.view = row.stored(24, panel_view_from_name);
    decision.outcome = row.stored(25, review_outcome_from_name);
    decision.reason = row.text(26);
    decision.decided_on = *decided_on;
    decision.theme_id = row.optional_integer(28);
    decision.recorded_by = row.integer(29);
    decision.recorded_on_behalf = row.integer(30) != 0;
    record.decision = decision;
  }
  record.closed_on = row.optional_date(31);
  record.closed_reason = row.text(32);
  record.recorded_at = row.instant(33);
  record.recorded_by = row.integer(34);
  record.rapid_review_changed_at = row.optional_instant(35);
  return record;
}

const char* const request_columns =
    "SELECT id, partnership_id, case_id, agency_id, requested_on, due_on, requested_by, state, "
    "summary, saved_at, "
    "submitted_at, submitted_by FROM agency_requests ";

AgencyRequest request_from(const Row& row) {
  AgencyRequest request;
  request.id = row.integer(0);
  request.partnership_id = row.integer(1);
  request.case_id = row.integer(2);
  request.agency_id = row.integer(3);
  request.requested_on = row.date(4);
  request.due_on = row.date(5);
  request.requested_by = row.integer(6);
  request.state = row.stored(7, agency_response_state_from_name);
  request.summary = row.text(8);
  request.saved_at = row.optional_instant(9);
  request.submitted_at = row.optional_instant(10);
  request.submitted_by = row.optional_integer(11);
  return request;
}

template <typename T, typename Convert>
std::vector<T> all_of(const std::vector<Row>& rows, Convert convert) {
  std::vector<T> result;
  result.reserve(rows.size());
  for (const Row& row : rows) result.push_back(convert(row));
  return result;
}

NationalReviewTheme theme_from(const Row& row) {
  return NationalReviewTheme{row.integer(0), row.text(1)};
}

}  // namespace

int SqlCaseRepository::next_reference_number(Id partnership_id, int year) {
  // Rule CASE-REF-1: one statement takes and raises the counter, holding the row's lock (and on
  // SQLite the write lock of the transaction) until commit.
  auto rows = query(
      session_,
      "INSERT INTO case_reference_sequences (partnership_id, year, last_number) VALUES ($1, $2, 1) "
      "ON CONFLICT (partnership_id, year) DO UPDATE SET "
      "last_number = case_reference_sequences.last_number + 1 RETURNING last_number",
      {partnership_id, static_cast<std::int64_t>(year)});
  return static_cast<int>(rows.front().integer(0));
}

Id SqlCaseRepository::add(const CaseRecord& record, int year, int number,
                          const std::vector<SealedChild>& children) {
  const NotificationFacts& facts = record.facts;
  auto rows = query(
      session_,
      "INSERT INTO cases (partnership_id, reference, reference_year, reference_number, stage, "
      "aware_on, incident_on, "
      "incident, abuse_or_neglect, categories, looked_after, care_leaver, police_involved, "
      "outline, notify_by, "
      "rapid_review_record, recorded_at, recorded_by) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) "
      "RETURNING id",
      {record.partnership_id, record.reference, static_cast<std::int64_t>(year),
       static_cast<std::int64_t>(number), std::string(case_stage_name(record.stage)),
       date(facts.aware_on), date(facts.incident_on),
       std::string(incident_kind_name(facts.incident)),
       std::string(abuse_or_neglect_name(facts.abuse_or_neglect)),
       joined_categories(facts.categories), flag(facts.looked_after), flag(facts.care_leaver),
       flag(facts.police_involved), facts.outline, date(record.notify_by),
       record_json(record.rapid_review, record.rapid_review_completed),
       format_instant(record.recorded_at), record.recorded_by});
  const Id id = rows.front().integer(0);
  for (Id agency_id : record.agency_ids) {
    execute(session_,
            "INSERT INTO case_agencies (case_id, partnership_id, agency_id) VALUES ($1, $2, $3)",
            {id, record.partnership_id, agency_id});
  }
  for (const SealedChild& child : children) {
    execute(session_,
            "INSERT INTO case_children (case_id, partnership_id, position, pseudonym, given_name, "
            "family_name, "
            "date_of_birth, sex, ethnicity, home_local_authority) VALUES ($1, $2, $3, $4, $5, $6, "
            "$7, $8, $9, $10)",
            {id, record.partnership_id, static_cast<std::int64_t>(child.position), child.pseudonym,
             child.given_name, child.family_name, child.date_of_birth, child.sex, child.ethnicity,
             child.home_local_authority});
  }
  return id;
}

// Fills in each record's agencies, pseudonyms and sign-offs. A list of cases costs three queries
// per partnership, not three per case: a 2,000-case dashboard made 6,000 queries before.
std::vector<CaseRecord> SqlCaseRepository::complete(std::vector<CaseRecord> records) {
  std::map<Id, std::map<Id, CaseRecord*>> by_partnership;
  for (CaseRecord& record : records) by_partnership[record.partnership_id][record.id] = &record;
  for (const auto& [partnership_id, cases] : by_partnership) {
    // One case: ask for that case only; several: for the whole partnership, keeping the listed
    // ones.
    const bool one = cases.size() == 1;
    const std::string scope =
        one ? "WHERE partnership_id = $1 AND case_id = $2 " : "WHERE partnership_id = $1 ";
    std::vector<SqlValue> parameters = {partnership_id};
    if (one) parameters.emplace_back(cases.begin()->first);
    auto each_row = [&](const std::string& sql,
                        const std::function<void(CaseRecord&, const Row&)>& fill) {
      for (const Row& row : query(session_, sql, parameters)) {
        if (auto found = cases.find(row.integer(0)); found != cases.end())
          fill(*found->second, row);
      }
    };
    each_row(
        "SELECT case_id, agency_id FROM case_agencies " + scope + "ORDER BY case_id, agency_id",
        [](CaseRecord& record, const Row& row) { record.agency_ids.push_back(row.integer(1)); });
    each_row("SELECT case_id, pseudonym FROM case_children " + scope + "ORDER BY case_id, position",
             [](CaseRecord& record, const Row& row) { record.pseudonyms.push_back(row.text(1)); });
    each_row(
        "SELECT case_id, partner, name, signed_on, signed_by, signed_at FROM case_sign_offs " +
            scope + "ORDER BY case_id, signed_on, partner",
        [](CaseRecord& record, const Row& row) {
          record.sign_offs.push_back(SignOff{.partner = row.stored(1, statutory_partner_from_name),
                                             .name = row.text(2),
                                             .signed_on = row.date(3),
                                             .signed_by = row.optional_integer(4),
                                             .signed_at = row.optional_instant(5)});
        });
  }
  return records;
}

std::optional<CaseRecord> SqlCaseRepository::find(Id partnership_id, Id case_id) {
  auto records = complete(all_of<CaseRecord>(
      query(session_, std::string(case_columns) + "WHERE partnership_id = $1 AND id = $2",
            {partnership_id, case_id}),
      case_from));
  if (records.empty()) return std::nullopt;
  return records.front();
}

std::vector<CaseRecord> SqlCaseRepository::list(Id partnership_id) {
  return complete(all_of<CaseRecord>(
      query(session_, std::string(case_columns) + "WHERE partnership_id = $1 ORDER BY id",
            {partnership_id}),
      case_from));
}

bool SqlCaseRepository::update(const CaseRecord& record) {
  const std::optional<PanelDecision>& decision = record.decision;
  const std::size_t changed = execute(
      session_,
      "UPDATE cases SET version = version + 1, stage = $1, sent_on = $2, late_reason = $3, "
      "partners_told_on = $4, "
      "partners_late_reason = $5, rapid_review_due = $6, rapid_review_lead_id = $7, allocated_on = "
      "$8, "
      "rapid_review_record = $9, submitted_on = $10, decision_view = $11, decision_outcome = $12, "
      "decision_reason = $13, decided_on = $14, theme_id = $15, decision_recorded_by = $16, "
      "decision_on_behalf = $17, closed_on = $18, closed_reason = $19, "
      "rapid_review_changed_at = $20 "
      "WHERE partnership_id = $21 AND id = $22 AND version = $23",
      {std::string(case_stage_name(record.stage)),
       optional_date(record.sent_on),
       record.late_reason,
       optional_date(record.partners_told_on),
       record.partners_late_reason,
       optional_date(record.rapid_review_due),
       sql_optional(record.rapid_review_lead_id),
       optional_date(record.allocated_on),
       record_json(record.rapid_review, record.rapid_review_completed),
       optional_date(record.submitted_on),
       decision ? SqlValue(std::string(panel_view_name(decision->view))) : sql_null(),
       decision ? SqlValue(std::string(review_outcome_name(decision->outcome))) : sql_null(),
       decision ? decision->reason : std::string(),
       decision ? optional_date(decision->decided_on) : sql_null(),
       decision ? sql_optional(decision->theme_id) : sql_null(),
       decision ? SqlValue(decision->recorded_by) : sql_null(),
       flag(decision && decision->recorded_on_behalf),
       optional_date(record.closed_on),
       record.closed_reason,
       optional_instant_value(record.rapid_review_changed_at),
       record.partnership_id,
       record.id,
       static_cast<std::int64_t>(record.version)});
  if (changed != 1) return false;
  execute(session_, "DELETE FROM case_sign_offs WHERE partnership_id = $1 AND case_id = $2",
          {record.partnership_id, record.id});
  for (const SignOff& signature : record.sign_offs) {
    execute(
        session_,
        "INSERT INTO case_sign_offs (case_id, partnership_id, partner, name, signed_on, "
        "signed_by, signed_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        {record.id, record.partnership_id, std::string(statutory_partner_name(signature.partner)),
         signature.name, date(signature.signed_on), sql_optional(signature.signed_by),
         optional_instant_value(signature.signed_at)});
  }
  // Agencies are only ever added to a case (app/cases add_case_agency), never taken off it.
  for (Id agency_id : record.agency_ids) {
    execute(session_,
            "INSERT INTO case_agencies (case_id, partnership_id, agency_id) VALUES ($1, $2, $3) "
            "ON CONFLICT (case_id, agency_id) DO NOTHING",
            {record.id, record.partnership_id, agency_id});
  }
  return true;
}

std::vector<SealedChild> SqlCaseRepository::children(Id partnership_id, Id case_id) {
  return all_of<SealedChild>(
      query(session_,
            "SELECT position, pseudonym, given_name, family_name, date_of_birth, sex, ethnicity, "
            "home_local_authority "
            "FROM case_children WHERE partnership_id = $1 AND case_id = $2 ORDER BY position",
            {partnership_id, case_id}),
      [](const Row& row) {
        return SealedChild{static_cast<int>(row.integer(0)),
                           row.text(1),
                           row.text(2),
                           row.text(3),
                           row.text(4),
                           row.text(5),
                           row.text(6),
                           row.text(7)};
      });
}

std::optional<CaseRecord> SqlCaseRepository::find_in_any_partnership(Id case_id) {
  auto records = complete(all_of<CaseRecord>(
      query(session_, std::string(case_columns) + "WHERE id = $1", {case_id}), case_from));
  if (records.empty()) return std::nullopt;
  return records.front();
}

std::vector<CaseRecord> SqlCaseRepository::list_at_stage_in_all_partnerships(CaseStage stage) {
  return complete(all_of<CaseRecord>(
      query(session_, std::string(case_columns) + "WHERE stage = $1 ORDER BY submitted_on, id",
            {std::string(case_stage_name(stage))}),
      case_from));
}

std::vector<CaseRecord> SqlCaseRepository::list_sent_in_all_partnerships() {
  return complete(all_of<CaseRecord>(
      query(session_,
            std::string(case_columns) + "WHERE sent_on IS NOT NULL ORDER BY sent_on DESC, id DESC"),
      case_from));
}

std::vector<CaseRecord> SqlCaseRepository::list_open_in_all_partnerships() {
  return complete(all_of<CaseRecord>(
      query(session_, std::string(case_columns) + "WHERE stage IN ($1, $2, $3, $4) ORDER BY id",
            {std::string(case_stage_name(CaseStage::notification)),
             std::string(case_stage_name(CaseStage::rapid_review)),
             std::string(case_stage_name(CaseStage::awaiting_panel_decision)),
             std::string(case_stage_name(CaseStage::recorded_only))}),
      case_from));
}

std::optional<AgencyRequest> SqlAgencyRequestRepository::add(const AgencyRequest& request) {
  auto rows = query(
      session_,
      "INSERT INTO agency_requests (partnership_id, case_id, agency_id, requested_on, due_on, "
      "requested_by, state) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING "
      "id",
      {request.partnership_id, request.case_id, request.agency_id, date(request.requested_on),
       date(request.due_on), request.requested_by,
       std::string(agency_response_state_name(AgencyResponseState::not_started))});
  if (rows.empty()) return std::nullopt;
  return find(request.partnership_id, rows.front().integer(0));
}

std::optional<AgencyRequest> SqlAgencyRequestRepository::find(Id partnership_id, Id request_id) {
  auto rows =
      query(session_, std::string(request_columns) + "WHERE partnership_id = $1 AND id = $2",
            {partnership_id, request_id});
  if (rows.empty()) return std::nullopt;
  return request_from(rows.front());
}

std::vector<AgencyRequest> SqlAgencyRequestRepository::list_for_case(Id partnership_id,
                                                                     Id case_id) {
  return all_of<AgencyRequest>(
      query(session_,
            std::string(request_columns) +
                "WHERE partnership_id = $1 AND case_id = $2 ORDER BY due_on, id",
            {partnership_id, case_id}),
      request_from);
}

std::vector<AgencyRequest> SqlAgencyRequestRepository::list_for_agency(Id partnership_id,
                                                                       Id agency_id) {
  return all_of<AgencyRequest>(
      query(session_,
            std::string(request_columns) +
                "WHERE partnership_id = $1 AND agency_id = $2 ORDER BY due_on, id",
            {partnership_id, agency_id}),
      request_from);
}

bool SqlAgencyRequestRepository::save_response(Id partnership_id, Id request_id,
                                               const std::string& summary,
                                               AgencyResponseState state, Instant now,
                                               std::optional<Id> submitted_by) {
  const bool submitting = state == AgencyResponseState::submitted;
  return execute(session_,
                 "UPDATE agency_requests SET summary = $1, state = $2, saved_at = $3, submitted_at "
                 "= $4, "
                 "submitted_by = $5 WHERE partnership_id = $6 AND id = $7 AND state <> 'submitted'",
                 {summary, std::string(agency_response_state_name(state)), format_instant(now),
                  submitting ? optional_instant_value(now) : sql_null(),
                  submitting ? sql_optional(submitted_by) : sql_null(), partnership_id,
                  request_id}) == 1;
}

std::vector<AgencyRequest> SqlAgencyRequestRepository::list_unsubmitted(Id partnership_id) {
  return all_of<AgencyRequest>(
      query(session_,
            std::string(request_columns) +
                "WHERE partnership_id = $1 AND state <> 'submitted' ORDER BY due_on, id",
            {partnership_id}),
      request_from);
}

std::vector<AgencyRequest> SqlAgencyRequestRepository::list_unsubmitted_in_all_partnerships() {
  return all_of<AgencyRequest>(
      query(session_,
            std::string(request_columns) + "WHERE state <> 'submitted' ORDER BY due_on, id"),
      request_from);
}

void SqlCaseEventRepository::add(const CaseEvent& event) {
  execute(session_,
          "INSERT INTO case_events (partnership_id, case_id, kind, at, on_date, user_id, "
          "user_name, detail) "
          "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
          {event.partnership_id, event.case_id, std::string(case_event_kind_name(event.kind)),
           format_instant(event.at), optional_date(event.on), sql_optional(event.user_id),
           event.user_name, event.detail});
}

std::vector<CaseEvent> SqlCaseEventRepository::list(Id partnership_id, Id case_id) {
  return all_of<CaseEvent>(
      query(session_,
            "SELECT id, partnership_id, case_id, kind, at, on_date, user_id, user_name, detail "
            "FROM case_events "
            "WHERE partnership_id = $1 AND case_id = $2 ORDER BY at, id",
            {partnership_id, case_id}),
      [](const Row& row) {
        CaseEvent event;
        event.id = row.integer(0);
        event.partnership_id = row.integer(1);
        event.case_id = row.integer(2);
        event.kind = row.stored(3, case_event_kind_from_name);
        event.at = row.instant(4);
        event.on = row.optional_date(5);
        event.user_id = row.optional_integer(6);
        event.user_name = row.text(7);
        event.detail = row.text(8);
        return event;
      });
}

Result<NationalReviewTheme> SqlNationalReviewThemeRepository::add(const std::string& name,
                                                                  Instant now) {
  auto rows = query(session_,
                    "INSERT INTO national_review_themes (name, created_at) VALUES ($1, $2) "
                    "ON CONFLICT DO NOTHING RETURNING id, name",
                    {name, format_instant(now)});
  if (rows.empty())
    return Error::of(ErrorCode::wrong_state, "A national review theme called " + name + " exists");
  return theme_from(rows.front());
}

std::optional<NationalReviewTheme> SqlNationalReviewThemeRepository::find(Id theme_id) {
  auto rows =
      query(session_, "SELECT id, name FROM national_review_themes WHERE id = $1", {theme_id});
  if (rows.empty()) return std::nullopt;
  return theme_from(rows.front());
}

std::optional<NationalReviewTheme> SqlNationalReviewThemeRepository::find_by_name(
    const std::string& name) {
  auto rows =
      query(session_, "SELECT id, name FROM national_review_themes WHERE name = $1", {name});
  if (rows.empty()) return std::nullopt;
  return theme_from(rows.front());
}

std::vector<NationalReviewTheme> SqlNationalReviewThemeRepository::list() {
  return all_of<NationalReviewTheme>(
      query(session_, "SELECT id, name FROM national_review_themes ORDER BY name"), theme_from);
}

int SqlNationalReviewThemeRepository::case_count(Id theme_id) {
  return static_cast<int>(
      query(session_, "SELECT COUNT(*) FROM cases WHERE theme_id = $1", {theme_id})
          .front()
          .integer(0));
}

std::optional<UploadedBankHolidays> SqlBankHolidayRepository::find(Id partnership_id) {
  auto rows = query(session_,
                    "SELECT file_text, first_year, last_year, uploaded_at, uploaded_by FROM "
                    "partnership_bank_holidays "
                    "WHERE partnership_id = $1",
                    {partnership_id});
  if (rows.empty()) return std::nullopt;
  const Row& row = rows.front();
  return UploadedBankHolidays{row.text(0), static_cast<int>(row.integer(1)),
                              static_cast<int>(row.integer(2)), row.instant(3), row.text(4)};
}

void SqlBankHolidayRepository::put(Id partnership_id, const UploadedBankHolidays& upload) {
  execute(session_,
          "INSERT INTO partnership_bank_holidays (partnership_id, file_text, first_year, "
          "last_year, uploaded_at, "
          "uploaded_by) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (partnership_id) DO UPDATE SET "
          "file_text = excluded.file_text, first_year = excluded.first_year, last_year = "
          "excluded.last_year, "
          "uploaded_at = excluded.uploaded_at, uploaded_by = excluded.uploaded_by",
          {partnership_id, upload.file_text, static_cast<std::int64_t>(upload.first_year),
           static_cast<std::int64_t>(upload.last_year), format_instant(upload.uploaded_at),
           upload.uploaded_by});
}

bool SqlReminderRepository::claim(const std::string& key, Id partnership_id, Id case_id,
                                  Instant now) {
  // ON CONFLICT DO NOTHING: a second claim, here or on another server, inserts nothing. INSERT …
  // SELECT from the partnership's own case: another partnership cannot claim its reminders.
  return !query(session_,
                "INSERT INTO reminders_sent (reminder_key, partnership_id, case_id, sent_at) "
                "SELECT $1, c.partnership_id, c.id, $2 FROM cases c "
                "WHERE c.partnership_id = $3 AND c.id = $4 "
                "ON CONFLICT DO NOTHING RETURNING reminder_key",
                {key, format_instant(now), partnership_id, case_id})
              .empty();
}

std::optional<NotificationDraft> SqlNotificationDraftRepository::find(Id partnership_id,
                                                                      Id user_id) {
  auto rows = query(session_,
                    "SELECT user_id, partnership_id, sealed_answers, updated_at "
                    "FROM notification_drafts WHERE partnership_id = $1 AND user_id = $2",
                    {partnership_id, user_id});
  if (rows.empty()) return std::nullopt;
  const Row& row = rows.front();
  return NotificationDraft{row.integer(0), row.integer(1), row.text(2), row.instant(3)};
}

void SqlNotificationDraftRepository::put(const NotificationDraft& draft) {
  execute(session_,
          "INSERT INTO notification_drafts (user_id, partnership_id, sealed_answers, updated_at) "
          "VALUES ($1, $2, $3, $4) ON CONFLICT (user_id) DO UPDATE SET "
          "partnership_id = excluded.partnership_id, sealed_answers = excluded.sealed_answers, "
          "updated_at = excluded.updated_at",
          {draft.user_id, draft.partnership_id, draft.sealed_answers,
           format_instant(draft.updated_at)});
}

bool SqlNotificationDraftRepository::remove(Id partnership_id, Id user_id) {
  return execute(session_,
                 "DELETE FROM notification_drafts WHERE partnership_id = $1 AND user_id = $2",
                 {partnership_id, user_id}) > 0;
}

int SqlNotificationDraftRepository::remove_updated_before_in_all_partnerships(Instant cutoff) {
  // Instants are stored as fixed-width UTC text ("2026-03-02T09:00:00Z"), so they compare as text.
  return static_cast<int>(execute(session_, "DELETE FROM notification_drafts WHERE updated_at < $1",
                                  {format_instant(cutoff)}));
}

}  // namespace casereview::store
