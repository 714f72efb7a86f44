//! `fann_internal.h` and the undeclared internals that bindings call (`fann_get_layer`,
//! `fann_get_neuron`, ...), plus the libc random source and FANN's reseeding.

use std::sync::atomic::{AtomicI32, Ordering};

use libc::{c_int, c_uint};

use super::fann_data::{fann, fann_error, fann_layer, fann_neuron};
use super::fann_error::{default_log, raise_on};
use super::guard::with_handle;
use crate::engine::{FannError, Limits, RandomSource};

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
        let offset = (layer as usize).wrapping_sub(h.public.first_layer as usize);
        let size = std::mem::size_of::<fann_layer>();
        let index = if offset.is_multiple_of(size) {
            offset / size
        } else {
            usize::MAX
        };
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
