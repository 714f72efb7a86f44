//! Building new networks: standard (fully connected), sparse and shortcut, with FANN's
//! connection layout and its exact sequence of random draws.

use super::activation::id as act;
use super::error::FannError;
use super::network::{
    nettype, FixedPoint, Layer, Network, Neuron, Params, Scaling, SourceRule, TrainState,
};
use super::num::{c_double_to_int, c_double_to_uint, FannNum, NumKind};
use super::rng::{fann_rand, RandomSource};

/// Upper bound on the memory a new network may take; larger requests fail with error 11
/// instead of being attempted.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    pub max_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_bytes: u64::MAX,
        }
    }
}

/// Marks a connection slot not yet wired while building a sparse net.
const EMPTY: u32 = u32::MAX;

/// Decimal point of networks created in the fixed-point build.
const FIXED_DEFAULT_DECIMAL_POINT: u32 = 8;

impl<T: FannNum> Network<T> {
    /// An empty network with `layer_sizes` neuron slots per layer (bias slots included) and
    /// all defaults, every neuron zeroed. Fails with error 11 when it would not fit `limits`.
    pub fn with_layout(
        layer_sizes: &[u64],
        total_connections: u64,
        limits: &Limits,
    ) -> Result<Self, FannError> {
        let total_neurons: u64 = layer_sizes.iter().sum();
        let neuron_bytes = std::mem::size_of::<Neuron<T>>() as u64;
        // weights, the C layer's connection pointers and our source indexes
        let connection_bytes = T::SIZE as u64 + 8 + 4;
        let bytes = total_neurons.checked_mul(neuron_bytes).and_then(|a| {
            total_connections
                .checked_mul(connection_bytes)
                .and_then(|b| a.checked_add(b))
        });
        match bytes {
            Some(b)
                if b <= limits.max_bytes
                    && total_neurons <= u32::MAX as u64
                    && total_connections <= u32::MAX as u64 => {}
            _ => return Err(FannError::CantAllocateMem),
        }
        let mut neurons = Vec::new();
        neurons
            .try_reserve_exact(total_neurons as usize)
            .map_err(|_| FannError::CantAllocateMem)?;
        neurons.resize(total_neurons as usize, Neuron::default());
        let mut weights = Vec::new();
        weights
            .try_reserve_exact(total_connections as usize)
            .map_err(|_| FannError::CantAllocateMem)?;
        weights.resize(total_connections as usize, T::zero());
        // The source table, when the wiring needs one, is sized by `ensure_source_table`
        // (counted in `bytes` above).
        let sources = Vec::new();

        let mut layers = Vec::with_capacity(layer_sizes.len());
        let mut first = 0usize;
        for &n in layer_sizes {
            layers.push(Layer {
                first,
                last: first + n as usize,
            });
            first += n as usize;
        }
        let fixed = if T::KIND == NumKind::Fixed {
            FixedPoint::new(FIXED_DEFAULT_DECIMAL_POINT)
        } else {
            FixedPoint::default()
        };
        Ok(Network {
            neurons,
            layers,
            weights,
            sources,
            source_rule: SourceRule::Table,
            output: Vec::new(),
            num_input: 0,
            num_output: 0,
            network_type: nettype::LAYER,
            connection_rate: 1.0,
            params: Params::default(),
            fixed,
            train: TrainState::default(),
            scaling: None,
            cascade_candidate_scores: None,
            exact_forward: None,
        })
    }

    fn default_steepness(&self) -> T {
        if T::KIND == NumKind::Fixed {
            T::from_f64((self.fixed.multiplier / 2) as f64)
        } else {
            T::from_f64(0.5)
        }
    }

    /// `fann_create_standard_array`: a fully connected layered network.
    pub fn new_standard(
        layers: &[u32],
        rng: &mut dyn RandomSource,
        limits: &Limits,
    ) -> Result<Self, FannError> {
        Self::new_sparse(1.0, layers, rng, limits)
    }

