//! The network in FANN's own storage layout.
//!
//! All neurons live in one array in layer order (each layered-net layer ends with its bias
//! neuron); every neuron owns the contiguous connection range `first_con..last_con` of the
//! parallel `weights` and `sources` arrays. The layout is the one FANN exposes through
//! `struct fann`, so the C layer can hand out pointers to live data.

use super::activation::id as act;
use super::error::FannError;
use super::num::FannNum;

/// One neuron, with FANN's packed field layout (24 bytes for 4-byte numbers, 36 for `f64`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct Neuron<T: Copy> {
    pub first_con: u32,
    pub last_con: u32,
    /// Steepness-scaled, clamped sum of the last run.
    pub sum: T,
    /// Output of the last run.
    pub value: T,
    pub activation_steepness: T,
    /// Raw `enum fann_activationfunc_enum` value; unknown values are kept as given.
    pub activation_function: u32,
}

impl<T: Copy> Neuron<T> {
    pub fn num_connections(&self) -> usize {
        let (first, last) = (self.first_con, self.last_con);
        last.saturating_sub(first) as usize
    }
}

/// The activation function and steepness every one of `neurons` has, if they share one
/// (the fast path then activates them together).
pub fn shared_activation<T: Copy + PartialEq>(neurons: &[Neuron<T>]) -> Option<(u32, T)> {
    let first = neurons.first()?;
    let (f0, s0) = (first.activation_function, first.activation_steepness);
    neurons
        .iter()
        .all(|n| {
            let (f, s) = (n.activation_function, n.activation_steepness);
            f == f0 && s == s0
        })
        .then_some((f0, s0))
}

/// The function and steepness of the first of `neurons`, and how many leading neurons
/// share them (a layer's bias neuron may differ from the rest).
pub fn leading_activation<T: Copy + PartialEq>(neurons: &[Neuron<T>]) -> Option<(u32, T, usize)> {
    let first = neurons.first()?;
    let (f0, s0) = (first.activation_function, first.activation_steepness);
    let run = neurons
        .iter()
        .take_while(|n| {
            let (f, s) = (n.activation_function, n.activation_steepness);
            f == f0 && s == s0
        })
        .count();
    Some((f0, s0, run))
}

/// A layer: the neuron index range `first..last` (bias neuron included).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layer {
    pub first: usize,
    pub last: usize,
}

impl Layer {
    pub fn len(&self) -> usize {
        self.last - self.first
    }
    pub fn is_empty(&self) -> bool {
        self.last == self.first
    }
}

/// `enum fann_nettype_enum`.
pub mod nettype {
    pub const LAYER: u32 = 0;
    pub const SHORTCUT: u32 = 1;
}

/// `enum fann_train_enum`.
pub mod train_alg {
    pub const INCREMENTAL: u32 = 0;
    pub const BATCH: u32 = 1;
    pub const RPROP: u32 = 2;
    pub const QUICKPROP: u32 = 3;
    pub const SARPROP: u32 = 4;
}

pub const TRAIN_NAMES: [&str; 5] = [
    "FANN_TRAIN_INCREMENTAL",
    "FANN_TRAIN_BATCH",
    "FANN_TRAIN_RPROP",
    "FANN_TRAIN_QUICKPROP",
    "FANN_TRAIN_SARPROP",
];
pub const ERRORFUNC_NAMES: [&str; 2] = ["FANN_ERRORFUNC_LINEAR", "FANN_ERRORFUNC_TANH"];
pub const STOPFUNC_NAMES: [&str; 2] = ["FANN_STOPFUNC_MSE", "FANN_STOPFUNC_BIT"];
pub const NETTYPE_NAMES: [&str; 2] = ["FANN_NETTYPE_LAYER", "FANN_NETTYPE_SHORTCUT"];

