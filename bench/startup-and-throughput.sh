#!/usr/bin/env bash
# Faro foundation benchmark: startup of the packaged jar on the embedded database (median of 5),
# RSS after startup, and throughput/latency of GET /api/v1/countries beside a trivial endpoint
# (GET /actuator/health) measured with wrk in the same run.
#
#   bash bench/startup-and-throughput.sh            # uses target/faro-*.jar (builds it if missing)
#   RUNS=5 DURATION=20s CONNECTIONS=32 bash bench/startup-and-throughput.sh
#
#   AOT=1 bash bench/startup-and-throughput.sh     # the same from an extracted jar with a JDK 25 AOT cache
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

RUN_JAR=$JAR
JVM_OPTS=()
if [ "${AOT:-0}" = 1 ]; then
  # Production-style start: extracted jar plus an AOT cache recorded by one training run.
  EXTRACTED=$(mktemp -d)
  "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$EXTRACTED/app" >/dev/null
  RUN_JAR=$(ls "$EXTRACTED"/app/*.jar | head -1)
  training_data=$(mktemp -d)
  "$JAVA" -XX:AOTCacheOutput="$EXTRACTED/faro.aot" -Dspring.context.exit=onRefresh -jar "$RUN_JAR" \
      --server.port=0 --faro.data-dir="$training_data" > "$OUT/aot-training.log" 2>&1
  JVM_OPTS=(-XX:AOTCache="$EXTRACTED/faro.aot")
  echo "AOT cache: $(du -h "$EXTRACTED/faro.aot" | cut -f1)"
fi

start_app() {
  local port=$1 data=$2
  "$JAVA" "${JVM_OPTS[@]}" -jar "$RUN_JAR" --server.port="$port" --faro.data-dir="$data" > "$OUT/app-$port.log" 2>&1 &
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

# The last instance keeps running for the load test: warm it up, then alternate the two endpoints
# for ROUNDS rounds so that both see the same machine, and report the medians.
ROUNDS=${ROUNDS:-3}
wrk -t"$THREADS" -c"$CONNECTIONS" -d10s "http://127.0.0.1:$port/api/v1/countries" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "http://127.0.0.1:$port/actuator/health" >/dev/null
rps() { awk '/Requests\/sec/ {print $2}' "$1"; }
p99() { awk '$1 == "99%" {v=$2; if (v ~ /us$/) {sub(/us$/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v=v*1000}; print v}' "$1"; }
c_rps=(); c_p99=(); h_rps=(); h_p99=()
for r in $(seq 1 "$ROUNDS"); do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$port/api/v1/countries" > "$OUT/countries-$r.txt"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$port/actuator/health" > "$OUT/health-$r.txt"
  c_rps+=($(rps "$OUT/countries-$r.txt")); c_p99+=($(p99 "$OUT/countries-$r.txt"))
  h_rps+=($(rps "$OUT/health-$r.txt")); h_p99+=($(p99 "$OUT/health-$r.txt"))
  echo "round $r: countries ${c_rps[-1]} req/s p99 ${c_p99[-1]} ms | trivial ${h_rps[-1]} req/s p99 ${h_p99[-1]} ms"
done
mc=$(printf '%s\n' "${c_rps[@]}" | median); mh=$(printf '%s\n' "${h_rps[@]}" | median)
echo "GET /api/v1/countries: median $mc req/s, median p99 $(printf '%s\n' "${c_p99[@]}" | median) ms ($CONNECTIONS connections)"
echo "GET /actuator/health:  median $mh req/s, median p99 $(printf '%s\n' "${h_p99[@]}" | median) ms"
echo "ratio countries/trivial (medians): $(python3 -c "print(round($mc/$mh, 2))")"
