#!/usr/bin/env bash
# Fuzzes the file readers and the API: fuzz/run.sh SECONDS [TARGET...] runs each target (all
# when none is named) for SECONDS (two at a time, one per core) with cargo-fuzz (libFuzzer + AddressSanitizer), then prints executions and
# crashes per target. Exit status 1 if any target found a crash, timeout or memory blow-up;
# the inputs are left in fuzz/artifacts/<target>/ (reproduce with
# `RUSTC_BOOTSTRAP=1 cargo fuzz run <target> <file>` in fuzz/).
#
# Seeds: the malformed-file corpus tests/malformed/<dir>/ (valid examples of formats.md
# included), copied into fuzz/corpus/<target>/, which keeps what the fuzzer finds between runs.
# Needs cargo-fuzz (installed from crates.io when missing); the stable toolchain is used
# with RUSTC_BOOTSTRAP=1 for the sanitizer flags.
set -euo pipefail

seconds=${1:-60}
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"

export RUSTC_BOOTSTRAP=1
if ! cargo fuzz --version >/dev/null 2>&1; then
    cargo install cargo-fuzz --locked
fi

# target -> corpus directory of tests/malformed
declare -A seeds=(
    [netfile_float]=net_float
    [netfile_double]=net_float
    [netfile_fixed]=net_fixed
    [traindata_float]=train_float
    [traindata_fixed]=train_fixed
    [api_sequence]=
)
targets=(netfile_float netfile_double netfile_fixed traindata_float traindata_fixed api_sequence)
if [ $# -gt 1 ]; then
    targets=("${@:2}")
fi

for t in "${targets[@]}"; do
    mkdir -p "corpus/$t" "artifacts/$t"
    if [ -n "${seeds[$t]}" ]; then
        find "../tests/malformed/${seeds[$t]}" -type f ! -name expected.txt -exec cp -n -t "corpus/$t" {} +
    fi
done

cargo fuzz build -O

mkdir -p logs
start_marker=logs/.start
touch "$start_marker"
run_one() {
    local t=$1
    # -timeout: one input may take 10 s; -rss_limit_mb: a parse must not approach 2 GiB;
    # -max_len: enough for every seed (the largest corpus files are about 270 KB).
    cargo fuzz run -O "$t" "corpus/$t" -- \
        -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len=300000 \
        -print_final_stats=1 -artifact_prefix="artifacts/$t/" >"logs/$t.log" 2>&1 || true
}

# two at a time (2 cores)
for ((i = 0; i < ${#targets[@]}; i += 2)); do
    pids=()
    for t in "${targets[@]:i:2}"; do
        run_one "$t" &
        pids+=($!)
    done
    wait "${pids[@]}"
done

status=0
printf '%-18s %14s %8s %8s\n' target executions seconds crashes
for t in "${targets[@]}"; do
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "logs/$t.log" | tail -1)
    secs=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "logs/$t.log" | tail -1)
    found=$(find "artifacts/$t" -type f -newer "$start_marker" \( -name 'crash-*' -o -name 'oom-*' -o -name 'timeout-*' -o -name 'leak-*' -o -name 'slow-unit-*' \) | wc -l)
    if grep -q -E '^==[0-9]+==ERROR|panicked at|deadly signal' "logs/$t.log"; then
        found=$((found > 0 ? found : 1))
    fi
    printf '%-18s %14s %8s %8s\n' "$t" "${runs:-?}" "${secs:-?}" "$found"
    if [ "$found" -ne 0 ]; then
        status=1
        echo "  see fuzz/logs/$t.log and fuzz/artifacts/$t/" >&2
    fi
done
exit $status
