// The key practice episodes' pages (issue 12, Rule KPE-1): the new-episode form the merged
// chronology's chosen entries lead to, an episode's page with its entries in chronological order,
// changing an episode, the case's list of episodes, and the section of the review page that links
// them.
#pragma once

#include <string>

#include "domain/partnership.hpp"
#include "web/html.hpp"
#include "web/http.hpp"
#include "web/router.hpp"

namespace casereview::web {

// "/cases/{case_id}/key-practice-episodes"
std::string key_practice_episodes_path(Id case_id);

// The review page's "Key practice episodes" section: the episodes (the first page) linked, and
// for those who make them, where to start; nothing for those who may not read them.
Html review_key_practice_episodes_section(const Request& request, Services& services, Id case_id);

void add_key_practice_episode_routes(Router& router);

}  // namespace casereview::web
