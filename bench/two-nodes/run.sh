#!/usr/bin/env bash
# Two platform nodes (two JVMs from the packaged jar, two ports) on one PostgreSQL database,
# sessions and files in the database. Measures, in one run, signed-in pages served by one node
# alone, then by both nodes at once with the SAME session (as a proxy spreading requests would),
# and prints their combined rate beside one node's. Also checks that a session opened on node A
# is signed in on node B. See README.md beside it.
#
# Settings (environment): PG_URL (default jdbc:postgresql://127.0.0.1:5432/cybersudoe_two_nodes, dropped
# and created again), PG_USER (postgres), PAGE (/en/account), THREADS (1 per wrk), CONNECTIONS (16 per wrk),
# DURATION (20s), WARMUP (10s), SESSIONS (32 signed-in sessions the requests take in turn), JAVA_OPTS (-Xmx512m),
# REBUILD=1 to package the jar again.
set -euo pipefail

cd "$(dirname "$0")/../.."
PG_URL=${PG_URL:-jdbc:postgresql://127.0.0.1:5432/cybersudoe_two_nodes}
PG_USER=${PG_USER:-postgres}
PAGE=${PAGE:-/en/account}
SESSIONS=${SESSIONS:-32}
THREADS=${THREADS:-1}
CONNECTIONS=${CONNECTIONS:-16}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-10s}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
PASSWORD="two nodes benchmark password"

source bench/lib.sh
need_wrk
jar=$(packaged_jar)

