// Attendance proven by a code (issue 18, Rule TRN-8): the trainer's code, kept once made; signing
// in only with a place, only with the right code and only from the session's start until 30
// minutes after its end; once; and the register showing who signed in and when. The session of
// the fixture runs on Monday 9 March 2026 from 9:30 to 12:00 (winter: UK time is UTC).
#include "app/accounts.hpp"
#include "app/training/attendance_codes.hpp"
#include "training_fixture.hpp"

namespace casereview {
namespace {

class AttendanceCodeUseCases : public TrainingUseCaseTest {};

TEST_P(AttendanceCodeUseCases, TheCodeIsMadeOnceByATrainerAndKept) {
  const SessionView created = add_session(5);
  const Account ann = add_learner("ann");
  EXPECT_EQ(show_attendance_code(context(), as(ann), created.id).error().code,
            ErrorCode::forbidden);
  auto first = show_attendance_code(context(), as(trainer_), created.id);
  ASSERT_TRUE(first.ok()) << first.error().message;
  EXPECT_EQ(first.value().code.size(), attendance_code_length);
  EXPECT_TRUE(normalise_attendance_code(first.value().code).has_value());
  EXPECT_EQ(first.value().valid_from, parse_instant("2026-03-09T09:30:00Z").value());
  EXPECT_EQ(first.value().valid_until, parse_instant("2026-03-09T12:30:00Z").value());
  auto again = show_attendance_code(context(), as(trainer_), created.id);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again.value().code, first.value().code);
  EXPECT_EQ(audit_entries("show-attendance-code", "success").size(), 1u);
  auto register_ = session_register(context(), as(trainer_), created.id);
  ASSERT_TRUE(register_.ok());
  ASSERT_TRUE(register_.value().attendance_code.has_value());
  EXPECT_EQ(register_.value().attendance_code->code, first.value().code);
  // Another partnership's trainer finds no such session.
  const Account other = add_account("trainer@south.example", {"trainer"}, "SOUTH");
  EXPECT_EQ(show_attendance_code(context(), as(other), created.id).error().code,
            ErrorCode::not_found);
}

TEST_P(AttendanceCodeUseCases, OnlyAPersonWithAPlaceSignsInWithTheRightCodeInItsTime) {
  const SessionView created = add_session(1);
  const Account ann = add_learner("ann");
  const Account bob = add_learner("bob");
  const Account cat = add_learner("cat");
  const BookingView booked = book(ann, created.id);
  const BookingView waiting = book(bob, created.id);
  ASSERT_EQ(waiting.state, BookingState::waiting);
  const std::string code = show_attendance_code(context(), as(trainer_), created.id).value().code;
  const auto refusal = [&](const Account& who, const std::string& typed) {
    auto signed_in = sign_in_to_session(context(), as(who), created.id, typed);
    EXPECT_FALSE(signed_in.ok());
    if (signed_in.ok()) return std::string();
    EXPECT_EQ(signed_in.error().code, ErrorCode::invalid_input);
    EXPECT_EQ(signed_in.error().fields.at(0).field, "code");
    return signed_in.error().fields.at(0).message;
  };
  // Before the start, one second before, and after the half hour that follows the end.
  at("2026-03-09T09:29:59Z");
  EXPECT_EQ(refusal(ann, code),
            "You can enter the attendance code from the start of the session until 30 minutes "
            "after it ends");
  at("2026-03-09T12:30:01Z");
  EXPECT_EQ(refusal(ann, code),
            "You can enter the attendance code from the start of the session until 30 minutes "
            "after it ends");
  at("2026-03-09T10:00:00Z");
  EXPECT_EQ(refusal(bob, code), "You do not have a place on this session");
  EXPECT_EQ(refusal(cat, code), "You do not have a place on this session");
  EXPECT_EQ(refusal(ann, ""), "Enter the attendance code your trainer shows");
  EXPECT_EQ(refusal(ann, "K7MQ"), "Enter the code as your trainer shows it, like K7MQ4R");
  const std::string wrong = code == "AAAAAA" ? "CCCCCC" : "AAAAAA";
  EXPECT_EQ(refusal(ann, wrong), "The attendance code is not right: check it with your trainer");
  EXPECT_FALSE(view_booking(context(), as(ann), booked.id).value().signed_in_at.has_value());
  EXPECT_TRUE(view_booking(context(), as(ann), booked.id).value().can_sign_in);

  // Typed in lower case with a space, it signs her in, once: the first time stays.
  std::string typed = code;
  for (char& c : typed) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  typed.insert(3, " ");
  auto signed_in = sign_in_to_session(context(), as(ann), created.id, typed);
  ASSERT_TRUE(signed_in.ok()) << signed_in.error().message;
  EXPECT_EQ(signed_in.value(), parse_instant("2026-03-09T10:00:00Z").value());
  at("2026-03-09T12:30:00Z");
  auto again = sign_in_to_session(context(), as(ann), created.id, code);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again.value(), signed_in.value());
  EXPECT_EQ(audit_entries("sign-in-to-session", "success").size(), 1u);
  const BookingView viewed = view_booking(context(), as(ann), booked.id).value();
  EXPECT_EQ(viewed.signed_in_at, signed_in.value());
  EXPECT_FALSE(viewed.can_sign_in);

