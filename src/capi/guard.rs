//! Entry-point plumbing: a panic guard so no unwind crosses into C, and typed helpers that
//! turn the raw pointers C hands us into references after a NULL check.

use std::panic::{catch_unwind, AssertUnwindSafe};

use super::fann_data::fann;
use super::handle::Handle;

/// Runs `f`, returning `fallback` if it panics (a panic is a bug of ours; C must never see it).
pub(crate) fn guard<R>(fallback: R, f: impl FnOnce() -> R) -> R {
    catch_unwind(AssertUnwindSafe(|| {
        #[cfg(feature = "debug-hooks")]
        debug_hooks::fire();
        f()
    }))
    .unwrap_or(fallback)
}

/// Test-only fault injection (cargo feature `debug-hooks`, never in the shipped libraries):
/// makes the next guarded entry point panic inside its guard, so a test can see that the
/// panic ends as the entry point's failure value instead of an abort.
#[cfg(feature = "debug-hooks")]
pub mod debug_hooks {
    use std::cell::Cell;

    thread_local! {
        static ARMED: Cell<bool> = const { Cell::new(false) };
    }

    /// The next guarded call on this thread panics.
    pub fn panic_in_next_entry() {
        ARMED.with(|a| a.set(true));
    }

    pub(super) fn fire() {
        if ARMED.with(|a| a.replace(false)) {
            panic!("debug hook: injected panic");
        }
    }
}

/// The handle behind a `struct fann *`, or `None` for NULL.
pub(crate) fn handle<'a>(ann: *mut fann) -> Option<&'a mut Handle> {
    // SAFETY: every non-NULL `struct fann *` a client passes was returned by one of our
    // constructors, which allocate a `Handle` whose first field is the public `fann`
    // (`#[repr(C)]`), so the cast recovers the original allocation. FANN's contract forbids
    // concurrent use of one network, so the exclusive reference does not alias another.
    unsafe { (ann as *mut Handle).as_mut() }
}

/// Runs `f` on the network behind `ann` inside the panic guard; NULL gives `fallback`.
pub(crate) fn with_handle<R>(ann: *mut fann, fallback: R, f: impl FnOnce(&mut Handle) -> R) -> R {
    match handle(ann) {
        Some(h) => guard(fallback, || {
            if h.hand_built {
                h.adopt_c_structure();
            }
            f(h)
        }),
        None => fallback,
    }
}

/// Runs `f` on the public `struct fann` fields (parameter accessors).
pub(crate) fn with_public<R>(ann: *mut fann, fallback: R, f: impl FnOnce(&mut fann) -> R) -> R {
    with_handle(ann, fallback, |h| f(&mut h.public))
}

/// A shared slice over `len` C values, or `None` for NULL.
pub(crate) fn slice<'a, T>(ptr: *const T, len: usize) -> Option<&'a [T]> {
    if ptr.is_null() {
        return None;
    }
    // SAFETY: the C contract of every caller is that `ptr` points at `len` readable values
    // (FANN reads exactly as many); NULL was excluded above.
    Some(unsafe { std::slice::from_raw_parts(ptr, len) })
}

/// A mutable slice over `len` C values, or `None` for NULL.
pub(crate) fn slice_mut<'a, T>(ptr: *mut T, len: usize) -> Option<&'a mut [T]> {
    if ptr.is_null() {
        return None;
    }
    // SAFETY: as for `slice`, with the caller's buffer writable for `len` values.
    Some(unsafe { std::slice::from_raw_parts_mut(ptr, len) })
}

/// A shared reference to a C struct, or `None` for NULL.
pub(crate) fn as_ref<'a, T>(ptr: *const T) -> Option<&'a T> {
    // SAFETY: the C contract of every caller is that a non-NULL `ptr` points at a valid,
    // initialised `T` that nothing mutates during the call.
    unsafe { ptr.as_ref() }
}
