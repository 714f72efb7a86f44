//! Golden tests of the safe engine against FANN 2.2.0.
//!
//! Every expected value here is exact (compared bit for bit) and comes from one of:
//! * the worked examples of `/work/shared/spec/algorithms.md` §13 and `api.md` §7 (quoted as
//!   decimal literals with their section number), or
//! * Debian's FANN 2.2.0 libraries (`libfloatfann`, `libdoublefann`, `libfixedfann`), via the
//!   probe programs in `tests/engine_golden_data/probes/` (values quoted as IEEE bit patterns, or
//!   as whole text files under `tests/engine_golden_data/`). The probes suppress FANN's
//!   `/dev/urandom` re-seeding by interposing `srand`, and count `rand()` calls by interposing
//!   `rand`; `srand(s)` followed by `rand()` is the sequence of `GlibcRand::new(s)`.

// The decimal literals are FANN's printed doubles, quoted with all their digits.
#![allow(clippy::excessive_precision, clippy::unreadable_literal)]

use std::fmt::Write as _;

use fann::engine::activation::id;
use fann::engine::forward::RunEvent;
use fann::engine::network::FixedPoint;
use fann::engine::print::{connections_text, parameters_text};
use fann::engine::rng::fann_rand;
use fann::engine::{FannNum, GlibcRand, Limits, Network, RandomSource};

// ---------------------------------------------------------------------------------------------
// helpers

/// `GlibcRand` that counts the `rand()` calls made through it.
struct Counting {
    inner: GlibcRand,
    calls: u64,
}

impl Counting {
    fn new(seed: u32) -> Self {
        Counting {
            inner: GlibcRand::new(seed),
            calls: 0,
        }
    }
}

impl RandomSource for Counting {
    fn next_rand(&mut self) -> i32 {
        self.calls += 1;
        self.inner.next_rand()
    }
}

fn limits() -> Limits {
    Limits::default()
}

/// Reads a field of a packed neuron by value.
fn neuron<T: FannNum>(net: &Network<T>, i: usize) -> (u32, u32, T, T, T, u32) {
    let n = net.neurons[i];
    (
        n.first_con,
        n.last_con,
        n.sum,
        n.value,
        n.activation_steepness,
        n.activation_function,
    )
}

/// Compares two multi-line texts and reports the first differing line.
#[track_caller]
fn assert_text_eq(actual: &str, expected: &str) {
    if actual == expected {
        return;
    }
    let (a, e): (Vec<&str>, Vec<&str>) = (actual.lines().collect(), expected.lines().collect());
    for i in 0..a.len().max(e.len()) {
        let (al, el) = (a.get(i).copied(), e.get(i).copied());
        if al != el {
            let from = i.saturating_sub(3);
            panic!(
                "texts differ at line {}:\n  expected: {:?}\n  actual:   {:?}\n\
                 expected context:\n{}\nactual context:\n{}",
                i + 1,
                el,
                al,
                e[from..(i + 2).min(e.len())].join("\n"),
                a[from..(i + 2).min(a.len())].join("\n"),
            );
        }
    }
    panic!(
        "texts differ only in line endings/trailing newline:\n{:?}\nvs\n{:?}",
        actual, expected
    );
}

/// W0 of algorithms.md §13.1 (2-3-1, weights in connection order).
const W0: [f64; 13] = [
    0.15, -0.25, 0.35, 0.45, 0.55, -0.65, -0.75, 0.85, 0.05, 0.5, -0.6, 0.7, -0.1,
];

fn w0_net<T: FannNum>() -> Network<T> {
    let mut rng = GlibcRand::new(1);
    let mut net = Network::<T>::new_standard(&[2, 3, 1], &mut rng, &limits()).unwrap();
    for (w, &v) in net.weights.iter_mut().zip(W0.iter()) {
        *w = T::from_f64(v);
    }
    net.set_activation_steepness_hidden(T::from_f64(0.5));
    net.set_activation_steepness_output(T::from_f64(1.0));
    net
}

// ---------------------------------------------------------------------------------------------
// §13.2: forward pass of W0 with every activation function

/// Inputs of the activation tables: the two of §13.2 and a third one from the probe.
const ACT_INPUTS: [[f64; 2]; 3] = [[0.3, -0.7], [2.0, -3.0], [-0.5, 0.25]];

/// Double build: ids 0..=17 from algorithms.md §13.2 (inputs 1 and 2) and `act.c` linked with
/// libdoublefann (input 3, bits); ids 18 and 19 (master only) from §13.2 and, for input 3,
/// from `leaky.c` (the master formula evaluated in C).
const ACT_F64: [(u32, f64, f64, u64); 20] = [
    (
        id::LINEAR,
        0.04300000000000001,
        -0.72999999999999976,
        0x3fd970a3d70a3d70,
    ),
    (id::THRESHOLD, 1.0, 1.0, 0x3ff0000000000000),
    (id::THRESHOLD_SYMMETRIC, 1.0, 1.0, 0x3ff0000000000000),
    (
        id::SIGMOID,
        0.6306423126776951,
        0.5962791482348283,
        0x3fe69f2f190b809e,
    ),
    (
        id::SIGMOID_STEPWISE,
        0.62064406227627467,
        0.58272522178287178,
        0x3fe635d89bf136c6,
    ),
    (
        id::SIGMOID_SYMMETRIC,
        0.034959075023606845,
        -0.1095730443552615,
        0x3fd73e1c81d49bb8,
    ),
    (
        id::SIGMOID_SYMMETRIC_STEPWISE,
        0.027456644008302167,
        -0.12421870291803094,
        0x3fd48e16e49f8644,
    ),
    (
        id::GAUSSIAN,
        0.79836049954148547,
        0.97820605986483511,
        0x3fe8d87fca5d3c8d,
    ),
    (
        id::GAUSSIAN_SYMMETRIC,
        0.63470347885187106,
        0.059846463882343492,
        0x3fe18a0227cc5288,
    ),
    (id::GAUSSIAN_STEPWISE, 0.0, 0.0, 0x0000000000000000),
    (
        id::ELLIOT,
        0.6004023150516371,
        0.58093672966310606,
        0x3fe47c0781acfb33,
    ),
    (
        id::ELLIOT_SYMMETRIC,
        0.0025106812545124895,
        -0.10211267605633799,
        0x3fcbe931d472b9ea,
    ),
    (
        id::LINEAR_PIECE,
        0.042499999999999982,
        0.25,
        0x3fc68f5c28f5c28d,
    ),
    (
        id::LINEAR_PIECE_SYMMETRIC,
        0.04300000000000001,
        -0.029999999999999832,
        0x3fd970a3d70a3d70,
    ),
    (
        id::SIN_SYMMETRIC,
        0.038657015963061994,
        -0.02786513550193169,
        0x3fd840b51439f7bc,
    ),
    (
        id::COS_SYMMETRIC,
        0.88312157597905927,
        0.89256833961417725,
        0x3fec0c4a671b8bc5,
    ),
    (
        id::SIN,
        0.63304442784373816,
        0.61693959610010163,
        0x3fe6e0adf27f963f,
    ),
    (
        id::COS,
        0.9401835389214046,
        0.99993514658383509,
        0x3fee085d30b5befe,
    ),
    (
        id::LINEAR_PIECE_RECT,
        0.042499999999999982,
        0.25,
        0x3fc68f5c28f5c28d,
    ),
    (
        id::LINEAR_PIECE_RECT_LEAKY,
        0.042504999999999987,
        0.2402,
        0x3fc6d7dbf487fcb7,
    ),
];

