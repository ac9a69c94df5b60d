// The words of every email the case journeys send: agency requests, reminders and the Panel's
// decision. No email names a child: each carries the case reference and pseudonyms and a link to
// the page where those allowed can see more. Links start with the service's public URL; the pages
// are /cases/{id} (managers), /agency-requests/{id} and /chronology-requests/{id} (agency
// contributors).
#pragma once

#include <string>

#include "app/context.hpp"
#include "domain/case_deadlines.hpp"
#include "domain/email.hpp"

namespace casereview::case_emails {

// The case as an email names it: "NBP-2026-007 (Child A and Child B)".
std::string case_words(const std::string& reference, const std::vector<std::string>& pseudonyms);

Email agency_request(const AppSettings& settings, const std::string& to,
                     const std::string& case_text, const std::string& agency_name, CivilDate due_on,
                     Id request_id);

// Rule REM-1: to a manager, 3 working days before a case deadline.
Email deadline_approaching(const AppSettings& settings, const std::string& to,
                           const std::string& case_text, DeadlineKind kind, CivilDate due_on,
                           Id case_id);
// Rule REM-1: to a manager, on the day a case deadline is missed.
Email deadline_missed(const AppSettings& settings, const std::string& to,
                      const std::string& case_text, DeadlineKind kind, CivilDate due_on,
                      Id case_id);
// Rule REM-2: to an agency contributor, 2 working days before their response is due.
Email response_due(const AppSettings& settings, const std::string& to, const std::string& case_text,
                   const std::string& agency_name, CivilDate due_on, Id request_id);

// Rule CHR-1: to an agency's contributor, 2 working days before its chronology is due.
Email chronology_due(const AppSettings& settings, const std::string& to,
                     const std::string& case_text, const std::string& agency_name, CivilDate due_on,
                     Id request_id);

// Rule CHR-1: to an agency's contributor, once, when its chronology is overdue.
Email chronology_overdue(const AppSettings& settings, const std::string& to,
                         const std::string& case_text, const std::string& agency_name,
                         CivilDate due_on, Id request_id);

// Rule CHR-1: to an agency's contributor, asking for its chronology of the scope period.
Email chronology_request(const AppSettings& settings, const std::string& to,
                         const std::string& case_text, const std::string& agency_name,
                         CivilDate scope_from, CivilDate scope_to, CivilDate due_on,
                         const std::string& note, Id request_id);
// Rule CHR-1: to an agency's contributor, when its chronology is returned for correction.
Email chronology_returned(const AppSettings& settings, const std::string& to,
                          const std::string& case_text, const std::string& agency_name,
                          const std::string& reason, Id request_id);
// To whoever asked, when an agency submits its chronology.
Email chronology_submitted(const AppSettings& settings, const std::string& to,
                           const std::string& case_text, const std::string& agency_name,
                           Id case_id);

// Rule RPT-1: to an agency's contributor, when a version of the report is circulated to the agency
// for factual accuracy.
Email report_for_accuracy(const AppSettings& settings, const std::string& to,
                          const std::string& case_text, const std::string& agency_name,
                          int version_number, CivilDate due_on, Id case_id);

Email panel_decision(const AppSettings& settings, const std::string& to,
                     const std::string& case_text, const std::string& decision_text, Id case_id);

}  // namespace casereview::case_emails
