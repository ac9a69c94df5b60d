// A real casereview server for HTTP tests: the built program (CASEREVIEW_BINARY) started as a
// child process on a free loopback port against the given database. Its standard output and error
// go to a file that output() reads.
#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

namespace casereview::testing_support {

// A TCP port on 127.0.0.1 that nothing listens on at the moment of asking.
int free_port();

// Runs the casereview program with `arguments` to completion; returns its exit code and puts
// what it printed (stdout and stderr) in `output`.
int run_casereview(const std::vector<std::string>& arguments, std::string& output);

class ServerProcess {
 public:
  // Starts `serve` on `database_url` (its demonstration data already loaded:
  // TestDatabase::load_demonstration) with `extra_arguments`, and waits (up to 30 s) until
  // /healthz answers. Throws std::runtime_error with the server's output if it does not come up.
  explicit ServerProcess(const std::string& database_url,
                         const std::vector<std::string>& extra_arguments = {});
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  int port() const { return port_; }
  // Sends SIGTERM and waits for the process; returns its exit code (or 128 + signal).
  int stop();
  // Sends SIGKILL, as a crash or a power cut would end it, and waits for the process.
  void kill_hard();
  // Everything the server has printed so far.
  std::string output() const;

 private:
  int port_ = 0;
  pid_t pid_ = -1;
  std::string log_path_;
};

}  // namespace casereview::testing_support
