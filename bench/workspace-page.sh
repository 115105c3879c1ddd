#!/usr/bin/env bash
# Faro assessment benchmark: the workspace page of one factor of a complete assessment, on the
# embedded database, as its national coordinator sees it (median of REQUESTS sequential requests
# after a warm-up), beside the assessment's overview page and a trivial endpoint in the same run.
#
#   bash bench/workspace-page.sh                     # uses target/faro-*.jar (builds it if missing)
#   REQUESTS=300 FACTOR=D2.2 bash bench/workspace-page.sh
#
# The demo data's "Estudio regional 2026" round holds Mexico's complete assessment (620
# indicators judged, in review); D2.2 is the largest factor of the 2021 model (5 aspects, 50
# indicators). Needs: a JDK 21+ (JAVA_HOME or the Temurin 25 beside the system JDK), curl, python3.
set -euo pipefail
cd "$(dirname "$0")/.."

REQUESTS=${REQUESTS:-200}
WARMUP=${WARMUP:-100}
FACTOR=${FACTOR:-D2.2}
USER_EMAIL=${USER_EMAIL:-coordinador.mx@demo.faro.lat}
COUNTRY=${COUNTRY:-MX}
source bench/lib.sh

faro_start
faro_sign_in "$USER_EMAIL"

# Find the country's assessment in the demo round through the API.
assessment=$(curl -fs -b "$jar" "$base/api/v1/rounds" | python3 -c '
import json,sys
rounds=json.load(sys.stdin)
print([r["id"] for r in rounds if r["label"]=="Estudio regional 2026"][0])' | xargs -I{} curl -fs -b "$jar" "$base/api/v1/rounds/{}/assessments" \
    | COUNTRY=$COUNTRY python3 -c '
import json,os,sys
print([a["id"] for a in json.load(sys.stdin) if a["country"]==os.environ["COUNTRY"]][0])')
page="$base/assessments/$assessment/factors/$FACTOR"
status=$(curl -s -o "$OUT/workspace-page.html" -w '%{http_code}' -b "$jar" "$page")
[ "$status" = 200 ] || { echo "workspace page answered $status" >&2; exit 1; }
echo "page: /assessments/$assessment/factors/$FACTOR, $(wc -c < "$OUT/workspace-page.html") bytes"

measure() { # url count -> prints sorted times in ms
  local url=$1 n=$2
  for _ in $(seq 1 "$n"); do curl -s -o /dev/null -b "$jar" -w '%{time_total}\n' "$url"; done \
      | awk '{printf "%.2f\n", $1*1000}' | sort -n
}
stats() { awk '{a[NR]=$1} END {printf "median %.1f ms, p90 %.1f ms, min %.1f ms (n=%d)", (NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2, a[int(NR*0.9)], a[1], NR}'; }

measure "$page" "$WARMUP" > /dev/null
measure "$base/assessments/$assessment" "$((WARMUP / 2))" > /dev/null
echo "factor workspace $FACTOR:   $(measure "$page" "$REQUESTS" | stats)"
echo "assessment overview:      $(measure "$base/assessments/$assessment" "$REQUESTS" | stats)"
echo "trivial /actuator/health: $(measure "$base/actuator/health" "$REQUESTS" | stats)"
