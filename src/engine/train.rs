//! Training (algorithms.md 4-6): error bookkeeping, backpropagation, and the five update
//! rules with FANN's operation order, precision mixing and quirks, so trajectories are
//! bit-identical. Testing (MSE without training) works in every build.

use super::activation::{id as act, is_symmetric};
use super::forward::FloatArith;
use super::network::{nettype, train_alg, Network};
use super::num::{c_float_to_uint, FannNum, NumKind};
use super::rng::RandomSource;

/// What training reports besides its result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TrainEvent {
    /// A THRESHOLD neuron was asked for its derivative (FANN prints error 12 each time).
    CantTrainActivation,
}

/// Patterns of a data set, as row slices.
pub struct Patterns<'a, T> {
    pub inputs: &'a [&'a [T]],
    pub outputs: &'a [&'a [T]],
}

impl<T> Patterns<'_, T> {
    pub fn len(&self) -> usize {
        self.inputs.len().min(self.outputs.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A training array taken out for an update, with one entry per connection: a network that
/// grew (cascade) gets zeros for its new connections instead of an out-of-bounds access.
fn take_sized<T: FannNum>(v: &mut Option<Vec<T>>, n: usize) -> Vec<T> {
    let mut v = v.take().unwrap_or_default();
    v.resize(n, T::zero());
    v
}

fn abs<T: FannNum>(x: T) -> T {
    if x > T::zero() {
        x
    } else {
        T::zero().c_sub(x)
    }
}

impl<T: FannNum> Network<T> {
    /// `fann_reset_MSE`.
    pub fn reset_mse(&mut self) {
        self.params.num_mse = 0;
        self.params.mse_value = 0.0;
        self.params.num_bit_fail = 0;
    }

    /// `fann_update_MSE`: books one output error and returns it, halved for symmetric
    /// activation functions.
    pub fn update_mse(&mut self, function: u32, diff: T) -> T {
        let (diff, squared, failed) = self.mse_term(function, diff);
        self.params.mse_value += squared;
        if failed {
            self.params.num_bit_fail += 1;
        }
        diff
    }

    /// One output error as `update_mse` books it: the (halved) difference, its square in
    /// `f32`, and whether it is a bit fail.
    pub fn mse_term(&self, function: u32, diff: T) -> (T, f32, bool) {
        let diff = if is_symmetric(function) {
            diff.c_div(T::from_f64(2.0))
        } else {
            diff
        };
        let squared = match T::KIND {
            NumKind::Fixed => {
                let d = diff.to_f32() / self.fixed.multiplier as f32;
                d * d
            }
            _ => diff.c_mul(diff).to_f32(),
        };
        (diff, squared, abs(diff) >= self.params.bit_fail_limit)
    }

    /// `fann_test`: runs the net and books the errors against `desired` (no reset).
    pub fn test(
        &mut self,
        input: &[T],
        desired: &[T],
        events: &mut dyn FnMut(super::forward::RunEvent),
    ) {
        self.run_with_events(input, events);
        let first = self.layers.last().map_or(0, |l| l.first);
        for k in 0..self.num_output as usize {
            let y = self.output[k];
            let t = desired.get(k).copied().unwrap_or_default();
            let f = self.neurons[first + k].activation_function;
            self.update_mse(f, t.c_sub(y));
            self.params.num_mse += 1;
        }
    }

    /// `fann_test_data`: the MSE over all patterns (reset first).
    pub fn test_data(
        &mut self,
        data: &Patterns<T>,
        events: &mut dyn FnMut(super::forward::RunEvent),
    ) -> f32 {
        self.reset_mse();
        for i in 0..data.len() {
            self.test(data.inputs[i], data.outputs[i], events);
        }
        self.params.mse()
    }

    /// `fann_desired_error_reached`: the stop test of `fann_train_on_data`.
    pub fn desired_error_reached(&self, desired_error: f32) -> bool {
        match self.params.train_stop_function {
            0 => self.params.mse() <= desired_error,
            1 => self.params.num_bit_fail <= c_float_to_uint(desired_error),
            _ => false,
        }
    }
}

/// The training error of an output difference: unchanged for FANN_ERRORFUNC_LINEAR (0);
/// any other value is TANH, `ln((1+d)/(1-d))` in double, +-17 beyond +-0.9999999.
pub fn error_function<T: FloatArith>(function: u32, diff: T) -> T {
    if function == 0 {
        return diff;
    }
    let d = diff.to_f64();
    if d < -0.9999999 {
        T::from_f64(-17.0)
    } else if d > 0.9999999 {
        T::from_f64(17.0)
    } else {
        T::from_f64(((1.0 + d) / (1.0 - d)).ln())
    }
}

/// `fann_activation_derived` for the float builds; `None` means error 12 (THRESHOLD).
pub fn activation_derived<T: FloatArith>(f: u32, s: T, value: T, sum: T) -> Option<T> {
    let one = T::from_f64(1.0);
    let two = T::from_f64(2.0);
    let clip = |v: T, lo: f32, hi: f32| {
        let (lo, hi) = (T::from_f32(lo), T::from_f32(hi));
        if v < lo {
            lo
        } else if v > hi {
            hi
        } else {
            v
        }
    };
    // sin/cos derivatives: the argument in fann_type, the rest in double.
    let trig = |g: fn(f64) -> f64, negate: bool, halve: bool| {
        let t = g((s * sum).to_f64());
        let t = if negate { -t } else { t };
        let d = s.to_f64() * t;
        T::from_f64(if halve { d / 2.0 } else { d })
    };
    Some(match f {
        act::LINEAR | act::LINEAR_PIECE | act::LINEAR_PIECE_SYMMETRIC => s,
        act::LINEAR_PIECE_RECT => {
            if value < T::zero() {
                T::zero()
            } else {
                s
            }
        }
        act::LINEAR_PIECE_RECT_LEAKY => {
            if value < T::zero() {
                T::from_f64(s.to_f64() * 0.01)
            } else {
                s
            }
        }
        act::SIGMOID | act::SIGMOID_STEPWISE => {
            let c = clip(value, 0.01, 0.99);
            two * s * c * (one - c)
        }
        act::SIGMOID_SYMMETRIC | act::SIGMOID_SYMMETRIC_STEPWISE => {
            let c = clip(value, -0.98, 0.98);
            s * (one - c * c)
        }
        act::GAUSSIAN => -two * sum * value * s * s,
        act::GAUSSIAN_SYMMETRIC => -two * sum * (value + one) * s * s,
        act::ELLIOT => s * one / (two * (one + abs(sum)) * (one + abs(sum))),
        act::ELLIOT_SYMMETRIC => s * one / ((one + abs(sum)) * (one + abs(sum))),
        act::SIN_SYMMETRIC => trig(f64::cos, false, false),
        act::COS_SYMMETRIC => trig(f64::sin, true, false),
        act::SIN => trig(f64::cos, false, true),
        act::COS => trig(f64::sin, true, true),
        act::THRESHOLD => return None,
        _ => T::zero(),
    })
}

impl<T: FloatArith> Network<T> {
    fn full(&self) -> bool {
        self.connection_rate >= 1.0
    }

    /// First neuron of the positional sources of `layer` in a fully connected net.
    fn positional_base(&self, layer: usize) -> usize {
        if self.network_type == nettype::LAYER {
            self.layers[layer - 1].first
        } else {
            0
        }
    }

    fn derived(&self, n: usize, events: &mut dyn FnMut(TrainEvent)) -> T {
        let neuron = self.neurons[n];
        let (f, s, y, x) = (
            neuron.activation_function,
            neuron.activation_steepness,
            neuron.value,
            neuron.sum,
        );
        activation_derived(f, s, y, x).unwrap_or_else(|| {
            events(TrainEvent::CantTrainActivation);
            T::zero()
        })
    }

    /// `fann_compute_MSE`: output errors (after a run) into `train_errors`.
    pub fn compute_mse(&mut self, desired: &[T], events: &mut dyn FnMut(TrainEvent)) {
        let total = self.neurons.len();
        let mut errors = self.train.train_errors.take().unwrap_or_default();
        errors.clear();
        errors.resize(total, T::zero());
        let first = self.layers.last().map_or(0, |l| l.first);
        for k in 0..self.num_output as usize {
            let n = first + k;
            let neuron = self.neurons[n];
            let t = desired.get(k).copied().unwrap_or_default();
            let diff = self.update_mse(neuron.activation_function, t - neuron.value);
            let diff = error_function(self.params.train_error_function, diff);
            errors[n] = self.derived(n, events) * diff;
            self.params.num_mse += 1;
        }
        self.train.train_errors = Some(errors);
    }

    /// `fann_backpropagate_MSE`: hidden errors, from the last layer down to layer 2.
    pub fn backpropagate(&mut self, events: &mut dyn FnMut(TrainEvent)) {
        let Some(mut err) = self.train.train_errors.take() else {
            return;
        };
        let full = self.full();
        for li in (2..self.layers.len()).rev() {
            let layer = self.layers[li];
            let base = self.positional_base(li);
            for n in layer.first..layer.last {
                let tmp = err[n];
                let (first, last) = (
                    self.neurons[n].first_con as usize,
                    self.neurons[n].last_con as usize,
                );
                if full {
                    // Each source gets one term per neuron, so slice order gives FANN's
                    // sums (and lets the loop vectorise).
                    let count = last - first;
                    let targets = &mut err[base..base + count];
                    for (e, &w) in targets.iter_mut().zip(&self.weights[first..last]) {
                        *e = *e + tmp * w;
                    }
                    continue;
                }
                for i in (0..last - first).rev() {
                    let src = self.source_at(li, first, i);
                    err[src] = err[src] + tmp * self.weights[first + i];
                }
            }
            let prev = self.layers[li - 1];
            for (m, e) in err.iter_mut().enumerate().take(prev.last).skip(prev.first) {
                *e = *e * self.derived(m, events);
            }
        }
        self.train.train_errors = Some(err);
    }

    /// `fann_update_slopes_batch` over layers `begin..=end`.
    pub fn update_slopes(&mut self, begin: usize, end: usize) {
        let total = self.weights.len();
        let mut slopes = take_sized(&mut self.train.train_slopes, total);
        let empty = Vec::new();
        let err = self.train.train_errors.as_ref().unwrap_or(&empty);
        let full = self.full();
        for li in begin..=end.min(self.layers.len().saturating_sub(1)) {
            let layer = self.layers[li];
            let base = self.positional_base(li);
            for n in layer.first..layer.last {
                let tmp = err.get(n).copied().unwrap_or_default();
                let (first, last) = (
                    self.neurons[n].first_con as usize,
                    self.neurons[n].last_con as usize,
                );
                if full {
                    let sources = &self.neurons[base..base + (last - first)];
                    for (s, n) in slopes[first..last].iter_mut().zip(sources) {
                        *s = *s + tmp * n.value;
                    }
                    continue;
                }
                for i in 0..last - first {
                    let src = self.source_at(li, first, i);
                    slopes[first + i] = slopes[first + i] + tmp * self.neurons[src].value;
                }
            }
        }
        self.train.train_slopes = Some(slopes);
    }

    /// `fann_update_weights`: the incremental rule after one pattern. Sparse nets use
    /// neuron `i` of the whole net as the source of every neuron's i-th connection (a FANN
    /// quirk kept for identical results).
    pub fn update_weights_incremental(&mut self) {
        let total = self.weights.len();
        let mut deltas = take_sized(&mut self.train.prev_weights_deltas, total);
        let empty = Vec::new();
        let err = self.train.train_errors.as_ref().unwrap_or(&empty);
        let rate = T::from_f32(self.params.learning_rate);
        let momentum = T::from_f32(self.params.learning_momentum);
        let full = self.full();
        let layered = self.network_type == nettype::LAYER;
        for li in 1..self.layers.len() {
            let layer = self.layers[li];
            let base = if full && layered {
                self.layers[li - 1].first
            } else {
                0
            };
            for n in layer.first..layer.last {
                let tmp = err.get(n).copied().unwrap_or_default() * rate;
                let (first, last) = (
                    self.neurons[n].first_con as usize,
                    self.neurons[n].last_con as usize,
                );
                let sources = &self.neurons[base..base + (last - first)];
                let weights = &mut self.weights[first..last];
                for ((w, d), n) in weights
                    .iter_mut()
                    .zip(&mut deltas[first..last])
                    .zip(sources)
                {
                    let dw = tmp * n.value + momentum * *d;
                    *w = *w + dw;
                    *d = dw;
                }
            }
        }
        self.train.prev_weights_deltas = Some(deltas);
    }

    /// `fann_clear_train_arrays`: zero slopes, initial steps for the current algorithm.
    pub fn clear_train_arrays(&mut self) {
        let total = self.weights.len();
        self.train.train_slopes = Some(vec![T::zero(); total]);
        let step = if self.params.training_algorithm == train_alg::RPROP {
            T::from_f32(self.params.rprop_delta_zero)
        } else {
            T::zero()
        };
        self.train.prev_steps = Some(vec![step; total]);
        self.train.prev_train_slopes = Some(vec![T::zero(); total]);
    }

    /// What `fann_randomize_weights` and `fann_init_weights` do to existing training state.
    pub fn reset_train_state_after_init(&mut self) {
        if self.train.prev_train_slopes.is_some() {
            self.clear_train_arrays();
        }
    }

    /// `fann_train`: one incremental step on one pattern (the MSE is not reset).
    pub fn train(&mut self, input: &[T], desired: &[T], events: &mut dyn FnMut(TrainEvent)) {
        self.run(input);
        self.compute_mse(desired, events);
        self.backpropagate(events);
        self.update_weights_incremental();
    }

    /// [`train`](Self::train) with the forward pass on the fast path (`kernel`; equal up to
    /// rounding); the error, backpropagation and update steps are FANN's.
    pub fn train_fast(
        &mut self,
        input: &[T],
        desired: &[T],
        events: &mut dyn FnMut(TrainEvent),
        kernel: &dyn super::fast::Gemm<T>,
    ) {
        self.run_fast(input, kernel);
        self.compute_mse(desired, events);
        self.backpropagate(events);
        self.update_weights_incremental();
    }

    /// `fann_train_epoch` (sizes already checked): one epoch of the current algorithm;
    /// returns the epoch's MSE, measured before a batch-type update. An unknown algorithm
    /// does nothing and returns 0.
    pub fn train_epoch(
        &mut self,
        data: &Patterns<T>,
        rng: &mut dyn RandomSource,
        events: &mut dyn FnMut(TrainEvent),
    ) -> f32 {
        self.train_epoch_with(data, rng, events, None, 1)
    }

    /// `train_epoch`, with batch-style slopes computed by `gemm` over blocks of samples
    /// (the fast path) when given and the network is fully connected.
    pub fn train_epoch_with(
        &mut self,
        data: &Patterns<T>,
        rng: &mut dyn RandomSource,
        events: &mut dyn FnMut(TrainEvent),
        gemm: Option<&(dyn super::fast::Gemm<T> + Sync)>,
        threads: usize,
    ) -> f32 {
        let alg = self.params.training_algorithm;
        if alg == train_alg::INCREMENTAL {
            self.reset_mse();
            if gemm.is_some_and(|kernel| self.train_incremental_fast(data, kernel, events)) {
                return self.params.mse();
            }
            for i in 0..data.len() {
                match gemm {
                    Some(kernel) => {
                        self.train_fast(data.inputs[i], data.outputs[i], events, kernel)
                    }
                    None => self.train(data.inputs[i], data.outputs[i], events),
                }
            }
            return self.params.mse();
        }
        if !matches!(
            alg,
            train_alg::BATCH | train_alg::RPROP | train_alg::QUICKPROP | train_alg::SARPROP
        ) {
            return 0.0;
        }
        if alg != train_alg::BATCH && self.train.prev_train_slopes.is_none() {
            self.clear_train_arrays();
        }
        self.reset_mse();
        let fast = match gemm {
            Some(g) => self.accumulate_slopes_fast(data, g, threads, events, false),
            None => false,
        };
        if !fast {
            let last = self.layers.len() - 1;
            for i in 0..data.len() {
                self.run(data.inputs[i]);
                self.compute_mse(data.outputs[i], events);
                self.backpropagate(events);
                self.update_slopes(1, last);
            }
        }
        let n = data.len() as u32;
        let all = 0..self.weights.len();
        match alg {
            train_alg::BATCH => self.update_batch(n, all),
            train_alg::RPROP => self.update_irpropm(all),
            train_alg::QUICKPROP => self.update_quickprop(n, all),
            _ => {
                let epoch = self.params.sarprop_epoch;
                self.update_sarprop(epoch, all, rng);
                self.params.sarprop_epoch = epoch.wrapping_add(1);
            }
        }
        self.params.mse()
    }

    fn state(&mut self) -> (Vec<T>, Vec<T>, Vec<T>) {
        let total = self.weights.len();
        (
            take_sized(&mut self.train.train_slopes, total),
            take_sized(&mut self.train.prev_steps, total),
            take_sized(&mut self.train.prev_train_slopes, total),
        )
    }

    fn put_state(&mut self, (slopes, steps, prev): (Vec<T>, Vec<T>, Vec<T>)) {
        self.train.train_slopes = Some(slopes);
        self.train.prev_steps = Some(steps);
        self.train.prev_train_slopes = Some(prev);
    }

    /// `fann_update_weights_batch`.
    pub fn update_batch(&mut self, num_data: u32, range: std::ops::Range<usize>) {
        let eps = T::from_f32(self.params.learning_rate / num_data as f32);
        let total = self.weights.len();
        let mut slopes = take_sized(&mut self.train.train_slopes, total);
        for c in range {
            self.weights[c] = self.weights[c] + slopes[c] * eps;
            slopes[c] = T::zero();
        }
        self.train.train_slopes = Some(slopes);
    }

    /// `fann_update_weights_irpropm` (iRPROP-, with FANN's quirks: see algorithms.md 6.5).
    pub fn update_irpropm(&mut self, range: std::ops::Range<usize>) {
        let p = &self.params;
        let (inc, dec) = (
            T::from_f32(p.rprop_increase_factor),
            T::from_f32(p.rprop_decrease_factor),
        );
        let (dmin, dmax) = (
            T::from_f32(p.rprop_delta_min),
            T::from_f32(p.rprop_delta_max),
        );
        let floor = T::from_f64(0.0001);
        let limit = T::from_f64(1500.0);
        let (mut slopes, mut steps, mut prev) = self.state();
        for c in range {
            let ps = if steps[c] > floor { steps[c] } else { floor };
            let mut g = slopes[c];
            let step = if (prev[c] * g).to_f64() >= 0.0 {
                let s = ps * inc;
                if s < dmax {
                    s
                } else {
                    dmax
                }
            } else {
                g = T::zero();
                let s = ps * dec;
                if s > dmin {
                    s
                } else {
                    dmin
                }
            };
            let w = &mut self.weights[c];
            if g < T::zero() {
                *w = *w - step;
                if *w < -limit {
                    *w = -limit;
                }
            } else {
                *w = *w + step;
                if *w > limit {
                    *w = limit;
                }
            }
            steps[c] = step;
            prev[c] = g;
            slopes[c] = T::zero();
        }
        self.put_state((slopes, steps, prev));
    }

    /// `fann_update_weights_quickprop` (algorithms.md 6.6).
    pub fn update_quickprop(&mut self, num_data: u32, range: std::ops::Range<usize>) {
        let p = &self.params;
        let eps = T::from_f32(p.learning_rate / num_data as f32);
        let decay = T::from_f32(p.quickprop_decay);
        let mu = T::from_f32(p.quickprop_mu);
        let shrink = T::from_f32((p.quickprop_mu as f64 / (1.0 + p.quickprop_mu as f64)) as f32);
        let limit = T::from_f64(1500.0);
        let (mut slopes, mut steps, mut prev) = self.state();
        for c in range {
            let w = self.weights[c];
            let ps = steps[c];
            let g = slopes[c] + decay * w;
            let pg = prev[c];
            let mut ns = T::zero();
            if ps.to_f64() > 0.001 {
                if g.to_f64() > 0.0 {
                    ns = ns + eps * g;
                }
                if g > shrink * pg {
                    ns = ns + mu * ps;
                } else {
                    ns = ns + ps * g / (pg - g);
                }
            } else if ps.to_f64() < -0.001 {
                if g.to_f64() < 0.0 {
                    ns = ns + eps * g;
                }
                if g < shrink * pg {
                    ns = ns + mu * ps;
                } else {
                    ns = ns + ps * g / (pg - g);
                }
            } else {
                ns = ns + eps * g;
            }
            steps[c] = ns;
            let w = w + ns;
            self.weights[c] = if w > limit {
                limit
            } else if w < -limit {
                -limit
            } else {
                w
            };
            prev[c] = g;
            slopes[c] = T::zero();
        }
        self.put_state((slopes, steps, prev));
    }

    /// `fann_update_weights_sarprop` (algorithms.md 6.7), `rand()` drawn from `rng`.
    pub fn update_sarprop(
        &mut self,
        epoch: u32,
        range: std::ops::Range<usize>,
        rng: &mut dyn RandomSource,
    ) {
        self.sarprop_rule(epoch, range, rng, true)
    }

    /// The SARPROP rule; `carry_step` keeps FANN's serial quirk of reusing the previous
    /// weight's step (upstream's parallel version resets it per weight).
    fn sarprop_rule(
        &mut self,
        epoch: u32,
        range: std::ops::Range<usize>,
        rng: &mut dyn RandomSource,
        carry_step: bool,
    ) {
        let p = &self.params;
        let (inc, dec) = (
            T::from_f32(p.rprop_increase_factor),
            T::from_f32(p.rprop_decrease_factor),
        );
        let dmin = T::from_f32(0.000001f32);
        let dmax = T::from_f32(p.rprop_delta_max);
        let temperature = p.sarprop_temperature;
        let mse = p.mse();
        let rmse = (mse as f64).sqrt() as f32;
        let threshold = T::from_f32(p.sarprop_step_error_threshold_factor * mse);
        // fann_exp2: exp(ln 2 * x) in double (FANN's literal is the same double as LN_2).
        let exp2 = |x: f32| T::from_f64((std::f64::consts::LN_2 * x as f64).exp());
        let decay_factor = exp2(-temperature * epoch as f32 + p.sarprop_weight_decay_shift);
        let step_error_factor = exp2(-temperature * epoch as f32 + p.sarprop_step_error_shift);
        let floor = T::from_f64(0.000001);
        let (mut slopes, mut steps, mut prev) = self.state();
        // Not reset per weight: FANN carries it over into the "no sign" branch.
        let mut ns = T::zero();
        for c in range {
            if !carry_step {
                ns = T::zero();
            }
            let ps = if steps[c] > floor { steps[c] } else { floor };
            let mut g = -slopes[c] - self.weights[c] * decay_factor;
            let same_sign = (prev[c] * g).to_f64();
            if same_sign > 0.0 {
                let s = ps * inc;
                ns = if s < dmax { s } else { dmax };
                if g.to_f64() < 0.0 {
                    self.weights[c] = self.weights[c] + ns;
                } else {
                    self.weights[c] = self.weights[c] - ns;
                }
            } else if same_sign < 0.0 {
                if ps < threshold {
                    let r = (rng.next_rand() as f32 / 2147483648.0f32) * rmse;
                    ns = ps * dec + T::from_f32(r) * step_error_factor;
                } else {
                    let s = ps * dec;
                    ns = if s > dmin { s } else { dmin };
                }
                g = T::zero();
            } else if g.to_f64() < 0.0 {
                self.weights[c] = self.weights[c] + ps;
            } else {
                self.weights[c] = self.weights[c] - ps;
            }
            steps[c] = ns;
            prev[c] = g;
            slopes[c] = T::zero();
        }
        self.put_state((slopes, steps, prev));
    }
}

impl<T: FloatArith> Network<T> {
    /// Upstream's `fann_train_epoch_*_parallel(ann, data, threads)` (algorithms.md 10), with
    /// its results: the patterns are split into `threads` contiguous blocks (OpenMP's static
    /// schedule), each block accumulates slopes on its own copy of the network, the copies'
    /// slopes are summed per weight in block order, and the serial update rule is applied.
    /// The blocks run one after another here; only the arithmetic is upstream's.
    pub fn train_epoch_parallel(
        &mut self,
        algorithm: u32,
        data: &Patterns<T>,
        threads: u32,
        rng: &mut dyn RandomSource,
        events: &mut dyn FnMut(TrainEvent),
    ) -> f32 {
        if !matches!(
            algorithm,
            train_alg::BATCH | train_alg::RPROP | train_alg::QUICKPROP | train_alg::SARPROP
        ) {
            return 0.0;
        }
        if algorithm != train_alg::BATCH && self.train.prev_train_slopes.is_none() {
            self.clear_train_arrays();
        }
        self.reset_mse();
        let blocks = static_schedule(data.len(), threads.max(1) as usize);
        let last = self.layers.len() - 1;
        let mut summed = vec![T::zero(); self.weights.len()];
        let mut mse_parts = Vec::with_capacity(blocks.len());
        // Each block on its own copy, one thread per block (as upstream's OpenMP threads);
        // the results are combined in block order, so they do not depend on timing.
        let this = &*self;
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        let mut results: Vec<(Network<T>, usize)> = Vec::with_capacity(blocks.len());
        // At most one thread per core at a time, however many blocks were asked for.
        for wave in blocks.chunks(cores) {
            let done: Vec<(Network<T>, usize)> = std::thread::scope(|scope| {
                let handles: Vec<_> = wave
                    .iter()
                    .cloned()
                    .map(|block| {
                        scope.spawn(move || {
                            let mut copy = this.clone();
                            let mut threshold_events = 0;
                            let mut note = |_: TrainEvent| threshold_events += 1;
                            for i in block {
                                copy.run(data.inputs[i]);
                                copy.compute_mse(data.outputs[i], &mut note);
                                copy.backpropagate(&mut note);
                                copy.update_slopes(1, last);
                            }
                            (copy, threshold_events)
                        })
                    })
                    .collect();
                handles
                    .into_iter()
                    .map(|h| h.join().expect("training block"))
                    .collect()
            });
            results.extend(done);
        }
        for (copy, threshold_events) in results {
            for _ in 0..threshold_events {
                events(TrainEvent::CantTrainActivation);
            }
            if let Some(slopes) = &copy.train.train_slopes {
                for (s, &c) in summed.iter_mut().zip(slopes) {
                    *s = *s + c;
                }
            }
            mse_parts.push((copy.params.mse_value, copy.params.num_mse));
        }
        let merge = |net: &mut Self| {
            for &(value, count) in &mse_parts {
                net.params.mse_value += value;
                net.params.num_mse += count;
            }
        };
        // The network's own slopes are left as they were; the summed ones drive the update.
        let own_slopes = self.train.train_slopes.replace(summed);
        let n = data.len() as u32;
        let all = 0..self.weights.len();
        match algorithm {
            train_alg::BATCH => {
                self.update_batch(n, all);
                merge(self);
            }
            train_alg::RPROP => {
                self.update_irpropm(all);
                merge(self);
            }
            train_alg::QUICKPROP => {
                self.update_quickprop(n, all);
                merge(self);
            }
            _ => {
                merge(self);
                let epoch = self.params.sarprop_epoch;
                self.sarprop_rule(epoch, all, rng, false);
                self.params.sarprop_epoch = epoch.wrapping_add(1);
            }
        }
        self.train.train_slopes = own_slopes;
        self.params.mse()
    }

    /// `fann_test_data_parallel`: `test_data` with the MSE summed per block as upstream's
    /// threads would (bit fails are counted on the network as well).
    pub fn test_data_parallel(&mut self, data: &Patterns<T>, threads: u32) -> f32 {
        self.reset_mse();
        let mut parts = Vec::new();
        for block in static_schedule(data.len(), threads.max(1) as usize) {
            let mut copy = self.clone();
            for i in block {
                copy.test(data.inputs[i], data.outputs[i], &mut |_| {});
            }
            parts.push((
                copy.params.mse_value,
                copy.params.num_mse,
                copy.params.num_bit_fail,
            ));
        }
        for (value, count, fails) in parts {
            self.params.mse_value += value;
            self.params.num_mse += count;
            self.params.num_bit_fail += fails;
        }
        self.params.mse()
    }
}

/// OpenMP's `schedule(static)` split of `n` iterations over `threads` threads: contiguous
/// blocks, the first `n % threads` one iteration longer.
pub fn static_schedule(n: usize, threads: usize) -> Vec<std::ops::Range<usize>> {
    let (q, r) = (n / threads, n % threads);
    (0..threads)
        .map(|t| {
            let start = t * q + t.min(r);
            start..start + q + usize::from(t < r)
        })
        .collect()
}
