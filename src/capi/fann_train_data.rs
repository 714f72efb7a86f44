//! The training data half of `fann_train.h`: `struct fann_train_data` built the way FANN
//! builds it (libc `malloc`/`calloc`, one block of inputs and one of outputs, row pointers
//! into them) so that C clients and bindings may build, read and free it themselves.

use std::ptr::null_mut;

use libc::{c_char, c_uint, c_void};

use super::fann_data::fann_type;
use super::fann_error::{raise, raise_global};
use super::fann_internal::{fann_init_error_data, limits, LibcRand};
use super::fann_train::fann_train_data;
use super::guard::{guard, slice, slice_mut};
use super::libc_io::c_str;
use crate::engine::traindata::{self, TrainData};
use crate::engine::{FannError, RandomSource};

fn data_mut<'a>(data: *mut fann_train_data) -> Option<&'a mut fann_train_data> {
    // SAFETY: a non-NULL pointer is a training set made by us or built by the client in
    // FANN's documented layout; FANN's contract forbids concurrent use.
    unsafe { data.as_mut() }
}

fn error_of(data: &mut fann_train_data) -> &mut super::fann_data::fann_error {
    // SAFETY: `struct fann_train_data` begins with the fields of `struct fann_error`.
    unsafe { &mut *(data as *mut fann_train_data as *mut super::fann_data::fann_error) }
}

/// The row pointers of `data` as slices (`None` if any row pointer is NULL).
fn rows<'a>(data: &fann_train_data, output: bool) -> Option<Vec<&'a mut [fann_type]>> {
    let (table, width) = if output {
        (data.output, data.num_output)
    } else {
        (data.input, data.num_input)
    };
    let n = data.num_data as usize;
    if n == 0 {
        return Some(Vec::new());
    }
    let table = slice(table as *const *mut fann_type, n)?;
    table
        .iter()
        .map(|&row| slice_mut(row, width as usize))
        .collect()
}

/// `(num_input, num_output)` of a set and the rows of one side.
#[cfg(not(feature = "fixed"))]
pub(crate) type ShapeAndRows<'a> = ((c_uint, c_uint), Vec<&'a mut [fann_type]>);

/// The shape and the rows of one side of a caller's set (`None` for NULL).
#[cfg(not(feature = "fixed"))]
pub(crate) fn rows_of<'a>(data: *const fann_train_data, output: bool) -> Option<ShapeAndRows<'a>> {
    let d = data_mut(data as *mut fann_train_data)?;
    Some(((d.num_input, d.num_output), rows(d, output)?))
}

/// A zero-filled set in FANN's layout, or error 11 (nothing leaked) when it cannot be had.
pub(crate) fn allocate(
    num_data: c_uint,
    num_input: c_uint,
    num_output: c_uint,
) -> Result<*mut fann_train_data, FannError> {
    match TrainData::<fann_type>::footprint(num_data, num_input, num_output) {
        Some(bytes) if bytes <= limits().max_bytes => {}
        _ => return Err(FannError::CantAllocateMem),
    }
    let n = num_data as usize;
    let size = std::mem::size_of::<fann_type>();
    // SAFETY: plain libc allocations, checked for NULL below; the struct is fully
    // initialised before it is returned, and everything is freed on failure.
    unsafe {
        let data = libc::malloc(std::mem::size_of::<fann_train_data>()) as *mut fann_train_data;
        let input =
            libc::calloc(n.max(1), std::mem::size_of::<*mut fann_type>()) as *mut *mut fann_type;
        let output =
            libc::calloc(n.max(1), std::mem::size_of::<*mut fann_type>()) as *mut *mut fann_type;
        let in_block = libc::calloc((n * num_input as usize).max(1), size) as *mut fann_type;
        let out_block = libc::calloc((n * num_output as usize).max(1), size) as *mut fann_type;
        if data.is_null()
            || input.is_null()
            || output.is_null()
            || in_block.is_null()
            || out_block.is_null()
        {
            for p in [
                data as *mut c_void,
                input as _,
                output as _,
                in_block as _,
                out_block as _,
            ] {
                libc::free(p);
            }
            return Err(FannError::CantAllocateMem);
        }
        fann_init_error_data(data as *mut super::fann_data::fann_error);
        (*data).num_data = num_data;
        (*data).num_input = num_input;
        (*data).num_output = num_output;
        (*data).input = input;
        (*data).output = output;
        for i in 0..n {
            *input.add(i) = in_block.add(i * num_input as usize);
            *output.add(i) = out_block.add(i * num_output as usize);
        }
        if n == 0 {
            // Keep the blocks owned through row 0 so that destroy frees them.
            *input = in_block;
            *output = out_block;
        }
        Ok(data)
    }
}