/// Float build (2.2.0 mixed precision): ids 0..=17 from `act.c` linked with libfloatfann.
/// Id 18 equals LINEAR_PIECE here (no activation argument exceeds 1); id 19 from `leaky.c`
/// (master's float formula `x * 0.01` in double, rounded; the same emulation reproduces
/// libfloatfann's LINEAR_PIECE bits).
const ACT_F32: [(u32, [u32; 3]); 20] = [
    (id::LINEAR, [0x3d3020c6, 0xbf3ae146, 0x3ecb851f]),
    (id::THRESHOLD, [0x3f800000, 0x3f800000, 0x3f800000]),
    (
        id::THRESHOLD_SYMMETRIC,
        [0x3f800000, 0x3f800000, 0x3f800000],
    ),
    (id::SIGMOID, [0x3f2171c6, 0x3f18a5c0, 0x3f34f979]),
    (id::SIGMOID_STEPWISE, [0x3f1ee287, 0x3f152d7b, 0x3f31aec5]),
    (id::SIGMOID_SYMMETRIC, [0x3d0f313c, 0xbde067d0, 0x3eb9f0e5]),
    (
        id::SIGMOID_SYMMETRIC_STEPWISE,
        [0x3ce0ecc0, 0xbdfe665a, 0x3ea470b8],
    ),
    (id::GAUSSIAN, [0x3f4c615b, 0x3f7a6bb7, 0x3f46c400]),
    (id::GAUSSIAN_SYMMETRIC, [0x3f227bee, 0x3d7521b6, 0x3f0c5013]),
    (id::GAUSSIAN_STEPWISE, [0x00000000, 0x00000000, 0x00000000]),
    (id::ELLIOT, [0x3f19b3f7, 0x3f14b845, 0x3f23e03c]),
    (id::ELLIOT_SYMMETRIC, [0x3b2489db, 0xbdd1206d, 0x3e5f4990]),
    (id::LINEAR_PIECE, [0x3d2e147a, 0x3e800001, 0x3e347ae2]),
    (
        id::LINEAR_PIECE_SYMMETRIC,
        [0x3d3020c6, 0xbcf5c254, 0x3ecb851f],
    ),
    (id::SIN_SYMMETRIC, [0x3d1e56cc, 0xbce44523, 0x3ec205aa]),
    (id::COS_SYMMETRIC, [0x3f621442, 0x3f647f5c, 0x3f606254]),
    (id::SIN, [0x3f220f33, 0x3f1defc1, 0x3f37056f]),
    (id::COS, [0x3f70afdf, 0x3f7ffbc0, 0x3f7042ea]),
    (id::LINEAR_PIECE_RECT, [0x3d2e147a, 0x3e800001, 0x3e347ae2]),
    (
        id::LINEAR_PIECE_RECT_LEAKY,
        [0x3d2e19ba, 0x3e75f700, 0x3e36bee0],
    ),
];

