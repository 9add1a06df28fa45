#!/usr/bin/env bash
# self-contained.sh: the repository stands alone. Nothing it builds, runs or tests may read a file
# outside the checkout (the folder it was first written beside is not there in a fresh clone).
#
# 1. No tracked file names a path outside the repository: a sibling "shared" folder (dot-dot-slash
#    shared) or the machine's work folder (slash work slash). Written here without the literal
#    strings so that this file passes its own check.
# 2. A fresh clone of HEAD in an empty temporary folder (so nothing sits beside it) builds, and the
#    tests that read repository files by path (the contract, the README examples) pass there.
#
# Counts: the grep check writes tests/artifacts/test-results/self-contained.counts; the clone's test
# runs write self-contained-*.trx beside the other projects' results, so .ci/run-tests.sh sums them.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root="${PWD}"
results="${root}/tests/artifacts/test-results"
mkdir -p "${results}"

passed=0
failed=0

dotdot_shared='\.\./'"shared"
work_folder='/'"work"'/'
echo "--- tracked files that name a path outside the repository"
offenders=$(git ls-files -z | xargs -0 grep -n -I -E -e "${dotdot_shared}" -e "${work_folder}" -- 2>/dev/null || true)
if [[ -n "${offenders}" ]]; then
  echo "${offenders}"
  echo "FAILED: the files above read or point outside the repository; copy what they need into it."
  failed=$((failed + 1))
else
  echo "none"
  passed=$((passed + 1))
fi
echo "${passed} ${failed}" >"${results}/self-contained.counts"

if [[ "${SELF_CONTAINED_SKIP_CLONE:-}" == 1 ]]; then
  echo "--- fresh clone skipped (SELF_CONTAINED_SKIP_CLONE=1)"
  exit $((failed > 0))
fi

scratch="$(mktemp -d "${TMPDIR:-/tmp}/politygraph-clone.XXXXXX")"
trap 'rm -rf "${scratch}"' EXIT
clone="${scratch}/PolityGraph"
echo "--- a fresh clone of HEAD in ${clone}, nothing beside it"
git clone -q --no-hardlinks "${root}" "${clone}"
status=0
run_in_clone() { # run_in_clone NAME PROJECT FILTER
  local name="$1" project="$2" filter="$3"
  (cd "${clone}" && dotnet test "${project}" --nologo -v q --filter "${filter}" \
    --logger "trx;LogFileName=self-contained-${name}.trx" --results-directory "${results}") || status=1
  if [[ ! -f "${results}/self-contained-${name}.trx" ]]; then
    echo "!!! ${name}: no test results from the clone (it did not build?)"
    echo "${passed} $((failed + 1))" >"${results}/self-contained.counts"
    status=1
  fi
}
run_in_clone graphql tests/PolityGraph.GraphQL.Tests "FullyQualifiedName~SchemaPrinterTests"
run_in_clone api tests/PolityGraph.Api.Tests "FullyQualifiedName~ContractTests|FullyQualifiedName~ReadmeExamplesTests"
if [[ ${failed} -gt 0 ]]; then status=1; fi
exit "${status}"
