#!/usr/bin/env bash
# Faro insight benchmark: the regional statistics JSON of a round (GET /api/v1/open/rounds/{id}/statistics)
# under wrk with 32 connections, beside the trivial endpoint (GET /actuator/health) in the same run.
#
#   bash bench/regional-statistics.sh                 # uses target/faro-*.jar (builds it if missing)
#   DURATION=20s CONNECTIONS=32 ROUNDS=3 bash bench/regional-statistics.sh
#
# Data: the demo data plus three rounds of complete results for all 33 member states (every unit
# of faro-national-2021, 62 per country: 6,138 results), imported as a programme coordinator through
# POST /api/v1/imports/historic and published, as a programme would load its past rounds.
# Needs: a JDK 21+ (JAVA_HOME or the Temurin 25 beside the system JDK), curl, python3, wrk.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
ROUNDS=${ROUNDS:-3}
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
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
OUT=bench/results
mkdir -p "$OUT"
port=$(free_port); data=$(mktemp -d); jar=$(mktemp); csv=$(mktemp --suffix=.csv)
"$JAVA" -jar "$JAR" --server.port="$port" --faro.data-dir="$data" > "$OUT/statistics-app.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; rm -rf "$data" "$jar" "$csv"' EXIT
base="http://127.0.0.1:$port"
until curl -fs "$base/actuator/health/readiness" >/dev/null 2>&1; do
  kill -0 "$PID" 2>/dev/null || { echo "app died, see $OUT/statistics-app.log" >&2; exit 1; }
  sleep 0.1
done

# Sign in as the programme coordinator (form + CSRF token), as a browser would.
password=$(sed -n 's/.*Password for all: //p' "$data/demo-credentials.txt")
form_token() { curl -fs -c "$jar" -b "$jar" "$base$1" | python3 -c 'import re,sys; print(re.search(r"name=\"_csrf\" value=\"([^\"]+)\"", sys.stdin.read()).group(1))'; }
token=$(form_token /login)
curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "email=coordinacion@demo.faro.lat" \
    --data-urlencode "password=$password" --data-urlencode "_csrf=$token" "$base/login"

# Three rounds of complete results for the 33 member states, every unit of the 2021 model.
curl -fs "$base/api/v1/countries" > "$OUT/countries.json"
curl -fs "$base/api/v1/frameworks/faro-national-2021/1.0.0" | python3 -c '
import csv, json, random, sys
model = json.load(sys.stdin)
units = []
for d in model["dimensions"]:
    for f in d["factors"]:
        units += [a["id"] for a in f["aspects"]] or [f["id"]]
countries = [c["iso2"] for c in json.load(open(sys.argv[1]))]
random.seed(2026)
out = csv.writer(open(sys.argv[2], "w", newline=""))
out.writerow(["country", "round", "framework", "element", "stage", "source"])
for label in ["Banco 2017", "Banco 2020", "Banco 2023"]:
    for c in countries:
        for u in units:
            out.writerow([c, label, "faro-national-2021@1.0.0", u, random.choices([1, 2, 3, 4, 5], [35, 35, 20, 7, 3])[0], "benchmark"])
' "$OUT/countries.json" "$csv"
echo "generated $(($(wc -l < "$csv") - 1)) results"
header=$(curl -fs -b "$jar" "$base/insight/imports" | python3 -c 'import re,sys; t=sys.stdin.read(); print(re.search(r"name=\"_csrf_header\" content=\"([^\"]+)\"", t).group(1)); print(re.search(r"name=\"_csrf\" content=\"([^\"]+)\"", t).group(1))')
csrf_name=$(echo "$header" | sed -n 1p); csrf_value=$(echo "$header" | sed -n 2p)
t0=$(date +%s%3N)
status=$(curl -s -o "$OUT/import.json" -w '%{http_code}' -b "$jar" -H "$csrf_name: $csrf_value" -F "file=@$csv;filename=bench.csv" \
    "$base/api/v1/imports/historic")
t1=$(date +%s%3N)
[ "$status" = 201 ] || { echo "import answered $status: $(head -c 500 "$OUT/import.json")" >&2; exit 1; }
echo "import of $(($(wc -l < "$csv") - 1)) rows: $((t1 - t0)) ms"
rounds=$(curl -fs -b "$jar" "$base/api/v1/rounds" | python3 -c 'import json,sys; print(" ".join(str(r["id"]) for r in json.load(sys.stdin) if r["label"].startswith("Banco ")))')
for r in $rounds; do
  curl -fs -o /dev/null -b "$jar" -H "$csrf_name: $csrf_value" -X POST "$base/api/v1/imports/rounds/$r/publish"
done
round=$(echo "$rounds" | awk '{print $1}')
url="$base/api/v1/open/rounds/$round/statistics"
echo "statistics document: $(curl -fs "$url" | wc -c) bytes, $(curl -fs "$url" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(len(d["countriesWithResults"]), "countries,", len(d["elements"]), "elements")')"

wrk -t"$THREADS" -c"$CONNECTIONS" -d10s "$url" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$base/actuator/health" >/dev/null
rps() { awk '/Requests\/sec/ {print $2}' "$1"; }
p99() { awk '$1 == "99%" {v=$2; if (v ~ /us$/) {sub(/us$/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v=v*1000}; print v}' "$1"; }
errors() { awk '/Non-2xx|Socket errors/ {print}' "$1"; }
s_rps=(); s_p99=(); h_rps=(); h_p99=()
for r in $(seq 1 "$ROUNDS"); do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$url" > "$OUT/statistics-$r.txt"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$base/actuator/health" > "$OUT/statistics-health-$r.txt"
  s_rps+=($(rps "$OUT/statistics-$r.txt")); s_p99+=($(p99 "$OUT/statistics-$r.txt"))
  h_rps+=($(rps "$OUT/statistics-health-$r.txt")); h_p99+=($(p99 "$OUT/statistics-health-$r.txt"))
  echo "round $r: statistics ${s_rps[-1]} req/s p99 ${s_p99[-1]} ms $(errors "$OUT/statistics-$r.txt") | trivial ${h_rps[-1]} req/s p99 ${h_p99[-1]} ms"
done
ms=$(printf '%s\n' "${s_rps[@]}" | median); mh=$(printf '%s\n' "${h_rps[@]}" | median)
echo "statistics JSON: median $ms req/s, median p99 $(printf '%s\n' "${s_p99[@]}" | median) ms ($CONNECTIONS connections)"
echo "trivial:         median $mh req/s, median p99 $(printf '%s\n' "${h_p99[@]}" | median) ms"
echo "ratio statistics/trivial (medians): $(python3 -c "print(round($ms/$mh, 2))")"