/// Training, stopping and cascade parameters, with FANN's types (many are `f32` in every
/// build) and defaults. Enumerations are raw values: FANN stores whatever it is given.
#[derive(Clone, Debug, PartialEq)]
pub struct Params<T> {
    pub training_algorithm: u32,
    pub learning_rate: f32,
    pub learning_momentum: f32,
    pub train_error_function: u32,
    pub train_stop_function: u32,
    pub bit_fail_limit: T,
    pub quickprop_decay: f32,
    pub quickprop_mu: f32,
    pub rprop_increase_factor: f32,
    pub rprop_decrease_factor: f32,
    pub rprop_delta_min: f32,
    pub rprop_delta_max: f32,
    pub rprop_delta_zero: f32,
    pub sarprop_weight_decay_shift: f32,
    pub sarprop_step_error_threshold_factor: f32,
    pub sarprop_step_error_shift: f32,
    pub sarprop_temperature: f32,
    pub sarprop_epoch: u32,
    pub cascade_output_change_fraction: f32,
    pub cascade_output_stagnation_epochs: u32,
    pub cascade_candidate_change_fraction: f32,
    pub cascade_candidate_stagnation_epochs: u32,
    pub cascade_best_candidate: u32,
    pub cascade_candidate_limit: T,
    pub cascade_weight_multiplier: T,
    pub cascade_max_out_epochs: u32,
    pub cascade_max_cand_epochs: u32,
    pub cascade_min_out_epochs: u32,
    pub cascade_min_cand_epochs: u32,
    pub cascade_activation_functions: Vec<u32>,
    pub cascade_activation_steepnesses: Vec<T>,
    pub cascade_num_candidate_groups: u32,
    /// Running error statistics (`MSE_value` is the raw `f32` sum of squared errors).
    pub num_mse: u32,
    pub mse_value: f32,
    pub num_bit_fail: u32,
}

impl<T: FannNum> Default for Params<T> {
    fn default() -> Self {
        Params {
            training_algorithm: train_alg::RPROP,
            learning_rate: 0.7,
            learning_momentum: 0.0,
            train_error_function: 1,
            train_stop_function: 0,
            bit_fail_limit: T::from_f64(0.35),
            quickprop_decay: -0.0001,
            quickprop_mu: 1.75,
            rprop_increase_factor: 1.2,
            rprop_decrease_factor: 0.5,
            rprop_delta_min: 0.0,
            rprop_delta_max: 50.0,
            rprop_delta_zero: 0.1,
            sarprop_weight_decay_shift: -6.644,
            sarprop_step_error_threshold_factor: 0.1,
            sarprop_step_error_shift: 1.385,
            sarprop_temperature: 0.015,
            sarprop_epoch: 0,
            cascade_output_change_fraction: 0.01,
            cascade_output_stagnation_epochs: 12,
            cascade_candidate_change_fraction: 0.01,
            cascade_candidate_stagnation_epochs: 12,
            cascade_best_candidate: 0,
            cascade_candidate_limit: T::from_f64(1000.0),
            cascade_weight_multiplier: T::from_f64(0.4),
            cascade_max_out_epochs: 150,
            cascade_max_cand_epochs: 150,
            cascade_min_out_epochs: 50,
            cascade_min_cand_epochs: 50,
            cascade_activation_functions: vec![
                act::SIGMOID,
                act::SIGMOID_SYMMETRIC,
                act::GAUSSIAN,
                act::GAUSSIAN_SYMMETRIC,
                act::ELLIOT,
                act::ELLIOT_SYMMETRIC,
                act::SIN_SYMMETRIC,
                act::COS_SYMMETRIC,
                act::SIN,
                act::COS,
            ],
            cascade_activation_steepnesses: [0.25, 0.5, 0.75, 1.0]
                .iter()
                .map(|&s| T::from_f64(s))
                .collect(),
            cascade_num_candidate_groups: 2,
            num_mse: 0,
            mse_value: 0.0,
            num_bit_fail: 0,
        }
    }
}