    /// `fann_create_sparse_array`: a layered network where about `connection_rate` of the
    /// possible connections exist (rates above 1 are clamped to 1).
    pub fn new_sparse(
        connection_rate: f32,
        layers: &[u32],
        rng: &mut dyn RandomSource,
        limits: &Limits,
    ) -> Result<Self, FannError> {
        let rate = if connection_rate > 1.0 {
            1.0
        } else {
            connection_rate
        };
        // FANN divides by zero on empty layers and computes garbage budgets for negative
        // rates; both are refused here.
        if layers.len() < 2 || layers.contains(&0) || rate.is_nan() || rate < 0.0 {
            return Err(FannError::CantAllocateMem);
        }
        let sizes: Vec<u64> = layers.iter().map(|&n| n as u64 + 1).collect();

        // Connection budget of every layer, checked before anything is allocated (absurd
        // sizes must fail without a per-neuron loop or allocation).
        let mut budgets: Vec<u64> = Vec::with_capacity(layers.len() - 1);
        let mut total: u64 = 0;
        for w in layers.windows(2) {
            let (n_in, n_out) = (w[0] as u64, w[1] as u64);
            let min_c = n_in.max(n_out);
            let max_c = n_in * n_out; // < 2^64 for u32 factors
            let want = if max_c > u32::MAX as u64 {
                max_c
            } else {
                let product = rate * (max_c as u32) as f32;
                (c_double_to_uint(0.5 + product as f64) as u64).min(max_c)
            };
            let num_c = min_c.max(want) + n_out; // <= (2^32-1)^2 + 2^32-1 < 2^64
            total += num_c;
            if total > u32::MAX as u64 {
                return Err(FannError::CantAllocateMem);
            }
            budgets.push(num_c);
        }

        let mut net = Self::with_layout(&sizes, total, limits)?;
        net.connection_rate = rate;
        net.num_input = layers[0];
        net.num_output = layers[layers.len() - 1];
        net.output = vec![T::zero(); net.num_output as usize];
        let steepness = net.default_steepness();
        // Per-neuron ranges. FANN spreads the remainder with `unsigned int` arithmetic:
        // `num_c * (i + 1)` wraps once `num_c * n_out >= 2^32`, and then part of the layer's
        // budget is never handed out (it still counts in `total_connections`). `total` fits
        // in u32, so every value below does too.
        let mut base: u32 = 0;
        for (li, &num_c) in (1..net.layers.len()).zip(budgets.iter()) {
            let l = net.layers[li];
            let num_c = num_c as u32;
            let n_out = (l.len() - 1) as u32;
            let per = num_c / n_out;
            let mut allocated: u32 = 0;
            for i in 0..n_out {
                let neuron = &mut net.neurons[l.first + i as usize];
                neuron.first_con = base + allocated;
                allocated += per;
                if allocated < num_c.wrapping_mul(i + 1) / n_out {
                    allocated += 1;
                }
                neuron.last_con = base + allocated;
                neuron.activation_function = act::SIGMOID_STEPWISE;
                neuron.activation_steepness = steepness;
            }
            let bias = &mut net.neurons[l.last - 1];
            bias.first_con = base + allocated;
            bias.last_con = base + allocated;
            base += num_c;
        }

        if rate >= 1.0 {
            net.wire_full(rng);
        } else {
            net.wire_sparse(rng);
        }
        Ok(net)
    }

    /// Full wiring: neuron `k` of the previous layer feeds slot `k`; the bias comes last.
    fn wire_full(&mut self, rng: &mut dyn RandomSource) {
        let m = self.fixed.multiplier;
        for li in 1..self.layers.len() {
            let l = self.layers[li];
            for n in l.first..l.last - 1 {
                let (first, last) = (
                    self.neurons[n].first_con as usize,
                    self.neurons[n].last_con as usize,
                );
                for c in first..last {
                    self.weights[c] = if c + 1 == last {
                        T::random_bias_weight(rng, m)
                    } else {
                        T::random_weight(rng, m)
                    };
                }
            }
        }
        // Slot k of every neuron is neuron k of the previous layer (the bias last).
        self.sources = Vec::new();
        self.source_rule = SourceRule::PreviousLayer;
    }

