#!/usr/bin/env bash
# Faro insight benchmark: what the map page and a country profile page transfer, counting the page
# and every style sheet, script and image it loads, with and without gzip (the browser asks for it),
# for every factor and aspect of the round on the map. Target (issue 4): the map page under 1 MB.
#
#   bash bench/page-weight.sh                 # uses target/faro-*.jar (builds it if missing)
#
# Data: as in bench/regional-statistics.sh (demo data plus three imported rounds of 33 countries).
# Needs: a JDK 21+ (JAVA_HOME or the Temurin 25 beside the system JDK), curl, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

faro_start
faro_sign_in coordinacion@demo.faro.lat
faro_load_rounds

# bytes of a page and its sub-resources: "plain gzip"
weigh() {
  local page="$1" plain gz total_plain total_gz
  curl -fs -o "$OUT/page.html" "$base$page"
  total_plain=0; total_gz=0
  for path in "$page" $(python3 -c '
import re, sys
html = open(sys.argv[1]).read()
print("\n".join(sorted(set(re.findall(r"(?:src|href)=\"(/(?:css|js|webjars|img)/[^\"]+)\"", html)))))' "$OUT/page.html"); do
    plain=$(curl -fs -o /dev/null -w '%{size_download}' "$base$path")
    gz=$(curl -fs -o /dev/null -H 'Accept-Encoding: gzip' -w '%{size_download}' "$base$path")
    total_plain=$((total_plain + plain)); total_gz=$((total_gz + gz))
  done
  echo "$total_plain $total_gz"
}

elements=$(curl -fs "$base/api/v1/frameworks/faro-national-2021/1.0.0" | python3 -c '
import json, sys
for d in json.load(sys.stdin)["dimensions"]:
    for f in d["factors"]:
        print(f["id"]); [print(a["id"]) for a in f["aspects"]]')
largest_plain=0; largest_gz=0; largest=""
for e in $elements; do
  read -r p g < <(weigh "/insight/statistics/$round/map?element=$e")
  if [ "$p" -gt "$largest_plain" ]; then largest_plain=$p; largest_gz=$g; largest=$e; fi
done
echo "map page, heaviest of $(echo "$elements" | wc -l) elements ($largest), page with its CSS, scripts and icon: $largest_plain bytes, $largest_gz bytes with gzip"
read -r p g < <(weigh "/insight/countries/BR?round=$round")
echo "country profile page (Brazil) with ECharts: $p bytes, $g bytes with gzip"
