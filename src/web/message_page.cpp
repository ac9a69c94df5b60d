// A page that only says something: see message_page.hpp.
#include "web/message_page.hpp"

#include "web/components/back_link.hpp"
#include "web/page_markup.hpp"

namespace casereview::web {

Response message_page(const Request& request, Services& services, const std::string& title,
                      Html content, int status, const BackLink& back) {
  Page page;
  page.title = title;
  if (!back.href.empty())
    page.before_content = govuk::back_link({.text = back.text, .href = back.href});
  page.content = two_thirds(heading(title) + content);
  return page_response(page, request, services, status);
}

}  // namespace casereview::web
