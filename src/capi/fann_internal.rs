//! `fann_internal.h` and the undeclared internals that bindings call (`fann_get_layer`,
//! `fann_get_neuron`, ...), plus the libc random source and FANN's reseeding.

use std::sync::atomic::{AtomicI32, Ordering};

use libc::{c_int, c_uint};

use super::fann_data::{fann, fann_error, fann_layer, fann_neuron};
use super::fann_error::{default_log, raise_global, raise_on};
use super::guard::{guard, with_handle};
use super::handle::Handle;
use crate::engine::{FannError, Limits, Network, RandomSource};

/// Non-zero: every `fann_create_*` reseeds libc `srand()` from /dev/urandom (FANN's default).
/// Atomic (same layout as `int`); declared in `headers/fann_internal.h.in`.
#[no_mangle]
pub static FANN_SEED_RAND: AtomicI32 = AtomicI32::new(1);

/// libc `rand()`, so a client's `srand()` steers our weights and shuffles exactly as FANN's.
pub(crate) struct LibcRand;

impl RandomSource for LibcRand {
    fn next_rand(&mut self) -> i32 {
        // SAFETY: `rand` has no preconditions.
        unsafe { libc::rand() }
    }
}

/// Memory ceiling for one network: absurd layer sizes fail with error 11 instead of
/// attempting (or overcommitting) a multi-gigabyte allocation.
pub(crate) fn limits() -> Limits {
    Limits { max_bytes: 1 << 31 }
}

/// Seeds libc `rand()` from /dev/urandom (or the clock's microseconds), unless disabled.
#[no_mangle]
pub extern "C" fn fann_seed_rand() {
    crate::capi::guard::guard((), || {
        use std::io::Read;
        let mut bytes = [0u8; 4];
        let seed =
            match std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut bytes)) {
                Ok(()) => u32::from_ne_bytes(bytes),
                Err(_) => std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(0, |d| d.subsec_micros()),
            };
        if FANN_SEED_RAND.load(Ordering::Relaxed) != 0 {
            // SAFETY: `srand` has no preconditions.
            unsafe { libc::srand(seed) }
        }
    })
}

/// Resets an error struct: no error, no message, the current global log.
#[no_mangle]
pub extern "C" fn fann_init_error_data(errdat: *mut fann_error) {
    // SAFETY: a non-NULL `errdat` points at a (possibly client-allocated) `struct fann_error`
    // prefix, which this function initialises without reading.
    if let Some(e) = unsafe { errdat.as_mut() } {
        e.errno_f = 0;
        e.errstr = std::ptr::null_mut();
        e.error_log = default_log();
    }
}

/// Layer `layer` (1 <= layer < num_layers), or error 17 and NULL.
#[no_mangle]
pub extern "C" fn fann_get_layer(ann: *mut fann, layer: c_int) -> *mut fann_layer {
    with_handle(ann, std::ptr::null_mut(), |h| {
        match h.net.check_layer(layer) {
            Ok(l) => h.public.first_layer.wrapping_add(l),
            Err(e) => {
                raise_on(&mut h.public, &e);
                std::ptr::null_mut()
            }
        }
    })
}

/// Neuron `neuron` (bias included) of `layer`, or error 17 and NULL.
#[no_mangle]
pub extern "C" fn fann_get_neuron_layer(
    ann: *mut fann,
    layer: *mut fann_layer,
    neuron: c_int,
) -> *mut fann_neuron {
    with_handle(ann, std::ptr::null_mut(), |h| {
        // Only layers of this network are accepted; anything else gives NULL.
        let index = h.layer_index_of(layer).unwrap_or(usize::MAX);
        let Some(l) = h.net.layers.get(index).copied() else {
            return std::ptr::null_mut();
        };
        if neuron < 0 || neuron as usize >= l.len() {
            raise_on(&mut h.public, &FannError::IndexOutOfBound(neuron));
            return std::ptr::null_mut();
        }
        (h.net.neurons.as_mut_ptr() as *mut fann_neuron).wrapping_add(l.first + neuron as usize)
    })
}

/// `fann_get_layer` then `fann_get_neuron_layer`.
#[no_mangle]
pub extern "C" fn fann_get_neuron(
    ann: *mut fann,
    layer: c_uint,
    neuron: c_int,
) -> *mut fann_neuron {
    let l = fann_get_layer(ann, layer as c_int);
    if l.is_null() {
        return std::ptr::null_mut();
    }
    fann_get_neuron_layer(ann, l, neuron)
}

/// Recomputes the fixed-point sigmoid tables from the network's decimal point.
#[cfg(feature = "fixed")]
#[no_mangle]
pub extern "C" fn fann_update_stepwise(ann: *mut fann) {
    with_handle(ann, (), |h| {
        h.net.fixed.update_stepwise();
        h.sync_public();
    })
}

