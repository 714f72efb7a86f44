//! The fast path's single-precision `exp` (used by its sigmoids) against libm.

use fann::engine::forward::{exp_f32, FloatArith};

#[test]
fn exp_f32_is_within_two_ulp_of_libm() {
    let mut worst = 0.0f64;
    let mut x = -87.0f32;
    while x <= 88.0 {
        let want = (x as f64).exp();
        let got = exp_f32(x) as f64;
        let rel = ((got - want) / want).abs();
        worst = worst.max(rel);
        x += 0.001;
    }
    // 2 ulp of f32 relative to the value: 2^-22.
    assert!(worst < 2.4e-7, "worst relative error {worst}");
}

#[test]
fn exp_f32_ends_and_nan() {
    assert!(exp_f32(f32::NAN).is_nan());
    assert!(exp_f32(-1000.0) > 0.0 && exp_f32(-1000.0) < 1e-37);
    assert!(exp_f32(1000.0).is_finite() && exp_f32(1000.0) > 1e38);
    assert_eq!(exp_f32(0.0), 1.0);
}

#[test]
fn fast_sigmoids_agree_with_fanns() {
    use fann::engine::activation::id;
    for f in [id::SIGMOID, id::SIGMOID_SYMMETRIC] {
        let mut x = -60.0f32;
        while x <= 60.0 {
            let exact = f32::activate(f, x).unwrap();
            let fast = f32::activate_fast(f, x).unwrap();
            assert!(
                (exact - fast).abs() <= 3e-7,
                "f {f} x {x}: {exact} vs {fast}"
            );
            x += 0.01;
        }
    }
    // Other functions are the exact ones.
    assert_eq!(
        f32::activate_fast(id::ELLIOT, 0.3).unwrap().to_bits(),
        f32::activate(id::ELLIOT, 0.3).unwrap().to_bits()
    );
}

#[test]
fn sincos_f32_is_within_3e8_of_libm() {
    use fann::engine::forward::sincos_f32;
    let mut worst = 0.0f64;
    let mut x = -160.0f32;
    while x <= 160.0 {
        let (s, c) = sincos_f32(x);
        let xd = x as f64;
        worst = worst
            .max((s as f64 - xd.sin()).abs())
            .max((c as f64 - xd.cos()).abs());
        x += 0.0037;
    }
    // the polynomials' error plus the final rounding to f32 (2^-25 near 1)
    assert!(worst < 9e-8, "worst absolute error {worst}");
    let (s, c) = sincos_f32(f32::NAN);
    assert!(s.is_nan() && c.is_nan());
    let (s, c) = sincos_f32(f32::INFINITY);
    assert!(s.is_nan() && c.is_nan());
}

/// The functions with a fast cascade-candidate form.
const CANDIDATE_FUNCTIONS: [u32; 8] = {
    use fann::engine::activation::id;
    [
        id::SIGMOID,
        id::SIGMOID_SYMMETRIC,
        id::GAUSSIAN,
        id::GAUSSIAN_SYMMETRIC,
        id::SIN_SYMMETRIC,
        id::COS_SYMMETRIC,
        id::SIN,
        id::COS,
    ]
};

#[test]
fn fast_candidate_functions_agree_with_fanns() {
    use fann::engine::activation::id;
    use fann::engine::train::activation_derived;
    for f in CANDIDATE_FUNCTIONS {
        for s in [0.25f32, 0.5, 1.0] {
            let mut sum = -40.0f32;
            while sum <= 40.0 {
                let (a, d) = f32::candidate_fast(f, s, sum).unwrap();
                let want_a = f32::activate(f, s * sum).unwrap();
                let want_d = activation_derived(f, s, want_a, sum).unwrap();
                assert!(
                    (a - want_a).abs() <= 3e-7,
                    "f {f} s {s} sum {sum}: {a} vs {want_a}"
                );
                let tol = 3e-7 * (1.0 + want_d.abs() + sum.abs());
                assert!(
                    (d - want_d).abs() <= tol,
                    "f {f} s {s} sum {sum}: {d} vs {want_d}"
                );
                sum += 0.013;
            }
        }
    }
    assert!(f32::candidate_fast(id::ELLIOT, 0.5, 1.0).is_none());
}

#[test]
fn candidate_runs_equal_single_candidates() {
    use fann::engine::activation::id;
    let steepnesses = [0.25f32, 0.5, 0.75, 1.0, 0.25, 0.5, 0.75, 1.0];
    let limits: Vec<f32> = steepnesses.iter().map(|s| 150.0 / s).collect();
    let sums = [-700.0f32, -3.0, -0.4, 0.0, 0.3, 2.5, 9.0, f32::NAN];
    for f in CANDIDATE_FUNCTIONS {
        let (mut a, mut d) = ([0.0f32; 8], [0.0f32; 8]);
        assert!(f32::candidates_fast_run(
            f,
            &steepnesses,
            &limits,
            &sums,
            &mut a,
            &mut d
        ));
        for k in 0..8 {
            let sum = if sums[k] > limits[k] {
                limits[k]
            } else if sums[k] < -limits[k] {
                -limits[k]
            } else {
                sums[k]
            };
            let (a1, d1) = f32::candidate_fast(f, steepnesses[k], sum).unwrap();
            assert_eq!(a[k].to_bits(), a1.to_bits(), "f {f} k {k}");
            assert_eq!(d[k].to_bits(), d1.to_bits(), "f {f} k {k}");
        }
    }
    let (mut a, mut d) = ([0.0f32; 8], [0.0f32; 8]);
    assert!(!f32::candidates_fast_run(
        id::ELLIOT,
        &steepnesses,
        &limits,
        &sums,
        &mut a,
        &mut d
    ));
}
