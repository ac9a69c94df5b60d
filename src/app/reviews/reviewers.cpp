// The review's reviewers: see the header. Rule REV-4 and need to know.
#include "app/reviews/reviewers.hpp"

#include <algorithm>

#include "app/audit.hpp"
#include "app/cases/case_support.hpp"
#include "app/reviews/review_support.hpp"
#include "domain/messages.hpp"
#include "domain/partnership_settings.hpp"

namespace casereview {

namespace {

using namespace case_support;
using namespace review_support;

// The item of an error named "affiliations[12].from": 12.
std::size_t item_index(const std::string& field) {
  const std::size_t open = field.find('[');
  return open == std::string::npos ? 0 : std::stoul(field.substr(open + 1));
}

// "lead reviewer", "independent author".
std::string role_words(ReviewerRole role) {
  std::string words(reviewer_role_text(role));
  words[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(words[0])));
  return words;
}

// A date of an affiliation: required (from) or optional (to). invalid_input on `field`.
Result<std::optional<CivilDate>> affiliation_date(const std::string& field, const std::string& text,
                                                  const std::string& what, bool required) {
  if (is_blank(text)) {
    if (required) return Error::invalid({{field, enter("the " + what)}});
    return std::optional<CivilDate>();
  }
  auto parsed = parse_iso_date(field, text);
  if (!parsed) return Error::invalid({{field, "The " + what + " must be a real date"}});
  return std::optional<CivilDate>(parsed.value());
}

// Rule REV-4: the list's dates and agencies, then the domain's own checks; every error named by
// item and field.
Result<std::vector<DeclaredAffiliation>> checked_affiliations(
    Transaction& transaction, Id partnership_id, const std::vector<AffiliationInput>& inputs) {
  std::vector<FieldError> problems;
  std::vector<DeclaredAffiliation> affiliations;
  for (std::size_t index = 0; index < inputs.size(); ++index) {
    const AffiliationInput& input = inputs[index];
    const std::string prefix = "affiliations[" + std::to_string(index) + "].";
    DeclaredAffiliation affiliation;
    affiliation.organisation = trimmed(input.organisation);
    if (input.agency_id) {
      auto agency = transaction.agencies().find(partnership_id, *input.agency_id);
      if (agency) {
        affiliation.agency_id = agency->id;
        affiliation.organisation = agency->name;
      } else {
        problems.push_back({prefix + "agency_id", "Select an agency of your partnership"});
      }
    }
    if (affiliation.organisation.size() > limits::name)
      problems.push_back({prefix + "organisation", too_long("The organisation", limits::name)});
    auto from = affiliation_date(prefix + "from", input.from, "start date", true);
    if (from.ok() && from.value().has_value()) {
      affiliation.from = *from.value();
    } else if (!from) {
      problems.push_back(from.error().fields.front());
    }
    auto to = affiliation_date(prefix + "to", input.to, "end date", false);
    if (to) {
      affiliation.to = to.value();
    } else {
      problems.push_back(to.error().fields.front());
    }
    affiliations.push_back(std::move(affiliation));
  }
  // The organisation-or-agency rule and the order of the dates, on the items whose dates are real.
  auto domain = check_affiliations(affiliations);
  if (!domain) {
    for (const FieldError& field : domain.error().fields) {
      const std::string item = field.field.substr(0, field.field.find('.') + 1);
      const bool dates_unreal =
          std::any_of(problems.begin(), problems.end(), [&](const FieldError& problem) {
            return problem.field == item + "from" || problem.field == item + "to";
          });
      if (!dates_unreal || field.field.ends_with(".organisation")) problems.push_back(field);
    }
  }
  if (!problems.empty()) {
    // In the order of the list.
    std::stable_sort(problems.begin(), problems.end(),
                     [](const FieldError& a, const FieldError& b) {
                       return item_index(a.field) < item_index(b.field);
                     });
    return Error::invalid(problems);
  }
  return affiliations;
}

}  // namespace

