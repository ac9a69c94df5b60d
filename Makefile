# The two commands of the README. Both do all set-up on a fresh Debian 12 machine first.
#   make run   builds, creates var/casereview.db with demonstration data when new, serves on :8080
#   make test  builds, then runs every test (unit, storage on SQLite and PostgreSQL, HTTP, browser)
.PHONY: run test build bench clean

PORT ?= 8080
DATABASE ?= sqlite:var/casereview.db

build:
	bash scripts/setup.sh

run: build
	bash scripts/run.sh "$(DATABASE)" "$(PORT)"

test: build
	bash scripts/test.sh

bench: build
	bench/http

clean:
	rm -rf build build-* test-results
