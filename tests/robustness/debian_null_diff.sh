#!/bin/bash
# Informational: runs the NULL-call program generated from Debian's FANN 2.2.0 (its
# exports and /usr/include headers, each call in a child process because FANN 2.2.0
# crashes on most NULLs) and lists the calls that FANN survives but where our library
# answers differently (return value, errno, or messages printed before the call's line).
#
# usage: tests/robustness/debian_null_diff.sh LIBDIR [variant: float|double|fixed]
set -eu
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
LIBDIR="$(cd "${1:?usage: debian_null_diff.sh LIBDIR [float|double|fixed]}" && pwd)"
VARIANT="${2:-float}"
case $VARIANT in
    float) lib=fann ;;
    double) lib=doublefann ;;
    fixed) lib=fixedfann ;;
    *) echo "unknown variant $VARIANT" >&2; exit 2 ;;
esac
DEB=/usr/lib/x86_64-linux-gnu/lib$lib.so.2
CC="${CC:-gcc}"
API_MD="${API_MD:-$(cd "$(dirname "$0")/../.." && pwd)/../shared/spec/api.md}"
SPEC_ARG=()
[ -f "$API_MD" ] && SPEC_ARG=(--spec "$API_MD")
WORK="$(mktemp -d "${TMPDIR:-/tmp}/fann-null-diff.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
export LC_ALL=C RUST_BACKTRACE=0
mkdir -p "$WORK/deb" "$WORK/ours"

python3 "$HERE/gen_null_calls.py" --lib "$DEB" --variant "$VARIANT" --include /usr/include \
    "${SPEC_ARG[@]}" --isolate --out "$WORK/deb.c" 2>/dev/null
"$CC" -std=c99 -w -o "$WORK/deb_exe" "$WORK/deb.c" "$DEB" -lm
(cd "$WORK/deb" && timeout 300 "$WORK/deb_exe" >"$WORK/deb.txt" 2>/dev/null) || true

python3 "$HERE/gen_null_calls.py" --lib "$LIBDIR/lib$lib.so.2" --variant "$VARIANT" \
    --include "$HERE/../../include" "${SPEC_ARG[@]}" --out "$WORK/ours.c" 2>/dev/null
"$CC" -std=c99 -w -I"$HERE/../../include" -o "$WORK/ours_exe" "$WORK/ours.c" \
    -L"$LIBDIR" -l"$lib" -lm
(cd "$WORK/ours" && LD_LIBRARY_PATH="$LIBDIR" timeout 300 "$WORK/ours_exe" >"$WORK/ours.txt" 2>/dev/null) || true

python3 - "$WORK/deb.txt" "$WORK/ours.txt" <<'EOF'
import sys

def load(path):
    calls, pending = {}, []
    for line in open(path, errors='replace'):
        line = line.rstrip('\n')
        if ' -> ' in line:
            k, v = line.split(' -> ', 1)
            calls[k] = (v, pending)
            pending = []
        elif line.startswith('FANN Error') or line.startswith('Warning'):
            pending.append(line)
    return calls

deb, ours = load(sys.argv[1]), load(sys.argv[2])
crashes = sum(1 for v, _ in deb.values() if v.startswith('CRASH'))
print('FANN 2.2.0: %d calls, %d crash; ours: %d calls' % (len(deb), crashes, len(ours)))
for k in sorted(deb):
    v, msgs = deb[k]
    if v.startswith('CRASH') or k not in ours:
        continue
    ov, omsgs = ours[k]
    if (v, msgs) != (ov, omsgs):
        print('%s\n    FANN 2.2.0: %s%s\n    ours:       %s%s' % (
            k, v, ''.join('\n      | ' + m for m in msgs),
            ov, ''.join('\n      | ' + m for m in omsgs)))
EOF
