#!/usr/bin/env bash
# Throughput and latency of public pages, served by the packaged jar with a fresh H2
# database, measured with wrk. Prints requests per second and the 99th-percentile latency
# of each page; the full wrk output goes to bench/results/. See bench/README.md.
#
# The server runs in demo mode (DEMO=true by default) so that the community's pages have content:
# the first theme group (/fr/community/groups/1) and its discussion of 200 posts (/fr/community/discussions/1).
#
# The server runs in demo mode (DEMO=false to turn it off), so that the toolbox has items;
# "@toolbox-item" in PAGES stands for the first item listed on /fr/toolbox.
# Settings (environment): PAGES (paths), THREADS, CONNECTIONS, DURATION, WARMUP, JAVA_OPTS, DEMO,
# READY_SECONDS (how long to wait for the server to start, 180 by default; more on a loaded machine),
# REBUILD=1 to package the jar again (by default an existing target/cybersudoe-*.jar is used).
set -euo pipefail

cd "$(dirname "$0")/../.."
PAGES=${PAGES:-"/fr/ /fr/network /fr/toolbox @toolbox-item /fr/community/groups/1 /fr/community/discussions/1"}
DEMO=${DEMO:-true}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-10s}
READY_SECONDS=${READY_SECONDS:-180}
GOAL_RPS=1000
GOAL_P99_MS=50

source bench/lib.sh
need_wrk
jar=$(packaged_jar)

work=$(mktemp -d)
server=""
stop_server() {
    if [[ -n "$server" ]] && kill -0 "$server" 2>/dev/null; then
        kill -TERM "$server"
        wait "$server" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap stop_server EXIT

port=$(free_port)
base="http://127.0.0.1:$port"
echo "Starting $(basename "$jar") on port $port (data in $work)"
(
    cd "$work"
    export PORT=$port
    export DEMO
    export DATABASE_URL="jdbc:h2:file:$work/db/bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE"
    export LOG_FORMAT=
    export DEMO=${DEMO:-true}
    # shellcheck disable=SC2086
    exec "$JAVA" ${JAVA_OPTS:-} -jar "$jar" >"$work/app.log" 2>&1
) &
server=$!

for _ in $(seq 1 "$READY_SECONDS"); do
    if curl -sf -o /dev/null "$base/readyz"; then
        break
    fi
    if ! kill -0 "$server" 2>/dev/null; then
        tail -40 "$work/app.log" >&2
        fail "the server stopped while starting"
    fi
    sleep 1
done
curl -sf -o /dev/null "$base/readyz" || { tail -40 "$work/app.log" >&2; fail "not ready after $READY_SECONDS s"; }
echo "Ready."

mkdir -p bench/results
results="bench/results/pages-$(date -u +%Y%m%dT%H%M%SZ).txt"
{
    echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) $(uname -n), $(nproc) cores, $("$JAVA" -version 2>&1 | head -1)"
    echo "# wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency, after a $WARMUP warm-up"
    echo "# load average before: $(cut -d' ' -f1-3 /proc/loadavg) (the server and wrk share the machine)"
} >"$results"

# wrk prints latencies as 812.00us, 12.34ms or 1.20s: in milliseconds.
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }

# CPU time the server has used, in milliseconds (user + system), to report CPU per request:
# a figure that depends less on what else the machine is running than throughput does.
server_cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%d", ($12 + $13) * 1000 / hz }' "/proc/$server/stat"; }

summary=()
for path in $PAGES; do
    if [[ "$path" == "@toolbox-item" ]]; then
        path=$(curl -s "$base/fr/toolbox" | grep -o '/fr/toolbox/items/[0-9]*' | head -1 || true)
        path=${path:-/fr/toolbox/items/none}
    fi
    status=$(curl -s -o /dev/null -w '%{http_code}' "$base$path" || true)
    if [[ "$status" != "200" ]]; then
        line=$(printf '%-14s HTTP %s: not measured' "$path" "$status")
        summary+=("$line")
        echo "$line"
        continue
    fi
    echo "Warming up $path ($WARMUP)"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$base$path" >/dev/null
    echo "Measuring $path ($DURATION)"
    cpu_before=$(server_cpu_ms)
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$base$path")
    cpu_after=$(server_cpu_ms)
    { echo; echo "## $path"; echo "$out"; } >>"$results"
    rps=$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")
    requests=$(awk '/requests in/ { print $1 }' <<<"$out")
    cpu_per_request=$(awk -v c=$((cpu_after - cpu_before)) -v n="$requests" 'BEGIN { printf "%.2f", (n > 0 ? c / n : 0) }')
    echo "Server CPU: $((cpu_after - cpu_before)) ms for $requests requests, $cpu_per_request ms per request" >>"$results"
    p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
    p99_ms=$(to_ms "$p99")
    errors=$(grep -E 'Non-2xx|Socket errors' <<<"$out" | tr -s ' ' | paste -sd ';' - || true)
    verdict=$(awk -v r="$rps" -v p="$p99_ms" -v gr="$GOAL_RPS" -v gp="$GOAL_P99_MS" \
        'BEGIN { print (r + 0 >= gr && p + 0 < gp) ? "meets the goal" : "BELOW the goal" }')
    line=$(printf '%-14s %9.1f requests/s   p99 %8s ms   server CPU %s ms/request   %s%s' \
        "$path" "$rps" "$p99_ms" "$cpu_per_request" "$verdict" "${errors:+   ($errors)}")
    summary+=("$line")
done

echo
echo "$(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, load average now $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Goal: >= $GOAL_RPS requests/s and p99 < $GOAL_P99_MS ms (wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency)"
printf '%s\n' "${summary[@]}" | tee -a "$results"
echo "Full wrk output: $results"
