// SQL for the final report: see sql_report_final_repositories.hpp.
#include "store/sql_report_final_repositories.hpp"

#include <algorithm>

#include "store/sql.hpp"

namespace casereview::store {

namespace {

constexpr const char* final_columns =
    "SELECT f.case_id, f.partnership_id, f.version_id, v.number, f.partnership_response, "
    "f.marked_by, f.marked_at FROM report_finals f JOIN report_versions v ON v.id = f.version_id ";

ReportFinal final_from(const Row& row) {
  ReportFinal final;
  final.case_id = row.integer(0);
  final.partnership_id = row.integer(1);
  final.version_id = row.integer(2);
  final.version_number = static_cast<int>(row.integer(3));
  final.partnership_response = row.text(4);
  final.marked_by = row.integer(5);
  final.marked_at = row.instant(6);
  return final;
}

// The position of a partner in all_statutory_partners, to keep sign-offs in that order.
std::size_t partner_order(StatutoryPartner partner) {
  return static_cast<std::size_t>(
      std::find(all_statutory_partners.begin(), all_statutory_partners.end(), partner) -
      all_statutory_partners.begin());
}

}  // namespace

void SqlReportFinalRepository::read_sign_offs(Id partnership_id, std::vector<ReportFinal>& finals) {
  if (finals.empty()) return;
  std::vector<SqlValue> parameters{partnership_id};
  std::string cases;
  for (const ReportFinal& final : finals) {
    parameters.emplace_back(final.case_id);
    cases += (cases.empty() ? "$" : ", $") + std::to_string(parameters.size());
  }
  for (const Row& row :
       query(session_,
             "SELECT s.case_id, s.partner, s.signed_by, u.name, s.signed_at FROM report_sign_offs "
             "s JOIN users u ON u.id = s.signed_by WHERE s.partnership_id = $1 AND s.case_id IN (" +
                 cases + ")",
             parameters)) {
    for (ReportFinal& final : finals)
      if (final.case_id == row.integer(0))
        final.sign_offs.push_back({row.stored(1, statutory_partner_from_name), row.integer(2),
                                   row.text(3), row.instant(4)});
  }
  for (ReportFinal& final : finals)
    std::sort(final.sign_offs.begin(), final.sign_offs.end(),
              [](const ReportSignOff& a, const ReportSignOff& b) {
                return partner_order(a.partner) < partner_order(b.partner);
              });
}

std::optional<ReportFinal> SqlReportFinalRepository::find(Id partnership_id, Id case_id) {
  const auto rows =
      query(session_, std::string(final_columns) + "WHERE f.partnership_id = $1 AND f.case_id = $2",
            {partnership_id, case_id});
  if (rows.empty()) return std::nullopt;
  std::vector<ReportFinal> finals{final_from(rows.front())};
  read_sign_offs(partnership_id, finals);
  return finals.front();
}

void SqlReportFinalRepository::save(const ReportFinal& final) {
  execute(session_,
          "INSERT INTO report_finals (case_id, partnership_id, version_id, partnership_response, "
          "marked_by, marked_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (case_id) DO UPDATE "
          "SET version_id = excluded.version_id, partnership_response = "
          "excluded.partnership_response, marked_by = excluded.marked_by, marked_at = "
          "excluded.marked_at",
          {final.case_id, final.partnership_id, final.version_id, final.partnership_response,
           final.marked_by, format_instant(final.marked_at)});
}

int SqlReportFinalRepository::clear_sign_offs(Id partnership_id, Id case_id) {
  return static_cast<int>(
      execute(session_, "DELETE FROM report_sign_offs WHERE partnership_id = $1 AND case_id = $2",
              {partnership_id, case_id}));
}

bool SqlReportFinalRepository::add_sign_off(Id partnership_id, Id case_id,
                                            const ReportSignOff& sign_off) {
  return !query(session_,
                "INSERT INTO report_sign_offs (case_id, partnership_id, partner, signed_by, "
                "signed_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (case_id, partner) DO NOTHING "
                "RETURNING case_id",
                {case_id, partnership_id, std::string(statutory_partner_name(sign_off.partner)),
                 sign_off.signed_by, format_instant(sign_off.signed_at)})
              .empty();
}

std::vector<ReportFinal> SqlReportFinalRepository::list(Id partnership_id, int limit, int offset) {
  std::vector<ReportFinal> finals;
  for (const Row& row :
       query(session_,
             std::string(final_columns) + "WHERE f.partnership_id = $1 ORDER BY f.marked_at DESC, "
                                          "f.case_id DESC LIMIT $2 OFFSET $3",
             {partnership_id, static_cast<std::int64_t>(limit), static_cast<std::int64_t>(offset)}))
    finals.push_back(final_from(row));
  read_sign_offs(partnership_id, finals);
  return finals;
}

int SqlReportFinalRepository::count(Id partnership_id) {
  return static_cast<int>(query(session_,
                                "SELECT COUNT(*) FROM report_finals WHERE partnership_id = $1",
                                {partnership_id})
                              .front()
                              .integer(0));
}

}  // namespace casereview::store