    /// Sparse wiring with FANN's draw order: biases first, then every previous-layer neuron
    /// to a random target with room, then the remaining slots from random distinct sources.
    fn wire_sparse(&mut self, rng: &mut dyn RandomSource) {
        let m = self.fixed.multiplier;
        self.ensure_source_table();
        self.sources.fill(EMPTY);
        for li in 1..self.layers.len() {
            let prev = self.layers[li - 1];
            let l = self.layers[li];
            let n_out = (l.len() - 1) as u32;
            let n_in = (prev.len() - 1) as u32;
            let bias = (prev.last - 1) as u32;
            for n in l.first..l.last - 1 {
                let c = self.neurons[n].first_con as usize;
                self.sources[c] = bias;
                self.weights[c] = T::random_bias_weight(rng, m);
            }
            for p in prev.first..prev.last - 1 {
                let target = loop {
                    let r = c_double_to_int(0.5 + fann_rand(rng, 0.0, (n_out - 1) as f32) as f64);
                    let t = l.first + r as usize;
                    if self.sources[self.neurons[t].last_con as usize - 1] == EMPTY {
                        break t;
                    }
                };
                let (first, last) = (
                    self.neurons[target].first_con as usize,
                    self.neurons[target].last_con as usize,
                );
                if let Some(c) = (first..last).find(|&c| self.sources[c] == EMPTY) {
                    self.sources[c] = p as u32;
                    self.weights[c] = T::random_weight(rng, m);
                }
            }
            for n in l.first..l.last - 1 {
                let (first, last) = (
                    self.neurons[n].first_con as usize,
                    self.neurons[n].last_con as usize,
                );
                for c in first..last {
                    if self.sources[c] != EMPTY {
                        continue;
                    }
                    let src = loop {
                        let r =
                            c_double_to_int(0.5 + fann_rand(rng, 0.0, (n_in - 1) as f32) as f64);
                        let s = (prev.first + r as usize) as u32;
                        if !self.sources[first..c].contains(&s) {
                            break s;
                        }
                    };
                    self.sources[c] = src;
                    self.weights[c] = T::random_weight(rng, m);
                }
            }
        }
    }

    /// `fann_create_shortcut_array`: every neuron is connected to all neurons of all earlier
    /// layers; only the input layer has a bias neuron.
    pub fn new_shortcut(
        layers: &[u32],
        rng: &mut dyn RandomSource,
        limits: &Limits,
    ) -> Result<Self, FannError> {
        if layers.len() < 2 || layers.contains(&0) {
            return Err(FannError::CantAllocateMem);
        }
        let sizes: Vec<u64> = layers
            .iter()
            .enumerate()
            .map(|(i, &n)| n as u64 + u64::from(i == 0))
            .collect();
        // Checked: absurd sizes overflow even 64 bits; with_layout refuses > u32::MAX.
        let mut total: u64 = 0;
        let mut fan_in = sizes[0];
        for &n in &sizes[1..] {
            total = n
                .checked_mul(fan_in)
                .and_then(|c| total.checked_add(c))
                .filter(|&t| t <= u32::MAX as u64)
                .ok_or(FannError::CantAllocateMem)?;
            fan_in += n;
        }
        let mut net = Self::with_layout(&sizes, total, limits)?;
        net.network_type = nettype::SHORTCUT;
        net.num_input = layers[0];
        net.num_output = layers[layers.len() - 1];
        net.output = vec![T::zero(); net.num_output as usize];
        let steepness = net.default_steepness();
        let m = net.fixed.multiplier;
        let mut next = 0usize;
        for li in 1..net.layers.len() {
            let l = net.layers[li];
            for n in l.first..l.last {
                let neuron = &mut net.neurons[n];
                neuron.first_con = next as u32;
                next += l.first;
                neuron.last_con = next as u32;
                neuron.activation_function = act::SIGMOID_STEPWISE;
                neuron.activation_steepness = steepness;
            }
        }
        for li in 1..net.layers.len() {
            let l = net.layers[li];
            for n in l.first..l.last {
                let first = net.neurons[n].first_con as usize;
                for src in 0..l.first {
                    net.weights[first + src] = T::random_weight(rng, m);
                }
            }
        }
        // Slot k of every neuron is neuron k.
        net.source_rule = SourceRule::FromFirst;
        Ok(net)
    }

    /// `fann_randomize_weights`: one draw per weight in connection order.
    pub fn randomize_weights(&mut self, min: T, max: T, rng: &mut dyn RandomSource) {
        for w in &mut self.weights {
            *w = T::rand_between(rng, min, max);
        }
    }

