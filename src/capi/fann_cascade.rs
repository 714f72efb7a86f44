//! `fann_cascade.h`: the cascade-correlation parameters (training itself comes later).

use libc::{c_float, c_uint};

use super::fann_data::{fann, fann_activationfunc_enum, fann_type};
use super::fann_error::raise_on;
use super::guard::{slice, with_handle, with_public};
use crate::engine::FannError;

/// Fraction the output MSE must change by to count as progress.
#[no_mangle]
pub extern "C" fn fann_get_cascade_output_change_fraction(ann: *mut fann) -> c_float {
    with_public(ann, Default::default(), |p| {
        p.cascade_output_change_fraction
    })
}

/// Sets `cascade_output_change_fraction` (stored as given, no validation, as in FANN).
#[no_mangle]
pub extern "C" fn fann_set_cascade_output_change_fraction(
    ann: *mut fann,
    cascade_output_change_fraction: c_float,
) {
    with_public(ann, (), |p| {
        p.cascade_output_change_fraction = cascade_output_change_fraction
    })
}

/// Output epochs without progress before stopping.
#[no_mangle]
pub extern "C" fn fann_get_cascade_output_stagnation_epochs(ann: *mut fann) -> c_uint {
    with_public(ann, Default::default(), |p| {
        p.cascade_output_stagnation_epochs
    })
}

/// Sets `cascade_output_stagnation_epochs` (stored as given, no validation, as in FANN).
#[no_mangle]
pub extern "C" fn fann_set_cascade_output_stagnation_epochs(
    ann: *mut fann,
    cascade_output_stagnation_epochs: c_uint,
) {
    with_public(ann, (), |p| {
        p.cascade_output_stagnation_epochs = cascade_output_stagnation_epochs
    })
}

/// Fraction the candidate score must change by to count as progress.
#[no_mangle]
pub extern "C" fn fann_get_cascade_candidate_change_fraction(ann: *mut fann) -> c_float {
    with_public(ann, Default::default(), |p| {
        p.cascade_candidate_change_fraction
    })
}

/// Sets `cascade_candidate_change_fraction` (stored as given, no validation, as in FANN).
#[no_mangle]
pub extern "C" fn fann_set_cascade_candidate_change_fraction(
    ann: *mut fann,
    cascade_candidate_change_fraction: c_float,
) {
    with_public(ann, (), |p| {
        p.cascade_candidate_change_fraction = cascade_candidate_change_fraction
    })
}

/// Candidate epochs without progress before stopping.
#[no_mangle]
pub extern "C" fn fann_get_cascade_candidate_stagnation_epochs(ann: *mut fann) -> c_uint {
    with_public(ann, Default::default(), |p| {
        p.cascade_candidate_stagnation_epochs
    })
}

/// Sets `cascade_candidate_stagnation_epochs` (stored as given, no validation, as in FANN).
#[no_mangle]
pub extern "C" fn fann_set_cascade_candidate_stagnation_epochs(
    ann: *mut fann,
    cascade_candidate_stagnation_epochs: c_uint,
) {
    with_public(ann, (), |p| {
        p.cascade_candidate_stagnation_epochs = cascade_candidate_stagnation_epochs
    })
}

/// Multiplier of the new output weights of an installed candidate.
#[no_mangle]
pub extern "C" fn fann_get_cascade_weight_multiplier(ann: *mut fann) -> fann_type {
    with_public(ann, Default::default(), |p| p.cascade_weight_multiplier)
}

/// Sets `cascade_weight_multiplier` (stored as given, no validation, as in FANN).
#[no_mangle]
pub extern "C" fn fann_set_cascade_weight_multiplier(
    ann: *mut fann,
    cascade_weight_multiplier: fann_type,
) {
    with_public(ann, (), |p| {
        p.cascade_weight_multiplier = cascade_weight_multiplier
    })
}

/// Limit of a candidate's score.
#[no_mangle]
pub extern "C" fn fann_get_cascade_candidate_limit(ann: *mut fann) -> fann_type {
    with_public(ann, Default::default(), |p| p.cascade_candidate_limit)
}

