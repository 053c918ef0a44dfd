#!/usr/bin/env bash
# A node killed (kill -9) in the middle of an issue, then a node started again: how many copies
# are left uncertain (against the bound CONNECTIONS x STEP), and whether every other copy, those
# the killed node had only claimed included, is delivered after the restart. Same settings as run.sh; KILL_AT is the
# share of the issue delivered when the node is killed (default 3, a third). Needs what run.sh
# installs (Postfix's smtp-sink) and a compiled application.
set -euo pipefail

cd "$(dirname "$0")/../.."
PG_URL=${PG_URL:-jdbc:postgresql://127.0.0.1:5432/cybersudoe_newsletters?reWriteBatchedInserts=true}
PG_USER=${PG_USER:-postgres}
CONNECTIONS=${CONNECTIONS:-8}
BATCH=${BATCH:-200}
STEP=${STEP:-25}
CONTACTS=${CONTACTS:-90000}
KILL_AT=${KILL_AT:-3}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JAVAC=${JAVA_HOME:+$JAVA_HOME/bin/}javac
[[ "$PG_URL" =~ ^jdbc:postgresql://([^:/]+):?([0-9]*)/([A-Za-z0-9_]+) ]] || { echo "PG_URL not understood" >&2; exit 1; }
PSQL=(psql -h "${BASH_REMATCH[1]}" -p "${BASH_REMATCH[2]:-5432}" -U "$PG_USER" -d "${BASH_REMATCH[3]}" -At)

work=$(mktemp -d)
sink=""
cleanup() {
    [[ -n "$sink" ]] && kill "$sink" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
./mvnw -q -o dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$work/classpath.txt" >/dev/null
classpath="target/classes:$(cat "$work/classpath.txt")"
mkdir -p "$work/classes"
"$JAVAC" -d "$work/classes" -cp "$classpath" bench/newsletters/NewsletterBenchmark.java

port=$((20000 + RANDOM % 20000))
/usr/sbin/smtp-sink -u nobody 127.0.0.1:"$port" 1000 > "$work/sink.txt" 2>&1 &
sink=$!
sleep 1
platform() {
    exec "$JAVA" -Xmx1g -Dbench.contacts="$CONTACTS" -Dbench.keep=true -cp "$work/classes:$classpath" \
        eu.cybersudoe.newsletters.internal.NewsletterBenchmark "$1" \
        --spring.datasource.url="$PG_URL" --spring.datasource.username="$PG_USER" --spring.datasource.password= \
        --spring.datasource.hikari.maximum-pool-size=$((CONNECTIONS + 4)) \
        --spring.mail.host=127.0.0.1 --spring.mail.port="$port" \
        --cybersudoe.newsletters.connections="$CONNECTIONS" --cybersudoe.newsletters.batch-size="$BATCH" \
        --cybersudoe.newsletters.step-size="$STEP" --cybersudoe.newsletters.rate-per-second=1000000 \
        --cybersudoe.newsletters.node-timeout=10s \
        --cybersudoe.data-dir="$work/data" --server.port=0 --logging.level.root=WARN \
        --logging.level.eu.cybersudoe.newsletters=INFO
}
(platform one) > "$work/first.txt" 2>&1 &
node=$!
target=$((CONTACTS / KILL_AT))
until [[ $("${PSQL[@]}" -c "select count(*) from newsletter_send s join newsletter_issue i on i.id = s.issue_id
                            where i.number >= 9001 and s.state = 'DELIVERED'" 2>/dev/null || echo 0) -ge $target ]]; do
    kill -0 "$node" 2>/dev/null || { tail -30 "$work/first.txt"; echo "the node stopped before the kill" >&2; exit 1; }
    sleep 0.2
done
kill -9 "$node"
wait "$node" 2>/dev/null || true
echo "killed the node (kill -9) with $("${PSQL[@]}" -c "select string_agg(c.state || ' ' || c.n::text, ', ') from (select s.state, count(*) n
      from newsletter_send s join newsletter_issue i on i.id = s.issue_id where i.number >= 9001 group by s.state order by s.state) c")"
(platform resume) > "$work/second.txt" 2>&1 || { tail -30 "$work/second.txt"; exit 1; }
grep -E '^(resumed|  [A-Z])' "$work/second.txt"
counts() { "${PSQL[@]}" -c "select count(*) from newsletter_send s join newsletter_issue i on i.id = s.issue_id
                             where i.number >= 9001 and s.state = '$1'"; }
delivered=$(counts DELIVERED)
uncertain=$(counts UNCERTAIN)
echo "uncertain: $uncertain (bound $((CONNECTIONS * STEP)): $CONNECTIONS connections x $STEP)"
echo "delivered: $delivered; every other copy of the $CONTACTS is uncertain: $((delivered + uncertain == CONTACTS ? 1 : 0)) (1 = yes)"
"$JAVA" -cp "$work/classes:$classpath" eu.cybersudoe.newsletters.internal.NewsletterBenchmark clean \
    --spring.datasource.url="$PG_URL" --spring.datasource.username="$PG_USER" --spring.datasource.password= \
    --cybersudoe.newsletters.workers=false --server.port=0 --logging.level.root=WARN >/dev/null 2>&1 || true
