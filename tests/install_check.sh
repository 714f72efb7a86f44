#!/bin/sh
# Checks a `make install PREFIX=dir` tree: the four libraries with their sonames and links,
# the static archives, FANN's eleven headers, and a program built against only that tree.
set -eu
P=${1:?usage: install_check.sh PREFIX}
here=$(cd "$(dirname "$0")/.." && pwd)
for lib in fann floatfann doublefann fixedfann; do
    for f in "lib$lib.so.2.2.0" "lib$lib.so.2" "lib$lib.so" "lib$lib.a"; do
        [ -e "$P/lib/$f" ] || { echo "FAIL missing lib/$f"; exit 1; }
    done
    [ "$(readlink "$P/lib/lib$lib.so.2")" = "lib$lib.so.2.2.0" ] || { echo "FAIL link lib$lib.so.2"; exit 1; }
    [ "$(readlink "$P/lib/lib$lib.so")" = "lib$lib.so.2" ] || { echo "FAIL link lib$lib.so"; exit 1; }
    readelf -d "$P/lib/lib$lib.so.2.2.0" | grep -q "Library soname: \[lib$lib.so.2\]" || { echo "FAIL soname lib$lib"; exit 1; }
done
for h in fann.h floatfann.h doublefann.h fixedfann.h fann_data.h fann_error.h \
        fann_activation.h fann_train.h fann_io.h fann_cascade.h fann_internal.h; do
    [ -f "$P/include/$h" ] || { echo "FAIL missing include/$h"; exit 1; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# -I is searched before /usr/include, where Debian's own fann.h may also be installed.
cc -std=c99 -Wall -Wextra -Werror -I"$P/include" "$here/c_examples/xor_demo.c" -o "$tmp/shared" \
    -L"$P/lib" -lfann -lm
LD_LIBRARY_PATH="$P/lib" "$tmp/shared" > "$tmp/shared.txt"
cc -std=c99 -Wall -Wextra -Werror -I"$P/include" "$here/c_examples/xor_demo.c" -o "$tmp/static" \
    "$P/lib/libfann.a" -lm -lpthread -ldl -lgcc_s
"$tmp/static" > "$tmp/static.txt"
cmp "$tmp/shared.txt" "$tmp/static.txt"
grep -q "xor(1, 1) = 0.000045" "$tmp/static.txt"
echo "PASS install tree in $P: 4 shared + 4 static libraries, 11 headers, shared and static links work"
