//! The safe, C-agnostic core: topology, forward pass, printing, errors.
//! Generic over FANN's number type (`f32`, `f64`, fixed-point `i32`).

pub mod activation;
pub mod cascade;
pub mod cfmt;
pub mod create;
pub mod error;
pub mod fast;
pub mod fast_incremental;
pub mod forward;
pub mod fsio;
pub mod glibc_exp;
#[cfg(target_arch = "x86_64")]
mod glibc_exp_table;
pub mod netfile;
pub mod network;
pub mod num;
pub mod print;
pub mod rng;
pub mod scaling;
pub mod scan;
pub mod train;
pub mod traindata;

pub use create::Limits;
pub use error::FannError;
pub use network::{Layer, Network, Neuron};
pub use num::FannNum;
pub use rng::{GlibcRand, RandomSource};
