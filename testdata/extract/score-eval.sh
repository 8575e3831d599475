#!/bin/sh
# Extracts every article of the project's evaluation set (testdata/extract/eval,
# held-out style: never used to write rules), each alone and all in one run
# (--sources), into a folder under /tmp, and scores the output with
# eventscore.py, exactly as score-diplo.sh does for diplo-dev.
#
#   testdata/extract/score-eval.sh [-v]
#
# TOOLS (the folder of eventscore.py) and OUT (the output folder) may be set
# in the environment.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
if [ -z "${TOOLS:-}" ]; then
	TOOLS=$ROOT/../../shared/tools
	[ -d "$TOOLS" ] || TOOLS=/work/shared/tools
fi
OUT=${OUT:-$(mktemp -d /tmp/eval-out.XXXXXX)}
export TOOLS OUT
DEV=$HERE/eval exec sh "$HERE/score-diplo.sh" "$@"
