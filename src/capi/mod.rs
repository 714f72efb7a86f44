//! FANN 2.2.0's C ABI (plus the later upstream additions) for the number type selected by
//! cargo feature. One module per FANN header; this layer owns every `unsafe` block, the
//! `#[repr(C)]` structs that C clients see, and the libc allocations they may free.
// C names are kept as FANN spells them.
#![allow(non_camel_case_types, non_snake_case, non_upper_case_globals)]
// Entry points take C's raw pointers by design; each is checked before it is dereferenced.
#![allow(clippy::not_unsafe_ptr_arg_deref)]

pub mod fann;
pub mod fann_cascade;
pub mod fann_data;
pub mod fann_error;
pub mod fann_internal;
pub mod fann_io;
pub mod fann_train;
pub mod fann_train_data;
pub(crate) mod guard;
#[cfg(feature = "debug-hooks")]
pub use guard::debug_hooks;
pub(crate) mod handle;
#[cfg(not(feature = "fixed"))]
pub(crate) mod kernels;
pub(crate) mod libc_io;
pub mod parallel_fann;

/// The exact forward pass this layer installs in the networks it hands out (`None` where
/// it leaves libm's `exp` in use); public so that the fuzz targets can compare it with the
/// built-in pass on arbitrary networks.
#[cfg(not(feature = "fixed"))]
pub fn installed_exact_forward(
) -> Option<crate::engine::network::ExactForward<fann_data::fann_type>> {
    kernels::exact_forward()
}
