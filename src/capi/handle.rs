//! The allocation behind every `struct fann *`: FANN's public struct first, then the core
//! network it describes. The public pointers (layers, neurons, weights, output, ...) point
//! into the core's own storage, so clients that walk `ann->first_layer` see live data.

use std::ptr::null_mut;

use super::fann_data::{fann, fann_layer, fann_neuron, fann_type};
use super::fann_error::default_log;
use crate::engine::{FannError, Limits, Network};

#[repr(C)]
pub(crate) struct Handle {
    /// Must stay the first field: `struct fann *` is a pointer to it.
    pub public: fann,
    pub net: Network<fann_type>,
    layer_array: Vec<fann_layer>,
    connection_ptrs: Vec<*mut fann_neuron>,
    /// Train on FANN's exact path (bit-identical results) rather than the fast one.
    pub exact: bool,
    /// Threads of the fast path's batch-style epochs.
    pub threads: usize,
    /// Candidates between the exported cascade internals (`fann_initialize_candidates` ...
    /// `fann_install_candidate`); cascade training itself keeps its pool to itself.
    #[cfg(not(feature = "fixed"))]
    pub candidates: Option<crate::engine::cascade::CandidatePool<fann_type>>,
    /// Assembled through the exported allocation internals: the client writes counts and
    /// connection pointers into the public struct, which the core adopts before each call.
    pub hand_built: bool,
}

/// `FANN_EXACT=1` in the environment makes new networks use the exact path.
fn exact_by_default() -> bool {
    static EXACT: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *EXACT.get_or_init(|| std::env::var("FANN_EXACT").is_ok_and(|v| v.trim() == "1"))
}

/// `FANN_NUM_THREADS` (1 to 256, default 1), read once.
fn threads_by_default() -> usize {
    static THREADS: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *THREADS.get_or_init(|| {
        std::env::var("FANN_NUM_THREADS")
            .ok()
            .and_then(|v| v.trim().parse::<usize>().ok())
            .map_or(1, |n| n.clamp(1, 256))
    })
}

fn opt_ptr<T>(v: &mut Option<Vec<T>>) -> *mut T {
    v.as_mut().map_or(null_mut(), |v| v.as_mut_ptr())
}

/// NULL for an empty array, as FANN has after `realloc(p, 0)`.
fn vec_ptr<T>(v: &mut [T]) -> *mut T {
    if v.is_empty() {
        null_mut()
    } else {
        v.as_mut_ptr()
    }
}

impl Handle {
    /// Moves `net` into a new allocation and returns the client's pointer to it.
    /// Fails with error 11 when the pointer tables cannot be allocated.
    pub fn into_raw(net: Network<fann_type>) -> Result<*mut fann, FannError> {
        #[cfg(not(feature = "fixed"))]
        let net = Network {
            exact_forward: super::kernels::exact_forward(),
            ..net
        };
        let mut h = Box::new(Handle {
            public: blank_public(),
            net,
            layer_array: Vec::new(),
            connection_ptrs: Vec::new(),
            exact: exact_by_default(),
            threads: threads_by_default(),
            #[cfg(not(feature = "fixed"))]
            candidates: None,
            hand_built: false,
        });
        h.push_params();
        h.sync_structure()?;
        Ok(Box::into_raw(h) as *mut fann)
    }

    /// Frees a handle made by `into_raw`, including its `malloc`ed error string.
    pub fn destroy(ann: *mut fann) {
        if ann.is_null() {
            return;
        }
        // SAFETY: `ann` came from `into_raw` (FANN's contract: destroy only what the library
        // created, once), so it is the address of a boxed `Handle`.
        let h = unsafe { Box::from_raw(ann as *mut Handle) };
        super::libc_io::free(h.public.errstr);
    }