/// Sets `cascade_candidate_limit` (stored as given, no validation, as in FANN).
#[no_mangle]
pub extern "C" fn fann_set_cascade_candidate_limit(
    ann: *mut fann,
    cascade_candidate_limit: fann_type,
) {
    with_public(ann, (), |p| {
        p.cascade_candidate_limit = cascade_candidate_limit
    })
}

/// Most output-training epochs per cascade step.
#[no_mangle]
pub extern "C" fn fann_get_cascade_max_out_epochs(ann: *mut fann) -> c_uint {
    with_public(ann, Default::default(), |p| p.cascade_max_out_epochs)
}

/// Sets `cascade_max_out_epochs` (stored as given, no validation, as in FANN).
#[no_mangle]
pub extern "C" fn fann_set_cascade_max_out_epochs(ann: *mut fann, cascade_max_out_epochs: c_uint) {
    with_public(ann, (), |p| {
        p.cascade_max_out_epochs = cascade_max_out_epochs
    })
}

/// Fewest output-training epochs per cascade step.
#[no_mangle]
pub extern "C" fn fann_get_cascade_min_out_epochs(ann: *mut fann) -> c_uint {
    with_public(ann, Default::default(), |p| p.cascade_min_out_epochs)
}

/// Sets `cascade_min_out_epochs` (stored as given, no validation, as in FANN).
#[no_mangle]
pub extern "C" fn fann_set_cascade_min_out_epochs(ann: *mut fann, cascade_min_out_epochs: c_uint) {
    with_public(ann, (), |p| {
        p.cascade_min_out_epochs = cascade_min_out_epochs
    })
}

/// Most candidate-training epochs per cascade step.
#[no_mangle]
pub extern "C" fn fann_get_cascade_max_cand_epochs(ann: *mut fann) -> c_uint {
    with_public(ann, Default::default(), |p| p.cascade_max_cand_epochs)
}

/// Sets `cascade_max_cand_epochs` (stored as given, no validation, as in FANN).
#[no_mangle]
pub extern "C" fn fann_set_cascade_max_cand_epochs(
    ann: *mut fann,
    cascade_max_cand_epochs: c_uint,
) {
    with_public(ann, (), |p| {
        p.cascade_max_cand_epochs = cascade_max_cand_epochs
    })
}

/// Fewest candidate-training epochs per cascade step.
#[no_mangle]
pub extern "C" fn fann_get_cascade_min_cand_epochs(ann: *mut fann) -> c_uint {
    with_public(ann, Default::default(), |p| p.cascade_min_cand_epochs)
}

/// Sets `cascade_min_cand_epochs` (stored as given, no validation, as in FANN).
#[no_mangle]
pub extern "C" fn fann_set_cascade_min_cand_epochs(
    ann: *mut fann,
    cascade_min_cand_epochs: c_uint,
) {
    with_public(ann, (), |p| {
        p.cascade_min_cand_epochs = cascade_min_cand_epochs
    })
}

/// Number of candidate groups.
#[no_mangle]
pub extern "C" fn fann_get_cascade_num_candidate_groups(ann: *mut fann) -> c_uint {
    with_public(ann, Default::default(), |p| p.cascade_num_candidate_groups)
}

/// Sets `cascade_num_candidate_groups` (stored as given, no validation, as in FANN).
#[no_mangle]
pub extern "C" fn fann_set_cascade_num_candidate_groups(
    ann: *mut fann,
    cascade_num_candidate_groups: c_uint,
) {
    with_public(ann, (), |p| {
        p.cascade_num_candidate_groups = cascade_num_candidate_groups
    })
}

/// Number of candidates per cascade step: functions x steepnesses x groups.
#[no_mangle]
pub extern "C" fn fann_get_cascade_num_candidates(ann: *mut fann) -> c_uint {
    with_public(ann, 0, |p| {
        p.cascade_activation_functions_count
            .wrapping_mul(p.cascade_activation_steepnesses_count)
            .wrapping_mul(p.cascade_num_candidate_groups)
    })
}

/// The candidate activation functions (internal array, valid until the next set).
#[no_mangle]
pub extern "C" fn fann_get_cascade_activation_functions(
    ann: *mut fann,
) -> *mut fann_activationfunc_enum {
    with_public(ann, std::ptr::null_mut(), |p| {
        p.cascade_activation_functions
    })
}

