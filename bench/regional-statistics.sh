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
source bench/lib.sh
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

faro_start
faro_sign_in coordinacion@demo.faro.lat
faro_load_rounds
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