  // The register shows who signed in and when; a mark keeps it.
  auto register_ = session_register(context(), as(trainer_), created.id);
  ASSERT_TRUE(register_.ok());
  ASSERT_EQ(register_.value().booked.size(), 1u);
  EXPECT_EQ(register_.value().booked[0].signed_in_at, signed_in.value());
  ASSERT_EQ(register_.value().waiting.size(), 1u);
  EXPECT_FALSE(register_.value().waiting[0].signed_in_at.has_value());
  ASSERT_TRUE(mark_attendance(context(), as(trainer_), created.id, {{booked.id, "attended"}}).ok());
  EXPECT_EQ(session_register(context(), as(trainer_), created.id).value().booked[0].signed_in_at,
            signed_in.value());
  const std::string csv = register_csv(context(), as(trainer_), created.id).value().content;
  EXPECT_NE(csv.find(",9 March 2026 at 10am\r\n"), std::string::npos) << csv;
}

TEST_P(AttendanceCodeUseCases, NoCodeHasBeenShownSoNoneIsRight) {
  const SessionView created = add_session(2);
  const Account ann = add_learner("ann");
  book(ann, created.id);
  at("2026-03-09T10:00:00Z");
  auto signed_in = sign_in_to_session(context(), as(ann), created.id, "K7MQ4R");
  ASSERT_FALSE(signed_in.ok());
  EXPECT_EQ(signed_in.error().fields.at(0).message,
            "The attendance code is not right: check it with your trainer");
  EXPECT_EQ(sign_in_to_session(context(), as(ann), 999999, "K7MQ4R").error().code,
            ErrorCode::not_found);
}

// Rule TRN-5 with the partnership's setting: a certificate only for people marked attended who
// signed in with the code — also when they sign in after the trainer marked them.
TEST_P(AttendanceCodeUseCases, WhenThePartnershipNeedsTheCodeACertificateWaitsForIt) {
  const Account admin = add_account("admin@north.example", {"admin"});
  std::map<std::string, std::string> settings{{course_booking_key, "own_workforce"},
                                              {certificates_need_code_key, "yes"}};
  for (const SettingSpec& spec : partnership_setting_specs)
    settings[spec.key] = std::to_string(spec.default_value);
  ASSERT_TRUE(
      update_settings(context(), as(admin), ensure_partnership("NORTH").name, settings).ok());
  const SessionView created = add_session(5);
  const Account ann = add_learner("ann");
  const Account bob = add_learner("bob");
  const BookingView ann_place = book(ann, created.id);
  const BookingView bob_place = book(bob, created.id);
  const std::string code = show_attendance_code(context(), as(trainer_), created.id).value().code;
  at("2026-03-09T10:00:00Z");
  ASSERT_TRUE(sign_in_to_session(context(), as(ann), created.id, code).ok());
  at("2026-03-09T12:05:00Z");
  auto marked = mark_attendance(context(), as(trainer_), created.id,
                                {{ann_place.id, "attended"}, {bob_place.id, "attended"}});
  ASSERT_TRUE(marked.ok()) << marked.error().message;
  EXPECT_TRUE(marked.value().certificates_need_code);
  const auto certificate_of = [&](Id booking_id) -> std::optional<std::string> {
    const auto read = session_register(context(), as(trainer_), created.id);
    for (const RegisterEntry& entry : read.value().booked)
      if (entry.booking_id == booking_id) return entry.certificate_code;
    return std::nullopt;
  };
  EXPECT_TRUE(certificate_of(ann_place.id).has_value());
  EXPECT_FALSE(certificate_of(bob_place.id).has_value()) << "attended, but not signed in";
  // Bob signs in within the half hour after the end: his certificate follows.
  at("2026-03-09T12:20:00Z");
  ASSERT_TRUE(sign_in_to_session(context(), as(bob), created.id, code).ok());
  EXPECT_TRUE(certificate_of(bob_place.id).has_value());
}

INSTANTIATE_TEST_SUITE_P(Engines, AttendanceCodeUseCases,
                         ::testing::ValuesIn(testing_support::test_engines()),
                         testing_support::engine_test_name);

}  // namespace
}  // namespace casereview
