#!/bin/bash
# Differential test driver: FANN 2.2.0 (Debian) versus our reimplementation.
#
# usage: tests/differential/run.sh OUR_LIB_DIR [NAME...]
#        tests/differential/run.sh --debian-only [NAME...]
#
# Builds every float_*.c / double_*.c / fixed_*.c in this directory ONCE
# against Debian's headers and libraries, then runs each program
#   * with LD_LIBRARY_PATH empty (Debian's libfann.so.2 / libdoublefann.so.2 /
#     libfixedfann.so.2), twice (the output must be deterministic), and
#   * with LD_LIBRARY_PATH=OUR_LIB_DIR (our libraries, same sonames),
# and compares stdout, stderr and the exit status byte for byte.
# With --debian-only the second step is skipped (determinism check only).
# NAME arguments restrict the run to those programs (e.g. float_errors).
#
# Environment: KEEP=1 keeps the build/output directory (its path is printed);
#              CC (default gcc); TIMEOUT per program run in seconds (default 30);
#              DIFF_LINES lines of diff shown per failing stream (default 25).
#              FANN_TEST_FILES is set to tests/files for the programs.
#
# Exit status: 0 if every program passed, 1 otherwise (including a program
# that fails/crashes with Debian's library or is not deterministic), 2 on
# usage errors.

set -u

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CC="${CC:-gcc}"
TIMEOUT="${TIMEOUT:-30}"
CFLAGS="-std=c99 -Wall -Wextra -O0"
# srand is interposed by the test programs (see common.h); make sure the
# executable exports it even if the link-time library did not reference it.
LDFLAGS="-Wl,--export-dynamic-symbol=srand"

usage() {
    awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0" >&2
    exit 2
}

[ $# -ge 1 ] || usage
MODE=diff
OURS=""
case "$1" in
    -h|--help) usage ;;
    --debian-only) MODE=debian ;;
    *)
        OURS="$1"
        if [ ! -d "$OURS" ]; then
            echo "run.sh: OUR_LIB_DIR '$OURS' is not a directory" >&2
            exit 2
        fi
        OURS="$(cd "$OURS" && pwd)"
        ;;
esac
shift
FILTER=("$@")

# deterministic environment for both runs
export LC_ALL=C
unset LANG LANGUAGE LIBRARY_PATH CPATH C_INCLUDE_PATH LD_PRELOAD 2>/dev/null || true
# fixtures (tests/files) for the programs that load committed files
export FANN_TEST_FILES="$(cd "$HERE/../files" 2>/dev/null && pwd)"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/fann-diff.XXXXXX")"
if [ "${KEEP:-0}" = 1 ]; then
    echo "build/output directory: $WORK"
else
    trap 'rm -rf "$WORK"' EXIT
fi

lib_for() {
    case "$1" in
        float_*) echo fann ;;
        double_*) echo doublefann ;;
        fixed_*) echo fixedfann ;;
    esac
}

