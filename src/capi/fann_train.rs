//! `fann_train.h` (the parts that exist before training itself): the training parameters,
//! the MSE counters, the activation function and steepness accessors, the callback, and
//! `struct fann_train_data`.

use libc::{c_char, c_float, c_int, c_uint, FILE};

use super::fann_data::{
    fann, fann_activationfunc_enum, fann_callback_type, fann_errno_enum, fann_errorfunc_enum,
    fann_stopfunc_enum, fann_train_enum, fann_type,
};
use super::fann_error::raise_on;
use super::guard::{slice, with_handle, with_public};
use crate::engine::FannError;

/// `struct fann_train_data`: `num_data` rows of inputs and outputs. `input[i]` and
/// `output[i]` point into one `malloc`ed block each (`input[0]`, `output[0]`).
#[repr(C)]
pub struct fann_train_data {
    pub errno_f: fann_errno_enum,
    pub error_log: *mut FILE,
    pub errstr: *mut c_char,
    pub num_data: c_uint,
    pub num_input: c_uint,
    pub num_output: c_uint,
    pub input: *mut *mut fann_type,
    pub output: *mut *mut fann_type,
}

const _: () = assert!(std::mem::size_of::<fann_train_data>() == 56);

/// The training algorithm (`enum fann_train_enum`).
#[no_mangle]
pub extern "C" fn fann_get_training_algorithm(ann: *mut fann) -> fann_train_enum {
    with_public(ann, Default::default(), |p| p.training_algorithm)
}

/// Sets `training_algorithm` (stored as given, no validation, as in FANN).
#[no_mangle]
pub extern "C" fn fann_set_training_algorithm(ann: *mut fann, training_algorithm: fann_train_enum) {
    with_public(ann, (), |p| p.training_algorithm = training_algorithm)
}

/// Learning rate of incremental, batch and quickprop training.
#[no_mangle]
pub extern "C" fn fann_get_learning_rate(ann: *mut fann) -> c_float {
    with_public(ann, Default::default(), |p| p.learning_rate)
}

/// Sets `learning_rate` (stored as given, no validation, as in FANN).
#[no_mangle]
pub extern "C" fn fann_set_learning_rate(ann: *mut fann, learning_rate: c_float) {
    with_public(ann, (), |p| p.learning_rate = learning_rate)
}

/// Momentum of incremental training.
#[no_mangle]
pub extern "C" fn fann_get_learning_momentum(ann: *mut fann) -> c_float {
    with_public(ann, Default::default(), |p| p.learning_momentum)
}

/// Sets `learning_momentum` (stored as given, no validation, as in FANN).
#[no_mangle]
pub extern "C" fn fann_set_learning_momentum(ann: *mut fann, learning_momentum: c_float) {
    with_public(ann, (), |p| p.learning_momentum = learning_momentum)
}

/// Error function used in training.
#[no_mangle]
pub extern "C" fn fann_get_train_error_function(ann: *mut fann) -> fann_errorfunc_enum {
    with_public(ann, Default::default(), |p| p.train_error_function)
}

/// Sets `train_error_function` (stored as given, no validation, as in FANN).
#[no_mangle]
pub extern "C" fn fann_set_train_error_function(
    ann: *mut fann,
    train_error_function: fann_errorfunc_enum,
) {
    with_public(ann, (), |p| p.train_error_function = train_error_function)
}

/// Stop criterion of `fann_train_on_data`.
#[no_mangle]
pub extern "C" fn fann_get_train_stop_function(ann: *mut fann) -> fann_stopfunc_enum {
    with_public(ann, Default::default(), |p| p.train_stop_function)
}

/// Sets `train_stop_function` (stored as given, no validation, as in FANN).
#[no_mangle]
pub extern "C" fn fann_set_train_stop_function(
    ann: *mut fann,
    train_stop_function: fann_stopfunc_enum,
) {
    with_public(ann, (), |p| p.train_stop_function = train_stop_function)
}

/// Output error above which an output counts as a bit fail.
#[no_mangle]
pub extern "C" fn fann_get_bit_fail_limit(ann: *mut fann) -> fann_type {
    with_public(ann, Default::default(), |p| p.bit_fail_limit)
}

/// Sets `bit_fail_limit` (stored as given, no validation, as in FANN).
#[no_mangle]
pub extern "C" fn fann_set_bit_fail_limit(ann: *mut fann, bit_fail_limit: fann_type) {
    with_public(ann, (), |p| p.bit_fail_limit = bit_fail_limit)
}

/// Quickprop weight decay.
#[no_mangle]
pub extern "C" fn fann_get_quickprop_decay(ann: *mut fann) -> c_float {
    with_public(ann, Default::default(), |p| p.quickprop_decay)
}

/// Sets `quickprop_decay` (stored as given, no validation, as in FANN).
#[no_mangle]
pub extern "C" fn fann_set_quickprop_decay(ann: *mut fann, quickprop_decay: c_float) {
    with_public(ann, (), |p| p.quickprop_decay = quickprop_decay)
}

/// Quickprop step limit factor.
#[no_mangle]
pub extern "C" fn fann_get_quickprop_mu(ann: *mut fann) -> c_float {
    with_public(ann, Default::default(), |p| p.quickprop_mu)
}

/// Sets `quickprop_mu` (stored as given, no validation, as in FANN).
#[no_mangle]
pub extern "C" fn fann_set_quickprop_mu(ann: *mut fann, quickprop_mu: c_float) {
    with_public(ann, (), |p| p.quickprop_mu = quickprop_mu)
}

