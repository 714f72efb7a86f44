#!/bin/sh
# Tests the C++ wrapper fann_cpp.h:
#  1. it compiles warning-free (g++ -Wall -Wextra -Werror -pedantic, C++98/11/17) after
#     floatfann.h, doublefann.h, fixedfann.h, or alone;
#  2. with fixedfann.h the float-only methods (training, cascade, scaling) do not exist, and
#     get_decimal_point / get_multiplier exist only there;
#  3. tests/cpp_wrapper.cpp (every method, copies, errors, callbacks) for float, double (with
#     USE_VIRTUAL_DESTRUCTOR) and fixed, built with -fsanitize=address,undefined and run
#     against the libraries in LIBDIR.
#
#   sh tests/cpp_wrapper.sh [INCLUDE [LIBDIR [OUTDIR [DATADIR]]]]
#
# INCLUDE: headers with fann_cpp.h (default: the repository's include/); LIBDIR: the FANN
# libraries (default: build/lib); with a library that lacks this project's extensions
# (Debian's FANN 2.2.0, e.g. LIBDIR=/usr/lib/x86_64-linux-gnu) the test skips them and
# LeakSanitizer is off (FANN 2.2.0 leaks).
set -u

root=$(cd "$(dirname "$0")/.." && pwd)
include=${1:-$root/include}
libdir=${2:-$root/build/lib}
out=${3:-$root/build/cpp_wrapper}
datadir=${4:-$(cd "$(dirname "$0")/../../shared/datasets" && pwd)}
CXX=${CXX:-g++}
CC=${CC:-cc}

rm -rf "$out"
mkdir -p "$out/work"
failures=0
fail() {
    echo "FAIL $*"
    failures=$((failures + 1))
}

LD_LIBRARY_PATH=$libdir${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}
export LD_LIBRARY_PATH

# 1. The header compiles cleanly.
for std in c++98 c++11 c++17; do
    for variant in floatfann doublefann fixedfann none; do
        if [ $variant = none ]; then
            printf '#include "fann_cpp.h"\n' >"$out/header.cpp"
        else
            printf '#include "%s.h"\n#include "fann_cpp.h"\n' $variant >"$out/header.cpp"
        fi
        printf 'int main() { FANN::neural_net net; FANN::training_data data; return static_cast<int>(net.get_num_input() + data.length_train_data()); }\n' >>"$out/header.cpp"
        if $CXX -std=$std -Wall -Wextra -Werror -pedantic -Wold-style-cast -I"$include" \
            -c "$out/header.cpp" -o "$out/header.o" 2>"$out/header.err"; then
            :
        else
            fail "fann_cpp.h with $variant, -std=$std:"
            sed 's/^/    /' "$out/header.err" | head -n 20
        fi
    done
done
echo "header: compiles with float/double/fixed/plain fann.h, C++98/11/17, -Wall -Wextra -Werror -pedantic"

# ... and with FANN 2.2.0's own headers, when installed (Debian's libfann-dev).
if [ -f /usr/include/floatfann.h ]; then
    mkdir -p "$out/wrapper-only"
    cp "$include/fann_cpp.h" "$out/wrapper-only/"
    for variant in floatfann doublefann fixedfann; do
        printf '#include <%s.h>
#include "fann_cpp.h"
int main() { FANN::neural_net net(FANN::LAYER, 3, 2, 3, 1); FANN::neural_net copy(net); return static_cast<int>(copy.get_num_input()) - 2; }
' \
            $variant >"$out/system.cpp"
        if ! $CXX -std=c++11 -Wall -Wextra -Werror -pedantic -iquote "$out/wrapper-only" \
            -c "$out/system.cpp" -o "$out/system.o" 2>"$out/system.err"; then
            fail "fann_cpp.h with /usr/include/$variant.h:"
            sed 's/^/    /' "$out/system.err" | head -n 20
        fi
    done
    echo "header: compiles with the system's FANN 2.2.0 headers too"
fi

