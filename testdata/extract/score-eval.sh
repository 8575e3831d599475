#!/bin/sh
# Extracts every article of one of the project's own evaluation sets, each
# alone and all in one run (--sources), into a folder under /tmp, and scores
# the output with eventscore.py, exactly as score-diplo.sh does for
# diplo-dev. SET names the set: eval (the default; testdata/extract/eval),
# eval2 (testdata/extract/eval2, written for the fourth round), eval3
# (testdata/extract/eval3, written for the fifth round), eval4
# (testdata/extract/eval4, written for the sixth round), eval5
# (testdata/extract/eval5, written for the seventh round) or blind
# (testdata/extract/blind, written after the tuning and scored once).
#
#   testdata/extract/score-eval.sh [-v]
#   SET=eval2 testdata/extract/score-eval.sh [-v]
#   SET=eval3 testdata/extract/score-eval.sh [-v]
#   SET=eval4 testdata/extract/score-eval.sh [-v]
#   SET=eval5 testdata/extract/score-eval.sh [-v]
#   SET=blind testdata/extract/score-eval.sh [-v]
#
# TOOLS (the folder of eventscore.py) and OUT (the output folder) may be set
# in the environment.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
SET=${SET:-eval}
if [ ! -d "$HERE/$SET/gold" ]; then
	echo "score-eval.sh: no set $HERE/$SET (want eval, eval2, eval3, eval4, eval5 or blind)" >&2
	exit 2
fi
if [ -z "${TOOLS:-}" ]; then
	TOOLS=$ROOT/../../shared/tools
	[ -d "$TOOLS" ] || TOOLS=/work/shared/tools
fi
OUT=${OUT:-$(mktemp -d "/tmp/$SET-out.XXXXXX")}
export TOOLS OUT
DEV=$HERE/$SET exec sh "$HERE/score-diplo.sh" "$@"
