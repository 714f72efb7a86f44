//! `fann.h`: creation, destruction, execution and the structure getters. The variadic
//! `fann_create_standard/sparse/shortcut` live in the C shim and call the `_array` forms.

use libc::{c_float, c_uint, c_void};

use super::fann_data::{fann, fann_connection, fann_nettype_enum, fann_type};
use super::fann_error::{raise_global, raise_on};
use super::fann_internal::{fann_seed_rand, limits, LibcRand};
use super::fann_train::fann_train_data;
use super::guard::{guard, slice, slice_mut, with_handle};
use super::handle::Handle;
use super::libc_io::{malloc_string, print_stdout};
use crate::engine::print::{connections_text, parameters_text};
use crate::engine::{FannError, Network};

/// Which constructor `create` runs.
enum Shape {
    Sparse(f32),
    Shortcut,
}

/// Builds a network (reseeding `rand()` first, as FANN does) or reports error 11.
fn create(shape: Shape, num_layers: c_uint, layers: *const c_uint) -> *mut fann {
    guard(std::ptr::null_mut(), || {
        fann_seed_rand();
        let sizes = if num_layers < 2 {
            Some(&[][..])
        } else {
            slice(layers, num_layers as usize)
        };
        let Some(sizes) = sizes else {
            raise_global(&FannError::CantAllocateMem);
            return std::ptr::null_mut();
        };
        let built = match shape {
            Shape::Sparse(rate) => Network::new_sparse(rate, sizes, &mut LibcRand, &limits()),
            Shape::Shortcut => Network::new_shortcut(sizes, &mut LibcRand, &limits()),
        };
        match built.and_then(Handle::into_raw) {
            Ok(ann) => ann,
            Err(e) => {
                raise_global(&e);
                std::ptr::null_mut()
            }
        }
    })
}

/// A fully connected layered network; `layers` holds `num_layers` sizes.
#[no_mangle]
pub extern "C" fn fann_create_standard_array(
    num_layers: c_uint,
    layers: *const c_uint,
) -> *mut fann {
    create(Shape::Sparse(1.0), num_layers, layers)
}

/// A layered network where about `connection_rate` of the possible connections exist.
#[no_mangle]
pub extern "C" fn fann_create_sparse_array(
    connection_rate: c_float,
    num_layers: c_uint,
    layers: *const c_uint,
) -> *mut fann {
    create(Shape::Sparse(connection_rate), num_layers, layers)
}

/// A network where every layer is connected to all earlier layers.
#[no_mangle]
pub extern "C" fn fann_create_shortcut_array(
    num_layers: c_uint,
    layers: *const c_uint,
) -> *mut fann {
    create(Shape::Shortcut, num_layers, layers)
}

/// Frees the network and everything it owns (never `user_data`). NULL is a no-op.
#[no_mangle]
pub extern "C" fn fann_destroy(ann: *mut fann) {
    guard((), || Handle::destroy(ann))
}

/// A deep copy, as FANN 2.2.0 makes it (see `Network::copy_as_fann`).
#[no_mangle]
pub extern "C" fn fann_copy(ann: *mut fann) -> *mut fann {
    with_handle(ann, std::ptr::null_mut(), |h| {
        h.pull_params();
        let copy = match h.net.copy_as_fann().and_then(Handle::into_raw) {
            Ok(copy) => copy,
            Err(e) => {
                // FANN 2.2.0 prints through the original's log but records nothing on it.
                let text = format!("FANN Error {}: {}", e.code(), e);
                super::libc_io::print_log(h.public.error_log, &text);
                return std::ptr::null_mut();
            }
        };
        if let Some(c) = super::guard::handle(copy) {
            c.public.errno_f = h.public.errno_f;
            c.public.error_log = h.public.error_log;
            c.public.errstr = match super::libc_io::c_str(h.public.errstr) {
                Some(text) => malloc_string(&text),
                None => std::ptr::null_mut(),
            };
            c.public.callback = h.public.callback;
            c.public.user_data = h.public.user_data;
            c.exact = h.exact;
            c.threads = h.threads;
        }
        copy
    })
}

