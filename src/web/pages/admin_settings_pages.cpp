// A partnership's settings, for its administrator: its name and the time-scales later stages use
// to compute deadlines (domain/partnership_settings.hpp lists them, with their defaults and
// ranges; read_settings and update_settings in app/accounts.hpp read and change them).
#include <string_view>

#include "app/accounts.hpp"
#include "domain/partnership_settings.hpp"
#include "web/components/button.hpp"
#include "web/forms.hpp"
#include "web/layout.hpp"
#include "web/pages/admin_pages.hpp"
#include "web/problem.hpp"

namespace casereview::web::admin {

namespace {

// The unit a setting counts in, as check_settings words it in its messages.
std::string unit_of(const SettingSpec& spec) {
  return std::string_view(spec.key).find("months") != std::string_view::npos ? "months" : "working days";
}

Response settings_page(const Request& request, Services& services, const std::optional<Error>& error) {
  auto settings = read_settings(services.app, request.caller());
  if (!settings) return error_response(settings.error(), request, services);
  const std::map<std::string, int> current = settings_with_defaults(settings.value().values);
  FormState form(request, error);

  Html fields = text_input(form, {.name = "name",
                                  .value = error ? form.value("name") : settings.value().name,
                                  .label = {.text = "Partnership name", .classes = "govuk-label--m"},
                                  .autocomplete = "off"});
  fields += Html::trusted(
      "<h2 class=\"govuk-heading-m\">Time-scales</h2><p class=\"govuk-body\">Deadlines are counted in working days "
      "(Monday to Friday, except bank holidays in England and Wales) or in calendar months.</p>");
  for (const SettingSpec& spec : partnership_setting_specs) {
    const std::string unit = unit_of(spec);
    fields += text_input(
        form, {.name = spec.key,
               .inputmode = "numeric",
               .value = error ? form.value(spec.key) : std::to_string(current.at(spec.key)),
               .label = {.text = spec.label, .classes = "govuk-label--s"},
               .hint = govuk::HintOptions{.text = std::string(spec.hint) + " Between " + std::to_string(spec.minimum) +
                                                  " and " + std::to_string(spec.maximum) + " " + unit + "."},
               .suffix = {.text = unit},
               .classes = "govuk-input--width-3",
               .spellcheck = false});
  }

  Page page;
  page.title = "Settings";
  page.has_errors = form.has_errors();
  page.content =
      two_thirds(success_banner(done_flag(request) == "saved" ? "Settings saved" : "") + form.error_summary() +
                 heading("Settings") + form_start(request, "/admin/settings") + fields +
                 govuk::button({.text = "Save settings", .prevent_double_click = true}) + form_end());
  return Response::html(render_page(page, request, services), error ? 422 : 200);
}

// GET /admin/settings
Response show_settings(const Request& request, Services& services) {
  return settings_page(request, services, std::nullopt);
}

// POST /admin/settings
Response submit_settings(const Request& request, Services& services) {
  std::map<std::string, std::string> values;
  for (const SettingSpec& spec : partnership_setting_specs) {
    if (auto value = request.form_value(spec.key)) values[spec.key] = *value;
  }
  Status updated = update_settings(services.app, request.caller(), request.form_value("name").value_or(""), values);
  if (!updated) {
    if (updated.error().code == ErrorCode::invalid_input) return settings_page(request, services, updated.error());
    return error_response(updated.error(), request, services);
  }
  return Response::redirect("/admin/settings?done=saved");
}

}  // namespace

void add_settings_routes(Router& router) {
  router.add("GET", "/admin/settings", Permission::manage_settings, show_settings);
  router.add("POST", "/admin/settings", Permission::manage_settings, submit_settings);
}

}  // namespace casereview::web::admin
