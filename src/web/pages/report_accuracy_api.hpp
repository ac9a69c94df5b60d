// The API of the report's factual-accuracy round and its final version (issue 12, Rule RPT-1,
// Rule RPT-3) under /api/v1: the same use cases as the pages (app/reviews/report_accuracy.hpp,
// app/reviews/report_final.hpp), JSON in and out, errors as RFC 9457 problems.
//   POST /api/v1/cases/{case_id}/report/versions/{number}/circulation {agency_ids, due_on}
//        → 201 {circulation: [{agency_id, due_on, …}]}                            (reviewer)
//   GET  /api/v1/cases/{case_id}/report/versions/{number}/circulation[?page=N]
//        → {circulation, comments, page, page_count, total}        (manager, committee, reviewer)
//   POST /api/v1/cases/{case_id}/report/versions/{number}/comments {section?, quote?, text}
//        → 201 the comment; 409 when the version did not go to the caller's agency (contributor)
//   GET  /api/v1/cases/{case_id}/report/versions/{number}/comments[?page=N]
//        → the version with its text, the agency's due date, and its own comments (contributor)
//   POST /api/v1/cases/{case_id}/report/versions/{number}/response → 200, the agency's response
//        sent (contributor)
//   POST /api/v1/report-comments/{id}/reply {decision: accepted|not_accepted, text} → 200 the
//        comment (reviewer)
//   POST /api/v1/cases/{case_id}/report/final {version, partnership_response?, clear_sign_offs?}
//        → 200 the final (manager, committee)
//   GET  /api/v1/cases/{case_id}/report/final → the final (manager, committee, reviewer)
//   POST /api/v1/cases/{case_id}/report/sign-offs {totp_code, final_marked_at?} → 201 (signatory)
#pragma once

#include "web/router.hpp"

namespace casereview::web {

void add_report_accuracy_api_routes(Router& router);

}  // namespace casereview::web
