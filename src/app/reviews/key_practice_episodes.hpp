// Key practice episodes (issue 12, Rule KPE-1): the reviewer chooses entries of the case's merged
// chronology and draws out an episode from them — a title, a period, a summary, the questions to
// explore and a neutral assessment (good practice, concerns, both, not yet assessed).
//
// Who may do what (checked here, on every call, not only by the pages that link here):
//   make and change an episode   Permission::manage_chronologies: a manager of the partnership; a
//                                reviewer only on a case they are appointed to (the lead reviewer
//                                or the independent author)
//   read the episodes            Permission::view_chronologies: those, and committee members
// Anyone else — another partnership, a reviewer not appointed — gets not_found, so the case's
// existence does not leak.
//
// An episode draws only on submitted entries of the case's merged chronology (Rule CHR-3): an
// entry still in an agency's draft, or of another case, is refused on "entry_ids".
#pragma once

#include <string>
#include <vector>

#include "app/context.hpp"
#include "domain/key_practice_episode.hpp"

namespace casereview {

// An episode as a form or the API gives it: the fields as text, the entries by id.
using KeyPracticeEpisodeInput = KeyPracticeEpisodeText;

// Rule KPE-1: makes the episode and returns it as stored. invalid_input as
// key_practice_episode_from_text, and on "entry_ids" when an entry is not a submitted entry of
// the case's merged chronology; wrong_state when the case has no commissioned review; forbidden
// without manage_chronologies; not_found for a case the caller does not reach (see above).
Result<KeyPracticeEpisode> add_key_practice_episode(AppContext& context, const Caller& caller,
                                                    Id case_id,
                                                    const KeyPracticeEpisodeInput& input);

// Rule KPE-1: rewrites the episode's fields and entries. Failures as add_key_practice_episode,
// and not_found for an episode of another case.
Result<KeyPracticeEpisode> change_key_practice_episode(AppContext& context, const Caller& caller,
                                                       Id case_id, Id episode_id,
                                                       const KeyPracticeEpisodeInput& input);

// How many episodes a page lists.
inline constexpr int key_practice_episodes_page_size = 20;

// One page of a case's episodes, in the order they were made.
struct KeyPracticeEpisodesPage {
  Id case_id = 0;
  std::string case_reference;
  std::vector<KeyPracticeEpisode> episodes;
  int page = 1;        // from 1
  int page_count = 1;  // at least 1, even with none
  int total = 0;
};

// The case's episodes, paged in the database; `page` beyond the last gives the last, below 1 the
// first. forbidden without view_chronologies; not_found for a case the caller does not reach.
Result<KeyPracticeEpisodesPage> list_key_practice_episodes(AppContext& context,
                                                           const Caller& caller, Id case_id,
                                                           int page);

// One episode with what its page shows about the case.
struct KeyPracticeEpisodeView {
  KeyPracticeEpisode episode;
  std::string case_reference;
  std::string created_by_name;
};

// The episode; not_found for one of another case, or a case the caller does not reach. forbidden
// without view_chronologies.
Result<KeyPracticeEpisodeView> view_key_practice_episode(AppContext& context, const Caller& caller,
                                                         Id case_id, Id episode_id);

}  // namespace casereview