impl<T> Params<T> {
    /// `fann_get_cascade_num_candidates` (u32 arithmetic, wrapping as in C).
    pub fn cascade_num_candidates(&self) -> u32 {
        (self.cascade_activation_functions.len() as u32)
            .wrapping_mul(self.cascade_activation_steepnesses.len() as u32)
            .wrapping_mul(self.cascade_num_candidate_groups)
    }

    /// `fann_get_MSE`: the mean in `f32`, 0 when nothing was accumulated.
    pub fn mse(&self) -> f32 {
        if self.num_mse == 0 {
            0.0
        } else {
            self.mse_value / self.num_mse as f32
        }
    }
}

/// Fixed-point state: the decimal point and the stepwise sigmoid tables derived from it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FixedPoint {
    pub decimal_point: u32,
    pub multiplier: u32,
    pub sigmoid_results: [i32; 6],
    pub sigmoid_values: [i32; 6],
    pub sigmoid_symmetric_results: [i32; 6],
    pub sigmoid_symmetric_values: [i32; 6],
}

impl FixedPoint {
    /// The tables for `decimal_point` (`fann_update_stepwise`).
    pub fn new(decimal_point: u32) -> Self {
        let m = 1u32.checked_shl(decimal_point).unwrap_or(0);
        let mut fp = FixedPoint {
            decimal_point,
            multiplier: m,
            ..Default::default()
        };
        fp.update_stepwise();
        fp
    }

    /// Recomputes the stepwise tables from `multiplier`, with FANN's mixed int/float/double
    /// arithmetic.
    pub fn update_stepwise(&mut self) {
        use super::num::c_double_to_int as to_int;
        let m = self.multiplier;
        let md = m as f64;
        let mi = m as i32;
        let lo_sym = 1i32.wrapping_sub(mi);
        self.sigmoid_results = [
            to_int(md / 200.0 + 0.5).max(1),
            to_int(md / 20.0 + 0.5).max(1),
            to_int(md / 4.0 + 0.5).max(1),
            mi.wrapping_sub(to_int(md / 4.0 + 0.5))
                .min(mi.wrapping_sub(1)),
            mi.wrapping_sub(to_int(md / 20.0 + 0.5))
                .min(mi.wrapping_sub(1)),
            mi.wrapping_sub(to_int(md / 200.0 + 0.5))
                .min(mi.wrapping_sub(1)),
        ];
        self.sigmoid_symmetric_results = [
            to_int((md / 100.0) - md - 0.5).max(lo_sym),
            to_int((md / 10.0) - md - 0.5).max(lo_sym),
            to_int((md / 2.0) - md - 0.5).max(lo_sym),
            mi.wrapping_sub(to_int(md / 2.0 + 0.5))
                .min(mi.wrapping_sub(1)),
            mi.wrapping_sub(to_int(md / 10.0 + 0.5))
                .min(mi.wrapping_sub(1)),
            mi.wrapping_sub(to_int(md / 100.0 + 1.0))
                .min(mi.wrapping_sub(1)),
        ];
        let mf = m as f32;
        for i in 0..6 {
            let r = self.sigmoid_results[i] as f32;
            let inner = mf / r - 1.0;
            self.sigmoid_values[i] = to_int((((inner as f64).ln() * mf as f64) / -2.0) * mf as f64);
            let q = self.sigmoid_symmetric_results[i] as f32;
            let ratio = (mf - q) / (q + mf);
            self.sigmoid_symmetric_values[i] =
                to_int((((ratio as f64).ln() * mf as f64) / -2.0) * mf as f64);
        }
    }
}

/// Per-connection training state (allocated lazily by training).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TrainState<T> {
    pub train_errors: Option<Vec<T>>,
    pub train_slopes: Option<Vec<T>>,
    pub prev_steps: Option<Vec<T>>,
    pub prev_train_slopes: Option<Vec<T>>,
    pub prev_weights_deltas: Option<Vec<T>>,
}

