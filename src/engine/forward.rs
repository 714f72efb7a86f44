//! The forward pass (`fann_run`), bit-exact with FANN 2.2.0.

use std::ops::{Add, Div, Mul, Neg, Sub};

use super::activation::{id as act, stepwise};
use super::network::{nettype, Network};
use super::num::FannNum;

/// Things the fixed-point forward pass reports (FANN prints or raises these).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RunEvent {
    /// An input's magnitude exceeds the multiplier (FANN prints a warning to stdout).
    InputOutOfRange {
        index: u32,
        value: i32,
        multiplier: i32,
    },
    /// A neuron uses a function the fixed-point build cannot evaluate (error 13).
    CantUseActivation,
}

/// Arithmetic the float builds need.
pub trait FloatArith:
    FannNum
    + Add<Output = Self>
    + Sub<Output = Self>
    + Mul<Output = Self>
    + Div<Output = Self>
    + Neg<Output = Self>
{
    fn from_i32(x: i32) -> Self;
    /// The activation function `f` of this build at `x` (`None` for unknown functions).
    fn activate(f: u32, x: Self) -> Option<Self>;

    /// `activate` with `exp` in place of libm's (which it must round as).
    fn activate_with(f: u32, x: Self, exp: impl Fn(f64) -> f64) -> Option<Self>;

    /// `activate` for the fast path: equal up to rounding (the float build's sigmoids use a
    /// single-precision `exp` instead of FANN's double one).
    #[inline(always)]
    fn activate_fast(f: u32, x: Self) -> Option<Self> {
        Self::activate(f, x)
    }

    /// For a row of neurons sharing function `f` and steepness `s`: turns the raw sums into
    /// scaled, clamped ones and writes the outputs (`activate_fast` of each), if this build
    /// has a vectorisable form of `f`; `false` (nothing done) otherwise.
    #[inline(always)]
    fn activate_row_fast(_f: u32, _s: Self, _sums: &mut [Self], _values: &mut [Self]) -> bool {
        false
    }

    /// A cascade candidate's output and derivative at (clamped) `sum` with steepness `s`
    /// on the fast path, for the functions this build has a fast form of.
    #[inline(always)]
    fn candidate_fast(_f: u32, _s: Self, _sum: Self) -> Option<(Self, Self)> {
        None
    }

    /// `candidate_fast` over a run of candidates sharing function `f`: raw sums clamped to
    /// `+-limits`, outputs and derivatives written; `false` (nothing done) where this build
    /// has no fast form of `f`.
    #[inline(always)]
    fn candidates_fast_run(
        _f: u32,
        _steepnesses: &[Self],
        _limits: &[Self],
        _sums: &[Self],
        _outputs: &mut [Self],
        _derivatives: &mut [Self],
    ) -> bool {
        false
    }
}

