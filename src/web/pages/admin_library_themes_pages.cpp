// The learning library's themes, for a partnership's administrator (issue 14, Rule LIB-1): the
// list with each theme's entries, and a form to add one (add_library_theme in
// app/library/library_themes.hpp). The list is the whole installation's, so the page says so.
#include "app/library/library_themes.hpp"
#include "web/components/button.hpp"
#include "web/components/table.hpp"
#include "web/forms.hpp"
#include "web/layout.hpp"
#include "web/page_markup.hpp"
#include "web/pages/admin_pages.hpp"
#include "web/problem.hpp"

namespace casereview::web::admin {

namespace {

constexpr const char* themes_path = "/admin/library-themes";

Response themes_page(const Request& request, Services& services,
                     const std::optional<Error>& error) {
  auto counts = library_theme_counts(services.app, request.caller());
  if (!counts) return error_response(counts.error(), request, services);
  const FormErrors errors = FormErrors::of(error);
  govuk::TableOptions table{
      .head = {{.text = "Theme"}, {.text = "Published reviews", .format = "numeric"}},
      .caption = "The library's themes",
      .caption_classes = "govuk-visually-hidden",
      .first_cell_is_header = true};
  for (const ThemeCount& count : counts.value())
    table.rows.push_back(
        {{.text = count.theme.name}, {.text = std::to_string(count.entries), .format = "numeric"}});
  const std::string added = request.query_value("theme").value_or("");
  Page page;
  page.title = "The learning library's themes";
  page.has_errors = error.has_value();
  page.content = two_thirds(
      success_banner(request.done_flag() == "added" ? "Theme added: " + added : "") +
      errors.summary() + heading("The learning library's themes") +
      paragraph("Every partnership on this service files its published reviews under these "
                "themes, up to three each, and readers filter by them. A theme you add is there "
                "for every partnership.") +
      govuk::table(table) + Html::trusted("<h2 class=\"govuk-heading-m\">Add a theme</h2>") +
      form_start(request, themes_path) +
      text_input(request, errors,
                 {.name = "name",
                  .label = {.text = "Name"},
                  .hint = govuk::HintOptions{.text = "For example, Online harm."},
                  .autocomplete = "off"}) +
      govuk::button({.text = "Add the theme", .prevent_double_click = true}) + form_end());
  return page_response(page, request, services, error ? errors.http_status() : 200);
}

// GET /admin/library-themes
Response show_themes(const Request& request, Services& services) {
  return themes_page(request, services, std::nullopt);
}

// POST /admin/library-themes (Rule LIB-1)
Response submit_theme(const Request& request, Services& services) {
  auto added =
      add_library_theme(services.app, request.caller(), request.form_value("name").value_or(""));
  if (!added) {
    if (!shown_on_form(added.error())) return error_response(added.error(), request, services);
    return themes_page(request, services, added.error());
  }
  return Response::redirect(std::string(themes_path) +
                            "?done=added&theme=" + query_encode(added.value().name));
}

}  // namespace

void add_library_theme_routes(Router& router) {
  router.add("GET", themes_path, Permission::manage_settings, show_themes);
  router.add("POST", themes_path, Permission::manage_settings, submit_theme);
}

}  // namespace casereview::web::admin
