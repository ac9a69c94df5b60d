// What the action plans' pages and API share: see action_page_parts.hpp.
#include "web/pages/action_page_parts.hpp"

#include "web/components/summary_list.hpp"
#include "web/components/tag.hpp"

namespace casereview::web {

Result<ActionFilter> action_filter_from_query(const Request& request) {
  const auto value = [&](const char* name) { return request.query_value(name).value_or(""); };
  return action_filter_from_text({.case_id = value("case_id"),
                                  .agency_id = value("agency_id"),
                                  .owner_user_id = value("owner_user_id"),
                                  .kind = value("kind"),
                                  .status = value("status"),
                                  .rag = value("rag"),
                                  .overdue = value("overdue")});
}

EvidenceInput evidence_from_form(const Request& request) {
  EvidenceInput input{.kind = request.form_value("kind").value_or(""),
                      .text = request.form_value("text").value_or("")};
  for (const UploadedFile& file : request.files)
    if (file.field == "file" && !file.filename.empty()) {
      input.file_name = file.filename;
      input.content = file.content;
    }
  return input;
}

Response evidence_download(EvidenceDownload file) {
  return Response::attachment(std::move(file.bytes), file.content_type, file.file_name);
}

namespace {

const char* rag_classes(Rag rag) {
  switch (rag) {
    case Rag::blue:
      return "govuk-tag--blue";
    case Rag::red:
      return "govuk-tag--red";
    case Rag::amber:
      return "govuk-tag--orange";
    case Rag::green:
      return "govuk-tag--green";
  }
  return "";
}

}  // namespace

Html rag_tag(Rag rag) {
  return govuk::tag({.text = rag == Rag::blue ? "Blue: closed" : std::string(rag_text(rag)),
                     .classes = rag_classes(rag)});
}

Html rag_legend(const RagThresholds& thresholds) {
  govuk::SummaryListOptions legend;
  for (Rag rag : all_rags)
    legend.rows.push_back(
        {.key = {.html = rag_tag(rag)}, .value = {.text = rag_meaning(rag, thresholds)}});
  return govuk::summary_list(legend);
}

std::string action_path(Id action_id) { return "/actions/" + std::to_string(action_id); }

}  // namespace casereview::web