impl FloatArith for f32 {
    #[inline]
    fn from_i32(x: i32) -> Self {
        x as f32
    }
    #[inline(always)]
    fn activate(f: u32, x: Self) -> Option<Self> {
        super::activation::activate_f32(f, x)
    }
    #[inline(always)]
    fn activate_with(f: u32, x: Self, exp: impl Fn(f64) -> f64) -> Option<Self> {
        super::activation::activate_f32_with(f, x, exp)
    }
    #[inline(always)]
    fn activate_fast(f: u32, x: Self) -> Option<Self> {
        use super::activation::id;
        match f {
            // One neuron at a time latency counts: libm's `expf` (a table and a short
            // polynomial) is quicker here than the vectorisable `exp_f32`.
            id::SIGMOID => Some(1.0 / (1.0 + (-2.0 * x).exp())),
            id::SIGMOID_SYMMETRIC => Some(2.0 / (1.0 + (-2.0 * x).exp()) - 1.0),
            _ => super::activation::activate_f32(f, x),
        }
    }
    #[inline(always)]
    fn activate_row_fast(f: u32, s: Self, sums: &mut [Self], values: &mut [Self]) -> bool {
        use super::activation::id;
        let (scale, offset) = match f {
            id::SIGMOID => (1.0, 0.0),
            id::SIGMOID_SYMMETRIC => (2.0, -1.0),
            _ => return false,
        };
        let max_sum = 150.0 / s;
        for (x, y) in sums.iter_mut().zip(values.iter_mut()) {
            let v = clamp_sum(s * *x, max_sum);
            *x = v;
            *y = scale / (1.0 + exp_f32(-2.0 * v)) + offset;
        }
        true
    }
    #[inline(always)]
    fn candidates_fast_run(
        f: u32,
        steepnesses: &[Self],
        limits: &[Self],
        sums: &[Self],
        outputs: &mut [Self],
        derivatives: &mut [Self],
    ) -> bool {
        use super::activation::id;
        // One loop per function, so each body is branch-free and vectorises.
        macro_rules! each {
            ($body:expr) => {{
                let items = steepnesses
                    .iter()
                    .zip(limits)
                    .zip(sums)
                    .zip(outputs.iter_mut())
                    .zip(derivatives.iter_mut());
                for ((((&s, &m), &raw), a), d) in items {
                    let (y, dy) = $body(s, clamp_sum(raw, m));
                    *a = y;
                    *d = dy;
                }
                true
            }};
        }
        match f {
            id::SIGMOID => each!(|s: f32, sum: f32| {
                let a = 1.0 / (1.0 + exp_f32(-2.0 * (s * sum)));
                let c = a.clamp(0.01, 0.99);
                (a, 2.0 * s * c * (1.0 - c))
            }),
            id::SIGMOID_SYMMETRIC => each!(|s: f32, sum: f32| {
                let a = 2.0 / (1.0 + exp_f32(-2.0 * (s * sum))) - 1.0;
                let c = a.clamp(-0.98, 0.98);
                (a, s * (1.0 - c * c))
            }),
            id::GAUSSIAN => each!(|s: f32, sum: f32| {
                let x = s * sum;
                let a = exp_f32(-(x * x));
                (a, -2.0 * sum * a * s * s)
            }),
            id::GAUSSIAN_SYMMETRIC => each!(|s: f32, sum: f32| {
                let x = s * sum;
                let a = 2.0 * exp_f32(-(x * x)) - 1.0;
                (a, -2.0 * sum * (a + 1.0) * s * s)
            }),
            id::SIN_SYMMETRIC => each!(|s: f32, sum: f32| {
                let (sn, cs) = sincos_f32(s * sum);
                (sn, s * cs)
            }),
            id::COS_SYMMETRIC => each!(|s: f32, sum: f32| {
                let (sn, cs) = sincos_f32(s * sum);
                (cs, s * -sn)
            }),
            id::SIN => each!(|s: f32, sum: f32| {
                let (sn, cs) = sincos_f32(s * sum);
                (sn / 2.0 + 0.5, s * cs / 2.0)
            }),
            id::COS => each!(|s: f32, sum: f32| {
                let (sn, cs) = sincos_f32(s * sum);
                (cs / 2.0 + 0.5, s * -sn / 2.0)
            }),
            _ => false,
        }
    }
    #[inline(always)]
    fn candidate_fast(f: u32, s: Self, sum: Self) -> Option<(Self, Self)> {
        use super::activation::id;
        let x = s * sum;
        Some(match f {
            id::SIGMOID => {
                let a = 1.0 / (1.0 + exp_f32(-2.0 * x));
                let c = a.clamp(0.01, 0.99);
                (a, 2.0 * s * c * (1.0 - c))
            }
            id::SIGMOID_SYMMETRIC => {
                let a = 2.0 / (1.0 + exp_f32(-2.0 * x)) - 1.0;
                let c = a.clamp(-0.98, 0.98);
                (a, s * (1.0 - c * c))
            }
            id::GAUSSIAN => {
                let a = exp_f32(-(x * x));
                (a, -2.0 * sum * a * s * s)
            }
            id::GAUSSIAN_SYMMETRIC => {
                let a = 2.0 * exp_f32(-(x * x)) - 1.0;
                (a, -2.0 * sum * (a + 1.0) * s * s)
            }
            id::SIN_SYMMETRIC => {
                let (sn, cs) = sincos_f32(x);
                (sn, s * cs)
            }
            id::COS_SYMMETRIC => {
                let (sn, cs) = sincos_f32(x);
                (cs, s * -sn)
            }
            id::SIN => {
                let (sn, cs) = sincos_f32(x);
                (sn / 2.0 + 0.5, s * cs / 2.0)
            }
            id::COS => {
                let (sn, cs) = sincos_f32(x);
                (cs / 2.0 + 0.5, s * -sn / 2.0)
            }
            _ => return None,
        })
    }
}

