#!/usr/bin/env bash
# Faro insight benchmark: the regional report of a round as PDF (GET /insight/statistics/{id}/report.pdf),
# timed with curl: the first request after start (cold), then RUNS sequential requests in es and en.
#
#   bash bench/regional-report.sh                 # uses target/faro-*.jar (builds it if missing)
#   RUNS=20 bash bench/regional-report.sh
#
# Data: the demo data plus three rounds of complete results for all 33 member states (every unit
# of faro-national-2021, 62 per country: 6,138 results), imported as a programme coordinator through
# POST /api/v1/imports/historic and published, as in bench/regional-statistics.sh.
# Needs: a JDK 21+ (JAVA_HOME or the Temurin 25 beside the system JDK), curl, python3.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-10}
if [ -z "${JAVA_HOME:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java

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
"$JAVA" -jar "$JAR" --server.port="$port" --faro.data-dir="$data" > "$OUT/report-app.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; rm -rf "$data" "$jar" "$csv"' EXIT
base="http://127.0.0.1:$port"
until curl -fs "$base/actuator/health/readiness" >/dev/null 2>&1; do
  kill -0 "$PID" 2>/dev/null || { echo "app died, see $OUT/report-app.log" >&2; exit 1; }
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
url="$base/insight/statistics/$round/report.pdf"
seconds() { curl -fs -o "$OUT/report.pdf" -w '%{time_total}' -H "Accept-Language: $1" "$url"; }
echo "first request after start (cold): $(seconds es) s, $(wc -c < "$OUT/report.pdf") bytes"
for lang in es en; do
  times=()
  for r in $(seq 1 "$RUNS"); do times+=($(seconds "$lang")); done
  echo "$lang, $RUNS sequential requests: median $(printf '%s\n' "${times[@]}" | median) s, max $(printf '%s\n' "${times[@]}" | sort -n | tail -1) s"
done