# a fresh database for the run
[[ "$PG_URL" =~ ^jdbc:postgresql://([^/]+)/([a-z_][a-z0-9_]*)$ ]] || fail "PG_URL must be jdbc:postgresql://host:port/name"
pg_server=${BASH_REMATCH[1]} pg_db=${BASH_REMATCH[2]}
psql -q -h "${pg_server%:*}" -p "${pg_server#*:}" -U "$PG_USER" -d postgres -v ON_ERROR_STOP=1 \
    -c "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)" -c "CREATE DATABASE $pg_db" \
    || fail "cannot create $pg_db on $pg_server"

work=$(mktemp -d)
pids=()
stop_nodes() {
    for pid in "${pids[@]}"; do
        kill -TERM "$pid" 2>/dev/null || true
    done
    for pid in "${pids[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$work"
}
trap stop_nodes EXIT

# start_node NAME: starts a node and sets node_port once it is ready (not run in a subshell, so
# that its process id stays in pids for the cleanup)
start_node() {
    local name=$1 port management
    port=$(free_port) management=$(free_port)
    mkdir -p "$work/$name"
    (
        cd "$work/$name"
        export PORT=$port MANAGEMENT_PORT=$management DATABASE_URL="$PG_URL?reWriteBatchedInserts=true" DATABASE_USER="$PG_USER"
        export SESSION_STORE=database FILE_STORE=database LOG_FORMAT= ADMIN_PASSWORD="$PASSWORD"
        # shellcheck disable=SC2086
        exec "$JAVA" $JAVA_OPTS -jar "$jar" >"$work/$name.log" 2>&1
    ) &
    pids+=($!)
    for _ in $(seq 1 240); do
        if curl -sf -o /dev/null "http://127.0.0.1:$port/readyz"; then
            node_port=$port
            return
        fi
        sleep 1
    done
    tail -40 "$work/$name.log" >&2
    fail "node $name not ready after 240 s"
}

# sign_in PORT: signs the first network admin in on that node, prints the session cookie's value
sign_in() {
    local base="http://127.0.0.1:$1" jar="$work/cookies" token
    rm -f "$jar"
    token=$(curl -s -c "$jar" "$base/en/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
    [[ -n "$token" ]] || fail "no CSRF token on the sign-in page"
    curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "email=admin@cybersudoe.local" \
        --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$token" "$base/en/login"
    awk '$6 == "CYBERSUDOE_SESSION" { print $7 }' "$jar"
}

status_with() { curl -s -o /dev/null -w '%{http_code}' -H "Cookie: CYBERSUDOE_SESSION=$2" "http://127.0.0.1:$1$PAGE"; }

rate() { awk '/Requests\/sec/ { printf "%d", $2 }' <<<"$1"; }

echo "Starting node A"
start_node a
port_a=$node_port
echo "Node A on $port_a"
session=$(sign_in "$port_a")
[[ -n "$session" && $(status_with "$port_a" "$session") == 200 ]] || fail "signing in on node A failed"

# SESSIONS signed-in sessions, taken in turn by the requests (as many people at once would)
{
    echo "local sessions = {"
    for _ in $(seq 1 "$SESSIONS"); do
        echo "  \"$(sign_in "$port_a")\","
    done
    echo "}"
    echo "local next = 0"
    echo "request = function()"
    echo "  next = next % #sessions + 1"
    echo "  return wrk.format(\"GET\", \"$PAGE\", { [\"Cookie\"] = \"CYBERSUDOE_SESSION=\" .. sessions[next] })"
    echo "end"
} >"$work/sessions.lua"
load() { wrk -t"$THREADS" -c"$2" -d"$3" -s "$work/sessions.lua" "http://127.0.0.1:$1$PAGE"; }

echo "One node: warming up $PAGE ($WARMUP), then measuring ($DURATION), $SESSIONS sessions"
load "$port_a" "$CONNECTIONS" "$WARMUP" >/dev/null
one=$(load "$port_a" "$((CONNECTIONS * 2))" "$DURATION")

echo "Starting node B"
start_node b
port_b=$node_port
echo "Node B on $port_b"
[[ $(status_with "$port_b" "$session") == 200 ]] || fail "the session opened on node A is not signed in on node B"
echo "Session opened on A: signed in on B (HTTP 200 on $PAGE)"

echo "Two nodes: warming up ($WARMUP), then measuring both at once ($DURATION)"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
load "$port_b" "$CONNECTIONS" "$WARMUP" >/dev/null
load "$port_a" "$CONNECTIONS" "$DURATION" >"$work/wrk-a.txt" &
wrk_a=$!
load "$port_b" "$CONNECTIONS" "$DURATION" >"$work/wrk-b.txt"
wait "$wrk_a"
a=$(rate "$(cat "$work/wrk-a.txt")") b=$(rate "$(cat "$work/wrk-b.txt")") single=$(rate "$one")
errors=$(cat "$work/wrk-a.txt" "$work/wrk-b.txt" <(echo "$one") | grep -c "Non-2xx" || true)

mkdir -p bench/results
results="bench/results/two-nodes-$(date -u +%Y%m%dT%H%M%SZ).txt"
{
    echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) $(uname -n), $(nproc) cores, $("$JAVA" -version 2>&1 | head -1), PostgreSQL on the same machine"
    echo "# signed-in $PAGE, $SESSIONS sessions in the database taken in turn, wrk -t$THREADS: one node with $((CONNECTIONS * 2)) connections, two nodes with $CONNECTIONS each"
    echo "# load average before the two-node measure: $load_before (other work on the machine counts)"
    echo "## one node"; echo "$one"
    echo "## two nodes: A"; cat "$work/wrk-a.txt"
    echo "## two nodes: B"; cat "$work/wrk-b.txt"
} >"$results"

combined=$((a + b))
printf '\nload average: %s (2 cores; other work on the machine lowers every figure)\n' "$load_before"
printf '%-34s %8s req/s\n' "one node ($PAGE, signed in)" "$single"
printf '%-34s %8s req/s  (A %s + B %s)\n' "two nodes, same sessions, combined" "$combined" "$a" "$b"
ratio=$(awk -v c="$combined" -v s="$single" 'BEGIN { printf "%.2f", (s > 0 ? c / s : 0) }')
printf '%-34s %8s      goal: at least 0.90 (no loss on 2 cores)\n' "combined / one node" "$ratio"
[[ "$errors" == 0 ]] || echo "some answers were not 2xx: see $results"
echo "wrk output: $results"