/// Number of candidate activation functions.
#[no_mangle]
pub extern "C" fn fann_get_cascade_activation_functions_count(ann: *mut fann) -> c_uint {
    with_public(ann, 0, |p| p.cascade_activation_functions_count)
}

/// Replaces the candidate activation functions with `cascade_activation_functions_count`
/// values from the caller's array. A count of 0 leaves no array and reports error 11, as
/// FANN's `realloc(p, 0)` does.
#[no_mangle]
pub extern "C" fn fann_set_cascade_activation_functions(
    ann: *mut fann,
    cascade_activation_functions: *mut fann_activationfunc_enum,
    cascade_activation_functions_count: c_uint,
) {
    with_handle(ann, (), |h| {
        let n = cascade_activation_functions_count as usize;
        if n == 0 {
            if h.net.params.cascade_activation_functions.is_empty() {
                return;
            }
            h.net.params.cascade_activation_functions.clear();
            h.sync_public();
            h.public.cascade_activation_functions = std::ptr::null_mut();
            raise_on(&mut h.public, &FannError::CantAllocateMem);
        } else if let Some(values) = slice(cascade_activation_functions, n) {
            h.net.params.cascade_activation_functions = values.to_vec();
            h.sync_public();
        }
    })
}

/// The candidate steepnesses (internal array, valid until the next set).
#[no_mangle]
pub extern "C" fn fann_get_cascade_activation_steepnesses(ann: *mut fann) -> *mut fann_type {
    with_public(ann, std::ptr::null_mut(), |p| {
        p.cascade_activation_steepnesses
    })
}

/// Number of candidate steepnesses.
#[no_mangle]
pub extern "C" fn fann_get_cascade_activation_steepnesses_count(ann: *mut fann) -> c_uint {
    with_public(ann, 0, |p| p.cascade_activation_steepnesses_count)
}

/// Replaces the candidate steepnesses with `cascade_activation_steepnesses_count` values
/// from the caller's array.
#[no_mangle]
pub extern "C" fn fann_set_cascade_activation_steepnesses(
    ann: *mut fann,
    cascade_activation_steepnesses: *mut fann_type,
    cascade_activation_steepnesses_count: c_uint,
) {
    with_handle(ann, (), |h| {
        let n = cascade_activation_steepnesses_count as usize;
        if n == 0 {
            if h.net.params.cascade_activation_steepnesses.is_empty() {
                return;
            }
            h.net.params.cascade_activation_steepnesses.clear();
            h.sync_public();
            h.public.cascade_activation_steepnesses = std::ptr::null_mut();
            raise_on(&mut h.public, &FannError::CantAllocateMem);
        } else if let Some(values) = slice(cascade_activation_steepnesses, n) {
            h.net.params.cascade_activation_steepnesses = values.to_vec();
            h.sync_public();
        }
    })
}

#[cfg(not(feature = "fixed"))]
pub use training::*;

#[cfg(not(feature = "fixed"))]
mod training {
    //! Cascade training itself (float and double libraries only).
    use libc::{c_char, c_float, c_int, c_uint};

    use super::super::fann_data::fann;
    use super::super::fann_data::{fann_layer, fann_type};
    use super::super::fann_error::raise_on;
    use super::super::fann_internal::LibcRand;
    use super::super::fann_train::{fann_train_data, pattern_rows};
    use super::super::guard::{handle, with_handle};
    use super::super::handle::Handle;
    use super::super::libc_io::print_stdout;
    use crate::engine::activation::activation_name;
    use crate::engine::cascade::{CandidatePool, CascadeEvent};
    use crate::engine::cfmt::fixed;
    use crate::engine::train::Patterns;
    use crate::engine::FannError;

    fn report(public: &mut fann, event: CascadeEvent) {
        match event {
            CascadeEvent::Train(e) => super::super::fann_train::report_train_event(e),
            CascadeEvent::CantUseTrainAlg => raise_on(public, &FannError::CantUseTrainAlg),
        }
    }

    /// Runs `f` with the public parameters pulled in and everything pushed back out.
    fn with_params<R>(ann: *mut fann, fallback: R, f: impl FnOnce(&mut Handle) -> R) -> R {
        with_handle(ann, fallback, |h| {
            h.pull_params();
            let r = f(h);
            h.push_params();
            // Topology may have changed; the tables are small next to the network itself.
            if h.sync_structure().is_err() {
                h.sync_public();
            }
            r
        })
    }

