#include "domain/training_booking.hpp"

#include <algorithm>
#include <array>

#include "domain/enum_names.hpp"
#include "domain/messages.hpp"

namespace casereview {

std::string booking_state_name(BookingState state) {
  switch (state) {
    case BookingState::requested:
      return "requested";
    case BookingState::booked:
      return "booked";
    case BookingState::waiting:
      return "waiting";
    case BookingState::cancelled_by_person:
      return "cancelled_by_person";
    case BookingState::cancelled_by_trainer:
      return "cancelled_by_trainer";
    case BookingState::attended:
      return "attended";
    case BookingState::partly_attended:
      return "partly_attended";
    case BookingState::did_not_attend:
      return "did_not_attend";
  }
  return "requested";
}

std::optional<BookingState> booking_state_from_name(const std::string& name) {
  return enum_from_name(all_booking_states, booking_state_name, name);
}

std::string booking_state_title(BookingState state) {
  switch (state) {
    case BookingState::requested:
      return "Requested";
    case BookingState::booked:
      return "Booked";
    case BookingState::waiting:
      return "On the waiting list";
    case BookingState::cancelled_by_person:
      return "Cancelled by you";
    case BookingState::cancelled_by_trainer:
      return "Cancelled by the trainer";
    case BookingState::attended:
      return "Attended";
    case BookingState::partly_attended:
      return "Partly attended";
    case BookingState::did_not_attend:
      return "Did not attend";
  }
  return "Requested";
}

bool holds_place(BookingState state) {
  // Rule TRN-4: these states hold a place (or a place in the queue) on the course.
  return state == BookingState::requested || state == BookingState::booked ||
         state == BookingState::waiting;
}

bool is_attendance_mark(BookingState state) {
  return state == BookingState::attended || state == BookingState::partly_attended ||
         state == BookingState::did_not_attend;
}

bool can_move(BookingState from, BookingState to) {
  if (from == to) return false;
  switch (from) {
    case BookingState::requested:
      return to == BookingState::booked || to == BookingState::waiting;
    case BookingState::waiting:
      return to == BookingState::booked || to == BookingState::cancelled_by_person ||
             to == BookingState::cancelled_by_trainer;
    case BookingState::booked:
      return to == BookingState::cancelled_by_person || to == BookingState::cancelled_by_trainer ||
             is_attendance_mark(to);
    case BookingState::attended:
    case BookingState::partly_attended:
    case BookingState::did_not_attend:
      return is_attendance_mark(to);
    case BookingState::cancelled_by_person:
    case BookingState::cancelled_by_trainer:
      return false;
  }
  return false;
}

Result<Evaluation> read_evaluation(const std::string& usefulness,
                                   const std::string& what_will_you_do_differently,
                                   const std::string& other_comments) {
  std::vector<FieldError> problems;
  Evaluation evaluation;
  if (usefulness.size() == 1 && usefulness[0] >= '1' && usefulness[0] <= '5') {
    evaluation.usefulness = usefulness[0] - '0';
  } else {
    problems.push_back({"usefulness", "Select how useful the session was"});
  }
  if (what_will_you_do_differently.empty()) {
    problems.push_back({"what_will_you_do_differently", enter("what you will do differently")});
  } else if (what_will_you_do_differently.size() > evaluation_text_limit) {
    problems.push_back({"what_will_you_do_differently",
                        too_long("What you will do differently", evaluation_text_limit)});
  }
  if (other_comments.size() > evaluation_text_limit) {
    problems.push_back({"other_comments", too_long("Other comments", evaluation_text_limit)});
  }
  if (!problems.empty()) return Error::invalid(problems);
  evaluation.what_will_you_do_differently = what_will_you_do_differently;
  evaluation.other_comments = other_comments;
  return evaluation;
}

bool earns_certificate(BookingState state, EvaluationRequirement requirement,
                       bool evaluation_completed, bool attendance_proven) {
  // Rule TRN-5: attended (proven by the code when the partnership needs it), and the evaluation
  // when the course requires it.
  if (state != BookingState::attended || !attendance_proven) return false;
  switch (requirement) {
    case EvaluationRequirement::optional:
      return true;
    case EvaluationRequirement::required_before_certificate:
      return evaluation_completed;
  }
  return false;
}

std::string group_certificate_code(const std::string& code) {
  std::string grouped;
  for (std::size_t i = 0; i < code.size(); ++i) {
    if (i > 0 && i % 4 == 0) grouped += '-';
    grouped += code[i];
  }
  return grouped;
}

namespace {

// Upper case, spaces and hyphens dropped; nullopt unless `length` characters of the alphabet.
std::optional<std::string> normalise_code(const std::string& typed, std::size_t length) {
  std::string code;
  for (char c : typed) {
    if (c == ' ' || c == '-') continue;
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (certificate_code_alphabet.find(c) == std::string_view::npos) return std::nullopt;
    code += c;
    if (code.size() > length) return std::nullopt;
  }
  if (code.size() != length) return std::nullopt;
  return code;
}

}  // namespace

std::optional<std::string> normalise_certificate_code(const std::string& typed) {
  return normalise_code(typed, certificate_code_length);
}

std::optional<std::string> normalise_attendance_code(const std::string& typed) {
  return normalise_code(typed, attendance_code_length);
}

}  // namespace casereview