    /// Takes what a client assembling a network by hand wrote into the public struct (counts,
    /// type, connection pointers) into the core. Pointers that do not address one of the
    /// network's neurons become an invalid source, which fails the call that reads it.
    pub fn adopt_c_structure(&mut self) {
        let base = self.net.neurons.as_ptr() as usize;
        let size = std::mem::size_of::<fann_neuron>();
        let count = self.net.neurons.len();
        self.net.ensure_source_table();
        for (s, &p) in self.net.sources.iter_mut().zip(&self.connection_ptrs) {
            let offset = (p as usize).wrapping_sub(base);
            *s = if p.is_null() || !offset.is_multiple_of(size) || offset / size >= count {
                u32::MAX
            } else {
                (offset / size) as u32
            };
        }
        let p = &self.public;
        self.net.num_input = p.num_input;
        self.net.num_output = p.num_output;
        self.net.network_type = p.network_type;
        self.net.connection_rate = p.connection_rate;
        #[cfg(feature = "fixed")]
        {
            self.net.fixed.decimal_point = p.decimal_point;
            self.net.fixed.multiplier = p.multiplier;
        }
    }

    /// Index of the layer `layer` points at in this network's layer array (one past the end
    /// included), or `None` for a pointer elsewhere.
    pub fn layer_index_of(&self, layer: *const fann_layer) -> Option<usize> {
        let offset = (layer as usize).wrapping_sub(self.layer_array.as_ptr() as usize);
        let size = std::mem::size_of::<fann_layer>();
        let index = offset / size;
        (offset.is_multiple_of(size) && index <= self.layer_array.len()).then_some(index)
    }

    /// `fann_allocate_neurons`: one zeroed neuron array for the layer sizes the client wrote
    /// into the layer table as pointer differences (FANN's convention), at least
    /// `total_neurons` long, and an output buffer of the last layer's size.
    pub fn allocate_neurons_from_c(&mut self, limits: &Limits) -> Result<(), FannError> {
        let size = std::mem::size_of::<fann_neuron>();
        let sizes: Vec<usize> = self
            .layer_array
            .iter()
            .map(|l| (l.last_neuron as usize).wrapping_sub(l.first_neuron as usize) / size)
            .collect();
        let sum = sizes
            .iter()
            .try_fold(0usize, |a, &n| a.checked_add(n))
            .ok_or(FannError::CantAllocateMem)?;
        let total = sum.max(self.public.total_neurons as usize);
        let bytes = (total as u64).saturating_mul(size as u64 + 16);
        if bytes > limits.max_bytes || total > u32::MAX as usize {
            return Err(FannError::CantAllocateMem);
        }
        let mut neurons = Vec::new();
        neurons
            .try_reserve_exact(total)
            .map_err(|_| FannError::CantAllocateMem)?;
        neurons.resize(total, Default::default());
        let mut first = 0;
        let layers = sizes
            .iter()
            .map(|&n| {
                let l = crate::engine::network::Layer {
                    first,
                    last: first + n,
                };
                first += n;
                l
            })
            .collect();
        let net = &mut self.net;
        net.neurons = neurons;
        net.layers = layers;
        net.output = vec![Default::default(); sizes.last().copied().unwrap_or(0)];
        net.num_input = self.public.num_input;
        net.num_output = self.public.num_output;
        self.sync_structure()
    }

    /// `fann_allocate_connections`: zeroed weights and NULL connection pointers for the
    /// `total_connections` the client set.
    pub fn allocate_connections_from_c(&mut self, limits: &Limits) -> Result<(), FannError> {
        let total = self.public.total_connections as usize;
        let bytes = (total as u64).saturating_mul(std::mem::size_of::<fann_type>() as u64 + 12);
        if bytes > limits.max_bytes {
            return Err(FannError::CantAllocateMem);
        }
        let mut weights = Vec::new();
        weights
            .try_reserve_exact(total)
            .map_err(|_| FannError::CantAllocateMem)?;
        weights.resize(total, Default::default());
        let mut sources = Vec::new();
        sources
            .try_reserve_exact(total)
            .map_err(|_| FannError::CantAllocateMem)?;
        sources.resize(total, u32::MAX);
        self.net.weights = weights;
        self.net.sources = sources;
        self.net.source_rule = crate::engine::network::SourceRule::Table;
        self.sync_structure()
    }

