//! The C library's `exp`, reproduced operation for operation, so that the exact path can
//! evaluate FANN's sigmoids and Gaussians inline instead of calling libm once per neuron
//! (on small nets that call is most of the run time).
//!
//! glibc 2.28 and later evaluate `exp` with a 128-entry table of 2^(k/128) and a degree-5
//! polynomial; on CPUs with FMA and AVX2 its dynamic loader picks a build whose products and sums
//! are fused in a fixed pattern, which [`exp_fma`] repeats, so the results have the same
//! bits. Arguments outside the table's range (|x| < 2^-54, |x| >= 512, infinities, NaN)
//! go to libm itself. Another C library, or another build of this one, may round
//! differently, so callers use [`exp_fma`] only after [`agrees_with_libm`] has checked it
//! against the running libm.

#![cfg(target_arch = "x86_64")]

use super::glibc_exp_table::EXP_TABLE;

/// 128 / ln 2, and -ln 2 / 128 in two parts (the first with trailing zeros, so its
/// product with the integer `kd` is exact).
const INV_LN2_N: u64 = 0x4067_1547_652b_82fe;
const NEG_LN2_HI_N: u64 = 0xbf76_2e42_fefa_0000;
const NEG_LN2_LO_N: u64 = 0xbd0c_f79a_bc9e_3b3a;
/// Polynomial coefficients of r^2 .. r^5.
const C2: u64 = 0x3fdf_ffff_ffff_fdbd;
const C3: u64 = 0x3fc5_5555_5555_543c;
const C4: u64 = 0x3fa5_5555_cf17_2b91;
const C5: u64 = 0x3f81_1111_67a4_d017;
/// 1.5 * 2^52: adding it rounds to an integer held in the low mantissa bits.
const SHIFT: u64 = 0x4338_0000_0000_0000;
/// 2^-54, the smallest magnitude the table path takes.
const TINY: u64 = 0x3c90_0000_0000_0000;

/// `exp(x)` as glibc's FMA build computes it.
///
/// # Safety
/// Callers outside FMA-enabled code must make sure the CPU has FMA.
#[target_feature(enable = "fma")]
#[inline]
pub fn exp_fma(x: f64) -> f64 {
    let ax = x.abs();
    if !(ax >= f64::from_bits(TINY) && ax < 512.0) {
        return x.exp();
    }
    let shift = f64::from_bits(SHIFT);
    let kd_shifted = x.mul_add(f64::from_bits(INV_LN2_N), shift);
    let ki = kd_shifted.to_bits();
    let kd = kd_shifted - shift;
    let r = kd.mul_add(f64::from_bits(NEG_LN2_HI_N), x);
    let r = kd.mul_add(f64::from_bits(NEG_LN2_LO_N), r);
    let i = 2 * (ki & 127) as usize;
    let tail = f64::from_bits(EXP_TABLE[i]);
    let scale = f64::from_bits(EXP_TABLE[i + 1].wrapping_add(ki << 45));
    let r2 = r * r;
    let low = r
        .mul_add(f64::from_bits(C3), f64::from_bits(C2))
        .mul_add(r2, r + tail);
    let high = r.mul_add(f64::from_bits(C5), f64::from_bits(C4));
    let tmp = (r2 * r2).mul_add(high, low);
    scale.mul_add(tmp, scale)
}

/// Uniform numbers in [0, 1) from a 64-bit LCG seeded with `seed`.
fn uniform(seed: u64) -> impl Iterator<Item = f64> {
    std::iter::successors(Some(seed), |s| {
        Some(
            s.wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407),
        )
    })
    .skip(1)
    .map(|s| (s >> 11) as f64 / (1u64 << 53) as f64)
}

/// The self-test's arguments (generated, not stored: the test runs when the first network
/// is made and should not add to its memory): every table entry near a few magnitudes, a
/// spread over the sigmoids' clamped range (|x| <= 300 at steepness 1) and beyond, the
/// range's edges, then 50,000 sigmoid arguments formed in `f32` and Gaussian arguments
/// (where builds that fuse differently disagree a few times in 10,000). About 0.5 ms,
/// once per process.
fn test_arguments() -> impl Iterator<Item = f64> {
    let ln2_128 = std::f64::consts::LN_2 / 128.0;
    let table = (0..1024).flat_map(move |k| {
        let x = (k as f64 - 512.0) * ln2_128;
        [x, x + 1e-7, x * 37.0 + 0.3]
    });
    let spread = uniform(0x243f_6a88_85a3_08d3)
        .take(3000)
        .enumerate()
        .map(|(i, u)| {
            if i % 3 == 0 {
                (u - 0.5) * 1100.0
            } else {
                (u - 0.5) * 8.0
            }
        });
    let edges = [0.0, f64::from_bits(TINY), 511.999, 512.0, 709.7, 745.2]
        .into_iter()
        .flat_map(|e| [e, -e])
        .chain([f64::INFINITY, f64::NEG_INFINITY, f64::NAN]);
    let activations = uniform(0x1319_8a2e_0370_7344)
        .take(50_000)
        .enumerate()
        .map(|(i, u)| {
            if i % 2 == 0 {
                (-2.0f32 * (u * 40.0 - 20.0) as f32) as f64
            } else {
                -(u * 6.0) * (u * 6.0)
            }
        });
    table.chain(spread).chain(edges).chain(activations)
}

/// Whether [`exp_fma`] gives libm's bits on the self-test's ~56,000 arguments.
///
/// # Safety
/// Callers outside FMA-enabled code must make sure the CPU has FMA.
#[target_feature(enable = "fma")]
pub fn agrees_with_libm() -> bool {
    test_arguments().all(|x| {
        let (want, got) = (x.exp(), exp_fma(x));
        want.to_bits() == got.to_bits() || (want.is_nan() && got.is_nan())
    })
}
