#!/usr/bin/env bash
# Page-weight benchmark (issue 5): builds the site with the real pipeline and prints, for every page, the gzip
# bytes of its first load (HTML + the CSS and JavaScript it references), against the 30 KB budget; then web
# fonts, requests to other hosts and the size of the whole site (what the service worker precaches).
# Usage: bench/budget/run.sh [--project DIR]     (exit 1 when a page is over budget)
# Needs: JDK 17 and Maven. For Lighthouse and axe in a browser, see shared/tools/pagecheck.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/budget-bench.classpath >/dev/null
java -cp "target/classes:target/test-classes:$(cat target/budget-bench.classpath)" \
  org.vademecum.offline.BudgetReport --project . "$@" 2> target/budget-bench.log
