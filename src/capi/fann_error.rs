//! `fann_error.h`: error codes on a struct, the error log, and the error routine that
//! every failure goes through.

use std::cell::Cell;
use std::sync::atomic::{AtomicPtr, Ordering};

use libc::{c_char, c_uint, FILE};

use super::fann_data::{fann, fann_errno_enum, fann_error};
use super::guard::guard;
use super::libc_io::{free, malloc_string, print_log, print_stderr, STDERR_SENTINEL};
use crate::engine::error::{message_format, FannError};

/// Log used by structs created from now on and by errors that have no struct.
/// `(FILE *)-1` means standard error, NULL silences. Clients may assign it directly.
/// Atomic (same layout as `FILE *`) so threads setting and reading it do not race; its
/// declaration is written in `headers/fann_error.h.in`.
#[no_mangle]
pub static fann_default_error_log: AtomicPtr<FILE> = AtomicPtr::new(STDERR_SENTINEL);

/// The current global log, read at use time because clients may assign it at any moment.
pub(crate) fn default_log() -> *mut FILE {
    fann_default_error_log.load(Ordering::Relaxed)
}

fn error_struct<'a>(errdat: *mut fann_error) -> Option<&'a mut fann_error> {
    // SAFETY: a non-NULL `errdat` is a `struct fann`, `struct fann_train_data` or a client's
    // `struct fann_error`; all begin with the `fann_error` fields (api.md 3.1).
    unsafe { errdat.as_mut() }
}

/// The error prefix of a network.
pub(crate) fn of_fann(ann: &mut fann) -> &mut fann_error {
    // SAFETY: `struct fann` starts with exactly the fields of `struct fann_error`, both
    // `#[repr(C)]`, so the prefix may be viewed as one.
    unsafe { &mut *(ann as *mut fann as *mut fann_error) }
}

/// Records error `code` with `message` on `errdat` (if any) and prints
/// `FANN Error <code>: <message>` to its log (the global log when `errdat` is NULL).
pub(crate) fn report(errdat: Option<&mut fann_error>, code: c_uint, message: &str) {
    let log = match errdat {
        Some(e) => {
            e.errno_f = code;
            free(e.errstr);
            e.errstr = malloc_string(message);
            e.error_log
        }
        None => default_log(),
    };
    print_log(log, &format!("FANN Error {code}: {message}"));
}

/// Reports a core error on `errdat`.
pub(crate) fn raise(errdat: Option<&mut fann_error>, err: &FannError) {
    report(errdat, err.code(), &err.to_string());
}

/// Reports a core error on a network.
pub(crate) fn raise_on(ann: &mut fann, err: &FannError) {
    raise(Some(of_fann(ann)), err);
}

/// Reports a core error that has no struct to record it (printed to the global log only).
pub(crate) fn raise_global(err: &FannError) {
    raise(None, err);
}

/// printf format of `code`'s message (NULL for 0 and unknown codes), for the variadic
/// `fann_error` of the C shim: the core's formats as C strings, made once.
#[no_mangle]
pub extern "C" fn fann_rs_error_format(code: c_uint) -> *const c_char {
    static FORMATS: std::sync::OnceLock<Vec<Option<std::ffi::CString>>> =
        std::sync::OnceLock::new();
    let formats = FORMATS.get_or_init(|| {
        (0..=21)
            .map(|c| message_format(c).and_then(|f| std::ffi::CString::new(f).ok()))
            .collect()
    });
    match formats.get(code as usize) {
        Some(Some(f)) => f.as_ptr(),
        _ => std::ptr::null(),
    }
}

/// Second half of the variadic `fann_error` (C shim): the message is already formatted
/// (`malloc`ed, owned by us now; NULL for codes without a message).
#[no_mangle]
pub extern "C" fn fann_rs_report_error(
    errdat: *mut fann_error,
    code: fann_errno_enum,
    message: *mut c_char,
) {
    guard((), || {
        let text = super::libc_io::c_str(message);
        free(message);
        match text {
            Some(text) => report(error_struct(errdat), code, &text),
            // No message (code 0 or unknown): record the code only; 2.2.0 would print garbage.
            None => {
                if let Some(e) = error_struct(errdat) {
                    e.errno_f = code;
                }
            }
        }
    })
}

/// Sets the log of `errdat`, or the global default log when `errdat` is NULL.
#[no_mangle]
pub extern "C" fn fann_set_error_log(errdat: *mut fann_error, log_file: *mut FILE) {
    match error_struct(errdat) {
        Some(e) => e.error_log = log_file,
        None => fann_default_error_log.store(log_file, Ordering::Relaxed),
    }
}

/// The last error code of `errdat` (0 when none or NULL).
#[no_mangle]
pub extern "C" fn fann_get_errno(errdat: *mut fann_error) -> fann_errno_enum {
    error_struct(errdat).map_or(0, |e| e.errno_f)
}

/// Clears the error code.
#[no_mangle]
pub extern "C" fn fann_reset_errno(errdat: *mut fann_error) {
    if let Some(e) = error_struct(errdat) {
        e.errno_f = 0;
    }
}

/// Frees the last message.
#[no_mangle]
pub extern "C" fn fann_reset_errstr(errdat: *mut fann_error) {
    if let Some(e) = error_struct(errdat) {
        free(e.errstr);
        e.errstr = std::ptr::null_mut();
    }
}

thread_local! {
    /// The string most recently returned by `fann_get_errstr`, freed on the next call.
    static LAST_ERRSTR: Cell<*mut c_char> = const { Cell::new(std::ptr::null_mut()) };
}

/// Returns the last message and resets the struct's error state. FANN 2.2.0 returns freed
/// memory here; the string stays valid until this thread's next `fann_get_errstr` call.
#[no_mangle]
pub extern "C" fn fann_get_errstr(errdat: *mut fann_error) -> *mut c_char {
    let Some(e) = error_struct(errdat) else {
        return std::ptr::null_mut();
    };
    let message = e.errstr;
    e.errstr = std::ptr::null_mut();
    e.errno_f = 0;
    guard((), || {
        LAST_ERRSTR.with(|last| free(last.replace(message)));
    });
    message
}

/// Prints the last error to standard error (whatever the struct's log).
#[no_mangle]
pub extern "C" fn fann_print_error(errdat: *mut fann_error) {
    if let Some(e) = error_struct(errdat) {
        if e.errno_f != 0 {
            if let Some(text) = super::libc_io::c_str(e.errstr) {
                guard((), || {
                    print_stderr(&format!("FANN Error {}: {}", e.errno_f, text))
                });
            }
        }
    }
}
