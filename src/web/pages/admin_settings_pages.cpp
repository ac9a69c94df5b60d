// A partnership's settings, for its administrator: its name, the time-scales later stages use
// to compute deadlines and who may book its courses (domain/partnership_settings.hpp lists them,
// with their defaults and ranges; read_settings and update_settings in app/accounts.hpp read and
// change them).

#include "app/accounts.hpp"
#include "app/reviews/commissioning.hpp"
#include "app/working_day_calendar.hpp"
#include "domain/partnership_settings.hpp"
#include "domain/report_version.hpp"
#include "domain/uk_time.hpp"
#include "web/components/button.hpp"
#include "web/components/checkboxes.hpp"
#include "web/components/file_upload.hpp"
#include "web/components/radios.hpp"
#include "web/components/textarea.hpp"
#include "web/forms.hpp"
#include "web/layout.hpp"
#include "web/page_markup.hpp"
#include "web/pages/admin_pages.hpp"
#include "web/problem.hpp"

namespace casereview::web::admin {

namespace {

// The most a bank-holidays file may hold: GOV.UK's is about 20 KB.
constexpr std::size_t most_bank_holiday_bytes = 512 * 1024;
constexpr const char* too_large_file_message = "The selected file must be smaller than 512 KB";

// The working-day calendar in force and the form to upload a newer GOV.UK file (multipart, so
// the form is written out here rather than with form_start).
Html bank_holidays_section(const Request& request, const CalendarInForce& calendar,
                           const FormErrors& upload) {
  std::string source =
      calendar.uploaded ? "A file uploaded" : "The bank holidays built into the service";
  if (calendar.uploaded && calendar.uploaded_at)
    source += " on " + uk_time_text(*calendar.uploaded_at);
  if (calendar.uploaded && !calendar.uploaded_by.empty()) source += " by " + calendar.uploaded_by;
  return Html::trusted(
             "<h2 class=\"govuk-heading-m\" id=\"bank-holidays\">Bank holidays</h2><p "
             "class=\"govuk-body\" id=\"bank-holidays-years\">") +
         escape("Working days are counted with the bank holidays of England and Wales from " +
                std::to_string(calendar.first_year) + " to " + std::to_string(calendar.last_year) +
                ". " + source + ".") +
         Html::trusted(
             "</p><p class=\"govuk-body\">A deadline that falls after the last of these years "
             "cannot be worked out. "
             "When GOV.UK publishes more years, download its file from "
             "<a class=\"govuk-link\" "
             "href=\"https://www.gov.uk/bank-holidays.json\">www.gov.uk/bank-holidays.json</a> "
             "and upload it here.</p>") +
         Html::trusted(
             "<form method=\"post\" action=\"/admin/settings/bank-holidays\" "
             "enctype=\"multipart/form-data\" novalidate>") +
         csrf_input(request) +
         govuk::file_upload(
             {.id = "file",
              .name = "file",
              .label = {.text = "Upload a GOV.UK bank holidays file", .classes = "govuk-label--s"},
              .hint = govuk::HintOptions{.text = "A JSON file, smaller than 512 KB."},
              .error_message = upload.for_field("file"),
              .attributes = {{"accept", ".json,application/json"}}}) +
         govuk::button({.text = "Upload bank holidays",
                        .classes = "govuk-button--secondary",
                        .prevent_double_click = true}) +
         form_end();
}

Response settings_page(const Request& request, Services& services,
                       const std::optional<Error>& error,
                       const std::optional<Error>& upload_error = std::nullopt) {
  auto settings = read_settings(services.app, request.caller());
  if (!settings) return error_response(settings.error(), request, services);
  auto calendar = calendar_in_force(services.app, request.caller());
  if (!calendar) return error_response(calendar.error(), request, services);
  const FormErrors upload = FormErrors::of(upload_error);
  const SettingValues& current = settings.value().values;
  const FormErrors errors = FormErrors::of(error);

  Html fields =
      text_input(request, errors,
                 {.name = "name",
                  .value = error ? request.form_value("name").value_or("") : settings.value().name,
                  .label = {.text = "Partnership name", .classes = "govuk-label--m"},
                  .autocomplete = "off"});
  fields += Html::trusted(
      "<h2 class=\"govuk-heading-m\">Time-scales</h2><p class=\"govuk-body\">Deadlines are counted "
      "in working days "
      "(Monday to Friday, except bank holidays in England and Wales) or in calendar months.</p>");
  // The numeric settings of one group, each with its range and unit.
  const auto numbers = [&](SettingGroup group) {
    Html inputs;
    for (const SettingSpec& spec : partnership_setting_specs) {
      if (spec.group != group) continue;
      const std::string unit = setting_unit(spec);
      inputs += text_input(
          request, errors,
          {.name = spec.key,
           .inputmode = "numeric",
           .value = error ? request.form_value(spec.key).value_or("")
                          : std::to_string(current.time_scales.at(spec.key)),
           .label = {.text = spec.label, .classes = "govuk-label--s"},
           .hint = govuk::HintOptions{.text = std::string(spec.hint) + " Between " +
                                              std::to_string(spec.minimum) + " and " +
                                              std::to_string(spec.maximum) + " " + unit + "."},
           .suffix = {.text = unit},
           .classes = "govuk-input--width-3",
           .spellcheck = false});
    }
    return inputs;
  };
  fields += numbers(SettingGroup::time_scales);
  // Rule REV-1: the methodologies offered when a review is commissioned.
  auto methodologies = review_methodologies(services.app, request.caller());
  if (!methodologies) return error_response(methodologies.error(), request, services);
  std::string listed;
  for (const std::string& method : methodologies.value())
    listed += (listed.empty() ? "" : "\n") + method;
  fields +=
      Html::trusted("<h2 class=\"govuk-heading-m\">Reviews</h2>") +
      govuk::textarea(
          {.id = review_methodologies_key,
           .name = review_methodologies_key,
           .rows = 5,
           .value = error ? request.form_value(review_methodologies_key).value_or("") : listed,
           .label = {.text = "Methodologies offered when a review is commissioned",
                     .classes = "govuk-label--s"},
           .hint = govuk::HintOptions{.text = "One a line. \"Other\", with its own name, is "
                                              "always offered too."},
           .error_message = errors.for_field(review_methodologies_key)});
  // Rule RPT-1: the sections a report written in the program starts with.
  std::string sections;
  for (const std::string& title : settings.value().report_sections)
    sections += (sections.empty() ? "" : "\n") + title;
  fields += govuk::textarea(
      {.id = report_sections_key,
       .name = report_sections_key,
       .rows = 7,
       .value = error ? request.form_value(report_sections_key).value_or("") : sections,
       .label = {.text = "Sections of a review's report", .classes = "govuk-label--s"},
       .hint = govuk::HintOptions{.text = "One a line, in order. A new version of a report "
                                          "written here starts with these headings."},
       .error_message = errors.for_field(report_sections_key)});
  fields +=
      Html::trusted("<h2 class=\"govuk-heading-m\">Training</h2>") +
      govuk::radios(
          {.name = course_booking_key,
           .items = {{.text = "Only people who work in our partnership area",
                      .value = course_booking_name(CourseBooking::own_workforce),
                      .hint = {.text = "Our staff, and practitioners who said when they "
                                       "registered that they work in our area."}},
                     {.text = "People from any partnership",
                      .value = course_booking_name(CourseBooking::any_partnership)}},
           .value = error ? request.form_value(course_booking_key).value_or("")
                          : course_booking_name(current.course_booking),
           .fieldset =
               govuk::InputsFieldsetOptions{.legend = {.text = "Who may book your courses?",
                                                       .classes = "govuk-fieldset__legend--s"}},
           .error_message = errors.for_field(course_booking_key)}) +
      numbers(SettingGroup::training) +
      // Rule TRN-5 and Rule TRN-8: a single checkbox; not ticked sends nothing, which is "no".
      govuk::checkboxes(
          {.name = certificates_need_code_key,
           .items = {{.text = "Certificates need the attendance code",
                      .value = "yes",
                      .hint = {.text = "A person marked attended gets their certificate only if "
                                       "they signed in to the session with the code the trainer "
                                       "showed."},
                      .checked = error ? request.form_value(certificates_need_code_key) == "yes"
                                       : current.certificates_need_code}},
           .fieldset =
               govuk::InputsFieldsetOptions{
                   .legend = {.text = "Attendance", .classes = "govuk-fieldset__legend--s"}},
           .error_message = errors.for_field(certificates_need_code_key)});

  Page page;
  page.title = "Settings";
  page.has_errors = !errors.empty() || !upload.empty();
  const std::string done = request.done_flag();
  const std::string banner = done == "saved"           ? "Settings saved"
                             : done == "bank-holidays" ? "Bank holidays uploaded"
                                                       : "";
  page.content =
      two_thirds(success_banner(banner) + errors.summary() + upload.summary() +
                 heading("Settings") + form_start(request, "/admin/settings") + fields +
                 govuk::button({.text = "Save settings", .prevent_double_click = true}) +
                 form_end() + bank_holidays_section(request, calendar.value(), upload) +
                 section_heading("The learning library") +
                 paragraph_link("/admin/library-themes", "The themes reviews are filed under"));
  return page_response(page, request, services,
                       errors.empty() ? upload.http_status() : errors.http_status());
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
  if (auto value = request.form_value(course_booking_key)) values[course_booking_key] = *value;
  if (auto value = request.form_value(certificates_need_code_key))
    values[certificates_need_code_key] = *value;
  for (const char* list : {review_methodologies_key, report_sections_key})
    if (auto value = request.form_value(list)) values[list] = *value;
  Status updated = update_settings(services.app, request.caller(),
                                   request.form_value("name").value_or(""), values);
  if (!updated) {
    if (shown_on_form(updated.error())) return settings_page(request, services, updated.error());
    return error_response(updated.error(), request, services);
  }
  return Response::redirect("/admin/settings?done=saved");
}

// POST /admin/settings/bank-holidays (multipart/form-data): a newer GOV.UK bank-holidays file.
// The type and size are checked here; what the file says is checked by the use case.
Response upload_holidays(const Request& request, Services& services) {
  const UploadedFile* file = nullptr;
  for (const UploadedFile& each : request.files) {
    if (each.field == "file" && !each.filename.empty()) file = &each;
  }
  auto refuse = [&](const std::string& message) {
    return settings_page(request, services, std::nullopt, Error::invalid({{"file", message}}));
  };
  if (!file || file->content.empty()) return refuse("Select a GOV.UK bank holidays file");
  if (file->content.size() > most_bank_holiday_bytes) return refuse(too_large_file_message);
  const std::string type = file->content_type.substr(0, file->content_type.find(';'));
  const bool json_name = file->filename.size() > 5 &&
                         file->filename.compare(file->filename.size() - 5, 5, ".json") == 0;
  if (type != "application/json" &&
      !(json_name && (type.empty() || type == "application/octet-stream"))) {
    return refuse("The selected file must be a JSON file");
  }
  auto uploaded = upload_bank_holidays(services.app, request.caller(), file->content);
  if (!uploaded) {
    if (shown_on_form(uploaded.error()))
      return settings_page(request, services, std::nullopt, uploaded.error());
    return error_response(uploaded.error(), request, services);
  }
  return Response::redirect("/admin/settings?done=bank-holidays");
}

}  // namespace

void add_settings_routes(Router& router) {
  router.add("GET", "/admin/settings", Permission::manage_settings, show_settings);
  router.add("POST", "/admin/settings", Permission::manage_settings, submit_settings);
  router.add("POST", "/admin/settings/bank-holidays", Permission::manage_settings, upload_holidays);
  // A file over the server's body limit: the settings page again, with the error on the file.
  router.on_too_large([](const Request& request, Services& services) {
    Response page = settings_page(request, services, std::nullopt,
                                  Error::invalid({{"file", too_large_file_message}}));
    page.status = 413;
    return page;
  });
}

}  // namespace casereview::web::admin
