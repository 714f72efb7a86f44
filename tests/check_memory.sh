#!/bin/sh
# Runs every C example (built by `make -C c_examples`) under valgrind: no memory errors and
# no definitely lost bytes. (`make check-memory` also runs them built with ASan and UBSan.)
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
LIBDIR=${1:-$here/build/lib}
bin=$here/build/c_examples
data=$(cd "$here/../shared/datasets" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
# xor_train first: the xor_test programs load the files it saves.
for p in xor_train xor_test_float xor_test_fixed simple_train simple_test scaling_train \
        scaling_test steepness_train momentums xor_cpp mushroom robot cascade_train \
        parallel_train; do
    if (cd "$work" && LD_LIBRARY_PATH="$LIBDIR" valgrind -q --error-exitcode=99 --leak-check=full \
            --errors-for-leak-kinds=definite "$bin/$p" "$data" . > "$work/$p.log" 2>&1); then
        echo "PASS valgrind $p"
    else
        echo "FAIL valgrind $p"; tail -20 "$work/$p.log"; status=1
    fi
done
exit $status
