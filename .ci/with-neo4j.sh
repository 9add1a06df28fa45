#!/usr/bin/env bash
# with-neo4j.sh COMMAND...: runs COMMAND with NEO4J_* pointing at one throwaway Neo4j 3.1.1,
# then stops and deletes that instance whatever happens (success, failure, Ctrl+C, kill).
# When NEO4J_URI is already set, COMMAND runs against that server instead and nothing is started.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if [[ -n "${NEO4J_URI:-}" ]]; then
  echo "with-neo4j: using NEO4J_URI=${NEO4J_URI}" >&2
  exec "$@"
fi

instance="$(mktemp -d "${TMPDIR:-/tmp}/politygraph-test-neo4j.XXXXXX")"
cleanup() {
  graph-model/neo4j/neo4j.sh stop "${instance}" >/dev/null 2>&1 || true
  rm -rf "${instance}"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

started=${SECONDS}
eval "$(graph-model/neo4j/neo4j.sh start "${instance}")"
export NEO4J_URI NEO4J_USER NEO4J_PASSWORD
echo "with-neo4j: Neo4j at ${NEO4J_URI} (started in $((SECONDS - started))s)" >&2

set +e
"$@"
status=$?
set -e
exit "${status}"