Result<std::vector<DeclaredAffiliation>> my_affiliations(AppContext& context,
                                                         const Caller& caller) {
  TRY(require_permission(caller, Permission::declare_affiliations));
  const Id user_id = caller.actor->user_id;
  return context.storage.transact(
      TransactionMode::read,
      [&](Transaction& transaction) -> Result<std::vector<DeclaredAffiliation>> {
        return transaction.reviews().affiliations(user_id);
      });
}

// Rule REV-4.
Result<std::vector<DeclaredAffiliation>> replace_my_affiliations(
    AppContext& context, const Caller& caller, const std::vector<AffiliationInput>& affiliations) {
  TRY(require_permission(caller, Permission::declare_affiliations));
  const Id partnership_id = TRY(caller_partnership(caller));
  const Id user_id = caller.actor->user_id;
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write,
      [&](Transaction& transaction) -> Result<std::vector<DeclaredAffiliation>> {
        std::vector<DeclaredAffiliation> checked =
            TRY(checked_affiliations(transaction, partnership_id, affiliations));
        transaction.reviews().replace_affiliations(user_id, checked);
        record_audit(transaction, caller, now,
                     {audit_action::update_affiliations, audit_entity::reviewer_affiliations,
                      std::to_string(user_id), audit_outcome::success,
                      std::to_string(checked.size()) + " declared", partnership_id});
        return transaction.reviews().affiliations(user_id);
      });
}

Result<std::vector<User>> reviewer_candidates(AppContext& context, const Caller& caller) {
  TRY(require_permission(caller, Permission::run_reviews));
  const Id partnership_id = TRY(caller_partnership(caller));
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<std::vector<User>> {
        return users_with_role(transaction, partnership_id, Role::reviewer);
      });
}

// Rule REV-4.
Result<ReviewView> appoint_reviewer(AppContext& context, const Caller& caller, Id case_id,
                                    const AppointInput& input) {
  TRY(require_permission(caller, Permission::run_reviews));
  const Id partnership_id = TRY(caller_partnership(caller));
  std::vector<FieldError> problems;
  if (!input.user_id) problems.push_back({"user_id", "Select the reviewer"});
  const std::optional<ReviewerRole> role = reviewer_role_from_name(input.role);
  if (!role) problems.push_back({"role", "Select the reviewer's role"});
  if (input.exception_reason.size() > limits::exception_reason)
    problems.push_back(
        {"exception_reason", too_long("The reason for the exception", limits::exception_reason)});
  if (!problems.empty()) return Error::invalid(problems);
  const CivilDate on = today(context);
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<ReviewView> {
        CaseWithReview found = TRY(case_with_review(transaction, partnership_id, case_id));
        const std::vector<User> reviewers =
            users_with_role(transaction, partnership_id, Role::reviewer);
        auto reviewer = std::find_if(reviewers.begin(), reviewers.end(),
                                     [&](const User& user) { return user.id == *input.user_id; });
        if (reviewer == reviewers.end())
          return Error::invalid({{"user_id", "Select a reviewer of your partnership"}});
        if (found.review.reviewer_in(*role)) {
          return Error::of(ErrorCode::wrong_state,
                           "The review has its " + role_words(*role) + " already");
        }
        const SettingValues settings =
            TRY(settings_with_defaults(transaction.settings().all(partnership_id)));
        std::vector<AgencyInScope> in_scope;
        for (Id agency_id : found.review.agency_ids) {
          if (auto agency = transaction.agencies().find(partnership_id, agency_id))
            in_scope.push_back({agency->id, agency->name});
        }
        // Rule REV-4: refused for a CSPR when affiliated with an agency in scope, unless the
        // committee records an exception with its reason; a warning for a learning review.
        IndependenceCheck check = TRY(check_reviewer_independence(
            found.review.kind, transaction.reviews().affiliations(reviewer->id), in_scope, on,
            settings.time_scales.at("independence_years"), trimmed(input.exception_reason)));
        ReviewerAppointment appointment;
        appointment.role = *role;
        appointment.user_id = reviewer->id;
        appointment.verdict = check.verdict;
        for (const IndependenceConflict& conflict : check.conflicts) {
          if (!appointment.conflicts.empty()) appointment.conflicts += "; ";
          appointment.conflicts += conflict.description;
        }
        appointment.exception_reason = check.exception_reason;
        appointment.appointed_by = caller.actor->user_id;
        appointment.appointed_at = now;
        if (!transaction.reviews().add_reviewer(partnership_id, found.review.id, appointment)) {
          return Error::of(ErrorCode::wrong_state,
                           "The review has its " + role_words(*role) + " already");
        }
        found.review.reviewers.push_back(appointment);
        std::string event = std::string(reviewer_role_text(*role)) + ": " + reviewer->name + ".";
        std::string detail = found.record.reference + ": " +
                             std::string(reviewer_role_name(*role)) + ", " +
                             std::string(independence_verdict_name(check.verdict));
        switch (check.verdict) {
          case IndependenceVerdict::independent:
            break;
          case IndependenceVerdict::warning:
            event += " Affiliated with an agency in scope: " + appointment.conflicts + ".";
            detail += " (" + appointment.conflicts + ")";
            break;
          case IndependenceVerdict::exception:
            event += " Appointed by exception: " + appointment.conflicts + ".";
            detail += " (" + appointment.conflicts + "). Reason: " + appointment.exception_reason;
            break;
        }
        add_event(transaction, caller, now, found.record, CaseEventKind::reviewer_appointed, on,
                  event);
        record_audit(
            transaction, caller, now,
            {audit_action::appoint_reviewer, audit_entity::review, std::to_string(found.review.id),
             audit_outcome::success, detail, partnership_id});
        return review_view(transaction, found.record, std::move(found.review), on);
      });
}

