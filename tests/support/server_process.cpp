#include "support/server_process.hpp"

#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "support/fixture_files.hpp"
#include "support/http_client.hpp"

namespace casereview::testing_support {

namespace {

std::string binary() {
  const char* path = std::getenv("CASEREVIEW_BINARY");
  if (!path) throw std::runtime_error("CASEREVIEW_BINARY is not set; run the tests through ctest");
  return path;
}

pid_t spawn(const std::vector<std::string>& arguments, const std::string& log_path) {
  std::vector<char*> argv;
  std::string program = binary();
  argv.push_back(program.data());
  std::vector<std::string> copies = arguments;
  for (std::string& argument : copies) argv.push_back(argument.data());
  argv.push_back(nullptr);
  const pid_t pid = fork();
  if (pid == 0) {
    const int log = open(log_path.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
    dup2(log, STDOUT_FILENO);
    dup2(log, STDERR_FILENO);
    execv(argv[0], argv.data());
    _exit(127);
  }
  return pid;
}

int exit_code(int status) {
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

std::string temporary_log() {
  static int counter = 0;
  return (std::filesystem::temp_directory_path() /
          ("casereview-server-" + std::to_string(getpid()) + "-" + std::to_string(counter++) +
           ".log"))
      .string();
}

// Sends `signal` to the process `pid` (when there is one), waits for it and forgets it; returns
// its exit code (or 128 + signal), 0 when there was none.
int end_process(pid_t& pid, int signal) {
  if (pid <= 0) return 0;
  kill(pid, signal);
  int status = 0;
  waitpid(pid, &status, 0);
  pid = -1;
  return exit_code(status);
}

}  // namespace

int free_port() {
  const int socket_fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = 0;
  bind(socket_fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
  socklen_t length = sizeof address;
  getsockname(socket_fd, reinterpret_cast<sockaddr*>(&address), &length);
  const int port = ntohs(address.sin_port);
  close(socket_fd);
  return port;
}

int run_casereview(const std::vector<std::string>& arguments, std::string& output) {
  const std::string log = temporary_log();
  const pid_t pid = spawn(arguments, log);
  int status = 0;
  waitpid(pid, &status, 0);
  output = file_text(log);
  std::filesystem::remove(log);
  return exit_code(status);
}

ServerProcess::ServerProcess(const std::string& database_url,
                             const std::vector<std::string>& extra_arguments) {
  port_ = free_port();
  log_path_ = temporary_log();
  std::vector<std::string> arguments = {"serve", "--database", database_url, "--port",
                                        std::to_string(port_)};
  arguments.insert(arguments.end(), extra_arguments.begin(), extra_arguments.end());
  pid_ = spawn(arguments, log_path_);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (std::chrono::steady_clock::now() < deadline) {
    try {
      if (http_get(port_, "/healthz").status == 200) return;
    } catch (const std::exception&) {
      // Not listening yet.
    }
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      throw std::runtime_error("casereview serve exited early:\n" + output());
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  stop();
  throw std::runtime_error("casereview serve did not become healthy:\n" + output());
}

ServerProcess::~ServerProcess() {
  stop();
  std::error_code ignored;
  std::filesystem::remove(log_path_, ignored);
}

int ServerProcess::stop() { return end_process(pid_, SIGTERM); }

void ServerProcess::kill_hard() { end_process(pid_, SIGKILL); }

std::string ServerProcess::output() const { return file_text(log_path_); }

}  // namespace casereview::testing_support
