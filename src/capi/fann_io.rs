//! `fann_io.h`: loading and saving networks in FANN's file format.

use std::ffi::CStr;
use std::os::unix::ffi::OsStrExt;
use std::path::PathBuf;
use std::ptr::null_mut;

use libc::{c_char, c_int, FILE};

use super::fann_data::{fann, fann_type};
use super::fann_error::{raise_global, raise_on};
use super::fann_internal::limits;
use super::guard::{guard, with_handle};
use super::handle::Handle;
use super::libc_io::c_str;
use crate::engine::netfile;
use crate::engine::{FannError, Network};

/// The file system path of a C string (bytes as given, no UTF-8 requirement).
pub(crate) fn path_of(name: *const c_char) -> PathBuf {
    if name.is_null() {
        return PathBuf::new();
    }
    // SAFETY: a non-NULL name is a NUL-terminated C string (FANN's contract).
    let bytes = unsafe { CStr::from_ptr(name) }.to_bytes();
    PathBuf::from(std::ffi::OsStr::from_bytes(bytes))
}

/// The content of a file FANN would read: `None` when it cannot be opened (error 1). A
/// path that opens but cannot be read (a directory) reads as empty, as with C's `fopen`.
pub(crate) fn read_file(name: *const c_char) -> Option<Vec<u8>> {
    use std::io::Read;
    if name.is_null() {
        return None;
    }
    let mut file = std::fs::File::open(path_of(name)).ok()?;
    let mut bytes = Vec::new();
    if file.read_to_end(&mut bytes).is_err() {
        bytes.clear();
    }
    Some(bytes)
}

/// A network from parsed file content, or NULL after FANN's message (if it has one).
fn load(bytes: &[u8], name: &str) -> *mut fann {
    into_ann(netfile::parse_net::<fann_type>(bytes, name, &limits()))
}

/// The client's pointer to a loaded network, or NULL after FANN's message (if it has one).
fn into_ann(loaded: Result<Network<fann_type>, netfile::LoadError>) -> *mut fann {
    let error = match loaded {
        Ok(net) => match Handle::into_raw(net) {
            Ok(ann) => return ann,
            Err(e) => Some(e),
        },
        Err(e) => e,
    };
    if let Some(e) = error {
        raise_global(&e);
    }
    null_mut()
}

/// Loads a network saved by `fann_save` (or by FANN).
#[no_mangle]
pub extern "C" fn fann_create_from_file(configuration_file: *const c_char) -> *mut fann {
    guard(null_mut(), || {
        // glibc prints a NULL name as "(null)"; opening it fails.
        let name = c_str(configuration_file).unwrap_or_else(|| "(null)".to_string());
        match read_file(configuration_file) {
            Some(bytes) => load(&bytes, &name),
            None => {
                raise_global(&FannError::CantOpenConfigR(name));
                null_mut()
            }
        }
    })
}

/// Everything left in a C stream.
pub(crate) fn read_stream(conf: *mut FILE) -> Vec<u8> {
    let mut bytes = Vec::new();
    let mut chunk = [0u8; 65536];
    loop {
        // SAFETY: `conf` is an open stream (caller's contract) and `chunk` is writable.
        let n = unsafe {
            libc::fread(
                chunk.as_mut_ptr() as *mut libc::c_void,
                1,
                chunk.len(),
                conf,
            )
        };
        if n == 0 {
            return bytes;
        }
        bytes.extend_from_slice(&chunk[..n]);
    }
}

/// Loads a network from the rest of an open stream (`configuration_file` names it in
/// messages). Exported internal.
#[no_mangle]
pub extern "C" fn fann_create_from_fd(
    conf: *mut FILE,
    configuration_file: *const c_char,
) -> *mut fann {
    if conf.is_null() {
        return null_mut();
    }
    guard(null_mut(), || {
        let name = c_str(configuration_file).unwrap_or_default();
        load(&read_stream(conf), &name)
    })
}

/// Writes `text` for `fann_save`/`fann_save_to_fixed`; failure is error 2 on the net.
fn write(ann: &mut fann, file: *const c_char, text: &str) -> bool {
    let name = c_str(file).unwrap_or_else(|| "(null)".to_string());
    let ok = !file.is_null()
        && crate::engine::fsio::write_atomically(&path_of(file), text.as_bytes()).is_ok();
    if !ok {
        raise_on(ann, &FannError::CantOpenConfigW(name));
    }
    ok
}

/// Saves the network; 0, or -1 and error 2 (the previous file, if any, is kept).
#[no_mangle]
pub extern "C" fn fann_save(ann: *mut fann, configuration_file: *const c_char) -> c_int {
    with_handle(ann, -1, |h| {
        h.pull_params();
        let text = netfile::save_text(&h.net);
        if write(&mut h.public, configuration_file, &text) {
            0
        } else {
            -1
        }
    })
}

/// Saves the network in fixed point and returns FANN's chosen decimal point (negative when
/// the weights are too large for it); -1 and error 2 when the file cannot be written.
#[no_mangle]
pub extern "C" fn fann_save_to_fixed(ann: *mut fann, configuration_file: *const c_char) -> c_int {
    with_handle(ann, -1, |h| {
        h.pull_params();
        let (text, decimal_point) = netfile::save_fixed_text(&h.net);
        if write(&mut h.public, configuration_file, &text) {
            decimal_point
        } else {
            -1
        }
    })
}

/// Loads the body of a FANN 1.1 network file from an open stream whose version line was
/// already read. Exported internal.
#[no_mangle]
pub extern "C" fn fann_create_from_fd_1_1(
    conf: *mut FILE,
    configuration_file: *const c_char,
) -> *mut fann {
    if conf.is_null() {
        return null_mut();
    }
    guard(null_mut(), || {
        let name = c_str(configuration_file).unwrap_or_default();
        into_ann(netfile::parse_net_legacy_body::<fann_type>(
            &read_stream(conf),
            &name,
            &limits(),
        ))
    })
}

/// Writes `text` to an open stream; false if the stream takes less than all of it.
pub(crate) fn write_stream(stream: *mut FILE, text: &str) -> bool {
    // SAFETY: `stream` is an open, writable stream (caller's contract, checked non-NULL
    // before); the buffer is valid for its length.
    !stream.is_null()
        && unsafe { libc::fwrite(text.as_ptr() as *const libc::c_void, 1, text.len(), stream) }
            == text.len()
}

/// `fann_save` (`save_as_fixed` 0) or `fann_save_to_fixed` (non-zero). Exported internal.
#[no_mangle]
pub extern "C" fn fann_save_internal(
    ann: *mut fann,
    configuration_file: *const c_char,
    save_as_fixed: libc::c_uint,
) -> c_int {
    if save_as_fixed != 0 {
        fann_save_to_fixed(ann, configuration_file)
    } else {
        fann_save(ann, configuration_file)
    }
}

/// Writes the network to an open stream, as `fann_save_internal` would to a file.
/// Exported internal.
#[no_mangle]
pub extern "C" fn fann_save_internal_fd(
    ann: *mut fann,
    conf: *mut FILE,
    configuration_file: *const c_char,
    save_as_fixed: libc::c_uint,
) -> c_int {
    with_handle(ann, -1, |h| {
        h.pull_params();
        let (text, result) = if save_as_fixed != 0 {
            netfile::save_fixed_text(&h.net)
        } else {
            (netfile::save_text(&h.net), 0)
        };
        if write_stream(conf, &text) {
            result
        } else {
            raise_on(
                &mut h.public,
                &FannError::CantOpenConfigW(c_str(configuration_file).unwrap_or_default()),
            );
            -1
        }
    })
}
