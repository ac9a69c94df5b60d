// The columns that hold values sealed with the data key (app/security/field_cipher.hpp), and
// re-sealing them under a new key while the server goes on serving: `casereview rekey`
// (issue 17). The store knows where sealed values live; the caller says what sealed means.
//
// Re-sealing walks each table in key order, a batch of rows at a time. A batch is read, its
// values are re-sealed outside any transaction, and each row is written back only if it still
// holds what was read (compare and set), in one short write transaction per batch. A row the
// server changed meanwhile is left as the server wrote it, and counted; running again picks it up
// if it is still under an older key. So nothing the server writes is lost, and a crash leaves
// every row wholly old or wholly new.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "domain/result.hpp"
#include "store/sql_storage.hpp"

namespace casereview::store {

struct ResealCount {
  std::int64_t resealed = 0;           // values written back under the new key
  std::int64_t changed_meanwhile = 0;  // rows changed by someone else between read and write
};

// `sealed` sealed again under the key whose values begin with the prefix given below.
using Reseal = std::function<Result<std::string>(const std::string& sealed)>;

// Re-seals every sealed value that does not begin with `current_prefix` ("v1.2."). Stops at the
// first value `reseal` refuses (a key not in the file, an altered value), with that error and the
// table, never the value; batches before it stay re-sealed.
Result<ResealCount> reseal_values(SqlStorage& storage, const std::string& current_prefix,
                                  const Reseal& reseal, int batch_rows = 100);

// How many sealed values do not begin with `current_prefix`.
Result<std::int64_t> count_values_under_other_keys(SqlStorage& storage,
                                                   const std::string& current_prefix);

}  // namespace casereview::store
