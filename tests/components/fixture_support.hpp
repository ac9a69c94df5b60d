// Shared code for the component tests: loading a component's fixtures.json from the installed
// govuk-frontend, reading macro options out of Poco::JSON objects the way Nunjucks reads them
// (a missing or null option is empty; numbers become strings where a string is expected), and
// checking every fixture's rendering against its expected HTML in canonical form.
#pragma once

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "web/components/markup.hpp"
#include "web/html.hpp"

namespace casereview::test::components {

using JsonObject = Poco::JSON::Object::Ptr;
using JsonArray = Poco::JSON::Array::Ptr;

struct Fixture {
  std::string name;
  JsonObject options;
  std::string html;
};

// Reads $CASEREVIEW_SOURCE_DIR/node_modules/govuk-frontend/dist/govuk/components/<component>/
// fixtures.json. Throws std::runtime_error naming the path when the variable is unset or the
// file is missing or unreadable.
std::vector<Fixture> load_fixtures(const std::string& component);

// Option readers. Each returns the empty value when `object` is null or lacks `key` or the
// value is JSON null.
std::string string_option(const JsonObject& object, const std::string& key);
web::Html html_option(const JsonObject& object, const std::string& key);
bool bool_option(const JsonObject& object, const std::string& key);
std::optional<bool> optional_bool_option(const JsonObject& object, const std::string& key);
int int_option(const JsonObject& object, const std::string& key, int fallback);
JsonObject object_option(const JsonObject& object, const std::string& key);
JsonArray array_option(const JsonObject& object, const std::string& key);
web::govuk::Attributes attributes_option(const JsonObject& object, const std::string& key);
std::vector<std::string> string_list_option(const JsonObject& object, const std::string& key);
bool has_option(const JsonObject& object, const std::string& key);
bool is_null_option(const JsonObject& object, const std::string& key);
// The objects in an array option, skipping null and false entries (Nunjucks' select("truthy")).
std::vector<JsonObject> objects_in(const JsonArray& array);

// Renders every fixture of `component` with `render` and expects its canonical form to equal
// the canonical form of the fixture's html. Fixtures named in `skipped` (name → reason) are not
// run; a skipped name that is not a fixture fails, so the list cannot go stale.
void expect_all_fixtures_render(const std::string& component,
                                const std::function<web::Html(const JsonObject&)>& render,
                                const std::map<std::string, std::string>& skipped = {});

}  // namespace casereview::test::components
