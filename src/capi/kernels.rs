//! Matrix products for the core's fast path, by `matrixmultiply` (whose entry points are
//! `unsafe` raw-pointer functions, hence their place in the C layer).

use super::fann_data::fann_type;
use crate::engine::fast::{update_gemv_safe, Gemm, NaiveGemm, View};

/// `matrixmultiply`'s single- or double-precision GEMM.
pub(crate) struct MatrixMultiply;

fn fits(len: usize, v: View) -> bool {
    v.extent() <= len
        && isize::try_from(v.row_stride).is_ok()
        && isize::try_from(v.col_stride).is_ok()
}

impl Gemm<fann_type> for MatrixMultiply {
    fn gemm(
        &self,
        a: &[fann_type],
        av: View,
        b: &[fann_type],
        bv: View,
        c: &mut [fann_type],
        cv: View,
        accumulate: bool,
    ) {
        let shapes_agree = av.cols == bv.rows && av.rows == cv.rows && bv.cols == cv.cols;
        if !shapes_agree || !fits(a.len(), av) || !fits(b.len(), bv) || !fits(c.len(), cv) {
            // Never reached by the core's own shapes; the safe kernel keeps it defined.
            return NaiveGemm.gemm(a, av, b, bv, c, cv, accumulate);
        }
        if av.rows == 0 || bv.cols == 0 {
            return;
        }
        let beta = if accumulate { 1.0 } else { 0.0 };
        // SAFETY: every element the views address lies inside its slice (checked by `fits`,
        // with the shapes agreeing), `c` is a distinct mutable slice so it aliases neither
        // input, and the strides fit `isize`.
        unsafe {
            gemm_raw(
                av.rows,
                av.cols,
                bv.cols,
                a.as_ptr().add(av.offset),
                av.row_stride as isize,
                av.col_stride as isize,
                b.as_ptr().add(bv.offset),
                bv.row_stride as isize,
                bv.col_stride as isize,
                beta,
                c.as_mut_ptr().add(cv.offset),
                cv.row_stride as isize,
                cv.col_stride as isize,
            )
        }
    }

    fn gemv(&self, w: &[fann_type], wv: View, x: &[fann_type], y: &mut [fann_type]) {
        let fits = wv.col_stride == 1
            && x.len() == wv.cols
            && y.len() == wv.rows
            && wv.extent() <= w.len()
            && (wv.rows < 2 || wv.row_stride >= wv.cols);
        #[cfg(target_arch = "x86_64")]
        if fits && std::is_x86_feature_detected!("avx2") && std::is_x86_feature_detected!("fma") {
            // SAFETY: the CPU has AVX2 and FMA (checked just above) and the view lies
            // inside `w` with `x` and `y` of its sizes (`fits`).
            unsafe { gemv_fma(w, wv, x, y) };
            return;
        }
        let _ = fits;
        NaiveGemm.gemv(w, wv, x, y)
    }

    fn update_gemv(
        &self,
        w: &mut [fann_type],
        wv: View,
        step: &[fann_type],
        x_old: &[fann_type],
        deltas: Option<(fann_type, &mut [fann_type])>,
        x_new: Option<&[fann_type]>,
        y: &mut [fann_type],
    ) {
        // The kernel covers the common step (no deltas, a forward pass follows); the
        // epoch's first and last updates and momentum take the safe loops.
        #[cfg(target_arch = "x86_64")]
        if let (None, Some(x)) = (&deltas, x_new) {
            let fits = wv.col_stride == 1
                && x_old.len() == wv.cols
                && x.len() == wv.cols
                && step.len() == wv.rows
                && y.len() == wv.rows
                && wv.extent() <= w.len()
                && (wv.rows < 2 || wv.row_stride >= wv.cols);
            if fits && std::is_x86_feature_detected!("avx2") && std::is_x86_feature_detected!("fma")
            {
                // SAFETY: the CPU has AVX2 and FMA (checked just above); the view lies
                // inside `w`, its rows do not overlap, and `step`, `x_old`, `x` and `y`
                // have its sizes (`fits`).
                unsafe { update_gemv_fma(w, wv, step, x_old, x, y) };
                return;
            }
        }
        update_gemv_safe(w, wv, step, x_old, deltas, x_new, y)
    }
}