/// RPROP step increase factor.
#[no_mangle]
pub extern "C" fn fann_get_rprop_increase_factor(ann: *mut fann) -> c_float {
    with_public(ann, Default::default(), |p| p.rprop_increase_factor)
}

/// Sets `rprop_increase_factor` (stored as given, no validation, as in FANN).
#[no_mangle]
pub extern "C" fn fann_set_rprop_increase_factor(ann: *mut fann, rprop_increase_factor: c_float) {
    with_public(ann, (), |p| p.rprop_increase_factor = rprop_increase_factor)
}

/// RPROP step decrease factor.
#[no_mangle]
pub extern "C" fn fann_get_rprop_decrease_factor(ann: *mut fann) -> c_float {
    with_public(ann, Default::default(), |p| p.rprop_decrease_factor)
}

/// Sets `rprop_decrease_factor` (stored as given, no validation, as in FANN).
#[no_mangle]
pub extern "C" fn fann_set_rprop_decrease_factor(ann: *mut fann, rprop_decrease_factor: c_float) {
    with_public(ann, (), |p| p.rprop_decrease_factor = rprop_decrease_factor)
}

/// Smallest RPROP step.
#[no_mangle]
pub extern "C" fn fann_get_rprop_delta_min(ann: *mut fann) -> c_float {
    with_public(ann, Default::default(), |p| p.rprop_delta_min)
}

/// Sets `rprop_delta_min` (stored as given, no validation, as in FANN).
#[no_mangle]
pub extern "C" fn fann_set_rprop_delta_min(ann: *mut fann, rprop_delta_min: c_float) {
    with_public(ann, (), |p| p.rprop_delta_min = rprop_delta_min)
}

/// Largest RPROP step.
#[no_mangle]
pub extern "C" fn fann_get_rprop_delta_max(ann: *mut fann) -> c_float {
    with_public(ann, Default::default(), |p| p.rprop_delta_max)
}

/// Sets `rprop_delta_max` (stored as given, no validation, as in FANN).
#[no_mangle]
pub extern "C" fn fann_set_rprop_delta_max(ann: *mut fann, rprop_delta_max: c_float) {
    with_public(ann, (), |p| p.rprop_delta_max = rprop_delta_max)
}

/// Initial RPROP step.
#[no_mangle]
pub extern "C" fn fann_get_rprop_delta_zero(ann: *mut fann) -> c_float {
    with_public(ann, Default::default(), |p| p.rprop_delta_zero)
}

/// Sets `rprop_delta_zero` (stored as given, no validation, as in FANN).
#[no_mangle]
pub extern "C" fn fann_set_rprop_delta_zero(ann: *mut fann, rprop_delta_zero: c_float) {
    with_public(ann, (), |p| p.rprop_delta_zero = rprop_delta_zero)
}

/// SARPROP weight decay shift.
#[no_mangle]
pub extern "C" fn fann_get_sarprop_weight_decay_shift(ann: *mut fann) -> c_float {
    with_public(ann, Default::default(), |p| p.sarprop_weight_decay_shift)
}

/// Sets `sarprop_weight_decay_shift` (stored as given, no validation, as in FANN).
#[no_mangle]
pub extern "C" fn fann_set_sarprop_weight_decay_shift(
    ann: *mut fann,
    sarprop_weight_decay_shift: c_float,
) {
    with_public(ann, (), |p| {
        p.sarprop_weight_decay_shift = sarprop_weight_decay_shift
    })
}

/// SARPROP step error threshold factor.
#[no_mangle]
pub extern "C" fn fann_get_sarprop_step_error_threshold_factor(ann: *mut fann) -> c_float {
    with_public(ann, Default::default(), |p| {
        p.sarprop_step_error_threshold_factor
    })
}

/// Sets `sarprop_step_error_threshold_factor` (stored as given, no validation, as in FANN).
#[no_mangle]
pub extern "C" fn fann_set_sarprop_step_error_threshold_factor(
    ann: *mut fann,
    sarprop_step_error_threshold_factor: c_float,
) {
    with_public(ann, (), |p| {
        p.sarprop_step_error_threshold_factor = sarprop_step_error_threshold_factor
    })
}

/// SARPROP step error shift.
#[no_mangle]
pub extern "C" fn fann_get_sarprop_step_error_shift(ann: *mut fann) -> c_float {
    with_public(ann, Default::default(), |p| p.sarprop_step_error_shift)
}

/// Sets `sarprop_step_error_shift` (stored as given, no validation, as in FANN).
#[no_mangle]
pub extern "C" fn fann_set_sarprop_step_error_shift(
    ann: *mut fann,
    sarprop_step_error_shift: c_float,
) {
    with_public(ann, (), |p| {
        p.sarprop_step_error_shift = sarprop_step_error_shift
    })
}

/// SARPROP temperature.
#[no_mangle]
pub extern "C" fn fann_get_sarprop_temperature(ann: *mut fann) -> c_float {
    with_public(ann, Default::default(), |p| p.sarprop_temperature)
}

/// Sets `sarprop_temperature` (stored as given, no validation, as in FANN).
#[no_mangle]
pub extern "C" fn fann_set_sarprop_temperature(ann: *mut fann, sarprop_temperature: c_float) {
    with_public(ann, (), |p| p.sarprop_temperature = sarprop_temperature)
}

