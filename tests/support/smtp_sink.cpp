#include "support/smtp_sink.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "support/fixture_files.hpp"
#include "support/server_process.hpp"

namespace casereview::testing_support {

namespace {

std::atomic<int> counter{0};

// The folder holding smtp_sink.py: the source tree's tests/support, found from the environment
// the tests run in, or else from where this file was compiled.
std::string handler_folder() {
  if (const char* source = std::getenv("CASEREVIEW_SOURCE_DIR"); source && *source) {
    const auto folder = std::filesystem::path(source) / "tests" / "support";
    if (std::filesystem::exists(folder / "smtp_sink.py")) return folder.string();
  }
  return std::filesystem::path(__FILE__).parent_path().string();
}

// Debian's python3 has python3-aiosmtpd; a python3 earlier on PATH (pyenv, a virtualenv) may not.
std::string python() {
  if (const char* chosen = std::getenv("CASEREVIEW_TEST_PYTHON"); chosen && *chosen) return chosen;
  return std::filesystem::exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
}

bool accepts_connections(int port) {
  try {
    Poco::Net::StreamSocket socket;
    socket.connect(Poco::Net::SocketAddress("127.0.0.1", static_cast<Poco::UInt16>(port)),
                   Poco::Timespan(1, 0));
    socket.setReceiveTimeout(Poco::Timespan(2, 0));
    // The greeting proves it is an SMTP server that is ready, not just a socket in the kernel.
    char greeting[4] = {};
    const int received = socket.receiveBytes(greeting, 3);
    socket.sendBytes("QUIT\r\n", 6);
    return received == 3 && std::string(greeting, 3) == "220";
  } catch (const std::exception&) {
    return false;
  }
}

std::vector<std::string> strings(const Poco::JSON::Object::Ptr& object, const std::string& name) {
  std::vector<std::string> values;
  auto array = object->getArray(name);
  if (!array) return values;
  for (std::size_t i = 0; i < array->size(); ++i)
    values.push_back(array->getElement<std::string>(static_cast<unsigned>(i)));
  return values;
}

}  // namespace

SmtpSink::SmtpSink(int port) : port_(port == 0 ? free_port() : port) {
  folder_ = (std::filesystem::temp_directory_path() /
             ("casereview-smtp-" + std::to_string(getpid()) + "-" + std::to_string(counter++)))
                .string();
  std::filesystem::remove_all(folder_);
  std::filesystem::create_directories(std::filesystem::path(folder_) / "messages");
  const std::string log_path = folder_ + "/sink.log";
  const std::string program = python();
  const std::string pythonpath = handler_folder();
  const std::vector<std::string> arguments = {program,
                                              "-m",
                                              "aiosmtpd",
                                              "-n",
                                              "-l",
                                              "127.0.0.1:" + std::to_string(port_),
                                              "-c",
                                              "smtp_sink.JsonMaildir",
                                              folder_ + "/messages"};
  std::vector<char*> argv;
  std::vector<std::string> copies = arguments;
  for (std::string& argument : copies) argv.push_back(argument.data());
  argv.push_back(nullptr);
  pid_ = fork();
  if (pid_ == 0) {
    const int log = open(log_path.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
    dup2(log, STDOUT_FILENO);
    dup2(log, STDERR_FILENO);
    setenv("PYTHONPATH", pythonpath.c_str(), 1);
    setenv("PYTHONDONTWRITEBYTECODE", "1", 1);
    execvp(argv[0], argv.data());
    _exit(127);
  }
  if (pid_ < 0) throw std::runtime_error("could not start the SMTP sink: fork failed");
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(15);
  while (std::chrono::steady_clock::now() < deadline) {
    if (accepts_connections(port_)) return;
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      throw std::runtime_error("the SMTP sink (" + program + " -m aiosmtpd) exited early:\n" +
                               output());
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  const std::string printed = output();
  stop();
  throw std::runtime_error("the SMTP sink did not accept connections on port " +
                           std::to_string(port_) + ":\n" + printed);
}

SmtpSink::~SmtpSink() {
  stop();
  std::error_code ignored;
  std::filesystem::remove_all(folder_, ignored);
}

void SmtpSink::stop() {
  if (pid_ <= 0) return;
  kill(pid_, SIGTERM);
  int status = 0;
  waitpid(pid_, &status, 0);
  pid_ = -1;
}

std::string SmtpSink::output() const { return file_text(folder_ + "/sink.log"); }

std::vector<ReceivedEmail> SmtpSink::messages() const {
  std::vector<std::filesystem::path> files;
  const auto folder = std::filesystem::path(folder_) / "messages" / "new";
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<ReceivedEmail> received;
  for (const auto& file : files) {
    auto object = Poco::JSON::Parser().parse(file_text(file)).extract<Poco::JSON::Object::Ptr>();
    ReceivedEmail message;
    message.envelope_to = strings(object, "envelope_to");
    message.envelope_from = object->optValue<std::string>("envelope_from", "");
    message.to = object->optValue<std::string>("to", "");
    message.from = object->optValue<std::string>("from", "");
    message.subject = object->optValue<std::string>("subject", "");
    message.content_type = object->optValue<std::string>("content_type", "");
    message.body = object->optValue<std::string>("body", "");
    message.attachments = strings(object, "attachments");
    message.attachment_types = strings(object, "attachment_types");
    auto raw = file;
    message.raw = file_text(raw.replace_extension(".eml"));
    received.push_back(std::move(message));
  }
  return received;
}

std::vector<ReceivedEmail> SmtpSink::wait_for(std::size_t count,
                                              std::chrono::milliseconds timeout) const {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (true) {
    auto received = messages();
    if (received.size() >= count || std::chrono::steady_clock::now() >= deadline) return received;
    std::this_thread::sleep_for(std::chrono::milliseconds(25));
  }
}

}  // namespace casereview::testing_support