    /// Rebuilds the layer and connection pointer tables for the core's current storage (after
    /// any change of topology) and points the public struct at everything.
    pub fn sync_structure(&mut self) -> Result<(), FannError> {
        let net = &mut self.net;
        // A network without neurons (fresh from `fann_allocate_structure`) has NULL layers.
        let base = if net.neurons.is_empty() {
            null_mut()
        } else {
            net.neurons.as_mut_ptr() as *mut fann_neuron
        };
        let mut layers = Vec::new();
        layers
            .try_reserve_exact(net.layers.len())
            .map_err(|_| FannError::CantAllocateMem)?;
        layers.extend(net.layers.iter().map(|l| fann_layer {
            first_neuron: base.wrapping_add(l.first),
            last_neuron: base.wrapping_add(l.last),
        }));
        // Sparse budgets can leave slots no neuron owns; FANN leaves their pointer NULL.
        let total = net.weights.len().max(net.sources.len());
        let mut connections = Vec::new();
        connections
            .try_reserve_exact(total)
            .map_err(|_| FannError::CantAllocateMem)?;
        // Slots no neuron owns address neuron 0 under the positional rules (FANN's zeroed
        // table); the table itself marks them.
        connections.resize(total, base);
        net.visit_sources(|c, s| {
            connections[c] = if s == u32::MAX {
                null_mut()
            } else {
                base.wrapping_add(s as usize)
            }
        });
        self.layer_array = layers;
        self.connection_ptrs = connections;
        self.sync_public();
        Ok(())
    }

    /// Copies the core's pointers and counts into the public struct (no allocation).
    pub fn sync_public(&mut self) {
        let net = &mut self.net;
        let p = &mut self.public;
        p.first_layer = self.layer_array.as_mut_ptr();
        p.last_layer = p.first_layer.wrapping_add(self.layer_array.len());
        p.total_neurons = net.neurons.len() as u32;
        p.total_neurons_allocated = p.total_neurons;
        p.num_input = net.num_input;
        p.num_output = net.num_output;
        p.weights = net.weights.as_mut_ptr();
        p.connections = self.connection_ptrs.as_mut_ptr();
        p.total_connections = net.weights.len() as u32;
        p.total_connections_allocated = p.total_connections;
        p.output = net.output.as_mut_ptr();
        p.network_type = net.network_type;
        p.connection_rate = net.connection_rate;
        p.train_errors = opt_ptr(&mut net.train.train_errors);
        p.train_slopes = opt_ptr(&mut net.train.train_slopes);
        p.prev_steps = opt_ptr(&mut net.train.prev_steps);
        p.prev_train_slopes = opt_ptr(&mut net.train.prev_train_slopes);
        p.prev_weights_deltas = opt_ptr(&mut net.train.prev_weights_deltas);
        p.cascade_candidate_scores = opt_ptr(&mut net.cascade_candidate_scores);
        p.cascade_activation_functions = vec_ptr(&mut net.params.cascade_activation_functions);
        p.cascade_activation_functions_count = net.params.cascade_activation_functions.len() as u32;
        p.cascade_activation_steepnesses = vec_ptr(&mut net.params.cascade_activation_steepnesses);
        p.cascade_activation_steepnesses_count =
            net.params.cascade_activation_steepnesses.len() as u32;
        #[cfg(feature = "fixed")]
        {
            let f = &net.fixed;
            p.decimal_point = f.decimal_point;
            p.multiplier = f.multiplier;
            p.sigmoid_results = f.sigmoid_results;
            p.sigmoid_values = f.sigmoid_values;
            p.sigmoid_symmetric_results = f.sigmoid_symmetric_results;
            p.sigmoid_symmetric_values = f.sigmoid_symmetric_values;
        }
        #[cfg(not(feature = "fixed"))]
        {
            let ptrs = match net.scaling.as_mut() {
                Some(s) => [
                    s.mean_in.as_mut_ptr(),
                    s.deviation_in.as_mut_ptr(),
                    s.new_min_in.as_mut_ptr(),
                    s.factor_in.as_mut_ptr(),
                    s.mean_out.as_mut_ptr(),
                    s.deviation_out.as_mut_ptr(),
                    s.new_min_out.as_mut_ptr(),
                    s.factor_out.as_mut_ptr(),
                ],
                None => [null_mut(); 8],
            };
            p.scale_mean_in = ptrs[0];
            p.scale_deviation_in = ptrs[1];
            p.scale_new_min_in = ptrs[2];
            p.scale_factor_in = ptrs[3];
            p.scale_mean_out = ptrs[4];
            p.scale_deviation_out = ptrs[5];
            p.scale_new_min_out = ptrs[6];
            p.scale_factor_out = ptrs[7];
        }
    }

