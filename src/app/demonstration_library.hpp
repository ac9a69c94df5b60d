// The demonstration partnership's learning library (issue 14): three reviews it published before it
// used casereview (invented, with themes, keywords and short reports), so the public library is not
// empty on first run, and the local CSPR's publication under way — decided, its library entry
// written with a child's given name left in it, waiting for the anonymisation check to find it.
#pragma once

#include "app/ports.hpp"

namespace casereview {

Status add_demonstration_library(Transaction& transaction, const CaseRecord& practice,
                                 Id manager_id, Instant now);

}  // namespace casereview