/// Runs the network on `num_input` values and returns the internal output buffer.
#[no_mangle]
pub extern "C" fn fann_run(ann: *mut fann, input: *mut fann_type) -> *mut fann_type {
    with_handle(ann, std::ptr::null_mut(), |h| {
        let Some(input) = slice(input, h.net.num_input as usize) else {
            return std::ptr::null_mut();
        };
        #[cfg(not(feature = "fixed"))]
        {
            if !h.exact {
                h.net.run_fast(input, &super::kernels::MatrixMultiply);
            } else if let Some(forward) = h.net.exact_forward {
                // Directly: a small net's run is mostly call overhead.
                forward(&mut h.net, input);
            } else {
                // The float builds report nothing while running.
                h.net.run(input);
            }
            h.public.output
        }
        #[cfg(feature = "fixed")]
        {
            let public = &mut h.public;
            h.net
                .run_with_events(input, &mut |event| report_run_event(public, event));
            h.public.output
        }
    })
}

pub(crate) fn report_run_event(public: &mut fann, event: crate::engine::forward::RunEvent) {
    use crate::engine::forward::RunEvent;
    match event {
        RunEvent::InputOutOfRange { index, value, multiplier } => print_stdout(&format!(
            "Warning input number {index} is out of range -{multiplier} - {multiplier} with value {value}, integer overflow may occur.\n"
        )),
        RunEvent::CantUseActivation => raise_on(public, &FannError::CantUseActivation),
    }
}

/// Gives every weight a `rand()`-drawn value in `[min_weight, max_weight)`.
#[no_mangle]
pub extern "C" fn fann_randomize_weights(
    ann: *mut fann,
    min_weight: fann_type,
    max_weight: fann_type,
) {
    with_handle(ann, (), |h| {
        h.net
            .randomize_weights(min_weight, max_weight, &mut LibcRand);
        reset_train_state(h);
    })
}

/// Float builds: new weights restart existing training state (FANN's clear_train_arrays).
fn reset_train_state(h: &mut Handle) {
    #[cfg(not(feature = "fixed"))]
    {
        h.pull_params();
        h.net.reset_train_state_after_init();
        h.sync_public();
    }
    #[cfg(feature = "fixed")]
    let _ = h;
}

/// Widrow-Nguyen-like initialisation from the input range of `train_data`.
#[no_mangle]
pub extern "C" fn fann_init_weights(ann: *mut fann, train_data: *mut fann_train_data) {
    with_handle(ann, (), |h| {
        let Some(data) = super::guard::as_ref(train_data) else {
            return;
        };
        let inputs = super::fann_train::input_values(data);
        h.net.init_weights(&inputs, &mut LibcRand);
        reset_train_state(h);
    })
}

/// Prints the connection matrix to standard output.
#[no_mangle]
pub extern "C" fn fann_print_connections(ann: *mut fann) {
    with_handle(ann, (), |h| print_stdout(&connections_text(&h.net)))
}

/// Prints the network's parameters to standard output.
#[no_mangle]
pub extern "C" fn fann_print_parameters(ann: *mut fann) {
    with_handle(ann, (), |h| {
        h.pull_params();
        print_stdout(&parameters_text(&h.net))
    })
}

/// Number of input neurons.
#[no_mangle]
pub extern "C" fn fann_get_num_input(ann: *mut fann) -> c_uint {
    with_handle(ann, 0, |h| h.net.num_input)
}

/// Number of output neurons.
#[no_mangle]
pub extern "C" fn fann_get_num_output(ann: *mut fann) -> c_uint {
    with_handle(ann, 0, |h| h.net.num_output)
}

/// Number of neurons, bias neurons included except the unused one of a layered net's output.
#[no_mangle]
pub extern "C" fn fann_get_total_neurons(ann: *mut fann) -> c_uint {
    with_handle(ann, 0, |h| h.net.total_neurons_reported())
}

/// Number of connections (weights).
#[no_mangle]
pub extern "C" fn fann_get_total_connections(ann: *mut fann) -> c_uint {
    with_handle(ann, 0, |h| h.net.total_connections())
}

/// `FANN_NETTYPE_LAYER` or `FANN_NETTYPE_SHORTCUT`.
#[no_mangle]
pub extern "C" fn fann_get_network_type(ann: *mut fann) -> fann_nettype_enum {
    with_handle(ann, 0, |h| h.public.network_type)
}

/// The stored connection rate (1 for standard and shortcut nets).
#[no_mangle]
pub extern "C" fn fann_get_connection_rate(ann: *mut fann) -> c_float {
    with_handle(ann, 0.0, |h| h.public.connection_rate)
}

/// Number of layers, input and output included.
#[no_mangle]
pub extern "C" fn fann_get_num_layers(ann: *mut fann) -> c_uint {
    with_handle(ann, 0, |h| h.net.num_layers())
}