# 2. Methods that must be absent.
absent() {
    header=$1 code=$2
    printf '#include "%s.h"\n#include "fann_cpp.h"\nint main() { FANN::neural_net net; FANN::training_data data; fann_type v[4] = {0, 0, 0, 0}; (void)v; %s; return 0; }\n' \
        "$header" "$code" >"$out/absent.cpp"
    if $CXX -std=c++11 -I"$include" -c "$out/absent.cpp" -o "$out/absent.o" 2>/dev/null; then
        fail "with $header.h, '$code' compiles"
    fi
}
for code in 'net.train(v, v)' 'net.train_epoch(data)' 'net.train_on_data(data, 1, 1, 0)' \
    'net.train_on_file("x", 1, 1, 0)' 'net.cascadetrain_on_data(data, 1, 1, 0)' \
    'net.cascadetrain_on_file("x", 1, 1, 0)' 'net.scale_train(data)' 'net.descale_train(data)' \
    'net.set_input_scaling_params(data, 0, 1)' 'net.set_output_scaling_params(data, 0, 1)' \
    'net.set_scaling_params(data, 0, 1, 0, 1)' 'net.clear_scaling_params()' \
    'net.scale_input(v)' 'net.scale_output(v)' 'net.descale_input(v)' 'net.descale_output(v)'; do
    absent fixedfann "$code"
done
for header in floatfann doublefann; do
    absent $header 'net.get_decimal_point()'
    absent $header 'net.get_multiplier()'
done
echo "header: fixed point leaves out training, cascade training and scaling; only it has get_decimal_point/get_multiplier"

# 3. The behaviour test, per number type.
printf 'void fann_disable_seed_rand(void);\nint main(void) { fann_disable_seed_rand(); return 0; }\n' >"$out/probe.c"
if $CC "$out/probe.c" -o "$out/probe" -L"$libdir" -lfann 2>/dev/null; then
    extra=
    asan_options=detect_leaks=1
else
    echo "note: the library lacks this project's extensions (FANN 2.2.0): testing its API only, leak checks off"
    extra=-DFANN_2_2_LIBRARY
    asan_options=detect_leaks=0
fi

for variant in float double fixed; do
    case $variant in
    float) lib=fann defines="-DWRAPPER_FLOAT" ;;
    double) lib=doublefann defines="-DWRAPPER_DOUBLE -DUSE_VIRTUAL_DESTRUCTOR" ;;
    fixed) lib=fixedfann defines="-DWRAPPER_FIXED" ;;
    esac
    # shellcheck disable=SC2086
    if ! $CXX -std=c++11 -Wall -Wextra -Werror -pedantic -g -O1 -fno-omit-frame-pointer \
        -fsanitize=address,undefined $defines $extra -I"$include" "$root/tests/cpp_wrapper.cpp" \
        -o "$out/cpp_wrapper_$variant" -L"$libdir" -l$lib -lm 2>"$out/$variant.build.err"; then
        fail "cpp_wrapper ($variant) does not build"
        sed 's/^/    /' "$out/$variant.build.err" | head -n 20
        continue
    fi
    ASAN_OPTIONS=$asan_options UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        "$out/cpp_wrapper_$variant" "$datadir" "$out/work" >"$out/$variant.out" 2>"$out/$variant.err"
    status=$?
    summary=$(grep '^cpp_wrapper \[' "$out/$variant.out")
    if [ $status -ne 0 ] || grep -q 'runtime error\|Sanitizer' "$out/$variant.err"; then
        fail "cpp_wrapper ($variant): status $status ${summary:-(no summary)}"
        grep '^FAIL' "$out/$variant.out" | sed 's/^/    /'
        grep -A 12 'runtime error\|ERROR: ' "$out/$variant.err" | sed 's/^/    /' | head -n 40
    else
        echo "PASS $summary (ASan/UBSan clean)"
    fi
done

if [ $failures -ne 0 ]; then
    echo "cpp_wrapper: $failures failure(s)"
    exit 1
fi
echo "cpp_wrapper: all passed"