#[test]
fn activation_table_f64_all_20_functions() {
    let mut net = w0_net::<f64>();
    let mut failures = Vec::new();
    for &(f, e1, e2, e3) in &ACT_F64 {
        net.set_activation_function_hidden(f);
        net.set_activation_function_output(f);
        let expected = [e1.to_bits(), e2.to_bits(), e3];
        for (k, input) in ACT_INPUTS.iter().enumerate() {
            let out = net.run(input)[0];
            if out.to_bits() != expected[k] {
                failures.push(format!(
                    "f={f} input {input:?}: expected {:?} ({:#018x}), got {out:?} ({:#018x})",
                    f64::from_bits(expected[k]),
                    expected[k],
                    out.to_bits()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn activation_table_f32_all_20_functions() {
    let mut net = w0_net::<f32>();
    let mut failures = Vec::new();
    for &(f, expected) in &ACT_F32 {
        net.set_activation_function_hidden(f);
        net.set_activation_function_output(f);
        for (k, input) in ACT_INPUTS.iter().enumerate() {
            let input = [input[0] as f32, input[1] as f32];
            let out = net.run(&input)[0];
            if out.to_bits() != expected[k] {
                failures.push(format!(
                    "f={f} input {input:?}: expected {:?} ({:#010x}), got {out:?} ({:#010x})",
                    f32::from_bits(expected[k]),
                    expected[k],
                    out.to_bits()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// §13.2 trace for SIGMOID_SYMMETRIC with input (0.3, -0.7): stored sums and values.
#[test]
fn sigmoid_symmetric_trace_sums_and_values() {
    let mut net = w0_net::<f64>();
    net.set_activation_function_hidden(id::SIGMOID_SYMMETRIC);
    net.set_activation_function_output(id::SIGMOID_SYMMETRIC);
    net.run(&[0.3, -0.7]);
    let expected: [(usize, Option<f64>, f64); 5] = [
        (3, Some(0.28499999999999998), 0.27752635029768369),
        (4, Some(-0.45000000000000007), -0.42189900525000801),
        (5, Some(-0.38499999999999995), -0.36704178747263116),
        (6, None, 1.0),
        (7, Some(0.034973327068004795), 0.034959075023606845),
    ];
    for (i, sum, value) in expected {
        let (_, _, s, v, _, _) = neuron(&net, i);
        if let Some(sum) = sum {
            assert_eq!(s.to_bits(), sum.to_bits(), "sum of neuron {i}: {s:?}");
        }
        assert_eq!(v.to_bits(), value.to_bits(), "value of neuron {i}: {v:?}");
    }
    // The input layer keeps the inputs and its bias is 1.
    assert_eq!(neuron(&net, 0).3, 0.3);
    assert_eq!(neuron(&net, 1).3, -0.7);
    assert_eq!(neuron(&net, 2).3, 1.0);
}

/// api.md §7.3 / formats.md §5.1 example net: weight i = ((i % 7) - 3) * 0.25 + 0.1,
/// hidden SIGMOID_SYMMETRIC, output LINEAR, default steepness 0.5.
fn example_net<T: FannNum>() -> Network<T> {
    let mut rng = GlibcRand::new(1);
    let mut net = Network::<T>::new_standard(&[2, 3, 1], &mut rng, &limits()).unwrap();
    for (i, w) in net.weights.iter_mut().enumerate() {
        *w = T::from_f64(((i % 7) as i32 - 3) as f64 * 0.25 + 0.1);
    }
    net.set_activation_function_hidden(id::SIGMOID_SYMMETRIC);
    net.set_activation_function_output(id::LINEAR);
    net
}

#[test]
fn example_net_run_float_and_double() {
    // formats.md §5.1: "fann_run on (1, -1) gives 0.411055952" (libfloatfann, bits 3ed275ed).
    let mut f = example_net::<f32>();
    assert_eq!(f.run(&[1.0, -1.0])[0].to_bits(), 0x3ed275ed);
    assert_eq!(f.run(&[1.0, -1.0])[0], 0.411055952f32);
    // libdoublefann (ex.c).
    let mut d = example_net::<f64>();
    assert_eq!(d.run(&[1.0, -1.0])[0].to_bits(), 0x3fda4ebd96ef0589);
    assert_eq!(d.run(&[1.0, -1.0])[0], 0.41105594386689198);
}

/// Clamp quirk (§2.1): a LINEAR output can never exceed 150/steepness.
#[test]
fn linear_output_is_clamped_to_150_over_steepness() {
    let mut net = w0_net::<f64>();
    net.set_activation_function_hidden(id::LINEAR);
    net.set_activation_function_output(id::LINEAR);
    net.set_activation_steepness_output(0.5);
    for w in net.weights.iter_mut() {
        *w = 1000.0;
    }
    let out = net.run(&[1.0, 1.0])[0];
    assert_eq!(out, 300.0);
    let (_, _, sum, _, _, _) = neuron(&net, 7);
    assert_eq!(sum, 300.0);
    // Hidden values are +300 (clamped at steepness 0.5); negative output weights.
    for w in net.weights[9..].iter_mut() {
        *w = -1000.0;
    }
    assert_eq!(net.run(&[1.0, 1.0])[0], -300.0);
    assert_eq!(neuron(&net, 3).3, 300.0);
}

// ---------------------------------------------------------------------------------------------
// §13.9 and §9.2: fixed point

/// W0 converted by `fann_save_to_fixed` (§13.9): decimal point 14.
const W0_FIXED: [i32; 13] = [
    2458, -4096, 5734, 7373, 9011, -10650, -12288, 13926, 819, 8192, -9830, 11469, -1638,
];

fn w0_fixed_net() -> Network<i32> {
    let mut rng = GlibcRand::new(1);
    let mut net = Network::<i32>::new_standard(&[2, 3, 1], &mut rng, &limits()).unwrap();
    net.fixed = FixedPoint::new(14);
    net.weights.copy_from_slice(&W0_FIXED);
    net.set_activation_steepness_hidden(8192);
    net.set_activation_steepness_output(16384);
    net
}

const FIXED_INPUTS: [[i32; 2]; 4] = [
    [4915, -11468],
    [16384, -16384],
    [-8192, 4096],
    [20000, -3000],
];

/// libfixedfann `fann_run` on the fixed file written by libdoublefann from W0 (mkfix.c +
/// runfix.c). Inputs 1-3 with ids 0, 3, 5 are the table of §13.9. `true` = FANN raises
/// FANN_E_CANT_USE_ACTIVATION (the neuron values stay unchanged, i.e. 0 in a fresh net).
const ACT_FIXED: [(u32, [i32; 4], bool); 18] = [
    (id::LINEAR, [3046, -5899, 14662, -6629], false),
    (id::THRESHOLD, [16384, 16384, 16384, 16384], false),
    (id::THRESHOLD_SYMMETRIC, [16384, 16384, 16384, 16384], false),
    (id::SIGMOID, [10168, 9522, 11371, 9166], false),
    (id::SIGMOID_STEPWISE, [10168, 9522, 11371, 9166], false),
    (id::SIGMOID_SYMMETRIC, [448, -2134, 5262, -3560], false),
    (
        id::SIGMOID_SYMMETRIC_STEPWISE,
        [448, -2134, 5262, -3560],
        false,
    ),
    (id::GAUSSIAN, [0, 0, 0, 0], true),
    (id::GAUSSIAN_SYMMETRIC, [0, 0, 0, 0], true),
    (id::GAUSSIAN_STEPWISE, [0, 0, 0, 0], true),
    (id::ELLIOT, [0, 0, 0, 0], true),
    (id::ELLIOT_SYMMETRIC, [0, 0, 0, 0], true),
    (id::LINEAR_PIECE, [3031, 4506, 7412, 3104], false),
    (id::LINEAR_PIECE_SYMMETRIC, [3046, 409, 14662, -6386], false),
    (id::SIN_SYMMETRIC, [0, 0, 0, 0], true),
    (id::COS_SYMMETRIC, [0, 0, 0, 0], true),
    (id::SIN, [0, 0, 0, 0], false),
    (id::COS, [0, 0, 0, 0], false),
];

#[test]
fn fixed_point_forward_all_functions() {
    let mut failures = Vec::new();
    for &(f, expected, raises) in &ACT_FIXED {
        let mut net = w0_fixed_net();
        net.set_activation_function_hidden(f);
        net.set_activation_function_output(f);
        for (k, input) in FIXED_INPUTS.iter().enumerate() {
            let mut events = Vec::new();
            net.run_with_events(input, &mut |e| events.push(e));
            let out = net.output[0];
            if out != expected[k] {
                failures.push(format!(
                    "f={f} input {input:?}: expected {}, got {out}",
                    expected[k]
                ));
            }
            let warn = RunEvent::InputOutOfRange {
                index: 0,
                value: 20000,
                multiplier: 16384,
            };
            let warned = events.contains(&warn);
            if warned != (k == 3) {
                failures.push(format!("f={f} input {input:?}: warning events {events:?}"));
            }
            let raised = events.contains(&RunEvent::CantUseActivation);
            if raised != raises {
                failures.push(format!("f={f} input {input:?}: error events {events:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The example net of formats.md §5.2 as libfixedfann loads it (decimal point 14): run on
/// (1, -1) gives 13405 (exx.c).
#[test]
fn fixed_example_net_run() {
    let mut net = example_net::<i32>();
    net.fixed = FixedPoint::new(14);
    net.weights.copy_from_slice(&[
        -10650, -6554, -2458, 1638, 5734, 9830, 13926, -10650, -6554, -2458, 1638, 5734, 9830,
    ]);
    net.set_activation_steepness_hidden(8192);
    net.set_activation_steepness_output(8192);
    assert_eq!(net.run(&[16384, -16384])[0], 13405);
}

/// §9.2 stepwise tables; 4096 from the spec, 256 and 16384 from libfixedfann (tab.c).
#[test]
fn fixed_point_stepwise_tables() {
    let fp = FixedPoint::new(12);
    assert_eq!(fp.multiplier, 4096);
    assert_eq!(fp.sigmoid_results, [20, 205, 1024, 3072, 3891, 4076]);
    assert_eq!(
        fp.sigmoid_values,
        [-44603395, -24691125, -9215827, 9215826, 24691116, 44603391]
    );
    assert_eq!(
        fp.sigmoid_symmetric_results,
        [-4055, -3686, -2048, 2048, 3686, 4055]
    );
    assert_eq!(
        fp.sigmoid_symmetric_values,
        [-44395229, -24691125, -9215827, 9215827, 24691125, 44395229]
    );

    let fp = FixedPoint::new(8);
    assert_eq!(fp.multiplier, 256);
    assert_eq!(fp.sigmoid_results, [1, 13, 64, 192, 243, 255]);
    assert_eq!(
        fp.sigmoid_values,
        [-181576, -95948, -35999, 35999, 95948, 181575]
    );
    assert_eq!(
        fp.sigmoid_symmetric_results,
        [-253, -230, -128, 128, 230, 253]
    );
    assert_eq!(
        fp.sigmoid_symmetric_values,
        [-168225, -95948, -35999, 35999, 95948, 168225]
    );

    let fp = FixedPoint::new(14);
    assert_eq!(fp.multiplier, 16384);
    assert_eq!(fp.sigmoid_results, [82, 819, 4096, 12288, 15565, 16302]);
    assert_eq!(
        fp.sigmoid_values,
        [-710323675, -395230411, -147453245, 147453229, 395230474, 710324259]
    );
    assert_eq!(
        fp.sigmoid_symmetric_results,
        [-16220, -14746, -8192, 8192, 14746, 16220]
    );
    assert_eq!(
        fp.sigmoid_symmetric_values,
        [-710323675, -395230411, -147453245, 147453241, 395230407, 710323675]
    );

    // A net created in the fixed build uses decimal point 8 (§5.1).
    let mut rng = GlibcRand::new(1);
    let net = Network::<i32>::new_standard(&[2, 3, 1], &mut rng, &limits()).unwrap();
    assert_eq!(net.fixed, FixedPoint::new(8));
}

// ---------------------------------------------------------------------------------------------
// §3.1 and §13.5: random numbers

#[test]
fn glibc_rand_sequences() {
    let mut g = GlibcRand::new(1);
    let v: Vec<i32> = (0..5).map(|_| g.next_rand()).collect();
    assert_eq!(
        v,
        [1804289383, 846930886, 1681692777, 1714636915, 1957747793]
    );
    let mut g = GlibcRand::new(42);
    let v: Vec<i32> = (0..5).map(|_| g.next_rand()).collect();
    assert_eq!(v, [71876166, 708592740, 1483128881, 907283241, 442951012]);
    // srand(0) behaves as srand(1).
    let mut g0 = GlibcRand::new(0);
    let mut g1 = GlibcRand::new(1);
    for _ in 0..100 {
        assert_eq!(g0.next_rand(), g1.next_rand());
    }
    // api.md §8: srand(7) -> first rand() 1045618677.
    assert_eq!(GlibcRand::new(7).next_rand(), 1045618677);
}

#[test]
fn fann_rand_is_f32_arithmetic() {
    let mut g = GlibcRand::new(1);
    assert_eq!(fann_rand(&mut g, -0.1, 0.1) as f64, 0.068037547171115875);
    // api.md §8: srand(7); first weight of randomize(-1, 1) = -0.0261917114.
    let mut g = GlibcRand::new(7);
    assert_eq!(fann_rand(&mut g, -1.0, 1.0), -0.0261917114f32);
}

/// §13.5: `srand(1); fann_randomize_weights(net_2_3_1, -0.1, 0.1)`.
const RANDOMIZE_SEED1: [f64; 13] = [
    0.068037547171115875,
    -0.021123416721820831,
    0.056619845330715179,
    0.059688009321689606,
    0.08232947438955307,
    -0.060489725321531296,
    -0.032955452799797058,
    0.053645916283130646,
    -0.044445056468248367,
    0.010793998837471008,
    -0.0045205876231193542,
    0.025774188339710236,
    -0.02704310417175293,
];

#[test]
fn randomize_weights_seed1_f64_and_f32() {
    let mut rng = GlibcRand::new(99);
    let mut d = Network::<f64>::new_standard(&[2, 3, 1], &mut rng, &limits()).unwrap();
    let mut r = Counting::new(1);
    d.randomize_weights(-0.1, 0.1, &mut r);
    assert_eq!(r.calls, 13);
    let got: Vec<u64> = d.weights.iter().map(|w| w.to_bits()).collect();
    let want: Vec<u64> = RANDOMIZE_SEED1.iter().map(|w| w.to_bits()).collect();
    assert_eq!(got, want);

    let mut f = Network::<f32>::new_standard(&[2, 3, 1], &mut rng, &limits()).unwrap();
    let mut r = Counting::new(1);
    f.randomize_weights(-0.1, 0.1, &mut r);
    assert_eq!(r.calls, 13);
    let got: Vec<u64> = f.weights.iter().map(|&w| (w as f64).to_bits()).collect();
    assert_eq!(got, want);

    // §13.5: srand(1); randomize(-1, 1.5) -> first three weights.
    let mut r = GlibcRand::new(1);
    d.randomize_weights(-1.0, 1.5, &mut r);
    assert_eq!(
        d.weights[..3],
        [
            1.1004693508148193,
            -0.014042675495147705,
            0.95774805545806885
        ]
    );
}

/// The fixed build converts the bounds to `int` first: (-0.1, 0.1) -> (0, 0) gives all
/// zeros; the weights are truncated `fann_rand` values.
#[test]
fn randomize_weights_fixed() {
    let mut rng = GlibcRand::new(1);
    let mut x = Network::<i32>::new_standard(&[2, 3, 1], &mut rng, &limits()).unwrap();
    let mut r = Counting::new(1);
    x.randomize_weights(i32::from_f64(-0.1), i32::from_f64(0.1), &mut r);
    assert_eq!(r.calls, 13);
    assert_eq!(x.weights, [0; 13]);
    let mut r = GlibcRand::new(3);
    x.randomize_weights(-100, 100, &mut r);
    let mut g = GlibcRand::new(3);
    let want: Vec<i32> = (0..13)
        .map(|_| fann_rand(&mut g, -100.0, 100.0) as i32)
        .collect();
    assert_eq!(x.weights, want);
}

// ---------------------------------------------------------------------------------------------
// §1.2–1.4: topology

/// Per-neuron `[first_con, last_con)`.
fn ranges<T: FannNum>(net: &Network<T>) -> Vec<(u32, u32)> {
    (0..net.neurons.len())
        .map(|i| {
            let (f, l, ..) = neuron(net, i);
            (f, l)
        })
        .collect()
}

#[test]
fn standard_2_3_4_layout() {
    // §1.2 example.
    let mut rng = Counting::new(5);
    let net = Network::<f64>::new_standard(&[2, 3, 4], &mut rng, &limits()).unwrap();
    assert_eq!(rng.calls, 25);
    assert_eq!(net.neurons.len(), 12);
    assert_eq!(net.total_neurons_reported(), 11);
    assert_eq!(net.total_connections(), 25);
    assert_eq!(net.num_layers(), 3);
    assert_eq!(net.layer_sizes(), [2, 3, 4]);
    assert_eq!(net.bias_counts(), [1, 1, 0]);
    let layers: Vec<(usize, usize)> = net.layers.iter().map(|l| (l.first, l.last)).collect();
    assert_eq!(layers, [(0, 3), (3, 7), (7, 12)]);
    assert_eq!(
        ranges(&net),
        [
            (0, 0),
            (0, 0),
            (0, 0),
            (0, 3),
            (3, 6),
            (6, 9),
            (9, 9),
            (9, 13),
            (13, 17),
            (17, 21),
            (21, 25),
            (25, 25)
        ]
    );
    let sources: Vec<u32> = net.source_table().into_owned();
    let mut want = Vec::new();
    for _ in 0..3 {
        want.extend([0, 1, 2]);
    }
    for _ in 0..4 {
        want.extend([3, 4, 5, 6]);
    }
    assert_eq!(sources, want);
    assert_eq!(net.num_input, 2);
    assert_eq!(net.num_output, 4);
    assert_eq!(net.output.len(), 4);
    assert_eq!(net.connection_rate, 1.0);
    assert_eq!(net.network_type, 0);
    // Creation defaults: SIGMOID_STEPWISE / 0.5 for non-bias neurons of layers >= 1.
    for i in 0..12 {
        let (_, _, _, _, s, f) = neuron(&net, i);
        let real = matches!(i, 3..=5 | 7..=10);
        assert_eq!(f, if real { id::SIGMOID_STEPWISE } else { 0 }, "neuron {i}");
        assert_eq!(s, if real { 0.5 } else { 0.0 }, "neuron {i}");
    }
}

#[test]
fn standard_and_shortcut_2_3_1_counts() {
    let mut rng = GlibcRand::new(1);
    let s = Network::<f32>::new_standard(&[2, 3, 1], &mut rng, &limits()).unwrap();
    assert_eq!(s.total_neurons_reported(), 8);
    assert_eq!(s.neurons.len(), 9);
    assert_eq!(s.total_connections(), 13);
    let c = Network::<f32>::new_shortcut(&[2, 3, 1], &mut rng, &limits()).unwrap();
    assert_eq!(c.total_neurons_reported(), 7);
    assert_eq!(c.neurons.len(), 7);
    assert_eq!(c.total_connections(), 15);
    assert_eq!(c.network_type, 1);
    assert_eq!(c.layer_sizes(), [2, 3, 1]);
    assert_eq!(c.bias_counts(), [1, 0, 0]);
}

#[test]
fn shortcut_2_3_4_layout() {
    // §1.3 example: 10 neurons, 3*3 + 4*6 = 33 connections, source of position i is i.
    let mut rng = Counting::new(5);
    let net = Network::<f64>::new_shortcut(&[2, 3, 4], &mut rng, &limits()).unwrap();
    assert_eq!(rng.calls, 33);
    assert_eq!(net.neurons.len(), 10);
    assert_eq!(net.total_neurons_reported(), 10);
    assert_eq!(net.total_connections(), 33);
    let layers: Vec<(usize, usize)> = net.layers.iter().map(|l| (l.first, l.last)).collect();
    assert_eq!(layers, [(0, 3), (3, 6), (6, 10)]);
    assert_eq!(
        ranges(&net),
        [
            (0, 0),
            (0, 0),
            (0, 0),
            (0, 3),
            (3, 6),
            (6, 9),
            (9, 15),
            (15, 21),
            (21, 27),
            (27, 33)
        ]
    );
    for n in 3..10 {
        let (f, l, ..) = neuron(&net, n);
        let srcs: Vec<u32> = net.source_table()[f as usize..l as usize].to_vec();
        let want: Vec<u32> = (0..(l - f)).collect();
        assert_eq!(srcs, want, "neuron {n}");
    }
}

/// §13.6: `srand(3); fann_create_sparse(0.5, 3, 4, 3, 2)` with FANN's re-seeding suppressed:
/// 14 connections, 27 rand() calls.
#[test]
fn sparse_spec_example_13_6() {
    type Slots = &'static [(u32, f32)];
    let expected: [(usize, (u32, u32), Slots); 7] = [
        (
            5,
            (0, 3),
            &[(4, 0.0122760311), (1, 0.0127109066), (3, -0.0991976783)],
        ),
        (
            6,
            (3, 6),
            &[(4, -0.0550033376), (0, -0.0429917537), (1, -0.0647353381)],
        ),
        (
            7,
            (6, 9),
            &[(4, -0.0213816464), (2, 0.0790803656), (3, 0.0692169145)],
        ),
        (8, (9, 9), &[]),
        (9, (9, 11), &[(8, -0.0980006158), (5, -0.0112105086)]),
        (
            10,
            (11, 14),
            &[(8, -0.0485838242), (6, -0.0732121542), (7, 0.0136887655)],
        ),
        (11, (14, 14), &[]),
    ];
    fn check<T: FannNum>(expected: &[(usize, (u32, u32), Slots)]) {
        let mut rng = Counting::new(3);
        let net = Network::<T>::new_sparse(0.5, &[4, 3, 2], &mut rng, &limits()).unwrap();
        assert_eq!(rng.calls, 27, "rand() calls");
        assert_eq!(net.total_connections(), 14);
        assert_eq!(net.connection_rate, 0.5);
        assert_eq!(net.total_neurons_reported(), 11);
        for &(n, range, slots) in expected {
            let (f, l, ..) = neuron(&net, n);
            assert_eq!((f, l), range, "neuron {n}");
            for (k, &(src, w)) in slots.iter().enumerate() {
                let c = f as usize + k;
                assert_eq!(net.source_table()[c], src, "neuron {n} slot {k}");
                // The weights are f32 values in every float build.
                assert_eq!(net.weights[c].to_f32(), w, "neuron {n} slot {k}");
                assert_eq!(net.weights[c], T::from_f32(w), "neuron {n} slot {k}");
            }
        }
    }
    check::<f64>(&expected);
    check::<f32>(&expected);
}

#[test]
fn sparse_rate_at_least_one_is_standard() {
    for rate in [1.0f32, 2.0, f32::INFINITY] {
        let mut r1 = Counting::new(4);
        let sparse = Network::<f64>::new_sparse(rate, &[2, 3, 1], &mut r1, &limits()).unwrap();
        let mut r2 = Counting::new(4);
        let std = Network::<f64>::new_standard(&[2, 3, 1], &mut r2, &limits()).unwrap();
        assert_eq!(r1.calls, 13);
        assert_eq!(r2.calls, 13);
        assert_eq!(sparse.connection_rate, 1.0, "rate {rate}");
        assert_eq!(sparse.weights, std.weights);
        assert_eq!(sparse.source_table(), std.source_table());
        assert_eq!(ranges(&sparse), ranges(&std));
    }
}

/// FANN splits a layer's connection budget with `unsigned int` arithmetic:
/// `allocated < (num_connections * (i + 1)) / num_neurons_out` wraps once
/// `num_connections * num_neurons_out >= 2^32`. Then fewer than `num_connections` slots are
/// handed out and the rest of the layer's budget stays unused (FANN still counts it in
/// `total_connections`). From bigsparse2.c (libdoublefann, `srand(5)`, re-seeding suppressed);
/// hashes are `h = h * 1000003 + x` (wrapping u64) over the listed values.
#[test]
fn sparse_budget_split_wraps_like_c() {
    fn hash(values: impl Iterator<Item = u64>) -> u64 {
        values.fold(0u64, |h, x| h.wrapping_mul(1000003).wrapping_add(x))
    }
    // (rate, layer size, rand calls, total connections, bias first_con, last real neuron,
    //  range hash, source hash, weight hash)
    type Row = (f32, u32, u64, u32, u32, (u32, u32), u64, u64, u64);
    let rows: [Row; 2] = [
        (
            0.0001333,
            30000,
            267398,
            149970,
            148609,
            (148605, 148609),
            4047735454362112290,
            7851307494154012599,
            2582277229232783360,
        ),
        // Control: budget divisible by the layer size, no remainder to spread.
        (
            0.0001,
            20000,
            102862,
            60000,
            60000,
            (59997, 60000),
            10461682748030087856,
            10935854385239699247,
            13272690094625521664,
        ),
    ];
    for (rate, n, calls, total, bias_first, last_real, h_range, h_src, h_w) in rows {
        let mut rng = Counting::new(5);
        let net = Network::<f64>::new_sparse(rate, &[n, n], &mut rng, &limits()).unwrap();
        let l = net.layers[1];
        assert_eq!(net.total_connections(), total, "n={n}");
        let (bf, bl, ..) = neuron(&net, l.last - 1);
        assert_eq!((bf, bl), (bias_first, bias_first), "bias range, n={n}");
        let (f, e, ..) = neuron(&net, l.last - 2);
        assert_eq!((f, e), last_real, "last neuron, n={n}");
        let ranges: Vec<(u32, u32)> = (l.first..l.last)
            .map(|i| {
                let (f, e, ..) = neuron(&net, i);
                (f, e)
            })
            .collect();
        assert_eq!(
            hash(ranges.iter().map(|&(_, e)| e as u64)),
            h_range,
            "range hash, n={n}"
        );
        let conns = || ranges.iter().flat_map(|&(f, e)| f as usize..e as usize);
        let table = net.source_table();
        assert_eq!(
            hash(conns().map(|c| table[c] as u64)),
            h_src,
            "source hash, n={n}"
        );
        assert_eq!(
            hash(conns().map(|c| net.weights[c].to_bits())),
            h_w,
            "weight hash, n={n}"
        );
        assert_eq!(rng.calls, calls, "rand calls, n={n}");
    }
}

// ---------------------------------------------------------------------------------------------
// Whole-network dumps compared with the probe output of create.c (all three builds)

trait Probe: FannNum {
    /// The value's IEEE bits in hex (fixed: the integer), as the probe prints it.
    fn bits(self) -> String;
    fn pattern_weight(i: usize) -> Self;
    fn pattern_input(i: usize) -> Self;
}

fn pattern_int(i: usize) -> i32 {
    ((i * 37) % 101) as i32 - 50
}

fn pattern_sign(i: usize) -> i32 {
    if i % 2 == 1 {
        -1
    } else {
        1
    }
}

impl Probe for f32 {
    fn bits(self) -> String {
        format!("{:08x}", self.to_bits())
    }
    fn pattern_weight(i: usize) -> Self {
        (pattern_int(i) as f64 / 50.0) as f32
    }
    fn pattern_input(i: usize) -> Self {
        (pattern_sign(i) as f64 * 0.3 * (i + 1) as f64) as f32
    }
}

impl Probe for f64 {
    fn bits(self) -> String {
        format!("{:016x}", self.to_bits())
    }
    fn pattern_weight(i: usize) -> Self {
        pattern_int(i) as f64 / 50.0
    }
    fn pattern_input(i: usize) -> Self {
        pattern_sign(i) as f64 * 0.3 * (i + 1) as f64
    }
}

impl Probe for i32 {
    fn bits(self) -> String {
        self.to_string()
    }
    fn pattern_weight(i: usize) -> Self {
        pattern_int(i) * 5
    }
    fn pattern_input(i: usize) -> Self {
        pattern_sign(i) * 64 * (i as i32 + 1)
    }
}

/// The text `dump()` of create.c prints; then overwrites the weights with a pattern, sets
/// hidden SIGMOID_SYMMETRIC / output SIGMOID and prints the outputs of one run.
fn dump<T: Probe>(out: &mut String, name: &str, net: &mut Network<T>, rand_calls: u64) {
    let join = |v: Vec<u32>| v.iter().map(|x| format!(" {x}")).collect::<String>();
    writeln!(out, "== {name}").unwrap();
    writeln!(out, "rand_calls {rand_calls}").unwrap();
    writeln!(
        out,
        "total_neurons {} total_connections {} num_layers {} conn_rate {:08x} type {}",
        net.total_neurons_reported(),
        net.total_connections(),
        net.num_layers(),
        net.connection_rate.to_bits(),
        net.network_type
    )
    .unwrap();
    writeln!(out, "layer_array{}", join(net.layer_sizes())).unwrap();
    writeln!(out, "bias_array{}", join(net.bias_counts())).unwrap();
    out.push_str("layers");
    for l in &net.layers {
        write!(out, " [{},{})", l.first, l.last).unwrap();
    }
    out.push('\n');
    let table = net.source_table();
    for i in 0..net.neurons.len() {
        let (f, l, _, _, s, af) = neuron(net, i);
        write!(out, "n{i} [{f},{l}) f={af} s={} :", s.bits()).unwrap();
        for c in f as usize..l as usize {
            write!(out, " {}:{}", table[c], net.weights[c].bits()).unwrap();
        }
        out.push('\n');
    }
    out.push_str(&connections_text(net));

    for (i, w) in net.weights.iter_mut().enumerate() {
        *w = T::pattern_weight(i);
    }
    net.set_activation_function_hidden(id::SIGMOID_SYMMETRIC);
    net.set_activation_function_output(id::SIGMOID);
    let input: Vec<T> = (0..net.num_input as usize).map(T::pattern_input).collect();
    let mut events = Vec::new();
    net.run_with_events(&input, &mut |e| events.push(e));
    for e in events {
        if let RunEvent::InputOutOfRange {
            index,
            value,
            multiplier,
        } = e
        {
            writeln!(
                out,
                "Warning input number {index} is out of range -{multiplier} - {multiplier} \
                 with value {value}, integer overflow may occur."
            )
            .unwrap();
        }
    }
    out.push_str("run");
    for o in &net.output {
        write!(out, " {}", o.bits()).unwrap();
    }
    out.push('\n');
}

/// Mirrors `main()` of create.c.
fn create_dump<T: Probe>() -> String {
    let lim = limits();
    let mut out = String::new();
    let mut r = Counting::new(1);
    let mut a = Network::<T>::new_standard(&[2, 3, 1], &mut r, &lim).unwrap();
    dump(&mut out, "standard 2-3-1 seed1", &mut a, r.calls);
    let mut r = Counting::new(1);
    a.randomize_weights(T::from_f64(-0.1), T::from_f64(0.1), &mut r);
    dump(&mut out, "randomize seed1 -0.1 0.1", &mut a, r.calls);
    let mut r = Counting::new(1);
    a.randomize_weights(T::from_f64(-1.0), T::from_f64(1.5), &mut r);
    dump(&mut out, "randomize seed1 -1 1.5", &mut a, r.calls);
    let mut r = Counting::new(7);
    a.randomize_weights(T::from_f64(-1.0), T::from_f64(1.0), &mut r);
    dump(&mut out, "randomize seed7 -1 1", &mut a, r.calls);

    type Make<T> = fn(&mut Counting, &Limits) -> Network<T>;
    let cases: [(u32, &str, Make<T>); 9] = [
        (5, "standard 3-2-2-2 seed5", |r, l| {
            Network::new_standard(&[3, 2, 2, 2], r, l).unwrap()
        }),
        (1, "shortcut 2-3-1 seed1", |r, l| {
            Network::new_shortcut(&[2, 3, 1], r, l).unwrap()
        }),
        (9, "shortcut 2-2-3-2 seed9", |r, l| {
            Network::new_shortcut(&[2, 2, 3, 2], r, l).unwrap()
        }),
        (3, "sparse 0.5 4-3-2 seed3 (spec 13.6)", |r, l| {
            Network::new_sparse(0.5, &[4, 3, 2], r, l).unwrap()
        }),
        (3, "sparse 0.5 3-4-3-2 seed3", |r, l| {
            Network::new_sparse(0.5, &[3, 4, 3, 2], r, l).unwrap()
        }),
        (11, "sparse 0.3 5-7-4 seed11", |r, l| {
            Network::new_sparse(0.3, &[5, 7, 4], r, l).unwrap()
        }),
        (2, "sparse 0.0 4-2-3 seed2", |r, l| {
            Network::new_sparse(0.0, &[4, 2, 3], r, l).unwrap()
        }),
        (4, "sparse 2.0 2-3-1 seed4", |r, l| {
            Network::new_sparse(2.0, &[2, 3, 1], r, l).unwrap()
        }),
        (6, "sparse 0.75 6-6-1 seed6", |r, l| {
            Network::new_sparse(0.75, &[6, 6, 1], r, l).unwrap()
        }),
    ];
    for (seed, name, make) in cases {
        let mut r = Counting::new(seed);
        let mut net = make(&mut r, &lim);
        dump(&mut out, name, &mut net, r.calls);
    }
    out
}

#[test]
fn creation_dump_matches_libdoublefann() {
    assert_text_eq(
        &create_dump::<f64>(),
        include_str!("engine_golden_data/create_f64.txt"),
    );
}

#[test]
fn creation_dump_matches_libfloatfann() {
    assert_text_eq(
        &create_dump::<f32>(),
        include_str!("engine_golden_data/create_f32.txt"),
    );
}

/// Includes the fixed build's garbage bias weights (§3.2) and the input-range warnings.
#[test]
fn creation_dump_matches_libfixedfann() {
    assert_text_eq(
        &create_dump::<i32>(),
        include_str!("engine_golden_data/create_fixed.txt"),
    );
}

// ---------------------------------------------------------------------------------------------
// api.md §7.3: fann_print_connections

const EXAMPLE_CONNECTIONS: &str = "\
Layer / Neuron 0123456
L   1 / N    3 baa....
L   1 / N    4 AAB....
L   1 / N    5 Bba....
L   1 / N    6 .......
L   2 / N    7 ...aAAB
L   2 / N    8 .......
";

/// Letters for large and boundary weights (ex.c / exx.c, identical in all three builds).
const BIG_WEIGHTS: [f32; 13] = [
    -30.0, -25.4, -25.6, -3.5, -2.5, -1.5, -0.5, 0.49, 0.5, 1.5, 24.6, 25.5, 100.0,
];
const BIG_CONNECTIONS: &str = "\
Layer / Neuron 0123456
L   1 / N    3 zzz....
L   1 / N    4 edc....
L   1 / N    5 bAB....
L   1 / N    6 .......
L   2 / N    7 ...CZZZ
L   2 / N    8 .......
";

#[test]
fn print_connections_example_net() {
    let mut f = example_net::<f32>();
    assert_text_eq(&connections_text(&f), EXAMPLE_CONNECTIONS);
    let mut d = example_net::<f64>();
    assert_text_eq(&connections_text(&d), EXAMPLE_CONNECTIONS);
    f.weights.copy_from_slice(&BIG_WEIGHTS);
    assert_text_eq(&connections_text(&f), BIG_CONNECTIONS);
    for (w, &b) in d.weights.iter_mut().zip(BIG_WEIGHTS.iter()) {
        *w = b as f64;
    }
    assert_text_eq(&connections_text(&d), BIG_CONNECTIONS);
}

#[test]
fn print_connections_fixed() {
    let mut x = example_net::<i32>();
    x.fixed = FixedPoint::new(14);
    x.weights.copy_from_slice(&[
        -10650, -6554, -2458, 1638, 5734, 9830, 13926, -10650, -6554, -2458, 1638, 5734, 9830,
    ]);
    assert_text_eq(&connections_text(&x), EXAMPLE_CONNECTIONS);
    const M: i32 = 16384;
    x.weights.copy_from_slice(&[
        -30 * M,
        -25 * M - 8000,
        -25 * M - 9000,
        -3 * M - 8192,
        -2 * M - 8192,
        -M - 8192,
        -8192,
        8191,
        8192,
        M + 8192,
        24 * M + 9830,
        25 * M + 8192,
        100 * M,
    ]);
    assert_text_eq(&connections_text(&x), BIG_CONNECTIONS);
}

// ---------------------------------------------------------------------------------------------
// api.md §7.4 / §5.1: fann_print_parameters with the defaults

/// Mirrors params.c (the weights do not matter).
fn params_dump<T: FannNum>() -> String {
    let lim = limits();
    let mut r = GlibcRand::new(1);
    let nets: [(&str, Network<T>); 5] = [
        (
            "standard 2-3-1",
            Network::new_standard(&[2, 3, 1], &mut r, &lim).unwrap(),
        ),
        (
            "standard 3-5-4-2",
            Network::new_standard(&[3, 5, 4, 2], &mut r, &lim).unwrap(),
        ),
        (
            "shortcut 2-3-4-1",
            Network::new_shortcut(&[2, 3, 4, 1], &mut r, &lim).unwrap(),
        ),
        (
            "sparse 0.5 4-3-2",
            Network::new_sparse(0.5, &[4, 3, 2], &mut r, &lim).unwrap(),
        ),
        (
            "sparse 0.3333 4-3-2",
            Network::new_sparse(0.3333, &[4, 3, 2], &mut r, &lim).unwrap(),
        ),
    ];
    let mut out = String::new();
    for (name, net) in &nets {
        writeln!(out, "== {name}").unwrap();
        out.push_str(&parameters_text(net));
    }
    out
}

#[test]
fn print_parameters_defaults_float_and_double() {
    // libfloatfann and libdoublefann print the same text.
    let expected = include_str!("engine_golden_data/params_float_double.txt");
    assert_text_eq(&params_dump::<f32>(), expected);
    assert_text_eq(&params_dump::<f64>(), expected);
}

#[test]
fn print_parameters_defaults_fixed() {
    assert_text_eq(
        &params_dump::<i32>(),
        include_str!("engine_golden_data/params_fixed.txt"),
    );
}

/// exx.c: a fixed net loaded with decimal point 14 (bit fail limit stored as 5734).
#[test]
fn print_parameters_fixed_loaded() {
    let mut x = example_net::<i32>();
    x.fixed = FixedPoint::new(14);
    x.params.bit_fail_limit = 5734;
    assert_text_eq(
        &parameters_text(&x),
        "\
Input layer                          :   2 neurons, 1 bias
  Hidden layer                       :   3 neurons, 1 bias
Output layer                         :   1 neurons
Total neurons and biases             :   8
Total connections                    :  13
Connection rate                      :   1.000
Network type                         :   FANN_NETTYPE_LAYER
Decimal point                        :  14
Multiplier                           :16384
Bit fail limit                       :5734
",
    );
}

/// §0.2 / §5.1: the f32 parameters hold the f32-rounded defaults, also in the double build.
#[test]
fn default_parameters_exact_values() {
    let mut r = GlibcRand::new(1);
    let d = Network::<f64>::new_standard(&[2, 3, 1], &mut r, &limits()).unwrap();
    let p = &d.params;
    assert_eq!(p.training_algorithm, 2);
    assert_eq!(p.train_error_function, 1);
    assert_eq!(p.train_stop_function, 0);
    assert_eq!(p.learning_rate as f64, 0.699999988079071044921875);
    assert_eq!(p.learning_momentum, 0.0);
    assert_eq!(p.quickprop_decay as f64, -9.99999974737875163555e-05);
    assert_eq!(p.quickprop_mu, 1.75);
    assert_eq!(p.rprop_increase_factor as f64, 1.2000000476837158203125);
    assert_eq!(p.rprop_decrease_factor, 0.5);
    assert_eq!(p.rprop_delta_min, 0.0);
    assert_eq!(p.rprop_delta_max, 50.0);
    assert_eq!(p.rprop_delta_zero as f64, 0.100000001490116119384765625);
    assert_eq!(p.sarprop_weight_decay_shift as f64, -6.64400005340576171875);
    assert_eq!(
        p.sarprop_step_error_threshold_factor as f64,
        0.100000001490116119384765625
    );
    assert_eq!(p.sarprop_step_error_shift as f64, 1.38499999046325683594);
    assert_eq!(p.sarprop_temperature as f64, 0.01499999966472387314);
    assert_eq!(
        p.cascade_output_change_fraction as f64,
        0.00999999977648258209
    );
    assert_eq!(
        p.cascade_candidate_change_fraction as f64,
        0.00999999977648258209
    );
    // fann_type parameters are exact doubles in the double build.
    assert_eq!(p.bit_fail_limit, 0.35);
    assert_eq!(p.cascade_weight_multiplier, 0.4);
    assert_eq!(p.cascade_candidate_limit, 1000.0);
    assert_eq!(p.cascade_activation_steepnesses, [0.25, 0.5, 0.75, 1.0]);
    assert_eq!(
        p.cascade_activation_functions,
        [3, 5, 7, 8, 10, 11, 14, 15, 16, 17]
    );
    assert_eq!(p.cascade_num_candidate_groups, 2);
    assert_eq!(p.cascade_num_candidates(), 80);
    assert_eq!(
        (
            p.cascade_output_stagnation_epochs,
            p.cascade_candidate_stagnation_epochs
        ),
        (12, 12)
    );
    assert_eq!(
        (p.cascade_max_out_epochs, p.cascade_min_out_epochs),
        (150, 50)
    );
    assert_eq!(
        (p.cascade_max_cand_epochs, p.cascade_min_cand_epochs),
        (150, 50)
    );

    let f = Network::<f32>::new_standard(&[2, 3, 1], &mut r, &limits()).unwrap();
    assert_eq!(f.params.bit_fail_limit as f64, 0.3499999940395355224609375);
    assert_eq!(
        f.params.cascade_weight_multiplier as f64,
        0.4000000059604644775390625
    );

    // Fixed build: the fann_type defaults are int casts.
    let x = Network::<i32>::new_standard(&[2, 3, 1], &mut r, &limits()).unwrap();
    assert_eq!(x.params.bit_fail_limit, 0);
    assert_eq!(x.params.cascade_weight_multiplier, 0);
    assert_eq!(x.params.cascade_candidate_limit, 1000);
    assert_eq!(x.params.cascade_activation_steepnesses, [0, 0, 0, 1]);
    let (_, _, _, _, s, _) = neuron(&x, 3);
    assert_eq!(s, 128);
}
