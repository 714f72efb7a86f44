#!/bin/bash
# Bad-input robustness test of our FANN libraries.
#
# usage: tests/bad_input/run.sh LIBDIR
#
# LIBDIR holds libfann.so.2, libdoublefann.so.2 and libfixedfann.so.2 (normally
# build/lib). For each variant (float/-lfann, double/-ldoublefann, fixed/-lfixedfann)
# bad_input.c is compiled against our headers (include/, or $INCDIR) twice:
#   asan:  -fsanitize=address,undefined, run with leak detection on and with
#          ASan refusing (aborting on) any single allocation above 256 MiB, so an
#          attempted huge allocation is a failure even if the library would have
#          coped with it;
#   plain: -fsanitize=undefined only, run under `ulimit -v 4000000` (ASan cannot
#          start under a virtual-memory limit).
# Both runs must exit 0 within 60 s and print, stdout and stderr together,
# exactly expected_<variant>.txt.
# Then the float plain build runs the out-of-memory cases (`bad_input oom`)
# under `ulimit -v 1300000`; the output must be expected_oom.txt (FANN 2.2.0's
# behaviour). SKIP_OOM=1 skips that step.
#
# Environment: CC (default gcc), INCDIR (default <repo>/include), KEEP=1 keeps
# the work directory, UPDATE=1 rewrites expected_{float,double,fixed}.txt from the
# asan runs (review the diff by hand before committing!).
#
# Exit status: 0 if everything matched, 1 on any difference, crash, sanitizer
# report or timeout, 2 on usage errors.

set -u

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CC="${CC:-gcc}"
INCDIR="${INCDIR:-$HERE/../../include}"
TIMEOUT=60
CFLAGS_COMMON="-std=c99 -Wall -Wextra -Werror -g"

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

export LC_ALL=C
unset LD_PRELOAD 2>/dev/null || true

WORK="$(mktemp -d "${TMPDIR:-/tmp}/fann-bad-input.XXXXXX")"
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

# check NAME OUTPUT RC EXPECTED: exit status, sanitizer reports, byte comparison
check() {
    local name="$1" out="$2" rc="$3" expected="$4" ok=1
    if [ "$rc" -eq 124 ]; then
        fail "$name: timed out after $TIMEOUT s"
        ok=0
    elif [ "$rc" -ne 0 ]; then
        fail "$name: exit status $rc"
        ok=0
    fi
    if grep -q -E 'Sanitizer|runtime error:|^SUMMARY:' "$out"; then
        fail "$name: sanitizer report"
        grep -E -m 5 'ERROR: .*Sanitizer|runtime error:|^SUMMARY:' "$out" | sed 's/^/    /'
        ok=0
    fi
    if [ ! -f "$expected" ]; then
        fail "$name: missing $expected"
        ok=0
    elif ! cmp -s "$expected" "$out"; then
        fail "$name: output differs from $(basename "$expected")"
        diff -u "$expected" "$out" | head -n 40 | sed 's/^/    /'
        ok=0
    fi
    [ $ok = 1 ] && echo "ok:   $name"
}

# run_prog OUT VMEM_KIB ASAN_OPTS PROG [ARGS...] -> exit status
run_prog() {
    local out="$1" vmem="$2" asan="$3"
    shift 3
    (
        [ "$vmem" != none ] && ulimit -v "$vmem"
        ASAN_OPTIONS="$asan" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
            LD_LIBRARY_PATH="$LIBDIR" timeout "$TIMEOUT" "$@" >"$out" 2>&1
    ) 2>/dev/null # the subshell's own "Aborted" notice; the exit status says it all
}

ASAN_OPTS="detect_leaks=1:max_allocation_size_mb=256:allocator_may_return_null=0"

for spec in float:FLOAT:fann double:DOUBLE:doublefann fixed:FIXED:fixedfann; do
    IFS=: read -r variant macro lib <<<"$spec"
    expected="$HERE/expected_$variant.txt"
    if [ ! -e "$LIBDIR/lib$lib.so.2" ]; then
        fail "$variant: $LIBDIR/lib$lib.so.2 not found"
        continue
    fi
    for kind in asan plain; do
        exe="$WORK/bad_input_${variant}_$kind"
        case $kind in
            asan) san="-fsanitize=address,undefined -fno-sanitize-recover=undefined" ;;
            plain) san="-fsanitize=undefined -fno-sanitize-recover=undefined" ;;
        esac
        # shellcheck disable=SC2086
        if ! "$CC" $CFLAGS_COMMON $san -DVARIANT_$macro -I"$INCDIR" -o "$exe" \
            "$HERE/bad_input.c" -L"$LIBDIR" -l"$lib" -lm >"$WORK/cc_${variant}_$kind.txt" 2>&1; then
            fail "$variant/$kind: compilation failed"
            sed 's/^/    /' "$WORK/cc_${variant}_$kind.txt"
            continue
        fi
        # make sure the loader really picks LIBDIR's copy, not an installed FANN
        resolved="$(LD_LIBRARY_PATH="$LIBDIR" ldd "$exe" | awk -v l="lib$lib.so.2" '$1 == l { print $3 }')"
        if [ "$(dirname "$(readlink -f "$resolved")")" != "$(readlink -f "$LIBDIR")" ]; then
            fail "$variant/$kind: lib$lib.so.2 resolves to '$resolved', not into $LIBDIR"
            continue
        fi
        out="$WORK/out_${variant}_$kind.txt"
        if [ $kind = asan ]; then
            run_prog "$out" none "$ASAN_OPTS" "$exe"
        else
            run_prog "$out" 4000000 "" "$exe"
        fi
        rc=$?
        if [ $kind = asan ] && [ "${UPDATE:-0}" = 1 ] && [ $rc -eq 0 ]; then
            cp "$out" "$expected"
            echo "updated $(basename "$expected")"
        fi
        check "$variant/$kind" "$out" "$rc" "$expected"
    done
done

if [ "${SKIP_OOM:-0}" != 1 ]; then
    exe="$WORK/bad_input_float_plain"
    if [ -x "$exe" ]; then
        out="$WORK/out_oom.txt"
        run_prog "$out" 1300000 "" "$exe" oom
        check "float/out-of-memory" "$out" $? "$HERE/expected_oom.txt"
    else
        fail "float/out-of-memory: no float plain build"
    fi
fi

if [ $FAILED = 0 ]; then
    echo "bad_input: all passed"
    exit 0
fi
echo "bad_input: FAILED"
exit 1