/// 256-bit vectors of `fann_type` for the matrix-vector kernel.
#[cfg(target_arch = "x86_64")]
mod simd {
    #[cfg(not(feature = "double"))]
    mod imp {
        use std::arch::x86_64::*;
        pub type V = __m256;
        pub const W: usize = 8;
        #[inline(always)]
        pub unsafe fn zero() -> V {
            // SAFETY: AVX is enabled in every caller (target-feature function).
            unsafe { _mm256_setzero_ps() }
        }
        #[inline(always)]
        pub unsafe fn load(p: *const f32) -> V {
            // SAFETY: the caller guarantees W readable values at `p`.
            unsafe { _mm256_loadu_ps(p) }
        }
        #[inline(always)]
        pub unsafe fn fma(a: V, b: V, c: V) -> V {
            // SAFETY: FMA is enabled in every caller.
            unsafe { _mm256_fmadd_ps(a, b, c) }
        }
        #[inline(always)]
        pub unsafe fn add(a: V, b: V) -> V {
            // SAFETY: AVX is enabled in every caller.
            unsafe { _mm256_add_ps(a, b) }
        }
        #[inline(always)]
        pub unsafe fn splat(a: f32) -> V {
            // SAFETY: AVX is enabled in every caller.
            unsafe { _mm256_set1_ps(a) }
        }
        #[inline(always)]
        pub unsafe fn mul(a: V, b: V) -> V {
            // SAFETY: AVX is enabled in every caller.
            unsafe { _mm256_mul_ps(a, b) }
        }
        #[inline(always)]
        pub unsafe fn store(p: *mut f32, v: V) {
            // SAFETY: the caller guarantees W writable values at `p`.
            unsafe { _mm256_storeu_ps(p, v) }
        }
        /// The first `n` lanes (`n < W`) of a mask.
        #[inline(always)]
        pub unsafe fn mask(n: usize) -> __m256i {
            // SAFETY: AVX2 is enabled in every caller.
            unsafe {
                _mm256_cmpgt_epi32(
                    _mm256_set1_epi32(n as i32),
                    _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7),
                )
            }
        }
        #[inline(always)]
        pub unsafe fn load_masked(p: *const f32, m: __m256i) -> V {
            // SAFETY: the caller guarantees the lanes `m` selects are readable at `p`
            // (the others are not touched and read as 0).
            unsafe { _mm256_maskload_ps(p, m) }
        }
        /// The lanes from `k` on (`0 < k < W`) of a mask.
        #[inline(always)]
        pub unsafe fn mask_from(k: usize) -> __m256i {
            // SAFETY: AVX2 is enabled in every caller.
            unsafe {
                _mm256_cmpgt_epi32(
                    _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7),
                    _mm256_set1_epi32(k as i32 - 1),
                )
            }
        }
        /// `v` with the lanes outside `m` set to 0.
        #[inline(always)]
        pub unsafe fn keep(v: V, m: __m256i) -> V {
            // SAFETY: AVX is enabled in every caller.
            unsafe { _mm256_and_ps(v, _mm256_castsi256_ps(m)) }
        }
    }
    #[cfg(feature = "double")]
    mod imp {
        use std::arch::x86_64::*;
        pub type V = __m256d;
        pub const W: usize = 4;
        #[inline(always)]
        pub unsafe fn zero() -> V {
            // SAFETY: AVX is enabled in every caller (target-feature function).
            unsafe { _mm256_setzero_pd() }
        }
        #[inline(always)]
        pub unsafe fn load(p: *const f64) -> V {
            // SAFETY: the caller guarantees W readable values at `p`.
            unsafe { _mm256_loadu_pd(p) }
        }
        #[inline(always)]
        pub unsafe fn fma(a: V, b: V, c: V) -> V {
            // SAFETY: FMA is enabled in every caller.
            unsafe { _mm256_fmadd_pd(a, b, c) }
        }
        #[inline(always)]
        pub unsafe fn add(a: V, b: V) -> V {
            // SAFETY: AVX is enabled in every caller.
            unsafe { _mm256_add_pd(a, b) }
        }
        #[inline(always)]
        pub unsafe fn splat(a: f64) -> V {
            // SAFETY: AVX is enabled in every caller.
            unsafe { _mm256_set1_pd(a) }
        }
        #[inline(always)]
        pub unsafe fn mul(a: V, b: V) -> V {
            // SAFETY: AVX is enabled in every caller.
            unsafe { _mm256_mul_pd(a, b) }
        }
        #[inline(always)]
        pub unsafe fn store(p: *mut f64, v: V) {
            // SAFETY: the caller guarantees W writable values at `p`.
            unsafe { _mm256_storeu_pd(p, v) }
        }
        /// The first `n` lanes (`n < W`) of a mask.
        #[inline(always)]
        pub unsafe fn mask(n: usize) -> __m256i {
            // SAFETY: AVX2 is enabled in every caller.
            unsafe {
                _mm256_cmpgt_epi64(_mm256_set1_epi64x(n as i64), _mm256_setr_epi64x(0, 1, 2, 3))
            }
        }
        #[inline(always)]
        pub unsafe fn load_masked(p: *const f64, m: __m256i) -> V {
            // SAFETY: the caller guarantees the lanes `m` selects are readable at `p`
            // (the others are not touched and read as 0).
            unsafe { _mm256_maskload_pd(p, m) }
        }
        /// The lanes from `k` on (`0 < k < W`) of a mask.
        #[inline(always)]
        pub unsafe fn mask_from(k: usize) -> __m256i {
            // SAFETY: AVX2 is enabled in every caller.
            unsafe {
                _mm256_cmpgt_epi64(
                    _mm256_setr_epi64x(0, 1, 2, 3),
                    _mm256_set1_epi64x(k as i64 - 1),
                )
            }
        }
        /// `v` with the lanes outside `m` set to 0.
        #[inline(always)]
        pub unsafe fn keep(v: V, m: __m256i) -> V {
            // SAFETY: AVX is enabled in every caller.
            unsafe { _mm256_and_pd(v, _mm256_castsi256_pd(m)) }
        }
    }
    pub use imp::*;
}

