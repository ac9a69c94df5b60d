// A page that only says something — a link not recognised or expired, "check your email" — with
// its heading, its words and its status, and a back link when one is given.
#pragma once

#include <string>

#include "web/layout.hpp"

namespace casereview::web {

struct BackLink {
  std::string text;
  std::string href;  // none when empty
};

Response message_page(const Request& request, Services& services, const std::string& title,
                      Html content, int status = 200, const BackLink& back = {});

}  // namespace casereview::web
