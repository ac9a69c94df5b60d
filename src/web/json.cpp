#include "web/json.hpp"

#include <Poco/JSON/Parser.h>

#include <sstream>

namespace casereview::web {

Poco::JSON::Object::Ptr json_object() {
  return new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
}

std::string json_text(const Poco::JSON::Object::Ptr& document) {
  std::ostringstream out;
  document->stringify(out);
  return out.str();
}

std::string json_text(const Poco::JSON::Array::Ptr& document) {
  std::ostringstream out;
  document->stringify(out);
  return out.str();
}

Result<Poco::JSON::Object::Ptr> json_body(const Request& request) {
  const Error not_an_object = Error::invalid({{"body", "Send a JSON object"}});
  try {
    Poco::JSON::Parser parser;
    Poco::Dynamic::Var parsed = parser.parse(request.body);
    if (parsed.type() != typeid(Poco::JSON::Object::Ptr)) return not_an_object;
    return parsed.extract<Poco::JSON::Object::Ptr>();
  } catch (const std::exception&) {
    return not_an_object;
  }
}

std::string json_string(const Poco::JSON::Object::Ptr& object, const std::string& name) {
  if (!object->has(name)) return "";
  const Poco::Dynamic::Var value = object->get(name);
  return value.isString() ? value.extract<std::string>() : "";
}

std::optional<bool> json_boolean(const Poco::JSON::Object::Ptr& object, const std::string& name) {
  if (!object->has(name)) return std::nullopt;
  const Poco::Dynamic::Var value = object->get(name);
  if (!value.isBoolean()) return std::nullopt;
  return value.extract<bool>();
}

std::vector<std::string> json_strings(const Poco::JSON::Object::Ptr& object,
                                      const std::string& name) {
  std::vector<std::string> strings;
  Poco::JSON::Array::Ptr array = object->has(name) ? object->getArray(name) : nullptr;
  if (!array) return strings;
  for (const Poco::Dynamic::Var& item : *array) {
    if (item.isString()) strings.push_back(item.extract<std::string>());
  }
  return strings;
}

std::vector<std::string> json_integers(const Poco::JSON::Object::Ptr& object,
                                       const std::string& name) {
  std::vector<std::string> integers;
  Poco::JSON::Array::Ptr array = object->has(name) ? object->getArray(name) : nullptr;
  if (!array) return integers;
  for (const Poco::Dynamic::Var& item : *array) {
    if (item.isInteger()) {
      integers.push_back(item.convert<std::string>());
    } else {
      integers.push_back(item.isString() ? item.extract<std::string>()
                                         : "");  // refused by the use case
    }
  }
  return integers;
}

std::vector<Poco::JSON::Object::Ptr> json_objects(const Poco::JSON::Object::Ptr& object,
                                                  const std::string& name) {
  std::vector<Poco::JSON::Object::Ptr> objects;
  Poco::JSON::Array::Ptr array = object->has(name) ? object->getArray(name) : nullptr;
  if (!array) return objects;
  for (std::size_t index = 0; index < array->size(); ++index) {
    if (auto item = array->getObject(static_cast<unsigned int>(index))) objects.push_back(item);
  }
  return objects;
}

Result<std::vector<Id>> json_ids(const Poco::JSON::Object::Ptr& object, const std::string& name,
                                 const std::string& what) {
  std::vector<Id> ids;
  for (const std::string& text : json_integers(object, name)) {
    const std::optional<Id> id = parse_id(text);
    if (!id)
      return Error::invalid({{name, "Each " + what + " must be given by its id, a whole number"}});
    ids.push_back(*id);
  }
  return ids;
}

Result<std::optional<Id>> json_id(const Poco::JSON::Object::Ptr& object, const std::string& name,
                                  const std::string& what) {
  if (!object->has(name) || object->isNull(name)) return std::optional<Id>();
  std::optional<Id> id;
  const Poco::Dynamic::Var value = object->get(name);
  if (value.isInteger()) id = parse_id(value.toString());
  if (!id)
    return Error::invalid({{name, "The " + what + " must be given by its id, a whole number"}});
  return id;
}

}  // namespace casereview::web
