// The learning library's themes: see library_themes.hpp.
#include "app/library/library_themes.hpp"

#include "app/audit.hpp"
#include "app/caller_checks.hpp"

namespace casereview {

Result<std::vector<ThemeCount>> library_theme_counts(AppContext& context, const Caller& caller) {
  TRY(require_permission(caller, Permission::manage_settings));
  return context.storage.transact(TransactionMode::read,
                                  [&](Transaction& transaction) -> Result<std::vector<ThemeCount>> {
                                    const LibraryFacets facets = transaction.library().facets({});
                                    std::vector<ThemeCount> counts;
                                    for (LibraryTheme& theme : transaction.library().themes()) {
                                      int entries = 0;
                                      for (const FacetCount& facet : facets.themes)
                                        if (facet.value == theme.slug) entries = facet.count;
                                      counts.push_back({std::move(theme), entries});
                                    }
                                    return counts;
                                  });
}

// Rule LIB-1.
Result<LibraryTheme> add_library_theme(AppContext& context, const Caller& caller,
                                       const std::string& name) {
  TRY(require_permission(caller, Permission::manage_settings));
  const LibraryTheme wanted = TRY(library_theme_from(name));
  const Instant now = context.clock.now();
  return context.storage.transact(
      TransactionMode::write, [&](Transaction& transaction) -> Result<LibraryTheme> {
        const auto added = transaction.library().add_theme(wanted.slug, wanted.name);
        if (!added)
          return Error::invalid(
              {{"name", "The library already has a theme called " + wanted.name}});
        record_audit(transaction, caller, now,
                     {audit_action::add_library_theme, audit_entity::library_theme,
                      std::to_string(added->id), audit_outcome::success, added->name});
        return *added;
      });
}

}  // namespace casereview
