// Storage of the report's factual-accuracy round (issue 12, Rule RPT-1): which agencies a version
// went to and by when, whether each has sent its response, their contributors' comments and the
// reviewer's replies (the one accessor Transaction::report_accuracy() reaches it all). Every
// method takes the partnership's id and never reads another partnership's rows. Implemented in
// store/sql_report_accuracy_repositories.*.
#pragma once

#include <optional>
#include <vector>

#include "domain/report_accuracy.hpp"

namespace casereview {

class ReportAccuracyRepository {
 public:
  virtual ~ReportAccuracyRepository() = default;
  // Circulates the version to the agency by `due_on`: a new row, or for an agency that has it
  // already and has not answered, the new due date. Returns false (and changes nothing) when the
  // agency has answered already.
  virtual bool circulate(const ReportCirculation& circulation) = 0;
  // The version's circulation, agency by agency (ascending ids), each with its comment count.
  virtual std::vector<ReportCirculation> circulations(Id partnership_id, Id version_id) = 0;
  // One agency's part, with its comment count; nothing when the version did not go to it.
  virtual std::optional<ReportCirculation> circulation(Id partnership_id, Id version_id,
                                                       Id agency_id) = 0;
  // Marks the agency's response sent; false (and no change) when it was sent already or the
  // version did not go to it.
  virtual bool answer(Id partnership_id, Id version_id, Id agency_id, Id by, Instant at) = 0;
  // The versions circulated to an agency, newest circulation first, `limit` from `offset`.
  virtual std::vector<ReportCirculation> circulated_to_agency(Id partnership_id, Id agency_id,
                                                              int limit, int offset) = 0;
  virtual int count_circulated_to_agency(Id partnership_id, Id agency_id) = 0;

  // Stores the comment; returns its id.
  virtual Id add_comment(const ReportComment& comment) = 0;
  virtual std::optional<ReportComment> find_comment(Id partnership_id, Id comment_id) = 0;
  // The version's comments in the order made, of one agency or (none) of all, `limit` from
  // `offset`.
  virtual std::vector<ReportComment> comments(Id partnership_id, Id version_id,
                                              std::optional<Id> agency_id, int limit,
                                              int offset) = 0;
  virtual int count_comments(Id partnership_id, Id version_id, std::optional<Id> agency_id) = 0;
  // Rule RPT-1: records the reviewer's reply; false (and no change) when the comment has one.
  virtual bool reply(Id partnership_id, Id comment_id, CommentDecision decision,
                     const std::string& text, Id by, Instant at) = 0;
};

}  // namespace casereview
