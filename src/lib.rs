//! FANN, the Fast Artificial Neural Network library, in Rust.
//!
//! `engine` is the safe core, generic over the number type. `capi` is the
//! C ABI of FANN 2.2.0 for the number type chosen by cargo feature
//! (`float`, `double` or `fixed`); it owns every `unsafe` block.

#![deny(unsafe_code)]

pub mod engine;

#[allow(unsafe_code)]
pub mod capi;