/// Input/output scaling parameters (always `f32`, as in FANN).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scaling {
    pub mean_in: Vec<f32>,
    pub deviation_in: Vec<f32>,
    pub new_min_in: Vec<f32>,
    pub factor_in: Vec<f32>,
    pub mean_out: Vec<f32>,
    pub deviation_out: Vec<f32>,
    pub new_min_out: Vec<f32>,
    pub factor_out: Vec<f32>,
}

/// How the source neuron of each connection is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum SourceRule {
    /// From the table `Network::sources`.
    #[default]
    Table,
    /// Connection i of a neuron comes from neuron i of the previous layer (fully connected
    /// layered nets): no table is kept.
    PreviousLayer,
    /// Connection i of a neuron comes from neuron i (shortcut nets): no table is kept.
    FromFirst,
}

/// An exact forward pass a caller may install in place of the built-in one (see
/// [`Network::exact_forward`]).
pub type ExactForward<T> = fn(&mut Network<T>, &[T]);

/// A FANN network.
#[derive(Clone)]
pub struct Network<T: FannNum> {
    pub neurons: Vec<Neuron<T>>,
    pub layers: Vec<Layer>,
    pub weights: Vec<T>,
    /// Source neuron index of every connection, when `source_rule` is `Table`.
    pub sources: Vec<u32>,
    pub source_rule: SourceRule,
    /// Output buffer returned by runs.
    pub output: Vec<T>,
    pub num_input: u32,
    pub num_output: u32,
    pub network_type: u32,
    pub connection_rate: f32,
    pub params: Params<T>,
    pub fixed: FixedPoint,
    pub train: TrainState<T>,
    pub scaling: Option<Scaling>,
    pub cascade_candidate_scores: Option<Vec<T>>,
    /// Replaces the float builds' exact forward pass when set: the C layer installs one
    /// that evaluates libm's `exp` inline where the CPU and the running libm allow it
    /// (same results, no call per neuron). It must give exactly the built-in pass's
    /// results.
    pub exact_forward: Option<ExactForward<T>>,
}

impl<T: FannNum> Network<T> {
    pub fn total_connections(&self) -> u32 {
        self.weights.len() as u32
    }

    /// Source neuron of connection `i` of a neuron of layer `li` whose connections start at
    /// `first_con` (`usize::MAX` past the table).
    #[inline]
    pub fn source_at(&self, li: usize, first_con: usize, i: usize) -> usize {
        match self.source_rule {
            SourceRule::Table => self
                .sources
                .get(first_con + i)
                .map_or(usize::MAX, |&s| s as usize),
            SourceRule::PreviousLayer => self
                .layers
                .get(li.wrapping_sub(1))
                .map_or(i, |l| l.first + i),
            SourceRule::FromFirst => i,
        }
    }

