#!/usr/bin/env bash
# Shared steps of the Faro benchmarks; sourced by the scripts beside it, not run alone.
#   faro_start             builds the jar if missing, starts it on a free port with a fresh H2 file
#                          and the demo data; sets base, data, PID, OUT; stops it on exit; passes the
#                          array FARO_ARGS (if set) as further arguments, e.g. settings
#   faro_password          the demo users' password of this start
#   faro_sign_in EMAIL     signs in through the login form with the demo password (cookie jar $jar)
#   faro_load_rounds       imports three rounds of complete results for the 33 member states (every
#                          unit of faro-national-2021: 6,138 results) through the API and publishes
#                          them; sets rounds (their ids) and round (the first)
#   median                 the median of numbers on standard input

if [ -z "${JAVA_HOME:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
OUT=bench/results
mkdir -p "$OUT"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

faro_start() {
  JAR=${JAR:-$(ls target/faro-*.jar 2>/dev/null | grep -v original | head -1 || true)}
  if [ -z "$JAR" ]; then
    ./mvnw -q -B -DskipTests package
    JAR=$(ls target/faro-*.jar | grep -v original | head -1)
  fi
  port=$(free_port); data=$(mktemp -d); jar=$(mktemp)
  "$JAVA" -jar "$JAR" --server.port="$port" --faro.data-dir="$data" ${FARO_ARGS[@]+"${FARO_ARGS[@]}"} > "$OUT/app-$port.log" 2>&1 &
  PID=$!
  trap 'kill $PID 2>/dev/null || true; rm -rf "$data" "$jar"' EXIT
  base="http://127.0.0.1:$port"
  until curl -fs "$base/actuator/health/readiness" >/dev/null 2>&1; do
    kill -0 "$PID" 2>/dev/null || { echo "app died, see $OUT/app-$port.log" >&2; exit 1; }
    sleep 0.1
  done
}

faro_password() { sed -n 's/.*Password for all: //p' "$data/demo-credentials.txt"; }

faro_sign_in() {
  local password token
  password=$(faro_password)
  token=$(curl -fs -c "$jar" -b "$jar" "$base/login" | python3 -c 'import re,sys; print(re.search(r"name=\"_csrf\" value=\"([^\"]+)\"", sys.stdin.read()).group(1))')
  curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "email=$1" --data-urlencode "password=$password" \
      --data-urlencode "_csrf=$token" "$base/login"
}

faro_load_rounds() {
  local csv header csrf_name csrf_value status t0 t1
  csv=$(mktemp --suffix=.csv)
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
  header=$(curl -fs -b "$jar" "$base/insight/imports" | python3 -c 'import re,sys; t=sys.stdin.read(); print(re.search(r"name=\"_csrf_header\" content=\"([^\"]+)\"", t).group(1)); print(re.search(r"name=\"_csrf\" content=\"([^\"]+)\"", t).group(1))')
  csrf_name=$(echo "$header" | sed -n 1p); csrf_value=$(echo "$header" | sed -n 2p)
  t0=$(date +%s%3N)
  status=$(curl -s -o "$OUT/import.json" -w '%{http_code}' -b "$jar" -H "$csrf_name: $csrf_value" \
      -F "file=@$csv;filename=bench.csv" "$base/api/v1/imports/historic")
  t1=$(date +%s%3N)
  [ "$status" = 201 ] || { echo "import answered $status: $(head -c 500 "$OUT/import.json")" >&2; exit 1; }
  echo "imported $(($(wc -l < "$csv") - 1)) results in $((t1 - t0)) ms"
  rm -f "$csv"
  rounds=$(curl -fs -b "$jar" "$base/api/v1/rounds" | python3 -c 'import json,sys; print(" ".join(str(r["id"]) for r in json.load(sys.stdin) if r["label"].startswith("Banco ")))')
  for r in $rounds; do
    curl -fs -o /dev/null -b "$jar" -H "$csrf_name: $csrf_value" -X POST "$base/api/v1/imports/rounds/$r/publish"
  done
  round=$(echo "$rounds" | awk '{print $1}')
}