/// The sum of a vector's lanes, pairwise: lane k with lane k + W/2, and so on.
///
/// # Safety
/// AVX is available.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
unsafe fn sum_lanes(v: simd::V) -> fann_type {
    use std::arch::x86_64::*;
    // SAFETY: AVX is available (the caller's guarantee); these are register operations.
    unsafe {
        #[cfg(not(feature = "double"))]
        {
            let s = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
            let s = _mm_add_ps(s, _mm_movehl_ps(s, s));
            _mm_cvtss_f32(_mm_add_ss(s, _mm_shuffle_ps(s, s, 1)))
        }
        #[cfg(feature = "double")]
        {
            let s = _mm_add_pd(_mm256_castpd256_pd128(v), _mm256_extractf128_pd(v, 1));
            _mm_cvtsd_f64(_mm_add_sd(s, _mm_unpackhi_pd(s, s)))
        }
    }
}

/// The dot products of `R` weight rows (starting at `rows[i]`, `n` values each) with `x`,
/// each load of `x` shared by the R rows, two vectors per row in flight.
///
/// # Safety
/// AVX2 and FMA are available; every `rows[i]` and `x` address `n` readable values.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
unsafe fn rows_dot<const R: usize>(
    rows: [*const fann_type; R],
    x: *const fann_type,
    n: usize,
) -> [fann_type; R] {
    use simd::*;
    let body = n / (2 * W) * (2 * W);
    // SAFETY: full loads stay below `n` values from each pointer, masked ones select the
    // lanes below `n` only (the caller's guarantee); the intrinsics need AVX2/FMA, which
    // the caller guarantees.
    unsafe {
        let mut acc = [[zero(); 2]; R];
        let mut c = 0;
        while c < body {
            let x0 = load(x.add(c));
            let x1 = load(x.add(c + W));
            for r in 0..R {
                acc[r][0] = fma(load(rows[r].add(c)), x0, acc[r][0]);
                acc[r][1] = fma(load(rows[r].add(c + W)), x1, acc[r][1]);
            }
            c += 2 * W;
        }
        if c + W <= n {
            let x0 = load(x.add(c));
            for r in 0..R {
                acc[r][0] = fma(load(rows[r].add(c)), x0, acc[r][0]);
            }
            c += W;
        }
        if c < n {
            // The remainder through masked loads (the other lanes read as 0).
            let m = mask(n - c);
            let x1 = load_masked(x.add(c), m);
            for r in 0..R {
                acc[r][1] = fma(load_masked(rows[r].add(c), m), x1, acc[r][1]);
            }
        }
        let mut out = [0.0 as fann_type; R];
        for r in 0..R {
            out[r] = sum_lanes(add(acc[r][0], acc[r][1]));
        }
        out
    }
}

