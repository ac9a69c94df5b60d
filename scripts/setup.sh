#!/usr/bin/env bash
# Installs everything casereview needs to build, run and test on Debian 12, then builds it.
# Used by `make run` and `make test`; safe to run again (it only installs what is missing).
# With --scan it also installs sqlmap and wapiti, for scripts/security-scan.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake ninja-build pkg-config
  libpoco-dev libsqlite3-dev libpq-dev sqlite3
  libsodium-dev liboath-dev libqrencode-dev libcmark-gfm-dev libcmark-gfm-extensions-dev
  libical-dev libcairo2-dev libpango1.0-dev fonts-dejavu-core
  libzip-dev libxml2-dev libxlsxwriter-dev libpoppler-cpp-dev
  libgtest-dev googletest
  clang-15 libfuzzer-15-dev llvm-15
  chromium
  postgresql-15 python3-aiosmtpd poppler-utils
  nginx-light wrk curl brotli
)
if [[ ${1:-} == --scan ]]; then packages+=(sqlmap wapiti); fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
# Node.js may come from another source than Debian (its npm is then bundled): ask for the commands.
command -v node >/dev/null && command -v npm >/dev/null || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "casereview: installing ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# npm packages come only from the committed lock file.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

mkdir -p build/assets
npm run --silent build:css
cp assets/js/*.js build/assets/
cp -r node_modules/govuk-frontend/dist/govuk/assets/images build/assets/
cp node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.js build/assets/
# Precompressed copies of the text assets, sent to browsers that accept them (src/web/assets.hpp).
find build/assets -type f \( -name '*.css' -o -name '*.js' -o -name '*.svg' -o -name '*.json' \) |
  while read -r file; do
    gzip -9 --no-name --keep --force "$file"
    brotli --quality=11 --keep --force "$file"
  done

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="${CASEREVIEW_BUILD_TYPE:-RelWithDebInfo}" >/dev/null
cmake --build build
