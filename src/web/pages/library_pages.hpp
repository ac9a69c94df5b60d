// The public learning library (issue 14, Rule LIB-1), for anyone, signed in or not:
//   GET /learning                   search the published entries of every partnership: words,
//                                   filters that combine (with counts), ranked results with the
//                                   words highlighted, paged; every link keeps the search
//   GET /learning/{id}              one entry: a content note, its sections, its themes (each a
//                                   link to the library filtered by it), the report as HTML
//   GET /learning/{id}/pdf    the same as a tagged PDF
//   GET /learning/themes            every theme with how many entries it gathers, each a link to
//                                   the library filtered by it
//   GET /learning/feed         the latest published entries as an Atom feed (RFC 4287)
#pragma once

#include "web/router.hpp"

namespace casereview::web {

void add_library_routes(Router& router);

}  // namespace casereview::web
