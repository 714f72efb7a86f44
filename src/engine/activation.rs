//! FANN's activation functions, evaluated with the exact operation order and precision of
//! FANN 2.2.0's `fann_activation_switch`, so outputs are bit-identical.

// The table constants are FANN's own decimal literals; `clamp` is avoided because FANN's
// comparison chains pass NaN through differently.
#![allow(clippy::excessive_precision, clippy::manual_clamp)]

/// Activation function ids (`enum fann_activationfunc_enum`).
pub mod id {
    pub const LINEAR: u32 = 0;
    pub const THRESHOLD: u32 = 1;
    pub const THRESHOLD_SYMMETRIC: u32 = 2;
    pub const SIGMOID: u32 = 3;
    pub const SIGMOID_STEPWISE: u32 = 4;
    pub const SIGMOID_SYMMETRIC: u32 = 5;
    pub const SIGMOID_SYMMETRIC_STEPWISE: u32 = 6;
    pub const GAUSSIAN: u32 = 7;
    pub const GAUSSIAN_SYMMETRIC: u32 = 8;
    pub const GAUSSIAN_STEPWISE: u32 = 9;
    pub const ELLIOT: u32 = 10;
    pub const ELLIOT_SYMMETRIC: u32 = 11;
    pub const LINEAR_PIECE: u32 = 12;
    pub const LINEAR_PIECE_SYMMETRIC: u32 = 13;
    pub const SIN_SYMMETRIC: u32 = 14;
    pub const COS_SYMMETRIC: u32 = 15;
    pub const SIN: u32 = 16;
    pub const COS: u32 = 17;
    pub const LINEAR_PIECE_RECT: u32 = 18;
    pub const LINEAR_PIECE_RECT_LEAKY: u32 = 19;
}

/// `FANN_ACTIVATIONFUNC_NAMES`, extended with the two functions added after 2.2.0.
pub const ACTIVATION_NAMES: [&str; 20] = [
    "FANN_LINEAR",
    "FANN_THRESHOLD",
    "FANN_THRESHOLD_SYMMETRIC",
    "FANN_SIGMOID",
    "FANN_SIGMOID_STEPWISE",
    "FANN_SIGMOID_SYMMETRIC",
    "FANN_SIGMOID_SYMMETRIC_STEPWISE",
    "FANN_GAUSSIAN",
    "FANN_GAUSSIAN_SYMMETRIC",
    "FANN_GAUSSIAN_STEPWISE",
    "FANN_ELLIOT",
    "FANN_ELLIOT_SYMMETRIC",
    "FANN_LINEAR_PIECE",
    "FANN_LINEAR_PIECE_SYMMETRIC",
    "FANN_SIN_SYMMETRIC",
    "FANN_COS_SYMMETRIC",
    "FANN_SIN",
    "FANN_COS",
    "FANN_LINEAR_PIECE_RECT",
    "FANN_LINEAR_PIECE_RECT_LEAKY",
];

/// Name of an activation function id; out-of-range ids have no name.
pub fn activation_name(f: u32) -> Option<&'static str> {
    ACTIVATION_NAMES.get(f as usize).copied()
}

/// Whether the output error of a neuron with this function is halved (symmetric range).
pub fn is_symmetric(f: u32) -> bool {
    matches!(
        f,
        id::LINEAR_PIECE_SYMMETRIC
            | id::THRESHOLD_SYMMETRIC
            | id::SIGMOID_SYMMETRIC
            | id::SIGMOID_SYMMETRIC_STEPWISE
            | id::ELLIOT_SYMMETRIC
            | id::GAUSSIAN_SYMMETRIC
            | id::SIN_SYMMETRIC
            | id::COS_SYMMETRIC
    )
}

/// Breakpoints and values of FANN's stepwise sigmoid (double literals in FANN's source).
const SIGMOID_STEPWISE_V: [f64; 6] = [
    -2.64665246009826660156e+00,
    -1.47221946716308593750e+00,
    -5.49306154251098632812e-01,
    5.49306154251098632812e-01,
    1.47221934795379638672e+00,
    2.64665293693542480469e+00,
];
const SIGMOID_STEPWISE_R: [f64; 6] = [
    4.99999988824129104614e-03,
    5.00000007450580596924e-02,
    2.50000000000000000000e-01,
    7.50000000000000000000e-01,
    9.49999988079071044922e-01,
    9.95000004768371582031e-01,
];
const SIGMOID_SYMMETRIC_STEPWISE_V: [f64; 6] = [
    -2.64665293693542480469e+00,
    -1.47221934795379638672e+00,
    -5.49306154251098632812e-01,
    5.49306154251098632812e-01,
    1.47221934795379638672e+00,
    2.64665293693542480469e+00,
];
const SIGMOID_SYMMETRIC_STEPWISE_R: [f64; 6] = [
    -9.90000009536743164062e-01,
    -8.99999976158142089844e-01,
    -5.00000000000000000000e-01,
    5.00000000000000000000e-01,
    8.99999976158142089844e-01,
    9.90000009536743164062e-01,
];