/// Every input value of `data`, row by row (rows that are NULL are skipped).
pub(crate) fn input_values(data: &fann_train_data) -> Vec<fann_type> {
    let rows = slice(data.input as *const *mut fann_type, data.num_data as usize).unwrap_or(&[]);
    rows.iter()
        .filter_map(|&row| slice(row as *const fann_type, data.num_input as usize))
        .flatten()
        .copied()
        .collect()
}

/// Mean squared error of the outputs since the last reset (0 when nothing was seen).
#[no_mangle]
pub extern "C" fn fann_get_MSE(ann: *mut fann) -> c_float {
    with_public(ann, 0.0, |p| {
        if p.num_MSE > 0 {
            p.MSE_value / p.num_MSE as c_float
        } else {
            0.0
        }
    })
}

/// Number of outputs whose error exceeded `bit_fail_limit` since the last reset.
#[no_mangle]
pub extern "C" fn fann_get_bit_fail(ann: *mut fann) -> c_uint {
    with_public(ann, 0, |p| p.num_bit_fail)
}

/// Clears the MSE and bit-fail counters.
#[no_mangle]
pub extern "C" fn fann_reset_MSE(ann: *mut fann) {
    with_public(ann, (), |p| {
        p.num_MSE = 0;
        p.MSE_value = 0.0;
        p.num_bit_fail = 0;
    })
}

/// Installs the training report callback (NULL restores the built-in report).
#[no_mangle]
pub extern "C" fn fann_set_callback(ann: *mut fann, callback: fann_callback_type) {
    with_public(ann, (), |p| p.callback = callback)
}

/// The installed callback (undeclared in FANN's headers, but exported).
#[no_mangle]
pub extern "C" fn fann_get_callback(ann: *mut fann) -> fann_callback_type {
    with_public(ann, None, |p| p.callback)
}

/// Activation function of neuron `neuron` of `layer`, or error 17 and -1.
#[no_mangle]
pub extern "C" fn fann_get_activation_function(
    ann: *mut fann,
    layer: c_int,
    neuron: c_int,
) -> fann_activationfunc_enum {
    with_handle(ann, c_uint::MAX, |h| {
        h.net
            .activation_function(layer, neuron)
            .unwrap_or_else(|e| {
                raise_on(&mut h.public, &e);
                c_uint::MAX
            })
    })
}

/// Sets the activation function of one neuron (error 17 on a bad index).
#[no_mangle]
pub extern "C" fn fann_set_activation_function(
    ann: *mut fann,
    activation_function: fann_activationfunc_enum,
    layer: c_int,
    neuron: c_int,
) {
    with_handle(ann, (), |h| {
        if let Err(e) = h
            .net
            .set_activation_function(activation_function, layer, neuron)
        {
            raise_on(&mut h.public, &e);
        }
    })
}

/// Sets the activation function of every neuron of `layer`, its bias neuron included.
#[no_mangle]
pub extern "C" fn fann_set_activation_function_layer(
    ann: *mut fann,
    activation_function: fann_activationfunc_enum,
    layer: c_int,
) {
    with_handle(ann, (), |h| {
        if let Err(e) = h
            .net
            .set_activation_function_layer(activation_function, layer)
        {
            raise_on(&mut h.public, &e);
        }
    })
}

/// Sets the activation function of all hidden neurons (bias neurons included).
#[no_mangle]
pub extern "C" fn fann_set_activation_function_hidden(
    ann: *mut fann,
    activation_function: fann_activationfunc_enum,
) {
    with_handle(ann, (), |h| {
        h.net.set_activation_function_hidden(activation_function)
    })
}

/// Sets the activation function of the output layer (its unused bias included).
#[no_mangle]
pub extern "C" fn fann_set_activation_function_output(
    ann: *mut fann,
    activation_function: fann_activationfunc_enum,
) {
    with_handle(ann, (), |h| {
        h.net.set_activation_function_output(activation_function)
    })
}

/// Steepness of neuron `neuron` of `layer`, or error 17 and -1.
#[no_mangle]
pub extern "C" fn fann_get_activation_steepness(
    ann: *mut fann,
    layer: c_int,
    neuron: c_int,
) -> fann_type {
    let failed = -1 as fann_type;
    with_handle(ann, failed, |h| {
        h.net
            .activation_steepness(layer, neuron)
            .unwrap_or_else(|e| {
                raise_on(&mut h.public, &e);
                failed
            })
    })
}

/// Sets the steepness of one neuron (error 17 on a bad index).
#[no_mangle]
pub extern "C" fn fann_set_activation_steepness(
    ann: *mut fann,
    steepness: fann_type,
    layer: c_int,
    neuron: c_int,
) {
    with_handle(ann, (), |h| {
        if let Err(e) = h.net.set_activation_steepness(steepness, layer, neuron) {
            raise_on(&mut h.public, &e);
        }
    })
}

/// Sets the steepness of every neuron of `layer`, its bias neuron included.
#[no_mangle]
pub extern "C" fn fann_set_activation_steepness_layer(
    ann: *mut fann,
    steepness: fann_type,
    layer: c_int,
) {
    with_handle(ann, (), |h| {
        if let Err(e) = h.net.set_activation_steepness_layer(steepness, layer) {
            raise_on(&mut h.public, &e);
        }
    })
}

/// Sets the steepness of all hidden neurons (bias neurons included).
#[no_mangle]
pub extern "C" fn fann_set_activation_steepness_hidden(ann: *mut fann, steepness: fann_type) {
    with_handle(ann, (), |h| {
        h.net.set_activation_steepness_hidden(steepness)
    })
}

