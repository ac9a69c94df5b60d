#include "web/routes.hpp"

#include "web/pages/account_pages.hpp"
#include "web/pages/action_api.hpp"
#include "web/pages/action_pages.hpp"
#include "web/pages/admin_pages.hpp"
#include "web/pages/advance_copy_pages.hpp"
#include "web/pages/affiliation_pages.hpp"
#include "web/pages/agency_request_pages.hpp"
#include "web/pages/api_pages.hpp"
#include "web/pages/briefing_api.hpp"
#include "web/pages/briefing_pages.hpp"
#include "web/pages/case_api.hpp"
#include "web/pages/case_pages.hpp"
#include "web/pages/chronology_api.hpp"
#include "web/pages/chronology_downloads.hpp"
#include "web/pages/chronology_pages.hpp"
#include "web/pages/course_action_pages.hpp"
#include "web/pages/dashboard_pages.hpp"
#include "web/pages/findings_api.hpp"
#include "web/pages/findings_pages.hpp"
#include "web/pages/key_practice_episode_api.hpp"
#include "web/pages/key_practice_episode_pages.hpp"
#include "web/pages/learning_event_api.hpp"
#include "web/pages/learning_event_notes_pages.hpp"
#include "web/pages/learning_event_pages.hpp"
#include "web/pages/library_api.hpp"
#include "web/pages/library_pages.hpp"
#include "web/pages/library_subscription_pages.hpp"
#include "web/pages/notification_pages.hpp"
#include "web/pages/panel_pages.hpp"
#include "web/pages/platform_routes.hpp"
#include "web/pages/public_pages.hpp"
#include "web/pages/publication_pages.hpp"
#include "web/pages/rapid_review_pages.hpp"
#include "web/pages/rapid_review_recommendation_pages.hpp"
#include "web/pages/report_accuracy_api.hpp"
#include "web/pages/report_accuracy_pages.hpp"
#include "web/pages/report_api.hpp"
#include "web/pages/report_comparison_pages.hpp"
#include "web/pages/report_final_pages.hpp"
#include "web/pages/report_pages.hpp"
#include "web/pages/review_api.hpp"
#include "web/pages/review_pages.hpp"
#include "web/pages/sign_in_pages.hpp"
#include "web/pages/sign_off_pages.hpp"
#include "web/pages/training_parts.hpp"
#include "web/pages/working_days_api.hpp"
#include "web/pages/yearly_report_api.hpp"
#include "web/pages/yearly_report_pages.hpp"

namespace casereview::web {

Router build_router() {
  Router router;
  add_platform_routes(router);
  add_working_days_api_routes(router);
  add_public_page_routes(router);
  add_sign_in_routes(router);
  add_account_routes(router);
  add_affiliation_routes(router);
  add_admin_routes(router);
  add_api_routes(router);
  add_case_api_routes(router);
  add_review_api_routes(router);
  add_chronology_api_routes(router);
  add_chronology_download_routes(router);
  add_notification_routes(router);
  add_case_routes(router);
  add_rapid_review_routes(router);
  add_sign_off_routes(router);
  add_agency_request_routes(router);
  add_panel_routes(router);
  add_review_routes(router);
  add_chronology_routes(router);
  add_merged_chronology_routes(router);
  add_dashboard_routes(router);
  add_training_routes(router);
  add_key_practice_episode_api_routes(router);
  add_key_practice_episode_routes(router);
  add_learning_event_api_routes(router);
  add_learning_event_routes(router);
  add_learning_event_notes_routes(router);
  // The review's report (issue 12, Rule RPT-1, Rule RPT-3).
  add_report_api_routes(router);
  add_report_accuracy_api_routes(router);
  add_findings_api_routes(router);
  add_findings_routes(router);
  add_report_routes(router);
  add_report_comparison_routes(router);
  add_report_accuracy_routes(router);
  add_report_final_routes(router);
  // The action plans (issue 13, Rule ACT-1, Rule ACT-2, Rule ACT-3, Rule ACT-4).
  add_action_api_routes(router);
  add_action_routes(router);
  add_rapid_review_recommendation_routes(router);
  add_course_action_routes(router);
  // Publication and the learning library (issue 14, Rule PUB-1, Rule PUB-2, Rule PUB-3, Rule PUB-4,
  // Rule LIB-1, Rule LIB-2).
  add_library_routes(router);
  add_library_api_routes(router);
  add_publication_routes(router);
  add_briefing_routes(router);
  add_briefing_api_routes(router);
  add_yearly_report_routes(router);
  add_yearly_report_api_routes(router);
  add_library_subscription_routes(router);
  add_advance_copy_routes(router);
  return router;
}

}  // namespace casereview::web
