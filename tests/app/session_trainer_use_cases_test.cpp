// Another trainer for a session (issue 18, trainers): only an active trainer or business manager
// of the session's partnership, named by email address; never for a cancelled session or one that
// is over; audited once, and choosing the trainer it has changes nothing.
#include "training_fixture.hpp"

namespace casereview {
namespace {

class SessionTrainerUseCases : public TrainingUseCaseTest {};

TEST_P(SessionTrainerUseCases, ATrainerOrManagerOfThePartnershipTakesTheSessionOver) {
  const SessionView created = add_session(5);
  const Account second = add_account("second.trainer@north.example", {"trainer"});
  const Account manager = add_account("manager@north.example", {"manager"});
  const Account ann = add_learner("ann");
  const Account south = add_account("trainer@south.example", {"trainer"}, "SOUTH");
  const auto refusal = [&](const std::string& email) {
    auto changed = change_trainer(context(), as(trainer_), created.id, email);
    EXPECT_FALSE(changed.ok()) << email;
    if (changed.ok()) return std::string();
    EXPECT_EQ(changed.error().fields.at(0).field, "email");
    return changed.error().fields.at(0).message;
  };
  EXPECT_EQ(refusal("  "), "Enter the email address of the new trainer");
  for (const std::string& email :
       {ann.user.email, south.user.email, std::string("nobody@north.example")}) {
    EXPECT_EQ(refusal(email),
              "Enter the email address of a trainer or business manager of this partnership");
  }
  EXPECT_EQ(change_trainer(context(), as(ann), created.id, second.user.email).error().code,
            ErrorCode::forbidden);
  EXPECT_EQ(change_trainer(context(), as(south), created.id, second.user.email).error().code,
            ErrorCode::not_found);
  EXPECT_EQ(session(created.id, as(trainer_)).trainer_user_id, trainer_.user.id);

  auto changed = change_trainer(context(), as(trainer_), created.id, " " + second.user.email);
  ASSERT_TRUE(changed.ok()) << changed.error().message;
  EXPECT_EQ(changed.value().trainer_user_id, second.user.id);
  EXPECT_EQ(session(created.id, as(second)).trainer_name, second.user.name);
  ASSERT_TRUE(change_trainer(context(), as(second), created.id, second.user.email).ok());
  EXPECT_EQ(audit_entries("change-trainer", "success").size(), 1u);
  ASSERT_TRUE(change_trainer(context(), as(second), created.id, manager.user.email).ok());
  EXPECT_EQ(session(created.id, as(trainer_)).trainer_user_id, manager.user.id);

  // Over, its trainer stays as it was.
  at("2026-03-09T12:00:01Z");
  auto late = change_trainer(context(), as(trainer_), created.id, trainer_.user.email);
  ASSERT_FALSE(late.ok());
  EXPECT_EQ(late.error().code, ErrorCode::wrong_state);
  EXPECT_EQ(session(created.id, as(trainer_)).trainer_user_id, manager.user.id);
}

TEST_P(SessionTrainerUseCases, ACancelledSessionKeepsItsTrainer) {
  const SessionView created = add_session(5);
  const Account second = add_account("second.trainer@north.example", {"trainer"});
  ASSERT_TRUE(cancel_session(context(), as(trainer_), created.id, "The trainer is unwell").ok());
  auto changed = change_trainer(context(), as(trainer_), created.id, second.user.email);
  ASSERT_FALSE(changed.ok());
  EXPECT_EQ(changed.error().code, ErrorCode::wrong_state);
}

INSTANTIATE_TEST_SUITE_P(Engines, SessionTrainerUseCases,
                         ::testing::ValuesIn(testing_support::test_engines()),
                         testing_support::engine_test_name);

}  // namespace
}  // namespace casereview
