#!/usr/bin/env bash
# Faro foundation benchmark: startup of the packaged jar on the embedded database (median of 5),
# RSS after startup, and throughput/latency of GET /api/v1/countries beside a trivial endpoint
# (GET /actuator/health) measured with wrk in the same run.
#
#   bash bench/startup-and-throughput.sh            # uses target/faro-*.jar (builds it if missing)
#   RUNS=5 DURATION=20s CONNECTIONS=32 bash bench/startup-and-throughput.sh
#
# Needs: a JDK 21+ (JAVA_HOME or the Temurin 25 beside the system JDK), curl, wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
if [ -z "${JAVA_HOME:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

JAR=${JAR:-$(ls target/faro-*.jar 2>/dev/null | grep -v original | head -1 || true)}
if [ -z "$JAR" ]; then
  ./mvnw -q -B -DskipTests package
  JAR=$(ls target/faro-*.jar | grep -v original | head -1)
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

OUT=bench/results
mkdir -p "$OUT"
startups=(); rss=()
PID=""
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null || true; }
trap cleanup EXIT

start_app() {
  local port=$1 data=$2
  "$JAVA" -jar "$JAR" --server.port="$port" --faro.data-dir="$data" > "$OUT/app-$port.log" 2>&1 &
  PID=$!
}

wait_ready() {
  local port=$1
  until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; do
    kill -0 "$PID" 2>/dev/null || { echo "app died, see $OUT/app-$port.log" >&2; exit 1; }
    sleep 0.05
  done
}

for i in $(seq 1 "$RUNS"); do
  port=$(free_port); data=$(mktemp -d)
  t0=$(now_ms); start_app "$port" "$data"; wait_ready "$port"; t1=$(now_ms)
  startups+=($((t1 - t0)))
  sleep 2
  rss+=($(( $(ps -o rss= -p "$PID") / 1024 )))
  if [ "$i" -lt "$RUNS" ]; then kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""; rm -rf "$data"; fi
done

echo "startup to ready (ms), $RUNS runs: ${startups[*]}"
echo "median startup: $(printf '%s\n' "${startups[@]}" | median) ms"
echo "RSS after startup (MB): ${rss[*]}; median $(printf '%s\n' "${rss[@]}" | median) MB"

# The last instance keeps running for the load test (already warm from start-up only: warm it up).
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "http://127.0.0.1:$port/api/v1/countries" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "http://127.0.0.1:$port/actuator/health" >/dev/null
echo "--- GET /api/v1/countries ($CONNECTIONS connections, $DURATION)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$port/api/v1/countries" | tee "$OUT/countries.txt"
echo "--- GET /actuator/health (trivial endpoint, same run)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$port/actuator/health" | tee "$OUT/health.txt"
rps() { awk '/Requests\/sec/ {print $2}' "$1"; }
echo "ratio countries/trivial: $(python3 -c "print(round($(rps "$OUT/countries.txt")/$(rps "$OUT/health.txt"),3))")"
