#include "app/demonstration_training.hpp"

#include <Poco/Dynamic/Var.h>
#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include "app/embedded_files.hpp"
#include "app/training/training_support.hpp"
#include "domain/training_charges.hpp"
#include "domain/uk_time.hpp"

namespace casereview {

namespace {

// Fictional practitioners of the partnership's agencies.
struct PractitionerSeed {
  const char* email;
  const char* name;
  const char* organisation;
  const char* job_role;
};

constexpr PractitionerSeed practitioners[] = {
    {"amira.haddad@northbrook.example", "Amira Haddad", "Northbrook Children's Social Care",
     "Social worker"},
    {"ben.okafor@northbrook.example", "Ben Okafor", "Northbrook Police", "Detective constable"},
    {"carys.jones@northbrook.example", "Carys Jones", "Northbrook Hospitals NHS Trust",
     "Paediatric nurse"},
    {"daniel.price@northbrook.example", "Daniel Price", "Northbrook Primary School",
     "Deputy head teacher"},
    {"eleni.markou@northbrook.example", "Eleni Markou", "Northbrook Integrated Care Board",
     "Health visitor"},
    {"femi.adeyemi@northbrook.example", "Femi Adeyemi", "Probation Service, Northbrook",
     "Probation officer"},
    {"grace.liu@northbrook.example", "Grace Liu", "Northbrook Children's Social Care",
     "Team manager"},
    {"harry.walsh@northbrook.example", "Harry Walsh", "Northbrook Housing", "Housing officer"},
    {"isla.murray@northbrook.example", "Isla Murray", "Northbrook Early Years Centre",
     "Nursery manager"},
    {"jamal.hussain@northbrook.example", "Jamal Hussain", "Northbrook Youth Service",
     "Youth worker"},
    {"kate.brennan@northbrook.example", "Kate Brennan", "Northbrook Hospitals NHS Trust",
     "Midwife"},
    {"lucy.evans@northbrook.example", "Lucy Evans", "Northbrook Children's Social Care",
     "Family support worker"},
};

Result<Course> bundled_course(Id partnership_id) {
  const auto& files = embedded_files();
  auto metadata = files.find("data/course-case-reviews.json");
  auto body = files.find("data/course-case-reviews.md");
  if (metadata == files.end() || body == files.end()) {
    return Error::of(ErrorCode::internal, "The bundled demonstration course is missing");
  }
  Course course;
  course.partnership_id = partnership_id;
  course.body_markdown = body->second;
  course.status = CourseStatus::published;
  try {
    auto object = Poco::JSON::Parser().parse(metadata->second).extract<Poco::JSON::Object::Ptr>();
    course.title = object->getValue<std::string>("title");
    course.summary = object->getValue<std::string>("summary");
    course.audience = object->getValue<std::string>("audience");
    course.wellbeing_note = object->getValue<std::string>("wellbeing_note");
    for (const auto& objective : *object->getArray("learning_objectives")) {
      course.learning_objectives += "- " + objective.convert<std::string>() + "\n";
    }
    for (const auto& item : *object->getArray("pre_reading")) {
      auto reading = item.extract<Poco::JSON::Object::Ptr>();
      course.pre_reading += "- **" + reading->getValue<std::string>("title") + "** (" +
                            reading->getValue<std::string>("publisher") + "). " +
                            reading->getValue<std::string>("note") + "\n";
    }
  } catch (const Poco::Exception& error) {
    return Error::of(ErrorCode::internal,
                     "The bundled demonstration course cannot be read: " + error.displayText());
  } catch (const std::exception& error) {
    return Error::of(
        ErrorCode::internal,
        std::string("The bundled demonstration course cannot be read: ") + error.what());
  }
  TRY(check_course(course));
  return course;
}

// Books `user_id` on the session as booked (taking a place) or waiting.
Status add_booking(Transaction& transaction, const TrainingSession& session, Id user_id,
                   Instant at) {
  Booking booking;
  booking.partnership_id = session.partnership_id;
  booking.session_id = session.id;
  booking.course_id = session.course_id;
  booking.user_id = user_id;
  booking.calendar_uid = training::new_calendar_uid();
  booking.state = transaction.training_sessions().take_place(session.partnership_id, session.id)
                      ? BookingState::booked
                      : BookingState::waiting;
  if (!transaction.bookings().add(booking, user_id, at)) {
    return Error::of(ErrorCode::internal, "A demonstration booking was refused");
  }
  return ok_status();
}

}  // namespace

Status load_training_demonstration(Transaction& transaction, const Partnership& partnership,
                                   Instant now, const std::string& password_hash) {
  const WorkingDayCalendar working_days = TRY(partnership_calendar(transaction, partnership.id));
  auto trainer = transaction.accounts().find_by_email("trainer@northbrook.example");
  auto learner = transaction.accounts().find_by_email("learner@northbrook.example");
  if (!trainer || !learner)
    return Error::of(ErrorCode::internal, "The demonstration trainer or learner is missing");

  std::vector<Id> people;
  for (const PractitionerSeed& seed : practitioners) {
    Account account;
    account.user.email = seed.email;
    account.user.name = seed.name;
    account.user.partnership_id = partnership.id;
    account.user.roles = {Role::learner};
    account.status = AccountStatus::active;
    account.password_hash = password_hash;
    account.organisation = seed.organisation;
    account.job_role = seed.job_role;
    people.push_back(TRY(transaction.accounts().create(account, now)).user.id);
  }

  // Rule TRN-9: the partnership charges agencies for late cancellations and no-shows.
  transaction.settings().set(partnership.id, "charge_half_day_pounds", "40");
  transaction.settings().set(partnership.id, "charge_full_day_pounds", "75");
  const ChargeRates rates{4000, 7500};

  const Course course = transaction.courses().create(TRY(bundled_course(partnership.id)), now);
  const CivilDate today = uk_date(now);
  auto schedule = [&](CivilDate date, SessionFormat format, int capacity, ClockTime start,
                      ClockTime end) {
    TrainingSession session;
    session.partnership_id = partnership.id;
    session.course_id = course.id;
    session.date = date;
    session.start_time = start;
    session.end_time = end;
    session.format = format;
    session.capacity = capacity;
    session.trainer_user_id = trainer->user.id;
    if (format == SessionFormat::virtual_session) {
      session.joining_link =
          "https://meet.northbrook.example/training/case-reviews-" + date.to_iso_string();
    } else {
      session.venue = "Training Room 2, Northbrook Civic Centre, Market Street, Northbrook";
    }
    return transaction.training_sessions().create(session, now);
  };

  // A session three weeks ago, its register marked, a certificate for the demonstration learner.
  CivilDate past_date = today.add_days(-21);
  while (!TRY(working_days.is_working_day(past_date))) past_date = past_date.add_days(-1);
  const TrainingSession past =
      schedule(past_date, SessionFormat::virtual_session, 12, {9, 30}, {12, 0});
  const Instant booked_at = uk_start_of_day(past_date.add_days(-14));
  const Instant marked_at = uk_instant(past_date, {12, 15});
  const std::vector<std::pair<Id, BookingState>> attendance = {
      {learner->user.id, BookingState::attended},
      {people[8], BookingState::attended},
      {people[9], BookingState::partly_attended},
      {people[10], BookingState::did_not_attend},
  };
  for (const auto& [user_id, state] : attendance) {
    TRY(add_booking(transaction, past, user_id, booked_at));
    auto booking = transaction.bookings().find_active(partnership.id, course.id, user_id);
    if (!booking) return Error::of(ErrorCode::internal, "A demonstration booking is missing");
    transaction.bookings().move(partnership.id, booking->id, BookingState::booked, state,
                                trainer->user.id, "", marked_at);
    if (state == BookingState::did_not_attend) {
      transaction.training_charges().record(
          charge_of(partnership.id, booking->id, ChargeReason::no_show, past, rates, marked_at));
    }
    // Rule TRN-5 (demonstration data is not audited, like the rest of `casereview demo`).
    if (earns_certificate(state, course.evaluation, false, true) &&
        !transaction.certificates().issue(partnership.id, booking->id, user_id,
                                          training::new_certificate_code(), marked_at)) {
      return Error::of(ErrorCode::internal, "A demonstration certificate code was taken");
    }
  }

  // A virtual session in two weeks, nearly full: 8 of 10 places.
  const TrainingSession nearly_full =
      schedule(TRY(working_days.add_working_days(today, 10)), SessionFormat::virtual_session, 10,
               {9, 30}, {12, 0});
  for (std::size_t index = 0; index < 8; ++index)
    TRY(add_booking(transaction, nearly_full, people[index], now));

  // In person in three weeks, full, with two on the waiting list (the demonstration learner
  // second).
  const TrainingSession full = schedule(TRY(working_days.add_working_days(today, 15)),
                                        SessionFormat::in_person, 3, {13, 30}, {16, 30});
  for (std::size_t index = 8; index < 12; ++index)
    TRY(add_booking(transaction, full, people[index], now));
  TRY(add_booking(transaction, full, learner->user.id, now));

  // A later virtual session with places.
  schedule(TRY(working_days.add_working_days(today, 30)), SessionFormat::virtual_session, 20,
           {9, 30}, {12, 0});
  return ok_status();
}

}  // namespace casereview
