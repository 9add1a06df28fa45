#!/usr/bin/env bash
# Engine benchmark: our engine and graphql-js on the same SDL, data and query, one after the other on an
# otherwise idle machine. Prints a table of ops/s. Figures only: nothing here passes or fails on speed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
seconds="${BENCH_SECONDS:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

node "$here/make-data.mjs" "$work/data.json"
dotnet build "$here/PolityGraph.Benchmarks.Engine.csproj" -c Release --nologo -v q -clp:ErrorsOnly -o "$work/bin" >&2

echo "Measuring each case for ${seconds}s after a warm-up (BENCH_SECONDS to change)..." >&2
{
  dotnet "$work/bin/PolityGraph.Benchmarks.Engine.dll" "$work/data.json" "$seconds"
  node "$here/engine-bench.mjs" "$work/data.json" "$seconds"
} > "$work/results.jsonl"
node "$here/report.mjs" < "$work/results.jsonl"
