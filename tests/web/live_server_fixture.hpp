// A fixture that starts the real casereview program on a fresh database of the engine under test
// (demonstration data loaded) and talks HTTP to it on loopback.
#pragma once

#include <gtest/gtest.h>

#include <memory>

#include "support/http_client.hpp"
#include "support/server_process.hpp"
#include "support/test_database.hpp"

namespace casereview::web {

class LiveServerTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    database_ = std::make_unique<testing_support::TestDatabase>(GetParam());
    SKIP_UNLESS_AVAILABLE(*database_);
    database_->load_demonstration();
    server_ = std::make_unique<testing_support::ServerProcess>(database_->url(), extra_arguments());
  }
  void TearDown() override { server_.reset(); }
  virtual std::vector<std::string> extra_arguments() const { return {}; }

  testing_support::HttpResult get(const std::string& target,
                                  const testing_support::HeaderList& headers = {}) {
    return testing_support::http_get(server_->port(), target, headers);
  }

  std::unique_ptr<testing_support::TestDatabase> database_;
  std::unique_ptr<testing_support::ServerProcess> server_;
};

}  // namespace casereview::web
