// The learning library's themes (issue 14, Rule LIB-1): the bundled list of 32, which a
// partnership's administrator (Permission::manage_settings) may extend. The list is one for the
// whole installation — every partnership's entries are filtered by it — so a theme, once added,
// is there for all of them; each addition is audited.
#pragma once

#include <string>
#include <vector>

#include "app/context.hpp"
#include "domain/library_entry.hpp"

namespace casereview {

// Each theme with how many published entries it gathers, in the list's order.
struct ThemeCount {
  LibraryTheme theme;
  int entries = 0;
};
Result<std::vector<ThemeCount>> library_theme_counts(AppContext& context, const Caller& caller);

// Rule LIB-1. invalid_input naming "name" as library_theme_from, or when the library has a theme
// of that name or slug already.
Result<LibraryTheme> add_library_theme(AppContext& context, const Caller& caller,
                                       const std::string& name);

}  // namespace casereview