/// `gemv` with AVX2 and FMA, four rows at a time.
///
/// # Safety
/// AVX2 and FMA are available; `wv` has unit column stride, lies inside `w`
/// (`wv.extent() <= w.len()`), `x.len() == wv.cols` and `y.len() == wv.rows`.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,fma")]
unsafe fn gemv_fma(w: &[fann_type], wv: View, x: &[fann_type], y: &mut [fann_type]) {
    // SAFETY: row r < wv.rows starts at offset + r * row_stride and its `cols` values end
    // by `wv.extent() <= w.len()`; `x` holds `cols` values (the caller's guarantees).
    unsafe {
        let row = |r: usize| w.as_ptr().add(wv.offset + r * wv.row_stride);
        let mut r = 0;
        while r + 4 <= wv.rows {
            let s = rows_dot(
                [row(r), row(r + 1), row(r + 2), row(r + 3)],
                x.as_ptr(),
                wv.cols,
            );
            y[r..r + 4].copy_from_slice(&s);
            r += 4;
        }
        while r < wv.rows {
            y[r] = rows_dot([row(r)], x.as_ptr(), wv.cols)[0];
            r += 1;
        }
    }
}

/// `update_gemv` without deltas, with AVX2 and FMA: per row, `w += step * x_old` (a
/// product, then a sum: FANN's rounding) and the dot product of the new row with `x_new`.
/// (AVX-512 measured slower here: the sweep is bound by the L2 cache.)
///
/// # Safety
/// AVX2 and FMA are available; `wv` has unit column stride, lies inside `w`, and its rows
/// do not overlap; `x_old` and `x_new` hold `wv.cols` values, `step` and `y` `wv.rows`.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,fma")]
unsafe fn update_gemv_fma(
    w: &mut [fann_type],
    wv: View,
    step: &[fann_type],
    x_old: &[fann_type],
    x_new: &[fann_type],
    y: &mut [fann_type],
) {
    use simd::*;
    let n = wv.cols;
    let body = n / (2 * W) * (2 * W);
    let (xo, xn) = (x_old.as_ptr(), x_new.as_ptr());
    if n < W {
        // Rows shorter than a vector: one value at a time, no vector sum to reduce.
        for r in 0..wv.rows {
            // SAFETY: row r's `n` values lie inside `w`, and `x_old` and `x_new` hold `n`
            // values (the caller's guarantees).
            unsafe {
                let row = w.as_mut_ptr().add(wv.offset + r * wv.row_stride);
                let t = step[r];
                let mut sum = 0.0;
                for c in 0..n {
                    let v = *row.add(c) + t * *xo.add(c);
                    *row.add(c) = v;
                    sum = v.mul_add(*xn.add(c), sum);
                }
                y[r] = sum;
            }
        }
        return;
    }
    for r in 0..wv.rows {
        // SAFETY: row r starts at offset + r * row_stride and its `n` values end by
        // `wv.extent() <= w.len()`; accesses stay below `n`, and `x_old` and `x_new` hold
        // `n` values (the caller's guarantees).
        unsafe {
            let row = w.as_mut_ptr().add(wv.offset + r * wv.row_stride);
            let t = splat(step[r]);
            let (mut acc0, mut acc1) = (zero(), zero());
            // A row of at least W values ends with one vector over its last W, loaded
            // before the loop's stores: lanes the loop also covers get the same new values
            // (the same operations), and are left out of the dot product.
            let tail = (n >= W && !n.is_multiple_of(W)).then(|| load(row.add(n - W)));
            let mut c = 0;
            while c < body {
                let w0 = add(load(row.add(c)), mul(t, load(xo.add(c))));
                let w1 = add(load(row.add(c + W)), mul(t, load(xo.add(c + W))));
                store(row.add(c), w0);
                store(row.add(c + W), w1);
                acc0 = fma(w0, load(xn.add(c)), acc0);
                acc1 = fma(w1, load(xn.add(c + W)), acc1);
                c += 2 * W;
            }
            if c + W <= n {
                let w0 = add(load(row.add(c)), mul(t, load(xo.add(c))));
                store(row.add(c), w0);
                acc0 = fma(w0, load(xn.add(c)), acc0);
                c += W;
            }
            if let Some(old) = tail {
                let w0 = add(old, mul(t, load(xo.add(n - W))));
                store(row.add(n - W), w0);
                let fresh = mask_from(W - (n - c));
                acc1 = fma(keep(w0, fresh), load(xn.add(n - W)), acc1);
                c = n;
            }
            // A row shorter than W one by one (a masked store would stall the next row's
            // loads: no store forwarding).
            let mut sum = sum_lanes(add(acc0, acc1));
            while c < n {
                let v = *row.add(c) + step[r] * *xo.add(c);
                *row.add(c) = v;
                sum = v.mul_add(*xn.add(c), sum);
                c += 1;
            }
            y[r] = sum;
        }
    }
}

