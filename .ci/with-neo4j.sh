#!/usr/bin/env bash
# with-neo4j.sh COMMAND...: runs COMMAND with NEO4J_* pointing at one throwaway Neo4j 3.1.1,
# then stops and deletes that instance whatever happens (success, failure, Ctrl+C, kill).
# When NEO4J_URI is already set, COMMAND runs against that server instead and nothing is started.
#
# COMMAND also gets a private TMPDIR inside the scratch folder: instances the tests start for
# themselves (Neo4jInstance.StartThrowawayAsync) live there, so even when a test host is killed
# before it can clean up, no JVM or folder outlives the run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
neo4j_sh="${PWD}/graph-model/neo4j/neo4j.sh"

scratch="$(mktemp -d "${TMPDIR:-/tmp}/politygraph-test.XXXXXX")"
cleanup() {
  local pidfile
  while IFS= read -r pidfile; do
    "${neo4j_sh}" stop "$(dirname "$(dirname "${pidfile}")")" >/dev/null 2>&1 || true
  done < <(find "${scratch}" -path '*/run/neo4j.pid' 2>/dev/null)
  rm -rf "${scratch}"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

mkdir -p "${scratch}/tmp"
if [[ -n "${NEO4J_URI:-}" ]]; then
  echo "with-neo4j: using NEO4J_URI=${NEO4J_URI}" >&2
else
  started=${SECONDS}
  eval "$("${neo4j_sh}" start "${scratch}/neo4j")"
  export NEO4J_URI NEO4J_USER NEO4J_PASSWORD
  echo "with-neo4j: Neo4j at ${NEO4J_URI} (started in $((SECONDS - started))s)" >&2
fi
export TMPDIR="${scratch}/tmp"

set +e
"$@"
status=$?
set -e
exit "${status}"