    /// Copies the core's scalar parameters into the public struct.
    pub fn push_params(&mut self) {
        let (p, q) = (&mut self.public, &self.net.params);
        p.training_algorithm = q.training_algorithm;
        p.learning_rate = q.learning_rate;
        p.learning_momentum = q.learning_momentum;
        p.train_error_function = q.train_error_function;
        p.train_stop_function = q.train_stop_function;
        p.bit_fail_limit = q.bit_fail_limit;
        p.quickprop_decay = q.quickprop_decay;
        p.quickprop_mu = q.quickprop_mu;
        p.rprop_increase_factor = q.rprop_increase_factor;
        p.rprop_decrease_factor = q.rprop_decrease_factor;
        p.rprop_delta_min = q.rprop_delta_min;
        p.rprop_delta_max = q.rprop_delta_max;
        p.rprop_delta_zero = q.rprop_delta_zero;
        p.sarprop_weight_decay_shift = q.sarprop_weight_decay_shift;
        p.sarprop_step_error_threshold_factor = q.sarprop_step_error_threshold_factor;
        p.sarprop_step_error_shift = q.sarprop_step_error_shift;
        p.sarprop_temperature = q.sarprop_temperature;
        p.sarprop_epoch = q.sarprop_epoch;
        p.cascade_output_change_fraction = q.cascade_output_change_fraction;
        p.cascade_output_stagnation_epochs = q.cascade_output_stagnation_epochs;
        p.cascade_candidate_change_fraction = q.cascade_candidate_change_fraction;
        p.cascade_candidate_stagnation_epochs = q.cascade_candidate_stagnation_epochs;
        p.cascade_best_candidate = q.cascade_best_candidate;
        p.cascade_candidate_limit = q.cascade_candidate_limit;
        p.cascade_weight_multiplier = q.cascade_weight_multiplier;
        p.cascade_max_out_epochs = q.cascade_max_out_epochs;
        p.cascade_max_cand_epochs = q.cascade_max_cand_epochs;
        p.cascade_min_out_epochs = q.cascade_min_out_epochs;
        p.cascade_min_cand_epochs = q.cascade_min_cand_epochs;
        p.cascade_num_candidate_groups = q.cascade_num_candidate_groups;
        p.num_MSE = q.num_mse;
        p.MSE_value = q.mse_value;
        p.num_bit_fail = q.num_bit_fail;
    }

    /// Copies the public scalar parameters (which setters and clients write) into the core.
    pub fn pull_params(&mut self) {
        let (p, q) = (&self.public, &mut self.net.params);
        q.training_algorithm = p.training_algorithm;
        q.learning_rate = p.learning_rate;
        q.learning_momentum = p.learning_momentum;
        q.train_error_function = p.train_error_function;
        q.train_stop_function = p.train_stop_function;
        q.bit_fail_limit = p.bit_fail_limit;
        q.quickprop_decay = p.quickprop_decay;
        q.quickprop_mu = p.quickprop_mu;
        q.rprop_increase_factor = p.rprop_increase_factor;
        q.rprop_decrease_factor = p.rprop_decrease_factor;
        q.rprop_delta_min = p.rprop_delta_min;
        q.rprop_delta_max = p.rprop_delta_max;
        q.rprop_delta_zero = p.rprop_delta_zero;
        q.sarprop_weight_decay_shift = p.sarprop_weight_decay_shift;
        q.sarprop_step_error_threshold_factor = p.sarprop_step_error_threshold_factor;
        q.sarprop_step_error_shift = p.sarprop_step_error_shift;
        q.sarprop_temperature = p.sarprop_temperature;
        q.sarprop_epoch = p.sarprop_epoch;
        q.cascade_output_change_fraction = p.cascade_output_change_fraction;
        q.cascade_output_stagnation_epochs = p.cascade_output_stagnation_epochs;
        q.cascade_candidate_change_fraction = p.cascade_candidate_change_fraction;
        q.cascade_candidate_stagnation_epochs = p.cascade_candidate_stagnation_epochs;
        q.cascade_best_candidate = p.cascade_best_candidate;
        q.cascade_candidate_limit = p.cascade_candidate_limit;
        q.cascade_weight_multiplier = p.cascade_weight_multiplier;
        q.cascade_max_out_epochs = p.cascade_max_out_epochs;
        q.cascade_max_cand_epochs = p.cascade_max_cand_epochs;
        q.cascade_min_out_epochs = p.cascade_min_out_epochs;
        q.cascade_min_cand_epochs = p.cascade_min_cand_epochs;
        q.cascade_num_candidate_groups = p.cascade_num_candidate_groups;
        q.num_mse = p.num_MSE;
        q.mse_value = p.MSE_value;
        q.num_bit_fail = p.num_bit_fail;
        self.net.network_type = p.network_type;
        self.net.connection_rate = p.connection_rate;
        #[cfg(feature = "fixed")]
        {
            self.net.fixed.decimal_point = p.decimal_point;
            self.net.fixed.multiplier = p.multiplier;
        }
    }
}

