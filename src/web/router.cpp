#include "web/router.hpp"

#include <algorithm>
#include <cassert>
#include <stdexcept>

namespace casereview::web {

std::vector<std::string> path_segments(const std::string& path) {
  std::vector<std::string> segments;
  std::size_t start = 0;
  while (start < path.size()) {
    if (path[start] == '/') {
      ++start;
      continue;
    }
    std::size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    segments.push_back(path.substr(start, end - start));
    start = end;
  }
  return segments;
}

bool parameter_matches(const std::string& type, const std::string& value) {
  if (value.empty()) return false;
  if (type == "int") {
    return parse_id(value).has_value();
  }
  if (type == "slug" || type == "code") {
    for (char c : value) {
      bool letter = type == "slug" ? (c >= 'a' && c <= 'z') : (c >= 'A' && c <= 'Z');
      if (!letter && !(c >= '0' && c <= '9') && c != '-') return false;
    }
    return true;
  }
  if (type == "path") {
    if (value.find("..") != std::string::npos) return false;
    for (unsigned char c : value) {
      if (c < 0x20 || c == '\\') return false;
    }
    return true;
  }
  return false;
}

namespace {

struct PatternSegment {
  std::string literal;
  std::string parameter;
  std::string type;
};

PatternSegment parse_segment(const std::string& segment) {
  if (segment.size() > 2 && segment.front() == '{' && segment.back() == '}') {
    const std::string inner = segment.substr(1, segment.size() - 2);
    const std::size_t colon = inner.find(':');
    if (colon == std::string::npos)
      throw std::logic_error("route parameter without a type: " + segment);
    return PatternSegment{"", inner.substr(0, colon), inner.substr(colon + 1)};
  }
  return PatternSegment{segment, "", ""};
}

bool matches(const Route& route, const std::vector<std::string>& segments,
             std::map<std::string, std::string>& parameters) {
  const std::vector<std::string> pattern = path_segments(route.pattern);
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const PatternSegment part = parse_segment(pattern[i]);
    if (part.parameter.empty()) {
      if (i >= segments.size() || segments[i] != part.literal) return false;
      continue;
    }
    if (part.type == "path") {
      if (i >= segments.size()) return false;
      std::string rest;
      for (std::size_t j = i; j < segments.size(); ++j) rest += (j == i ? "" : "/") + segments[j];
      if (!parameter_matches("path", rest)) return false;
      parameters[part.parameter] = rest;
      return true;
    }
    if (i >= segments.size() || !parameter_matches(part.type, segments[i])) return false;
    parameters[part.parameter] = segments[i];
  }
  return pattern.size() == segments.size();
}

}  // namespace

void Router::add(std::string method, std::string pattern, Permission permission, Handler handler) {
  for (const std::string& segment : path_segments(pattern))
    parse_segment(segment);  // fail fast on typos
  routes_.push_back(Route{std::move(method), std::move(pattern), permission, std::move(handler)});
}

void Router::add_anonymous(std::string method, std::string pattern, Handler handler) {
  add(std::move(method), std::move(pattern), Permission::public_access, std::move(handler));
  routes_.back().identifies_caller = false;
}

void Router::accept_bodies_up_to(std::int64_t bytes) {
  if (!routes_.empty()) routes_.back().max_body_bytes = bytes;
}

void Router::on_too_large(Handler handler) {
  assert(!routes_.empty());
  routes_.back().too_large = std::move(handler);
}

std::optional<RouteMatch> Router::match(const std::string& method, const std::string& path,
                                        std::vector<std::string>& allowed_methods) const {
  allowed_methods.clear();
  const std::vector<std::string> segments = path_segments(path);
  for (const Route& route : routes_) {
    std::map<std::string, std::string> parameters;
    if (!matches(route, segments, parameters)) continue;
    if (route.method == method || (method == "HEAD" && route.method == "GET")) {
      return RouteMatch{&route, std::move(parameters)};
    }
    for (const std::string& allowed : route.method == "GET"
                                          ? std::vector<std::string>{"GET", "HEAD"}
                                          : std::vector<std::string>{route.method}) {
      if (std::find(allowed_methods.begin(), allowed_methods.end(), allowed) ==
          allowed_methods.end())
        allowed_methods.push_back(allowed);
    }
  }
  return std::nullopt;
}

}  // namespace casereview::web
