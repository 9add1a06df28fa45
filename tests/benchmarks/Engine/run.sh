#!/usr/bin/env bash
# Engine benchmark: our engine and graphql-js on the same SDL, data and query, single-threaded, rates in
# operations per CPU-second of the process. The two engines take turns for
# BENCH_ROUNDS rounds of BENCH_SECONDS per case, and the table shows each case's median, so a machine whose
# load drifts during the run does not favour whichever engine ran first. Figures only: nothing here passes or
# fails on speed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
seconds="${BENCH_SECONDS:-2}"
rounds="${BENCH_ROUNDS:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

node "$here/make-data.mjs" "$work/data.json"
dotnet build "$here/PolityGraph.Benchmarks.Engine.csproj" -c Release --nologo -v q -clp:ErrorsOnly -o "$work/bin" >&2

echo "Measuring: ${rounds} rounds x ${seconds}s per case and engine, after a warm-up (BENCH_ROUNDS, BENCH_SECONDS to change)." >&2
echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores." >&2
for round in $(seq 1 "$rounds"); do
  dotnet "$work/bin/PolityGraph.Benchmarks.Engine.dll" "$work/data.json" "$seconds"
  node "$here/engine-bench.mjs" "$work/data.json" "$seconds"
done > "$work/results.jsonl"
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)." >&2
node "$here/report.mjs" < "$work/results.jsonl"