impl FloatArith for f64 {
    #[inline]
    fn from_i32(x: i32) -> Self {
        x as f64
    }
    #[inline(always)]
    fn activate(f: u32, x: Self) -> Option<Self> {
        super::activation::activate_f64(f, x)
    }
    #[inline(always)]
    fn activate_with(f: u32, x: Self, exp: impl Fn(f64) -> f64) -> Option<Self> {
        super::activation::activate_f64_with(f, x, exp)
    }
}

/// `e^x` in single precision (within about 2 ulp; NaN stays NaN, the result saturates at
/// the ends of the range instead of reaching 0 or infinity): range reduction by powers of
/// two and a degree-6 polynomial.
#[inline(always)]
pub fn exp_f32(x: f32) -> f32 {
    const LOG2E: f32 = std::f32::consts::LOG2_E;
    const LN2_HI: f32 = 0.693_145_75;
    const LN2_LO: f32 = 1.428_606_8e-6;
    // Round to nearest without a libm call: adding 1.5 * 2^23 leaves k in the low bits.
    const SHIFT: f32 = 12_582_912.0;
    let x = x.clamp(-87.0, 88.0);
    let t = x * LOG2E + SHIFT;
    let k = t - SHIFT;
    let r = (x - k * LN2_HI) - k * LN2_LO;
    let p = 1.0
        + r * (1.0
            + r * (0.5
                + r * (1.0 / 6.0 + r * (1.0 / 24.0 + r * (1.0 / 120.0 + r * (1.0 / 720.0))))));
    // k is in -126..=127 here, so 2^k is a normal float.
    let k = t.to_bits() as i32 - SHIFT.to_bits() as i32;
    let scale = f32::from_bits(((k + 127) as u32) << 23);
    p * scale
}

/// `(sin x, cos x)` for single-precision results: the argument reduced by multiples of
/// pi/2 in double precision, then Taylor polynomials (errors below 3e-8 absolute); NaN
/// and infinities give NaN.
#[inline(always)]
pub fn sincos_f32(x: f32) -> (f32, f32) {
    use std::f64::consts::{FRAC_2_PI, FRAC_PI_2};
    // Round to nearest without a libm call (|x| is far below 2^51 when finite).
    const SHIFT: f64 = 6_755_399_441_055_744.0;
    let xd = x as f64;
    let k = (xd * FRAC_2_PI + SHIFT) - SHIFT;
    let r = xd - k * FRAC_PI_2;
    let r2 = r * r;
    let s = r + r * r2 * (-1.0 / 6.0 + r2 * (1.0 / 120.0 + r2 * (-1.0 / 5040.0 + r2 / 362_880.0)));
    let c = 1.0 - r2 / 2.0 + r2 * r2 * (1.0 / 24.0 + r2 * (-1.0 / 720.0 + r2 / 40_320.0));
    // The quadrant by selects rather than branches, so loops over this vectorise.
    let q = (k as i64) & 3;
    let (s, c) = if q & 1 != 0 { (c, s) } else { (s, c) };
    let s = if q & 2 != 0 { -s } else { s };
    let c = if (q + 1) & 2 != 0 { -c } else { c };
    (s as f32, c as f32)
}

