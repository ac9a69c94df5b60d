// Reading an enum back from its stored or submitted name, written once: each enum has a
// `…_name(value)` function that gives its name, and its `…_from_name` asks this helper which of
// its values has the name. One list of names per enum, so the two directions cannot disagree.
#pragma once

#include <iterator>
#include <optional>
#include <string_view>
#include <type_traits>

namespace casereview {

// The value among `all` (an array of every value, e.g. `std::array{A, B}`) whose `name_of(value)`
// is `name`; nothing when none is.
template <typename Values, typename NameOf>
auto enum_from_name(const Values& all, NameOf name_of, std::string_view name)
    -> std::optional<std::decay_t<decltype(*std::begin(all))>> {
  for (auto value : all) {
    if (name_of(value) == name) return value;
  }
  return std::nullopt;
}

}  // namespace casereview
