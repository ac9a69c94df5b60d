// The layers of DESIGN.md, enforced by reading the sources: every #include in src/ is checked
// against the rule of the layer its file belongs to. The libraries in CMakeLists.txt do not
// enforce this (a static library links whatever headers it was compiled against), so this test
// does:
//   - domain/ includes only the standard library and domain/ (no third-party header, nothing of
//     app, store, web or cli);
//   - app/ includes nothing of store/, web/ or cli/;
//   - store/ includes nothing of web/ or cli/;
//   - web/ includes nothing of store/ or cli/;
//   - cli/ wires everything together and may include anything.
// The sources are found through CASEREVIEW_SOURCE_DIR. The checker is first proven on a small
// fixture tree written to a temporary folder, so that a checker that finds nothing cannot pass.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace casereview::test {
namespace {

namespace fs = std::filesystem;

// The headers of the C++ standard library (C++23), including the <cname> forms of the C library.
// The <name.h> forms of the C library are left out on purpose: domain code uses <cname>.
const std::set<std::string>& standard_headers() {
  static const std::set<std::string> headers = {"algorithm",
                                                "any",
                                                "array",
                                                "atomic",
                                                "barrier",
                                                "bit",
                                                "bitset",
                                                "cassert",
                                                "cctype",
                                                "cerrno",
                                                "cfenv",
                                                "cfloat",
                                                "charconv",
                                                "chrono",
                                                "cinttypes",
                                                "climits",
                                                "clocale",
                                                "cmath",
                                                "codecvt",
                                                "compare",
                                                "complex",
                                                "concepts",
                                                "condition_variable",
                                                "coroutine",
                                                "csetjmp",
                                                "csignal",
                                                "cstdarg",
                                                "cstddef",
                                                "cstdint",
                                                "cstdio",
                                                "cstdlib",
                                                "cstring",
                                                "ctime",
                                                "cuchar",
                                                "cwchar",
                                                "cwctype",
                                                "deque",
                                                "exception",
                                                "execution",
                                                "expected",
                                                "filesystem",
                                                "flat_map",
                                                "flat_set",
                                                "format",
                                                "forward_list",
                                                "fstream",
                                                "functional",
                                                "future",
                                                "generator",
                                                "initializer_list",
                                                "iomanip",
                                                "ios",
                                                "iosfwd",
                                                "iostream",
                                                "istream",
                                                "iterator",
                                                "latch",
                                                "limits",
                                                "list",
                                                "locale",
                                                "map",
                                                "mdspan",
                                                "memory",
                                                "memory_resource",
                                                "mutex",
                                                "new",
                                                "numbers",
                                                "numeric",
                                                "optional",
                                                "ostream",
                                                "print",
                                                "queue",
                                                "random",
                                                "ranges",
                                                "ratio",
                                                "regex",
                                                "scoped_allocator",
                                                "semaphore",
                                                "set",
                                                "shared_mutex",
                                                "source_location",
                                                "span",
                                                "spanstream",
                                                "sstream",
                                                "stack",
                                                "stacktrace",
                                                "stdexcept",
                                                "stdfloat",
                                                "stop_token",
                                                "streambuf",
                                                "string",
                                                "string_view",
                                                "syncstream",
                                                "system_error",
                                                "thread",
                                                "tuple",
                                                "type_traits",
                                                "typeindex",
                                                "typeinfo",
                                                "unordered_map",
                                                "unordered_set",
                                                "utility",
                                                "valarray",
                                                "variant",
                                                "vector",
                                                "version"};
  return headers;
}

struct Violation {
  std::string file;  // relative to the source root, e.g. "app/accounts.cpp"
  int line = 0;
  std::string included;  // as resolved against the source root when it is one of ours