// Rule NTK-2 (need to know).
Result<AppointedReviewsPage> my_appointed_reviews(AppContext& context, const Caller& caller,
                                                  int page) {
  TRY(require_permission(caller, Permission::view_appointed_reviews));
  const Id partnership_id = TRY(caller_partnership(caller));
  const Id user_id = caller.actor->user_id;
  const CivilDate on = today(context);
  return context.storage.transact(
      TransactionMode::read, [&](Transaction& transaction) -> Result<AppointedReviewsPage> {
        AppointedReviewsPage listed;
        listed.total = transaction.reviews().count_for_reviewer(partnership_id, user_id);
        listed.page_count = std::max(
            1, (listed.total + appointed_reviews_page_size - 1) / appointed_reviews_page_size);
        listed.page = std::clamp(page, 1, listed.page_count);
        for (ReviewRecord& review : transaction.reviews().list_for_reviewer(
                 partnership_id, user_id, appointed_reviews_page_size,
                 (listed.page - 1) * appointed_reviews_page_size)) {
          auto record = transaction.cases().find(partnership_id, review.case_id);
          if (!record) continue;
          AppointedReview appointed;
          for (ReviewerRole role : all_reviewer_roles) {
            const ReviewerAppointment* held = review.reviewer_in(role);
            if (held && held->user_id == user_id) {
              appointed.role = role;
              break;
            }
          }
          appointed.view = TRY(review_view(transaction, *record, std::move(review), on));
          listed.reviews.push_back(std::move(appointed));
        }
        return listed;
      });
}

bool appointed_to_case(Transaction& transaction, const Actor& actor, Id partnership_id,
                       Id case_id) {
  if (!actor.has_role(Role::reviewer) || actor.partnership_id != partnership_id) return false;
  auto review = transaction.reviews().find_for_case(partnership_id, case_id);
  return review && review->has_reviewer(actor.user_id);
}

}  // namespace casereview