/// Sets the steepness of the output layer (its unused bias included).
#[no_mangle]
pub extern "C" fn fann_set_activation_steepness_output(ann: *mut fann, steepness: fann_type) {
    with_handle(ann, (), |h| {
        h.net.set_activation_steepness_output(steepness)
    })
}

#[cfg(not(feature = "fixed"))]
mod scaling {
    //! Scaling parameters and transforms (float and double libraries only).
    use libc::{c_float, c_int};

    use super::super::fann_data::{fann, fann_type};
    use super::super::fann_error::raise_on;
    use super::super::fann_train_data::rows_of;
    use super::super::guard::{slice_mut, with_handle};
    use super::fann_train_data;
    use crate::engine::scaling::Side;
    use crate::engine::FannError;

    fn set_params(
        ann: *mut fann,
        data: *const fann_train_data,
        side: Side,
        new_min: c_float,
        new_max: c_float,
    ) -> c_int {
        with_handle(ann, -1, |h| {
            let Some((shape, rows)) = rows_of(data, side == Side::Output) else {
                return -1;
            };
            if shape.0 != h.net.num_input || shape.1 != h.net.num_output {
                raise_on(&mut h.public, &FannError::TrainDataMismatch);
                return -1;
            }
            let rows: Vec<&[fann_type]> = rows.iter().map(|r| &r[..]).collect();
            h.net.set_scaling_params(side, &rows, new_min, new_max);
            h.sync_public();
            0
        })
    }

    /// Input scaling parameters from `data`'s input columns; 0, or -1 and error 14.
    #[no_mangle]
    pub extern "C" fn fann_set_input_scaling_params(
        ann: *mut fann,
        data: *const fann_train_data,
        new_input_min: c_float,
        new_input_max: c_float,
    ) -> c_int {
        set_params(ann, data, Side::Input, new_input_min, new_input_max)
    }

    /// Output scaling parameters from `data`'s output columns; 0, or -1 and error 14.
    #[no_mangle]
    pub extern "C" fn fann_set_output_scaling_params(
        ann: *mut fann,
        data: *const fann_train_data,
        new_output_min: c_float,
        new_output_max: c_float,
    ) -> c_int {
        set_params(ann, data, Side::Output, new_output_min, new_output_max)
    }

    /// Input, then (if that worked) output scaling parameters.
    #[no_mangle]
    pub extern "C" fn fann_set_scaling_params(
        ann: *mut fann,
        data: *const fann_train_data,
        new_input_min: c_float,
        new_input_max: c_float,
        new_output_min: c_float,
        new_output_max: c_float,
    ) -> c_int {
        match fann_set_input_scaling_params(ann, data, new_input_min, new_input_max) {
            0 => fann_set_output_scaling_params(ann, data, new_output_min, new_output_max),
            failed => failed,
        }
    }

    /// Resets all scaling parameters to the identity defaults (allocating them if needed).
    #[no_mangle]
    pub extern "C" fn fann_clear_scaling_params(ann: *mut fann) -> c_int {
        with_handle(ann, -1, |h| {
            h.net.clear_scaling_params();
            h.sync_public();
            0
        })
    }

    fn apply(ann: *mut fann, vector: *mut fann_type, side: Side, inverse: bool) {
        with_handle(ann, (), |h| {
            let n = if side == Side::Input {
                h.net.num_input
            } else {
                h.net.num_output
            };
            // FANN 2.2.0 checks the input arrays for presence on both sides, before it
            // touches the vector.
            if h.net.scaling.is_none() {
                raise_on(&mut h.public, &FannError::ScaleNotPresent);
                return;
            }
            let Some(values) = slice_mut(vector, n as usize) else {
                return;
            };
            let result = if inverse {
                h.net.descale(side, values)
            } else {
                h.net.scale(side, values)
            };
            if let Err(e) = result {
                raise_on(&mut h.public, &e);
            }
        })
    }

    /// Scales one input vector in place.
    #[no_mangle]
    pub extern "C" fn fann_scale_input(ann: *mut fann, input_vector: *mut fann_type) {
        apply(ann, input_vector, Side::Input, false)
    }

    /// Scales one output vector in place.
    #[no_mangle]
    pub extern "C" fn fann_scale_output(ann: *mut fann, output_vector: *mut fann_type) {
        apply(ann, output_vector, Side::Output, false)
    }

    /// Reverses `fann_scale_input` on one vector.
    #[no_mangle]
    pub extern "C" fn fann_descale_input(ann: *mut fann, input_vector: *mut fann_type) {
        apply(ann, input_vector, Side::Input, true)
    }

    /// Reverses `fann_scale_output` on one vector.
    #[no_mangle]
    pub extern "C" fn fann_descale_output(ann: *mut fann, output_vector: *mut fann_type) {
        apply(ann, output_vector, Side::Output, true)
    }

    fn apply_train(ann: *mut fann, data: *mut fann_train_data, inverse: bool) {
        with_handle(ann, (), |h| {
            if h.net.scaling.is_none() {
                raise_on(&mut h.public, &FannError::ScaleNotPresent);
                return;
            }
            let (Some((shape, mut ins)), Some((_, mut outs))) =
                (rows_of(data, false), rows_of(data, true))
            else {
                return;
            };
            if shape.0 != h.net.num_input {
                raise_on(
                    &mut h.public,
                    &FannError::InputNoMatch(h.net.num_input as i32, shape.0 as i32),
                );
                return;
            }
            if shape.1 != h.net.num_output {
                raise_on(
                    &mut h.public,
                    &FannError::OutputNoMatch(h.net.num_output as i32, shape.1 as i32),
                );
                return;
            }
            for (a, b) in ins.iter_mut().zip(outs.iter_mut()) {
                // Presence was checked above, so neither transform can fail.
                if inverse {
                    let _ = h
                        .net
                        .descale(Side::Input, a)
                        .and(h.net.descale(Side::Output, b));
                } else {
                    let _ = h
                        .net
                        .scale(Side::Input, a)
                        .and(h.net.scale(Side::Output, b));
                }
            }
        })
    }