    /// The fast path's matrix kernel, unless the network is on the exact path.
    fn fast_kernel(h: &Handle) -> crate::engine::cascade::CascadeGemm<'static, fann_type> {
        (!h.exact).then_some(&super::super::kernels::MatrixMultiply)
    }

    /// One output phase; the epochs it took.
    fn outputs(
        ann: *mut fann,
        data: &Patterns<crate::capi::fann_data::fann_type>,
        desired_error: f32,
    ) -> u32 {
        with_params(ann, 0, |h| {
            let kernel = fast_kernel(h);
            let public = &mut h.public;
            h.net.train_outputs(
                data,
                desired_error,
                &mut LibcRand,
                &mut |e| report(public, e),
                kernel,
            )
        })
    }

    /// Grows the network neuron by neuron with cascade-correlation, training the outputs
    /// after each installation, until `max_neurons`, the desired error, or a callback's -1;
    /// reports every `neurons_between_reports` neurons.
    #[no_mangle]
    pub extern "C" fn fann_cascadetrain_on_data(
        ann: *mut fann,
        data: *mut fann_train_data,
        max_neurons: c_uint,
        neurons_between_reports: c_uint,
        desired_error: c_float,
    ) {
        crate::capi::guard::guard((), || {
            let Some(h) = handle(ann) else {
                return;
            };
            let Some((ins, outs)) = pattern_rows(data) else {
                return;
            };
            // Cascade grows shortcut nets; FANN 2.2.0 grows a layered net into one whose runs
            // read past its neurons. Refused here with "cannot use the training algorithm".
            if h.net.network_type != crate::engine::network::nettype::SHORTCUT {
                raise_on(&mut h.public, &FannError::CantUseTrainAlg);
                return;
            }
            let patterns = Patterns {
                inputs: &ins,
                outputs: &outs,
            };
            if neurons_between_reports != 0 && h.public.callback.is_none() {
                print_stdout(&format!(
                    "Max neurons {:>3}. Desired error: {}\n",
                    max_neurons as i32,
                    fixed(desired_error as f64, 6, 0)
                ));
            }
            let mut total: u32 = 0;
            for i in 1..=max_neurons {
                total = total.wrapping_add(outputs(ann, &patterns, desired_error));
                let Some(h) = handle(ann) else {
                    return;
                };
                let error = h.net.params.mse();
                let reached = h.net.desired_error_reached(desired_error);
                let nbr = neurons_between_reports;
                if nbr != 0 && (i % nbr == 0 || i == max_neurons || i == 1 || reached) {
                    match h.public.callback {
                        None => print_stdout(&report_line(h, i - 1, error, total)),
                        Some(cb) => {
                            // SAFETY: the client's callback with FANN's arguments; no Rust
                            // reference to the network is used across the call.
                            let verdict =
                                unsafe { cb(ann, data, max_neurons, nbr, desired_error, total) };
                            if verdict == -1 {
                                break;
                            }
                        }
                    }
                }
                if reached {
                    break;
                }
                let added = with_params(ann, None, |h| {
                    let fast = !h.exact;
                    let kernel = fast_kernel(h);
                    let public = &mut h.public;
                    h.net.add_candidate_neuron(
                        &patterns,
                        &mut LibcRand,
                        &mut |e| report(public, e),
                        fast,
                        kernel,
                    )
                });
                match added {
                    Some(epochs) => total = total.wrapping_add(epochs),
                    None => break,
                }
            }
            total = total.wrapping_add(outputs(ann, &patterns, 0.0));
            let Some(h) = handle(ann) else {
                return;
            };
            if neurons_between_reports != 0 && h.public.callback.is_none() {
                print_stdout(&format!(
                    "Train outputs    Current error: {}. Epochs {:>6}\n",
                    fixed(h.net.params.mse() as f64, 6, 0),
                    total as i32
                ));
            }
            with_params(ann, (), |h| h.net.set_shortcut_sources());
        })
    }

    /// `Neurons ...` report line, with the newest hidden neuron's steepness and function.
    fn report_line(h: &Handle, neurons: u32, error: f32, total: u32) -> String {
        let p = &h.net.params;
        let mut line = format!(
            "Neurons     {:>3}. Current error: {}. Total error:{}. Epochs {:>5}. Bit fail {:>3}",
            neurons as i32,
            fixed(error as f64, 6, 0),
            fixed(p.mse_value as f64, 4, 8),
            total as i32,
            p.num_bit_fail as i32
        );
        let layers = &h.net.layers;
        if layers.len() > 2 {
            let n = h.net.neurons[layers[layers.len() - 2].first];
            let (steepness, function) = (n.activation_steepness, n.activation_function);
            line.push_str(&format!(
                ". candidate steepness {}. function {}",
                fixed(crate::engine::FannNum::to_f64(steepness), 2, 0),
                activation_name(function).unwrap_or("(null)")
            ));
        }
        line.push('\n');
        line
    }

    /// `fann_cascadetrain_on_data` on a training file (nothing happens if it cannot be read).
    #[no_mangle]
    pub extern "C" fn fann_cascadetrain_on_file(
        ann: *mut fann,
        filename: *const c_char,
        max_neurons: c_uint,
        neurons_between_reports: c_uint,
        desired_error: c_float,
    ) {
        let data = super::super::fann_train_data::fann_read_train_from_file(filename);
        if data.is_null() {
            return;
        }
        fann_cascadetrain_on_data(
            ann,
            data,
            max_neurons,
            neurons_between_reports,
            desired_error,
        );
        super::super::fann_train_data::fann_destroy_train(data);
    }

    /// One output phase of cascade training; the epochs it took. Exported internal.
    #[no_mangle]
    pub extern "C" fn fann_train_outputs(
        ann: *mut fann,
        data: *mut fann_train_data,
        desired_error: c_float,
    ) -> c_int {
        let Some((ins, outs)) = pattern_rows(data) else {
            return 0;
        };
        outputs(
            ann,
            &Patterns {
                inputs: &ins,
                outputs: &outs,
            },
            desired_error,
        ) as c_int
    }

    /// One epoch training only the output layer; its MSE. Exported internal.
    #[no_mangle]
    pub extern "C" fn fann_train_outputs_epoch(
        ann: *mut fann,
        data: *mut fann_train_data,
    ) -> c_float {
        let Some((ins, outs)) = pattern_rows(data) else {
            return 0.0;
        };
        let patterns = Patterns {
            inputs: &ins,
            outputs: &outs,
        };
        with_params(ann, 0.0, |h| {
            let kernel = fast_kernel(h);
            let public = &mut h.public;
            h.net
                .outputs_epoch(&patterns, &mut LibcRand, &mut |e| report(public, e), kernel)
        })
    }

    /// Makes connection i of every neuron come from neuron i. Exported internal.
    #[no_mangle]
    pub extern "C" fn fann_set_shortcut_connections(ann: *mut fann) {
        with_params(ann, (), |h| h.net.set_shortcut_sources());
    }

    /// The pool and patterns the candidate internals work on.
    fn with_pool<R>(
        ann: *mut fann,
        fallback: R,
        f: impl FnOnce(&mut Handle, &mut CandidatePool<fann_type>) -> R,
    ) -> R {
        with_params(ann, None, |h| {
            let mut pool = h.candidates.take()?;
            let r = f(h, &mut pool);
            h.candidates = Some(pool);
            Some(r)
        })
        .unwrap_or(fallback)
    }

    /// Creates the candidate pool (one candidate per activation function, steepness and
    /// group, weights drawn with libc `rand()` as FANN draws them). Exported internal; 0.
    #[no_mangle]
    pub extern "C" fn fann_initialize_candidates(ann: *mut fann) -> c_int {
        with_params(ann, -1, |h| {
            h.candidates = h.net.new_candidate_pool(&mut LibcRand);
            0
        })
    }

    /// One candidate epoch over `data`; the best score. Exported internal (0 without a pool).
    #[no_mangle]
    pub extern "C" fn fann_train_candidates_epoch(
        ann: *mut fann,
        data: *mut fann_train_data,
    ) -> fann_type {
        let Some((ins, outs)) = pattern_rows(data) else {
            return Default::default();
        };
        let patterns = Patterns {
            inputs: &ins,
            outputs: &outs,
        };
        with_pool(ann, Default::default(), |h, pool| {
            let public = &mut h.public;
            h.net
                .candidates_epoch(pool, &patterns, &mut LibcRand, &mut |e| report(public, e))
                .1
        })
    }

    /// Candidate epochs until the score limit, stagnation or the epoch limit; the epochs
    /// run. Exported internal (0 without a pool).
    #[no_mangle]
    pub extern "C" fn fann_train_candidates(ann: *mut fann, data: *mut fann_train_data) -> c_int {
        let Some((ins, outs)) = pattern_rows(data) else {
            return 0;
        };
        let patterns = Patterns {
            inputs: &ins,
            outputs: &outs,
        };
        with_pool(ann, 0, |h, pool| {
            let public = &mut h.public;
            h.net
                .train_candidates(
                    pool,
                    &patterns,
                    &mut LibcRand,
                    &mut |e| report(public, e),
                    None,
                )
                .0 as c_int
        })
    }

    /// Adds the pattern just run to the candidates' scores and slopes, with the output
    /// errors in the output neurons' `train_errors`. Exported internal.
    #[no_mangle]
    pub extern "C" fn fann_update_candidate_slopes(ann: *mut fann) {
        with_pool(ann, (), |h, pool| {
            let public = &mut h.public;
            h.net
                .update_candidate_slopes(pool, &mut |e| report(public, e))
        })
    }

    /// Updates the candidates' weights with the training algorithm. Exported internal.
    #[no_mangle]
    pub extern "C" fn fann_update_candidate_weights(ann: *mut fann, num_data: c_uint) {
        with_pool(ann, (), |h, pool| {
            let public = &mut h.public;
            h.net
                .update_candidate_weights(pool, num_data, &mut LibcRand, &mut |e| report(public, e))
        })
    }

    /// Draws candidate weights `[first_con, last_con)`, numbered as FANN numbers them:
    /// candidate k's weights start at `total_connections + (k + 1) * total_neurons`.
    /// Exported internal.
    #[no_mangle]
    pub extern "C" fn initialize_candidate_weights(
        ann: *mut fann,
        first_con: c_uint,
        last_con: c_uint,
        scale_factor: c_float,
    ) {
        with_pool(ann, (), |h, pool| {
            let total = h.net.weights.len() + h.net.neurons.len();
            let first = (first_con as usize).saturating_sub(total);
            let last = (last_con as usize).saturating_sub(total);
            h.net
                .init_candidate_weights(pool, first, last, scale_factor, &mut LibcRand)
        })
    }

    /// The candidate FANN's `cascade_best_candidate` names, if the pool has it.
    fn best_of(h: &Handle, pool: &CandidatePool<fann_type>) -> Option<usize> {
        let best =
            (h.net.params.cascade_best_candidate as usize).checked_sub(h.net.neurons.len() + 1)?;
        (best < pool.len()).then_some(best)
    }

    /// Installs the best candidate as a new one-neuron layer before the output layer.
    /// Exported internal.
    #[no_mangle]
    pub extern "C" fn fann_install_candidate(ann: *mut fann) {
        with_pool(ann, (), |h, pool| {
            if let Some(best) = best_of(h, pool) {
                h.net.install_candidate(pool, best);
            }
        })
    }

    /// Inserts an empty layer before `layer` (a layer of this network, or its end); the new
    /// layer, or NULL for a foreign pointer. Exported internal.
    #[no_mangle]
    pub extern "C" fn fann_add_layer(ann: *mut fann, layer: *mut fann_layer) -> *mut fann_layer {
        with_handle(ann, std::ptr::null_mut(), |h| {
            let Some(at) = h.layer_index_of(layer) else {
                return std::ptr::null_mut();
            };
            let at = h.net.add_layer(at);
            if h.sync_structure().is_err() {
                return std::ptr::null_mut();
            }
            h.public.first_layer.wrapping_add(at)
        })
    }

    /// Adds the best candidate as the last neuron of `layer`, connected to every later
    /// neuron. Exported internal.
    #[no_mangle]
    pub extern "C" fn fann_add_candidate_neuron(ann: *mut fann, layer: *mut fann_layer) {
        with_pool(ann, (), |h, pool| {
            let (Some(at), Some(best)) = (h.layer_index_of(layer), best_of(h, pool)) else {
                return;
            };
            h.net.add_candidate_neuron_to(pool, best, at);
        })
    }
}