/// A new set filled from `fill(i, input_row, output_row)`, or error 11 (global) and NULL.
fn build(
    num_data: c_uint,
    num_input: c_uint,
    num_output: c_uint,
    mut fill: impl FnMut(usize, &mut [fann_type], &mut [fann_type]),
) -> *mut fann_train_data {
    match allocate(num_data, num_input, num_output) {
        Ok(data) => {
            if let Some(d) = data_mut(data) {
                if let (Some(mut ins), Some(mut outs)) = (rows(d, false), rows(d, true)) {
                    for (i, (a, b)) in ins.iter_mut().zip(outs.iter_mut()).enumerate() {
                        fill(i, a, b);
                    }
                }
            }
            data
        }
        Err(e) => {
            raise_global(&e);
            null_mut()
        }
    }
}

/// A zero-filled set of `num_data` patterns.
#[no_mangle]
pub extern "C" fn fann_create_train(
    num_data: c_uint,
    num_input: c_uint,
    num_output: c_uint,
) -> *mut fann_train_data {
    guard(null_mut(), || {
        build(num_data, num_input, num_output, |_, _, _| {})
    })
}

/// A set copied from two contiguous arrays of `num_data` rows.
#[no_mangle]
pub extern "C" fn fann_create_train_array(
    num_data: c_uint,
    num_input: c_uint,
    input: *mut fann_type,
    num_output: c_uint,
    output: *mut fann_type,
) -> *mut fann_train_data {
    guard(null_mut(), || {
        let (ni, no) = (num_input as usize, num_output as usize);
        let n = num_data as usize;
        let (Some(src_in), Some(src_out)) = (slice(input, n * ni), slice(output, n * no)) else {
            return null_mut();
        };
        build(num_data, num_input, num_output, |i, a, b| {
            a.copy_from_slice(&src_in[i * ni..(i + 1) * ni]);
            b.copy_from_slice(&src_out[i * no..(i + 1) * no]);
        })
    })
}

/// A set copied from two arrays of `num_data` row pointers.
#[no_mangle]
pub extern "C" fn fann_create_train_pointer_array(
    num_data: c_uint,
    num_input: c_uint,
    input: *mut *mut fann_type,
    num_output: c_uint,
    output: *mut *mut fann_type,
) -> *mut fann_train_data {
    guard(null_mut(), || {
        let n = num_data as usize;
        let (Some(ins), Some(outs)) = (slice(input, n), slice(output, n)) else {
            return null_mut();
        };
        let src_in: Option<Vec<&[fann_type]>> =
            ins.iter().map(|&r| slice(r, num_input as usize)).collect();
        let src_out: Option<Vec<&[fann_type]>> = outs
            .iter()
            .map(|&r| slice(r, num_output as usize))
            .collect();
        let (Some(src_in), Some(src_out)) = (src_in, src_out) else {
            return null_mut();
        };
        build(num_data, num_input, num_output, |i, a, b| {
            a.copy_from_slice(src_in[i]);
            b.copy_from_slice(src_out[i]);
        })
    })
}

/// The C callback that fills one pattern of `fann_create_train_from_callback`.
pub type fann_train_callback = Option<
    unsafe extern "C" fn(
        num: c_uint,
        num_input: c_uint,
        num_output: c_uint,
        input: *mut fann_type,
        output: *mut fann_type,
    ),
>;

/// A set whose pattern `i` is filled by `user_function(i, num_input, num_output, in, out)`.
#[no_mangle]
pub extern "C" fn fann_create_train_from_callback(
    num_data: c_uint,
    num_input: c_uint,
    num_output: c_uint,
    user_function: fann_train_callback,
) -> *mut fann_train_data {
    guard(null_mut(), || {
        build(num_data, num_input, num_output, |i, a, b| {
            if let Some(f) = user_function {
                // SAFETY: the client's callback receives row buffers of exactly num_input and
                // num_output values, as FANN documents.
                unsafe {
                    f(
                        i as c_uint,
                        num_input,
                        num_output,
                        a.as_mut_ptr(),
                        b.as_mut_ptr(),
                    )
                }
            }
        })
    })
}

