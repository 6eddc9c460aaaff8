#!/usr/bin/env bash
# Vademecum against Hugo on the same synthetic corpus; see compare.py for the modes.
# Usage: bench/compare/run.sh build [--pages N] [--runs R] | serve [--pages N] [--edits E]
#        | against REV [--pages N] [--runs PAIRS] | warm [--pages N] [--runs R]
exec python3 "$(dirname "$0")/compare.py" "$@"
