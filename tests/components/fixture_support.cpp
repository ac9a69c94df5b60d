// Loading govuk-frontend fixtures and comparing renderings with them; see fixture_support.hpp.
#include "components/fixture_support.hpp"

#include <Poco/JSON/ParseHandler.h>
#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>

#include "support/html_dom.hpp"

namespace casereview::test::components {

std::vector<Fixture> load_fixtures(const std::string& component) {
  const char* source_directory = std::getenv("CASEREVIEW_SOURCE_DIR");
  if (source_directory == nullptr || *source_directory == '\0') {
    throw std::runtime_error("CASEREVIEW_SOURCE_DIR is not set; it must name the source tree");
  }
  std::string path = std::string(source_directory) +
                     "/node_modules/govuk-frontend/dist/govuk/components/" + component +
                     "/fixtures.json";
  std::ifstream file(path);
  if (!file)
    throw std::runtime_error("cannot open " + path + " (is govuk-frontend installed? run npm ci)");
  std::stringstream content;
  content << file.rdbuf();

  // Keep each object's keys in file order, so that `attributes` render in the order given.
  Poco::JSON::Parser parser(new Poco::JSON::ParseHandler(true));
  JsonObject root = parser.parse(content.str()).extract<JsonObject>();
  std::vector<Fixture> fixtures;
  for (const JsonObject& entry : objects_in(root->getArray("fixtures"))) {
    JsonObject options = object_option(entry, "options");
    if (options.isNull()) options = new Poco::JSON::Object;
    fixtures.push_back(
        Fixture{string_option(entry, "name"), options, string_option(entry, "html")});
  }
  if (fixtures.empty()) throw std::runtime_error(path + " has no fixtures");
  return fixtures;
}

bool has_option(const JsonObject& object, const std::string& key) {
  return !object.isNull() && object->has(key);
}

bool is_null_option(const JsonObject& object, const std::string& key) {
  return has_option(object, key) && object->isNull(key);
}

std::string string_option(const JsonObject& object, const std::string& key) {
  if (!has_option(object, key) || object->isNull(key)) return "";
  Poco::Dynamic::Var value = object->get(key);
  if (value.isBoolean()) return value.extract<bool>() ? "true" : "false";
  return value.convert<std::string>();
}

web::Html html_option(const JsonObject& object, const std::string& key) {
  return web::Html::trusted(string_option(object, key));
}

bool bool_option(const JsonObject& object, const std::string& key) {
  return optional_bool_option(object, key).value_or(false);
}

std::optional<bool> optional_bool_option(const JsonObject& object, const std::string& key) {
  if (!has_option(object, key) || object->isNull(key)) return std::nullopt;
  Poco::Dynamic::Var value = object->get(key);
  if (value.isBoolean()) return value.extract<bool>();
  if (value.isString()) return !value.extract<std::string>().empty();
  if (value.isNumeric()) return value.convert<double>() != 0;
  return true;
}

int int_option(const JsonObject& object, const std::string& key, int fallback) {
  if (!has_option(object, key) || object->isNull(key)) return fallback;
  return object->get(key).convert<int>();
}

JsonObject object_option(const JsonObject& object, const std::string& key) {
  if (!has_option(object, key) || object->isNull(key) || !object->isObject(key)) return {};
  return object->getObject(key);
}

JsonArray array_option(const JsonObject& object, const std::string& key) {
  if (!has_option(object, key) || object->isNull(key) || !object->isArray(key)) return {};
  return object->getArray(key);
}

web::govuk::Attributes attributes_option(const JsonObject& object, const std::string& key) {
  web::govuk::Attributes attributes;
  JsonObject map = object_option(object, key);
  if (map.isNull()) return attributes;
  for (const std::string& name : map->getNames()) {
    attributes.emplace_back(name, string_option(map, name));
  }
  return attributes;
}

std::vector<std::string> string_list_option(const JsonObject& object, const std::string& key) {
  std::vector<std::string> values;
  JsonArray array = array_option(object, key);
  if (array.isNull()) return values;
  for (std::size_t index = 0; index < array->size(); ++index)
    values.push_back(array->get(index).convert<std::string>());
  return values;
}

std::vector<JsonObject> objects_in(const JsonArray& array) {
  std::vector<JsonObject> objects;
  if (array.isNull()) return objects;
  for (std::size_t index = 0; index < array->size(); ++index) {
    if (array->isObject(index)) objects.push_back(array->getObject(index));
  }
  return objects;
}

void expect_all_fixtures_render(const std::string& component,
                                const std::function<web::Html(const JsonObject&)>& render,
                                const std::map<std::string, std::string>& skipped) {
  std::vector<Fixture> fixtures;
  try {
    fixtures = load_fixtures(component);
  } catch (const std::exception& error) {
    FAIL() << error.what();
  }
  std::set<std::string> names;
  for (const Fixture& fixture : fixtures) {
    names.insert(fixture.name);
    if (skipped.count(fixture.name) != 0) continue;
    SCOPED_TRACE(component + " fixture \"" + fixture.name + "\"");
    web::Html rendered = render(fixture.options);
    html::Document document = html::Document::parse(rendered.str());
    EXPECT_TRUE(document.errors().empty())
        << "rendered markup is malformed: " << document.errors().front();
    html::Document expected = html::Document::parse(fixture.html);
    EXPECT_TRUE(expected.errors().empty())
        << "fixture markup did not parse cleanly: " << expected.errors().front();
    EXPECT_EQ(html::canonical(document.root()), html::canonical(expected.root()));
  }
  for (const auto& [name, reason] : skipped) {
    EXPECT_TRUE(names.count(name) != 0)
        << "skip list names \"" << name << "\", which is not a fixture of " << component;
  }
}

}  // namespace casereview::test::components