    /// Scales every pattern of `data` with the network's parameters.
    #[no_mangle]
    pub extern "C" fn fann_scale_train(ann: *mut fann, data: *mut fann_train_data) {
        apply_train(ann, data, false)
    }

    /// Reverses `fann_scale_train`.
    #[no_mangle]
    pub extern "C" fn fann_descale_train(ann: *mut fann, data: *mut fann_train_data) {
        apply_train(ann, data, true)
    }
}

/// Input rows and output rows of a set.
pub(crate) type Rows<'a> = (Vec<&'a [fann_type]>, Vec<&'a [fann_type]>);

/// A caller's set as pattern rows (`None` for NULL or a NULL row).
pub(crate) fn pattern_rows<'a>(data: *mut fann_train_data) -> Option<Rows<'a>> {
    let d = super::guard::as_ref(data as *const fann_train_data)?;
    let n = d.num_data as usize;
    if n == 0 {
        return Some((Vec::new(), Vec::new()));
    }
    let ins = slice(d.input as *const *mut fann_type, n)?;
    let outs = slice(d.output as *const *mut fann_type, n)?;
    // Sized exactly: these tables are per epoch and can be large.
    let rows = |table: &[*mut fann_type], width: u32| {
        let mut v = Vec::with_capacity(table.len());
        for &r in table {
            v.push(slice(r as *const fann_type, width as usize)?);
        }
        Some(v)
    };
    Some((rows(ins, d.num_input)?, rows(outs, d.num_output)?))
}

/// `fann_check_input_output_sizes`: 0, or error 19/20 on the net and -1.
#[no_mangle]
pub extern "C" fn fann_check_input_output_sizes(
    ann: *mut fann,
    data: *mut fann_train_data,
) -> c_int {
    let Some(d) = super::guard::as_ref(data as *const fann_train_data) else {
        return -1;
    };
    let (num_input, num_output) = (d.num_input, d.num_output);
    with_handle(ann, -1, |h| {
        if h.net.num_input != num_input {
            raise_on(
                &mut h.public,
                &FannError::InputNoMatch(h.net.num_input as i32, num_input as i32),
            );
            -1
        } else if h.net.num_output != num_output {
            raise_on(
                &mut h.public,
                &FannError::OutputNoMatch(h.net.num_output as i32, num_output as i32),
            );
            -1
        } else {
            0
        }
    })
}

/// Runs the net on `input` and books its errors against `desired_output` (no reset);
/// returns the outputs.
#[no_mangle]
pub extern "C" fn fann_test(
    ann: *mut fann,
    input: *mut fann_type,
    desired_output: *mut fann_type,
) -> *mut fann_type {
    with_handle(ann, std::ptr::null_mut(), |h| {
        let (Some(input), Some(desired)) = (
            slice(input, h.net.num_input as usize),
            slice(desired_output, h.net.num_output as usize),
        ) else {
            return std::ptr::null_mut();
        };
        h.pull_params();
        let public = &mut h.public;
        h.net.test(input, desired, &mut |e| {
            super::fann::report_run_event(public, e)
        });
        h.push_params();
        h.public.output
    })
}

/// The MSE of the net over `data` (reset first); 0 and error 19/20 on a size mismatch.
#[no_mangle]
pub extern "C" fn fann_test_data(ann: *mut fann, data: *mut fann_train_data) -> c_float {
    if fann_check_input_output_sizes(ann, data) == -1 {
        return 0.0;
    }
    let Some((ins, outs)) = pattern_rows(data) else {
        return 0.0;
    };
    with_handle(ann, 0.0, |h| {
        h.pull_params();
        let patterns = crate::engine::train::Patterns {
            inputs: &ins,
            outputs: &outs,
        };
        #[cfg(not(feature = "fixed"))]
        if !h.exact {
            if let Some(mse) = h
                .net
                .test_data_fast(&patterns, &super::kernels::MatrixMultiply)
            {
                h.push_params();
                return mse;
            }
        }
        let public = &mut h.public;
        let mse = h
            .net
            .test_data(&patterns, &mut |e| super::fann::report_run_event(public, e));
        h.push_params();
        mse
    })
}

/// `fann_desired_error_reached`: 0 when the stop criterion holds, -1 otherwise.
#[no_mangle]
pub extern "C" fn fann_desired_error_reached(ann: *mut fann, desired_error: c_float) -> c_int {
    with_handle(ann, -1, |h| {
        h.pull_params();
        if h.net.desired_error_reached(desired_error) {
            0
        } else {
            -1
        }
    })
}

/// FANN's reporting of training events: error 12 (THRESHOLD) goes to the global log.
#[cfg(not(feature = "fixed"))]
pub(crate) fn report_train_event(event: crate::engine::train::TrainEvent) {
    match event {
        crate::engine::train::TrainEvent::CantTrainActivation => {
            super::fann_error::raise_global(&FannError::CantTrainActivation)
        }
    }
}

#[cfg(not(feature = "fixed"))]
pub use training::*;