/// FANN's piecewise-linear interpolation with its comparison cascade, generic over the
/// arithmetic so the fixed-point build can share it.
pub fn stepwise<T>(v: &[T; 6], r: &[T; 6], lo: T, hi: T, x: T) -> T
where
    T: Copy + PartialOrd,
    T: LinearSegment,
{
    let seg = |k: usize| T::segment(v[k], r[k], v[k + 1], r[k + 1], x);
    if x < v[4] {
        if x < v[2] {
            if x < v[1] {
                if x < v[0] {
                    lo
                } else {
                    seg(0)
                }
            } else {
                seg(1)
            }
        } else if x < v[3] {
            seg(2)
        } else {
            seg(3)
        }
    } else if x < v[5] {
        seg(4)
    } else {
        hi
    }
}

/// `fann_linear_func(v1, r1, v2, r2, x)` = `((r2 - r1) * (x - v1)) / (v2 - v1) + r1`.
pub trait LinearSegment: Sized {
    fn segment(v1: Self, r1: Self, v2: Self, r2: Self, x: Self) -> Self;
}

impl LinearSegment for f64 {
    fn segment(v1: f64, r1: f64, v2: f64, r2: f64, x: f64) -> f64 {
        (((r2 - r1) * (x - v1)) / (v2 - v1)) + r1
    }
}

impl LinearSegment for i32 {
    /// C `int` arithmetic: wraps where FANN overflows; a zero divisor yields 0 instead of a trap.
    fn segment(v1: i32, r1: i32, v2: i32, r2: i32, x: i32) -> i32 {
        let num = r2.wrapping_sub(r1).wrapping_mul(x.wrapping_sub(v1));
        let den = v2.wrapping_sub(v1);
        num.checked_div(den).unwrap_or(0).wrapping_add(r1)
    }
}

fn abs32(x: f32) -> f32 {
    if x > 0.0 {
        x
    } else {
        -x
    }
}

fn abs64(x: f64) -> f64 {
    if x > 0.0 {
        x
    } else {
        -x
    }
}

/// Activation of a float-build neuron. `None` for ids FANN does not handle (value unchanged).
///
/// `-x*x`, except that a NaN keeps its sign (FANN's compiled code returns +NaN for +NaN).
fn gauss_arg32(x: f32) -> f32 {
    let sq = x * x;
    if sq.is_nan() {
        sq
    } else {
        -sq
    }
}

fn gauss_arg64(x: f64) -> f64 {
    let sq = x * x;
    if sq.is_nan() {
        sq
    } else {
        -sq
    }
}

/// FANN 2.2.0's float build mixes precisions: arguments are formed in `f32`, but `exp`,
/// `sin`, `cos`, the stepwise tables and whatever follows them are evaluated in `f64`.
#[inline(always)]
pub fn activate_f32(f: u32, x: f32) -> Option<f32> {
    activate_f32_with(f, x, f64::exp)
}

