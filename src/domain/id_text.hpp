// An id as the pages, forms, API and filters write it: a positive decimal number of 1 to 18 digits
// with no leading zero (so it always fits an Id). The router's {name:int} parameters, every id read
// from a form or a JSON body, and the use cases that take ids as text go through this one rule.
//
// A pure function: safe from any thread.
#pragma once

#include <optional>
#include <string_view>

#include "domain/partnership.hpp"  // Id

namespace casereview {

// The id `text` writes, or nullopt for anything else ("012", "-1", "1e3", "").
std::optional<Id> parse_id(std::string_view text);

}  // namespace casereview
