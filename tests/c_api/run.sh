#!/bin/sh
# Builds each tests/c_api/*.c against our headers and shared library (with AddressSanitizer
# and UBSan) and compares its output with the matching .expected file.
set -eu
LIBDIR=${1:?usage: run.sh LIBDIR}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for src in "$here"/*.c; do
    name=$(basename "$src" .c)
    lib=fann
    grep -q '"doublefann.h"' "$src" && lib=doublefann
    gcc -std=c99 -Wall -Wextra -Werror -g -fsanitize=address,undefined -fno-sanitize-recover=all \
        -I"$here/../../include" "$src" -o "$tmp/$name" -L"$LIBDIR" -l"$lib" -lm
    mkdir -p "$tmp/$name.files"
    if LD_LIBRARY_PATH="$LIBDIR" "$tmp/$name" "$tmp/$name.files" "$here/../files" > "$tmp/$name.out" 2>&1 &&
        diff -u "$here/$name.expected" "$tmp/$name.out"; then
        echo "PASS c_api $name"
    else
        echo "FAIL c_api $name"
        status=1
    fi
done
exit $status
