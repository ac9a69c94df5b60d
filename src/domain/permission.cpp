#include "domain/permission.hpp"

namespace casereview {

std::string_view permission_name(Permission permission) {
  switch (permission) {
    case Permission::public_access:
      return "public";
  }
  return "unknown";
}

}  // namespace casereview
