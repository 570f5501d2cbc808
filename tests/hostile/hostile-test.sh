#!/usr/bin/env bash
# Hostile input against the Release API: every hostile upload it knows of once (status, time to answer, server RSS
# before/after and peak), the report of 80,000 劳模。 searched and the report list paged, then /health/ready timed
# while 48 slow searches (explain=true, 100 hits) run at once.
# Targets: a 4xx within 5 s, RSS growth under 300 MB, the process alive; /health/ready within 1 s.
# Usage: tests/hostile/hostile-test.sh [SOURCES_DIR=seeds]
#   SOURCES_DIR: the documents the server indexes first; a generated corpus makes the searches slow, e.g.
#   dotnet run -c Release --project src/SearchService.Cli -- generate --reports 2000 --out /tmp/gen2k
set -euo pipefail
cd "$(dirname "$0")/../.."
sources="${1:-$PWD/seeds}"
work="$(mktemp -d)"
port=$((20000 + RANDOM % 20000))
url="http://127.0.0.1:$port"
key="hostile-test-key"
dotnet build -c Release src/SearchService.Api --nologo -v quiet >/dev/null
dotnet build -c Release tests/SearchService.Benchmarks --nologo -v quiet >/dev/null
trap 'kill ${pid:-0} 2>/dev/null || true; rm -rf "$work"' EXIT

# Search:CacheEntries=0: every slow search really searches. Limits__RequestsPerWindow=0: one client sends them all.
Index__Path="$work/index" Sources__Path="$sources" Auth__ApiKeys__0="$key" Limits__RequestsPerWindow=0 Search__CacheEntries=0 \
  dotnet src/SearchService.Api/bin/Release/net10.0/SearchService.Api.dll --urls "$url" >"$work/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 1200); do
  curl -fs "$url/health/ready" >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { echo "server died on start:"; tail -20 "$work/server.log"; exit 1; }
  sleep 0.5
done
curl -fs "$url/health/ready"; echo
status=0
dotnet tests/SearchService.Benchmarks/bin/Release/net10.0/SearchService.Benchmarks.dll hostile "$url" "$key" "$pid" || status=$?
kill -0 "$pid" 2>/dev/null && echo "server alive after the run" || { echo "SERVER DIED:"; tail -30 "$work/server.log"; status=1; }
exit $status
