# Shared by the benchmark scripts that run the packaged jar: sourced, never run on its own.

fail() { echo "bench: $*" >&2; exit 1; }

if [[ -z "${JAVA_HOME:-}" && -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]]; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java

# Installs Debian's wrk when it is missing (as root).
need_wrk() {
    command -v wrk >/dev/null && return
    [[ $(id -u) -eq 0 ]] || fail "wrk is not installed (sudo apt-get install wrk)"
    echo "Installing Debian's wrk"
    DEBIAN_FRONTEND=noninteractive apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk
}

# Prints the absolute path of the packaged jar, packaging it first when missing or when REBUILD=1.
packaged_jar() {
    local jar
    jar=$(ls target/cybersudoe-*.jar 2>/dev/null | grep -v -- '-plain\.jar$' | head -1 || true)
    if [[ -z "$jar" || "${REBUILD:-0}" == 1 ]]; then
        echo "Building the jar: ./mvnw -q -DskipTests package" >&2
        ./mvnw -q -DskipTests package >&2
        jar=$(ls target/cybersudoe-*.jar | grep -v -- '-plain\.jar$' | head -1)
    fi
    realpath "$jar"
}

# Prints a TCP port of the loopback interface that nothing answers on.
free_port() {
    local port
    for _ in $(seq 1 50); do
        port=$((20000 + RANDOM % 20000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    fail "no free port found"
}
