// The review's SQL (app/ports/reviews.hpp): reviews, their agencies in scope and their pauses.
#include "store/sql_review_repositories.hpp"

#include <algorithm>

#include "store/sql.hpp"

namespace casereview::store {

namespace {

constexpr const char* review_columns =
    "SELECT id, partnership_id, case_id, kind, methodology, methodology_other, scope_from, "
    "scope_to, terms_of_reference, rationale, commissioned_by, commissioned_at, decided_on, "
    "timescale_months, stage, panel_reviewer FROM reviews ";

ReviewRecord review_from(const Row& row) {
  ReviewRecord review;
  review.id = row.integer(0);
  review.partnership_id = row.integer(1);
  review.case_id = row.integer(2);
  review.kind = row.stored(3, review_outcome_from_name);
  review.methodology = row.text(4);
  review.methodology_other = row.text(5);
  review.scope_from = row.date(6);
  review.scope_to = row.date(7);
  review.terms_of_reference = row.text(8);
  review.rationale = row.text(9);
  review.commissioned_by = row.integer(10);
  review.commissioned_at = row.instant(11);
  review.decided_on = row.date(12);
  review.timescale_months = static_cast<int>(row.integer(13));
  review.stage = row.stored(14, review_stage_from_name);
  review.panel_reviewer = row.text(15);
  return review;
}

SqlValue optional_date(const std::optional<CivilDate>& value) {
  if (!value) return sql_null();
  return value->to_iso_string();
}

}  // namespace

std::optional<ReviewRecord> SqlReviewRepository::add(const ReviewRecord& review) {
  auto rows = query(
      session_,
      "INSERT INTO reviews (partnership_id, case_id, kind, methodology, methodology_other, "
      "scope_from, scope_to, terms_of_reference, rationale, commissioned_by, commissioned_at, "
      "decided_on, timescale_months, stage, panel_reviewer) VALUES ($1, $2, $3, $4, $5, $6, $7, "
      "$8, $9, $10, $11, $12, $13, $14, $15) ON CONFLICT DO NOTHING RETURNING id",
      {review.partnership_id, review.case_id, std::string(review_outcome_name(review.kind)),
       review.methodology, review.methodology_other, review.scope_from.to_iso_string(),
       review.scope_to.to_iso_string(), review.terms_of_reference, review.rationale,
       review.commissioned_by, format_instant(review.commissioned_at),
       review.decided_on.to_iso_string(), static_cast<std::int64_t>(review.timescale_months),
       std::string(review_stage_name(review.stage)), review.panel_reviewer});
  if (rows.empty()) return std::nullopt;
  const Id review_id = rows.front().integer(0);
  std::int64_t position = 0;
  for (Id agency_id : review.agency_ids) {
    execute(session_,
            "INSERT INTO review_agencies (review_id, agency_id, position) VALUES ($1, $2, $3)",
            {review_id, agency_id, position++});
  }
  return find_for_case(review.partnership_id, review.case_id);
}

std::optional<ReviewRecord> SqlReviewRepository::find_for_case(Id partnership_id, Id case_id) {
  std::vector<ReviewRecord> found;
  for (const Row& row :
       query(session_, std::string(review_columns) + "WHERE partnership_id = $1 AND case_id = $2",
             {partnership_id, case_id})) {
    found.push_back(review_from(row));
  }
  if (found.empty()) return std::nullopt;
  return complete(std::move(found)).front();
}

std::vector<ReviewRecord> SqlReviewRepository::list(Id partnership_id) {
  std::vector<ReviewRecord> found;
  for (const Row& row :
       query(session_,
             std::string(review_columns) + "WHERE partnership_id = $1 ORDER BY commissioned_at, id",
             {partnership_id})) {
    found.push_back(review_from(row));
  }
  return complete(std::move(found));
}

// Rule NTK-2: only the reviews with a review_reviewers row of the user.
std::vector<ReviewRecord> SqlReviewRepository::list_for_reviewer(Id partnership_id, Id user_id,
                                                                 int limit, int offset) {
  std::vector<ReviewRecord> found;
  for (const Row& row :
       query(session_,
             std::string(review_columns) +
                 "WHERE partnership_id = $1 AND id IN (SELECT review_id FROM review_reviewers "
                 "WHERE user_id = $2) ORDER BY commissioned_at, id LIMIT $3 OFFSET $4",
             {partnership_id, user_id, static_cast<std::int64_t>(limit),
              static_cast<std::int64_t>(offset)})) {
    found.push_back(review_from(row));
  }
  return complete(std::move(found));
}

int SqlReviewRepository::count_for_reviewer(Id partnership_id, Id user_id) {
  return static_cast<int>(
      query(session_,
            "SELECT COUNT(*) FROM reviews WHERE partnership_id = $1 AND id IN (SELECT review_id "
            "FROM review_reviewers WHERE user_id = $2)",
            {partnership_id, user_id})
          .front()
          .integer(0));
}

bool SqlReviewRepository::owns(Id partnership_id, Id review_id) {
  return !query(session_, "SELECT id FROM reviews WHERE partnership_id = $1 AND id = $2",
                {partnership_id, review_id})
              .empty();
}

bool SqlReviewRepository::save_pauses(Id partnership_id, Id review_id,
                                      const std::vector<ReviewPause>& pauses) {
  if (!owns(partnership_id, review_id)) return false;
  execute(session_, "DELETE FROM review_pauses WHERE review_id = $1", {review_id});
  for (const ReviewPause& pause : pauses) {
    execute(session_,
            "INSERT INTO review_pauses (review_id, reason, reason_text, paused_on, resumed_on) "
            "VALUES ($1, $2, $3, $4, $5)",
            {review_id, std::string(pause_reason_name(pause.reason)), pause.other_reason,
             pause.paused_on.to_iso_string(), optional_date(pause.resumed_on)});
  }
  return true;
}

bool SqlReviewRepository::set_stage(Id partnership_id, Id review_id, ReviewStage stage) {
  return execute(session_, "UPDATE reviews SET stage = $1 WHERE partnership_id = $2 AND id = $3",
                 {std::string(review_stage_name(stage)), partnership_id, review_id}) == 1;
}

std::optional<Id> SqlReviewRepository::add_monitoring_check(Id partnership_id, Id review_id,
                                                            const MonitoringCheck& check) {
  if (!owns(partnership_id, review_id)) return std::nullopt;
  auto rows =
      query(session_,
            "INSERT INTO review_monitoring_checks (review_id, checked_on, status, note, "
            "draft_requested, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7) "
            "RETURNING id",
            {review_id, check.checked_on.to_iso_string(),
             std::string(monitoring_outcome_name(check.outcome)), check.note,
             static_cast<std::int64_t>(check.draft == DraftRequest::requested ? 1 : 0),
             check.recorded_by, format_instant(check.recorded_at)});
  return rows.front().integer(0);
}

bool SqlReviewRepository::add_reviewer(Id partnership_id, Id review_id,
                                       const ReviewerAppointment& appointment) {
  if (!owns(partnership_id, review_id)) return false;
  return execute(session_,
                 "INSERT INTO review_reviewers (review_id, role, user_id, verdict, conflicts, "
                 "exception_reason, appointed_by, appointed_at) VALUES ($1, $2, $3, $4, $5, $6, "
                 "$7, $8) ON CONFLICT DO NOTHING",
                 {review_id, std::string(reviewer_role_name(appointment.role)), appointment.user_id,
                  std::string(independence_verdict_name(appointment.verdict)),
                  appointment.conflicts, appointment.exception_reason, appointment.appointed_by,
                  format_instant(appointment.appointed_at)}) == 1;
}

std::vector<DeclaredAffiliation> SqlReviewRepository::affiliations(Id user_id) {
  std::vector<DeclaredAffiliation> found;
  for (const Row& row : query(session_,
                              "SELECT agency_id, organisation, from_on, to_on FROM "
                              "reviewer_affiliations WHERE user_id = $1 ORDER BY from_on, id",
                              {user_id})) {
    DeclaredAffiliation affiliation;
    affiliation.agency_id = row.optional_integer(0);
    affiliation.organisation = row.text(1);
    affiliation.from = row.date(2);
    affiliation.to = row.optional_date(3);
    found.push_back(std::move(affiliation));
  }
  return found;
}

void SqlReviewRepository::replace_affiliations(
    Id user_id, const std::vector<DeclaredAffiliation>& affiliations) {
  execute(session_, "DELETE FROM reviewer_affiliations WHERE user_id = $1", {user_id});
  for (const DeclaredAffiliation& affiliation : affiliations) {
    execute(session_,
            "INSERT INTO reviewer_affiliations (user_id, agency_id, organisation, from_on, to_on) "
            "VALUES ($1, $2, $3, $4, $5)",
            {user_id, sql_optional(affiliation.agency_id), affiliation.organisation,
             affiliation.from.to_iso_string(), optional_date(affiliation.to)});
  }
}

std::vector<ReviewRecord> SqlReviewRepository::complete(std::vector<ReviewRecord> reviews) {
  for (ReviewRecord& review : reviews) {
    for (const Row& row : query(session_,
                                "SELECT agency_id FROM review_agencies WHERE review_id = $1 "
                                "ORDER BY position",
                                {review.id})) {
      review.agency_ids.push_back(row.integer(0));
    }
    for (const Row& row : query(session_,
                                "SELECT reason, reason_text, paused_on, resumed_on FROM "
                                "review_pauses WHERE review_id = $1 ORDER BY paused_on, id",
                                {review.id})) {
      review.pauses.push_back(
          {row.stored(0, pause_reason_from_name), row.text(1), row.date(2), row.optional_date(3)});
    }
    for (const Row& row : query(session_,
                                "SELECT id, checked_on, status, note, draft_requested, "
                                "recorded_by, recorded_at FROM review_monitoring_checks WHERE "
                                "review_id = $1 ORDER BY checked_on, id",
                                {review.id})) {
      review.monitoring_checks.push_back(
          {row.integer(0), row.date(1), row.stored(2, monitoring_outcome_from_name), row.text(3),
           row.integer(4) != 0 ? DraftRequest::requested : DraftRequest::not_requested,
           row.integer(5), row.instant(6)});
    }
    for (const Row& row : query(session_,
                                "SELECT role, user_id, verdict, conflicts, exception_reason, "
                                "appointed_by, appointed_at FROM review_reviewers WHERE "
                                "review_id = $1",
                                {review.id})) {
      review.reviewers.push_back({row.stored(0, reviewer_role_from_name), row.integer(1),
                                  row.stored(2, independence_verdict_from_name), row.text(3),
                                  row.text(4), row.integer(5), row.instant(6)});
    }
    std::sort(
        review.reviewers.begin(), review.reviewers.end(),
        [](const ReviewerAppointment& a, const ReviewerAppointment& b) { return a.role < b.role; });
  }
  return reviews;
}

}  // namespace casereview::store
