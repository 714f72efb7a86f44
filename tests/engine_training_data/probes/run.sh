#!/bin/sh
# Regenerates the expected outputs in ../ from Debian's FANN 2.2.0 (libfann-dev 2.2.0+ds-8).
# The probes interpose srand() (FANN's /dev/urandom re-seeding at creation is suppressed; the
# probe seeds explicitly) and rand() (to count calls).
set -e
cd "$(dirname "$0")"
out=..
tmp=$(mktemp -d)
for b in d f; do
  if [ $b = d ]; then lib=-ldoublefann; def=-DUSE_DOUBLE; sfx=f64; else lib=-lfloatfann; def=; sfx=f32; fi
  cc -O0 $def train.c -o $tmp/t$b $lib -lm -ldl
  cc -O0 $def scale.c -o $tmp/s$b $lib -lm -ldl
  cc -O0 $def extra.c -o $tmp/e$b $lib -lm -ldl
  [ $b = f ] && $tmp/t$b xor > $out/xor_f32.txt && $tmp/t$b long > $out/long_f32.txt
  { for alg in 0 1 2 3 4; do $tmp/t$b threshold $alg 2>$tmp/err; echo "errors $(wc -l < $tmp/err)"; done
    for alg in 0 1 2 3 4; do $tmp/t$b thrhid $alg 2>$tmp/err; echo "errors $(wc -l < $tmp/err)"; done
    for alg in 0 1 2 3 4; do $tmp/t$b thrsym $alg 2>$tmp/err; echo "errors $(wc -l < $tmp/err)"; done; } > $out/threshold_$sfx.txt
  { for alg in 0 1 2 3 4; do for pre in 0 1; do
      $tmp/t$b empty $alg $pre 2>/dev/null || echo "empty alg $alg pre $pre crashed"; done; done; } > $out/empty_$sfx.txt 2>&1
  $tmp/s$b > $out/scale_$sfx.txt
  $tmp/e$b > $out/extra_$sfx.txt
done
rm -rf $tmp
