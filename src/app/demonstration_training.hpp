// The training part of the demonstration data (casereview demo): the "Case reviews" course, written
// for the fictional Northbrook partnership (data/course-case-reviews.md and .json, bundled), its
// sessions around the clock's date and the practitioners booked on them.
#pragma once

#include "app/ports.hpp"

namespace casereview {

// Adds, in `transaction`: the published course; four sessions run by trainer@northbrook.example —
// a virtual one nearly full, an in-person one full with a waiting list, a later virtual one with
// places, and one in the past whose register is marked, with a certificate issued to
// learner@northbrook.example — and the practitioner accounts (active, `password_hash`) booked on
// them. Fails with internal when the bundled course files are missing or unreadable, or the
// demonstration trainer or learner account is missing.
Status load_training_demonstration(Transaction& transaction, const Partnership& partnership,
                                   Instant now, const std::string& password_hash);

}  // namespace casereview