/// FANN's unrolled dot product: the `n % 4` leftover terms first in descending order, then
/// blocks of four each summed left to right before being added.
#[inline]
pub(crate) fn dot<T, F, A, M>(w: &[T], v: F, add: A, mul: M, zero: T) -> T
where
    T: Copy,
    F: Fn(usize) -> T,
    A: Fn(T, T) -> T,
    M: Fn(T, T) -> T,
{
    let n = w.len();
    let k = n & 3;
    let mut acc = zero;
    if k == 3 {
        acc = add(acc, mul(w[2], v(2)));
    }
    if k >= 2 {
        acc = add(acc, mul(w[1], v(1)));
    }
    if k >= 1 {
        acc = add(acc, mul(w[0], v(0)));
    }
    let mut i = k;
    while i < n {
        let block = add(
            add(
                add(mul(w[i], v(i)), mul(w[i + 1], v(i + 1))),
                mul(w[i + 2], v(i + 2)),
            ),
            mul(w[i + 3], v(i + 3)),
        );
        acc = add(acc, block);
        i += 4;
    }
    acc
}

/// Copies the inputs into the input neurons and sets the input bias.
fn load_inputs<T: FannNum>(net: &mut Network<T>, input: &[T], bias: T) {
    let n = (net.num_input as usize)
        .min(input.len())
        .min(net.neurons.len());
    for (neuron, &x) in net.neurons[..n].iter_mut().zip(input) {
        neuron.value = x;
    }
    if let Some(first) = net.layers.first() {
        if first.last > 0 {
            net.neurons[first.last - 1].value = bias;
        }
    }
}

/// Source value of connection `i` of a neuron of layer `li`: fully connected nets address
/// the previous layer (or, for shortcut nets, the whole net) by position; sparse nets use
/// their connections.
#[inline]
fn source_value<T: FannNum>(
    net: &Network<T>,
    full: bool,
    base: usize,
    li: usize,
    first_con: usize,
    i: usize,
) -> T {
    let idx = if full {
        base + i
    } else {
        net.source_at(li, first_con, i)
    };
    net.neurons[idx].value
}

fn store_outputs<T: FannNum>(net: &mut Network<T>) {
    if let Some(last) = net.layers.last() {
        let first = last.first;
        for (i, out) in net.output.iter_mut().enumerate() {
            *out = net.neurons[first + i].value;
        }
    }
}

/// `steepness * raw`, clamped to +-150/steepness.
#[inline]
pub(crate) fn scaled_sum<T: FloatArith>(steepness: T, raw: T) -> T {
    clamp_sum(steepness * raw, T::from_i32(150) / steepness)
}

/// `x` clamped to `+-max_sum` with FANN's comparison chain (NaN passes through, unlike
/// `clamp`).
#[inline(always)]
pub(crate) fn clamp_sum<T: PartialOrd + std::ops::Neg<Output = T> + Copy>(x: T, max_sum: T) -> T {
    if x > max_sum {
        max_sum
    } else if x < -max_sum {
        -max_sum
    } else {
        x
    }
}

/// FANN's unrolled dot product on contiguous values (same order as [`dot`]).
#[inline]
pub(crate) fn dot_exact<T: FloatArith>(w: &[T], x: &[T]) -> T {
    let n = w.len().min(x.len());
    let (w, x) = (&w[..n], &x[..n]);
    let k = n & 3;
    let mut acc = T::zero();
    if k == 3 {
        acc = acc + w[2] * x[2];
    }
    if k >= 2 {
        acc = acc + w[1] * x[1];
    }
    if k >= 1 {
        acc = acc + w[0] * x[0];
    }
    for (wc, xc) in w[k..].chunks_exact(4).zip(x[k..].chunks_exact(4)) {
        acc = acc + (((wc[0] * xc[0] + wc[1] * xc[1]) + wc[2] * xc[2]) + wc[3] * xc[3]);
    }
    acc
}

/// Layers with more sources than this have them gathered into one contiguous buffer
/// first; smaller ones are read in place (the copy would cost more than it saves).
const GATHER_ABOVE: usize = 32;

