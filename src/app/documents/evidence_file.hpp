// What kind of file a piece of an action's evidence is (issue 13): PDF, DOCX, XLSX, PNG or JPEG,
// decided by its content, never by its name or the type the browser claims — and the name must
// agree with the content, so a program opening the download by its name opens what it is. The
// file is kept in the database and only ever downloaded as an attachment, under the type found
// here.
//
// Example:
//   Result<EvidenceFileType> type = evidence_file_type("audit.pdf", bytes, 20 << 20);
//   type.value().content_type  // "application/pdf"
//
// A pure function of its input: safe from any thread.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "domain/result.hpp"

namespace casereview {

struct EvidenceFileType {
  std::string content_type;  // e.g. "application/pdf"
  std::string extension;     // e.g. ".pdf"
};

// invalid_input on "file": empty, larger than `max_bytes` ("… must be smaller than 20 MB"), not
// one of the five kinds, or a name whose extension is not the content's ("The selected file is a
// PDF but its name ends .docx").
Result<EvidenceFileType> evidence_file_type(std::string_view name, std::string_view bytes,
                                            std::size_t max_bytes);

}  // namespace casereview
