// Errors as values: the small set of outcomes every use case reports, and Result<T>, which holds
// either a value or an Error. The web layer maps each code to one HTTP status (see ErrorCode), so
// a use case never thinks about HTTP and a page never guesses what went wrong.
//
// Example:
//   Result<Partnership> found = partnerships.find_by_code("NBP");
//   if (!found) return found.error();
//   use(found.value());
//
// Not thread-safe to share a single Result between threads while one of them moves from it.
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace casereview {

// When to use each code:
enum class ErrorCode {
  invalid_input,    // the input breaks a rule; the form is shown again (422)
  wrong_state,      // the step does not fit the current state of the thing (409)
  forbidden,        // a known user without the right (403)
  unauthenticated,  // nobody signed in, or a bad token (redirect to sign-in, or 401 for the API)
  not_found,        // missing, or hidden because revealing it would leak (404)
  unavailable,      // a dependency such as the database cannot be reached (503)
  internal,         // a bug or an unexpected failure; logged, never shown in detail (500)
};

// One problem with one input field, worded for the person who filled it in.
struct FieldError {
  std::string field;    // the form field or JSON member, e.g. "aware_on"
  std::string message;  // e.g. "Enter the date the local authority became aware"
};

struct Error {
  ErrorCode code = ErrorCode::internal;
  std::string message;
  std::vector<FieldError> fields;

  static Error invalid(std::vector<FieldError> fields, std::string message = "There is a problem") {
    return Error{ErrorCode::invalid_input, std::move(message), std::move(fields)};
  }
  static Error of(ErrorCode code, std::string message) {
    return Error{code, std::move(message), {}};
  }
};

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}      // NOLINT: implicit by design
  Result(Error error) : state_(std::move(error)) {}  // NOLINT: implicit by design

  bool ok() const { return std::holds_alternative<T>(state_); }
  explicit operator bool() const { return ok(); }

  T& value() & {
    assert(ok());
    return std::get<T>(state_);
  }
  const T& value() const& {
    assert(ok());
    return std::get<T>(state_);
  }
  T&& value() && {
    assert(ok());
    return std::get<T>(std::move(state_));
  }
  const Error& error() const {
    assert(!ok());
    return std::get<Error>(state_);
  }

 private:
  std::variant<T, Error> state_;
};

// A Result with no value: success or an Error.
struct Done {};
using Status = Result<Done>;
inline Status ok_status() { return Done{}; }

}  // namespace casereview

// TRY(expr): evaluates a Result; on error returns that error from the enclosing function, else
// yields the value. Keeps the happy path straight (GCC statement expression).
#define CASEREVIEW_CONCAT_INNER(a, b) a##b
#define CASEREVIEW_CONCAT(a, b) CASEREVIEW_CONCAT_INNER(a, b)
#define TRY(expr)                                                \
  __extension__({                                                \
    auto CASEREVIEW_CONCAT(try_result_, __LINE__) = (expr);      \
    if (!CASEREVIEW_CONCAT(try_result_, __LINE__)) {             \
      return CASEREVIEW_CONCAT(try_result_, __LINE__).error();   \
    }                                                            \
    std::move(CASEREVIEW_CONCAT(try_result_, __LINE__)).value(); \
  })