#[cfg(not(feature = "fixed"))]
mod training {
    //! Training entry points (float and double libraries only).
    use libc::{c_char, c_float, c_uint};

    use super::super::fann_data::{fann, fann_type};
    use super::super::fann_internal::LibcRand;
    use super::super::guard::{slice, with_handle};
    use super::super::handle::Handle;
    use super::super::libc_io::print_stdout;
    use super::{
        fann_check_input_output_sizes, fann_desired_error_reached, fann_train_data, pattern_rows,
        report_train_event,
    };
    use crate::engine::cfmt::fixed;
    use crate::engine::network::train_alg;
    use crate::engine::train::Patterns;

    /// Runs `f` on the network with its public parameters pulled in and pushed back out.
    fn with_params<R>(ann: *mut fann, fallback: R, f: impl FnOnce(&mut Handle) -> R) -> R {
        with_handle(ann, fallback, |h| {
            h.pull_params();
            let r = f(h);
            h.push_params();
            h.sync_public();
            r
        })
    }

    /// One incremental training step on one pattern.
    #[no_mangle]
    pub extern "C" fn fann_train(
        ann: *mut fann,
        input: *mut fann_type,
        desired_output: *mut fann_type,
    ) {
        with_params(ann, (), |h| {
            let input = slice(input, h.net.num_input as usize);
            let desired = slice(desired_output, h.net.num_output as usize);
            if let (Some(input), Some(desired)) = (input, desired) {
                if h.exact {
                    h.net.train(input, desired, &mut report_train_event);
                } else {
                    let kernel = &super::super::kernels::MatrixMultiply;
                    h.net
                        .train_fast(input, desired, &mut report_train_event, kernel);
                }
            }
        })
    }

    /// One epoch of `algorithm` (`None`: the configured one) on `data`.
    fn epoch(ann: *mut fann, data: *mut fann_train_data, algorithm: Option<u32>) -> c_float {
        let Some((ins, outs)) = pattern_rows(data) else {
            return 0.0;
        };
        with_params(ann, 0.0, |h| {
            let saved = h.net.params.training_algorithm;
            if let Some(a) = algorithm {
                h.net.params.training_algorithm = a;
            }
            let patterns = Patterns {
                inputs: &ins,
                outputs: &outs,
            };
            let gemm: Option<&(dyn crate::engine::fast::Gemm<fann_type> + Sync)> = if h.exact {
                None
            } else {
                Some(&super::super::kernels::MatrixMultiply)
            };
            let threads = h.threads;
            let mse = h.net.train_epoch_with(
                &patterns,
                &mut LibcRand,
                &mut report_train_event,
                gemm,
                threads,
            );
            h.net.params.training_algorithm = saved;
            mse
        })
    }

    /// One epoch of the configured training algorithm; the epoch's MSE (0 and error 19/20
    /// when the data does not fit the network).
    #[no_mangle]
    pub extern "C" fn fann_train_epoch(ann: *mut fann, data: *mut fann_train_data) -> c_float {
        if fann_check_input_output_sizes(ann, data) == -1 {
            return 0.0;
        }
        epoch(ann, data, None)
    }

    /// One batch epoch, whatever the configured algorithm (no size check, as FANN).
    #[no_mangle]
    pub extern "C" fn fann_train_epoch_batch(
        ann: *mut fann,
        data: *mut fann_train_data,
    ) -> c_float {
        epoch(ann, data, Some(train_alg::BATCH))
    }

    /// One incremental epoch.
    #[no_mangle]
    pub extern "C" fn fann_train_epoch_incremental(
        ann: *mut fann,
        data: *mut fann_train_data,
    ) -> c_float {
        epoch(ann, data, Some(train_alg::INCREMENTAL))
    }

    /// One iRPROP- epoch.
    #[no_mangle]
    pub extern "C" fn fann_train_epoch_irpropm(
        ann: *mut fann,
        data: *mut fann_train_data,
    ) -> c_float {
        epoch(ann, data, Some(train_alg::RPROP))
    }

    /// One quickprop epoch.
    #[no_mangle]
    pub extern "C" fn fann_train_epoch_quickprop(
        ann: *mut fann,
        data: *mut fann_train_data,
    ) -> c_float {
        epoch(ann, data, Some(train_alg::QUICKPROP))
    }

    /// One SARPROP epoch.
    #[no_mangle]
    pub extern "C" fn fann_train_epoch_sarprop(
        ann: *mut fann,
        data: *mut fann_train_data,
    ) -> c_float {
        epoch(ann, data, Some(train_alg::SARPROP))
    }

    /// Resets the slopes and steps of the RPROP/quickprop/SARPROP state.
    #[no_mangle]
    pub extern "C" fn fann_clear_train_arrays(ann: *mut fann) {
        with_params(ann, (), |h| h.net.clear_train_arrays())
    }

