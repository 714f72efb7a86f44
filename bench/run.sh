#!/bin/sh
# Builds the benchmark harness and runs it: Debian's FANN 2.2.0 against ours, float, one thread.
#
#   bench/run.sh                       full run (a few minutes)
#   BENCH_QUICK=1 bench/run.sh         smoke test (1 repetition, N/10, small synthetic set)
#   bench/run.sh --filter RPROP        only the cases whose name contains RPROP
#   bench/run.sh --reps 9              more repetitions
#
# Environment: BENCH_DEBIAN_LIB (default /usr/lib/x86_64-linux-gnu/libfann.so.2),
#   BENCH_OURS_LIB (default <repo>/build/lib/libfann.so.2), BENCH_REPS, BENCH_QUICK,
#   BENCH_FILTER, BENCH_DATASETS (default ../shared/datasets beside the repository), BENCH_CALIBRATE=1 (pick N
#   on Debian for ~150 ms per measurement instead of the built-in N), BENCH_NO_MEMORY=1,
#   CC (default gcc). Other arguments are passed to the bench program (see bench.c).
# The Markdown table goes to stdout, progress to stderr.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
CC=${CC:-gcc}

: "${BENCH_DEBIAN_LIB:=/usr/lib/x86_64-linux-gnu/libfann.so.2}"
: "${BENCH_OURS_LIB:=$repo/build/lib/libfann.so.2}"
export BENCH_DEBIAN_LIB BENCH_OURS_LIB

if [ ! -e "$BENCH_DEBIAN_LIB" ]; then
	echo "run.sh: $BENCH_DEBIAN_LIB not found (apt-get install libfann2)" >&2
	exit 1
fi
if [ ! -e "$BENCH_OURS_LIB" ]; then
	echo "run.sh: $BENCH_OURS_LIB missing; building our libraries (make libs)" >&2
	make -C "$repo" libs >&2
fi

# float build, against our headers (same declarations as FANN 2.2.0's)
"$CC" -O2 -Wall -I"$repo/include" "$here/bench.c" -o "$here/bench" -ldl -lm

echo "run.sh: $(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo '?'), $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPU(s): $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')" >&2
# The shared data sets live beside the repository.
export BENCH_DATASETS="${BENCH_DATASETS:-$(cd "$repo/../shared/datasets" && pwd)}"
exec "$here/bench" "$@"
