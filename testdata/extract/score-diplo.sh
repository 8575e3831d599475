#!/bin/sh
# Extracts every article of the diplo-dev development set, each alone and all
# in one run (--sources), into a folder under /tmp, and scores the output with
# eventscore.py. The corpus stays where it is; nothing is written to the repo.
#
#   testdata/extract/score-diplo.sh [-v]
#
# DEV (the corpus folder), TOOLS (the folder of eventscore.py) and OUT (the
# output folder) may be set in the environment.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DEV=${DEV:-$ROOT/../../shared/corpora/diplo-dev}
[ -d "$DEV" ] || DEV=/work/shared/corpora/diplo-dev
TOOLS=${TOOLS:-$(dirname "$(dirname "$DEV")")/tools}
OUT=${OUT:-$(mktemp -d /tmp/diplo-dev-out.XXXXXX)}
mkdir -p "$OUT"
BIN="$OUT/timeline"
(cd "$ROOT" && go build -o "$BIN" ./cmd/timeline)
cd "$DEV"
for f in articles/*; do
	stem=$(basename "$f")
	stem=${stem%.*}
	# The articles that state no date get theirs from sources.yaml, as a
	# user would give it with --date.
	d=$(grep -A1 "file: $f\$" sources.yaml | sed -n 's/.*published: //p')
	if [ -n "$d" ]; then
		"$BIN" extract --date "$d" "$f" >"$OUT/$stem.yaml" 2>"$OUT/$stem.err"
	else
		"$BIN" extract "$f" >"$OUT/$stem.yaml" 2>"$OUT/$stem.err"
	fi
done
"$BIN" extract --sources sources.yaml >"$OUT/cross.yaml" 2>"$OUT/cross.err"
echo "== each article alone ($OUT)"
python3 "$TOOLS/eventscore.py" ${1:-} gold "$OUT"
echo "== all articles in one run (--sources sources.yaml)"
python3 "$TOOLS/eventscore.py" ${1:-} gold/cross.yaml "$OUT/cross.yaml"
