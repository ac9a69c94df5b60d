// One page of a list paged in the database: which page to show of how many, and where it starts.
// A page below 1 gives the first; a page beyond the last gives the last; an empty list has one
// (empty) page.
//   const PageWindow window = page_window(3, 45, 20);  // {.page = 3, .page_count = 3, .offset =
//   40}
//
// Plain values and pure functions: safe from any thread.
#pragma once

namespace casereview {

struct PageWindow {
  int page = 1;
  int page_count = 1;
  int offset = 0;  // the first item's position, from 0
};

PageWindow page_window(int page, int total, int per_page);

}  // namespace casereview
