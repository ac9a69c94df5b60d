// What a route handler may use: the use cases' context (app), the static assets, the metrics, and
// the settings that shape pages. Made once by `casereview serve`; lives as long as the server.
// Pages never reach the storage: everything they read or change goes through a use case in app/.
#pragma once

#include <string>

#include "app/context.hpp"
#include "app/mail_sender.hpp"
#include "web/assets.hpp"
#include "web/metrics.hpp"

namespace casereview::web {

struct SiteSettings {
  std::string service_name = "Safeguarding case reviews";
  std::string organisation_name = "Safeguarding Children Partnership";
  // Cookies get the Secure attribute unless the site is served over plain HTTP on localhost.
  bool secure_cookies = false;
  // /metrics answers only loopback clients unless this is set.
  bool metrics_from_anywhere = false;
};

struct Services {
  const AssetCatalogue& assets;
  Metrics& metrics;
  SiteSettings site;
  AppContext& app;
  MailSender* mail = nullptr;  // woken after a use case queues email; nullptr when mail is off

  // Sends queued email soon rather than at the next poll.
  void mail_queued() const {
    if (mail) mail->wake();
  }
};

}  // namespace casereview::web
