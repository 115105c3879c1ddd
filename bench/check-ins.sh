#!/usr/bin/env bash
# Faro training benchmark (issue 5): PEOPLE (200) participants check in at a session with its code,
# each with their own signed-in session, within one minute, four rounds on one start (four sessions
# of one running event). See bench/training_checkins.py for the flow, the arrivals and what counts
# as an error; it prints per round the time, the errors, p50/p95 of the check-in POST and of the
# whole flow (page, POST, confirmation), and the trainer's roster count afterwards.
#
#   bash bench/check-ins.sh                        # uses target/faro-*.jar (builds it if missing)
#   PEOPLE=300 SPREAD=30 bash bench/check-ins.sh
#
# Data, seeded through the application by bench/training_seed.py (stage `running`): PEOPLE accounts
# invited by the administrator, set up and signed in; an event of four sessions whose check-in
# windows are open now, the PEOPLE imported as one CSV, the event running.
# Needs: a JDK 21+ (JAVA_HOME or the Temurin 25 beside the system JDK), curl, python3 (3.9+).
set -euo pipefail
cd "$(dirname "$0")/.."

PEOPLE=${PEOPLE:-200}
SPREAD=${SPREAD:-45}
CONCURRENCY=${CONCURRENCY:-32}
source bench/lib.sh

faro_start
echo "load average before seeding: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 bench/training_checkins.py "$base" "$(faro_password)" --people "$PEOPLE" --spread "$SPREAD" --concurrency "$CONCURRENCY"