/// [`activate_f32`] with the C library's `exp` supplied by the caller (`exp` must round
/// exactly as libm's does for the result to stay FANN's).
#[inline(always)]
pub fn activate_f32_with(f: u32, x: f32, exp: impl Fn(f64) -> f64) -> Option<f32> {
    let xd = x as f64;
    Some(match f {
        id::LINEAR => x,
        id::LINEAR_PIECE => {
            if x < 0.0 {
                0.0
            } else if x > 1.0 {
                1.0
            } else {
                x
            }
        }
        id::LINEAR_PIECE_SYMMETRIC => {
            if x < -1.0 {
                -1.0
            } else if x > 1.0 {
                1.0
            } else {
                x
            }
        }
        id::SIGMOID => (1.0 / (1.0 + exp((-2.0f32 * x) as f64))) as f32,
        id::SIGMOID_SYMMETRIC => (2.0 / (1.0 + exp((-2.0f32 * x) as f64)) - 1.0) as f32,
        id::SIGMOID_SYMMETRIC_STEPWISE => stepwise(
            &SIGMOID_SYMMETRIC_STEPWISE_V,
            &SIGMOID_SYMMETRIC_STEPWISE_R,
            -1.0,
            1.0,
            xd,
        ) as f32,
        id::SIGMOID_STEPWISE => {
            stepwise(&SIGMOID_STEPWISE_V, &SIGMOID_STEPWISE_R, 0.0, 1.0, xd) as f32
        }
        id::THRESHOLD => {
            if x < 0.0 {
                0.0
            } else {
                1.0
            }
        }
        id::THRESHOLD_SYMMETRIC => {
            if x < 0.0 {
                -1.0
            } else {
                1.0
            }
        }
        id::GAUSSIAN => exp(gauss_arg32(x) as f64) as f32,
        id::GAUSSIAN_SYMMETRIC => (exp(gauss_arg32(x) as f64) * 2.0 - 1.0) as f32,
        id::ELLIOT => (x / 2.0) / (1.0 + abs32(x)) + 0.5,
        id::ELLIOT_SYMMETRIC => x / (1.0 + abs32(x)),
        id::SIN_SYMMETRIC => xd.sin() as f32,
        id::COS_SYMMETRIC => xd.cos() as f32,
        id::SIN => (xd.sin() / 2.0 + 0.5) as f32,
        id::COS => (xd.cos() / 2.0 + 0.5) as f32,
        id::GAUSSIAN_STEPWISE => 0.0,
        id::LINEAR_PIECE_RECT => {
            if x < 0.0 {
                0.0
            } else {
                x
            }
        }
        id::LINEAR_PIECE_RECT_LEAKY => {
            if x < 0.0 {
                (xd * 0.01) as f32
            } else {
                x
            }
        }
        _ => return None,
    })
}

/// Activation of a double-build neuron. `None` for ids FANN does not handle.
#[inline(always)]
pub fn activate_f64(f: u32, x: f64) -> Option<f64> {
    activate_f64_with(f, x, f64::exp)
}

/// [`activate_f64`] with the C library's `exp` supplied by the caller.
#[inline(always)]
pub fn activate_f64_with(f: u32, x: f64, exp: impl Fn(f64) -> f64) -> Option<f64> {
    Some(match f {
        id::LINEAR => x,
        id::LINEAR_PIECE => {
            if x < 0.0 {
                0.0
            } else if x > 1.0 {
                1.0
            } else {
                x
            }
        }
        id::LINEAR_PIECE_SYMMETRIC => {
            if x < -1.0 {
                -1.0
            } else if x > 1.0 {
                1.0
            } else {
                x
            }
        }
        id::SIGMOID => 1.0 / (1.0 + exp(-2.0 * x)),
        id::SIGMOID_SYMMETRIC => 2.0 / (1.0 + exp(-2.0 * x)) - 1.0,
        id::SIGMOID_SYMMETRIC_STEPWISE => stepwise(
            &SIGMOID_SYMMETRIC_STEPWISE_V,
            &SIGMOID_SYMMETRIC_STEPWISE_R,
            -1.0,
            1.0,
            x,
        ),
        id::SIGMOID_STEPWISE => stepwise(&SIGMOID_STEPWISE_V, &SIGMOID_STEPWISE_R, 0.0, 1.0, x),
        id::THRESHOLD => {
            if x < 0.0 {
                0.0
            } else {
                1.0
            }
        }
        id::THRESHOLD_SYMMETRIC => {
            if x < 0.0 {
                -1.0
            } else {
                1.0
            }
        }
        id::GAUSSIAN => exp(gauss_arg64(x)),
        id::GAUSSIAN_SYMMETRIC => exp(gauss_arg64(x)) * 2.0 - 1.0,
        id::ELLIOT => (x / 2.0) / (1.0 + abs64(x)) + 0.5,
        id::ELLIOT_SYMMETRIC => x / (1.0 + abs64(x)),
        id::SIN_SYMMETRIC => x.sin(),
        id::COS_SYMMETRIC => x.cos(),
        id::SIN => x.sin() / 2.0 + 0.5,
        id::COS => x.cos() / 2.0 + 0.5,
        id::GAUSSIAN_STEPWISE => 0.0,
        id::LINEAR_PIECE_RECT => {
            if x < 0.0 {
                0.0
            } else {
                x
            }
        }
        id::LINEAR_PIECE_RECT_LEAKY => {
            if x < 0.0 {
                x * 0.01
            } else {
                x
            }
        }
        _ => return None,
    })
}
