#!/bin/bash
# Informational: builds bad_input.c with -DDEBIAN_FANN against Debian's FANN 2.2.0
# (/usr/include, /usr/lib) and shows how its output differs from our expected files.
# Cases that crash FANN 2.2.0 or are undefined behaviour there are not run (the
# program says so) or run in a child process (a crash is reported as
# "[FANN 2.2.0 crashed: signal N]"). Every remaining difference must be one of the
# deliberate differences listed in README.md.
#
# usage: tests/bad_input/debian_diff.sh [OUTDIR]   (FANN outputs are kept in OUTDIR)
# Exit status: 0 (the diff is for reading), 1 if a build or run failed.

set -u
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CC="${CC:-gcc}"
OUT="${1:-$(mktemp -d "${TMPDIR:-/tmp}/fann-bad-input-debian.XXXXXX")}"
mkdir -p "$OUT"
export LC_ALL=C
status=0
for spec in float:FLOAT:fann double:DOUBLE:doublefann fixed:FIXED:fixedfann; do
    IFS=: read -r variant macro lib <<<"$spec"
    exe="$OUT/bad_input_debian_$variant"
    # no -I: /usr/include holds Debian's headers
    if ! "$CC" -std=c99 -Wall -Wextra -Werror -g -DDEBIAN_FANN -DVARIANT_$macro -o "$exe" \
        "$HERE/bad_input.c" -l"$lib" -lm; then
        status=1
        continue
    fi
    env -u LD_LIBRARY_PATH timeout 60 "$exe" >"$OUT/fann220_$variant.txt" 2>&1 || status=1
    echo "===== $variant: expected_$variant.txt (ours) vs FANN 2.2.0"
    diff "$HERE/expected_$variant.txt" "$OUT/fann220_$variant.txt"
done
if [ -x "$OUT/bad_input_debian_float" ]; then
    (ulimit -v 1300000; env -u LD_LIBRARY_PATH timeout 60 "$OUT/bad_input_debian_float" oom \
        >"$OUT/fann220_oom.txt" 2>&1) || status=1
    echo "===== out of memory: expected_oom.txt vs FANN 2.2.0"
    diff "$HERE/expected_oom.txt" "$OUT/fann220_oom.txt" && echo "(identical)"
fi
echo "FANN 2.2.0 outputs: $OUT"
exit $status
