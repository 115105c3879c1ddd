#!/usr/bin/env bash
# Faro insight benchmark: the reports, timed with curl: the regional report of a round as PDF
# (GET /insight/statistics/{id}/report.pdf), the first request after start (cold), then RUNS
# sequential requests in es and en; then, RUNS requests each, the regional report as DOCX and a
# country profile (Brazil, latest round) as PDF and DOCX.
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
source bench/lib.sh

faro_start
faro_sign_in coordinacion@demo.faro.lat
faro_load_rounds

url="$base/insight/statistics/$round/report.pdf"
seconds() { curl -fs -o "$OUT/report.pdf" -w '%{time_total}' -H "Accept-Language: $1" "$url"; }
echo "first request after start (cold): $(seconds es) s, $(wc -c < "$OUT/report.pdf") bytes"
for lang in es en; do
  times=()
  for r in $(seq 1 "$RUNS"); do times+=($(seconds "$lang")); done
  echo "$lang, $RUNS sequential requests: median $(printf '%s\n' "${times[@]}" | median) s, max $(printf '%s\n' "${times[@]}" | sort -n | tail -1) s"
done

for path in "/insight/statistics/$round/report.docx" "/insight/countries/BR/report.pdf" "/insight/countries/BR/report.docx"; do
  times=()
  for r in $(seq 1 "$RUNS"); do times+=($(curl -fs -o "$OUT/report.bin" -w '%{time_total}' -H "Accept-Language: es" "$base$path")); done
  echo "$path, $RUNS sequential requests: median $(printf '%s\n' "${times[@]}" | median) s, max $(printf '%s\n' "${times[@]}" | sort -n | tail -1) s, $(wc -c < "$OUT/report.bin") bytes"
done
