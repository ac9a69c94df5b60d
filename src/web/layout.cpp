#include "web/layout.hpp"

#include "domain/policy.hpp"
#include "web/components/footer.hpp"
#include "web/components/generic_header.hpp"
#include "web/components/phase_banner.hpp"
#include "web/components/service_navigation.hpp"
#include "web/components/skip_link.hpp"
#include "web/display.hpp"
#include "web/forms.hpp"

namespace casereview::web {

namespace {

// One choice in the display controls: a plain link that sets a cookie and comes back here.
Html display_link(const std::string& setting, const std::string& value, const std::string& label,
                  const std::string& hidden_label, bool current, const std::string& return_to) {
  return Html::trusted("<li><a class=\"govuk-link\" href=\"/display?") +
         escape(setting + "=" + value) + Html::trusted("&amp;return-to=") +
         escape(query_encode(return_to)) + Html::trusted("\"") +
         Html::trusted(current ? " aria-current=\"true\"" : "") + Html::trusted(">") +
         escape(label) + Html::trusted("<span class=\"govuk-visually-hidden\"> ") +
         escape(hidden_label) + Html::trusted("</span></a></li>");
}

Html display_controls(const Request& request) {
  const std::string here = request.target();
  const TextSize size = request.display.text_size;
  const ColourScheme colours = request.display.colour_scheme;
  return Html::trusted(
             "<nav class=\"cr-display-controls\" aria-label=\"Display settings\">"
             "<ul class=\"cr-display-controls__group\"><li aria-hidden=\"true\">Text size:</li>") +
         display_link("text-size", "standard", "A", "standard text size",
                      size == TextSize::standard, here) +
         display_link("text-size", "large", "A+", "large text size", size == TextSize::large,
                      here) +
         display_link("text-size", "larger", "A++", "largest text size", size == TextSize::larger,
                      here) +
         Html::trusted(
             "</ul><ul class=\"cr-display-controls__group\"><li "
             "aria-hidden=\"true\">Colours:</li>") +
         display_link("colours", "standard", "Standard", "colours",
                      colours == ColourScheme::standard, here) +
         display_link("colours", "high-contrast", "High contrast", "black and white colours",
                      colours == ColourScheme::high_contrast, here) +
         Html::trusted("</ul></nav>");
}

Html footer(const Services& services) {
  return govuk::footer(
      {.meta = govuk::FooterMeta{.items = {{.text = "Accessibility statement",
                                            .href = "/accessibility-statement"},
                                           {.text = "Privacy notice", .href = "/privacy-notice"}}},
       .content_licence =
           govuk::FooterStatement{.text = "Run by " + services.site.organisation_name},
       .crown_branding = false});
}

// The service navigation: the sections the reader may use, and signing in or out. Signing out is
// a form (it changes state), styled as a navigation link.
Html navigation(const Request& request, const Services& services) {
  govuk::ServiceNavigationOptions options;
  options.service_name = services.site.service_name;
  options.service_url = "/";
  options.navigation_label = "Menu";
  auto item = [&](const std::string& text, const std::string& href) {
    const bool here = request.path == href || request.path.rfind(href + "/", 0) == 0;
    options.navigation.push_back({.current = here, .text = text, .href = href});
  };
  item("Training", "/courses");
  item("Learning", "/learning");  // issue 14: the public library of what reviews taught
  if (request.actor) {
    item("My training", "/my-training");
    if (request.actor->has_role(Role::trainer) || request.actor->has_role(Role::manager)) {
      item("Training sessions", "/training-sessions");
    }
    if (request.actor->has_role(Role::admin)) {
      item("Users", "/admin/users");
      item("Agencies", "/admin/agencies");
      item("Settings", "/admin/settings");
      item("Audit log", "/admin/audit-log");
    }
    // The case journeys, for the roles that use them.
    if (permits(request.actor, false, Permission::view_cases)) item("Cases", "/dashboard");
    if (permits(request.actor, false, Permission::view_appointed_reviews))
      item("Your reviews", "/my-reviews");
    if (permits(request.actor, false, Permission::respond_for_agency))
      item("Your requests", "/agency-requests");
    if (permits(request.actor, false, Permission::check_report_accuracy))
      item("Reports to check", "/report-checks");
    if (permits(request.actor, false, Permission::sign_off_for_partner))
      item("Rapid reviews to sign", "/sign-offs");
    if (permits(request.actor, false, Permission::sign_off_for_partner))
      item("Final reports to sign", "/report-sign-offs");
    // Issue 13: the committee's action plans, or a strategic lead's own agency's actions.
    if (permits(request.actor, false, Permission::oversee_actions))
      item("Actions", "/actions");
    else if (permits(request.actor, false, Permission::work_on_actions))
      item("My actions", "/actions");
    if (request.actor->has_role(Role::panel)) item("Rapid reviews", "/panel");
    // Issue 15 (Rule YR-1): the partnership's yearly report; every partnership's for the Panel.
    if (permits(request.actor, false, Permission::report_yearly))
      item("Yearly report", "/yearly-report");
    if (permits(request.actor, false, Permission::view_national_figures))
      item("Yearly figures", "/yearly-report/national");
    if (permits(request.actor, false, Permission::view_notifications))
      item("Notifications", "/notifications");
    item("Your account", "/account");
  }
  if (request.session) {
    options.slots.navigation_end =
        Html::trusted("<li class=\"govuk-service-navigation__item\">") +
        form_start(request, "/sign-out") +
        Html::trusted(
            "<button type=\"submit\" class=\"govuk-service-navigation__link cr-link-button\">Sign "
            "out</button>") +
        form_end() + Html::trusted("</li>");
  } else {
    item("Sign in", "/sign-in");
  }
  return govuk::service_navigation(options);
}

}  // namespace

std::string render_page(const Page& page, const Request& request, const Services& services) {
  const AssetCatalogue& assets = services.assets;
  auto asset_url = [&](const std::string& name) -> std::string {
    try {
      return assets.url(name);
    } catch (const std::out_of_range&) {
      return "/assets/" + name;  // not built: the page still works, unstyled
    }
  };
  const std::string title =
      (page.has_errors ? "Error: " : "") + page.title +
      (page.title == services.site.service_name ? "" : " – " + services.site.service_name);

  Html document = Html::trusted("<!DOCTYPE html>\n<html lang=\"en\" class=\"") +
                  escape(html_classes(request.display)) +
                  Html::trusted("\">\n<head>\n<meta charset=\"utf-8\">\n<title>") + escape(title) +
                  Html::trusted(
                      "</title>\n<meta name=\"viewport\" content=\"width=device-width, "
                      "initial-scale=1, viewport-fit=cover\">\n"
                      "<meta name=\"theme-color\" content=\"#1d70b8\">\n<link rel=\"icon\" "
                      "sizes=\"48x48\" href=\"") +
                  escape(asset_url("images/favicon.ico")) +
                  Html::trusted("\">\n<link rel=\"stylesheet\" href=\"") +
                  escape(asset_url("casereview.css")) +
                  Html::trusted("\">\n</head>\n<body class=\"govuk-template__body\">\n");

  document += govuk::skip_link({.text = "Skip to main content", .href = "#main-content"});
  document += Html::trusted("<header class=\"govuk-template__header\">");
  document += govuk::generic_header({.url = "/", .logo_text = services.site.organisation_name});
  document += navigation(request, services);
  document += Html::trusted("</header>\n<div class=\"govuk-width-container\">");
  document += govuk::phase_banner(
      {.html = Html::trusted("This is a new service. Help us improve it by telling the "
                             "partnership’s business team what you think."),
       .tag = {.text = "Beta"}});
  document += display_controls(request);
  document += page.before_content;
  document += Html::trusted("<main class=\"govuk-main-wrapper\" id=\"main-content\">\n") +
              page.content + Html::trusted("\n</main>\n</div>\n");
  document += Html::trusted("<footer class=\"govuk-template__footer\">") + footer(services) +
              Html::trusted("</footer>");
  // Both scripts are named here so that the browser fetches them at once; init.js imports
  // govuk-frontend from the address of the first script, which it finds by its id.
  document += Html::trusted("\n<script type=\"module\" id=\"govuk-frontend\" src=\"") +
              escape(asset_url("govuk-frontend.min.js")) +
              Html::trusted("\"></script>\n<script type=\"module\" src=\"") +
              escape(asset_url("init.js")) + Html::trusted("\"></script>\n</body>\n</html>\n");
  return document.str();
}

Response page_response(const Page& page, const Request& request, const Services& services,
                       int status) {
  return Response::html(render_page(page, request, services), status);
}

}  // namespace casereview::web
