//! The three number types FANN is built for: `f32`, `f64` and fixed point (`i32`).
//!
//! Everything that differs between them in the forward pass and in weight drawing lives
//! behind [`FannNum`], so the rest of the engine is written once.

use std::fmt::Debug;

use super::forward::{self, RunEvent};
use super::network::Network;
use super::rng::{fann_rand, RandomSource};

/// Which of FANN's three builds a number type corresponds to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumKind {
    Float,
    Double,
    Fixed,
}

/// A FANN `fann_type`.
pub trait FannNum: Copy + Default + PartialEq + PartialOrd + Debug + Send + Sync + 'static {
    const KIND: NumKind;
    /// Size in bytes, as C sees it.
    const SIZE: usize;

    fn zero() -> Self;
    /// The value 1 as a neuron output (fixed point: the multiplier).
    fn one(multiplier: u32) -> Self;
    /// C's `(fann_type)x` for an `f64` value (fixed point truncates as x86 does).
    fn from_f64(x: f64) -> Self;
    /// C's `(fann_type)x` for an `f32` value.
    fn from_f32(x: f32) -> Self;
    /// C's `(float)x`.
    fn to_f32(self) -> f32;
    /// C's `(double)x`.
    fn to_f64(self) -> f64;

    /// `fann_random_weight()` of this build.
    fn random_weight(rng: &mut dyn RandomSource, multiplier: u32) -> Self;
    /// `fann_random_bias_weight()` of this build.
    fn random_bias_weight(rng: &mut dyn RandomSource, multiplier: u32) -> Self;
    /// `(fann_type) fann_rand(min, max)`.
    fn rand_between(rng: &mut dyn RandomSource, min: Self, max: Self) -> Self {
        Self::from_f32(fann_rand(rng, min.to_f32(), max.to_f32()))
    }

    /// The forward pass of this build.
    fn forward(net: &mut Network<Self>, input: &[Self], events: &mut dyn FnMut(RunEvent));

    /// C arithmetic in `fann_type` (fixed point wraps; its division by zero, a trap in C,
    /// gives 0 here).
    fn c_add(self, o: Self) -> Self;
    fn c_sub(self, o: Self) -> Self;
    fn c_mul(self, o: Self) -> Self;
    fn c_div(self, o: Self) -> Self;
}

macro_rules! float_arith {
    () => {
        fn c_add(self, o: Self) -> Self {
            self + o
        }
        fn c_sub(self, o: Self) -> Self {
            self - o
        }
        fn c_mul(self, o: Self) -> Self {
            self * o
        }
        fn c_div(self, o: Self) -> Self {
            self / o
        }
    };
}

/// C's conversion of a `double` to `int` on x86-64: truncation, and `INT_MIN` for NaN and
/// values out of range (what `cvttsd2si` produces).
pub fn c_double_to_int(x: f64) -> i32 {
    if x.is_nan() || x >= 2147483648.0 || x <= -2147483649.0 {
        i32::MIN
    } else {
        x as i32
    }
}

/// C's conversion of a `float` to `int` on x86-64.
pub fn c_float_to_int(x: f32) -> i32 {
    c_double_to_int(x as f64)
}

/// C's conversion of a `double` to `unsigned int` on x86-64 (via a 64-bit signed conversion,
/// then truncation to 32 bits).
const TWO_POW_63: f64 = 9_223_372_036_854_775_808.0;

pub fn c_double_to_uint(x: f64) -> u32 {
    let wide = if !(-TWO_POW_63..TWO_POW_63).contains(&x) {
        i64::MIN
    } else {
        x as i64
    };
    wide as u32
}

