//! Network construction with bad arguments: every case must return an error quickly, without
//! a panic, without a huge allocation and without consuming random numbers.
//!
//! FANN 2.2.0 itself returns NULL with `FANN Error 11: Unable to allocate memory.` for fewer
//! than two layers (checked with libdoublefann); zero-size layers, NaN/negative rates and
//! absurd sizes are undefined behaviour in C and are refused with the same error here.
//!
//! Run this binary under a virtual-memory limit (e.g. `ulimit -v 4000000`) so that a
//! regression shows up as an allocation failure rather than by exhausting the machine.

use std::time::{Duration, Instant};

use fann::engine::{FannError, GlibcRand, Limits, Network, RandomSource};

struct Counting {
    inner: GlibcRand,
    calls: u64,
}

impl RandomSource for Counting {
    fn next_rand(&mut self) -> i32 {
        self.calls += 1;
        self.inner.next_rand()
    }
}

fn rng() -> Counting {
    Counting {
        inner: GlibcRand::new(1),
        calls: 0,
    }
}

/// Runs `make` with a fresh generator and checks it fails with error 11, fast and without
/// drawing random numbers.
#[track_caller]
fn refused<T>(what: &str, make: impl FnOnce(&mut Counting) -> Result<T, FannError>) {
    let mut r = rng();
    let start = Instant::now();
    let result = make(&mut r);
    let elapsed = start.elapsed();
    match result {
        Err(e) => assert_eq!(e, FannError::CantAllocateMem, "{what}"),
        Ok(_) => panic!("{what}: expected Err(CantAllocateMem), got Ok"),
    }
    assert_eq!(r.calls, 0, "{what}: drew random numbers");
    assert!(
        elapsed < Duration::from_secs(2),
        "{what}: took {elapsed:?} to fail"
    );
}

fn lim() -> Limits {
    Limits::default()
}

#[test]
fn fewer_than_two_layers() {
    for layers in [&[][..], &[3][..], &[1][..]] {
        refused(&format!("standard {layers:?}"), |r| {
            Network::<f32>::new_standard(layers, r, &lim())
        });
        refused(&format!("shortcut {layers:?}"), |r| {
            Network::<f64>::new_shortcut(layers, r, &lim())
        });
        refused(&format!("sparse {layers:?}"), |r| {
            Network::<i32>::new_sparse(0.5, layers, r, &lim())
        });
    }
    assert_eq!(
        FannError::CantAllocateMem.to_string(),
        "Unable to allocate memory.\n"
    );
}

#[test]
fn zero_size_layers() {
    for layers in [&[0, 1][..], &[2, 0][..], &[2, 0, 1][..], &[2, 3, 0][..]] {
        refused(&format!("standard {layers:?}"), |r| {
            Network::<f64>::new_standard(layers, r, &lim())
        });
        refused(&format!("shortcut {layers:?}"), |r| {
            Network::<f64>::new_shortcut(layers, r, &lim())
        });
        refused(&format!("sparse {layers:?}"), |r| {
            Network::<f64>::new_sparse(0.5, layers, r, &lim())
        });
    }
}

#[test]
fn bad_connection_rates() {
    for rate in [f32::NAN, -f32::NAN, -0.5, -1.0, f32::NEG_INFINITY, -1e-30] {
        refused(&format!("sparse rate {rate}"), |r| {
            Network::<f64>::new_sparse(rate, &[2, 3, 1], r, &lim())
        });
    }
}

#[test]
fn absurd_sizes_standard() {
    refused("standard [2^31, 2^31]", |r| {
        Network::<f32>::new_standard(&[1 << 31, 1 << 31], r, &lim())
    });
    refused("standard [u32::MAX, u32::MAX]", |r| {
        Network::<f64>::new_standard(&[u32::MAX, u32::MAX], r, &lim())
    });
    refused("standard [1, u32::MAX, 1]", |r| {
        Network::<f64>::new_standard(&[1, u32::MAX, 1], r, &lim())
    });
    refused("standard [100000, 100000]", |r| {
        Network::<f64>::new_standard(&[100_000, 100_000], r, &lim())
    });
}

#[test]
fn absurd_sizes_sparse() {
    refused("sparse 0.5 [2^31, 2^31]", |r| {
        Network::<f32>::new_sparse(0.5, &[1 << 31, 1 << 31], r, &lim())
    });
    refused("sparse 0.0 [u32::MAX, 2]", |r| {
        Network::<f32>::new_sparse(0.0, &[u32::MAX, 2], r, &lim())
    });
    refused("sparse 0.0 [2, u32::MAX]", |r| {
        Network::<f32>::new_sparse(0.0, &[2, u32::MAX], r, &lim())
    });
}

#[test]
fn absurd_sizes_shortcut() {
    refused("shortcut [2^31, 2^31]", |r| {
        Network::<f32>::new_shortcut(&[1 << 31, 1 << 31], r, &lim())
    });
    // The connection count of this one overflows 64 bits.
    refused("shortcut [u32::MAX; 3]", |r| {
        Network::<f32>::new_shortcut(&[u32::MAX, u32::MAX, u32::MAX], r, &lim())
    });
    refused("shortcut [u32::MAX; 8]", |r| {
        Network::<f64>::new_shortcut(&[u32::MAX; 8], r, &lim())
    });
}

#[test]
fn many_layers_with_huge_neuron_count() {
    // No connections beyond u32, but more than 2^32 neuron slots in total.
    refused("standard [1 << 31, 1, 1 << 31]", |r| {
        Network::<f64>::new_standard(&[1 << 31, 1, 1 << 31], r, &lim())
    });
}

#[test]
fn memory_limit_is_enforced() {
    let small = Limits { max_bytes: 1000 };
    refused("standard [10, 10, 10] in 1000 bytes", |r| {
        Network::<f64>::new_standard(&[10, 10, 10], r, &small)
    });
    refused("shortcut [10, 10, 10] in 1000 bytes", |r| {
        Network::<f64>::new_shortcut(&[10, 10, 10], r, &small)
    });
    refused("sparse [10, 10, 10] in 1000 bytes", |r| {
        Network::<f64>::new_sparse(0.5, &[10, 10, 10], r, &small)
    });
    // A net that fits is built normally.
    let mut r = rng();
    let net = Network::<f64>::new_standard(&[10, 10, 10], &mut r, &Limits { max_bytes: 1 << 20 })
        .unwrap();
    assert_eq!(net.total_connections(), 220);
    assert_eq!(r.calls, 220);
}

#[test]
fn smallest_valid_nets() {
    let mut r = rng();
    let net = Network::<f64>::new_standard(&[1, 1], &mut r, &lim()).unwrap();
    assert_eq!(net.total_connections(), 2);
    assert_eq!(net.total_neurons_reported(), 3);
    assert_eq!(r.calls, 2);
    let mut r = rng();
    let net = Network::<f64>::new_shortcut(&[1, 1], &mut r, &lim()).unwrap();
    assert_eq!(net.total_connections(), 2);
    assert_eq!(net.total_neurons_reported(), 3);
    // Sparse 1-1 at rate 0: min budget max(1,1) + 1 bias = 2 connections.
    let mut r = rng();
    let net = Network::<f64>::new_sparse(0.0, &[1, 1], &mut r, &lim()).unwrap();
    assert_eq!(net.total_connections(), 2);
    assert_eq!(*net.source_table(), [1, 0]);
    // -0.0 is not negative: it behaves as rate 0.
    let mut r = rng();
    let net = Network::<f64>::new_sparse(-0.0, &[1, 1], &mut r, &lim()).unwrap();
    assert_eq!(net.total_connections(), 2);
}
