// What every use case is given: storage, the clock, the service's settings, and who is asking
// from where (for permission checks and the audit log).
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "app/clock.hpp"
#include "app/ports.hpp"
#include "app/security/field_cipher.hpp"
#include "app/security/password_hash.hpp"
#include "app/session_activity.hpp"
#include "domain/identity.hpp"

namespace casereview {

struct AppSettings {
  std::string service_name = "Safeguarding case reviews";
  std::string public_url = "http://localhost:8080";  // links in emails start with this
  security::PasswordHashCost password_cost = security::PasswordHashCost::interactive;
  int sign_in_attempts_per_address = 30;  // per 15 minutes, from one client address
  // Encrypts children's identifying details (--data-key-file); use cases that store or show them
  // fail with internal when it is missing.
  std::shared_ptr<const security::FieldCipher> data_cipher;
};

struct AppContext {
  Storage& storage;
  const Clock& clock;
  AppSettings settings;
  // Requests served on each session since its activity was last written (Rule SEC-1); one per
  // server process, shared by the contexts copied from this one.
  std::shared_ptr<SessionActivity> session_activity = std::make_shared<SessionActivity>();
};

// Who is asking: the signed-in actor (nullopt for the public or an unfinished sign-in) and where
// from.
struct Caller {
  std::optional<Actor> actor;
  std::string client_address;
  std::string user_agent;
};

}  // namespace casereview