/// Frees a set: `input[0]`, `output[0]`, the two row tables and the struct (never `errstr`,
/// as FANN; client-built sets follow the same convention).
#[no_mangle]
pub extern "C" fn fann_destroy_train(train_data: *mut fann_train_data) {
    guard((), || {
        let Some(d) = data_mut(train_data) else {
            return;
        };
        // SAFETY: all these blocks come from the libc allocator (ours or the client's, per
        // FANN's convention); row 0 is read only when the row table exists.
        unsafe {
            if !d.input.is_null() {
                libc::free(*d.input as *mut c_void);
            }
            if !d.output.is_null() {
                libc::free(*d.output as *mut c_void);
            }
            libc::free(d.input as *mut c_void);
            libc::free(d.output as *mut c_void);
            libc::free(train_data as *mut c_void);
        }
    })
}

/// A copy of the caller's set as core data (`None` if a row pointer is NULL).
pub(crate) fn to_core(d: &fann_train_data) -> Option<TrainData<fann_type>> {
    let ins = rows(d, false)?;
    let outs = rows(d, true)?;
    Some(TrainData {
        num_data: d.num_data,
        num_input: d.num_input,
        num_output: d.num_output,
        input: ins.iter().flat_map(|r| r.iter().copied()).collect(),
        output: outs.iter().flat_map(|r| r.iter().copied()).collect(),
    })
}

/// A new C set holding `core`, or NULL after error 11 (global).
pub(crate) fn from_core(core: &TrainData<fann_type>) -> *mut fann_train_data {
    build(core.num_data, core.num_input, core.num_output, |i, a, b| {
        a.copy_from_slice(core.input_row(i));
        b.copy_from_slice(core.output_row(i));
    })
}

/// Reads a training data file (FANN reports a missing file with error 1's text).
#[no_mangle]
pub extern "C" fn fann_read_train_from_file(filename: *const c_char) -> *mut fann_train_data {
    guard(null_mut(), || {
        // glibc prints a NULL name as "(null)"; opening it fails.
        let name = c_str(filename).unwrap_or_else(|| "(null)".to_string());
        let bytes = match super::fann_io::read_file(filename) {
            Some(b) => b,
            None => {
                raise_global(&FannError::CantOpenConfigR(name));
                return null_mut();
            }
        };
        match traindata::parse_train::<fann_type>(&bytes, &name, &limits()) {
            Ok(core) => from_core(&core),
            Err(e) => {
                raise_global(&e);
                null_mut()
            }
        }
    })
}

/// Reads a training set from the rest of an open stream (`filename` names it in messages).
/// Exported internal.
#[no_mangle]
pub extern "C" fn fann_read_train_from_fd(
    file: *mut libc::FILE,
    filename: *const c_char,
) -> *mut fann_train_data {
    if file.is_null() {
        return null_mut();
    }
    guard(null_mut(), || {
        let name = c_str(filename).unwrap_or_default();
        let bytes = super::fann_io::read_stream(file);
        match traindata::parse_train::<fann_type>(&bytes, &name, &limits()) {
            Ok(core) => from_core(&core),
            Err(e) => {
                raise_global(&e);
                null_mut()
            }
        }
    })
}

/// The text of a set (`None` if a row pointer is NULL).
fn text_of(d: &fann_train_data, decimal_point: Option<u32>) -> Option<String> {
    let (ins, outs) = (rows(d, false)?, rows(d, true)?);
    let pairs = ins.iter().map(|r| &r[..]).zip(outs.iter().map(|r| &r[..]));
    Some(traindata::train_text(
        d.num_input,
        d.num_output,
        pairs,
        decimal_point,
    ))
}

/// `fann_save_train` (`save_as_fixed` 0) or `fann_save_train_to_fixed`. Exported internal.
#[no_mangle]
pub extern "C" fn fann_save_train_internal(
    data: *mut fann_train_data,
    filename: *const c_char,
    save_as_fixed: c_uint,
    decimal_point: c_uint,
) -> libc::c_int {
    save(
        data,
        filename,
        (save_as_fixed != 0).then_some(decimal_point),
    )
}