/// A network with every default and `num_layers` empty layers (NULL neuron pointers), for
/// clients that assemble networks the way FANN's constructors do: set the layer sizes as
/// pointer differences, `num_input`, `num_output` and `total_neurons`, then
/// `fann_allocate_neurons`, `total_connections`, `fann_allocate_connections`, and fill in
/// neurons, weights and connections. NULL without a message below 2 layers.
#[no_mangle]
pub extern "C" fn fann_allocate_structure(num_layers: c_uint) -> *mut fann {
    guard(std::ptr::null_mut(), || {
        if num_layers < 2 {
            return std::ptr::null_mut();
        }
        let layer_bytes = 2 * std::mem::size_of::<fann_layer>() as u64;
        if (num_layers as u64) * layer_bytes > limits().max_bytes {
            raise_global(&FannError::CantAllocateMem);
            return std::ptr::null_mut();
        }
        let sizes = vec![0u64; num_layers as usize];
        let made = Network::with_layout(&sizes, 0, &limits()).and_then(Handle::into_raw);
        match made {
            Ok(ann) => {
                with_handle(ann, (), |h| h.hand_built = true);
                ann
            }
            Err(e) => {
                raise_global(&e);
                std::ptr::null_mut()
            }
        }
    })
}

/// Allocates the neurons of a network from `fann_allocate_structure` (see there); error 11
/// on the network when they do not fit.
#[no_mangle]
pub extern "C" fn fann_allocate_neurons(ann: *mut fann) {
    with_handle(ann, (), |h| {
        if let Err(e) = h.allocate_neurons_from_c(&limits()) {
            raise_on(&mut h.public, &e);
        }
    })
}

/// Allocates `total_connections` weights and connection pointers; error 11 on failure.
#[no_mangle]
pub extern "C" fn fann_allocate_connections(ann: *mut fann) {
    with_handle(ann, (), |h| {
        if let Err(e) = h.allocate_connections_from_c(&limits()) {
            raise_on(&mut h.public, &e);
        }
    })
}

/// Allocates the scaling parameters with their defaults: 0, or (FANN's convention) error 11
/// without a struct, the network destroyed and 1. The fixed-point library has no scaling.
#[no_mangle]
pub extern "C" fn fann_allocate_scale(ann: *mut fann) -> c_int {
    #[cfg(feature = "fixed")]
    {
        let _ = ann;
        0
    }
    #[cfg(not(feature = "fixed"))]
    {
        let fits = with_handle(ann, None, |h| {
            let values = h.net.num_input as u64 + h.net.num_output as u64;
            if values * 16 > limits().max_bytes {
                return Some(false);
            }
            h.net.ensure_scaling();
            h.sync_public();
            Some(true)
        });
        match fits {
            None | Some(true) => 0,
            Some(false) => {
                raise_global(&FannError::CantAllocateMem);
                super::fann::fann_destroy(ann);
                1
            }
        }
    }
}

#[cfg(not(feature = "fixed"))]
/// Makes room for `total_neurons` neurons; 0, or error 11 and -1. Like FANN's, it leaves
/// `total_neurons_allocated` as it was, and the arrays may move (pointers into them taken
/// before are stale). Never shrinks the network.
#[no_mangle]
pub extern "C" fn fann_reallocate_neurons(ann: *mut fann, total_neurons: c_uint) -> c_int {
    reserve(ann, total_neurons, true)
}

#[cfg(not(feature = "fixed"))]
/// As `fann_reallocate_neurons`, for connections.
#[no_mangle]
pub extern "C" fn fann_reallocate_connections(ann: *mut fann, total_connections: c_uint) -> c_int {
    reserve(ann, total_connections, false)
}

#[cfg(not(feature = "fixed"))]
fn reserve(ann: *mut fann, total: c_uint, neurons: bool) -> c_int {
    with_handle(ann, -1, |h| {
        let total = total as usize;
        let net = &mut h.net;
        let (len, unit) = if neurons {
            (net.neurons.len(), std::mem::size_of::<fann_neuron>())
        } else {
            (
                net.weights.len(),
                std::mem::size_of::<crate::capi::fann_data::fann_type>() + 12,
            )
        };
        let extra = total.saturating_sub(len);
        let fits = (total as u64).saturating_mul(unit as u64) <= limits().max_bytes;
        let reserved = fits
            && if neurons {
                net.neurons.try_reserve_exact(extra).is_ok()
            } else {
                net.weights.try_reserve_exact(extra).is_ok()
                    && (net.source_rule != crate::engine::network::SourceRule::Table
                        || net.sources.try_reserve_exact(extra).is_ok())
            };
        if !reserved {
            raise_on(&mut h.public, &FannError::CantAllocateMem);
            return -1;
        }
        // Reserving may have moved the arrays.
        match h.sync_structure() {
            Ok(()) => 0,
            Err(e) => {
                raise_on(&mut h.public, &e);
                -1
            }
        }
    })
}
