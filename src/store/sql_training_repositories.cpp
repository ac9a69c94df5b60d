#include "store/sql_training_repositories.hpp"

namespace casereview::store {

namespace {

Result<ClockTime> stored_clock_time(const std::string& text) {
  return parse_clock_time("time", "time", text);
}

std::int64_t number(int value) { return static_cast<std::int64_t>(value); }

const char* const course_columns =
    "SELECT id, partnership_id, title, summary, audience, learning_objectives, wellbeing_note, "
    "pre_reading, body, "
    "status, evaluation_required, created_at, updated_at FROM courses ";

Course course_from(const Row& row) {
  Course course;
  course.id = row.integer(0);
  course.partnership_id = row.integer(1);
  course.title = row.text(2);
  course.summary = row.text(3);
  course.audience = row.text(4);
  course.learning_objectives = row.text(5);
  course.wellbeing_note = row.text(6);
  course.pre_reading = row.text(7);
  course.body_markdown = row.text(8);
  course.status = row.stored(9, course_status_from_name);
  course.evaluation = row.integer(10) != 0 ? EvaluationRequirement::required_before_certificate
                                           : EvaluationRequirement::optional;
  course.created_at = row.instant(11);
  course.updated_at = row.instant(12);
  return course;
}

std::int64_t evaluation_flag(EvaluationRequirement requirement) {
  switch (requirement) {
    case EvaluationRequirement::optional:
      return 0;
    case EvaluationRequirement::required_before_certificate:
      return 1;
  }
  return 0;
}

const char* const session_columns =
    "SELECT id, partnership_id, course_id, session_date, start_time, end_time, format, "
    "joining_link, venue, capacity, "
    "booked_count, trainer_user_id, booking_cutoff, cancellation_cutoff, status, "
    "cancellation_reason, created_at "
    "FROM training_sessions ";

TrainingSession session_from(const Row& row) {
  TrainingSession session;
  session.id = row.integer(0);
  session.partnership_id = row.integer(1);
  session.course_id = row.integer(2);
  session.date = row.date(3);
  session.start_time = row.stored(4, stored_clock_time);
  session.end_time = row.stored(5, stored_clock_time);
  session.format = row.stored(6, session_format_from_name);
  session.joining_link = row.text(7);
  session.venue = row.text(8);
  session.capacity = static_cast<int>(row.integer(9));
  session.booked_count = static_cast<int>(row.integer(10));
  session.trainer_user_id = row.integer(11);
  session.booking_cutoff_working_days = static_cast<int>(row.integer(12));
  session.cancellation_cutoff_working_days = static_cast<int>(row.integer(13));
  session.status = row.stored(14, session_status_from_name);
  session.cancellation_reason = row.text(15);
  session.created_at = row.instant(16);
  return session;
}

const char* const booking_columns =
    "SELECT b.id, b.partnership_id, b.session_id, b.course_id, b.user_id, b.state, "
    "b.waiting_sequence, "
    "b.created_at, b.updated_at, b.calendar_uid FROM bookings b ";

Booking booking_from(const Row& row) {
  Booking booking;
  booking.id = row.integer(0);
  booking.partnership_id = row.integer(1);
  booking.session_id = row.integer(2);
  booking.course_id = row.integer(3);
  booking.user_id = row.integer(4);
  booking.state = row.stored(5, booking_state_from_name);
  booking.waiting_sequence = row.optional_integer(6);
  booking.created_at = row.instant(7);
  booking.updated_at = row.instant(8);
  booking.calendar_uid = row.text(9);
  return booking;
}

const char* const certificate_columns =
    "SELECT id, partnership_id, booking_id, user_id, code, issued_at, withdrawn_at FROM "
    "certificates ";

Certificate certificate_from(const Row& row) {
  return Certificate{row.integer(0), row.integer(1), row.integer(2),         row.integer(3),
                     row.text(4),    row.instant(5), row.optional_instant(6)};
}

Evaluation evaluation_from(const Row& row) {
  return Evaluation{row.integer(0), static_cast<int>(row.integer(1)), row.text(2), row.text(3),
                    row.instant(4)};
}

template <typename T>
std::optional<T> first(std::vector<T> items) {
  if (items.empty()) return std::nullopt;
  return std::move(items.front());
}

}  // namespace

// Courses ----------------------------------------------------------------------------------

std::vector<Course> SqlCourseRepository::select_where(const std::string& condition,
                                                      const std::vector<SqlValue>& parameters) {
  std::vector<Course> courses;
  for (const Row& row : query(session_, std::string(course_columns) + condition, parameters)) {
    Course course = course_from(row);
    for (const Row& link :
         query(session_,
               "SELECT review_id FROM course_review_links WHERE partnership_id = $1 AND "
               "course_id = $2 ORDER BY review_id",
               {course.partnership_id, course.id})) {
      course.linked_review_ids.push_back(link.integer(0));
    }
    courses.push_back(std::move(course));
  }
  return courses;
}

void SqlCourseRepository::replace_links(const Course& course) {
  execute(session_, "DELETE FROM course_review_links WHERE partnership_id = $1 AND course_id = $2",
          {course.partnership_id, course.id});
  for (Id review_id : course.linked_review_ids) {
    execute(session_,
            "INSERT INTO course_review_links (partnership_id, course_id, review_id) VALUES ($1, "
            "$2, $3) "
            "ON CONFLICT DO NOTHING",
            {course.partnership_id, course.id, review_id});
  }
}

Course SqlCourseRepository::create(const Course& course, Instant now) {
  auto rows = query(session_,
                    "INSERT INTO courses (partnership_id, title, summary, audience, "
                    "learning_objectives, wellbeing_note, "
                    "pre_reading, body, status, evaluation_required, created_at, updated_at) "
                    "VALUES ($1, $2, $3, $4, $5, "
                    "$6, $7, $8, $9, $10, $11, $12) RETURNING id",
                    {course.partnership_id, course.title, course.summary, course.audience,
                     course.learning_objectives, course.wellbeing_note, course.pre_reading,
                     course.body_markdown, course_status_name(course.status),
                     evaluation_flag(course.evaluation), format_instant(now), format_instant(now)});
  Course created = course;
  created.id = rows.at(0).integer(0);
  created.created_at = now;
  created.updated_at = now;
  replace_links(created);
  return created;
}

bool SqlCourseRepository::update(const Course& course, Instant now) {
  const std::size_t changed = execute(
      session_,
      "UPDATE courses SET title = $1, summary = $2, audience = $3, learning_objectives = $4, "
      "wellbeing_note = $5, "
      "pre_reading = $6, body = $7, evaluation_required = $8, updated_at = $9 WHERE partnership_id "
      "= $10 AND "
      "id = $11",
      {course.title, course.summary, course.audience, course.learning_objectives,
       course.wellbeing_note, course.pre_reading, course.body_markdown,
       evaluation_flag(course.evaluation), format_instant(now), course.partnership_id, course.id});
  if (changed == 0) return false;
  replace_links(course);
  return true;
}

bool SqlCourseRepository::set_status(Id partnership_id, Id course_id, CourseStatus status,
                                     Instant now) {
  return execute(session_,
                 "UPDATE courses SET status = $1, updated_at = $2 WHERE partnership_id = $3 AND id "
                 "= $4",
                 {course_status_name(status), format_instant(now), partnership_id, course_id}) > 0;
}

std::optional<Course> SqlCourseRepository::find(Id partnership_id, Id course_id) {
  return first(select_where("WHERE partnership_id = $1 AND id = $2", {partnership_id, course_id}));
}

std::optional<Course> SqlCourseRepository::find_published(Id course_id) {
  return first(select_where("WHERE id = $1 AND status = 'published'", {course_id}));
}

std::vector<Course> SqlCourseRepository::list(Id partnership_id) {
  return select_where("WHERE partnership_id = $1 ORDER BY title, id", {partnership_id});
}

std::vector<Course> SqlCourseRepository::list_published() {
  return select_where("WHERE status = 'published' ORDER BY title, id", {});
}

// Sessions ---------------------------------------------------------------------------------

std::vector<TrainingSession> SqlTrainingSessionRepository::select_where(
    const std::string& condition, const std::vector<SqlValue>& parameters) {
  std::vector<TrainingSession> sessions;
  for (const Row& row : query(session_, std::string(session_columns) + condition, parameters)) {
    sessions.push_back(session_from(row));
  }
  return sessions;
}

TrainingSession SqlTrainingSessionRepository::create(const TrainingSession& session, Instant now) {
  auto rows = query(session_,
                    "INSERT INTO training_sessions (partnership_id, course_id, session_date, "
                    "start_time, end_time, format, "
                    "joining_link, venue, capacity, trainer_user_id, booking_cutoff, "
                    "cancellation_cutoff, status, "
                    "created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, "
                    "$14) RETURNING id",
                    {session.partnership_id, session.course_id, session.date.to_iso_string(),
                     session.start_time.to_text(), session.end_time.to_text(),
                     session_format_name(session.format), session.joining_link, session.venue,
                     number(session.capacity), session.trainer_user_id,
                     number(session.booking_cutoff_working_days),
                     number(session.cancellation_cutoff_working_days),
                     session_status_name(SessionStatus::scheduled), format_instant(now)});
  TrainingSession created = session;
  created.id = rows.at(0).integer(0);
  created.status = SessionStatus::scheduled;
  created.booked_count = 0;
  created.created_at = now;
  return created;
}

std::optional<TrainingSession> SqlTrainingSessionRepository::find(Id partnership_id,
                                                                  Id session_id) {
  return first(select_where("WHERE partnership_id = $1 AND id = $2", {partnership_id, session_id}));
}

std::optional<Id> SqlTrainingSessionRepository::partnership_of(Id session_id) {
  auto rows =
      query(session_, "SELECT partnership_id FROM training_sessions WHERE id = $1", {session_id});
  if (rows.empty()) return std::nullopt;
  return rows[0].integer(0);
}

std::vector<TrainingSession> SqlTrainingSessionRepository::list_for_course(Id partnership_id,
                                                                           Id course_id) {
  return select_where(
      "WHERE partnership_id = $1 AND course_id = $2 ORDER BY session_date, start_time, id",
      {partnership_id, course_id});
}

std::vector<TrainingSession> SqlTrainingSessionRepository::list_scheduled_from(CivilDate from) {
  return select_where(
      "WHERE session_date >= $1 AND status = 'scheduled' ORDER BY session_date, start_time, id",
      {from.to_iso_string()});
}

bool SqlTrainingSessionRepository::lock(Id partnership_id, Id session_id) {
  return execute(session_,
                 "UPDATE training_sessions SET lock_version = lock_version + 1 WHERE "
                 "partnership_id = $1 AND id = $2",
                 {partnership_id, session_id}) > 0;
}

bool SqlTrainingSessionRepository::take_place(Id partnership_id, Id session_id) {
  return execute(session_,
                 "UPDATE training_sessions SET booked_count = booked_count + 1 WHERE "
                 "partnership_id = $1 AND id = $2 "
                 "AND booked_count < capacity",
                 {partnership_id, session_id}) > 0;
}

void SqlTrainingSessionRepository::release_place(Id partnership_id, Id session_id) {
  execute(session_,
          "UPDATE training_sessions SET booked_count = booked_count - 1 WHERE partnership_id = $1 "
          "AND id = $2 AND "
          "booked_count > 0",
          {partnership_id, session_id});
}

bool SqlTrainingSessionRepository::set_capacity(Id partnership_id, Id session_id, int capacity) {
  return execute(session_,
                 "UPDATE training_sessions SET capacity = $1 WHERE partnership_id = $2 AND id = $3 "
                 "AND booked_count <= $4",
                 {number(capacity), partnership_id, session_id, number(capacity)}) > 0;
}

bool SqlTrainingSessionRepository::set_trainer(Id partnership_id, Id session_id,
                                               Id trainer_user_id) {
  return execute(session_,
                 "UPDATE training_sessions SET trainer_user_id = $1 WHERE partnership_id = $2 AND "
                 "id = $3",
                 {trainer_user_id, partnership_id, session_id}) > 0;
}

bool SqlTrainingSessionRepository::cancel(Id partnership_id, Id session_id,
                                          const std::string& reason, Instant now) {
  return execute(session_,
                 "UPDATE training_sessions SET status = 'cancelled', cancellation_reason = $1, "
                 "cancelled_at = $2 "
                 "WHERE partnership_id = $3 AND id = $4 AND status = 'scheduled'",
                 {reason, format_instant(now), partnership_id, session_id}) > 0;
}

// Bookings ---------------------------------------------------------------------------------

std::vector<Booking> SqlBookingRepository::select_where(const std::string& condition,
                                                        const std::vector<SqlValue>& parameters) {
  std::vector<Booking> bookings;
  for (const Row& row : query(session_, std::string(booking_columns) + condition, parameters)) {
    bookings.push_back(booking_from(row));
  }
  return bookings;
}

std::int64_t SqlBookingRepository::next_waiting_sequence(Id partnership_id, Id session_id) {
  auto rows =
      query(session_,
            "UPDATE training_sessions SET last_waiting_sequence = last_waiting_sequence + 1 WHERE "
            "partnership_id = $1 AND id = $2 RETURNING last_waiting_sequence",
            {partnership_id, session_id});
  return rows.at(0).integer(0);
}

void SqlBookingRepository::add_history(Id partnership_id, Id booking_id, BookingState state,
                                       std::optional<Id> by_user_id, const std::string& note,
                                       Instant now) {
  execute(session_,
          "INSERT INTO booking_history (partnership_id, booking_id, state, by_user_id, note, at) "
          "VALUES ($1, $2, $3, "
          "$4, $5, $6)",
          {partnership_id, booking_id, booking_state_name(state), sql_optional(by_user_id), note,
           format_instant(now)});
}

std::optional<Booking> SqlBookingRepository::add(const Booking& booking,
                                                 std::optional<Id> by_user_id, Instant now) {
  std::optional<std::int64_t> sequence = booking.waiting_sequence;
  if (booking.state == BookingState::waiting && !sequence) {
    sequence = next_waiting_sequence(booking.partnership_id, booking.session_id);
  }
  // Rule TRN-4: the unique partial index refuses a second place on the course; DO NOTHING keeps a
  // PostgreSQL transaction usable.
  auto rows =
      query(session_,
            "INSERT INTO bookings (partnership_id, session_id, course_id, user_id, state, "
            "waiting_sequence, "
            "calendar_uid, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) "
            "ON CONFLICT DO NOTHING RETURNING id",
            {booking.partnership_id, booking.session_id, booking.course_id, booking.user_id,
             booking_state_name(booking.state), sql_optional(sequence), booking.calendar_uid,
             format_instant(now), format_instant(now)});
  if (rows.empty()) return std::nullopt;
  Booking added = booking;
  added.id = rows[0].integer(0);
  added.waiting_sequence = sequence;
  added.created_at = now;
  added.updated_at = now;
  add_history(added.partnership_id, added.id, added.state, by_user_id, "", now);
  return added;
}

bool SqlBookingRepository::move(Id partnership_id, Id booking_id, BookingState from,
                                BookingState to, std::optional<Id> by_user_id,
                                const std::string& note, Instant now) {
  std::size_t changed = 0;
  if (to == BookingState::waiting) {
    auto booking = find(partnership_id, booking_id);
    if (!booking || booking->state != from) return false;
    const std::int64_t sequence = booking->waiting_sequence
                                      ? *booking->waiting_sequence
                                      : next_waiting_sequence(partnership_id, booking->session_id);
    changed = execute(session_,
                      "UPDATE bookings SET state = $1, waiting_sequence = $2, updated_at = $3 "
                      "WHERE partnership_id = $4 "
                      "AND id = $5 AND state = $6",
                      {booking_state_name(to), sequence, format_instant(now), partnership_id,
                       booking_id, booking_state_name(from)});
  } else {
    changed = execute(
        session_,
        "UPDATE bookings SET state = $1, updated_at = $2 WHERE partnership_id = $3 AND id = $4 AND "
        "state = $5",
        {booking_state_name(to), format_instant(now), partnership_id, booking_id,
         booking_state_name(from)});
  }
  if (changed == 0) return false;
  add_history(partnership_id, booking_id, to, by_user_id, note, now);
  return true;
}

std::optional<Booking> SqlBookingRepository::find(Id partnership_id, Id booking_id) {
  return first(
      select_where("WHERE b.partnership_id = $1 AND b.id = $2", {partnership_id, booking_id}));
}

std::optional<Booking> SqlBookingRepository::find_for_user(Id user_id, Id booking_id) {
  return first(select_where("WHERE b.user_id = $1 AND b.id = $2", {user_id, booking_id}));
}

std::optional<Booking> SqlBookingRepository::find_active(Id partnership_id, Id course_id,
                                                         Id user_id) {
  return first(
      select_where("WHERE b.partnership_id = $1 AND b.course_id = $2 AND b.user_id = $3 AND "
                   "b.state IN ('requested', 'booked', "
                   "'waiting')",
                   {partnership_id, course_id, user_id}));
}

std::vector<BookingRecord> SqlBookingRepository::list_for_session(
    Id partnership_id, Id session_id, const std::vector<BookingState>& states) {
  std::string names;
  for (BookingState state : states)
    names += (names.empty() ? "'" : ", '") + booking_state_name(state) + "'";
  if (names.empty()) return {};
  std::vector<BookingRecord> records;
  // The state names are our own constants, never input, so they are written into the text.
  for (const Row& row :
       query(session_,
             "SELECT b.id, b.partnership_id, b.session_id, b.course_id, b.user_id, b.state, "
             "b.waiting_sequence, b.created_at, b.updated_at, b.calendar_uid, u.name, u.email, "
             "u.organisation, u.job_role, (SELECT COUNT(*) FROM evaluations e WHERE e.booking_id = "
             "b.id), (SELECT si.signed_in_at FROM booking_sign_ins si WHERE si.booking_id = b.id) "
             "FROM bookings b JOIN users u ON u.id = b.user_id WHERE b.partnership_id = $1 AND "
             "b.session_id = $2 AND b.state IN (" +
                 names + ") ORDER BY b.waiting_sequence, u.name, b.id",
             {partnership_id, session_id})) {
    BookingRecord record;
    record.booking = booking_from(row);
    record.user_name = row.text(10);
    record.user_email = row.text(11);
    record.organisation = row.text(12);
    record.job_role = row.text(13);
    record.evaluation_completed = row.integer(14) > 0;
    record.signed_in_at = row.optional_instant(15);
    records.push_back(std::move(record));
  }
  return records;
}

int SqlBookingRepository::count(Id partnership_id, Id session_id, BookingState state) {
  return static_cast<int>(
      query(session_,
            "SELECT COUNT(*) FROM bookings WHERE partnership_id = $1 AND session_id = $2 AND "
            "state = $3",
            {partnership_id, session_id, booking_state_name(state)})
          .at(0)
          .integer(0));
}

int SqlBookingRepository::waiting_position(Id partnership_id, Id session_id,
                                           std::int64_t waiting_sequence) {
  return static_cast<int>(
      query(session_,
            "SELECT COUNT(*) FROM bookings WHERE partnership_id = $1 AND session_id = $2 AND "
            "state = 'waiting' AND waiting_sequence <= $3",
            {partnership_id, session_id, waiting_sequence})
          .at(0)
          .integer(0));
}

std::vector<Booking> SqlBookingRepository::list_for_user(Id user_id) {
  return select_where("WHERE b.user_id = $1 ORDER BY b.id", {user_id});
}

std::vector<BookingHistoryEntry> SqlBookingRepository::history(Id partnership_id, Id booking_id) {
  std::vector<BookingHistoryEntry> entries;
  for (const Row& row : query(session_,
                              "SELECT h.state, h.by_user_id, COALESCE(u.name, ''), h.at, h.note "
                              "FROM booking_history h "
                              "LEFT JOIN users u ON u.id = h.by_user_id WHERE h.partnership_id = "
                              "$1 AND h.booking_id = $2 "
                              "ORDER BY h.id",
                              {partnership_id, booking_id})) {
    entries.push_back({row.stored(0, booking_state_from_name), row.optional_integer(1), row.text(2),
                       row.instant(3), row.text(4)});
  }
  return entries;
}

bool SqlBookingRepository::add_evaluation(Id partnership_id, const Evaluation& evaluation) {
  return !query(session_,
                "INSERT INTO evaluations (booking_id, partnership_id, session_id, usefulness, "
                "what_will_you_do_differently, other_comments, submitted_at) SELECT b.id, "
                "b.partnership_id, "
                "b.session_id, $1, $2, $3, $4 FROM bookings b WHERE b.partnership_id = $5 AND b.id "
                "= $6 "
                "ON CONFLICT DO NOTHING RETURNING booking_id",
                {number(evaluation.usefulness), evaluation.what_will_you_do_differently,
                 evaluation.other_comments, format_instant(evaluation.submitted_at), partnership_id,
                 evaluation.booking_id})
              .empty();
}

std::optional<std::string> SqlBookingRepository::attendance_code(Id partnership_id, Id session_id) {
  auto rows = query(session_,
                    "SELECT code FROM session_attendance_codes WHERE partnership_id = $1 AND "
                    "session_id = $2",
                    {partnership_id, session_id});
  if (rows.empty()) return std::nullopt;
  return rows.front().text(0);
}

std::string SqlBookingRepository::keep_attendance_code(Id partnership_id, Id session_id,
                                                       const std::string& code, Id by_user_id,
                                                       Instant now) {
  execute(session_,
          "INSERT INTO session_attendance_codes (session_id, partnership_id, code, created_by, "
          "created_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
          {session_id, partnership_id, code, by_user_id, format_instant(now)});
  return attendance_code(partnership_id, session_id).value_or(code);
}

Instant SqlBookingRepository::record_sign_in(Id partnership_id, Id booking_id, Instant now) {
  execute(session_,
          "INSERT INTO booking_sign_ins (booking_id, partnership_id, signed_in_at) VALUES ($1, $2, "
          "$3) ON CONFLICT DO NOTHING",
          {booking_id, partnership_id, format_instant(now)});
  return signed_in_at(partnership_id, booking_id).value_or(now);
}

std::optional<Instant> SqlBookingRepository::signed_in_at(Id partnership_id, Id booking_id) {
  auto rows = query(session_,
                    "SELECT signed_in_at FROM booking_sign_ins WHERE partnership_id = $1 AND "
                    "booking_id = $2",
                    {partnership_id, booking_id});
  if (rows.empty()) return std::nullopt;
  return rows.front().optional_instant(0);
}

std::optional<Evaluation> SqlBookingRepository::find_evaluation(Id partnership_id, Id booking_id) {
  auto rows = query(session_,
                    "SELECT booking_id, usefulness, what_will_you_do_differently, other_comments, "
                    "submitted_at FROM "
                    "evaluations WHERE partnership_id = $1 AND booking_id = $2",
                    {partnership_id, booking_id});
  if (rows.empty()) return std::nullopt;
  return evaluation_from(rows[0]);
}

std::vector<Evaluation> SqlBookingRepository::list_evaluations(Id partnership_id, Id session_id) {
  std::vector<Evaluation> evaluations;
  for (const Row& row : query(
           session_,
           "SELECT booking_id, usefulness, what_will_you_do_differently, other_comments, "
           "submitted_at "
           "FROM evaluations WHERE partnership_id = $1 AND session_id = $2 ORDER BY submitted_at, "
           "booking_id",
           {partnership_id, session_id})) {
    evaluations.push_back(evaluation_from(row));
  }
  return evaluations;
}

// Certificates -----------------------------------------------------------------------------

std::vector<Certificate> SqlCertificateRepository::select_where(
    const std::string& condition, const std::vector<SqlValue>& parameters) {
  std::vector<Certificate> certificates;
  for (const Row& row : query(session_, std::string(certificate_columns) + condition, parameters)) {
    certificates.push_back(certificate_from(row));
  }
  return certificates;
}

std::optional<Certificate> SqlCertificateRepository::issue(Id partnership_id, Id booking_id,
                                                           Id user_id, const std::string& code,
                                                           Instant now) {
  if (auto existing = find_for_booking(partnership_id, booking_id)) {
    if (existing->withdrawn_at) {
      execute(session_,
              "UPDATE certificates SET withdrawn_at = NULL WHERE partnership_id = $1 AND "
              "booking_id = $2",
              {partnership_id, booking_id});
      existing->withdrawn_at.reset();
    }
    return existing;
  }
  // INSERT … SELECT from the partnership's own booking: nothing is issued for another's.
  auto rows = query(session_,
                    "INSERT INTO certificates (partnership_id, booking_id, user_id, code, "
                    "issued_at) SELECT b.partnership_id, b.id, $1, $2, $3 FROM bookings b "
                    "WHERE b.partnership_id = $4 AND b.id = $5 "
                    "ON CONFLICT DO NOTHING RETURNING id",
                    {user_id, code, format_instant(now), partnership_id, booking_id});
  if (rows.empty()) return std::nullopt;
  return Certificate{rows[0].integer(0), partnership_id, booking_id, user_id, code, now,
                     std::nullopt};
}

void SqlCertificateRepository::withdraw(Id partnership_id, Id booking_id, Instant now) {
  execute(session_,
          "UPDATE certificates SET withdrawn_at = $1 WHERE partnership_id = $2 AND booking_id = $3 "
          "AND withdrawn_at IS "
          "NULL",
          {format_instant(now), partnership_id, booking_id});
}

std::optional<Certificate> SqlCertificateRepository::find_for_booking(Id partnership_id,
                                                                      Id booking_id) {
  return first(
      select_where("WHERE partnership_id = $1 AND booking_id = $2", {partnership_id, booking_id}));
}

std::optional<Certificate> SqlCertificateRepository::find_for_user(Id user_id, Id certificate_id) {
  return first(select_where("WHERE user_id = $1 AND id = $2 AND withdrawn_at IS NULL",
                            {user_id, certificate_id}));
}

std::vector<Certificate> SqlCertificateRepository::list_for_user(Id user_id) {
  return select_where(
      "WHERE user_id = $1 AND withdrawn_at IS NULL ORDER BY issued_at DESC, id DESC", {user_id});
}

std::optional<Certificate> SqlCertificateRepository::find_by_code(const std::string& code) {
  return first(select_where("WHERE code = $1 AND withdrawn_at IS NULL", {code}));
}

// Reminders --------------------------------------------------------------------------------

bool SqlTrainingReminderRepository::record_sent(Id partnership_id, Id booking_id, int reminder,
                                                Instant now) {
  // INSERT … SELECT from the partnership's own booking, so another partnership cannot mark it.
  return !query(session_,
                "INSERT INTO training_reminders_sent (booking_id, reminder, partnership_id, "
                "sent_at) SELECT b.id, $4, b.partnership_id, $1 FROM bookings b "
                "WHERE b.partnership_id = $2 AND b.id = $3 "
                "ON CONFLICT DO NOTHING RETURNING booking_id",
                {format_instant(now), partnership_id, booking_id,
                 static_cast<std::int64_t>(reminder)})
              .empty();
}

}  // namespace casereview::store