/// A public struct with no network attached yet: FANN's fresh-struct state.
fn blank_public() -> fann {
    fann {
        errno_f: 0,
        error_log: default_log(),
        errstr: null_mut(),
        learning_rate: 0.0,
        learning_momentum: 0.0,
        connection_rate: 0.0,
        network_type: 0,
        first_layer: null_mut(),
        last_layer: null_mut(),
        total_neurons: 0,
        num_input: 0,
        num_output: 0,
        weights: null_mut(),
        connections: null_mut(),
        train_errors: null_mut(),
        training_algorithm: 0,
        #[cfg(feature = "fixed")]
        decimal_point: 0,
        #[cfg(feature = "fixed")]
        multiplier: 0,
        #[cfg(feature = "fixed")]
        sigmoid_results: [0; 6],
        #[cfg(feature = "fixed")]
        sigmoid_values: [0; 6],
        #[cfg(feature = "fixed")]
        sigmoid_symmetric_results: [0; 6],
        #[cfg(feature = "fixed")]
        sigmoid_symmetric_values: [0; 6],
        total_connections: 0,
        output: null_mut(),
        num_MSE: 0,
        MSE_value: 0.0,
        num_bit_fail: 0,
        bit_fail_limit: Default::default(),
        train_error_function: 0,
        train_stop_function: 0,
        callback: None,
        user_data: null_mut(),
        cascade_output_change_fraction: 0.0,
        cascade_output_stagnation_epochs: 0,
        cascade_candidate_change_fraction: 0.0,
        cascade_candidate_stagnation_epochs: 0,
        cascade_best_candidate: 0,
        cascade_candidate_limit: Default::default(),
        cascade_weight_multiplier: Default::default(),
        cascade_max_out_epochs: 0,
        cascade_max_cand_epochs: 0,
        cascade_min_out_epochs: 0,
        cascade_min_cand_epochs: 0,
        cascade_activation_functions: null_mut(),
        cascade_activation_functions_count: 0,
        cascade_activation_steepnesses: null_mut(),
        cascade_activation_steepnesses_count: 0,
        cascade_num_candidate_groups: 0,
        cascade_candidate_scores: null_mut(),
        total_neurons_allocated: 0,
        total_connections_allocated: 0,
        quickprop_decay: 0.0,
        quickprop_mu: 0.0,
        rprop_increase_factor: 0.0,
        rprop_decrease_factor: 0.0,
        rprop_delta_min: 0.0,
        rprop_delta_max: 0.0,
        rprop_delta_zero: 0.0,
        sarprop_weight_decay_shift: 0.0,
        sarprop_step_error_threshold_factor: 0.0,
        sarprop_step_error_shift: 0.0,
        sarprop_temperature: 0.0,
        sarprop_epoch: 0,
        train_slopes: null_mut(),
        prev_steps: null_mut(),
        prev_train_slopes: null_mut(),
        prev_weights_deltas: null_mut(),
        #[cfg(not(feature = "fixed"))]
        scale_mean_in: null_mut(),
        #[cfg(not(feature = "fixed"))]
        scale_deviation_in: null_mut(),
        #[cfg(not(feature = "fixed"))]
        scale_new_min_in: null_mut(),
        #[cfg(not(feature = "fixed"))]
        scale_factor_in: null_mut(),
        #[cfg(not(feature = "fixed"))]
        scale_mean_out: null_mut(),
        #[cfg(not(feature = "fixed"))]
        scale_deviation_out: null_mut(),
        #[cfg(not(feature = "fixed"))]
        scale_new_min_out: null_mut(),
        #[cfg(not(feature = "fixed"))]
        scale_factor_out: null_mut(),
    }
}
