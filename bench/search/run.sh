#!/usr/bin/env bash
# Search benchmark (issue 4): index size raw and gzip for the real content and for a synthetic site of N pages
# (default 1000), both built by the real pipeline, and the time per query in headless Chromium.
# Usage: bench/search/run.sh [--pages N] [--runs N] [--project DIR]
# Needs: JDK 17, Maven, /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver).
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/search-bench.classpath >/dev/null
java -cp "target/classes:target/test-classes:$(cat target/search-bench.classpath)" \
  org.vademecum.search.SearchBenchmark --project . --work target/search-bench "$@" 2> target/search-bench.log
