#!/usr/bin/env bash
# One entry point for people and CI. Installs what is missing (Debian/Ubuntu packages), then:
#   ./build.sh run  [ASP.NET args…]   serve the API + page on the seed corpus (index built on first start)
#   ./build.sh test                   run the whole test suite
#   ./build.sh cli <verb> [args…]     the searchsvc CLI (index, reports, search, analyze, …)
set -euo pipefail
cd "$(dirname "$0")"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

ensure_packages() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "build.sh: installing ${missing[*]}" >&2
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  fi
}

# Relative defaults are resolved here, so every command uses ./index-data and ./seeds of this repository.
export Index__Path="${Index__Path:-$PWD/index-data}"
export Sources__Path="${Sources__Path:-$PWD/seeds}"

verb="${1:-help}"; shift || true
case "$verb" in
  run)
    exec dotnet run --project src/SearchService.Api -c Release -- --urls "${URLS:-http://localhost:8080}" "$@"
    ;;
  test)
    # chromium + fonts for the browser tests; curl + jq for the crash test.
    ensure_packages chromium fonts-wqy-zenhei curl jq
    command -v npm >/dev/null || ensure_packages nodejs npm
    # The OpenAPI document is checked with a real validator (an npm package, pinned in package-lock.json).
    npm ci --prefix tests/SearchService.Api.Tests/OpenApi --no-audit --no-fund --loglevel=error
    dotnet test SearchService.sln "$@"
    # Durability: kill -9 the real server mid-burst of writes, restart, every acknowledged report must be there.
    dotnet build -c Release src/SearchService.Api --nologo -v quiet
    tests/crash/crash-test.sh 4
    ;;
  cli)
    # Build output (restore notices included) goes to stderr, so stdout is only the verb's (searchsvc analyze | …).
    dotnet build src/SearchService.Cli -c Release -v quiet --nologo >&2
    exec dotnet run --no-build --project src/SearchService.Cli -c Release -- "$@"
    ;;
  *)
    echo "usage: ./build.sh run|test|cli <verb>" >&2
    exit 2
    ;;
esac
