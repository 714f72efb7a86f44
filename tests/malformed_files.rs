//! The readers against the malformed-file corpus of tests/malformed/ (written by
//! tests/malformed/generate.py, which also checks the expectations against Debian's FANN).
//!
//! Every file of a directory is parsed by the matching reader(s) — net_float/ by
//! `parse_net::<f32>` and `::<f64>`, net_fixed/ by `::<i32>`, train_float/ by
//! `parse_train::<f32>` and `::<f64>`, train_fixed/ by `::<i32>` — with the bare file name as
//! the name, and the result must be the one in the directory's expected.txt: `ok`, `none`
//! (`Err(None)`) or `<code> <Display text without its final newline>`.
//!
//! Each parse runs on its own thread with a time limit (a hang fails the test instead of
//! blocking it), a panic is reported with the file's name, and the bytes the parse holds at
//! its peak are measured by a counting allocator and must stay within a small multiple of
//! the file's size (a 30-byte file claiming 4e9 samples must not allocate gigabytes).

use std::alloc::{GlobalAlloc, Layout, System};
use std::fmt::Display;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Mutex};
use std::time::{Duration, Instant};

use fann::engine::netfile::parse_net;
use fann::engine::traindata::parse_train;
use fann::engine::{FannNum, Limits};

/// Counts the bytes currently allocated and their peak, for the whole process; the parses
/// run one at a time, so the peak above the level before a parse is that parse's.
struct Counting;

static CURRENT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc(layout);
        if !p.is_null() {
            let now = CURRENT.fetch_add(layout.size(), Ordering::SeqCst) + layout.size();
            PEAK.fetch_max(now, Ordering::SeqCst);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout);
        CURRENT.fetch_sub(layout.size(), Ordering::SeqCst);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = System.realloc(ptr, layout, new_size);
        if !p.is_null() {
            if new_size >= layout.size() {
                let grow = new_size - layout.size();
                let now = CURRENT.fetch_add(grow, Ordering::SeqCst) + grow;
                PEAK.fetch_max(now, Ordering::SeqCst);
            } else {
                CURRENT.fetch_sub(layout.size() - new_size, Ordering::SeqCst);
            }
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Time one parse may take (debug build, files up to a few hundred KB; the 110799530
/// empty patterns of train_*/fuzz_slow_empty_patterns.data take about a second).
const TIME_LIMIT: Duration = Duration::from_secs(60);

/// The C API's memory ceiling (src/capi/fann_internal.rs).
fn limits() -> Limits {
    Limits { max_bytes: 1 << 31 }
}

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/malformed")
}

/// `file<TAB>result` lines of an expected.txt (comments and blank lines skipped).
fn expectations(dir: &Path) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(dir.join("expected.txt")).expect("expected.txt");
    text.lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (name, result) = l
                .split_once('\t')
                .unwrap_or_else(|| panic!("bad line {l:?}"));
            (name.to_string(), result.to_string())
        })
        .collect()
}

fn describe<E: Display>(err: &E, code: u32) -> String {
    let text = err.to_string();
    format!("{code} {}", text.strip_suffix('\n').unwrap_or(&text))
}

fn net_result<T: FannNum>(bytes: &[u8], name: &str) -> String {
    match parse_net::<T>(bytes, name, &limits()) {
        Ok(_) => "ok".into(),
        Err(None) => "none".into(),
        Err(Some(e)) => describe(&e, e.code()),
    }
}

fn train_result<T: FannNum>(bytes: &[u8], name: &str) -> String {
    match parse_train::<T>(bytes, name, &limits()) {
        Ok(_) => "ok".into(),
        Err(e) => describe(&e, e.code()),
    }
}

type Reader = fn(&[u8], &str) -> String;

/// Runs `reader` on its own thread: its result, or a description of the panic or timeout,
/// and the peak bytes it held.
fn run(reader: Reader, bytes: Vec<u8>, name: String) -> (Result<String, String>, usize) {
    let (tx, rx) = mpsc::channel();
    let base = CURRENT.load(Ordering::SeqCst);
    PEAK.store(base, Ordering::SeqCst);
    let worker = std::thread::spawn(move || {
        let result = std::panic::catch_unwind(|| reader(&bytes, &name));
        let _ = tx.send(result.map_err(|p| {
            p.downcast_ref::<String>()
                .cloned()
                .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default()
        }));
    });
    let start = Instant::now();
    let outcome = match rx.recv_timeout(TIME_LIMIT) {
        Ok(Ok(result)) => Ok(result),
        Ok(Err(panic)) => Err(format!("panicked: {panic}")),
        Err(_) => Err(format!("no result after {:?}", start.elapsed())),
    };
    if outcome.is_ok() {
        let _ = worker.join();
    }
    let peak = PEAK.load(Ordering::SeqCst).saturating_sub(base);
    (outcome, peak)
}

/// The tests run one at a time so that the allocation peak is one parse's.
static SERIAL: Mutex<()> = Mutex::new(());

fn check_dir(dir: &str, readers: &[(&str, Reader)]) {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let path = corpus().join(dir);
    let entries = expectations(&path);
    assert!(!entries.is_empty(), "{dir}: no expectations");
    let mut failures = Vec::new();

    // Every file has an expectation and every expectation a file.
    let mut listed: Vec<&str> = entries.iter().map(|(n, _)| n.as_str()).collect();
    listed.sort_unstable();
    let mut files: Vec<String> = std::fs::read_dir(&path)
        .expect("corpus directory")
        .map(|e| {
            e.expect("dir entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|n| n != "expected.txt")
        .collect();
    files.sort_unstable();
    for f in &files {
        if listed.binary_search(&f.as_str()).is_err() {
            failures.push(format!("{dir}/{f}: not in expected.txt"));
        }
    }

    for (name, expected) in &entries {
        let bytes = match std::fs::read(path.join(name)) {
            Ok(b) => b,
            Err(e) => {
                failures.push(format!("{dir}/{name}: {e}"));
                continue;
            }
        };
        // Generous but linear: the network or data set and the reader's temporaries.
        let budget = 64 * bytes.len() + (1 << 20);
        for &(label, reader) in readers {
            let (outcome, peak) = run(reader, bytes.clone(), name.clone());
            match outcome {
                Ok(got) if &got == expected => {}
                Ok(got) => failures.push(format!(
                    "{dir}/{name} [{label}]:\n    expected {expected}\n    got      {got}"
                )),
                Err(problem) => failures.push(format!("{dir}/{name} [{label}]: {problem}")),
            }
            if peak > budget {
                failures.push(format!(
                    "{dir}/{name} [{label}]: held {peak} bytes for a {}-byte file",
                    bytes.len()
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} files in {dir} failed:\n{}",
        failures.len(),
        entries.len(),
        failures.join("\n")
    );
}

#[test]
fn net_float() {
    check_dir(
        "net_float",
        &[("f32", net_result::<f32>), ("f64", net_result::<f64>)],
    );
}

#[test]
fn net_fixed() {
    check_dir("net_fixed", &[("fixed", net_result::<i32>)]);
}

#[test]
fn train_float() {
    check_dir(
        "train_float",
        &[("f32", train_result::<f32>), ("f64", train_result::<f64>)],
    );
}

#[test]
fn train_fixed() {
    check_dir("train_fixed", &[("fixed", train_result::<i32>)]);
}
