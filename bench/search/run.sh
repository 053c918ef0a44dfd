#!/usr/bin/env bash
# Search benchmark: conferences in four languages written through the organisers' service and indexed after
# each commit, the full rebuild timed, searches measured under 8 concurrent users. See README.md beside this script.
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
DB=${BENCH_DB:-cybersudoe_bench_search}
CONFERENCES=${CONFERENCES:-2600}
PG="psql -q -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1"
if [ "${KEEP:-0}" != 1 ]; then
    $PG -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
fi
./mvnw -q -B -ntp -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
rm -rf target/bench-search
"$JAVA_HOME/bin/java" -Xmx${HEAP:-1g} ${JAVA_OPTIONS:-} -Dcybersudoe.bench=true -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
    eu.cybersudoe.bench.SearchBenchmark "jdbc:postgresql://127.0.0.1:5432/$DB" target/bench-search "$CONFERENCES"
