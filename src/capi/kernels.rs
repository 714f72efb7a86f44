//! Matrix products for the core's fast path, by `matrixmultiply` (whose entry points are
//! `unsafe` raw-pointer functions, hence their place in the C layer).

use super::fann_data::fann_type;
use crate::engine::fast::{Gemm, NaiveGemm, View};

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

/// Threads for the fast path of the ordinary API: `FANN_NUM_THREADS` (default 1, at most
/// 256), read once.
pub(crate) fn num_threads() -> usize {
    static THREADS: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *THREADS.get_or_init(|| {
        std::env::var("FANN_NUM_THREADS")
            .ok()
            .and_then(|v| v.trim().parse::<usize>().ok())
            .map_or(1, |n| n.clamp(1, 256))
    })
}
