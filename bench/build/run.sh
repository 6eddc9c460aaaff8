#!/usr/bin/env bash
# Wall time of `vademecum build` on the real content, JVM start included.
# Usage: bench/build/run.sh [runs]   (default 10; needs target/vademecum.jar: mvn -B -q package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-10}
jar=target/vademecum.jar
[ -f "$jar" ] || mvn -B -q package -DskipTests
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
java -jar "$jar" build --out "$out/site" >/dev/null   # warm the file cache
echo "cores: $(nproc)  java: $(java -version 2>&1 | head -1)  load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "pages: $(find "$out/site" -name '*.html' | wc -l)  files: $(find "$out/site" -type f | wc -l)  size: $(du -sk "$out/site" | cut -f1) KB"

# $1: label; rest: the java options before -jar
measure() {
  local label=$1; shift
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    java "$@" -jar "$jar" build --out "$out/site" >/dev/null
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  local sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  local n=${#sorted[@]}
  echo "$label over $n runs (ms): min ${sorted[0]}  median ${sorted[$((n / 2))]}  max ${sorted[$((n - 1))]}"
}
measure "java -jar target/vademecum.jar build                       "
measure "bin/vademecum build (CDS archive, C1, serial GC), as the README runs it" -XX:SharedArchiveFile=target/vademecum.jsa -Xlog:cds=off -Xlog:cds+dynamic=off -XX:TieredStopAtLevel=1 -XX:+UseSerialGC
# A one-shot build is too short for the optimising compiler to pay off on 2 cores: C1 only is much faster.
measure "java -XX:TieredStopAtLevel=1 -jar target/vademecum.jar build" -XX:TieredStopAtLevel=1
