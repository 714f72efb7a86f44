//! `parallel_fann.h` (upstream's later addition): multi-threaded epochs whose results are
//! upstream's (per-block slopes summed in block order). Float and double libraries only.

#![cfg(not(feature = "fixed"))]

use libc::{c_float, c_uint};

use super::fann_data::fann;
use super::fann_internal::LibcRand;
use super::fann_train::{fann_train_data, pattern_rows, report_train_event};
use super::guard::with_handle;
use crate::engine::network::train_alg;
use crate::engine::train::Patterns;

/// One parallel epoch of `algorithm` (no size check, as upstream).
fn epoch(ann: *mut fann, data: *mut fann_train_data, threads: c_uint, algorithm: u32) -> c_float {
    let Some((ins, outs)) = pattern_rows(data) else {
        return 0.0;
    };
    with_handle(ann, 0.0, |h| {
        h.pull_params();
        let patterns = Patterns {
            inputs: &ins,
            outputs: &outs,
        };
        let mse = h.net.train_epoch_parallel(
            algorithm,
            &patterns,
            threads,
            &mut LibcRand,
            &mut report_train_event,
        );
        h.push_params();
        h.sync_public();
        mse
    })
}

/// A batch epoch over `threadnumb` blocks of patterns.
#[no_mangle]
pub extern "C" fn fann_train_epoch_batch_parallel(
    ann: *mut fann,
    data: *mut fann_train_data,
    threadnumb: c_uint,
) -> c_float {
    epoch(ann, data, threadnumb, train_alg::BATCH)
}

/// An iRPROP- epoch over `threadnumb` blocks of patterns.
#[no_mangle]
pub extern "C" fn fann_train_epoch_irpropm_parallel(
    ann: *mut fann,
    data: *mut fann_train_data,
    threadnumb: c_uint,
) -> c_float {
    epoch(ann, data, threadnumb, train_alg::RPROP)
}

/// A quickprop epoch over `threadnumb` blocks of patterns.
#[no_mangle]
pub extern "C" fn fann_train_epoch_quickprop_parallel(
    ann: *mut fann,
    data: *mut fann_train_data,
    threadnumb: c_uint,
) -> c_float {
    epoch(ann, data, threadnumb, train_alg::QUICKPROP)
}

/// A SARPROP epoch over `threadnumb` blocks of patterns (the step is not carried between
/// weights, unlike the serial version).
#[no_mangle]
pub extern "C" fn fann_train_epoch_sarprop_parallel(
    ann: *mut fann,
    data: *mut fann_train_data,
    threadnumb: c_uint,
) -> c_float {
    epoch(ann, data, threadnumb, train_alg::SARPROP)
}

/// The serial incremental epoch.
#[no_mangle]
pub extern "C" fn fann_train_epoch_incremental_mod(
    ann: *mut fann,
    data: *mut fann_train_data,
) -> c_float {
    super::fann_train::fann_train_epoch_incremental(ann, data)
}

/// The MSE over `data`, accumulated per block of patterns.
#[no_mangle]
pub extern "C" fn fann_test_data_parallel(
    ann: *mut fann,
    data: *mut fann_train_data,
    threadnumb: c_uint,
) -> c_float {
    let Some((ins, outs)) = pattern_rows(data) else {
        return 0.0;
    };
    with_handle(ann, 0.0, |h| {
        h.pull_params();
        let patterns = Patterns {
            inputs: &ins,
            outputs: &outs,
        };
        let mse = h.net.test_data_parallel(&patterns, threadnumb);
        h.push_params();
        mse
    })
}
