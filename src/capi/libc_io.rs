//! C stdio and allocator access: FANN prints through the C `stdout` (so its text interleaves
//! correctly with the client's own `printf`) and hands out `malloc`ed strings.

use std::ffi::CString;

use libc::{c_char, FILE};

extern "C" {
    static mut stdout: *mut FILE;
    static mut stderr: *mut FILE;
}

/// The `(FILE *)-1` sentinel FANN uses for "standard error".
pub(crate) const STDERR_SENTINEL: *mut FILE = usize::MAX as *mut FILE;

fn c_text(text: &str) -> CString {
    // FANN's texts never contain NUL; a stray one (from a file name) truncates like C would.
    let bytes = text.as_bytes();
    let end = bytes.iter().position(|&b| b == 0).unwrap_or(bytes.len());
    CString::new(&bytes[..end]).unwrap_or_default()
}

/// Writes `text` to the C `stdout` stream.
pub(crate) fn print_stdout(text: &str) {
    let s = c_text(text);
    // SAFETY: `stdout` is the C library's initialised stream object; `s` is NUL-terminated.
    unsafe {
        libc::fputs(s.as_ptr(), stdout);
    }
}

/// Writes `text` to `log`, the sentinel meaning C `stderr` and NULL meaning nowhere.
pub(crate) fn print_log(log: *mut FILE, text: &str) {
    if log.is_null() {
        return;
    }
    let s = c_text(text);
    // SAFETY: a non-sentinel, non-NULL log is a `FILE *` the client gave us to write to;
    // `stderr` is the C library's stream object.
    unsafe {
        let stream = if log == STDERR_SENTINEL { stderr } else { log };
        libc::fputs(s.as_ptr(), stream);
    }
}

/// Writes `text` to the C `stderr` stream.
pub(crate) fn print_stderr(text: &str) {
    print_log(STDERR_SENTINEL, text)
}

/// A `malloc`ed, NUL-terminated copy of `text` (NULL if allocation fails), which C may `free`.
pub(crate) fn malloc_string(text: &str) -> *mut c_char {
    let s = c_text(text);
    let bytes = s.as_bytes_with_nul();
    // SAFETY: we request `bytes.len()` bytes and copy exactly that many into the fresh block.
    unsafe {
        let p = libc::malloc(bytes.len()) as *mut c_char;
        if !p.is_null() {
            std::ptr::copy_nonoverlapping(bytes.as_ptr() as *const c_char, p, bytes.len());
        }
        p
    }
}

/// Frees a block from `malloc` (NULL is fine).
pub(crate) fn free<T>(p: *mut T) {
    // SAFETY: callers only pass pointers obtained from libc `malloc` (or NULL).
    unsafe { libc::free(p as *mut libc::c_void) }
}

/// The text of a NUL-terminated C string (lossy), or `None` for NULL.
pub(crate) fn c_str(p: *const c_char) -> Option<String> {
    if p.is_null() {
        return None;
    }
    // SAFETY: the caller passes a NUL-terminated string, as FANN's API requires.
    Some(
        unsafe { std::ffi::CStr::from_ptr(p) }
            .to_string_lossy()
            .into_owned(),
    )
}