  bool operator==(const Violation&) const = default;
};

std::ostream& operator<<(std::ostream& out, const Violation& violation) {
  return out << violation.file << ":" << violation.line << " includes " << violation.included;
}

std::string first_component(const std::string& path) { return path.substr(0, path.find('/')); }

// The layers each layer must not include; domain is handled apart (it has an allow-list).
const std::map<std::string, std::set<std::string>>& forbidden_layers() {
  static const std::map<std::string, std::set<std::string>> forbidden = {
      {"app", {"store", "web", "cli"}},
      {"store", {"web", "cli"}},
      {"web", {"store", "cli"}},
      {"cli", {}},
  };
  return forbidden;
}

// Whether `included` (resolved as below) may appear in a file of `layer`.
bool allowed(const std::string& layer, const std::string& included, bool angle_brackets) {
  const std::string target_layer = first_component(included);
  if (layer == "domain") {
    if (target_layer == "domain" && included.find('/') != std::string::npos) return true;
    return angle_brackets && standard_headers().contains(included);
  }
  auto rule = forbidden_layers().find(layer);
  if (rule == forbidden_layers().end()) return true;
  return !rule->second.contains(target_layer);
}

// Every include of every C++ file under `source_root` that breaks its layer's rule, in file order.
// A quoted include that names a file relative to the including file ("../store/x.hpp") is
// resolved against the source root first. Throws std::runtime_error when the root is missing.
std::vector<Violation> layer_violations(const fs::path& source_root) {
  if (!fs::is_directory(source_root)) {
    throw std::runtime_error("no source folder at " + source_root.string());
  }
  static const std::regex include_line(R"(^\s*#\s*include\s*([<"])([^>"]+)[>"])");
  const fs::path root = fs::canonical(source_root);
  std::vector<fs::path> files;
  for (const fs::directory_entry& entry : fs::recursive_directory_iterator(root)) {
    const std::string extension = entry.path().extension().string();
    if (entry.is_regular_file() &&
        (extension == ".cpp" || extension == ".hpp" || extension == ".h" || extension == ".cc")) {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());

  std::vector<Violation> violations;
  for (const fs::path& file : files) {
    const std::string relative = fs::relative(file, root).generic_string();
    const std::string layer = first_component(relative);
    std::ifstream input(file);
    std::string text;
    int number = 0;
    while (std::getline(input, text)) {
      ++number;
      std::smatch match;
      if (!std::regex_search(text, match, include_line)) continue;
      const bool angle_brackets = match[1] == "<";
      std::string included = match[2];
      if (!angle_brackets) {
        const fs::path beside = file.parent_path() / included;
        if (fs::exists(beside)) {
          const fs::path resolved = fs::weakly_canonical(beside);
          const std::string under_root = fs::relative(resolved, root).generic_string();
          if (!under_root.starts_with("..")) included = under_root;
        }
      }
      if (!allowed(layer, included, angle_brackets)) {
        violations.push_back(Violation{relative, number, included});
      }
    }
  }
  return violations;
}

class FixtureTree {
 public:
  FixtureTree() {
    std::string pattern = (fs::temp_directory_path() / "casereview-layers-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    root_ = pattern;
  }
  ~FixtureTree() {
    std::error_code ignored;
    fs::remove_all(root_, ignored);
  }
  FixtureTree(const FixtureTree&) = delete;
  FixtureTree& operator=(const FixtureTree&) = delete;

  void write(const std::string& path, const std::string& content) {
    fs::create_directories((root_ / path).parent_path());
    std::ofstream(root_ / path) << content;
  }
  const fs::path& root() const { return root_; }

 private:
  fs::path root_;
};

TEST(LayersChecker, AcceptsATreeThatKeepsEveryRule) {
  FixtureTree tree;
  tree.write("domain/a.hpp", "#include <string>\n#include <cstdio>\n#include \"domain/b.hpp\"\n");
  tree.write("domain/b.hpp", "#include \"b2.hpp\"\n");
  tree.write("domain/b2.hpp", "#pragma once\n");
  tree.write("app/a.cpp",
             "#include \"app/a.hpp\"\n#include \"domain/a.hpp\"\n#include <Poco/Data/Session.h>\n");
  tree.write("store/a.cpp", "#include \"app/a.hpp\"\n#include \"store/a.hpp\"\n");
  tree.write("web/a.cpp", "#include \"app/a.hpp\"\n  #  include \"web/a.hpp\"\n");
  tree.write("cli/a.cpp", "#include \"store/a.hpp\"\n#include \"web/a.hpp\"\n");

  EXPECT_EQ(layer_violations(tree.root()), std::vector<Violation>{});
}

TEST(LayersChecker, FindsEveryWrongWayInclude) {
  FixtureTree tree;
  tree.write("domain/third_party.hpp",
             "#include <string>\n#include <Poco/Timestamp.h>\n#include <sodium.h>\n"
             "#include <stdio.h>\n");
  tree.write(
      "domain/ours.cpp",
      "#include \"domain/ours.hpp\"\n#include \"app/context.hpp\"\n"
      "#include \"store/sql.hpp\"\n#include \"web/http.hpp\"\n#include \"cli/options.hpp\"\n");
  tree.write("app/uses.cpp",
             "#include \"domain/ours.hpp\"\n#include \"store/sql.hpp\"\n#include "
             "\"web/http.hpp\"\n#include <cli/options.hpp>\n");
  tree.write("app/nested/relative.cpp", "#include \"../../store/sql.hpp\"\n");
  tree.write("store/sql.hpp", "#include \"app/ports.hpp\"\n#include \"web/http.hpp\"\n");
  tree.write("store/sql.cpp", "#include \"cli/options.hpp\"\n");
  tree.write("web/http.hpp", "#include \"store/sql.hpp\"\n#include \"cli/options.hpp\"\n");
  tree.write("web/components/x.cpp", "#include \"../../store/sql.hpp\"\n");

  const std::vector<Violation> expected = {
      {"app/nested/relative.cpp", 1, "store/sql.hpp"},
      {"app/uses.cpp", 2, "store/sql.hpp"},
      {"app/uses.cpp", 3, "web/http.hpp"},
      {"app/uses.cpp", 4, "cli/options.hpp"},
      {"domain/ours.cpp", 2, "app/context.hpp"},
      {"domain/ours.cpp", 3, "store/sql.hpp"},
      {"domain/ours.cpp", 4, "web/http.hpp"},
      {"domain/ours.cpp", 5, "cli/options.hpp"},
      {"domain/third_party.hpp", 2, "Poco/Timestamp.h"},
      {"domain/third_party.hpp", 3, "sodium.h"},
      {"domain/third_party.hpp", 4, "stdio.h"},
      {"store/sql.cpp", 1, "cli/options.hpp"},
      {"store/sql.hpp", 2, "web/http.hpp"},
      {"web/components/x.cpp", 1, "store/sql.hpp"},
      {"web/http.hpp", 1, "store/sql.hpp"},
      {"web/http.hpp", 2, "cli/options.hpp"},
  };
  EXPECT_EQ(layer_violations(tree.root()), expected);
}

TEST(LayersChecker, RefusesAMissingSourceFolder) {
  EXPECT_THROW(layer_violations("/nonexistent/casereview/src"), std::runtime_error);
}

TEST(Layers, EveryIncludeInSrcKeepsItsLayersRule) {
  const char* source_directory = std::getenv("CASEREVIEW_SOURCE_DIR");
  ASSERT_TRUE(source_directory != nullptr && *source_directory != '\0')
      << "CASEREVIEW_SOURCE_DIR must name the source tree";
  const std::vector<Violation> violations = layer_violations(fs::path(source_directory) / "src");
  std::ostringstream listed;
  for (const Violation& violation : violations) listed << "\n  src/" << violation;
  EXPECT_TRUE(violations.empty()) << "includes that break the layers of DESIGN.md:" << listed.str();
}

}  // namespace
}  // namespace casereview::test