/// Writes a set to an open stream, as `fann_save_train_internal` would to a file.
/// Exported internal.
#[no_mangle]
pub extern "C" fn fann_save_train_internal_fd(
    data: *mut fann_train_data,
    file: *mut libc::FILE,
    filename: *const c_char,
    save_as_fixed: c_uint,
    decimal_point: c_uint,
) -> libc::c_int {
    let Some(d) = data_mut(data) else {
        return -1;
    };
    guard(-1, || {
        let dp = (save_as_fixed != 0).then_some(decimal_point);
        match text_of(d, dp) {
            Some(text) if super::fann_io::write_stream(file, &text) => 0,
            _ => {
                let name = c_str(filename).unwrap_or_default();
                raise(Some(error_of(d)), &FannError::CantOpenTdW(name));
                -1
            }
        }
    })
}

fn save(
    data: *mut fann_train_data,
    filename: *const c_char,
    decimal_point: Option<u32>,
) -> libc::c_int {
    let Some(d) = data_mut(data) else {
        return -1;
    };
    guard(-1, || {
        let name = c_str(filename).unwrap_or_else(|| "(null)".to_string());
        let Some(text) = text_of(d, decimal_point) else {
            return -1;
        };
        let ok = !filename.is_null()
            && crate::engine::fsio::write_atomically(
                &super::fann_io::path_of(filename),
                text.as_bytes(),
            )
            .is_ok();
        if ok {
            0
        } else {
            raise(Some(error_of(d)), &FannError::CantOpenTdW(name));
            -1
        }
    })
}

/// Writes the set to a training data file; 0, or -1 and error 8.
#[no_mangle]
pub extern "C" fn fann_save_train(
    data: *mut fann_train_data,
    filename: *const c_char,
) -> libc::c_int {
    save(data, filename, None)
}

/// Writes the set as fixed-point integers `(int)(x * 2^decimal_point)`; 0, or -1 and error 8.
#[no_mangle]
pub extern "C" fn fann_save_train_to_fixed(
    data: *mut fann_train_data,
    filename: *const c_char,
    decimal_point: c_uint,
) -> libc::c_int {
    save(data, filename, Some(decimal_point))
}

/// A deep copy (error 11 on the source if memory runs out).
#[no_mangle]
pub extern "C" fn fann_duplicate_train_data(data: *mut fann_train_data) -> *mut fann_train_data {
    let Some(d) = data_mut(data) else {
        return null_mut();
    };
    guard(null_mut(), || {
        let Some(core) = to_core(d) else {
            return null_mut();
        };
        copy_with_log(d, &core)
    })
}

/// A new set from `core` that inherits `source`'s log; allocation failure is error 11 on
/// `source`.
fn copy_with_log(
    source: &mut fann_train_data,
    core: &TrainData<fann_type>,
) -> *mut fann_train_data {
    match allocate(core.num_data, core.num_input, core.num_output) {
        Ok(new) => {
            if let Some(n) = data_mut(new) {
                n.error_log = source.error_log;
                if let (Some(mut ins), Some(mut outs)) = (rows(n, false), rows(n, true)) {
                    for (i, (a, b)) in ins.iter_mut().zip(outs.iter_mut()).enumerate() {
                        a.copy_from_slice(core.input_row(i));
                        b.copy_from_slice(core.output_row(i));
                    }
                }
            }
            new
        }
        Err(e) => {
            raise(Some(error_of(source)), &e);
            null_mut()
        }
    }
}

/// `data1`'s patterns followed by `data2`'s (error 14 on `data1` if their shapes differ).
#[no_mangle]
pub extern "C" fn fann_merge_train_data(
    data1: *mut fann_train_data,
    data2: *mut fann_train_data,
) -> *mut fann_train_data {
    let (Some(a), Some(b)) = (data_mut(data1), data_mut(data2)) else {
        return null_mut();
    };
    guard(null_mut(), || {
        if a.num_input != b.num_input || a.num_output != b.num_output {
            raise(Some(error_of(a)), &FannError::TrainDataMismatch);
            return null_mut();
        }
        let (Some(mut x), Some(y)) = (to_core(a), to_core(b)) else {
            return null_mut();
        };
        let Some(total) = x.num_data.checked_add(y.num_data) else {
            raise(Some(error_of(a)), &FannError::CantAllocateMem);
            return null_mut();
        };
        x.num_data = total;
        x.input.extend_from_slice(&y.input);
        x.output.extend_from_slice(&y.output);
        copy_with_log(a, &x)
    })
}