/// [`dot_exact`] with the values read from the source neurons in place.
#[inline]
fn dot_exact_neurons<T: FloatArith>(w: &[T], src: &[super::network::Neuron<T>]) -> T {
    let n = w.len().min(src.len());
    let k = n & 3;
    let (w_head, w_body) = w[..n].split_at(k);
    let (x_head, x_body) = src[..n].split_at(k);
    // FANN adds the leftover connections first, from the highest down.
    let mut acc = T::zero();
    if k == 3 {
        acc = acc + w_head[2] * x_head[2].value;
    }
    if k >= 2 {
        acc = acc + w_head[1] * x_head[1].value;
    }
    if k >= 1 {
        acc = acc + w_head[0] * x_head[0].value;
    }
    for (wc, xc) in w_body.chunks_exact(4).zip(x_body.chunks_exact(4)) {
        acc = acc
            + (((wc[0] * xc[0].value + wc[1] * xc[1].value) + wc[2] * xc[2].value)
                + wc[3] * xc[3].value);
    }
    acc
}

/// The fast path's pass of small fully connected nets: FANN's, with the fast activation
/// functions. `false` (nothing done) for sparse nets.
pub fn run_float_small<T: FloatArith>(net: &mut Network<T>, input: &[T]) -> bool {
    if net.connection_rate.is_nan() || net.connection_rate < 1.0 {
        return false;
    }
    run_float_with(net, input, Fast);
    true
}

/// Forward pass of the float and double builds (an installed `exact_forward` if any).
pub fn run_float<T: FloatArith>(net: &mut Network<T>, input: &[T]) {
    if let Some(forward) = net.exact_forward {
        return forward(net, input);
    }
    run_float_with(net, input, WithExp(f64::exp));
}

/// [`run_float`] with libm's `exp` evaluated inline by [`super::glibc_exp::exp_fma`]:
/// bit-identical where `glibc_exp::agrees_with_libm()` holds, which the caller checks.
///
/// # Safety
/// The CPU must have AVX2 and FMA.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,fma")]
pub fn run_float_glibc_fma<T: FloatArith>(net: &mut Network<T>, input: &[T]) {
    run_float_with(net, input, WithExp(|a| super::glibc_exp::exp_fma(a)));
}

/// FANN's pass (inputs, layers, outputs) with the activation functions of `act`.
#[inline(always)]
fn run_float_with<T: FloatArith>(net: &mut Network<T>, input: &[T], act: impl Activation<T>) {
    load_inputs(net, input, T::from_i32(1));
    if is_layered_small(net) {
        run_layers_small(net, act);
    } else if net.connection_rate >= 1.0 {
        run_float_full(net, act);
    } else {
        run_float_sparse(net, act);
    }
    store_outputs(net);
}

/// An activation function evaluator the passes are compiled for (a trait, not a closure,
/// so that it is always inlined into the per-neuron loop).
trait Activation<T> {
    fn activate(&self, f: u32, x: T) -> Option<T>;
}

/// FANN's functions with `exp` standing in for libm's.
struct WithExp<E>(E);

impl<T: FloatArith, E: Fn(f64) -> f64> Activation<T> for WithExp<E> {
    #[inline(always)]
    fn activate(&self, f: u32, x: T) -> Option<T> {
        T::activate_with(f, x, &self.0)
    }
}

/// The fast path's functions ([`FloatArith::activate_fast`]).
struct Fast;

impl<T: FloatArith> Activation<T> for Fast {
    #[inline(always)]
    fn activate(&self, f: u32, x: T) -> Option<T> {
        T::activate_fast(f, x)
    }
}

/// Nets of at most this many neurons take [`run_layers_small`], which reads every layer's
/// sources in place (larger layers are quicker gathered first).
const SMALL_NET_NEURONS: usize = 96;

/// Whether [`run_layers_small`] covers `net`: fully connected, layered and small.
#[inline(always)]
fn is_layered_small<T: FannNum>(net: &Network<T>) -> bool {
    net.neurons.len() <= SMALL_NET_NEURONS
        && net.connection_rate >= 1.0
        && net.network_type != nettype::SHORTCUT
        && net.layers.len() >= 2
}

