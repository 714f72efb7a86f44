#!/bin/sh
# Compiles probe.c against the given include directory for float, double and fixed, and
# compares every struct size and field offset with expected_*.txt (transcribed from the
# x86-64 layout tables of api.md section 3).
set -eu
INCLUDE=${1:?usage: run.sh INCLUDE_DIR}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for v in float double fixed; do
    V=$(echo "$v" | tr a-z A-Z)
    gcc -std=c99 -Wall -Wextra -Werror -pedantic "-DVARIANT_$V" -I"$INCLUDE" "$here/probe.c" -o "$tmp/probe_$v"
    if "$tmp/probe_$v" | diff -u "$here/expected_$v.txt" -; then
        echo "PASS layout $v ($(wc -l < "$here/expected_$v.txt") sizes and offsets)"
    else
        echo "FAIL layout $v"
        status=1
    fi
done
exit $status
