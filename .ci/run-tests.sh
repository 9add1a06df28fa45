#!/usr/bin/env bash
# run-tests.sh [MAKE_TARGET...]: builds and runs every .NET test project of the solution, one after another,
# then each extra suite given as a make target; prints "N passed, N failed" as the last line.
#
# Projects run one at a time because they share one Neo4j (NEO4J_URI) and some of them wipe
# and reload it; inside a project, database tests share the Neo4jServerFixture collection.
# Counts come from the .trx files in tests/artifacts/test-results; a suite that is not .NET adds
# its own counts as a line "PASSED FAILED" in a file tests/artifacts/test-results/<suite>.counts.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

results="tests/artifacts/test-results"
rm -rf "${results}"
mkdir -p "${results}"
status=0
crashed=0

mapfile -t projects < <(dotnet sln PolityGraph.sln list | grep -E '^tests/.*\.Tests\.csproj$' | sort)
for project in "${projects[@]}"; do
  name="$(basename "${project}" .csproj)"
  echo "=== ${name}"
  # Built one by one: a project that does not compile fails only the suites that depend on it.
  if ! dotnet build "${project}" --nologo -v q -clp:ErrorsOnly; then
    echo "!!! ${name} does not build"
    crashed=$((crashed + 1))
    status=1
    continue
  fi
  dotnet test "${project}" --no-build --nologo \
    --logger "trx;LogFileName=${name}.trx" \
    --results-directory "${results}" --blame-hang-timeout 10m || status=1
  if [[ ! -f "${results}/${name}.trx" ]]; then
    echo "!!! ${name} produced no test results (build missing or test host crashed)"
    crashed=$((crashed + 1))
    status=1
  fi
done

for suite in "$@"; do
  echo "=== ${suite}"
  make --no-print-directory "${suite}" || status=1
done

sum_counter() { # sum_counter NAME: total of a <Counters NAME="n"> attribute over all trx files
  cat "${results}"/*.trx 2>/dev/null | grep -o "<Counters [^>]*>" | grep -o " $1=\"[0-9]*\"" | grep -o "[0-9]*" \
    | awk '{ s += $1 } END { print s + 0 }'
}
passed=$(sum_counter passed)
failed=$(( $(sum_counter failed) + $(sum_counter error) + $(sum_counter timeout) + $(sum_counter aborted) + crashed ))
for counts in "${results}"/*.counts; do
  [[ -f "${counts}" ]] || continue
  read -r p f <"${counts}" || true
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done
if [[ ${status} -ne 0 && ${failed} -eq 0 ]]; then failed=1; fi # a suite failed without reporting counts

# The failed tests with the start of their messages, just above the summary: CI keeps only the tail of the output.
if [[ ${failed} -ne 0 ]]; then
  echo
  node .ci/failures.mjs "${results}" || true
fi

summary="${passed} passed, ${failed} failed"
echo "${summary}" >"${results}/summary.txt"
echo
echo "${summary}"
exit "${status}"
