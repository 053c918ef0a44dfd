#!/usr/bin/env bash
# Newsletter delivery throughput: the platform sends one issue (or the 20 issues of the
# programme) to 90,000 generated consenting contacts, through its own delivery path, to
# Postfix's smtp-sink on loopback, with PostgreSQL; then smtp-source sends the same number of
# messages of the same size over the same number of connections to the same sink, as the
# reference. See bench/newsletters/README.md.
#
# Usage: bash bench/newsletters/run.sh [one|all|two]
# "two": one issue sent by one node, then the same issue sent by two nodes (a second JVM on the
# same database and sink), their rates side by side and the copies the sink received twice.
# Settings (environment): PG_URL (default jdbc:postgresql://127.0.0.1:5432/cybersudoe_newsletters?reWriteBatchedInserts=true),
# PG_USER (postgres), CONNECTIONS (8), BATCH (200), STEP (25), CONTACTS (90000), SINK_PORT (free port),
# JAVA_OPTS (-Xmx1g), READY_SECONDS (600: how long node B may take to start), REBUILD=1 to compile the application again.
set -euo pipefail

cd "$(dirname "$0")/../.."
MODE=${1:-one}
PG_URL=${PG_URL:-jdbc:postgresql://127.0.0.1:5432/cybersudoe_newsletters?reWriteBatchedInserts=true}
PG_USER=${PG_USER:-postgres}
CONNECTIONS=${CONNECTIONS:-8}
BATCH=${BATCH:-200}
STEP=${STEP:-25}
CONTACTS=${CONTACTS:-90000}
JAVA_OPTS=${JAVA_OPTS:--Xmx1g}
READY_SECONDS=${READY_SECONDS:-600}

source bench/lib.sh
[[ "$MODE" == one || "$MODE" == all || "$MODE" == two ]] || fail "mode is 'one', 'all' or 'two', not '$MODE'"

JAVAC=${JAVA_HOME:+$JAVA_HOME/bin/}javac

# Postfix only for its test tools; its daemon is not started (and stopped if the install started it).
if ! command -v smtp-sink >/dev/null && [[ ! -x /usr/sbin/smtp-sink ]]; then
    [[ $(id -u) -eq 0 ]] || fail "smtp-sink is not installed (sudo apt-get install postfix)"
    echo "Installing Debian's postfix (for smtp-sink and smtp-source)"
    echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q postfix
    postfix stop >/dev/null 2>&1 || true
fi
SMTP_SINK=$(command -v smtp-sink || echo /usr/sbin/smtp-sink)
SMTP_SOURCE=$(command -v smtp-source || echo /usr/sbin/smtp-source)

if [[ ! -d target/classes/eu/cybersudoe/newsletters || "${REBUILD:-0}" == 1 ]]; then
    echo "Compiling: ./mvnw -q -DskipTests compile"
    ./mvnw -q -DskipTests compile
fi
# the default database is created when missing (a fresh machine)
if [[ "$PG_URL" =~ ^jdbc:postgresql://([^:/]+):?([0-9]*)/([A-Za-z0-9_]+) ]]; then
    db=${BASH_REMATCH[3]}
    if ! psql -h "${BASH_REMATCH[1]}" -p "${BASH_REMATCH[2]:-5432}" -U "$PG_USER" -d "$db" -c 'select 1' >/dev/null 2>&1; then
        echo "Creating the database $db"
        psql -h "${BASH_REMATCH[1]}" -p "${BASH_REMATCH[2]:-5432}" -U "$PG_USER" -d postgres -q -c "create database $db"
    fi
fi
work=$(mktemp -d)
sink=""
node_b=""
cleanup() {
    stop_node_b
    if [[ -n "$sink" ]] && kill -0 "$sink" 2>/dev/null; then
        kill "$sink"
        wait "$sink" 2>/dev/null || true
    fi
    rm -rf "$work"
}
stop_node_b() {
    if [[ -n "$node_b" ]] && kill -0 "$node_b" 2>/dev/null; then
        kill -TERM "$node_b"
        wait "$node_b" 2>/dev/null || true
    fi
    node_b=""
}
trap cleanup EXIT

./mvnw -q -o dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$work/classpath.txt" >/dev/null
classpath="target/classes:$(cat "$work/classpath.txt")"
mkdir -p "$work/classes"
"$JAVAC" -d "$work/classes" -cp "$classpath" bench/newsletters/NewsletterBenchmark.java

SINK_PORT=${SINK_PORT:-$(free_port)}
sink_user=$(id -un)
[[ $(id -u) -eq 0 ]] && sink_user=nobody
# -c: the sink counts the messages it received ("mesg=N"), read to find copies received twice
"$SMTP_SINK" -c -u "$sink_user" 127.0.0.1:"$SINK_PORT" 1000 >"$work/sink.txt" &
sink=$!
sleep 1
kill -0 "$sink" 2>/dev/null || fail "smtp-sink did not start"
echo "smtp-sink listening on 127.0.0.1:$SINK_PORT (pid $sink); $CONNECTIONS connections, batches of $BATCH handed in steps of $STEP"
echo "uncertain copies after a kill -9 of the node: at most $((CONNECTIONS * STEP)) ($CONNECTIONS connections x $STEP)"

# the settings both nodes share: database, sink, connections, batches, steps, no rate limit
platform_settings=(--spring.datasource.url="$PG_URL" --spring.datasource.username="$PG_USER" --spring.datasource.password=
    --spring.datasource.hikari.maximum-pool-size=$((CONNECTIONS + 4))
    --spring.mail.host=127.0.0.1 --spring.mail.port="$SINK_PORT"
    --cybersudoe.newsletters.connections="$CONNECTIONS" --cybersudoe.newsletters.batch-size="$BATCH"
    --cybersudoe.newsletters.step-size="$STEP" --cybersudoe.newsletters.rate-per-second=1000000
    --logging.level.root=WARN --logging.level.eu.cybersudoe.newsletters=INFO)

# run_platform MODE LOG: the driver node generates the contacts, launches, waits and reports
run_platform() {
    "$JAVA" $JAVA_OPTS -Dbench.contacts="$CONTACTS" -cp "$work/classes:$classpath" \
        eu.cybersudoe.newsletters.internal.NewsletterBenchmark "$1" "${platform_settings[@]}" \
        --management.server.port=0 --cybersudoe.data-dir="$work/data" 2>&1 | tee "$2" \
        | grep -E '^(contacts|message size|launched|delivered|rate|peak|  )' || true
    grep -q '^rate:' "$2" || { tail -40 "$2"; fail "the platform run did not finish"; }
}
sink_count() { tr '\r' '\n' <"$work/sink.txt" | grep -o 'mesg=[0-9]*' | tail -1 | cut -d= -f2 || echo 0; }
rate_of() { sed -n 's/^rate: \([0-9]*\) messages.*/\1/p' "$1"; }
delivered_of() { sed -n 's/^delivered: \([0-9]*\) messages.*/\1/p' "$1"; }

log="$work/platform.txt"
if [[ "$MODE" == two ]]; then
    echo "== one node"
    run_platform one "$work/one.txt"
    one_rate=$(rate_of "$work/one.txt")
    port_b=$(free_port)
    management_b=$(free_port)
    echo "== starting node B (second JVM, web port $port_b, management port $management_b)"
    "$JAVA" $JAVA_OPTS -cp "$classpath" eu.cybersudoe.CyberSudoeApplication "${platform_settings[@]}" \
        --server.port="$port_b" --management.server.port="$management_b" --cybersudoe.data-dir="$work/data-b" \
        --cybersudoe.newsletters.workers=true >"$work/node-b.txt" 2>&1 &
    node_b=$!
    for _ in $(seq 1 "$READY_SECONDS"); do
        curl -sf -o /dev/null "http://127.0.0.1:$port_b/readyz" && break
        kill -0 "$node_b" 2>/dev/null || { tail -40 "$work/node-b.txt"; fail "node B stopped"; }
        sleep 1
    done
    curl -sf -o /dev/null "http://127.0.0.1:$port_b/readyz" || fail "node B not ready after $READY_SECONDS s"
    echo "== two nodes (the driver node A and node B)"
    sleep 1
    before=$(sink_count)
    run_platform one "$log"
    sleep 2
    after=$(sink_count)
    by_b=$(curl -s "http://127.0.0.1:$management_b/actuator/prometheus" \
        | awk '/^newsletter_copies_total\{outcome="delivered"/ { printf "%d", $2 }')
    stop_node_b
    two_rate=$(rate_of "$log")
    delivered=$(delivered_of "$log")
    received=$((after - before))
    echo "one node: $one_rate messages/s"
    echo "two nodes: $two_rate messages/s (node B delivered ${by_b:-?} of $delivered copies)"
    awk -v o="$one_rate" -v t="$two_rate" 'BEGIN { printf "two nodes / one node: %.2f (goal on 2 cores: at least 0.90)\n", t / o }'
    echo "the sink received $received messages for $delivered delivered records: duplicates = $((received - delivered))"
    echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
else
    run_platform "$MODE" "$log"
fi

size=$(sed -n 's/^message size: \([0-9]*\) bytes/\1/p' "$log")
messages=$(sed -n 's/^delivered: \([0-9]*\) messages.*/\1/p' "$log")
echo "smtp-source: $messages messages of $size bytes over $CONNECTIONS connections, reused (-d)"
start=$(date +%s.%N)
"$SMTP_SOURCE" -d -s "$CONNECTIONS" -l "$size" -m "$messages" -f bench@cybersudoe.eu -t sink@bench.example \
    127.0.0.1:"$SINK_PORT"
end=$(date +%s.%N)
awk -v m="$messages" -v s="$start" -v e="$end" 'BEGIN { printf "smtp-source rate: %.0f messages/s (%.1f s)\n", m / (e - s), e - s }'
platform=$(sed -n 's/^rate: \([0-9]*\) messages.*/\1/p' "$log")
awk -v m="$messages" -v s="$start" -v e="$end" -v p="$platform" \
    'BEGIN { r = m / (e - s); printf "platform / smtp-source: %.0f%% (goals: at least 2000 messages/s and 50%%)\n", 100 * p / r }'