/// Patterns `pos .. pos+length` (error 16 on `data` when out of range).
#[no_mangle]
pub extern "C" fn fann_subset_train_data(
    data: *mut fann_train_data,
    pos: c_uint,
    length: c_uint,
) -> *mut fann_train_data {
    let Some(d) = data_mut(data) else {
        return null_mut();
    };
    guard(null_mut(), || {
        // FANN's test, in unsigned arithmetic.
        if pos > d.num_data || pos.wrapping_add(length) > d.num_data {
            let e = FannError::TrainDataSubset(pos as i32, length as i32, d.num_data as i32);
            raise(Some(error_of(d)), &e);
            return null_mut();
        }
        // A range that only passed FANN's test by wrapping around: FANN then fails to
        // allocate it (error 11).
        if pos as u64 + length as u64 > d.num_data as u64 {
            raise(Some(error_of(d)), &FannError::CantAllocateMem);
            return null_mut();
        }
        let Some(core) = to_core(d) else {
            return null_mut();
        };
        let (ni, no) = (d.num_input as usize, d.num_output as usize);
        let (p, l) = (pos as usize, length as usize);
        let subset = TrainData {
            num_data: length,
            num_input: d.num_input,
            num_output: d.num_output,
            input: core.input[p * ni..(p + l) * ni].to_vec(),
            output: core.output[p * no..(p + l) * no].to_vec(),
        };
        copy_with_log(d, &subset)
    })
}

/// Shuffles the patterns in place with libc `rand()`, in FANN's order of draws.
#[no_mangle]
pub extern "C" fn fann_shuffle_train_data(train_data: *mut fann_train_data) {
    let Some(d) = data_mut(train_data) else {
        return;
    };
    guard((), || {
        let (Some(mut ins), Some(mut outs)) = (rows(d, false), rows(d, true)) else {
            return;
        };
        let n = d.num_data;
        for dat in 0..n as usize {
            let swap = (LibcRand.next_rand() as u32 % n) as usize;
            if swap != dat {
                for rows in [&mut ins, &mut outs] {
                    let (lo, hi) = (dat.min(swap), dat.max(swap));
                    let (head, tail) = rows.split_at_mut(hi);
                    head[lo].swap_with_slice(tail[0]);
                }
            }
        }
    })
}

/// Number of patterns.
#[no_mangle]
pub extern "C" fn fann_length_train_data(data: *mut fann_train_data) -> c_uint {
    data_mut(data).map_or(0, |d| d.num_data)
}

/// Inputs per pattern.
#[no_mangle]
pub extern "C" fn fann_num_input_train_data(data: *mut fann_train_data) -> c_uint {
    data_mut(data).map_or(0, |d| d.num_input)
}

/// Outputs per pattern.
#[no_mangle]
pub extern "C" fn fann_num_output_train_data(data: *mut fann_train_data) -> c_uint {
    data_mut(data).map_or(0, |d| d.num_output)
}

fn row_pointer(data: *mut fann_train_data, position: c_uint, output: bool) -> *mut fann_type {
    let Some(d) = data_mut(data) else {
        return null_mut();
    };
    let table = if output { d.output } else { d.input };
    if position >= d.num_data || table.is_null() {
        return null_mut();
    }
    slice(table as *const *mut fann_type, d.num_data as usize)
        .map_or(null_mut(), |t| t[position as usize])
}

/// The inputs of pattern `position` (NULL when out of range).
#[no_mangle]
pub extern "C" fn fann_get_train_input(
    data: *mut fann_train_data,
    position: c_uint,
) -> *mut fann_type {
    row_pointer(data, position, false)
}

/// The outputs of pattern `position` (NULL when out of range).
#[no_mangle]
pub extern "C" fn fann_get_train_output(
    data: *mut fann_train_data,
    position: c_uint,
) -> *mut fann_type {
    row_pointer(data, position, true)
}

fn extreme(data: *mut fann_train_data, output: bool, max: bool) -> fann_type {
    let Some(d) = data_mut(data) else {
        return Default::default();
    };
    guard(Default::default(), || {
        let rows = rows(d, output).unwrap_or_default();
        let shared: Vec<&[fann_type]> = rows.iter().map(|r| &r[..]).collect();
        match traindata::min_max(&shared) {
            Some((lo, hi)) => {
                if max {
                    hi
                } else {
                    lo
                }
            }
            None => Default::default(),
        }
    })
}

/// Smallest input value of the set.
#[no_mangle]
pub extern "C" fn fann_get_min_train_input(train_data: *mut fann_train_data) -> fann_type {
    extreme(train_data, false, false)
}