/// The layers of FANN's pass for the nets [`is_layered_small`] accepts, written for the
/// per-layer work that dominates their run time.
#[inline(always)]
fn run_layers_small<T: FloatArith>(net: &mut Network<T>, act: impl Activation<T>) {
    let Network {
        layers,
        neurons,
        weights,
        ..
    } = net;
    let mut prev = layers[0];
    for &layer in &layers[1..] {
        let (done, rest) = neurons.split_at_mut(layer.first);
        let src = &done[prev.first.min(prev.last)..prev.last];
        prev = layer;
        for neuron in &mut rest[..layer.last - layer.first] {
            let (first, last) = (neuron.first_con as usize, neuron.last_con as usize);
            if first == last {
                neuron.value = T::from_i32(1);
                continue;
            }
            let raw = dot_exact_neurons(&weights[first..last], src);
            let x = scaled_sum(neuron.activation_steepness, raw);
            neuron.sum = x;
            if let Some(y) = act.activate(neuron.activation_function, x) {
                neuron.value = y;
            }
        }
    }
}

/// The pass of fully connected nets, which read their sources by position: the previous
/// layer, or for shortcut nets every earlier neuron.
#[inline(always)]
fn run_float_full<T: FloatArith>(net: &mut Network<T>, act: impl Activation<T>) {
    let shortcut = net.network_type == nettype::SHORTCUT;
    let mut gathered: Vec<T> = Vec::new();
    for li in 1..net.layers.len() {
        let layer = net.layers[li];
        let base = if shortcut {
            0
        } else {
            net.layers[li - 1].first
        };
        let end = if shortcut {
            layer.first
        } else {
            net.layers[li - 1].last
        };
        let (before, rest) = net.neurons.split_at_mut(layer.first);
        let src = &before[base.min(end)..end];
        let current = &mut rest[..layer.last - layer.first];
        let gather = src.len() > GATHER_ABOVE;
        if gather {
            gathered.clear();
            gathered.extend(src.iter().map(|n| n.value));
        }
        for neuron in current.iter_mut() {
            let (first, last) = (neuron.first_con as usize, neuron.last_con as usize);
            if first == last {
                neuron.value = T::from_i32(1);
                continue;
            }
            let w = &net.weights[first..last];
            let raw = if gather {
                dot_exact(w, &gathered)
            } else {
                dot_exact_neurons(w, src)
            };
            let x = scaled_sum(neuron.activation_steepness, raw);
            neuron.sum = x;
            if let Some(y) = act.activate(neuron.activation_function, x) {
                neuron.value = y;
            }
        }
    }
}

/// The exact pass of sparse nets, whose sources come from the connection table.
fn run_float_sparse<T: FloatArith>(net: &mut Network<T>, act: impl Activation<T>) {
    for li in 1..net.layers.len() {
        let layer = net.layers[li];
        for n in layer.first..layer.last {
            let neuron = net.neurons[n];
            let (first, last) = (neuron.first_con as usize, neuron.last_con as usize);
            if first == last {
                net.neurons[n].value = T::from_i32(1);
                continue;
            }
            let raw = dot(
                &net.weights[first..last],
                |i| source_value(net, false, 0, li, first, i),
                |a, b| a + b,
                |a, b| a * b,
                T::zero(),
            );
            let x = scaled_sum(neuron.activation_steepness, raw);
            let slot = &mut net.neurons[n];
            slot.sum = x;
            if let Some(y) = act.activate(neuron.activation_function, x) {
                slot.value = y;
            }
        }
    }
}

