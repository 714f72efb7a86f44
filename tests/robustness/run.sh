#!/bin/bash
# Robustness tests of our FANN libraries: NULL/out-of-range arguments for every export,
# and concurrent use from threads.
#
# usage: tests/robustness/run.sh LIBDIR
#
# LIBDIR holds libfann.so.2, libfloatfann.so.2, libdoublefann.so.2, libfixedfann.so.2
# (normally build/lib).
#
# 1. NULL calls. For each library, gen_null_calls.py reads the exported functions
#    (nm -D --defined-only), takes their prototypes from our headers (api.md for exports
#    the headers do not declare) and writes, into a scratch directory, a C program that
#    calls every export with NULL for each pointer argument in turn and with
#    out-of-range index values. It is compiled with -std=c99 -Wall -Wextra -Werror
#    -fsanitize=address,undefined against include/ and run with LD_LIBRARY_PATH=LIBDIR
#    (leak detection on). It must exit 0, print nothing on stderr but its call labels
#    (no sanitizer report, no Rust panic message), print exactly
#    expected_null_<variant>.txt (libfann and libfloatfann share expected_null_float.txt),
#    and every exported function must appear in its output.
# 2. Threads. threads.c is compiled for float, double and fixed, plain and with
#    -fsanitize=thread; each build must exit 0 (all threads bit-identical to the
#    sequential run) with no ThreadSanitizer report. The plain float/double builds also
#    run with FANN_EXACT=1 (the exact training path).
#
# Environment: CC (default gcc), INCDIR (default <repo>/include), API_MD (default
# ../shared/spec/api.md (beside the repository) if it exists; otherwise the generator's copy of api.md's
# prototypes is used), KEEP=1 keeps the scratch directory, UPDATE=1 rewrites
# expected_null_*.txt from this run (review the diff before committing!), SKIP_NULL=1,
# SKIP_THREADS=1, SKIP_TSAN=1 skip parts.
#
# Exit status: 0 if everything passed, 1 on any failure, 2 on usage errors.

set -u

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CC="${CC:-gcc}"
INCDIR="${INCDIR:-$HERE/../../include}"
CFLAGS_COMMON="-std=c99 -Wall -Wextra -Werror -g"
TIMEOUT=180

