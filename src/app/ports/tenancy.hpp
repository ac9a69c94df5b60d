// Storage interfaces for the tenants: partnerships and their agencies (their people are accounts,
// app/ports/identity.hpp). Every method of partnership data is scoped to one partnership and never
// returns another's rows.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/partnership.hpp"
#include "domain/result.hpp"

namespace casereview {

class PartnershipRepository {
 public:
  virtual ~PartnershipRepository() = default;
  // Adds a partnership. Fails with wrong_state when the code is taken; adds nothing then.
  virtual Result<Partnership> add(const std::string& code, const std::string& name) = 0;
  virtual std::optional<Partnership> find_by_code(const std::string& code) = 0;
  virtual std::optional<Partnership> find(Id id) = 0;
  virtual std::vector<Partnership> list() = 0;
  virtual void rename(Id id, const std::string& name) = 0;
};

class AgencyRepository {
 public:
  virtual ~AgencyRepository() = default;
  // Adds an agency to a partnership. Fails with wrong_state when the code is taken there.
  virtual Result<Agency> add(Id partnership_id, const std::string& code,
                             const std::string& name) = 0;
  virtual std::vector<Agency> list(Id partnership_id) = 0;
  virtual std::optional<Agency> find(Id partnership_id, Id agency_id) = 0;
  virtual std::optional<Agency> find_by_code(Id partnership_id, const std::string& code) = 0;
};

}  // namespace casereview
