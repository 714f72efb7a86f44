#!/bin/sh
# Checks the built shared libraries: SONAMEs, and that the dynamic symbol table exports
# exactly the names of the committed symbols list (nothing of Rust's runtime leaks out),
# all of which exist in FANN 2.2.0 or its later upstream additions.
set -eu
LIBDIR=${1:?usage: symbols.sh LIBDIR}
here=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
# Names upstream FANN added after 2.2.0 (api.md 1.2).
printf '%s\n' FANN_SEED_RAND fann_disable_seed_rand fann_enable_seed_rand fann_get_weights \
    fann_set_weights fann_create_train_array fann_create_train_pointer_array \
    fann_get_train_input fann_get_train_output fann_get_min_train_input \
    fann_get_max_train_input fann_get_min_train_output fann_get_max_train_output \
    fann_get_min_max_data fann_scale_data_to_range fann_train_epoch_batch_parallel \
    fann_train_epoch_irpropm_parallel fann_train_epoch_quickprop_parallel \
    fann_train_epoch_sarprop_parallel fann_train_epoch_incremental_mod \
    fann_test_data_parallel > "$tmp/master"
# Our extensions (COMPATIBILITY.md).
printf '%s\n' fann_set_exact fann_get_exact fann_set_num_threads fann_get_num_threads >> "$tmp/master"
for lib in fann floatfann doublefann fixedfann; do
    so="$LIBDIR/lib$lib.so.2"
    list="$here/symbols/libfann.sym"
    [ "$lib" = fixedfann ] && list="$here/symbols/libfixedfann.sym"
    soname=$(readelf -d "$so" | sed -n 's/.*Library soname: \[\(.*\)\]/\1/p')
    if [ "$soname" != "lib$lib.so.2" ]; then
        echo "FAIL $lib: soname '$soname'"; status=1
    fi
    nm -D --defined-only "$so" | awk '{print $3}' | sort > "$tmp/exported"
    if ! diff -u "$list" "$tmp/exported"; then
        echo "FAIL $lib: exports differ from $(basename "$list")"; status=1
    fi
    debian=/usr/lib/x86_64-linux-gnu/lib$lib.so.2
    nm -D --defined-only "$debian" | awk '{print $3}' | cat - "$tmp/master" | sort -u > "$tmp/known"
    extra=$(comm -23 "$tmp/exported" "$tmp/known")
    if [ -n "$extra" ]; then
        echo "FAIL $lib: exports unknown to FANN: $extra"; status=1
    fi
    missing=$(comm -13 "$tmp/exported" "$tmp/known" | grep -vxFf "$tmp/master" | wc -l)
    [ $status -eq 0 ] && echo "PASS $lib: soname $soname, $(wc -l < "$tmp/exported") exports as listed ($missing of Debian's not yet implemented)"
done
exit $status