# ---- collect programs ----
PROGS=()
for src in "$HERE"/float_*.c "$HERE"/double_*.c "$HERE"/fixed_*.c; do
    [ -e "$src" ] || continue
    name="$(basename "$src" .c)"
    if [ ${#FILTER[@]} -gt 0 ]; then
        keep=0
        for f in "${FILTER[@]}"; do [ "$f" = "$name" ] && keep=1; done
        [ $keep = 1 ] || continue
    fi
    PROGS+=("$name")
done
if [ ${#PROGS[@]} -eq 0 ]; then
    echo "run.sh: no test programs selected" >&2
    exit 2
fi

# ---- build (in parallel) ----
build_one() {
    local name="$1" lib
    lib="$(lib_for "$name")"
    # shellcheck disable=SC2086
    "$CC" $CFLAGS -I"$HERE" -o "$WORK/$name" "$HERE/$name.c" $LDFLAGS -l"$lib" -lm -ldl \
        >"$WORK/$name.build.log" 2>&1
    echo $? >"$WORK/$name.build.rc"
}
for name in "${PROGS[@]}"; do
    build_one "$name" &
done
wait

# run PROG LIBDIR OUTPREFIX  -> writes OUTPREFIX.out/.err/.rc
run_prog() {
    local name="$1" libdir="$2" out="$3" rc
    # the outer 2>/dev/null only silences bash's own "Segmentation fault" notice;
    # FANN_EXACT=1 selects our bit-exact path (ignored by Debian's library)
    (cd "$WORK/run" && FANN_EXACT=1 LD_LIBRARY_PATH="$libdir" timeout "$TIMEOUT" "$WORK/$name" \
        >"$out.out" 2>"$out.err" </dev/null) 2>/dev/null
    rc=$?
    echo "$rc" >"$out.rc"
    return 0
}

rc_text() {
    local rc="$1"
    if [ "$rc" = 124 ]; then
        echo "timeout"
    elif [ "$rc" -gt 128 ]; then
        echo "signal $((rc - 128)) ($(kill -l $((rc - 128)) 2>/dev/null || echo '?'))"
    else
        echo "exit $rc"
    fi
}

# short diff of two files (long lines cut)
short_diff() {
    diff -u --label "$3" --label "$4" <(cut -c1-200 "$1") <(cut -c1-200 "$2") \
        | sed -n '3,200p' | head -n "${DIFF_LINES:-25}" | sed 's/^/    /'
}

# which file the dynamic loader picks for the library of a program
resolved_lib() {
    local name="$1" libdir="$2" lib
    lib="lib$(lib_for "$name").so.2"
    LD_LIBRARY_PATH="$libdir" ldd "$WORK/$name" 2>/dev/null |
        awk -v l="$lib" '$1 == l { print $3 }'
}

mkdir -p "$WORK/run"
PASS=0
FAIL=0
DEBIAN_BAD=0
for name in "${PROGS[@]}"; do
    if [ "$(cat "$WORK/$name.build.rc")" != 0 ]; then
        echo "FAIL $name (does not compile)"
        sed 's/^/    /' "$WORK/$name.build.log" | head -n 20
        FAIL=$((FAIL + 1))
        DEBIAN_BAD=1
        continue
    fi
    if [ -s "$WORK/$name.build.log" ]; then
        echo "WARN $name: compiler output:"
        sed 's/^/    /' "$WORK/$name.build.log" | head -n 10
    fi

    run_prog "$name" "" "$WORK/$name.deb1"
    run_prog "$name" "" "$WORK/$name.deb2"
    drc="$(cat "$WORK/$name.deb1.rc")"
    if [ "$drc" != 0 ]; then
        echo "FAIL $name (crashes/fails with Debian's library: $(rc_text "$drc"))"
        tail -n 5 "$WORK/$name.deb1.err" | sed 's/^/    /'
        FAIL=$((FAIL + 1))
        DEBIAN_BAD=1
        continue
    fi
    if ! cmp -s "$WORK/$name.deb1.out" "$WORK/$name.deb2.out" ||
       ! cmp -s "$WORK/$name.deb1.err" "$WORK/$name.deb2.err" ||
       ! cmp -s "$WORK/$name.deb1.rc" "$WORK/$name.deb2.rc"; then
        echo "FAIL $name (not deterministic with Debian's library)"
        short_diff "$WORK/$name.deb1.out" "$WORK/$name.deb2.out" debian-run1 debian-run2
        short_diff "$WORK/$name.deb1.err" "$WORK/$name.deb2.err" debian-run1.stderr debian-run2.stderr
        FAIL=$((FAIL + 1))
        DEBIAN_BAD=1
        continue
    fi

    if [ "$MODE" = debian ]; then
        echo "PASS $name (deterministic; stdout $(wc -c <"$WORK/$name.deb1.out") bytes," \
             "stderr $(wc -c <"$WORK/$name.deb1.err") bytes)"
        PASS=$((PASS + 1))
        continue
    fi

    # make sure our library is really the one that gets loaded
    got="$(resolved_lib "$name" "$OURS")"
    case "$got" in
        "$OURS"/*) ;;
        *)
            echo "FAIL $name (lib$(lib_for "$name").so.2 not found in $OURS; loader picks '${got:-nothing}')"
            FAIL=$((FAIL + 1))
            continue
            ;;
    esac

    run_prog "$name" "$OURS" "$WORK/$name.ours"
    orc="$(cat "$WORK/$name.ours.rc")"
    ok=1
    reasons=""
    if [ "$orc" != "$drc" ]; then
        ok=0
        reasons="$reasons status: debian $(rc_text "$drc"), ours $(rc_text "$orc");"
    fi
    if ! cmp -s "$WORK/$name.deb1.out" "$WORK/$name.ours.out"; then
        ok=0
        reasons="$reasons stdout differs;"
    fi
    if ! cmp -s "$WORK/$name.deb1.err" "$WORK/$name.ours.err"; then
        ok=0
        reasons="$reasons stderr differs;"
    fi
    missing="$(grep -o 'symbol lookup error: .*undefined symbol: [A-Za-z0-9_]*' "$WORK/$name.ours.err" |
        sed 's/.*undefined symbol: //' | head -n 1)"
    if [ -n "$missing" ]; then
        reasons="$reasons missing symbol $missing;"
    fi
    if [ $ok = 1 ]; then
        echo "PASS $name"
        PASS=$((PASS + 1))
    else
        echo "FAIL $name ($(echo "$reasons" | sed 's/^ //; s/;$//'))"
        if ! cmp -s "$WORK/$name.deb1.out" "$WORK/$name.ours.out"; then
            short_diff "$WORK/$name.deb1.out" "$WORK/$name.ours.out" debian ours
        fi
        if ! cmp -s "$WORK/$name.deb1.err" "$WORK/$name.ours.err"; then
            short_diff "$WORK/$name.deb1.err" "$WORK/$name.ours.err" debian.stderr ours.stderr
        fi
        FAIL=$((FAIL + 1))
    fi
done

TOTAL=$((PASS + FAIL))
echo "$PASS/$TOTAL passed, $FAIL failed"
if [ "$DEBIAN_BAD" = 1 ]; then
    echo "note: at least one program is broken against Debian's library (see above)"
fi
[ "$FAIL" = 0 ]
