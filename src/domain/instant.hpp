// Instants (a moment in UTC, to the second) and their text form, "2026-11-26T09:30:00Z", which is
// how they are stored: the text sorts in time order on both engines. The domain never reads the
// clock; the current instant is always passed in.
#pragma once

#include <chrono>
#include <optional>
#include <string>

namespace casereview {

using Instant = std::chrono::sys_seconds;

std::string format_instant(Instant instant);
// Parses the stored form; nullopt for anything else.
std::optional<Instant> parse_instant(const std::string& text);

}  // namespace casereview