/// Forward pass of the fixed-point build (integer arithmetic with FANN's wrap-around).
pub fn run_fixed(net: &mut Network<i32>, input: &[i32], events: &mut dyn FnMut(RunEvent)) {
    let m = net.fixed.multiplier as i32;
    let dp = net.fixed.decimal_point;
    let mult = move |a: i32, b: i32| a.wrapping_mul(b).wrapping_shr(dp);
    for (i, &x) in input.iter().take(net.num_input as usize).enumerate() {
        let magnitude = if x > 0 { x } else { x.wrapping_neg() };
        if magnitude > m {
            events(RunEvent::InputOutOfRange {
                index: i as u32,
                value: x,
                multiplier: m,
            });
        }
    }
    load_inputs(net, input, m);
    let full = net.connection_rate >= 1.0;
    let shortcut = net.network_type == nettype::SHORTCUT;
    let fixed = net.fixed;
    let (mut r, mut v) = ([0i32; 6], [0i32; 6]);
    let (mut last_steepness, mut last_function) = (0i32, 0u32);
    for li in 1..net.layers.len() {
        let layer = net.layers[li];
        let base = if shortcut {
            0
        } else {
            net.layers[li - 1].first
        };
        for n in layer.first..layer.last {
            let neuron = net.neurons[n];
            let (first, last) = (neuron.first_con as usize, neuron.last_con as usize);
            if first == last {
                net.neurons[n].value = m;
                continue;
            }
            let sum = dot(
                &net.weights[first..last],
                |i| source_value(net, full, base, li, first, i),
                i32::wrapping_add,
                mult,
                0,
            );
            let steepness = neuron.activation_steepness;
            let f = neuron.activation_function;
            net.neurons[n].sum = mult(steepness, sum);
            if f != last_function || steepness != last_steepness {
                let tables = match f {
                    act::SIGMOID | act::SIGMOID_STEPWISE => {
                        Some((fixed.sigmoid_results, fixed.sigmoid_values))
                    }
                    act::SIGMOID_SYMMETRIC | act::SIGMOID_SYMMETRIC_STEPWISE => Some((
                        fixed.sigmoid_symmetric_results,
                        fixed.sigmoid_symmetric_values,
                    )),
                    _ => None,
                };
                if let Some((results, values)) = tables {
                    r = results;
                    // A zero steepness would trap in FANN; it yields breakpoints of 0 here.
                    v = values.map(|x| {
                        if steepness == 0 {
                            0
                        } else {
                            x.wrapping_div(steepness)
                        }
                    });
                }
            }
            let value = match f {
                act::SIGMOID | act::SIGMOID_STEPWISE => Some(stepwise(&v, &r, 0, m, sum)),
                act::SIGMOID_SYMMETRIC | act::SIGMOID_SYMMETRIC_STEPWISE => {
                    Some(stepwise(&v, &r, m.wrapping_neg(), m, sum))
                }
                act::THRESHOLD => Some(if sum < 0 { 0 } else { m }),
                act::THRESHOLD_SYMMETRIC => Some(if sum < 0 { m.wrapping_neg() } else { m }),
                act::LINEAR => Some(sum),
                act::LINEAR_PIECE => Some(if sum < 0 {
                    0
                } else if sum > m {
                    m
                } else {
                    sum
                }),
                act::LINEAR_PIECE_SYMMETRIC => Some(if sum < m.wrapping_neg() {
                    m.wrapping_neg()
                } else if sum > m {
                    m
                } else {
                    sum
                }),
                act::LINEAR_PIECE_RECT => Some(if sum < 0 { 0 } else { sum }),
                act::LINEAR_PIECE_RECT_LEAKY => Some(if sum < 0 {
                    (sum as f64 * 0.01) as i32
                } else {
                    sum
                }),
                act::ELLIOT
                | act::ELLIOT_SYMMETRIC
                | act::GAUSSIAN
                | act::GAUSSIAN_SYMMETRIC
                | act::GAUSSIAN_STEPWISE
                | act::SIN_SYMMETRIC
                | act::COS_SYMMETRIC => {
                    events(RunEvent::CantUseActivation);
                    None
                }
                _ => None,
            };
            if let Some(y) = value {
                net.neurons[n].value = y;
            }
            last_steepness = steepness;
            last_function = f;
        }
    }
    store_outputs(net);
}

