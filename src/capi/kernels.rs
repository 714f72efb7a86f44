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
        #[inline(always)]
        pub unsafe fn lanes(v: V) -> [f32; W] {
            let mut out = [0.0; W];
            // SAFETY: `out` holds W values.
            unsafe { _mm256_storeu_ps(out.as_mut_ptr(), v) };
            out
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
        #[inline(always)]
        pub unsafe fn lanes(v: V) -> [f64; W] {
            let mut out = [0.0; W];
            // SAFETY: `out` holds W values.
            unsafe { _mm256_storeu_pd(out.as_mut_ptr(), v) };
            out
        }
    }
    pub use imp::*;
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
    // SAFETY: loads stay below `body <= n` values from each pointer (the caller's
    // guarantee); the intrinsics need AVX2/FMA, which the caller guarantees.
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
        let mut out = [0.0 as fann_type; R];
        for r in 0..R {
            let l = lanes(add(acc[r][0], acc[r][1]));
            let mut width = W;
            let mut l = l;
            while width > 1 {
                width /= 2;
                for k in 0..width {
                    l[k] += l[k + width];
                }
            }
            let mut sum = l[0];
            for k in body..n {
                sum = (*rows[r].add(k)).mul_add(*x.add(k), sum);
            }
            out[r] = sum;
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
    for r in 0..wv.rows {
        // SAFETY: row r starts at offset + r * row_stride and its `n` values end by
        // `wv.extent() <= w.len()`; vector accesses stay below `body <= n`, and `x_old`
        // and `x_new` hold `n` values (the caller's guarantees).
        unsafe {
            let row = w.as_mut_ptr().add(wv.offset + r * wv.row_stride);
            let t = splat(step[r]);
            let (mut acc0, mut acc1) = (zero(), zero());
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
            let mut l = lanes(add(acc0, acc1));
            let mut width = W;
            while width > 1 {
                width /= 2;
                for k in 0..width {
                    l[k] += l[k + width];
                }
            }
            let mut sum = l[0];
            for k in body..n {
                let v = *row.add(k) + step[r] * *xo.add(k);
                *row.add(k) = v;
                sum = v.mul_add(*xn.add(k), sum);
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
