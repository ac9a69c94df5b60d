#include "store/sql_repositories.hpp"

#include "store/sql.hpp"

namespace casereview::store {

namespace {

Partnership partnership_from(const Row& row) {
  return Partnership{row.integer(0), row.text(1), row.text(2)};
}

Agency agency_from(const Row& row) {
  return Agency{row.integer(0), row.integer(1), row.text(2), row.text(3)};
}

template <typename T, typename Convert>
std::optional<T> first(const std::vector<Row>& rows, Convert convert) {
  if (rows.empty()) return std::nullopt;
  return convert(rows.front());
}

template <typename T, typename Convert>
std::vector<T> all(const std::vector<Row>& rows, Convert convert) {
  std::vector<T> result;
  result.reserve(rows.size());
  for (const Row& row : rows) result.push_back(convert(row));
  return result;
}

}  // namespace

// ON CONFLICT DO NOTHING keeps a taken code from raising an error, which on PostgreSQL would
// abort the whole transaction; no returned row means the code was taken.
Result<Partnership> SqlPartnershipRepository::add(const std::string& code,
                                                  const std::string& name) {
  auto rows = query(session_,
                    "INSERT INTO partnerships (code, name) VALUES ($1, $2) "
                    "ON CONFLICT DO NOTHING RETURNING id, code, name",
                    {code, name});
  if (rows.empty())
    return Error::of(ErrorCode::wrong_state, "A partnership with code " + code + " already exists");
  return partnership_from(rows.front());
}

std::optional<Partnership> SqlPartnershipRepository::find_by_code(const std::string& code) {
  return first<Partnership>(
      query(session_, "SELECT id, code, name FROM partnerships WHERE code = $1", {code}),
      partnership_from);
}

std::optional<Partnership> SqlPartnershipRepository::find(Id id) {
  return first<Partnership>(
      query(session_, "SELECT id, code, name FROM partnerships WHERE id = $1", {id}),
      partnership_from);
}

std::vector<Partnership> SqlPartnershipRepository::list() {
  return all<Partnership>(query(session_, "SELECT id, code, name FROM partnerships ORDER BY code"),
                          partnership_from);
}

void SqlPartnershipRepository::rename(Id id, const std::string& name) {
  execute(session_, "UPDATE partnerships SET name = $1 WHERE id = $2", {name, id});
}

Result<Agency> SqlAgencyRepository::add(Id partnership_id, const std::string& code,
                                        const std::string& name) {
  auto rows = query(session_,
                    "INSERT INTO agencies (partnership_id, code, name) VALUES ($1, $2, $3) "
                    "ON CONFLICT DO NOTHING RETURNING id, partnership_id, code, name",
                    {partnership_id, code, name});
  if (rows.empty())
    return Error::of(ErrorCode::wrong_state, "An agency with code " + code + " already exists");
  return agency_from(rows.front());
}

std::vector<Agency> SqlAgencyRepository::list(Id partnership_id) {
  return all<Agency>(
      query(session_,
            "SELECT id, partnership_id, code, name FROM agencies WHERE partnership_id = $1 "
            "ORDER BY name",
            {partnership_id}),
      agency_from);
}

std::optional<Agency> SqlAgencyRepository::find(Id partnership_id, Id agency_id) {
  return first<Agency>(query(session_,
                             "SELECT id, partnership_id, code, name FROM agencies "
                             "WHERE partnership_id = $1 AND id = $2",
                             {partnership_id, agency_id}),
                       agency_from);
}

std::optional<Agency> SqlAgencyRepository::find_by_code(Id partnership_id,
                                                        const std::string& code) {
  return first<Agency>(query(session_,
                             "SELECT id, partnership_id, code, name FROM agencies "
                             "WHERE partnership_id = $1 AND code = $2",
                             {partnership_id, code}),
                       agency_from);
}

}  // namespace casereview::store