    /// Trains up to `max_epochs` epochs, reporting every `epochs_between_reports` epochs (to
    /// stdout, or through the callback, which stops training by returning -1), until the
    /// stop criterion reaches `desired_error`.
    #[no_mangle]
    pub extern "C" fn fann_train_on_data(
        ann: *mut fann,
        data: *mut fann_train_data,
        max_epochs: c_uint,
        epochs_between_reports: c_uint,
        desired_error: c_float,
    ) {
        crate::capi::guard::guard((), || {
            let Some(h) = super::super::guard::handle(ann) else {
                return;
            };
            if data.is_null() {
                return;
            }
            if epochs_between_reports != 0 && h.public.callback.is_none() {
                print_stdout(&format!(
                    "Max epochs {:>8}. Desired error: {}.\n",
                    max_epochs as i32,
                    fixed(desired_error as f64, 10, 0)
                ));
            }
            for i in 1..=max_epochs {
                let error = fann_train_epoch(ann, data);
                let reached = fann_desired_error_reached(ann, desired_error) == 0;
                let due =
                    i % epochs_between_reports.max(1) == 0 || i == max_epochs || i == 1 || reached;
                if epochs_between_reports != 0 && due {
                    // Read afresh: the callback may change itself or the network.
                    let (callback, bit_fail) = match super::super::guard::handle(ann) {
                        Some(h) => (h.public.callback, h.public.num_bit_fail),
                        None => return,
                    };
                    match callback {
                        None => print_stdout(&format!(
                            "Epochs     {:>8}. Current error: {}. Bit fail {}.\n",
                            i as i32,
                            fixed(error as f64, 10, 0),
                            bit_fail as i32
                        )),
                        Some(cb) => {
                            // SAFETY: the client's callback, called with FANN's arguments; no
                            // Rust reference to the network is alive across the call.
                            let verdict = unsafe {
                                cb(
                                    ann,
                                    data,
                                    max_epochs,
                                    epochs_between_reports,
                                    desired_error,
                                    i,
                                )
                            };
                            if verdict == -1 {
                                break;
                            }
                        }
                    }
                }
                if reached {
                    break;
                }
            }
        })
    }

    /// `fann_train_on_data` on a training file (nothing happens if it cannot be read).
    #[no_mangle]
    pub extern "C" fn fann_train_on_file(
        ann: *mut fann,
        filename: *const c_char,
        max_epochs: c_uint,
        epochs_between_reports: c_uint,
        desired_error: c_float,
    ) {
        let data = super::super::fann_train_data::fann_read_train_from_file(filename);
        if data.is_null() {
            return;
        }
        fann_train_on_data(ann, data, max_epochs, epochs_between_reports, desired_error);
        super::super::fann_train_data::fann_destroy_train(data);
    }
}

#[cfg(not(feature = "fixed"))]
pub use internals::*;

#[cfg(not(feature = "fixed"))]
mod internals {
    //! The exported training internals (undeclared in FANN's public headers, used by some
    //! bindings): each step of an epoch on its own.
    use libc::c_uint;

    use super::super::fann_data::{fann, fann_layer, fann_type};
    use super::super::fann_internal::LibcRand;
    use super::super::guard::{slice, with_handle};
    use super::report_train_event;
    use crate::engine::train::{activation_derived, TrainEvent};

    fn activate(f: c_uint, x: fann_type) -> fann_type {
        #[cfg(feature = "double")]
        let y = crate::engine::activation::activate_f64(f, x);
        #[cfg(not(feature = "double"))]
        let y = crate::engine::activation::activate_f32(f, x);
        y.unwrap_or(x)
    }

    /// `activation_function` applied to `steepness * value` (no clamp).
    #[no_mangle]
    pub extern "C" fn fann_activation(
        _ann: *mut fann,
        activation_function: c_uint,
        steepness: fann_type,
        value: fann_type,
    ) -> fann_type {
        activate(activation_function, steepness * value)
    }

    /// The derivative training uses; THRESHOLD reports error 12 and gives 0.
    #[no_mangle]
    pub extern "C" fn fann_activation_derived(
        activation_function: c_uint,
        steepness: fann_type,
        value: fann_type,
        sum: fann_type,
    ) -> fann_type {
        activation_derived(activation_function, steepness, value, sum).unwrap_or_else(|| {
            report_train_event(TrainEvent::CantTrainActivation);
            0.0
        })
    }

    /// Output errors of the last run against `desired_output` into `train_errors`.
    #[no_mangle]
    pub extern "C" fn fann_compute_MSE(ann: *mut fann, desired_output: *mut fann_type) {
        with_handle(ann, (), |h| {
            if let Some(desired) = slice(desired_output, h.net.num_output as usize) {
                h.pull_params();
                h.net.compute_mse(desired, &mut report_train_event);
                h.push_params();
                h.sync_public();
            }
        })
    }

    /// Propagates the output errors back to the hidden layers.
    #[no_mangle]
    pub extern "C" fn fann_backpropagate_MSE(ann: *mut fann) {
        with_handle(ann, (), |h| {
            h.net.backpropagate(&mut report_train_event);
            h.sync_public();
        })
    }

    /// The incremental weight update for the current errors.
    #[no_mangle]
    pub extern "C" fn fann_update_weights(ann: *mut fann) {
        with_handle(ann, (), |h| {
            h.pull_params();
            h.net.update_weights_incremental();
            h.sync_public();
        })
    }

    /// Index of a layer pointer of this network (`default` for NULL, `None` if foreign).
    fn layer_index(
        h: &super::super::handle::Handle,
        layer: *mut fann_layer,
        default: usize,
    ) -> Option<usize> {
        if layer.is_null() {
            return Some(default);
        }
        let offset = (layer as usize).wrapping_sub(h.public.first_layer as usize);
        let size = std::mem::size_of::<fann_layer>();
        let index = offset / size;
        (offset.is_multiple_of(size) && index < h.net.layers.len()).then_some(index)
    }

    /// Accumulates slopes for layers `layer_begin..=layer_end` (NULL: first hidden / last).
    #[no_mangle]
    pub extern "C" fn fann_update_slopes_batch(
        ann: *mut fann,
        layer_begin: *mut fann_layer,
        layer_end: *mut fann_layer,
    ) {
        with_handle(ann, (), |h| {
            let last = h.net.layers.len() - 1;
            if let (Some(b), Some(e)) = (
                layer_index(h, layer_begin, 1),
                layer_index(h, layer_end, last),
            ) {
                h.net.update_slopes(b.max(1), e);
                h.sync_public();
            }
        })
    }

