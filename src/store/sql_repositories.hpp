// The SQL repositories for partnerships and agencies. One SQL text serves both engines.
// Each acts through the session of the transaction that made it and filters every query of
// partnership data by partnership_id.
#pragma once

#include <Poco/Data/Session.h>

#include "app/ports.hpp"

namespace casereview::store {

class SqlPartnershipRepository final : public PartnershipRepository {
 public:
  explicit SqlPartnershipRepository(Poco::Data::Session& session) : session_(session) {}
  Result<Partnership> add(const std::string& code, const std::string& name) override;
  std::optional<Partnership> find_by_code(const std::string& code) override;
  std::optional<Partnership> find(Id id) override;
  std::vector<Partnership> list() override;
  void rename(Id id, const std::string& name) override;

 private:
  Poco::Data::Session& session_;
};

class SqlAgencyRepository final : public AgencyRepository {
 public:
  explicit SqlAgencyRepository(Poco::Data::Session& session) : session_(session) {}
  Result<Agency> add(Id partnership_id, const std::string& code, const std::string& name) override;
  std::vector<Agency> list(Id partnership_id) override;
  std::optional<Agency> find(Id partnership_id, Id agency_id) override;
  std::optional<Agency> find_by_code(Id partnership_id, const std::string& code) override;

 private:
  Poco::Data::Session& session_;
};

}  // namespace casereview::store