/// Largest input value of the set.
#[no_mangle]
pub extern "C" fn fann_get_max_train_input(train_data: *mut fann_train_data) -> fann_type {
    extreme(train_data, false, true)
}

/// Smallest output value of the set.
#[no_mangle]
pub extern "C" fn fann_get_min_train_output(train_data: *mut fann_train_data) -> fann_type {
    extreme(train_data, true, false)
}

/// Largest output value of the set.
#[no_mangle]
pub extern "C" fn fann_get_max_train_output(train_data: *mut fann_train_data) -> fann_type {
    extreme(train_data, true, true)
}

fn scale(data: *mut fann_train_data, output: bool, new_min: fann_type, new_max: fann_type) {
    let Some(d) = data_mut(data) else {
        return;
    };
    guard((), || {
        if let Some(mut rows) = rows(d, output) {
            traindata::scale_rows(&mut rows, new_min, new_max);
        }
    })
}

/// Rescales all inputs from their overall range to `[new_min, new_max]`.
#[no_mangle]
pub extern "C" fn fann_scale_input_train_data(
    train_data: *mut fann_train_data,
    new_min: fann_type,
    new_max: fann_type,
) {
    scale(train_data, false, new_min, new_max)
}

/// Rescales all outputs from their overall range to `[new_min, new_max]`.
#[no_mangle]
pub extern "C" fn fann_scale_output_train_data(
    train_data: *mut fann_train_data,
    new_min: fann_type,
    new_max: fann_type,
) {
    scale(train_data, true, new_min, new_max)
}

/// Rescales inputs and outputs, each from its own overall range, to `[new_min, new_max]`.
#[no_mangle]
pub extern "C" fn fann_scale_train_data(
    train_data: *mut fann_train_data,
    new_min: fann_type,
    new_max: fann_type,
) {
    scale(train_data, false, new_min, new_max);
    scale(train_data, true, new_min, new_max);
}

/// Rows of a caller's `fann_type **` table.
fn table_rows<'a>(
    data: *mut *mut fann_type,
    num_data: c_uint,
    num_elem: c_uint,
) -> Option<Vec<&'a mut [fann_type]>> {
    let table = slice(data as *const *mut fann_type, num_data as usize)?;
    table
        .iter()
        .map(|&r| slice_mut(r, num_elem as usize))
        .collect()
}

/// Maps `[old_min, old_max]` onto `[new_min, new_max]` for every value of `data`, clamped.
#[no_mangle]
pub extern "C" fn fann_scale_data_to_range(
    data: *mut *mut fann_type,
    num_data: c_uint,
    num_elem: c_uint,
    old_min: fann_type,
    old_max: fann_type,
    new_min: fann_type,
    new_max: fann_type,
) {
    guard((), || {
        if let Some(mut rows) = table_rows(data, num_data, num_elem) {
            traindata::scale_to_range(&mut rows, old_min, old_max, new_min, new_max);
        }
    })
}

/// Smallest and largest value of a caller's row table (upstream's undeclared helper); with
/// no values (where FANN would read `data[0][0]` regardless) `min` and `max` are left alone.
#[no_mangle]
pub extern "C" fn fann_get_min_max_data(
    data: *mut *mut fann_type,
    num_data: c_uint,
    num_elem: c_uint,
    min: *mut fann_type,
    max: *mut fann_type,
) {
    guard((), || {
        let (Some(min), Some(max)) = (slice_mut(min, 1), slice_mut(max, 1)) else {
            return;
        };
        let Some(rows) = table_rows(data, num_data, num_elem) else {
            return;
        };
        let rows: Vec<&[fann_type]> = rows.iter().map(|r| &**r).collect();
        if let Some((lo, hi)) = traindata::min_max(&rows) {
            min[0] = lo;
            max[0] = hi;
        }
    })
}

/// `fann_scale_*_train_data`'s backend on a caller's row table (exported, undeclared).
#[no_mangle]
pub extern "C" fn fann_scale_data(
    data: *mut *mut fann_type,
    num_data: c_uint,
    num_elem: c_uint,
    new_min: fann_type,
    new_max: fann_type,
) {
    guard((), || {
        if let Some(mut rows) = table_rows(data, num_data, num_elem) {
            traindata::scale_rows(&mut rows, new_min, new_max);
        }
    })
}
