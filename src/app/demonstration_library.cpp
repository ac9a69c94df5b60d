// The demonstration library: see demonstration_library.hpp. Every review here is invented.
#include "app/demonstration_library.hpp"

#include "domain/uk_time.hpp"

namespace casereview {

namespace {

struct PublishedReview {
  int days_ago = 0;
  ReviewOutcome kind = ReviewOutcome::local_cspr;
  AgeBand age_band = AgeBand::not_given;
  LibraryEntryText text;
  std::string report;
  std::vector<std::string> briefing;  // Rule LIB-2: the text under each default heading
};

std::vector<PublishedReview> published_reviews() {
  std::vector<PublishedReview> reviews;
  reviews.push_back(
      {420,
       ReviewOutcome::local_cspr,
       AgeBand::under_1,
       {.title = "Child J: a baby's death and safer sleep advice",
        .summary = "A baby of ten weeks died while sleeping on a sofa with a parent who had been "
                   "drinking. Midwives and health visitors had given safer sleep advice, but it "
                   "had not been talked through with the father or revisited when the family "
                   "moved to temporary housing.",
        .background = "The family had moved twice in the baby's first two months. The father "
                      "had not been present at any health contact.",
        .learning = "Safer sleep advice works best when it is given to every carer, including "
                    "fathers and partners, and checked again when circumstances change: a move, "
                    "a new baby, alcohol or drug use, or a parent's low mood. Practitioners "
                    "recorded that advice was given; no one recorded that it was understood.",
        .good_practice = "The health visitor arranged a Moses basket for the family within a day "
                         "of the first visit.",
        .recommendations = "1. Health partners to include every carer in safer sleep "
                           "conversations and record who was present.\n"
                           "2. Housing to tell the health visiting service when a family with a "
                           "baby under one moves into temporary accommodation.",
        .methodology = "A local child safeguarding practice review using a systems approach, "
                       "with a practitioner learning event.",
        .theme_slugs = {"sudden-unexpected-death-in-infancy-and-safer-sleep",
                        "men-in-the-childs-life", "information-sharing"},
        .keywords = {"safer sleep", "temporary accommodation", "fathers"},
        .age_band = AgeBand::under_1},
       "# Introduction\n\nThis review looked at the help given to Child J's family from "
       "pregnancy until Child J's death.\n\n# What happened\n\nSafer sleep advice was given "
       "three times to the mother. The father was not present.\n\n# Findings\n\nAdvice was "
       "recorded as given but not as understood; temporary accommodation was not shared with "
       "the health visitor.\n",
       {"A ten-week-old baby died while asleep on a sofa with a parent who had been drinking. "
        "The family had recently moved into temporary housing.",
        "Most sudden infant deaths in unsafe sleep happen when circumstances change. Every "
        "contact with a family is a chance to talk about safe sleep again.",
        "Advice was given to the mother only, and recorded as given, not as understood. No one "
        "knew the family had moved.",
        "The health visitor found a Moses basket for the family within a day of the first "
        "visit.",
        "Health partners now record every carer present for safer sleep conversations. Housing "
        "tells health visitors when a family with a baby moves.",
        "- Who cares for the babies you work with at night?\n- How do you check that advice "
        "is understood?\n- What changes should prompt you to talk about sleep again?",
        "Read the full report in the library, and book the partnership's safer sleep "
        "course."}});
  reviews.push_back(
      {210,
       ReviewOutcome::learning_review,
       AgeBand::age_11_to_15,
       {.title = "Child K: exploitation outside the home",
        .summary = "A 14-year-old was found carrying drugs for an organised group far from "
                   "home. He had been missing from education for months, and each agency saw a "
                   "different part of the picture.",
        .background = "Child K had been excluded from school and placed on a part-time "
                      "timetable.",
        .learning = "Professionals treated Child K as making choices rather than as a child "
                    "being exploited. Missing episodes were recorded one at a time, so the "
                    "pattern was not seen. Part-time timetables left long unsupervised hours. "
                    "Contextual safeguarding meetings came late and did not include the school.",
        .good_practice = "A youth worker kept in touch throughout and was trusted by Child K.",
        .recommendations = "1. Schools to tell the local authority of every part-time "
                           "timetable and review it every six weeks.\n"
                           "2. Return home interviews to be shared with the exploitation panel.",
        .methodology = "A learning review with practitioner conversations.",
        .theme_slugs = {"child-criminal-exploitation-and-extra-familial-harm",
                        "children-not-in-school-and-elective-home-education",
                        "professional-curiosity"},
        .keywords = {"county lines", "missing episodes", "part-time timetable"},
        .age_band = AgeBand::age_11_to_15},
       "# Introduction\n\nThis learning review asked how agencies understood the risks to Child "
       "K outside his home.\n\n# Findings\n\nThe language used about Child K described choices, "
       "not exploitation. Missing episodes were neglected as a pattern.\n",
       {"A 14-year-old boy was found carrying drugs for an organised group far from home, after "
        "months out of school.",
        "Children drawn into exploitation are victims. The words we use shape the help they "
        "get.",
        "Agencies each saw a part of the picture. Missing episodes were looked at one at a time, "
        "and a part-time timetable left long unsupervised days.",
        "A youth worker stayed in touch throughout and was the adult Child K trusted.",
        "Schools now report every part-time timetable. Return home interviews go to the "
        "exploitation panel.",
        "- Would you describe a child's behaviour as a choice?\n- Who else knows about this "
        "child's missing episodes?\n- When did you last check a part-time timetable?",
        "The partnership's exploitation procedures and the full learning review."}});
  reviews.push_back(
      {60,
       ReviewOutcome::local_cspr,
       AgeBand::age_5_to_10,
       {.title = "Child L: neglect seen over years",
        .summary = "A 7-year-old lived with chronic neglect for several years. Each referral "
                   "was assessed on its own and closed, and the child's daily experience was "
                   "not described in any assessment.",
        .background = "The family had four referrals to children's social care in five years.",
        .learning = "Neglect builds up: assessments that looked only at the latest incident "
                    "missed the history. Parents agreed to plans but little changed, and no one "
                    "challenged this disguised compliance. Escalation between agencies was "
                    "rarely used.",
        .good_practice = "The school nurse's chronology was clear and was used well by the "
                         "review.",
        .recommendations = "1. Use a neglect assessment tool for every repeat referral.\n"
                           "2. Remind practitioners of the escalation policy and how to use it.",
        .methodology = "A local CSPR using the SILP model.",
        .theme_slugs = {"neglect", "disguised-compliance-and-reluctant-engagement",
                        "escalation-and-professional-disagreement"},
        .keywords = {"chronic neglect", "repeat referrals"},
        .age_band = AgeBand::age_5_to_10},
       "# Introduction\n\nThis review covers five years of help to Child L's family.\n\n"
       "# Findings\n\nChild L was neglected over a long period; each referral was seen "
       "alone.\n",
       {"A 7-year-old lived with chronic neglect for years. Four referrals were each closed on "
        "their own.",
        "Neglect is the commonest reason for a child protection plan, and the easiest to lose "
        "sight of when each visit looks only at today.",
        "Assessments missed the history. Parents agreed to plans and little changed; nobody "
        "challenged it or escalated.",
        "The school nurse's clear chronology showed the pattern the review needed.",
        "A neglect assessment tool is used for every repeat referral, and the escalation policy "
        "has been relaunched.",
        "- What is a day like for this child?\n- What has changed since the last plan?\n- When "
        "did you last use the escalation policy?",
        "The neglect strategy, the assessment tool and the escalation policy, on the partnership's "
        "website."}});
  return reviews;
}

}  // namespace

Status add_demonstration_library(Transaction& transaction, const CaseRecord& practice,
                                 Id manager_id, Instant now) {
  const CivilDate today = uk_date(now);
  auto& library = transaction.library();
  for (PublishedReview& review : published_reviews()) {
    const CivilDate published_on = today.add_days(-review.days_ago);
    LibraryEntry entry;
    entry.partnership_id = practice.partnership_id;
    entry.year = published_on.year();
    entry.kind = review.kind;
    entry.text = review.text;
    const Id id = library.save(entry, manager_id, now);
    library.publish(practice.partnership_id, id, published_on, review.report);
    // Rule LIB-2: under the bundled template's headings.
    const std::vector<BriefingHeading> headings = default_briefing_template();
    std::vector<BriefingSection> briefing;
    for (std::size_t i = 0; i < headings.size() && i < review.briefing.size(); ++i)
      briefing.push_back({headings[i].heading, review.briefing[i]});
    library.save_briefing(id, briefing);
  }
  // Rule PUB-1, Rule PUB-3: the local CSPR's publication, decided, its entry written with the
  // child's given name left in the learning for the anonymisation check to find.
  Publication publication;
  publication.case_id = practice.id;
  publication.partnership_id = practice.partnership_id;
  publication.decision = PublicationDecision::publish;
  publication.planned_on = today.add_days(42);
  publication.decided_by = manager_id;
  publication.decided_at = now;
  transaction.publications().save_decision(publication);
  LibraryEntry entry;
  entry.partnership_id = practice.partnership_id;
  entry.case_id = practice.id;
  entry.year = publication.planned_on.year();
  entry.kind = ReviewOutcome::local_cspr;
  entry.text = {.title = "Child M: injuries that were explained away",
                .summary =
                    "A 7-year-old was found with untreated injuries after police had "
                    "attended the home twice.",
                .learning =
                    "When Hal's bruise was seen in 2021 the explanation was accepted "
                    "without speaking to the child alone.",
                .theme_slugs = {"physical-abuse", "information-sharing"},
                .age_band = AgeBand::age_5_to_10};
  library.save(entry, manager_id, now);
  return ok_status();
}

}  // namespace casereview
