#!/usr/bin/env bash
# Faro scoring benchmark (issue: "scoring every assessment of 33 countries × 3 rounds on the full
# 2021 model in under 200 ms"): scores 99 generated, complete assessments of the shipped
# faro-national-2021 model with Scoring.score, 50 warm-up runs then 30 timed runs, and prints the
# median, p90 and min of a run plus the mean per assessment. Plain Java on the test classpath; no
# Spring, no JMH.
#
#   bash bench/scoring.sh
#   WARMUP=200 RUNS=100 bash bench/scoring.sh
#
# Needs: a JDK 21+ (JAVA_HOME or the Temurin 25 beside the system JDK).
set -euo pipefail
cd "$(dirname "$0")/.."

WARMUP=${WARMUP:-50}
RUNS=${RUNS:-30}
if [ -z "${JAVA_HOME:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java

./mvnw -B -q test-compile
CLASSPATH_FILE=target/bench-classpath.txt
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile="$CLASSPATH_FILE" >/dev/null

"$JAVA" -cp "target/test-classes:target/classes:$(cat "$CLASSPATH_FILE")" \
  lat.faro.assessment.ScoringBenchmark "$WARMUP" "$RUNS"