impl FannNum for f32 {
    const KIND: NumKind = NumKind::Float;
    const SIZE: usize = 4;
    fn zero() -> Self {
        0.0
    }
    fn one(_: u32) -> Self {
        1.0
    }
    fn from_f64(x: f64) -> Self {
        x as f32
    }
    fn from_f32(x: f32) -> Self {
        x
    }
    fn to_f32(self) -> f32 {
        self
    }
    fn to_f64(self) -> f64 {
        self as f64
    }
    fn random_weight(rng: &mut dyn RandomSource, _: u32) -> Self {
        fann_rand(rng, -0.1, 0.1)
    }
    fn random_bias_weight(rng: &mut dyn RandomSource, _: u32) -> Self {
        fann_rand(rng, -0.1, 0.1)
    }
    fn forward(net: &mut Network<Self>, input: &[Self], _: &mut dyn FnMut(RunEvent)) {
        forward::run_float(net, input);
    }
    float_arith!();
}

impl FannNum for f64 {
    const KIND: NumKind = NumKind::Double;
    const SIZE: usize = 8;
    fn zero() -> Self {
        0.0
    }
    fn one(_: u32) -> Self {
        1.0
    }
    fn from_f64(x: f64) -> Self {
        x
    }
    fn from_f32(x: f32) -> Self {
        x as f64
    }
    fn to_f32(self) -> f32 {
        self as f32
    }
    fn to_f64(self) -> f64 {
        self
    }
    fn random_weight(rng: &mut dyn RandomSource, _: u32) -> Self {
        fann_rand(rng, -0.1, 0.1) as f64
    }
    fn random_bias_weight(rng: &mut dyn RandomSource, _: u32) -> Self {
        fann_rand(rng, -0.1, 0.1) as f64
    }
    fn forward(net: &mut Network<Self>, input: &[Self], _: &mut dyn FnMut(RunEvent)) {
        forward::run_float(net, input);
    }
    float_arith!();
}

impl FannNum for i32 {
    const KIND: NumKind = NumKind::Fixed;
    const SIZE: usize = 4;
    fn zero() -> Self {
        0
    }
    fn one(multiplier: u32) -> Self {
        multiplier as i32
    }
    fn from_f64(x: f64) -> Self {
        c_double_to_int(x)
    }
    fn from_f32(x: f32) -> Self {
        c_float_to_int(x)
    }
    fn to_f32(self) -> f32 {
        self as f32
    }
    fn to_f64(self) -> f64 {
        self as f64
    }
    fn random_weight(rng: &mut dyn RandomSource, multiplier: u32) -> Self {
        c_float_to_int(fann_rand(rng, 0.0, (multiplier / 10) as f32))
    }
    fn random_bias_weight(rng: &mut dyn RandomSource, multiplier: u32) -> Self {
        // FANN computes the lower bound in unsigned arithmetic, which wraps to a huge value.
        let low = 0u32.wrapping_sub(multiplier) / 10;
        c_float_to_int(fann_rand(rng, low as f32, (multiplier / 10) as f32))
    }
    fn forward(net: &mut Network<Self>, input: &[Self], events: &mut dyn FnMut(RunEvent)) {
        forward::run_fixed(net, input, events);
    }
    fn c_add(self, o: Self) -> Self {
        self.wrapping_add(o)
    }
    fn c_sub(self, o: Self) -> Self {
        self.wrapping_sub(o)
    }
    fn c_mul(self, o: Self) -> Self {
        self.wrapping_mul(o)
    }
    fn c_div(self, o: Self) -> Self {
        self.checked_div(o).unwrap_or(0)
    }
}

/// C's conversion of a `float` to `unsigned int` on x86-64.
pub fn c_float_to_uint(x: f32) -> u32 {
    c_double_to_uint(x as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn double_to_int_matches_x86() {
        assert_eq!(c_double_to_int(2.9), 2);
        assert_eq!(c_double_to_int(-2.9), -2);
        assert_eq!(c_double_to_int(f64::NAN), i32::MIN);
        assert_eq!(c_double_to_int(3e9), i32::MIN);
        assert_eq!(c_double_to_uint(-5.5), 4294967291);
        assert_eq!(c_double_to_uint(f64::NAN), 0);
    }
}
