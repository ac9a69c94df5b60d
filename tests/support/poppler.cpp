// The poppler helpers of poppler.hpp: each call writes the PDF to its own temporary file.
#include "support/poppler.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace casereview::testing_support {

namespace {
std::atomic<int> files_made{0};
}  // namespace

std::string poppler_output(const std::string& pdf, const std::string& command,
                           const std::string& after_file) {
  const std::filesystem::path file =
      std::filesystem::temp_directory_path() /
      ("casereview-" + std::to_string(::getpid()) + "-" + std::to_string(++files_made) + ".pdf");
  {
    std::ofstream out(file, std::ios::binary);
    out << pdf;
  }
  std::string output;
  FILE* pipe = ::popen((command + " '" + file.string() + "' " + after_file + " 2>&1").c_str(), "r");
  EXPECT_NE(pipe, nullptr) << command;
  if (pipe != nullptr) {
    std::array<char, 4096> buffer{};
    std::size_t read = 0;
    while ((read = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
      output.append(buffer.data(), read);
    EXPECT_EQ(::pclose(pipe), 0) << command << ": " << output;
  }
  std::filesystem::remove(file);
  return output;
}

std::map<std::string, std::string> pdf_information(const std::string& pdf) {
  std::map<std::string, std::string> information;
  std::istringstream lines(poppler_output(pdf, "pdfinfo"));
  for (std::string line; std::getline(lines, line);) {
    const std::size_t colon = line.find(':');
    if (colon == std::string::npos) continue;
    const std::size_t value = line.find_first_not_of(' ', colon + 1);
    information[line.substr(0, colon)] = value == std::string::npos ? "" : line.substr(value);
  }
  return information;
}

std::string collapsed(const std::string& text) {
  std::string result;
  for (const char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f';
    if (space) {
      if (!result.empty() && result.back() != ' ') result += ' ';
    } else {
      result += c;
    }
  }
  return result;
}

std::string pdf_text(const std::string& pdf) {
  return collapsed(poppler_output(pdf, "pdftotext -enc UTF-8", "-"));
}

}  // namespace casereview::testing_support
