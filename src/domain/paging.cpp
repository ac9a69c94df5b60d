// One page of a list paged in the database: see paging.hpp.
#include "domain/paging.hpp"

#include <algorithm>

namespace casereview {

PageWindow page_window(int page, int total, int per_page) {
  PageWindow window;
  window.page_count = std::max(1, (total + per_page - 1) / per_page);
  window.page = std::clamp(page, 1, window.page_count);
  window.offset = (window.page - 1) * per_page;
  return window;
}

}  // namespace casereview