    /// `fann_init_weights`: Widrow-Nguyen-like weights scaled to the range of `inputs` (all
    /// input values of a data set, row by row). Empty data leaves the weights alone.
    pub fn init_weights(&mut self, inputs: &[T], rng: &mut dyn RandomSource) {
        let Some(&first) = inputs.first() else {
            return;
        };
        let (mut lo, mut hi) = (first, first);
        for &x in inputs {
            if x < lo {
                lo = x;
            }
            if x > hi {
                hi = x;
            }
        }
        // `hi - lo` is formed in fann_type (wrapping for fixed point), then widened.
        let range = match T::KIND {
            NumKind::Float => (hi.to_f32() - lo.to_f32()) as f64,
            NumKind::Double => hi.to_f64() - lo.to_f64(),
            NumKind::Fixed => (hi.to_f64() as i64 - lo.to_f64() as i64) as i32 as f64,
        };
        let num_hidden = (self.neurons.len() as u32)
            .wrapping_sub(self.num_input + self.num_output + self.num_layers());
        let scale =
            ((0.7f32 as f64 * num_hidden as f64).powf(1.0 / self.num_input as f64) / range) as f32;
        let upper = if T::KIND == NumKind::Fixed {
            scale * self.fixed.multiplier as f32
        } else {
            scale
        };
        let shortcut = self.network_type == nettype::SHORTCUT;
        for li in 1..self.layers.len() {
            let bias = if shortcut {
                self.layers[0].last - 1
            } else {
                self.layers[li - 1].last - 1
            };
            let layer = self.layers[li];
            for n in layer.first..layer.last {
                let (first, last) = (self.neurons[n].first_con, self.neurons[n].last_con);
                for c in first as usize..last as usize {
                    let low = if self.source_at(li, first as usize, c - first as usize) == bias {
                        -scale
                    } else {
                        0.0
                    };
                    self.weights[c] = T::from_f32(fann_rand(rng, low, upper));
                }
            }
        }
    }

    /// Deep copy as FANN 2.2.0's `fann_copy` makes it: the training algorithm, the SARPROP
    /// parameters and the cascade minimum epochs revert to their defaults. Fails with error
    /// 11, instead of aborting, when memory runs out.
    pub fn copy_as_fann(&self) -> Result<Self, FannError> {
        let train = &self.train;
        let mut copy = Network {
            neurons: try_clone(&self.neurons)?,
            layers: try_clone(&self.layers)?,
            weights: try_clone(&self.weights)?,
            sources: try_clone(&self.sources)?,
            source_rule: self.source_rule,
            output: try_clone(&self.output)?,
            num_input: self.num_input,
            num_output: self.num_output,
            network_type: self.network_type,
            connection_rate: self.connection_rate,
            params: self.params.clone(),
            fixed: self.fixed,
            train: TrainState {
                train_errors: None,
                train_slopes: try_clone_opt(&train.train_slopes)?,
                prev_steps: try_clone_opt(&train.prev_steps)?,
                prev_train_slopes: try_clone_opt(&train.prev_train_slopes)?,
                prev_weights_deltas: try_clone_opt(&train.prev_weights_deltas)?,
            },
            scaling: self.scaling.clone(),
            cascade_candidate_scores: try_clone_opt(&self.cascade_candidate_scores)?,
            exact_forward: self.exact_forward,
        };
        let defaults = Params::<T>::default();
        copy.params.training_algorithm = defaults.training_algorithm;
        copy.params.sarprop_weight_decay_shift = defaults.sarprop_weight_decay_shift;
        copy.params.sarprop_step_error_threshold_factor =
            defaults.sarprop_step_error_threshold_factor;
        copy.params.sarprop_step_error_shift = defaults.sarprop_step_error_shift;
        copy.params.sarprop_temperature = defaults.sarprop_temperature;
        copy.params.sarprop_epoch = defaults.sarprop_epoch;
        copy.params.cascade_min_out_epochs = defaults.cascade_min_out_epochs;
        copy.params.cascade_min_cand_epochs = defaults.cascade_min_cand_epochs;
        Ok(copy)
    }

    /// Allocates default scaling parameters if there are none yet.
    pub fn ensure_scaling(&mut self) -> &mut Scaling {
        let (ni, no) = (self.num_input as usize, self.num_output as usize);
        self.scaling.get_or_insert_with(|| Scaling {
            mean_in: vec![0.0; ni],
            deviation_in: vec![1.0; ni],
            new_min_in: vec![-1.0; ni],
            factor_in: vec![1.0; ni],
            mean_out: vec![0.0; no],
            deviation_out: vec![1.0; no],
            new_min_out: vec![-1.0; no],
            factor_out: vec![1.0; no],
        })
    }
}

/// A copy of `v`, or error 11 when the memory cannot be had (instead of an abort).
pub fn try_clone<V: Clone>(v: &[V]) -> Result<Vec<V>, FannError> {
    let mut out = Vec::new();
    out.try_reserve_exact(v.len())
        .map_err(|_| FannError::CantAllocateMem)?;
    out.extend_from_slice(v);
    Ok(out)
}

fn try_clone_opt<V: Clone>(v: &Option<Vec<V>>) -> Result<Option<Vec<V>>, FannError> {
    v.as_deref().map(try_clone).transpose()
}
