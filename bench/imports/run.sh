#!/usr/bin/env bash
# Import benchmark: nine partner files (about 135,000 rows) imported end to end into PostgreSQL,
# then again, then a plain COPY of the same rows for comparison. See README.md beside this script.
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
DB=${BENCH_DB:-cybersudoe_bench}
COMPANIES=${COMPANIES:-90000}
PG="psql -q -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1"
$PG -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
./mvnw -q -B -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
rm -rf target/bench-imports
"$JAVA_HOME/bin/java" -Xmx${HEAP:-1g} ${JAVA_OPTIONS:-} -Dcybersudoe.bench=true -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
    eu.cybersudoe.bench.ImportBenchmark "jdbc:postgresql://127.0.0.1:5432/$DB${PG_OPTIONS:-?reWriteBatchedInserts=true}" \
    target/bench-imports "$COMPANIES"
