#!/usr/bin/env bash
# Search benchmark (issues 4, 10): for the real content and a synthetic site of N pages (default 1000), both built
# by the real pipeline, or for sites already built (--site DIR, repeatable, e.g. the output of
# `vademecum build` on ../shared/bench/gen_corpus.py's corpus): the whole index raw and gzip, the bytes search.js
# fetches before the first results of typical queries (as requested in headless Chromium), and the time per query.
# Usage: bench/search/run.sh [--pages N] [--runs N] [--project DIR] [--site BUILT_DIR]...
# Needs: JDK 17, Maven, /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver).
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/search-bench.classpath >/dev/null
java -cp "target/classes:target/test-classes:$(cat target/search-bench.classpath)" \
  org.vademecum.search.SearchBenchmark --project . --work target/search-bench "$@" 2> target/search-bench.log
