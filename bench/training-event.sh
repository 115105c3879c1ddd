#!/usr/bin/env bash
# Faro training benchmark (issue 5): the pages a trainer opens for an event of 500 participants, timed
# with curl as the event's trainer (formadora@demo.faro.lat, signed in through the login form): the
# roster of the first session (/training/events/{id}/sessions/{s}/roster), the learning gain page and
# its CSV (/training/events/{id}/gain, /gain.csv), the event report as PDF (/training/events/{id}/report.pdf),
# and, for comparison, the same roster and gain as JSON from the API and the trivial /actuator/health.
# Each: the first request after seeding (cold), then RUNS sequential requests (median and max).
#
#   bash bench/training-event.sh                   # uses target/faro-*.jar (builds it if missing)
#   PEOPLE=100 RUNS=20 bash bench/training-event.sh
#
# Data, seeded through the application by bench/training_seed.py (see there): PEOPLE (500) accounts
# invited by the administrator, set up and signed in; a course with 10 questions; an event of three
# sessions with the PEOPLE imported as one CSV; each takes the pre-test, the trainer marks attendance
# at the three sessions (about 90 % present), 95 % take the post-test, the event is completed and
# the certificates issued (rule: 66 % attendance, 50 % on the post-test). The post-test opens only
# when the last session starts, so seeding waits for it in real time: a few minutes in all.
# Needs: a JDK 21+ (JAVA_HOME or the Temurin 25 beside the system JDK), curl, python3 (3.9+).
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-10}
PEOPLE=${PEOPLE:-500}
source bench/lib.sh

faro_start
echo "load average before seeding: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 bench/training_seed.py "$base" "$(faro_password)" "$OUT/training-event.json" --people "$PEOPLE" --stage certificates
read -r event session < <(python3 -c 'import json,sys; s=json.load(open(sys.argv[1])); print(s["event"], s["sessions"][0])' "$OUT/training-event.json")
faro_sign_in formadora@demo.faro.lat

echo "load average before measuring: $(cut -d' ' -f1-3 /proc/loadavg)"
paths=("/training/events/$event/sessions/$session/roster" "/training/events/$event/gain" "/training/events/$event/gain.csv"
       "/training/events/$event/report.pdf" "/api/v1/training/events/$event/sessions/$session/attendance"
       "/api/v1/training/events/$event/gain" "/actuator/health")
seconds() { curl -fs -b "$jar" -o "$OUT/training.bin" -w '%{time_total}' -H 'Accept-Language: es' "$base$1"; }
for path in "${paths[@]}"; do
  cold=$(seconds "$path")
  times=()
  for r in $(seq 1 "$RUNS"); do times+=($(seconds "$path")); done
  echo "$path: cold $cold s; $RUNS sequential: median $(printf '%s\n' "${times[@]}" | median) s, max $(printf '%s\n' "${times[@]}" | sort -n | tail -1) s; $(wc -c < "$OUT/training.bin") bytes"
done
# What was measured: the roster's people, the CSV's learners, the PDF's pages.
curl -fs -b "$jar" "$base/api/v1/training/events/$event/sessions/$session/attendance" \
  | python3 -c 'import json,sys; r=json.load(sys.stdin); print("roster: %d present of %d" % (r["present"], r["total"]))'
echo "gain CSV: $(($(curl -fs -b "$jar" "$base/training/events/$event/gain.csv" | wc -l) - 1)) learners with both tests"
pdf_pages() { python3 -c '
import re, sys, zlib
data = sys.stdin.buffer.read()
texts = [data]
for m in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
    try:
        texts.append(zlib.decompress(m.group(1)))
    except zlib.error:
        pass
print(sum(len(re.findall(rb"/Type\s*/Page(?![s\w])", t)) for t in texts))'; }
echo "report PDF: $(curl -fs -b "$jar" "$base/training/events/$event/report.pdf" | pdf_pages) pages"
echo "load average after measuring: $(cut -d' ' -f1-3 /proc/loadavg)"
