#!/usr/bin/env bash
# Faro training benchmark (issue 5): public certificate verification, GET /verify/{code} (the HTML page
# anyone reaches from the QR code on a certificate; no account) and GET /api/v1/training/verify/{code}
# (the same answer as JSON, for machines), measured with wrk beside the trivial
# /actuator/health in the same run, rounds alternating. Also measured the same way: the published keys
# (/.well-known/faro-certificate-keys.json, public) and a certificate's signed JSON
# (/training/certificates/{id}.json), which is not public: only for its holder, the event's trainers
# and programme staff, so it is requested here with the trainer's session cookie.
#
#   bash bench/verification.sh                      # uses target/faro-*.jar (builds it if missing)
#   THREADS=1 DURATION=15s ROUNDS=3 CODES=50 bash bench/verification.sh
#   PEOPLE=50 bash bench/verification.sh            # a smaller event: seeding in about a minute less
#
# The app is started with --faro.training.public-requests-per-minute=1000000000: verification is
# rate-limited per client address (60 a minute by default, training/web/VerificationThrottle.java),
# and wrk comes from one address; with the default nearly every request would be a 429.
# Data, seeded through the application by bench/training_seed.py (stage `certificates`, as in
# bench/training-event.sh): an event of PEOPLE (500) whose certificates are issued; wrk asks for CODES
# (20) distinct valid codes in turn.
# Needs: a JDK 21+ (JAVA_HOME or the Temurin 25 beside the system JDK), curl, python3, wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."

PEOPLE=${PEOPLE:-500}
CODES=${CODES:-20}
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
ROUNDS=${ROUNDS:-3}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
FARO_ARGS=(--faro.training.public-requests-per-minute=1000000000)
source bench/lib.sh

faro_start
echo "load average before seeding: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 bench/training_seed.py "$base" "$(faro_password)" "$OUT/verification.json" --people "$PEOPLE" --stage certificates
python3 - "$OUT/verification.json" "$CODES" "$OUT" <<'PY'
import json, sys
state, n, out = json.load(open(sys.argv[1])), int(sys.argv[2]), sys.argv[3]
def script(name, paths):
    with open(f"{out}/{name}.lua", "w") as f:
        f.write("paths = {" + ", ".join(f'"{p}"' for p in paths) + "}\ncounter = 0\n"
                "request = function()\n  counter = counter + 1\n  return wrk.format(\"GET\", paths[(counter % #paths) + 1])\nend\n")
script("verify", [f"/verify/{c}" for c in state["codes"][:n]])
script("verify-api", [f"/api/v1/training/verify/{c}" for c in state["codes"][:n]])
script("signed-json", [f"/training/certificates/{i}.json" for i in state["certificate_ids"][:n]])
print(f"{len(state['codes'])} certificates; wrk asks for {min(n, len(state['codes']))} of them in turn")
PY
# Each path must answer 200 once before the load: a code that does not verify would be a 404 page.
curl -fs -o /dev/null "$base$(sed -n 's/^paths = {"\([^"]*\)".*/\1/p' "$OUT/verify.lua")"
faro_sign_in formadora@demo.faro.lat
cookie=$(awk '($1 ~ /^#HttpOnly_/ || $1 !~ /^#/) && NF == 7 {printf "%s%s=%s", sep, $6, $7; sep="; "}' "$jar")
curl -fs -o /dev/null -H "Cookie: $cookie" "$base$(sed -n 's/^paths = {"\([^"]*\)".*/\1/p' "$OUT/signed-json.lua")"

rps() { awk '/Requests\/sec/ {print $2}' "$1"; }
pct() { awk -v p="$2" '$1 == p {v=$2; if (v ~ /us$/) {sub(/us$/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v=v*1000}; print v}' "$1"; }
errors() { awk '/Non-2xx or 3xx/ {n=$NF} /Socket errors/ {s=$0} END {print (n ? n : 0) (s ? " (" s ")" : "")}' "$1"; }
run() { # name, then wrk's arguments
  local name=$1; shift
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" > "$OUT/$name-$r.txt"
  echo "round $r: $name $(rps "$OUT/$name-$r.txt") req/s, p50 $(pct "$OUT/$name-$r.txt" 50%) ms, p99 $(pct "$OUT/$name-$r.txt" 99%) ms, non-2xx/3xx $(errors "$OUT/$name-$r.txt")"
}
wrk -t"$THREADS" -c"$CONNECTIONS" -d10s -s "$OUT/verify.lua" "$base" > /dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$base/actuator/health" > /dev/null
echo "load average before measuring: $(cut -d' ' -f1-3 /proc/loadavg)"
for r in $(seq 1 "$ROUNDS"); do
  run verify -s "$OUT/verify.lua" "$base"
  run verify-api -s "$OUT/verify-api.lua" "$base"
  run trivial "$base/actuator/health"
  run keys "$base/.well-known/faro-certificate-keys.json"
  run signed-json -s "$OUT/signed-json.lua" -H "Cookie: $cookie" "$base"
done
echo "load average after measuring: $(cut -d' ' -f1-3 /proc/loadavg)"
for name in verify verify-api trivial keys signed-json; do
  echo "$name: median $(for r in $(seq 1 "$ROUNDS"); do rps "$OUT/$name-$r.txt"; done | median) req/s," \
       "median p50 $(for r in $(seq 1 "$ROUNDS"); do pct "$OUT/$name-$r.txt" 50%; done | median) ms," \
       "median p99 $(for r in $(seq 1 "$ROUNDS"); do pct "$OUT/$name-$r.txt" 99%; done | median) ms"
done
v=$(for r in $(seq 1 "$ROUNDS"); do rps "$OUT/verify-$r.txt"; done | median)
h=$(for r in $(seq 1 "$ROUNDS"); do rps "$OUT/trivial-$r.txt"; done | median)
a=$(for r in $(seq 1 "$ROUNDS"); do rps "$OUT/verify-api-$r.txt"; done | median)
echo "ratio verify/trivial (medians): $(python3 -c "print(round($v/$h, 2))"), verify-api/trivial: $(python3 -c "print(round($a/$h, 2))") ($CONNECTIONS connections, $THREADS wrk threads)"