    /// The source of every connection in connection order (slots no neuron owns: 0 for the
    /// positional rules, as FANN's zeroed arrays have).
    pub fn source_table(&self) -> std::borrow::Cow<'_, [u32]> {
        if self.source_rule == SourceRule::Table {
            return std::borrow::Cow::Borrowed(&self.sources);
        }
        let mut table = vec![0u32; self.weights.len()];
        self.visit_positional_sources(|c, s| table[c] = s);
        std::borrow::Cow::Owned(table)
    }

    /// Calls `f(connection, source)` for every connection a neuron owns, without building
    /// a table (for a positional rule; with a table, for every entry).
    pub fn visit_sources(&self, mut f: impl FnMut(usize, u32)) {
        if self.source_rule == SourceRule::Table {
            for (c, &s) in self.sources.iter().enumerate() {
                f(c, s);
            }
        } else {
            self.visit_positional_sources(f);
        }
    }

    fn visit_positional_sources(&self, mut f: impl FnMut(usize, u32)) {
        let len = self.weights.len();
        for (li, layer) in self.layers.iter().enumerate() {
            for n in &self.neurons[layer.first..layer.last] {
                let (first, last) = (n.first_con as usize, n.last_con as usize);
                for c in first.min(last)..last.min(len) {
                    f(c, self.source_at(li, first, c - first) as u32);
                }
            }
        }
    }

    /// Makes `sources` an explicit table of `total_connections` entries (before code that
    /// edits sources one by one).
    pub fn ensure_source_table(&mut self) {
        if self.source_rule != SourceRule::Table {
            self.sources = self.source_table().into_owned();
            self.source_rule = SourceRule::Table;
        }
        if self.sources.len() < self.weights.len() {
            self.sources.resize(self.weights.len(), 0);
        }
    }

    /// Layer of neuron `n`, if it is in one.
    pub fn layer_of(&self, n: usize) -> Option<usize> {
        self.layers.iter().position(|l| l.first <= n && n < l.last)
    }

    /// `fann_get_total_neurons`: layered nets do not count the unused output-layer bias.
    pub fn total_neurons_reported(&self) -> u32 {
        let n = self.neurons.len() as u32;
        // FANN tests `network_type` for non-zero: any other value counts as shortcut.
        if self.network_type != nettype::LAYER {
            n
        } else {
            n.wrapping_sub(1)
        }
    }

    pub fn num_layers(&self) -> u32 {
        self.layers.len() as u32
    }

    /// `fann_get_layer_array`: neurons per layer without bias.
    pub fn layer_sizes(&self) -> Vec<u32> {
        self.layers
            .iter()
            .enumerate()
            .map(|(i, l)| {
                let n = l.len() as u32;
                match self.network_type {
                    nettype::LAYER => n.wrapping_sub(1),
                    nettype::SHORTCUT if i == 0 => n.wrapping_sub(1),
                    _ => n,
                }
            })
            .collect()
    }

    /// `fann_get_bias_array`.
    pub fn bias_counts(&self) -> Vec<u32> {
        let last = self.layers.len().saturating_sub(1);
        (0..self.layers.len())
            .map(|i| match self.network_type {
                nettype::LAYER => u32::from(i != last),
                nettype::SHORTCUT => u32::from(i == 0),
                _ => 0,
            })
            .collect()
    }

    /// `(from, to, weight)` for every connection in connection order.
    pub fn connections(&self) -> impl Iterator<Item = (u32, u32, T)> + '_ {
        self.neurons.iter().enumerate().flat_map(move |(to, n)| {
            let (first, last) = (n.first_con as usize, n.last_con as usize);
            let li = self.layer_of(to).unwrap_or(0);
            (first..last).map(move |c| {
                (
                    self.source_at(li, first, c - first) as u32,
                    to as u32,
                    self.weights[c],
                )
            })
        })
    }

    /// `fann_set_weight`: every connection `from -> to` gets `weight`; none is not an error.
    pub fn set_weight(&mut self, from: u32, to: u32, weight: T) {
        if let Some(n) = self.neurons.get(to as usize) {
            let (first, last) = (n.first_con as usize, n.last_con as usize);
            let li = self.layer_of(to as usize).unwrap_or(0);
            for c in first..last.min(self.weights.len()) {
                if self.source_at(li, first, c - first) == from as usize {
                    self.weights[c] = weight;
                }
            }
        }
    }

    /// Index of layer `layer` for the per-layer accessors: layer 0 (input) is rejected.
    pub fn check_layer(&self, layer: i32) -> Result<usize, FannError> {
        if layer <= 0 || layer as usize >= self.layers.len() {
            return Err(FannError::IndexOutOfBound(layer));
        }
        Ok(layer as usize)
    }

    /// Global index of neuron `neuron` of layer `layer` (bias included); negative indexes
    /// are rejected too.
    pub fn check_neuron(&self, layer: i32, neuron: i32) -> Result<usize, FannError> {
        let l = self.layers[self.check_layer(layer)?];
        if neuron < 0 || neuron as usize >= l.len() {
            return Err(FannError::IndexOutOfBound(neuron));
        }
        Ok(l.first + neuron as usize)
    }

    pub fn activation_function(&self, layer: i32, neuron: i32) -> Result<u32, FannError> {
        let n = self.check_neuron(layer, neuron)?;
        Ok(self.neurons[n].activation_function)
    }

    pub fn activation_steepness(&self, layer: i32, neuron: i32) -> Result<T, FannError> {
        let n = self.check_neuron(layer, neuron)?;
        Ok(self.neurons[n].activation_steepness)
    }

    pub fn set_activation_function(
        &mut self,
        f: u32,
        layer: i32,
        neuron: i32,
    ) -> Result<(), FannError> {
        let n = self.check_neuron(layer, neuron)?;
        self.neurons[n].activation_function = f;
        Ok(())
    }

    pub fn set_activation_steepness(
        &mut self,
        s: T,
        layer: i32,
        neuron: i32,
    ) -> Result<(), FannError> {
        let n = self.check_neuron(layer, neuron)?;
        self.neurons[n].activation_steepness = s;
        Ok(())
    }

    /// Applies `f` to every neuron (bias included) of the layers in `layers`.
    fn for_layer_neurons(
        &mut self,
        layers: std::ops::Range<usize>,
        mut f: impl FnMut(&mut Neuron<T>),
    ) {
        for li in layers {
            let l = self.layers[li];
            for n in &mut self.neurons[l.first..l.last] {
                f(n);
            }
        }
    }

    pub fn set_activation_function_layer(&mut self, f: u32, layer: i32) -> Result<(), FannError> {
        let l = self.check_layer(layer)?;
        self.for_layer_neurons(l..l + 1, |n| n.activation_function = f);
        Ok(())
    }

    pub fn set_activation_steepness_layer(&mut self, s: T, layer: i32) -> Result<(), FannError> {
        let l = self.check_layer(layer)?;
        self.for_layer_neurons(l..l + 1, |n| n.activation_steepness = s);
        Ok(())
    }

    fn hidden_layers(&self) -> std::ops::Range<usize> {
        1..self.layers.len().saturating_sub(1).max(1)
    }

    fn output_layer(&self) -> std::ops::Range<usize> {
        let n = self.layers.len();
        n.saturating_sub(1)..n
    }

    pub fn set_activation_function_hidden(&mut self, f: u32) {
        self.for_layer_neurons(self.hidden_layers(), |n| n.activation_function = f);
    }

    pub fn set_activation_steepness_hidden(&mut self, s: T) {
        self.for_layer_neurons(self.hidden_layers(), |n| n.activation_steepness = s);
    }

    pub fn set_activation_function_output(&mut self, f: u32) {
        self.for_layer_neurons(self.output_layer(), |n| n.activation_function = f);
    }

    pub fn set_activation_steepness_output(&mut self, s: T) {
        self.for_layer_neurons(self.output_layer(), |n| n.activation_steepness = s);
    }

    /// Runs the network on `input` (at least `num_input` values) and returns the outputs.
    pub fn run(&mut self, input: &[T]) -> &[T] {
        self.run_with_events(input, &mut |_| {});
        &self.output
    }

    /// Like [`run`](Self::run), reporting fixed-point warnings and errors to `events`.
    pub fn run_with_events(
        &mut self,
        input: &[T],
        events: &mut dyn FnMut(super::forward::RunEvent),
    ) {
        T::forward(self, input, events);
    }
}

/// Below this many connections the exact forward pass is as fast as the wide one.
pub const FAST_RUN_MIN_CONNECTIONS: usize = 512;

impl<T: super::forward::FloatArith> Network<T> {
    /// `run` on the fast path (wide dot products; equal to `run` up to rounding) for fully
    /// connected nets of some size, the exact path otherwise (below `FAST_RUN_MIN_CONNECTIONS`
    /// it is as fast).
    pub fn run_fast(&mut self, input: &[T], kernel: &dyn super::fast::Gemm<T>) -> &[T] {
        let done = if self.weights.len() < FAST_RUN_MIN_CONNECTIONS {
            super::forward::run_float_small(self, input)
        } else {
            super::forward::run_float_fast(self, input, kernel)
        };
        if !done {
            self.run(input);
        }
        &self.output
    }
}