/// Writes the neuron count (without bias) of every layer into `layers`.
#[no_mangle]
pub extern "C" fn fann_get_layer_array(ann: *mut fann, layers: *mut c_uint) {
    with_handle(ann, (), |h| {
        if let Some(out) = slice_mut(layers, h.net.layers.len()) {
            out.copy_from_slice(&h.net.layer_sizes());
        }
    })
}

/// Writes the bias count of every layer into `bias`.
#[no_mangle]
pub extern "C" fn fann_get_bias_array(ann: *mut fann, bias: *mut c_uint) {
    with_handle(ann, (), |h| {
        if let Some(out) = slice_mut(bias, h.net.layers.len()) {
            out.copy_from_slice(&h.net.bias_counts());
        }
    })
}

/// Writes all `total_connections` connections, in connection order, into `connections`.
#[no_mangle]
pub extern "C" fn fann_get_connection_array(ann: *mut fann, connections: *mut fann_connection) {
    with_handle(ann, (), |h| {
        if let Some(out) = slice_mut(connections, h.net.weights.len()) {
            for (slot, (from, to, weight)) in out.iter_mut().zip(h.net.connections()) {
                *slot = fann_connection {
                    from_neuron: from,
                    to_neuron: to,
                    weight,
                };
            }
        }
    })
}

/// `fann_set_weight` for each of the `num_connections` entries.
#[no_mangle]
pub extern "C" fn fann_set_weight_array(
    ann: *mut fann,
    connections: *mut fann_connection,
    num_connections: c_uint,
) {
    with_handle(ann, (), |h| {
        if let Some(list) = slice(connections, num_connections as usize) {
            for c in list {
                h.net.set_weight(c.from_neuron, c.to_neuron, c.weight);
            }
        }
    })
}

/// Sets the weight of every connection `from_neuron -> to_neuron`; none is not an error.
#[no_mangle]
pub extern "C" fn fann_set_weight(
    ann: *mut fann,
    from_neuron: c_uint,
    to_neuron: c_uint,
    weight: fann_type,
) {
    with_handle(ann, (), |h| {
        h.net.set_weight(from_neuron, to_neuron, weight)
    })
}

/// Copies all weights into `weights` (`total_connections` values).
#[no_mangle]
pub extern "C" fn fann_get_weights(ann: *mut fann, weights: *mut fann_type) {
    with_handle(ann, (), |h| {
        if let Some(out) = slice_mut(weights, h.net.weights.len()) {
            out.copy_from_slice(&h.net.weights);
        }
    })
}

/// Replaces all weights with `total_connections` values from `weights`.
#[no_mangle]
pub extern "C" fn fann_set_weights(ann: *mut fann, weights: *mut fann_type) {
    with_handle(ann, (), |h| {
        if let Some(src) = slice(weights, h.net.weights.len()) {
            h.net.weights.copy_from_slice(src);
        }
    })
}

/// Stores an opaque client pointer (never dereferenced or freed).
#[no_mangle]
pub extern "C" fn fann_set_user_data(ann: *mut fann, user_data: *mut c_void) {
    with_handle(ann, (), |h| h.public.user_data = user_data)
}

/// The stored client pointer.
#[no_mangle]
pub extern "C" fn fann_get_user_data(ann: *mut fann) -> *mut c_void {
    with_handle(ann, std::ptr::null_mut(), |h| h.public.user_data)
}

/// Position of the binary point of the fixed-point values.
#[cfg(feature = "fixed")]
#[no_mangle]
pub extern "C" fn fann_get_decimal_point(ann: *mut fann) -> c_uint {
    with_handle(ann, 0, |h| h.net.fixed.decimal_point)
}

/// `1 << decimal_point`, the fixed-point value of 1.
#[cfg(feature = "fixed")]
#[no_mangle]
pub extern "C" fn fann_get_multiplier(ann: *mut fann) -> c_uint {
    with_handle(ann, 0, |h| h.net.fixed.multiplier)
}

/// Makes later `fann_create_*` calls keep the client's `srand()` state.
#[no_mangle]
pub extern "C" fn fann_disable_seed_rand() {
    super::fann_internal::FANN_SEED_RAND.store(0, std::sync::atomic::Ordering::Relaxed)
}

/// Restores FANN's reseeding on creation.
#[no_mangle]
pub extern "C" fn fann_enable_seed_rand() {
    super::fann_internal::FANN_SEED_RAND.store(1, std::sync::atomic::Ordering::Relaxed)
}
