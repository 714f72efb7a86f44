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

# pkg-config: the four variants.
for v in fann floatfann doublefann fixedfann; do
    flags=$(PKG_CONFIG_PATH="$P/lib/pkgconfig" pkg-config --cflags --libs "$v")
    [ "$(PKG_CONFIG_PATH="$P/lib/pkgconfig" pkg-config --modversion "$v")" = 2.2.0 ] || { echo "FAIL pkg-config version $v"; exit 1; }
    case "$flags" in *"-l$v"*) ;; *) echo "FAIL pkg-config libs $v: $flags"; exit 1;; esac
done
# shellcheck disable=SC2046
cc -std=c99 -Wall -Wextra -Werror "$here/c_examples/xor_demo.c" -o "$tmp/pkgconfig" \
    $(PKG_CONFIG_PATH="$P/lib/pkgconfig" pkg-config --cflags --libs fann)
LD_LIBRARY_PATH="$P/lib" "$tmp/pkgconfig" > "$tmp/pkgconfig.txt"
cmp "$tmp/shared.txt" "$tmp/pkgconfig.txt"

# CMake: find_package(fann) and the imported targets (float and double consumers).
mkdir -p "$tmp/cmake-src" "$tmp/cmake-build"
cp "$here/c_examples/xor_demo.c" "$tmp/cmake-src/"
printf '#include <doublefann.h>\nint main(void) { struct fann *a = fann_create_standard(3, 2, 3, 1); int ok = a != NULL && fann_get_total_connections(a) == 13; fann_destroy(a); return ok ? 0 : 1; }\n' > "$tmp/cmake-src/dbl.c"
cat > "$tmp/cmake-src/CMakeLists.txt" <<'CMAKE'
cmake_minimum_required(VERSION 3.13)
project(consumer C)
find_package(fann 2.2 REQUIRED)
add_executable(xor_demo xor_demo.c)
target_link_libraries(xor_demo PRIVATE fann::fann)
add_executable(dbl dbl.c)
target_link_libraries(dbl PRIVATE fann::doublefann)
CMAKE
cmake -S "$tmp/cmake-src" -B "$tmp/cmake-build" -DCMAKE_PREFIX_PATH="$P" > "$tmp/cmake.log" 2>&1 || { cat "$tmp/cmake.log"; exit 1; }
cmake --build "$tmp/cmake-build" > "$tmp/cmake-build.log" 2>&1 || { cat "$tmp/cmake-build.log"; exit 1; }
LD_LIBRARY_PATH="$P/lib" "$tmp/cmake-build/xor_demo" > "$tmp/cmake.txt"
cmp "$tmp/shared.txt" "$tmp/cmake.txt"
LD_LIBRARY_PATH="$P/lib" "$tmp/cmake-build/dbl"
echo "PASS consumers built with cc -I -L, pkg-config (4 .pc files) and CMake find_package(fann) imported targets"
