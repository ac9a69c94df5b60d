// `casereview serve`: opens and migrates the database, then serves the web pages and API until
// SIGINT or SIGTERM.
#include <csignal>
#include <filesystem>
#include <iostream>

#include "app/actions/action_reminders.hpp"
#include "app/cases/case_reminders.hpp"
#include "app/cases/notification_drafts.hpp"
#include "app/library/library_subscriptions.hpp"
#include "app/scheduled_jobs.hpp"
#include "app/security/password_hash.hpp"
#include "app/security/tokens.hpp"
#include "app/training/reminders.hpp"
#include "cli/commands.hpp"
#include "cli/data_key_option.hpp"
#include "cli/database_options.hpp"
#include "web/routes.hpp"
#include "web/server.hpp"

namespace casereview::cli {

namespace {

std::string default_assets_directory() {
  std::error_code error;
  const auto executable = std::filesystem::read_symlink("/proc/self/exe", error);
  return error ? "assets" : (executable.parent_path() / "assets").string();
}

}  // namespace

int serve_command(const std::vector<std::string>& arguments) {
  // Block the stop signals in every thread the server will start; serve() waits for them.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  const web::ServerSettings defaults;
  const std::vector<OptionSpec> specs = {
      database_option,
      {"port", "N", std::to_string(defaults.port), "TCP port to listen on."},
      {"host", "ADDRESS", defaults.host, "Address to listen on; 0.0.0.0 for every interface."},
      {"threads", "N", std::to_string(defaults.threads), "Request threads."},
      {"queue", "N", std::to_string(defaults.queue),
       "Connections that may wait for a free thread."},
      {"keep-alive-requests", "N", std::to_string(defaults.keep_alive_requests),
       "Requests one connection may make before it is closed, so waiting connections get a turn."},
      {"keep-alive-seconds", "N", std::to_string(defaults.keep_alive_seconds),
       "Idle seconds before a connection is closed."},
      {"max-body-bytes", "N", std::to_string(defaults.max_body_bytes),
       "Largest request body accepted."},
      {"db-connections", "N", "16", "Most database connections the pool opens."},
      {"assets", "DIR", "",
       "Folder of static assets (default: the assets folder beside the program)."},
      {"service-name", "TEXT", "Safeguarding case reviews", "The service's name in page headers."},
      {"organisation-name", "TEXT", "Northbrook Safeguarding Children Partnership",
       "Who runs the service."},
      {"public-url", "URL", "",
       "The address people use; https:// makes cookies Secure (default: http://localhost:PORT)."},
      {"metrics-from-anywhere", "", "", "Let any client read /metrics (default: loopback only)."},
      {"trusted-proxy", "LIST", "",
       "Reverse proxies (addresses or CIDR ranges, comma-separated) whose Forwarded or "
       "X-Forwarded-For header names the client; from any other peer those headers are ignored."},
      {"smtp-host", "HOST", "",
       "Mail server for outgoing email; when empty, email waits in the outbox."},
      {"smtp-port", "N", "25", "Mail server port."},
      {"smtp-security", "MODE", "none", "none, starttls or tls."},
      {"smtp-username", "NAME", "", "Mail server user name, if it needs one."},
      {"smtp-password", "TEXT", "",
       "Mail server password (better set by environment or configuration file)."},
      {"mail-from", "ADDRESS", "casereview@localhost", "The sender of every email."},
      {"mail-poll-seconds", "N", "5",
       "How often the outbox is checked for email to send or retry."},
      {"clock-file", "PATH", "", "For tests only: read the current time from this file."},
      data_key_option,
      {"jobs-poll-seconds", "N", "60",
       "How often background jobs (deadline and training reminders) run."},
  };
  auto parsed = Options::parse(specs, arguments);
  if (!parsed) {
    print_error(parsed.error());
    return 2;
  }
  const Options& options = parsed.value();
  if (options.help_requested()) {
    std::cout << "Usage: casereview serve [options]\n\nServes casereview over HTTP until stopped "
                 "with Ctrl-C or "
                 "SIGTERM, finishing requests in flight.\n\n"
              << describe_options(specs);
    return 0;
  }

  web::ServerSettings settings;
  settings.host = options.get("host");
  auto port = options.integer("port", 1, 65535);
  auto threads = options.integer("threads", 1, 1024);
  auto queue = options.integer("queue", 1, 65536);
  auto keep_alive_requests = options.integer("keep-alive-requests", 1, 100000);
  auto keep_alive_seconds = options.integer("keep-alive-seconds", 1, 3600);
  auto max_body_bytes = options.integer("max-body-bytes", 1024, 1 << 30);
  auto connections = options.integer("db-connections", 1, 1024);
  for (const Result<int>* value : {&port, &threads, &queue, &keep_alive_requests,
                                   &keep_alive_seconds, &max_body_bytes, &connections}) {
    if (!*value) {
      print_error(value->error());
      return 2;
    }
  }
  settings.port = port.value();
  settings.threads = threads.value();
  settings.queue = queue.value();
  settings.keep_alive_requests = keep_alive_requests.value();
  settings.keep_alive_seconds = keep_alive_seconds.value();
  settings.max_body_bytes = max_body_bytes.value();
  auto trusted_proxies = web::parse_trusted_proxies(options.get("trusted-proxy"));
  if (!trusted_proxies) {
    print_error(trusted_proxies.error());
    return 2;
  }
  settings.trusted_proxies = std::move(trusted_proxies).value();

  auto storage = open_and_migrate(options, store::PoolSettings{1, connections.value(), 60});
  if (!storage) return 1;

  const std::string assets_directory =
      options.get("assets").empty() ? default_assets_directory() : options.get("assets");
  web::AssetCatalogue assets(assets_directory);
  if (assets.size() == 0)
    std::cerr << "casereview: warning: no assets in " << assets_directory
              << "; pages will be unstyled\n";

  auto smtp_port = options.integer("smtp-port", 1, 65535);
  auto poll = options.integer("mail-poll-seconds", 1, 3600);
  auto jobs_poll = options.integer("jobs-poll-seconds", 1, 86400);
  if (!jobs_poll) {
    print_error(jobs_poll.error());
    return 2;
  }
  const std::string security = options.get("smtp-security");
  if (!smtp_port || !poll || (security != "none" && security != "starttls" && security != "tls")) {
    print_error(!smtp_port ? smtp_port.error()
                : !poll    ? poll.error()
                           : Error::invalid({{"smtp-security",
                                              "--smtp-security must be none, starttls or tls"}}));
    return 2;
  }

  std::unique_ptr<Clock> clock;
  if (options.get("clock-file").empty()) {
    clock = std::make_unique<SystemClock>();
  } else {
    clock = std::make_unique<FileClock>(options.get("clock-file"));
  }
  AppSettings app_settings;
  app_settings.data_cipher = open_data_key(options);
  if (!app_settings.data_cipher) return 2;
  app_settings.service_name = options.get("service-name");
  app_settings.public_url = options.get("public-url").empty()
                                ? "http://localhost:" + std::to_string(settings.port)
                                : options.get("public-url");
  AppContext context{*storage, *clock, app_settings};
  // Start libsodium and make the dummy hash now, so the first sign-in with an unknown email takes
  // as long as any other (no timing clue that the account does not exist).
  security::initialise_sodium();
  security::dummy_verify("", app_settings.password_cost);

  MailSettings mail;
  mail.host = options.get("smtp-host");
  mail.port = smtp_port.value();
  mail.security = security == "starttls" ? SmtpSecurity::starttls
                  : security == "tls"    ? SmtpSecurity::tls
                                         : SmtpSecurity::none;
  mail.username = options.get("smtp-username");
  mail.password = options.get("smtp-password");
  mail.from = options.get("mail-from");
  mail.poll_seconds = poll.value();
  MailSender sender(context, mail);
  sender.start();
  if (mail.host.empty())
    std::cout << "casereview: no --smtp-host: email is kept in the outbox, not sent\n";

  // Reminder emails for the statutory clocks (Rule REM-1, Rule REM-2), and removing notification
  // drafts past their 24 hours; idempotent across servers.
  ScheduledJobs jobs(context, jobs_poll.value());
  jobs.add("case reminders", queue_case_reminders);
  jobs.add("training reminders", queue_training_reminders);
  jobs.add("action reminders", queue_action_reminders);
  jobs.add("library digests", queue_library_digests);
  jobs.add("expired notification drafts", remove_expired_notification_drafts);
  jobs.start();

  web::Metrics metrics;
  web::SiteSettings site;
  site.service_name = options.get("service-name");
  site.organisation_name = options.get("organisation-name");
  site.secure_cookies = app_settings.public_url.rfind("https://", 0) == 0;
  site.metrics_from_anywhere = options.has("metrics-from-anywhere");
  web::Services services{assets, metrics, site, context, mail.host.empty() ? nullptr : &sender};
  const web::Router router = web::build_router();
  const int status = web::serve(settings, router, services);
  jobs.stop();
  sender.stop();
  return status;
}

}  // namespace casereview::cli