/// A dot product with eight independent partial sums (vectorised by the compiler); the
/// order differs from FANN's, so the result may differ in the last bits.
pub(crate) fn dot_wide<T: FloatArith>(w: &[T], x: &[T]) -> T {
    let mut acc = [T::zero(); 8];
    let chunks = w.len() / 8;
    for c in 0..chunks {
        let (wc, xc) = (&w[c * 8..c * 8 + 8], &x[c * 8..c * 8 + 8]);
        for k in 0..8 {
            acc[k] = acc[k] + wc[k] * xc[k];
        }
    }
    let mut sum = ((acc[0] + acc[4]) + (acc[1] + acc[5])) + ((acc[2] + acc[6]) + (acc[3] + acc[7]));
    for i in chunks * 8..w.len() {
        sum = sum + w[i] * x[i];
    }
    sum
}

/// The fast forward pass of fully connected nets (layered or shortcut): each layer's
/// sources are gathered into one contiguous buffer; a layer whose neurons take consecutive
/// rows of weights is one matrix-vector product by `kernel`, any other neuron a wide dot
/// product. Returns `false` (doing nothing) for sparse nets, which take the exact path.
pub fn run_float_fast<T: FloatArith>(
    net: &mut Network<T>,
    input: &[T],
    kernel: &dyn super::fast::Gemm<T>,
) -> bool {
    if net.connection_rate.is_nan() || net.connection_rate < 1.0 {
        return false;
    }
    load_inputs(net, input, T::from_i32(1));
    let shortcut = net.network_type == nettype::SHORTCUT;
    let mut sources: Vec<T> = Vec::new();
    let mut sums: Vec<T> = Vec::new();
    let mut outs: Vec<T> = Vec::new();
    for li in 1..net.layers.len() {
        let layer = net.layers[li];
        let (base, end) = if shortcut {
            (0, layer.first)
        } else {
            (net.layers[li - 1].first, net.layers[li - 1].last)
        };
        sources.clear();
        sources.extend(net.neurons[base..end].iter().map(|n| n.value));
        let fan_in = sources.len();
        // The leading neurons with `fan_in` consecutive weights each form one matrix.
        let first_con = net.neurons[layer.first].first_con as usize;
        let rows = net.neurons[layer.first..layer.last]
            .iter()
            .enumerate()
            .take_while(|(k, n)| {
                n.first_con as usize == first_con + k * fan_in
                    && n.last_con as usize == first_con + (k + 1) * fan_in
            })
            .count();
        let rows = if fan_in == 0 || first_con + rows * fan_in > net.weights.len() {
            0
        } else {
            rows
        };
        sums.clear();
        sums.resize(rows, T::zero());
        let view = super::fast::View {
            offset: first_con,
            rows,
            cols: fan_in,
            row_stride: fan_in,
            col_stride: 1,
        };
        kernel.gemv(&net.weights, view, &sources, &mut sums);
        // The matrix rows of one sigmoid: activated together (a vectorised loop).
        let matrix = &net.neurons[layer.first..layer.first + rows];
        let shared = super::network::shared_activation(matrix);
        outs.clear();
        outs.resize(rows, T::zero());
        let mut done = 0;
        if shared.is_some_and(|(f, s)| T::activate_row_fast(f, s, &mut sums, &mut outs)) {
            for (neuron, (&x, &y)) in net.neurons[layer.first..layer.first + rows]
                .iter_mut()
                .zip(sums.iter().zip(&outs))
            {
                neuron.sum = x;
                neuron.value = y;
            }
            done = rows;
        }
        for n in layer.first + done..layer.last {
            let neuron = net.neurons[n];
            let (first, last) = (neuron.first_con as usize, neuron.last_con as usize);
            if first == last {
                net.neurons[n].value = T::from_i32(1);
                continue;
            }
            let raw = match sums.get(n - layer.first) {
                Some(&s) => s,
                None => {
                    let count = (last - first).min(sources.len());
                    dot_wide(&net.weights[first..first + count], &sources[..count])
                }
            };
            let x = scaled_sum(neuron.activation_steepness, raw);
            net.neurons[n].sum = x;
            if let Some(y) = T::activate_fast(neuron.activation_function, x) {
                net.neurons[n].value = y;
            }
        }
    }
    store_outputs(net);
    true
}
