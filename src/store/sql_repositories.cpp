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

User user_from(const Row& row) {
  return User{row.integer(0),
              row.optional_integer(1),
              row.optional_integer(2),
              row.text(3),
              row.text(4),
              {}};
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

const char* const user_columns = "SELECT id, partnership_id, agency_id, email, name FROM users ";

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

Result<User> SqlUserRepository::add(const User& user) {
  auto rows = query(
      session_,
      "INSERT INTO users (partnership_id, agency_id, email, name) VALUES ($1, $2, $3, $4) "
      "ON CONFLICT DO NOTHING RETURNING id",
      {sql_optional(user.partnership_id), sql_optional(user.agency_id), user.email, user.name});
  if (rows.empty())
    return Error::of(ErrorCode::wrong_state,
                     "An account with email " + user.email + " already exists");
  User added = user;
  added.id = rows.front().integer(0);
  for (const std::string& role : user.roles) {
    execute(session_, "INSERT INTO user_roles (user_id, role) VALUES ($1, $2)", {added.id, role});
  }
  return added;
}

std::vector<User> SqlUserRepository::with_roles(std::vector<User> users) {
  for (User& user : users) {
    for (const Row& row : query(
             session_, "SELECT role FROM user_roles WHERE user_id = $1 ORDER BY role", {user.id})) {
      user.roles.push_back(std::string(role_name(row.stored(0, role_from_name))));
    }
  }
  return users;
}

std::vector<User> SqlUserRepository::list(Id partnership_id) {
  return with_roles(all<User>(
      query(session_, std::string(user_columns) + "WHERE partnership_id = $1 ORDER BY email",
            {partnership_id}),
      user_from));
}

std::optional<User> SqlUserRepository::find(Id partnership_id, Id user_id) {
  auto users = with_roles(
      all<User>(query(session_, std::string(user_columns) + "WHERE partnership_id = $1 AND id = $2",
                      {partnership_id, user_id}),
                user_from));
  if (users.empty()) return std::nullopt;
  return users.front();
}

std::optional<User> SqlUserRepository::find_by_email(const std::string& email) {
  auto users = with_roles(all<User>(
      query(session_, std::string(user_columns) + "WHERE email = $1", {email}), user_from));
  if (users.empty()) return std::nullopt;
  return users.front();
}

}  // namespace casereview::store