#[cfg(feature = "double")]
use matrixmultiply::dgemm as gemm_fn;
#[cfg(not(feature = "double"))]
use matrixmultiply::sgemm as gemm_fn;

#[allow(clippy::too_many_arguments)]
unsafe fn gemm_raw(
    m: usize,
    k: usize,
    n: usize,
    a: *const fann_type,
    rsa: isize,
    csa: isize,
    b: *const fann_type,
    rsb: isize,
    csb: isize,
    beta: fann_type,
    c: *mut fann_type,
    rsc: isize,
    csc: isize,
) {
    // SAFETY: forwarded from the caller, which has checked every pointer and stride.
    unsafe { gemm_fn(m, k, n, 1.0, a, rsa, csa, b, rsb, csb, beta, c, rsc, csc) }
}

/// The exact forward pass to install in new networks: one that evaluates libm's `exp`
/// inline where the CPU has AVX2 and FMA and the inline reproduction agrees with the
/// running libm (checked once); `None` (the built-in pass, calling libm) otherwise.
pub(crate) fn exact_forward() -> Option<crate::engine::network::ExactForward<fann_type>> {
    #[cfg(target_arch = "x86_64")]
    if glibc_exp_ready() {
        return Some(run_glibc_exp);
    }
    None
}

#[cfg(target_arch = "x86_64")]
fn run_glibc_exp(net: &mut crate::engine::network::Network<fann_type>, input: &[fann_type]) {
    debug_assert!(glibc_exp_ready());
    // SAFETY: only installed by `exact_forward` after `glibc_exp_ready`, which implies the
    // CPU has AVX2 and FMA.
    unsafe { crate::engine::forward::run_float_glibc_fma(net, input) }
}

/// Whether the inline `exp` may replace libm's: AVX2 and FMA present, and the self-test
/// against libm passed.
#[cfg(target_arch = "x86_64")]
fn glibc_exp_ready() -> bool {
    static READY: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *READY.get_or_init(|| {
        std::is_x86_feature_detected!("avx2")
            && std::is_x86_feature_detected!("fma")
            // SAFETY: FMA was detected just above.
            && unsafe { crate::engine::glibc_exp::agrees_with_libm() }
    })
}

#[cfg(all(test, target_arch = "x86_64"))]
mod tests {
    use super::*;

    /// The machines this library is tested on (glibc 2.36, AVX2 and FMA) must take the
    /// inline `exp`; if its self-test failed, the exact path would silently fall back to
    /// libm and the differential tests would not notice.
    #[test]
    fn inline_exp_is_installed_here() {
        assert!(glibc_exp_ready());
        assert!(exact_forward().is_some());
    }

    /// Bit-identical to libm's `exp` on four million arguments of the kinds the
    /// activation functions pass: sigmoid arguments formed in `f32` and in `f64`,
    /// Gaussian arguments, and arbitrary doubles over `exp`'s whole finite range.
    #[test]
    fn inline_exp_matches_libm_bit_for_bit() {
        assert!(glibc_exp_ready());
        let mut s: u64 = 0x9e37_79b9_7f4a_7c15;
        for i in 0..4_000_000u32 {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            let u = (s >> 11) as f64 / (1u64 << 53) as f64;
            let x = match i % 4 {
                0 => (-2.0f32 * (u * 300.0 - 150.0) as f32) as f64,
                1 => -2.0 * (u * 300.0 - 150.0),
                2 => -(u * 30.0) * (u * 30.0),
                _ => u * 1460.0 - 750.0,
            };
            // SAFETY: `glibc_exp_ready` (asserted above) implies the CPU has FMA.
            let got = unsafe { crate::engine::glibc_exp::exp_fma(x) };
            assert_eq!(got.to_bits(), x.exp().to_bits(), "exp({x:e})");
        }
    }
}