    fn range(
        h: &super::super::handle::Handle,
        first: c_uint,
        past_end: c_uint,
    ) -> std::ops::Range<usize> {
        let n = h.net.weights.len();
        (first as usize).min(n)..(past_end as usize).min(n)
    }

    fn ensure_state(h: &mut super::super::handle::Handle) {
        if h.net.train.prev_train_slopes.is_none() {
            h.net.clear_train_arrays();
        }
    }

    /// The batch update of weights `first_weight..past_end`.
    #[no_mangle]
    pub extern "C" fn fann_update_weights_batch(
        ann: *mut fann,
        num_data: c_uint,
        first_weight: c_uint,
        past_end: c_uint,
    ) {
        with_handle(ann, (), |h| {
            h.pull_params();
            let r = range(h, first_weight, past_end);
            h.net.update_batch(num_data, r);
            h.sync_public();
        })
    }

    /// The quickprop update of weights `first_weight..past_end`.
    #[no_mangle]
    pub extern "C" fn fann_update_weights_quickprop(
        ann: *mut fann,
        num_data: c_uint,
        first_weight: c_uint,
        past_end: c_uint,
    ) {
        with_handle(ann, (), |h| {
            h.pull_params();
            ensure_state(h);
            let r = range(h, first_weight, past_end);
            h.net.update_quickprop(num_data, r);
            h.sync_public();
        })
    }

    /// The iRPROP- update of weights `first_weight..past_end`.
    #[no_mangle]
    pub extern "C" fn fann_update_weights_irpropm(
        ann: *mut fann,
        first_weight: c_uint,
        past_end: c_uint,
    ) {
        with_handle(ann, (), |h| {
            h.pull_params();
            ensure_state(h);
            let r = range(h, first_weight, past_end);
            h.net.update_irpropm(r);
            h.sync_public();
        })
    }

    /// The SARPROP update of weights `first_weight..past_end` for epoch `epoch`.
    #[no_mangle]
    pub extern "C" fn fann_update_weights_sarprop(
        ann: *mut fann,
        epoch: c_uint,
        first_weight: c_uint,
        past_end: c_uint,
    ) {
        with_handle(ann, (), |h| {
            h.pull_params();
            ensure_state(h);
            let r = range(h, first_weight, past_end);
            h.net.update_sarprop(epoch, r, &mut LibcRand);
            h.sync_public();
        })
    }

    /// Prints every weight (`%f `) and two newlines (FANN's debugging helper; its `* `
    /// marker before unused allocated slots never appears, as none are allocated).
    #[no_mangle]
    pub extern "C" fn fann_print_connections_raw(ann: *mut fann) {
        with_handle(ann, (), |h| {
            let mut text = String::new();
            for w in &h.net.weights {
                text.push_str(&crate::engine::cfmt::fixed(
                    crate::engine::FannNum::to_f64(*w),
                    6,
                    0,
                ));
                text.push(' ');
            }
            text.push_str("\n\n");
            super::super::libc_io::print_stdout(&text);
        })
    }
}

/// Books one output error of `neuron` (halved for symmetric functions) in the MSE and
/// bit-fail counters and returns the possibly halved difference.
#[no_mangle]
pub extern "C" fn fann_update_MSE(
    ann: *mut fann,
    neuron: *mut super::fann_data::fann_neuron,
    neuron_diff: fann_type,
) -> fann_type {
    let Some(n) = super::guard::as_ref(neuron as *const super::fann_data::fann_neuron) else {
        return neuron_diff;
    };
    let function = n.activation_function;
    with_handle(ann, neuron_diff, |h| {
        h.pull_params();
        let d = h.net.update_mse(function, neuron_diff);
        h.push_params();
        d
    })
}

/// Extension (not in FANN): 1 selects the exact path, whose training results are
/// bit-identical to FANN 2.2.0's; 0 the fast path (matrix products over blocks of
/// samples, equal up to rounding). New networks take `FANN_EXACT=1` from the environment,
/// else the fast path.
#[no_mangle]
pub extern "C" fn fann_set_exact(ann: *mut fann, exact: c_int) {
    with_handle(ann, (), |h| h.exact = exact != 0)
}

/// Extension (not in FANN): 1 if the network trains on the exact path, else 0.
#[no_mangle]
pub extern "C" fn fann_get_exact(ann: *mut fann) -> c_int {
    with_handle(ann, 0, |h| c_int::from(h.exact))
}

/// Extension (not in FANN): the number of threads (1 to 256; 0 is taken as 1) over which
/// the fast path splits the samples of a batch-style epoch of this network. Results agree
/// with one thread up to rounding. New networks take `FANN_NUM_THREADS` from the
/// environment, else 1. No effect on the exact path or in the fixed-point library.
#[no_mangle]
pub extern "C" fn fann_set_num_threads(ann: *mut fann, num_threads: c_uint) {
    with_handle(ann, (), |h| {
        h.threads = (num_threads as usize).clamp(1, 256)
    })
}

/// Extension (not in FANN): the threads of this network's fast path.
#[no_mangle]
pub extern "C" fn fann_get_num_threads(ann: *mut fann) -> c_uint {
    with_handle(ann, 0, |h| h.threads as c_uint)
}