if [ $# -ne 1 ] || [ "$1" = "-h" ] || [ "$1" = "--help" ]; then
    awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0" >&2
    exit 2
fi
if [ ! -d "$1" ]; then
    echo "run.sh: LIBDIR '$1' is not a directory" >&2
    exit 2
fi
LIBDIR="$(cd "$1" && pwd)"
INCDIR="$(cd "$INCDIR" && pwd)" || exit 2
API_MD="${API_MD:-$(cd "$(dirname "$0")/../.." && pwd)/../shared/spec/api.md}"
SPEC_ARG=()
[ -f "$API_MD" ] && SPEC_ARG=(--spec "$API_MD")

export LC_ALL=C
export RUST_BACKTRACE=0
unset LD_PRELOAD FANN_EXACT 2>/dev/null || true

WORK="$(mktemp -d "${TMPDIR:-/tmp}/fann-robustness.XXXXXX")"
if [ "${KEEP:-0}" = 1 ]; then
    echo "work directory: $WORK"
else
    trap 'rm -rf "$WORK"' EXIT
fi

FAILED=0
fail() {
    echo "FAIL: $*"
    FAILED=1
}

# resolves NAME EXE: the loader must pick LIBDIR's copy of NAME, not an installed FANN
resolves_into_libdir() {
    local lib="$1" exe="$2" resolved
    resolved="$(LD_LIBRARY_PATH="$LIBDIR" ldd "$exe" | awk -v l="$lib" '$1 == l { print $3 }')"
    [ "$(dirname "$(readlink -f "$resolved")")" = "$(readlink -f "$LIBDIR")" ]
}

# ---------------------------------------------------------------- 1. NULL calls
null_calls() {
    local variant="$1" lib="$2" expected="$HERE/expected_null_$1.txt"
    local so="$LIBDIR/lib$lib.so.2" dir="$WORK/null_$lib"
    local src="$dir/null_calls_$lib.c" exe="$dir/null_calls_$lib"
    local out="$dir/stdout.txt" err="$dir/stderr.txt" rc ok=1 nfunc ncalls missing
    mkdir -p "$dir/run"
    if [ ! -e "$so" ]; then
        fail "null/$lib: $so not found"
        return
    fi
    if ! python3 "$HERE/gen_null_calls.py" --lib "$so" --variant "$variant" \
        --include "$INCDIR" "${SPEC_ARG[@]}" --cc "$CC" --out "$src" \
        --list "$dir/covered.txt" 2>"$dir/gen.txt"; then
        fail "null/$lib: generator failed"
        sed 's/^/    /' "$dir/gen.txt"
        return
    fi
    # shellcheck disable=SC2086
    if ! "$CC" $CFLAGS_COMMON -fsanitize=address,undefined -fno-sanitize-recover=undefined \
        -I"$INCDIR" -o "$exe" "$src" -L"$LIBDIR" -l"$lib" -lm >"$dir/cc.txt" 2>&1; then
        fail "null/$lib: generated program does not compile"
        head -n 30 "$dir/cc.txt" | sed 's/^/    /'
        return
    fi
    if ! resolves_into_libdir "lib$lib.so.2" "$exe"; then
        fail "null/$lib: lib$lib.so.2 does not resolve into $LIBDIR"
        return
    fi
    (
        cd "$dir/run" &&
            ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=0" \
                UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
                LD_LIBRARY_PATH="$LIBDIR" timeout "$TIMEOUT" "$exe" >"$out" 2>"$err"
    ) 2>/dev/null
    rc=$?
    if [ $rc -eq 124 ]; then
        fail "null/$lib: timed out after $TIMEOUT s (last call: $(grep '^@ ' "$err" | tail -n 1 | cut -c3-))"
        ok=0
    elif [ $rc -ne 0 ]; then
        fail "null/$lib: exit status $rc (last call: $(grep '^@ ' "$err" | tail -n 1 | cut -c3-))"
        ok=0
    fi
    # stderr: only "@ label" lines; anything else is reported under the call it followed
    if grep -q -v '^@ ' "$err"; then
        fail "null/$lib: unexpected stderr output (sanitizer report or Rust panic):"
        awk '/^@ / { call = substr($0, 3); next }
             { if (call != shown) { print "    in " call ":"; shown = call }
               if (++n <= 12) print "      " $0 }' "$err"
        ok=0
    fi
    # every export must have been called
    nm -D --defined-only "$so" | awk '$2 ~ /^[TtWi]$/ { print $3 }' | sort >"$dir/exports.txt"
    sed -n 's/^\([A-Za-z_][A-Za-z0-9_]*\)(.* -> .*/\1/p' "$out" | sort -u >"$dir/called.txt"
    missing="$(comm -23 "$dir/exports.txt" "$dir/called.txt")"
    if [ -n "$missing" ]; then
        fail "null/$lib: exported functions not covered: $(echo $missing)"
        ok=0
    fi
    nfunc=$(wc -l <"$dir/exports.txt")
    ncalls=$(grep -c -- ' -> ' "$out")
    if [ "${UPDATE:-0}" = 1 ] && [ $rc -eq 0 ] && [ "$lib" != floatfann ]; then
        cp "$out" "$expected"
        echo "updated $(basename "$expected")"
    fi
    if [ ! -f "$expected" ]; then
        fail "null/$lib: missing $expected"
        ok=0
    elif ! cmp -s "$expected" "$out"; then
        fail "null/$lib: output differs from $(basename "$expected")"
        diff -u "$expected" "$out" | head -n 40 | sed 's/^/    /'
        ok=0
    fi
    if [ $ok = 1 ]; then
        echo "ok:   null/$lib: $nfunc exported functions covered, $ncalls calls"
    else
        echo "      null/$lib: $nfunc exported functions, $ncalls calls made"
    fi
}

# ---------------------------------------------------------------- 2. threads
threads() {
    local variant="$1" macro="$2" lib="$3" kind exe out rc flags exact name dir
    dir="$WORK/threads_$lib"
    mkdir -p "$dir"
    for kind in plain tsan; do
        [ $kind = tsan ] && [ "${SKIP_TSAN:-0}" = 1 ] && continue
        exe="$dir/threads_$kind"
        flags="-O1 -pthread"
        [ $kind = tsan ] && flags="$flags -fsanitize=thread"
        # shellcheck disable=SC2086
        if ! "$CC" $CFLAGS_COMMON $flags -DVARIANT_$macro -I"$INCDIR" -o "$exe" \
            "$HERE/threads.c" -L"$LIBDIR" -l"$lib" -lm >"$dir/cc_$kind.txt" 2>&1; then
            fail "threads/$variant/$kind: compilation failed"
            head -n 30 "$dir/cc_$kind.txt" | sed 's/^/    /'
            continue
        fi
        if ! resolves_into_libdir "lib$lib.so.2" "$exe"; then
            fail "threads/$variant/$kind: lib$lib.so.2 does not resolve into $LIBDIR"
            continue
        fi
        for exact in default 1; do
            [ $exact = 1 ] && { [ $kind = tsan ] || [ "$variant" = fixed ]; } && continue
            out="$dir/out_${kind}_$exact.txt"
            (
                cd "$dir" &&
                    if [ $exact = 1 ]; then export FANN_EXACT=1; fi &&
                    TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1" \
                        LD_LIBRARY_PATH="$LIBDIR" timeout "$TIMEOUT" "$exe" >"$out" 2>&1
            ) 2>/dev/null
            rc=$?
            name="threads/$variant/$kind"
            [ $exact = 1 ] && name="$name/FANN_EXACT=1"
            if [ $rc -ne 0 ] || grep -q 'ThreadSanitizer\|Sanitizer' "$out"; then
                fail "$name: exit status $rc"
                grep -v '^job ' "$out" | head -n 40 | sed 's/^/    /'
            else
                echo "ok:   $name: $(tail -n 1 "$out")"
            fi
        done
    done
}

if [ "${SKIP_NULL:-0}" != 1 ]; then
    null_calls float fann
    null_calls float floatfann
    null_calls double doublefann
    null_calls fixed fixedfann
fi
if [ "${SKIP_THREADS:-0}" != 1 ]; then
    threads float FLOAT fann
    threads double DOUBLE doublefann
    threads fixed FIXED fixedfann
fi

if [ $FAILED = 0 ]; then
    echo "robustness: all passed"
    exit 0
fi
echo "robustness: FAILED"
exit 1
