//! `fann_data.h`: the public structs with FANN's exact x86-64 layout, the number type and
//! the enumeration types (kept as plain integers: C may pass any value).

use libc::{c_float, c_int, c_uint, c_void, FILE};

use super::fann_train::fann_train_data;

/// `fann_type`: `float` in libfann/libfloatfann, `double` in libdoublefann, `int` in libfixedfann.
#[cfg(feature = "fixed")]
pub type fann_type = c_int;
#[cfg(all(feature = "double", not(feature = "fixed")))]
pub type fann_type = f64;
#[cfg(not(any(feature = "double", feature = "fixed")))]
pub type fann_type = c_float;

pub type fann_errno_enum = c_uint;
pub type fann_train_enum = c_uint;
pub type fann_activationfunc_enum = c_uint;
pub type fann_errorfunc_enum = c_uint;
pub type fann_stopfunc_enum = c_uint;
pub type fann_nettype_enum = c_uint;

/// `fann_callback_type`: called by the training loops with the caller's own data pointer.
pub type fann_callback_type = Option<
    unsafe extern "C" fn(
        ann: *mut fann,
        train: *mut fann_train_data,
        max_epochs: c_uint,
        epochs_between_reports: c_uint,
        desired_error: c_float,
        epochs: c_uint,
    ) -> c_int,
>;

/// `struct fann_neuron`: packed, so clients walk neurons at a 24-byte (double: 36) stride.
#[repr(C, packed)]
pub struct fann_neuron {
    pub first_con: c_uint,
    pub last_con: c_uint,
    pub sum: fann_type,
    pub value: fann_type,
    pub activation_steepness: fann_type,
    pub activation_function: fann_activationfunc_enum,
}

/// `struct fann_layer`: `[first_neuron, last_neuron)`, the bias neuron (if any) last.
#[repr(C)]
pub struct fann_layer {
    pub first_neuron: *mut fann_neuron,
    pub last_neuron: *mut fann_neuron,
}

/// `struct fann_error`: the common prefix of `struct fann` and `struct fann_train_data`.
#[repr(C)]
pub struct fann_error {
    pub errno_f: fann_errno_enum,
    pub error_log: *mut FILE,
    pub errstr: *mut libc::c_char,
}

/// The public part of `struct fann`. Only the library allocates it; private state follows.
#[repr(C)]
pub struct fann {
    pub errno_f: fann_errno_enum,
    pub error_log: *mut FILE,
    pub errstr: *mut libc::c_char,
    pub learning_rate: c_float,
    pub learning_momentum: c_float,
    pub connection_rate: c_float,
    pub network_type: fann_nettype_enum,
    pub first_layer: *mut fann_layer,
    pub last_layer: *mut fann_layer,
    pub total_neurons: c_uint,
    pub num_input: c_uint,
    pub num_output: c_uint,
    pub weights: *mut fann_type,
    pub connections: *mut *mut fann_neuron,
    pub train_errors: *mut fann_type,
    pub training_algorithm: fann_train_enum,
    #[cfg(feature = "fixed")]
    pub decimal_point: c_uint,
    #[cfg(feature = "fixed")]
    pub multiplier: c_uint,
    #[cfg(feature = "fixed")]
    pub sigmoid_results: [fann_type; 6],
    #[cfg(feature = "fixed")]
    pub sigmoid_values: [fann_type; 6],
    #[cfg(feature = "fixed")]
    pub sigmoid_symmetric_results: [fann_type; 6],
    #[cfg(feature = "fixed")]
    pub sigmoid_symmetric_values: [fann_type; 6],
    pub total_connections: c_uint,
    pub output: *mut fann_type,
    pub num_MSE: c_uint,
    pub MSE_value: c_float,
    pub num_bit_fail: c_uint,
    pub bit_fail_limit: fann_type,
    pub train_error_function: fann_errorfunc_enum,
    pub train_stop_function: fann_stopfunc_enum,
    pub callback: fann_callback_type,
    pub user_data: *mut c_void,
    pub cascade_output_change_fraction: c_float,
    pub cascade_output_stagnation_epochs: c_uint,
    pub cascade_candidate_change_fraction: c_float,
    pub cascade_candidate_stagnation_epochs: c_uint,
    pub cascade_best_candidate: c_uint,
    pub cascade_candidate_limit: fann_type,
    pub cascade_weight_multiplier: fann_type,
    pub cascade_max_out_epochs: c_uint,
    pub cascade_max_cand_epochs: c_uint,
    pub cascade_min_out_epochs: c_uint,
    pub cascade_min_cand_epochs: c_uint,
    pub cascade_activation_functions: *mut fann_activationfunc_enum,
    pub cascade_activation_functions_count: c_uint,
    pub cascade_activation_steepnesses: *mut fann_type,
    pub cascade_activation_steepnesses_count: c_uint,
    pub cascade_num_candidate_groups: c_uint,
    pub cascade_candidate_scores: *mut fann_type,
    pub total_neurons_allocated: c_uint,
    pub total_connections_allocated: c_uint,
    pub quickprop_decay: c_float,
    pub quickprop_mu: c_float,
    pub rprop_increase_factor: c_float,
    pub rprop_decrease_factor: c_float,
    pub rprop_delta_min: c_float,
    pub rprop_delta_max: c_float,
    pub rprop_delta_zero: c_float,
    pub sarprop_weight_decay_shift: c_float,
    pub sarprop_step_error_threshold_factor: c_float,
    pub sarprop_step_error_shift: c_float,
    pub sarprop_temperature: c_float,
    pub sarprop_epoch: c_uint,
    pub train_slopes: *mut fann_type,
    pub prev_steps: *mut fann_type,
    pub prev_train_slopes: *mut fann_type,
    pub prev_weights_deltas: *mut fann_type,
    #[cfg(not(feature = "fixed"))]
    pub scale_mean_in: *mut c_float,
    #[cfg(not(feature = "fixed"))]
    pub scale_deviation_in: *mut c_float,
    #[cfg(not(feature = "fixed"))]
    pub scale_new_min_in: *mut c_float,
    #[cfg(not(feature = "fixed"))]
    pub scale_factor_in: *mut c_float,
    #[cfg(not(feature = "fixed"))]
    pub scale_mean_out: *mut c_float,
    #[cfg(not(feature = "fixed"))]
    pub scale_deviation_out: *mut c_float,
    #[cfg(not(feature = "fixed"))]
    pub scale_new_min_out: *mut c_float,
    #[cfg(not(feature = "fixed"))]
    pub scale_factor_out: *mut c_float,
}

/// `struct fann_connection`: one entry of `fann_get_connection_array`.
#[repr(C)]
pub struct fann_connection {
    pub from_neuron: c_uint,
    pub to_neuron: c_uint,
    pub weight: fann_type,
}

// The layouts of api.md section 3, checked at compile time.
const _: () = {
    use std::mem::{align_of, size_of};
    assert!(size_of::<fann_error>() == 24);
    assert!(size_of::<fann_layer>() == 16);
    assert!(size_of::<fann_neuron>() == 12 + 3 * size_of::<fann_type>());
    assert!(size_of::<fann_neuron>() == size_of::<crate::engine::Neuron<fann_type>>());
    assert!(align_of::<fann>() == 8);
    #[cfg(feature = "fixed")]
    assert!(size_of::<fann>() == 432);
    #[cfg(all(feature = "double", not(feature = "fixed")))]
    assert!(size_of::<fann>() == 408);
    #[cfg(not(any(feature = "double", feature = "fixed")))]
    assert!(size_of::<fann>() == 392);
};
