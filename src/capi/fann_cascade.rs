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
