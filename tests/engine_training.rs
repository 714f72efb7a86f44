//! Training tests of the safe engine (algorithms.md §4–6, §8, §10, §11, §13) against FANN 2.2.0.
//!
//! Every expected value is exact: doubles are compared bit for bit (`to_bits`), MSEs as `f32`
//! bit patterns. The values come from one of:
//! * the worked examples of `/work/shared/spec/algorithms.md` §13 (double build), quoted verbatim
//!   below with their section number, or
//! * Debian's FANN 2.2.0 (`libdoublefann`, `libfloatfann`), via the probe programs in
//!   `tests/engine_training_data/probes/` (`run.sh` regenerates the `.txt` files next to them).
//!   Doubles there are printed with `%.17g`, floats with `%.9g`: both parse back exactly.
//!   The double-build probes reproduce every §13.3/§13.4/§13.8/§13.10/§13.11 value of the spec.
//!
//! Parallel training (§10) is master-only; it is checked against its specified relation to the
//! serial epoch (bit-identical with one thread for BATCH/RPROP/QUICKPROP).

// The decimal literals are FANN's printed doubles, quoted with all their digits.
#![allow(clippy::excessive_precision, clippy::unreadable_literal)]

use std::fmt::Debug;

use fann::engine::activation::id;
use fann::engine::forward::FloatArith;
use fann::engine::network::{train_alg, Network};
use fann::engine::scaling::Side;
use fann::engine::train::{activation_derived, Patterns, TrainEvent};
use fann::engine::traindata::{min_max, scale_rows, scale_to_range};
use fann::engine::{GlibcRand, Limits, RandomSource};

// ---------------------------------------------------------------------------------------------
// helpers

/// The number types of the float and double builds, with exact parsing of printed values.
trait Num: FloatArith + Debug {
    /// Parses a value printed by C (`%.17g` / `%.9g`, `nan`, `-nan`, `inf`), exactly.
    fn parse(s: &str) -> Self;
    /// Bit-identical, or both NaN (C's `-nan` and Rust's NaN need not share a sign).
    fn same(self, other: Self) -> bool;
    fn is_nan(self) -> bool;
}

impl Num for f64 {
    fn parse(s: &str) -> Self {
        match s {
            "nan" | "-nan" => f64::NAN,
            _ => s
                .replace('\u{2212}', "-")
                .parse()
                .unwrap_or_else(|_| panic!("bad number {s:?}")),
        }
    }
    fn same(self, other: Self) -> bool {
        self.to_bits() == other.to_bits() || (self.is_nan() && other.is_nan())
    }
    fn is_nan(self) -> bool {
        f64::is_nan(self)
    }
}

impl Num for f32 {
    fn parse(s: &str) -> Self {
        match s {
            "nan" | "-nan" => f32::NAN,
            _ => s
                .replace('\u{2212}', "-")
                .parse()
                .unwrap_or_else(|_| panic!("bad number {s:?}")),
        }
    }
    fn same(self, other: Self) -> bool {
        self.to_bits() == other.to_bits() || (self.is_nan() && other.is_nan())
    }
    fn is_nan(self) -> bool {
        f32::is_nan(self)
    }
}

fn nums<T: Num>(text: &str) -> Vec<T> {
    text.split_whitespace().map(T::parse).collect()
}

/// An MSE as printed with 9 significant digits (exact for `f32`).
fn mse(text: &str) -> f32 {
    f32::parse(text.trim())
}

#[track_caller]
fn assert_same<T: Num>(actual: &[T], expected: &[T], what: &str) {
    assert_eq!(actual.len(), expected.len(), "{what}: lengths differ");
    for (i, (&a, &e)) in actual.iter().zip(expected).enumerate() {
        assert!(
            a.same(e),
            "{what}: index {i}: expected {e:?}, got {a:?}\n  expected {expected:?}\n  actual   {actual:?}"
        );
    }
}

#[track_caller]
fn assert_mse(actual: f32, expected: f32, what: &str) {
    assert!(
        actual.same(expected),
        "{what}: MSE expected {expected:?} ({:#010x}), got {actual:?} ({:#010x})",
        expected.to_bits(),
        actual.to_bits()
    );
}

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

/// A data set owning its rows.
#[derive(Clone)]
struct Set<T> {
    inputs: Vec<Vec<T>>,
    outputs: Vec<Vec<T>>,
}

impl<T: Num> Set<T> {
    fn from_f64(rows: &[(&[f64], &[f64])]) -> Self {
        let conv = |r: &[f64]| r.iter().map(|&v| T::from_f64(v)).collect::<Vec<T>>();
        Set {
            inputs: rows.iter().map(|(i, _)| conv(i)).collect(),
            outputs: rows.iter().map(|(_, o)| conv(o)).collect(),
        }
    }

    fn with<R>(&self, f: impl FnOnce(&Patterns<T>) -> R) -> R {
        let inputs: Vec<&[T]> = self.inputs.iter().map(Vec::as_slice).collect();
        let outputs: Vec<&[T]> = self.outputs.iter().map(Vec::as_slice).collect();
        f(&Patterns {
            inputs: &inputs,
            outputs: &outputs,
        })
    }

    /// `fann_train_epoch` with the network's algorithm; training events must not occur.
    fn epoch(&self, net: &mut Network<T>, rng: &mut dyn RandomSource) -> f32 {
        self.with(|p| net.train_epoch(p, rng, &mut |e| panic!("unexpected training event {e:?}")))
    }

    fn epoch_parallel(
        &self,
        net: &mut Network<T>,
        algorithm: u32,
        threads: u32,
        rng: &mut dyn RandomSource,
    ) -> f32 {
        self.with(|p| {
            net.train_epoch_parallel(algorithm, p, threads, rng, &mut |e| {
                panic!("unexpected training event {e:?}")
            })
        })
    }

    fn test_data(&self, net: &mut Network<T>) -> f32 {
        self.with(|p| net.test_data(p, &mut |_| {}))
    }
}

/// XOR in the pattern order of §13.3: (lo, lo) → lo, (lo, 1) → 1, (1, lo) → 1, (1, 1) → lo.
fn xor<T: Num>(lo: f64) -> Set<T> {
    Set::from_f64(&[
        (&[lo, lo], &[lo]),
        (&[lo, 1.0], &[1.0]),
        (&[1.0, lo], &[1.0]),
        (&[1.0, 1.0], &[lo]),
    ])
}

/// The 7 patterns of §13.4: input (−1 + 0.3·i, 0.9 − 0.25·i) computed in f64, target 0.8 if
/// i mod 3 == 0 else −0.6.
fn seven<T: Num>() -> Set<T> {
    let mut set = Set {
        inputs: Vec::new(),
        outputs: Vec::new(),
    };
    for i in 0..7 {
        let x = i as f64;
        set.inputs.push(vec![
            T::from_f64(-1.0 + 0.3 * x),
            T::from_f64(0.9 - 0.25 * x),
        ]);
        set.outputs
            .push(vec![T::from_f64(if i % 3 == 0 { 0.8 } else { -0.6 })]);
    }
    set
}

/// W0 of algorithms.md §13.1 (2-3-1, weights in connection order).
const W0: [f64; 13] = [
    0.15, -0.25, 0.35, 0.45, 0.55, -0.65, -0.75, 0.85, 0.05, 0.5, -0.6, 0.7, -0.1,
];

#[derive(Clone, Copy, Debug, PartialEq)]
enum Case {
    /// SIGMOID_SYMMETRIC everywhere, steepness 0.5, TANH error, XOR with lo = −1.
    A,
    /// SIGMOID everywhere, steepness 1.0, LINEAR error, momentum 0.9f, XOR with lo = 0.
    B,
}

impl Case {
    fn lo(self) -> f64 {
        match self {
            Case::A => -1.0,
            Case::B => 0.0,
        }
    }
    fn name(self) -> char {
        match self {
            Case::A => 'A',
            Case::B => 'B',
        }
    }
}

/// W0 configured for case A or B of §13.3 (all other parameters at their defaults).
fn w0<T: Num>(case: Case) -> Network<T> {
    let mut rng = GlibcRand::new(1);
    let mut net = Network::<T>::new_standard(&[2, 3, 1], &mut rng, &Limits::default()).unwrap();
    for (w, &v) in net.weights.iter_mut().zip(W0.iter()) {
        *w = T::from_f64(v);
    }
    match case {
        Case::A => {
            net.set_activation_function_hidden(id::SIGMOID_SYMMETRIC);
            net.set_activation_function_output(id::SIGMOID_SYMMETRIC);
            net.set_activation_steepness_hidden(T::from_f64(0.5));
            net.set_activation_steepness_output(T::from_f64(0.5));
        }
        Case::B => {
            net.set_activation_function_hidden(id::SIGMOID);
            net.set_activation_function_output(id::SIGMOID);
            net.set_activation_steepness_hidden(T::from_f64(1.0));
            net.set_activation_steepness_output(T::from_f64(1.0));
            net.params.train_error_function = 0; // FANN_ERRORFUNC_LINEAR
            net.params.learning_momentum = 0.9;
        }
    }
    net
}

fn w0_alg<T: Num>(case: Case, alg: u32) -> Network<T> {
    let mut net = w0::<T>(case);
    net.params.training_algorithm = alg;
    net
}

const ALGS: [u32; 5] = [
    train_alg::INCREMENTAL,
    train_alg::BATCH,
    train_alg::RPROP,
    train_alg::QUICKPROP,
    train_alg::SARPROP,
];

fn steps<T: Num>(net: &Network<T>) -> Vec<T> {
    net.train.prev_steps.clone().unwrap_or_default()
}

fn prev_slopes<T: Num>(net: &Network<T>) -> Vec<T> {
    net.train.prev_train_slopes.clone().unwrap_or_default()
}

/// Lines of a probe output that start with `tag ` (the tag removed), in order.
fn tagged<'a>(lines: &[&'a str], tag: &str) -> Vec<&'a str> {
    lines
        .iter()
        .filter_map(|l| l.strip_prefix(tag).and_then(|r| r.strip_prefix(' ')))
        .collect()
}

/// Splits a probe output into blocks that start at lines beginning with `header`.
fn blocks<'a>(text: &'a str, header: &str) -> Vec<(&'a str, Vec<&'a str>)> {
    let mut out: Vec<(&str, Vec<&str>)> = Vec::new();
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix(header) {
            out.push((rest, Vec::new()));
        } else if let Some(last) = out.last_mut() {
            last.1.push(line);
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// §13.3: single-pattern trace, case A, first pattern (−1, −1) → −1 before any update

#[test]
fn trace_first_pattern_case_a() {
    let mut net = w0_alg::<f64>(Case::A, train_alg::INCREMENTAL);
    net.train(&[-1.0, -1.0], &[-1.0], &mut |e| panic!("{e:?}"));
    let sums: Vec<f64> = (3..6).map(|n| net.neurons[n].sum).collect();
    let values: Vec<f64> = (3..6).map(|n| net.neurons[n].value).collect();
    assert_same(
        &sums,
        &[
            0.22499999999999998,
            -0.8250000000000001,
            -0.024999999999999967,
        ],
        "hidden sums",
    );
    assert_same(
        &values,
        &[
            0.22127846789844408,
            -0.6777821008468295,
            -0.024994792968420665,
        ],
        "hidden values",
    );
    let (out_sum, out_value) = (net.neurons[7].sum, net.neurons[7].value);
    assert_same(&[out_sum], &[0.19990606968971264], "output sum");
    assert_same(&[out_value], &[0.1972850474859662], "output value");
    assert_same(
        &[(-1.0 - out_value) / 2.0],
        &[-0.5986425237429831],
        "halved difference",
    );
    assert_mse(
        net.params.mse_value,
        mse("0.35837286710739136"),
        "MSE_value",
    );
    assert_eq!(net.params.num_mse, 1);
    assert_eq!(net.params.num_bit_fail, 1);
    let err = net.train.train_errors.clone().unwrap();
    assert_same(&[err[7]], &[-0.664133014590555], "output delta");
    assert_same(
        &err[3..6],
        &[-0.1579035747916932, 0.107711368377469, -0.2323013365212778],
        "hidden deltas",
    );
    // The output delta is the tanh error (§4.2) times the derivative.
    let d = -0.5986425237429831f64;
    let derived = activation_derived(id::SIGMOID_SYMMETRIC, 0.5, out_value, out_sum).unwrap();
    assert_same(
        &[derived * ((1.0 + d) / (1.0 - d)).ln()],
        &[err[7]],
        "delta formula",
    );
}

/// `fann_activation_derived`: THRESHOLD cannot be trained (error 12), THRESHOLD_SYMMETRIC
/// silently gives 0 (FANN 2.2.0's switch has no case for it).
#[test]
fn activation_derived_threshold() {
    assert_eq!(
        activation_derived::<f64>(id::THRESHOLD, 0.5, 1.0, 0.3),
        None
    );
    assert_eq!(
        activation_derived::<f32>(id::THRESHOLD, 0.5, 1.0, 0.3),
        None
    );
    assert_eq!(
        activation_derived::<f64>(id::THRESHOLD_SYMMETRIC, 0.5, 1.0, 0.3),
        Some(0.0)
    );
    assert_eq!(
        activation_derived::<f64>(id::GAUSSIAN_STEPWISE, 0.5, 1.0, 0.3),
        Some(0.0)
    );
    // Sigmoid derivative clipping with the f32 limits 0.01f / 0.99f / 0.98f (§14.1).
    let s = activation_derived::<f64>(id::SIGMOID, 1.0, 1.0, 0.0).unwrap();
    let c = 0.99f32 as f64;
    assert_same(&[s], &[2.0 * 1.0 * c * (1.0 - c)], "sigmoid clip");
    let s = activation_derived::<f64>(id::SIGMOID_SYMMETRIC, 0.5, -1.0, 0.0).unwrap();
    let c = -0.98f32 as f64;
    assert_same(&[s], &[0.5 * (1.0 - c * c)], "sigmoid symmetric clip");
}

// ---------------------------------------------------------------------------------------------
// §13.3: 1 and 10 epochs of every algorithm from W0 on XOR

/// algorithms.md §13.3, case A: `epoch | INCREMENTAL | BATCH | RPROP | QUICKPROP | SARPROP`,
/// each cell `MSE / bit fails` (verbatim).
const SPEC_MSE_A: &str = "\
| 1 | 0.367243588 / 4 | 0.254187286 / 4 | 0.254187286 / 4 | 0.254187286 / 4 | 0.254187286 / 4 |
| 2 | 0.349714249 / 4 | 0.251698047 / 4 | 0.249363139 / 4 | 0.251697898 / 4 | 0.254187167 / 4 |
| 3 | 0.343022257 / 4 | 0.250026375 / 4 | 0.247129112 / 4 | 0.247623697 / 4 | 0.254187077 / 4 |
| 4 | 0.339517206 / 4 | 0.24881354 / 4 | 0.243051723 / 4 | 0.243846998 / 4 | 0.254186928 / 4 |
| 5 | 0.337257475 / 4 | 0.247863427 / 4 | 0.236016005 / 4 | 0.238932133 / 4 | 0.254186749 / 4 |
| 6 | 0.33554998 / 4 | 0.247068107 / 4 | 0.225126386 / 4 | 0.232287303 / 4 | 0.254186541 / 4 |
| 7 | 0.334080666 / 4 | 0.246366382 / 4 | 0.209347665 / 4 | 0.223051518 / 4 | 0.254186302 / 4 |
| 8 | 0.332688034 / 4 | 0.245722115 / 4 | 0.187156186 / 4 | 0.203979045 / 4 | 0.254186004 / 4 |
| 9 | 0.331286728 / 4 | 0.245112613 / 4 | 0.159396321 / 3 | 0.172641128 / 3 | 0.254185677 / 4 |
| 10 | 0.329835594 / 4 | 0.244522631 / 4 | 0.128882512 / 2 | 0.14814724 / 2 | 0.25418523 / 4 |
";

/// algorithms.md §13.3, case B: `epoch | INCREMENTAL | BATCH | RPROP | QUICKPROP | SARPROP`,
/// each cell `MSE / bit fails` (verbatim).
const SPEC_MSE_B: &str = "\
| 1 | 0.374626905 / 4 | 0.282827616 / 3 | 0.282827616 / 3 | 0.282827616 / 3 | 0.282827616 / 3 |
| 2 | 0.352532446 / 4 | 0.268080384 / 3 | 0.263977081 / 3 | 0.268079311 / 3 | 0.28282699 / 3 |
| 3 | 0.321534216 / 4 | 0.260202706 / 4 | 0.257164359 / 4 | 0.253671139 / 4 | 0.282826215 / 3 |
| 4 | 0.296955645 / 4 | 0.256302983 / 4 | 0.250747353 / 3 | 0.250905126 / 4 | 0.282825291 / 3 |
| 5 | 0.289334804 / 4 | 0.254278749 / 4 | 0.249719828 / 3 | 0.246277943 / 4 | 0.282824188 / 3 |
| 6 | 0.275781095 / 4 | 0.253064811 / 4 | 0.237705648 / 4 | 0.240182295 / 4 | 0.282822877 / 3 |
| 7 | 0.249714419 / 3 | 0.252195835 / 4 | 0.232523829 / 4 | 0.234945089 / 4 | 0.282821298 / 3 |
| 8 | 0.231325492 / 3 | 0.251479536 / 4 | 0.232023433 / 4 | 0.231363475 / 4 | 0.28281939 / 3 |
| 9 | 0.216809094 / 2 | 0.250837475 / 4 | 0.226911366 / 4 | 0.226809993 / 4 | 0.282817125 / 3 |
| 10 | 0.206089437 / 1 | 0.250237554 / 4 | 0.220237553 / 3 | 0.218235165 / 4 | 0.282814384 / 3 |
";

/// algorithms.md §13.3: weights after epochs 1 and 10 (case, algorithm, epoch, weights), verbatim.
const SPEC_WEIGHTS: [(char, u32, u32, &str); 20] = [
    (
        'A',
        0,
        1,
        "        0.15031412169714475 -0.25814589371381746 0.28827099438402914 0.47211778738149979 \
        0.63442281138816381 -0.58567597829822904 -0.69695376998543901 0.84201559337879583 \
        -0.049707289910232294 0.37479306812923402 -0.56083512164144855 0.48741854099383752 \
        -0.15562887008965148",
    ),
    (
        'A',
        0,
        10,
        "        0.069872549009432516 -0.1369509853142524 0.0086821743887453666 0.58386787359489956 \
        0.80805000145039496 -0.29925193462177563 -0.4863523577469957 0.58271201756542856 \
        0.019486495436660367 0.029352213654403356 -0.48702711048951497 0.097474826692441702 \
        -0.044178829864179203",
    ),
    (
        'A',
        1,
        1,
        "        0.16219916372675075 -0.25163712132176574 0.33888448334360266 0.44790635567230114 \
        0.56724709748457236 -0.64999935010686227 -0.73180728143429341 0.84990008686109375 \
        0.011085106665431319 0.49904333310680365 -0.591764105722272 0.6711697669687483 \
        -0.13802427620912072",
    ),
    (
        'A',
        1,
        10,
        "        0.24875922803746206 -0.23092133670849394 0.29907781551276486 0.471620551469146 \
        0.67707662792795609 -0.72228484293309736 -0.64181461741987356 0.88715424308016888 \
        -0.21893271200214273 0.52464265277943134 -0.60505195280107771 0.56226442908996577 \
        -0.21026113382948036",
    ),
    (
        'A',
        2,
        1,
        "        0.27000000655651102 -0.370000006556511 0.22999999344348898 0.32999999344348901 \
        0.67000000655651104 -0.52999999344348903 -0.629999993443489 0.72999999344348898 \
        -0.070000006556510994 0.379999993443489 -0.47999999344348898 0.57999999344348896 \
        -0.220000006556511",
    ),
    (
        'A',
        2,
        10,
        "        3.2650427571796614 0.49751992245762622 0.23743657196437437 1.5779344232813428 \
        1.6898335462044014 -1.6579344167248318 -1.5299343928233686 1.9779344232813427 \
        -2.187879745967293 0.83297264635240675 -1.6079344167248317 1.6239344064132279 \
        0.31241224468745027",
    ),
    (
        'A',
        3,
        1,
        "        0.16219653872686177 -0.25163274632195076 0.33887835834386171 0.44789848067263416 \
        0.56723747248497935 -0.6499879751073433 -0.73179415643484858 0.84988521186172283 \
        0.011084231665468326 0.49903458310717369 -0.59175360572271607 0.6711575169692664 \
        -0.13802252620919475",
    ),
    (
        'A',
        3,
        10,
        "        4.561660870465964 0.19150024286831893 0.29943823417286752 1.1886926256491304 \
        1.4794949384711 -1.5454343104754622 -1.2496200701990561 1.5462303389295544 \
        -1.8802743230315302 0.83893502244099039 -1.5585913795688946 1.3463625486520958 \
        -0.17499086500495786",
    ),
    (
        'A',
        4,
        1,
        "        0.150001 -0.25000099999999997 0.349999 0.44999900000000004 0.55000100000000007 \
        -0.65000100000000005 -0.74999899999999997 0.85000100000000001 0.049999000000000002 \
        0.49999900000000003 -0.59999899999999995 0.69999899999999993 -0.10000100000000001",
    ),
    (
        'A',
        4,
        10,
        "        0.1500259586882248 -0.2500259586882248 0.34997404131177517 0.44997404131177521 \
        0.55002595868822501 -0.65002595868822499 -0.74997404131177503 0.85002595868822495 \
        0.049974041311775158 0.4999740413117752 -0.59997404131177501 0.69997404131177499 \
        -0.10002595868822485",
    ),
    (
        'B',
        0,
        1,
        "        0.1612971628431244 -0.21275038071457167 0.28468218086718228 0.38460738994265781 \
        0.46093950550140456 -0.71253518882960376 -0.7527368968478696 0.84837458964580259 \
        -0.12788876490723522 0.40416240854372221 -0.50307840247458369 0.64449632501959209 \
        -0.18378648655200791",
    ),
    (
        'B',
        0,
        10,
        "        -0.076181418360838901 -0.50056015459748571 -0.72871434168105698 0.10246624312927788 \
        0.25881471222660474 -1.4232302738157121 -2.2247419276942462 2.0520454702883919 \
        -1.4670072628166446 0.083821017360725475 -0.15955278910176882 2.0617321464972425 \
        -0.43097387565365308",
    ),
    (
        'B',
        1,
        1,
        "        0.14513287846437745 -0.25736793797933005 0.33839288578760945 0.4531631395218973 \
        0.55803468165530501 -0.64200433497134346 -0.75937983747039484 0.83579892793054933 \
        0.026000839966834957 0.47072362980818611 -0.62212656476948736 0.66701396064155605 \
        -0.14740189807827403",
    ),
    (
        'B',
        1,
        10,
        "        0.14457413160817359 -0.26755886813560814 0.31257203092345709 0.42366431564999962 \
        0.56293386400515544 -0.66730752682093109 -0.79770419290926742 0.7805657074265081 \
        -0.098369880570119181 0.41617581762494227 -0.65549210053709761 0.58319969101438607 \
        -0.24227288244245224",
    ),
    (
        'B',
        2,
        1,
        "        0.029999993443488998 -0.370000006556511 0.22999999344348898 0.57000000655651095 \
        0.67000000655651104 -0.52999999344348903 -0.870000006556511 0.72999999344348898 \
        -0.070000006556510994 0.379999993443489 -0.72000000655651097 0.57999999344348896 \
        -0.220000006556511",
    ),
    (
        'B',
        2,
        10,
        "        0.13199039802036272 -0.19249599088430366 0.27911358524360502 -0.028220678080676659 \
        0.76916801785707556 -0.61215680422658925 -1.9979344298378536 1.0605726313677983 \
        -0.69170225523759588 0.42911358524360516 -0.67088641475639466 0.86553859774778719 \
        -0.17088641475639488",
    ),
    (
        'B',
        3,
        1,
        "        0.14513025346448846 -0.25736356297951507 0.33838676078786845 0.45315526452223037 \
        0.55802505665571212 -0.64199295997182448 -0.75936671247094989 0.83578405293117841 \
        0.025999964966871965 0.47071487980855614 -0.62211606476993142 0.66700171064207403 \
        -0.14740014807834806",
    ),
    (
        'B',
        3,
        10,
        "        0.23783189863134077 -0.19020198549865644 0.29507709198703325 0.43480375798233289 \
        0.50939892088031946 -0.99662345506147287 -2.3111846218109675 1.3644395907095153 \
        -0.86147087277921963 0.42010320671871226 -0.62866276482285965 0.83838155676205117 \
        -0.24406804771105264",
    ),
    (
        'B',
        4,
        1,
        "        0.14999899999999999 -0.25000099999999997 0.349999 0.45000099999999998 \
        0.55000100000000007 -0.64999899999999999 -0.75000100000000003 0.84999899999999995 \
        0.049999000000000002 0.49999900000000003 -0.60000100000000001 0.69999899999999993 \
        -0.10000100000000001",
    ),
    (
        'B',
        4,
        10,
        "        0.14997404131177519 -0.2500259586882248 0.34997404131177517 0.45002595868822481 \
        0.55002595868822501 -0.64997404131177505 -0.75002595868822497 0.84997404131177501 \
        0.049974041311775158 0.4999740413117752 -0.60002595868822495 0.69997404131177499 \
        -0.10002595868822485",
    ),
];

/// algorithms.md §13.3: `fann_test_data` MSE / bit fails and `fann_run` outputs after 10 epochs.
const SPEC_AFTER_10: [(char, u32, &str, &str); 10] = [
    (
        'A',
        0,
        "0.249437705 / 4",
        "        0.14332166667885038 0.0097813639598747226 0.018337560259628738 -0.13998561614512683",
    ),
    (
        'A',
        1,
        "0.243941203 / 4",
        "        0.088961593909794967 0.10895536522093807 -0.074394811128047245 -0.12310929487812761",
    ),
    (
        'A',
        2,
        "0.100125611 / 2",
        "        -0.1463948384021182 0.65971011603845331 0.2883419360968178 -0.49888760506323415",
    ),
    (
        'A',
        3,
        "0.12579751 / 3",
        "        -0.26993924193907992 0.22495435208390036 0.22452638933786395 -0.47301200244190655",
    ),
    (
        'A',
        4,
        "0.254184723 / 4",
        "        0.19724763788415411 0.25561917027192926 -0.080174057725784453 -0.044659895183543408",
    ),
    (
        'B',
        0,
        "0.181166083 / 1",
        "        0.34534381316246415 0.90634467792277318 0.29887106929944907 0.32411250514875778",
    ),
    (
        'B',
        1,
        "0.249666139 / 4",
        "        0.57699444076944684 0.57249365372037497 0.44456673245539907 0.4177010719510485",
    ),
    (
        'B',
        2,
        "0.212910384 / 4",
        "        0.56126334914196552 0.6271775674121014 0.4926647269689437 0.37448547441622154",
    ),
    (
        'B',
        3,
        "0.20465219 / 3",
        "        0.53884649365255211 0.70247906983272634 0.45791960877965632 0.3819468280618919",
    ),
    (
        'B',
        4,
        "0.282811105 / 3",
        "        0.72030913026664634 0.7331807265081135 0.5808422659790502 0.6045771133652813",
    ),
];

/// algorithms.md §13.4 (verbatim): `epoch N MSE m bitfail b  rand_calls r` lines, then the weights.
const SPEC_LONG: [(u32, &str, &str); 5] = [
    (
        0,
        "\
epoch 1 MSE 0.157646641 bitfail 3  rand_calls 0
epoch 10 MSE 0.149817437 bitfail 5  rand_calls 0
epoch 50 MSE 0.14460583 bitfail 4  rand_calls 0
epoch 100 MSE 0.144057557 bitfail 4  rand_calls 0
epoch 200 MSE 0.143871099 bitfail 4  rand_calls 0
epoch 300 MSE 0.143838793 bitfail 4  rand_calls 0",
        "        -0.059007387369665119 -0.098329724114300451 0.012461796164684276 0.46684977372191167 \
        0.57649665648536652 -0.041927981195603932 0.089213037845995061 0.14611460416420929 \
        -0.018117964461930841 0.011598356783400314 -0.0068598446578402878 \
        -0.016460524393422514 0.071248002840942459",
    ),
    (
        1,
        "\
epoch 1 MSE 0.127040341 bitfail 3  rand_calls 0
epoch 10 MSE 0.121519633 bitfail 3  rand_calls 0
epoch 50 MSE 0.120245591 bitfail 3  rand_calls 0
epoch 100 MSE 0.120069258 bitfail 3  rand_calls 0
epoch 200 MSE 0.11980655 bitfail 3  rand_calls 0
epoch 300 MSE 0.119444028 bitfail 3  rand_calls 0",
        "        0.25266803758175949 -0.34903629376769951 0.14780606325651338 0.36885203455597482 \
        0.61902895877859632 -0.62891518637136712 -0.64061682779618589 0.71635760967421858 \
        -0.58734620233902868 0.61434536052427691 -0.62424490160841661 0.42566693751892348 \
        -0.10431376166960787",
    ),
    (
        2,
        "\
epoch 1 MSE 0.127040341 bitfail 3  rand_calls 0
epoch 10 MSE 0.120038979 bitfail 3  rand_calls 0
epoch 50 MSE 0.0908952504 bitfail 2  rand_calls 0
epoch 100 MSE 0.0790021047 bitfail 1  rand_calls 0
epoch 200 MSE 0.0783478469 bitfail 1  rand_calls 0
epoch 300 MSE 0.078272745 bitfail 1  rand_calls 0",
        "        0.39420767769571236 0.13599481283228906 0.55487815160348153 0.46596256427427718 \
        0.92166893451322196 -0.47354266177522042 -14.240039948636452 3.7984300752359599 \
        -16.626053775529517 5.144218257669559 -2.6916641693314962 2.4175019656218861 \
        0.13864516878438671",
    ),
    (
        3,
        "\
epoch 1 MSE 0.127040341 bitfail 3  rand_calls 0
epoch 10 MSE 0.119659856 bitfail 3  rand_calls 0
epoch 50 MSE 0.0988220796 bitfail 1  rand_calls 0
epoch 100 MSE 0.0903102979 bitfail 1  rand_calls 0
epoch 200 MSE 0.081241779 bitfail 2  rand_calls 0
epoch 300 MSE 0.0805910379 bitfail 2  rand_calls 0",
        "        0.23028994907676786 -0.30649631203401329 0.80511116900158786 0.28894541963444981 \
        0.72574587099893084 -0.85251230673415623 -5.2080617439840076 4.2447011476620897 \
        -9.0018961579962991 5.0902063484580768 -0.98213559103115922 3.4358040784759916 \
        0.79153422618570446",
    ),
    (
        4,
        "\
epoch 1 MSE 0.127040341 bitfail 3  rand_calls 0
epoch 10 MSE 0.127038151 bitfail 3  rand_calls 0
epoch 50 MSE 0.123746119 bitfail 4  rand_calls 1
epoch 100 MSE 0.118276693 bitfail 2  rand_calls 75
epoch 200 MSE 0.100446381 bitfail 1  rand_calls 255
epoch 300 MSE 0.0969206244 bitfail 1  rand_calls 563",
        "        0.68916798499488252 -1.3658110557466352 -0.20640580832135896 0.79834065856203229 \
        1.0728572990362011 -2.2235584567740934 -2.7077369091646331 0.23388625539867977 \
        -2.8682756526349138 1.8276132077598564 -1.9752462813747846 2.6995986191958501 \
        0.54605622542772092",
    ),
];

/// One §13.3 run: per-epoch (MSE, bit fails) for 10 epochs, weights after epochs 1 and 10,
/// then `fann_test_data` (MSE, bit fails) and the outputs for the 4 patterns.
struct Run<T> {
    epochs: Vec<(f32, u32)>,
    w1: Vec<T>,
    w10: Vec<T>,
    test: (f32, u32),
    outputs: Vec<T>,
    rand_calls: u64,
}

fn run_xor<T: Num>(case: Case, alg: u32) -> Run<T> {
    let mut net = w0_alg::<T>(case, alg);
    let data = xor::<T>(case.lo());
    let mut rng = Counting::new(1);
    let mut epochs = Vec::new();
    let mut w1 = Vec::new();
    for e in 1..=10 {
        let m = data.epoch(&mut net, &mut rng);
        epochs.push((m, net.params.num_bit_fail));
        if e == 1 {
            w1 = net.weights.clone();
        }
    }
    let w10 = net.weights.clone();
    let t = data.test_data(&mut net);
    let test = (t, net.params.num_bit_fail);
    let outputs = data.inputs.iter().map(|i| net.run(i)[0]).collect();
    Run {
        epochs,
        w1,
        w10,
        test,
        outputs,
        rand_calls: rng.calls,
    }
}

fn parse_cell(cell: &str) -> (f32, u32) {
    let (m, b) = cell.split_once('/').unwrap();
    (mse(m), b.trim().parse().unwrap())
}

#[test]
fn xor_every_algorithm_f64_spec_13_3() {
    for case in [Case::A, Case::B] {
        let table = if case == Case::A {
            SPEC_MSE_A
        } else {
            SPEC_MSE_B
        };
        let rows: Vec<Vec<&str>> = table
            .lines()
            .map(|l| {
                l.trim()
                    .trim_matches('|')
                    .split('|')
                    .map(str::trim)
                    .collect()
            })
            .collect();
        assert_eq!(rows.len(), 10);
        for (a, &alg) in ALGS.iter().enumerate() {
            let run = run_xor::<f64>(case, alg);
            let what = format!("case {} algorithm {alg}", case.name());
            for (e, row) in rows.iter().enumerate() {
                assert_eq!(row[0], (e + 1).to_string());
                let (m, b) = parse_cell(row[a + 1]);
                let at = format!("{what} epoch {}", e + 1);
                assert_mse(run.epochs[e].0, m, &at);
                assert_eq!(run.epochs[e].1, b, "{at}: bit fails");
            }
            for &(c, al, epoch, weights) in &SPEC_WEIGHTS {
                if c == case.name() && al == alg {
                    let actual = if epoch == 1 { &run.w1 } else { &run.w10 };
                    assert_same(
                        actual,
                        &nums::<f64>(weights),
                        &format!("{what}: weights after epoch {epoch}"),
                    );
                }
            }
            let &(_, _, test, outputs) = SPEC_AFTER_10
                .iter()
                .find(|r| r.0 == case.name() && r.1 == alg)
                .unwrap();
            let (m, b) = parse_cell(test);
            assert_mse(run.test.0, m, &format!("{what}: fann_test_data"));
            assert_eq!(run.test.1, b, "{what}: fann_test_data bit fails");
            assert_same(
                &run.outputs,
                &nums::<f64>(outputs),
                &format!("{what}: outputs"),
            );
            assert_eq!(run.rand_calls, 0, "{what}: no rand() in these runs");
        }
    }
}

/// The same runs in the float build (Debian libfloatfann; `probes/train.c xor`).
#[test]
fn xor_every_algorithm_f32_debian() {
    let text = include_str!("engine_training_data/xor_f32.txt");
    let runs = blocks(text, "case ");
    assert_eq!(runs.len(), 10);
    for (header, lines) in runs {
        let (c, alg) = header.split_once(" alg ").unwrap();
        let case = if c == "A" { Case::A } else { Case::B };
        let alg: u32 = alg.parse().unwrap();
        let run = run_xor::<f32>(case, alg);
        let what = format!("f32 case {c} algorithm {alg}");
        let epochs = tagged(&lines, "mse");
        assert_eq!(epochs.len(), 10, "{what}");
        for (e, l) in epochs.iter().enumerate() {
            let f: Vec<&str> = l.split_whitespace().collect();
            assert_eq!(f[0], (e + 1).to_string());
            let at = format!("{what} epoch {}", e + 1);
            assert_mse(run.epochs[e].0, mse(f[1]), &at);
            assert_eq!(
                run.epochs[e].1,
                f[2].parse::<u32>().unwrap(),
                "{at}: bit fails"
            );
        }
        assert_same(
            &run.w1,
            &nums(tagged(&lines, "w1")[0]),
            &format!("{what}: w1"),
        );
        assert_same(
            &run.w10,
            &nums(tagged(&lines, "w10")[0]),
            &format!("{what}: w10"),
        );
        let t: Vec<&str> = tagged(&lines, "test")[0].split_whitespace().collect();
        assert_mse(run.test.0, mse(t[0]), &format!("{what}: test_data"));
        assert_eq!(run.test.1, t[1].parse::<u32>().unwrap());
        assert_same(
            &run.outputs,
            &nums(tagged(&lines, "out")[0]),
            &format!("{what}: out"),
        );
        assert_eq!(run.rand_calls.to_string(), tagged(&lines, "rand_calls")[0]);
    }
}

/// §13.3: `fann_train_on_data` for case A / RPROP (10 epochs, reports every 3, desired error
/// 0.0001), then stop function BIT and (50, 4, 0.0) on the same net: the loop of §6.8 built on
/// `train_epoch` and `desired_error_reached` prints exactly FANN's report lines.
#[test]
fn train_on_data_reports_and_bit_stop_13_3() {
    use fann::engine::cfmt::fixed;
    let mut net = w0_alg::<f64>(Case::A, train_alg::RPROP);
    let data = xor::<f64>(-1.0);
    let mut rng = GlibcRand::new(1);
    let mut out = Vec::new();
    let mut train_on_data = |net: &mut Network<f64>, max: u32, every: u32, desired: f32| {
        out.push(format!(
            "Max epochs {max:8}. Desired error: {}.",
            fixed(desired as f64, 10, 0)
        ));
        let mut last = 0;
        for i in 1..=max {
            let err = data.epoch(net, &mut rng);
            let reached = net.desired_error_reached(desired);
            if i % every == 0 || i == max || i == 1 || reached {
                out.push(format!(
                    "Epochs     {i:8}. Current error: {}. Bit fail {}.",
                    fixed(err as f64, 10, 0),
                    net.params.num_bit_fail
                ));
            }
            last = i;
            if reached {
                break;
            }
        }
        last
    };
    assert_eq!(train_on_data(&mut net, 10, 3, 0.0001), 10);
    net.params.train_stop_function = 1; // FANN_STOPFUNC_BIT
    assert_eq!(train_on_data(&mut net, 50, 4, 0.0), 4);
    let expected = "\
Max epochs       10. Desired error: 0.0001000000.
Epochs            1. Current error: 0.2541872859. Bit fail 4.
Epochs            3. Current error: 0.2471291125. Bit fail 4.
Epochs            6. Current error: 0.2251263857. Bit fail 4.
Epochs            9. Current error: 0.1593963206. Bit fail 3.
Epochs           10. Current error: 0.1288825125. Bit fail 2.
Max epochs       50. Desired error: 0.0000000000.
Epochs            1. Current error: 0.1001256108. Bit fail 2.
Epochs            4. Current error: 0.0412075557. Bit fail 0.";
    assert_eq!(out.join("\n"), expected);
    // Stop BIT with 0.5 truncates to 0 bit fails: reached now (0 fails), not with 1 fail.
    assert_eq!(net.params.num_bit_fail, 0);
    assert!(net.desired_error_reached(0.5));
    net.params.num_bit_fail = 1;
    assert!(!net.desired_error_reached(0.5));
    assert!(!net.desired_error_reached(0.99));
    assert!(net.desired_error_reached(1.0));
}

// ---------------------------------------------------------------------------------------------
// §13.4: 300 epochs on 7 patterns, srand(42) before the first epoch (SARPROP draws)

/// (epoch, MSE, bit fails, cumulative rand() calls) at the epochs §13.4 lists.
type Checkpoints = Vec<(u32, f32, u32, u64)>;

fn long_run<T: Num>(alg: u32) -> (Checkpoints, Vec<T>) {
    let mut net = w0_alg::<T>(Case::A, alg);
    let data = seven::<T>();
    let mut rng = Counting::new(42);
    let mut rows = Vec::new();
    for e in 1..=300 {
        let m = data.epoch(&mut net, &mut rng);
        if [1, 10, 50, 100, 200, 300].contains(&e) {
            rows.push((e, m, net.params.num_bit_fail, rng.calls));
        }
    }
    (rows, net.weights.clone())
}

#[test]
fn long_runs_f64_spec_13_4() {
    for &(alg, epochs, weights) in &SPEC_LONG {
        let (rows, w) = long_run::<f64>(alg);
        let what = format!("algorithm {alg}");
        let lines: Vec<&str> = epochs.lines().collect();
        assert_eq!(lines.len(), rows.len());
        for (line, &(e, m, b, calls)) in lines.iter().zip(&rows) {
            let f: Vec<&str> = line.split_whitespace().collect();
            assert_eq!(
                (f[0], f[2], f[4], f[6]),
                ("epoch", "MSE", "bitfail", "rand_calls")
            );
            let at = format!("{what} epoch {e}");
            assert_eq!(f[1], e.to_string());
            assert_mse(m, mse(f[3]), &at);
            assert_eq!(b.to_string(), f[5], "{at}: bit fails");
            assert_eq!(calls.to_string(), f[7], "{at}: rand() calls");
        }
        assert_same(
            &w,
            &nums::<f64>(weights),
            &format!("{what}: weights after 300"),
        );
    }
}

/// The same runs in the float build (Debian libfloatfann; `probes/train.c long`).
#[test]
fn long_runs_f32_debian() {
    let text = include_str!("engine_training_data/long_f32.txt");
    let runs = blocks(text, "alg ");
    assert_eq!(runs.len(), 5);
    for (header, lines) in runs {
        let alg: u32 = header.parse().unwrap();
        let (rows, w) = long_run::<f32>(alg);
        let what = format!("f32 algorithm {alg}");
        let expected = tagged(&lines, "epoch");
        assert_eq!(expected.len(), rows.len());
        for (line, &(e, m, b, calls)) in expected.iter().zip(&rows) {
            let f: Vec<&str> = line.split_whitespace().collect();
            let at = format!("{what} epoch {e}");
            assert_eq!(f[0], e.to_string());
            assert_mse(m, mse(f[1]), &at);
            assert_eq!(b.to_string(), f[2], "{at}: bit fails");
            assert_eq!(calls.to_string(), f[3], "{at}: rand() calls");
        }
        assert_same(
            &w,
            &nums(tagged(&lines, "w300")[0]),
            &format!("{what}: w300"),
        );
    }
}

// ---------------------------------------------------------------------------------------------
// §10: parallel epochs (upstream master's parallel_fann.c)

fn parallel_data<T: Num>() -> Vec<(&'static str, Case, Set<T>)> {
    vec![
        ("xor A", Case::A, xor(-1.0)),
        ("xor B", Case::B, xor(0.0)),
        ("seven", Case::A, seven()),
    ]
}

fn parallel_one_thread_equals_serial<T: Num>() {
    for alg in [train_alg::BATCH, train_alg::RPROP, train_alg::QUICKPROP] {
        for (name, case, data) in parallel_data::<T>() {
            let mut serial = w0_alg::<T>(case, alg);
            let mut par = w0_alg::<T>(case, alg);
            let (mut r1, mut r2) = (Counting::new(5), Counting::new(5));
            for e in 1..=20 {
                let what = format!("{name} algorithm {alg} epoch {e}");
                let ms = data.epoch(&mut serial, &mut r1);
                let mp = data.epoch_parallel(&mut par, alg, 1, &mut r2);
                assert_mse(mp, ms, &what);
                assert_eq!(par.params.num_mse, serial.params.num_mse, "{what}");
                assert_eq!(
                    par.params.mse_value.to_bits(),
                    serial.params.mse_value.to_bits()
                );
                // Upstream merges only MSE_value and num_MSE of the copies: bit fails stay 0.
                assert_eq!(par.params.num_bit_fail, 0, "{what}");
                assert_same(&par.weights, &serial.weights, &what);
                assert_same(&steps(&par), &steps(&serial), &format!("{what}: steps"));
                assert_same(
                    &prev_slopes(&par),
                    &prev_slopes(&serial),
                    &format!("{what}: previous slopes"),
                );
            }
            assert_eq!((r1.calls, r2.calls), (0, 0));
        }
    }
}

#[test]
fn parallel_one_thread_equals_serial_f64() {
    parallel_one_thread_equals_serial::<f64>();
}

#[test]
fn parallel_one_thread_equals_serial_f32() {
    parallel_one_thread_equals_serial::<f32>();
}

/// Runs `epochs` parallel epochs; returns the MSEs, the final weights and the rand() count.
fn parallel_run<T: Num>(
    case: Case,
    data: &Set<T>,
    alg: u32,
    threads: u32,
    epochs: u32,
) -> (Vec<f32>, Vec<T>, u64) {
    let mut net = w0_alg::<T>(case, alg);
    let mut rng = Counting::new(42);
    let mses = (0..epochs)
        .map(|_| data.epoch_parallel(&mut net, alg, threads, &mut rng))
        .collect();
    (mses, net.weights.clone(), rng.calls)
}

fn serial_run<T: Num>(case: Case, data: &Set<T>, alg: u32, epochs: u32) -> (Vec<f32>, Vec<T>) {
    let mut net = w0_alg::<T>(case, alg);
    let mut rng = Counting::new(42);
    let mses = (0..epochs)
        .map(|_| data.epoch(&mut net, &mut rng))
        .collect();
    (mses, net.weights.clone())
}

#[test]
fn parallel_several_threads_deterministic() {
    for alg in ALGS[1..].iter().copied() {
        for (name, case, data) in parallel_data::<f64>() {
            for threads in [2, 3, 7, 9] {
                let what = format!("{name} algorithm {alg} threads {threads}");
                let a = parallel_run(case, &data, alg, threads, 20);
                let b = parallel_run(case, &data, alg, threads, 20);
                assert_same(&a.0, &b.0, &what);
                assert_same(&a.1, &b.1, &what);
                assert_eq!(a.2, b.2, "{what}: rand() calls");
                assert!(a.1.iter().all(|w| w.is_finite()), "{what}");
                if alg == train_alg::SARPROP {
                    continue;
                }
                // Only the grouping of the slope and MSE sums differs from the serial epoch.
                let (smse, sw) = serial_run(case, &data, alg, 20);
                assert_eq!(a.0[0], smse[0], "{what}: first MSE (same weights)");
                for (x, y) in a.1.iter().zip(&sw) {
                    assert!(
                        (x - y).abs() <= 1e-9 * y.abs().max(1.0),
                        "{what}: {x} vs {y}"
                    );
                }
                // With 3 threads the 4 XOR patterns split into blocks {0, 1}, {2}, {3}: summing
                // the blocks in order is the serial order, so the result is bit-identical.
                if threads == 3 && name.starts_with("xor") {
                    assert_same(&a.0, &smse, &what);
                    assert_same(&a.1, &sw, &what);
                }
            }
        }
    }
}

/// SARPROP's parallel variant resets the step variable per weight (no §6.7b carry-over), so it
/// is not the serial epoch even with one thread; it is deterministic.
#[test]
fn parallel_sarprop_one_thread_deterministic() {
    for ty in ["f64", "f32"] {
        let data64 = seven::<f64>();
        let data32 = seven::<f32>();
        let (a, b) = if ty == "f64" {
            let a = parallel_run(Case::A, &data64, train_alg::SARPROP, 1, 300);
            let b = parallel_run(Case::A, &data64, train_alg::SARPROP, 1, 300);
            assert_same(&a.1, &b.1, "f64 weights");
            ((a.0, a.2), (b.0, b.2))
        } else {
            let a = parallel_run(Case::A, &data32, train_alg::SARPROP, 1, 300);
            let b = parallel_run(Case::A, &data32, train_alg::SARPROP, 1, 300);
            assert_same(&a.1, &b.1, "f32 weights");
            ((a.0, a.2), (b.0, b.2))
        };
        assert_same(&a.0, &b.0, &format!("{ty}: MSE sequence"));
        assert_eq!(a.1, b.1, "{ty}: rand() calls");
        assert!(a.1 > 0, "{ty}: the random branch is reached");
        // Before any update the weights are W0 for both: the first MSE is the serial one.
        assert_mse(a.0[0], mse("0.127040341"), ty);
    }
    // Without the §6.7b carry-over the trajectory leaves the serial one (weights first differ
    // after epoch 47 here).
    let data = seven::<f64>();
    let par = parallel_run(Case::A, &data, train_alg::SARPROP, 1, 300);
    let ser = serial_run(Case::A, &data, train_alg::SARPROP, 300);
    assert_same(&par.0[..47], &ser.0[..47], "same MSEs up to epoch 47");
    assert!(par.1.iter().zip(&ser.1).any(|(x, y)| x != y));
}

// ---------------------------------------------------------------------------------------------
// §4.5: the stop test (`fann_desired_error_reached`, FANN returns 0 when reached)

fn desired_error_reached<T: Num>(text: &str) {
    let mut net = w0::<T>(Case::A);
    let lines: Vec<&str> = text.lines().collect();
    let bits: [f32; 13] = [
        -5e9,
        -1.0,
        -0.5,
        0.0,
        0.5,
        0.99,
        1.0,
        1.5,
        2.0,
        4294967296.0,
        5e9,
        f32::NAN,
        f32::INFINITY,
    ];
    net.params.train_stop_function = 1; // BIT
    for nb in [0u32, 1, 2, 7] {
        let line = tagged(&lines, &format!("bit nb={nb}:"))[0];
        let fann: Vec<bool> = line.split_whitespace().map(|v| v == "0").collect();
        net.params.num_bit_fail = nb;
        let ours: Vec<bool> = bits.iter().map(|&d| net.desired_error_reached(d)).collect();
        assert_eq!(ours, fann, "bit fails {nb}, desired {bits:?}");
    }
    net.params.train_stop_function = 0; // MSE
    let quarter = 0.25f32;
    let values = [
        quarter,
        f32::from_bits(quarter.to_bits() - 1),
        f32::from_bits(quarter.to_bits() + 1),
        0.0,
        f32::NAN,
    ];
    for (tag, value, count) in [("mse 0.25:", 1.0f32, 4u32), ("mse none:", 0.0, 0)] {
        let fann: Vec<bool> = tagged(&lines, tag)[0]
            .split_whitespace()
            .map(|v| v == "0")
            .collect();
        net.params.mse_value = value;
        net.params.num_mse = count;
        let ours: Vec<bool> = values
            .iter()
            .map(|&d| net.desired_error_reached(d))
            .collect();
        assert_eq!(ours, fann, "{tag} desired {values:?}");
    }
    // An unknown stop function never stops.
    net.params.train_stop_function = 7;
    assert!(!net.desired_error_reached(1e30));
}

#[test]
fn desired_error_reached_f64() {
    desired_error_reached::<f64>(include_str!("engine_training_data/extra_f64.txt"));
}

#[test]
fn desired_error_reached_f32() {
    desired_error_reached::<f32>(include_str!("engine_training_data/extra_f32.txt"));
}

// ---------------------------------------------------------------------------------------------
// THRESHOLD neurons cannot be trained: error 12 (`TrainEvent::CantTrainActivation`) each time
// their derivative is asked for, which then counts as 0.

fn threshold<T: Num>(text: &str) {
    let groups = blocks(text, "thr");
    assert_eq!(groups.len(), 15);
    let mut per_epoch = Vec::new();
    for (header, lines) in groups {
        // "alg N mse M bf B" (output THRESHOLD), "hid alg N ..." (hidden layer THRESHOLD,
        // bias neuron included) or "sym alg N ..." (output THRESHOLD_SYMMETRIC: derivative 0,
        // no error).
        let f: Vec<&str> = header.split_whitespace().collect();
        let (kind, f) = match f[0] {
            "alg" => ("output", &f[..]),
            "hid" => ("hidden", &f[1..]),
            _ => ("symmetric output", &f[1..]),
        };
        let alg: u32 = f[1].parse().unwrap();
        let mut net = w0_alg::<T>(Case::A, alg);
        match kind {
            "output" => net.set_activation_function_output(id::THRESHOLD),
            "hidden" => net.set_activation_function_hidden(id::THRESHOLD),
            _ => net.set_activation_function_output(id::THRESHOLD_SYMMETRIC),
        }
        let data = xor::<T>(-1.0);
        let mut events = 0;
        let m = data.with(|p| {
            net.train_epoch(p, &mut GlibcRand::new(1), &mut |e| {
                assert_eq!(e, TrainEvent::CantTrainActivation);
                events += 1;
            })
        });
        let what = format!("{kind} algorithm {alg}");
        assert_mse(m, mse(f[3]), &what);
        assert_eq!(net.params.num_bit_fail.to_string(), f[5], "{what}");
        assert_same(&net.weights, &nums(tagged(&lines, "w")[0]), &what);
        assert_eq!(
            events.to_string(),
            tagged(&lines, "errors")[0],
            "{what}: errors"
        );
        per_epoch.push((kind, events));
    }
    // One error per THRESHOLD neuron and pattern: 4 patterns × (1 output | 3 hidden + bias).
    for (kind, events) in per_epoch {
        let expected = match kind {
            "output" => 4,
            "hidden" => 16,
            _ => 0,
        };
        assert_eq!(events, expected, "{kind}");
    }
}

#[test]
fn threshold_cant_train_events_f64() {
    threshold::<f64>(include_str!("engine_training_data/threshold_f64.txt"));
}

#[test]
fn threshold_cant_train_events_f32() {
    threshold::<f32>(include_str!("engine_training_data/threshold_f32.txt"));
}

// ---------------------------------------------------------------------------------------------
// Empty data (0 patterns): MSE 0, and whatever FANN's arithmetic gives: BATCH/QUICKPROP use
// eps = f32(learning_rate / 0) = inf, so BATCH turns every weight into 0·inf = NaN and QUICKPROP
// sends the weights to ±inf, clipped to ±1500; RPROP and SARPROP move by their steps.
// (FANN itself crashes on BATCH with a fresh net: train_slopes is NULL. We give the NaNs it
// gives once the slopes exist.)

fn empty_data<T: Num>(text: &str) {
    let data = xor::<T>(-1.0);
    let empty = Set::<T> {
        inputs: Vec::new(),
        outputs: Vec::new(),
    };
    let mut checked = 0;
    for alg in ALGS {
        for pre in [false, true] {
            let header = format!("empty alg {alg} pre {}", u8::from(pre));
            let lines: Vec<&str> = text
                .lines()
                .skip_while(|l| !l.starts_with(&header))
                .take_while(|l| !l.starts_with("empty") || l.starts_with(&header))
                .collect();
            let crashed = lines.first().is_some_and(|l| l.ends_with("crashed"));
            // After a crash FANN can't tell us anything: use the state the pre-trained run
            // reaches (all weights NaN), which is what 0·inf gives here too.
            let lines: Vec<&str> = if crashed {
                assert_eq!((alg, pre), (train_alg::BATCH, false));
                let h = format!("empty alg {alg} pre 1");
                text.lines()
                    .skip_while(|l| !l.starts_with(&h))
                    .take_while(|l| !l.starts_with("empty") || l.starts_with(&h))
                    .collect()
            } else {
                lines
            };
            let mut net = w0_alg::<T>(Case::A, alg);
            let mut rng = Counting::new(1);
            if pre {
                data.epoch(&mut net, &mut rng);
            }
            let mut i = 0;
            for k in 1..=2 {
                let what = format!("{header} epoch {k}");
                let m = empty.epoch(&mut net, &mut rng);
                let f: Vec<&str> = lines[i].split_whitespace().collect();
                assert_eq!(f[6], k.to_string());
                assert_eq!(m.to_bits(), 0, "{what}: MSE");
                assert_mse(m, mse(f[8]), &what);
                assert_eq!(net.params.num_bit_fail.to_string(), f[10], "{what}");
                assert_eq!(net.params.num_mse.to_string(), f[12], "{what}");
                assert_same(&net.weights, &nums(&lines[i + 1][2..]), &what);
                i += 2;
                if let Some(s) = lines[i].strip_prefix("steps ") {
                    assert_same(&steps(&net), &nums(s), &format!("{what}: steps"));
                    i += 1;
                }
                if let Some(s) = lines[i].strip_prefix("pslopes ") {
                    assert_same(&prev_slopes(&net), &nums(s), &format!("{what}: slopes"));
                    i += 1;
                }
            }
            let m = data.epoch(&mut net, &mut rng);
            let after = lines[i].strip_prefix("after mse ").unwrap();
            assert_mse(m, mse(after), &format!("{header}: next real epoch"));
            assert_same(&net.weights, &nums(&lines[i + 1][2..]), &header);
            if alg == train_alg::BATCH {
                assert!(
                    net.weights.iter().all(|w| w.is_nan()),
                    "{header}: NaN weights"
                );
            }
            // SARPROP's next real epoch meets sign changes with tiny steps: rand() is drawn
            // (the weights above match, so the draws are FANN's: srand(1) in the probe).
            assert_eq!(
                rng.calls > 0,
                alg == train_alg::SARPROP,
                "{header}: rand() calls"
            );
            checked += 1;
        }
    }
    assert_eq!(checked, 10);
}

#[test]
fn empty_data_every_algorithm_f64() {
    empty_data::<f64>(include_str!("engine_training_data/empty_f64.txt"));
}

#[test]
fn empty_data_every_algorithm_f32() {
    empty_data::<f32>(include_str!("engine_training_data/empty_f32.txt"));
}

#[test]
fn empty_data_parallel_every_algorithm() {
    let empty = Set::<f64> {
        inputs: Vec::new(),
        outputs: Vec::new(),
    };
    for alg in ALGS[1..].iter().copied() {
        for threads in [1, 3] {
            let mut net = w0_alg::<f64>(Case::A, alg);
            let mut serial = w0_alg::<f64>(Case::A, alg);
            let mut rng = Counting::new(1);
            for _ in 0..2 {
                let m = empty.epoch_parallel(&mut net, alg, threads, &mut rng);
                let s = empty.epoch(&mut serial, &mut GlibcRand::new(1));
                assert_eq!((m.to_bits(), s.to_bits()), (0, 0), "algorithm {alg}");
                assert_eq!(net.params.num_mse, 0);
                if alg != train_alg::SARPROP {
                    assert_same(&net.weights, &serial.weights, &format!("algorithm {alg}"));
                }
            }
            assert_eq!(rng.calls, 0);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Training state: initial steps, switching algorithms, `fann_train` and `fann_test` (no reset)

#[test]
fn clear_train_arrays_initial_steps() {
    for (alg, step) in [
        (train_alg::RPROP, 0.100000001490116119384765625f64),
        (train_alg::QUICKPROP, 0.0),
        (train_alg::SARPROP, 0.0),
        (train_alg::BATCH, 0.0),
        (train_alg::INCREMENTAL, 0.0),
    ] {
        let mut net = w0_alg::<f64>(Case::A, alg);
        assert!(net.train.prev_train_slopes.is_none());
        // Nothing to reset yet: randomize/init_weights leave the state absent.
        net.reset_train_state_after_init();
        assert!(net.train.prev_steps.is_none());
        net.clear_train_arrays();
        assert_same(&steps(&net), &[step; 13], &format!("algorithm {alg}"));
        assert_same(&prev_slopes(&net), &[0.0; 13], "prev slopes");
        assert_same(
            net.train.train_slopes.as_ref().unwrap(),
            &[0.0; 13],
            "slopes",
        );
    }
    // After training, init/randomize re-clear with the algorithm in force then.
    let mut net = w0_alg::<f64>(Case::A, train_alg::QUICKPROP);
    xor::<f64>(-1.0).epoch(&mut net, &mut GlibcRand::new(1));
    assert!(steps(&net).iter().any(|&s| s != 0.0));
    net.params.training_algorithm = train_alg::RPROP;
    net.reset_train_state_after_init();
    assert_same(
        &steps(&net),
        &[0.100000001490116119384765625; 13],
        "re-cleared",
    );
    assert_same(&prev_slopes(&net), &[0.0; 13], "re-cleared slopes");
    // reset_mse zeroes the three counters.
    net.params.num_bit_fail = 3;
    net.params.num_mse = 4;
    net.params.mse_value = 1.5;
    net.reset_mse();
    assert_eq!(
        (
            net.params.num_bit_fail,
            net.params.num_mse,
            net.params.mse_value
        ),
        (0, 0, 0.0)
    );
    assert_eq!(net.params.mse(), 0.0);
}

/// 3 epochs of one algorithm, then 3 of another: the state arrays are initialised only once,
/// by the first algorithm (§6.1). Debian: `probes/extra.c`.
fn switching<T: Num>(text: &str) {
    let data = xor::<T>(-1.0);
    let runs = blocks(text, "switch ");
    assert_eq!(runs.len(), 7);
    for (header, lines) in runs {
        let f: Vec<&str> = header.split_whitespace().collect();
        let (a, b) = f[0].split_once("->").unwrap();
        let (a, b): (u32, u32) = (a.parse().unwrap(), b.parse().unwrap());
        let mut net = w0_alg::<T>(Case::A, a);
        let mut rng = Counting::new(1);
        for e in 0..6 {
            if e == 3 {
                net.params.training_algorithm = b;
            }
            let m = data.epoch(&mut net, &mut rng);
            assert_mse(
                m,
                mse(f[1 + e]),
                &format!("switch {a}->{b} epoch {}", e + 1),
            );
        }
        let what = format!("switch {a}->{b}");
        assert_same(&net.weights, &nums(tagged(&lines, "w")[0]), &what);
        match tagged(&lines, "steps").first() {
            Some(s) => assert_same(&steps(&net), &nums(s), &format!("{what}: steps")),
            None => assert!(net.train.prev_steps.is_none(), "{what}"),
        }
    }
}

#[test]
fn switching_algorithms_keeps_state_f64() {
    switching::<f64>(include_str!("engine_training_data/extra_f64.txt"));
}

#[test]
fn switching_algorithms_keeps_state_f32() {
    switching::<f32>(include_str!("engine_training_data/extra_f32.txt"));
}

/// `fann_train` (incremental, momentum 0.9f) over the 4 XOR patterns twice accumulates 8
/// errors; then `fann_test` on 5 patterns accumulates too. Debian: `probes/extra.c`.
fn train_and_test_accumulate<T: Num>(text: &str) {
    let lines: Vec<&str> = text.lines().collect();
    let data = xor::<T>(-1.0);
    let mut net = w0::<T>(Case::A);
    net.params.learning_momentum = 0.9;
    for _ in 0..2 {
        for (i, o) in data.inputs.iter().zip(&data.outputs) {
            net.train(i, o, &mut |e| panic!("{e:?}"));
        }
    }
    let f: Vec<&str> = tagged(&lines, "train8")[0].split_whitespace().collect();
    assert_mse(net.params.mse(), mse(f[0]), "train x8");
    assert_eq!(net.params.num_mse.to_string(), f[1]);
    assert_eq!(net.params.num_bit_fail.to_string(), f[2]);
    let w_line = lines
        .iter()
        .position(|l| l.starts_with("train8"))
        .map(|i| lines[i + 1])
        .unwrap();
    assert_same(
        &net.weights,
        &nums(&w_line[2..]),
        "weights after fann_train x8",
    );
    net.reset_mse();
    for (i, o) in data.inputs.iter().zip(&data.outputs) {
        net.test(i, o, &mut |_| {});
    }
    net.test(&data.inputs[0], &data.outputs[0], &mut |_| {});
    let f: Vec<&str> = tagged(&lines, "test5")[0].split_whitespace().collect();
    assert_mse(net.params.mse(), mse(f[0]), "test x5");
    assert_eq!(net.params.num_mse.to_string(), f[1]);
    assert_eq!(net.params.num_bit_fail.to_string(), f[2]);
    assert_mse(net.params.mse_value, mse(f[3]), "MSE_value");
}

#[test]
fn train_and_test_accumulate_f64() {
    train_and_test_accumulate::<f64>(include_str!("engine_training_data/extra_f64.txt"));
}

#[test]
fn train_and_test_accumulate_f32() {
    train_and_test_accumulate::<f32>(include_str!("engine_training_data/extra_f32.txt"));
}

/// Four `fann_train` calls from W0 are exactly one INCREMENTAL epoch (§13.3 case A).
#[test]
fn train_four_patterns_is_one_incremental_epoch() {
    let data = xor::<f64>(-1.0);
    let mut net = w0::<f64>(Case::A);
    for (i, o) in data.inputs.iter().zip(&data.outputs) {
        net.train(i, o, &mut |e| panic!("{e:?}"));
    }
    assert_mse(net.params.mse(), mse("0.367243588"), "MSE");
    assert_eq!(net.params.num_bit_fail, 4);
    let &(_, _, _, w) = SPEC_WEIGHTS
        .iter()
        .find(|r| r.0 == 'A' && r.1 == train_alg::INCREMENTAL && r.2 == 1)
        .unwrap();
    assert_same(&net.weights, &nums::<f64>(w), "weights");
}

// ---------------------------------------------------------------------------------------------
// §13.8: Widrow–Nguyen

const WN_INPUTS: [f64; 6] = [-2.0, 0.5, 3.0, 1.0, 0.25, -1.0];

/// §13.8, verbatim.
const SPEC_WN: &str =
    "0.022162795066833496 0.083415165543556213 0.16493535041809082 0.18143874406814575
0.26008546352386475 −0.011321723461151123 0.078868575394153595 0.19982582330703735
0.28738093376159668 0.14157828688621521 0.20179693400859833 0.27076441049575806
0.21106159687042236";

fn widrow_nguyen<T: Num>() -> Vec<T> {
    let inputs: Vec<T> = WN_INPUTS.iter().map(|&v| T::from_f64(v)).collect();
    let mut net =
        Network::<T>::new_standard(&[2, 3, 1], &mut GlibcRand::new(1), &Limits::default()).unwrap();
    let mut rng = Counting::new(77);
    net.init_weights(&inputs, &mut rng);
    assert_eq!(rng.calls, 13);
    let mut short =
        Network::<T>::new_shortcut(&[2, 2, 1], &mut GlibcRand::new(1), &Limits::default()).unwrap();
    short.init_weights(&inputs, &mut GlibcRand::new(77));
    assert_same(&short.weights, &[T::zero(); 11], "shortcut 2-2-1: sf = 0");
    net.weights.clone()
}

#[test]
fn widrow_nguyen_13_8() {
    let w = widrow_nguyen::<f64>();
    assert_same(&w, &nums::<f64>(SPEC_WN), "f64");
    // sf = f32(sqrt(0.7f·3)/5); bias weights (2, 5, 8, 12) in [−sf, sf), others in [0, sf).
    let sf = ((0.7f32 as f64 * 3.0).sqrt() / 5.0) as f32;
    assert_eq!(sf as f64, 0.28982752561569214);
    // The draws are f32 values: the float build gets the same numbers.
    let w32 = widrow_nguyen::<f32>();
    let expected: Vec<f32> = nums::<f64>(SPEC_WN).iter().map(|&v| v as f32).collect();
    assert!(expected
        .iter()
        .zip(nums::<f64>(SPEC_WN))
        .all(|(&a, b)| a as f64 == b));
    assert_same(&w32, &expected, "f32");
    let scale = include_str!("engine_training_data/scale_f32.txt");
    let lines: Vec<&str> = scale.lines().collect();
    assert_same(&w32, &nums(tagged(&lines, "wn")[0]), "f32 Debian");
    assert_same(&widrow_nguyen::<f32>(), &w32, "f32 again (no hidden state)");
}

// ---------------------------------------------------------------------------------------------
// §13.10: scaling

const SCALE_IN: [[f64; 3]; 4] = [
    [1.0, 5.0, 7.0],
    [2.0, 5.0, -3.0],
    [4.0, 5.0, 0.5],
    [-2.5, 5.0, 10.0],
];
const SCALE_OUT: [[f64; 2]; 4] = [[0.1, 100.0], [0.2, 200.0], [0.3, 300.0], [0.9, -50.0]];

fn scale_rows_of<T: Num, const N: usize>(rows: &[[f64; N]]) -> Vec<Vec<T>> {
    rows.iter()
        .map(|r| r.iter().map(|&v| T::from_f64(v)).collect())
        .collect()
}

/// `fann_set_scaling_params(ann, data, -1, 1, 0.1, 0.9)`, then `fann_scale_train` and
/// `fann_descale_train`, compared with Debian's output (`probes/scale.c`).
fn scaling<T: Num>(text: &str) -> (Vec<Vec<T>>, Vec<Vec<T>>) {
    let lines: Vec<&str> = text.lines().collect();
    let mut net =
        Network::<T>::new_standard(&[3, 2, 2], &mut GlibcRand::new(1), &Limits::default()).unwrap();
    let mut ins = scale_rows_of::<T, 3>(&SCALE_IN);
    let mut outs = scale_rows_of::<T, 2>(&SCALE_OUT);
    {
        let ri: Vec<&[T]> = ins.iter().map(Vec::as_slice).collect();
        let ro: Vec<&[T]> = outs.iter().map(Vec::as_slice).collect();
        net.set_scaling_params(Side::Input, &ri, -1.0, 1.0);
        net.set_scaling_params(Side::Output, &ro, 0.1, 0.9);
    }
    let s = net.scaling.clone().unwrap();
    for (tag, v) in [
        ("mean_in", &s.mean_in),
        ("dev_in", &s.deviation_in),
        ("factor_in", &s.factor_in),
        ("newmin_in", &s.new_min_in),
        ("mean_out", &s.mean_out),
        ("dev_out", &s.deviation_out),
        ("factor_out", &s.factor_out),
        ("newmin_out", &s.new_min_out),
    ] {
        assert_same(v, &nums::<f32>(tagged(&lines, tag)[0]), tag);
    }
    let (exp_in, exp_out) = (tagged(&lines, "sin"), tagged(&lines, "sout"));
    for p in 0..4 {
        net.scale(Side::Input, &mut ins[p]).unwrap();
        net.scale(Side::Output, &mut outs[p]).unwrap();
        assert_same(&ins[p], &nums(exp_in[p]), &format!("scaled inputs {p}"));
        assert_same(&outs[p], &nums(exp_out[p]), &format!("scaled outputs {p}"));
    }
    let scaled = (ins.clone(), outs.clone());
    let (exp_in, exp_out) = (tagged(&lines, "din"), tagged(&lines, "dout"));
    for p in 0..4 {
        net.descale(Side::Input, &mut ins[p]).unwrap();
        net.descale(Side::Output, &mut outs[p]).unwrap();
        assert_same(&ins[p], &nums(exp_in[p]), &format!("descaled inputs {p}"));
        assert_same(
            &outs[p],
            &nums(exp_out[p]),
            &format!("descaled outputs {p}"),
        );
    }
    // Plain min/max scaling (one global min/max per side), then the {3, 3} edge case.
    let mut ins = scale_rows_of::<T, 3>(&SCALE_IN);
    let mut outs = scale_rows_of::<T, 2>(&SCALE_OUT);
    {
        let mut ri: Vec<&mut [T]> = ins.iter_mut().map(Vec::as_mut_slice).collect();
        scale_rows(&mut ri, T::from_f64(-1.0), T::from_f64(1.0));
        let mut ro: Vec<&mut [T]> = outs.iter_mut().map(Vec::as_mut_slice).collect();
        scale_rows(&mut ro, T::from_f64(0.0), T::from_f64(1.0));
    }
    let (exp_in, exp_out) = (tagged(&lines, "min"), tagged(&lines, "mout"));
    for p in 0..4 {
        assert_same(&ins[p], &nums(exp_in[p]), &format!("min/max inputs {p}"));
        assert_same(&outs[p], &nums(exp_out[p]), &format!("min/max outputs {p}"));
    }
    let mut c = [[T::from_f64(3.0)], [T::from_f64(3.0)]];
    {
        let mut rc: Vec<&mut [T]> = c.iter_mut().map(|r| &mut r[..]).collect();
        scale_rows(&mut rc, T::from_f64(-1.0), T::from_f64(1.0));
    }
    assert_same(
        &[c[0][0], c[1][0]],
        &nums(tagged(&lines, "const")[0]),
        "{3, 3}",
    );
    assert!(c[0][0].is_nan());
    scaled
}

#[test]
fn scaling_f64_spec_13_10() {
    let (ins, outs) = scaling::<f64>(include_str!("engine_training_data/scale_f64.txt"));
    // The values quoted in §13.10 (the constant column is NaN in 2.2.0).
    assert_same(
        &ins[0],
        &[-0.05307448830233974, f64::NAN, 0.65658654013400031],
        "pattern 0 inputs",
    );
    assert_same(
        &outs[0],
        &[0.14658346906684303, 0.38399161011395777],
        "pattern 0 outputs",
    );
    assert_same(
        &ins[3],
        &[-1.5391601607678536, f64::NAN, 1.2402190202531118],
        "pattern 3 inputs",
    );
    assert_same(
        &outs[3],
        &[1.1747042213036871, -0.08004186002324401],
        "pattern 3 outputs",
    );
    // Parameters of §13.10 (f32 arrays).
    let mut net =
        Network::<f64>::new_standard(&[3, 2, 2], &mut GlibcRand::new(1), &Limits::default())
            .unwrap();
    let ins = scale_rows_of::<f64, 3>(&SCALE_IN);
    let outs = scale_rows_of::<f64, 2>(&SCALE_OUT);
    let ri: Vec<&[f64]> = ins.iter().map(Vec::as_slice).collect();
    let ro: Vec<&[f64]> = outs.iter().map(Vec::as_slice).collect();
    net.set_scaling_params(Side::Input, &ri, -1.0, 1.0);
    net.set_scaling_params(Side::Output, &ro, 0.1, 0.9);
    let s = net.scaling.clone().unwrap();
    let f64s = |v: &[f32]| v.iter().map(|&x| x as f64).collect::<Vec<f64>>();
    assert_same(&f64s(&s.mean_in), &[1.125, 5.0, 3.625], "input means");
    assert_same(
        &f64s(&s.deviation_in),
        &[2.355180501937866, 0.0, 5.140221118927002],
        "input deviations",
    );
    assert_same(&f64s(&s.factor_in), &[1.0; 3], "input factors");
    assert_same(&f64s(&s.new_min_in), &[-1.0; 3], "input new_min");
    assert_same(&f64s(&s.mean_out), &[0.375, 137.5], "output means");
    assert_same(
        &f64s(&s.deviation_out),
        &[0.31124746799468994, 129.30101013183594],
        "output deviations",
    );
    assert_same(
        &f64s(&s.factor_out),
        &[0.3999999761581421; 2],
        "output factors",
    );
    assert_same(
        &f64s(&s.new_min_out),
        &[0.10000000149011612; 2],
        "output new_min",
    );
    // fann_descale_train restores e.g. 0.099999999999999978 and 199.99999999999997.
    let mut o0 = vec![0.14658346906684303, 0.38399161011395777];
    net.descale(Side::Output, &mut o0).unwrap();
    assert_same(&o0[..1], &[0.099999999999999978], "descaled 0.1");
    let mut o1 = vec![0.27509856309644859, 0.6933472568720922];
    net.descale(Side::Output, &mut o1).unwrap();
    assert_same(&o1[1..], &[199.99999999999997], "descaled 200");
    // Empty data resets one side to the defaults; clear_scaling_params resets both.
    net.set_scaling_params(Side::Input, &[], -1.0, 1.0);
    let s = net.scaling.clone().unwrap();
    assert_eq!(
        (s.mean_in, s.deviation_in, s.new_min_in, s.factor_in),
        (vec![0.0; 3], vec![1.0; 3], vec![-1.0; 3], vec![1.0; 3])
    );
    assert_eq!(s.mean_out, vec![0.375f32, 137.5]);
    net.clear_scaling_params();
    let s = net.scaling.clone().unwrap();
    assert_eq!(
        (s.mean_out, s.deviation_out, s.new_min_out, s.factor_out),
        (vec![0.0; 2], vec![1.0; 2], vec![-1.0; 2], vec![1.0; 2])
    );
}

#[test]
fn scaling_f32_debian() {
    scaling::<f32>(include_str!("engine_training_data/scale_f32.txt"));
}

#[test]
fn scale_not_present_is_an_error() {
    let net = Network::<f64>::new_standard(&[3, 2, 2], &mut GlibcRand::new(1), &Limits::default())
        .unwrap();
    let mut v = [1.0, 2.0, 3.0];
    assert!(net.scale(Side::Input, &mut v).is_err());
    assert!(net.descale(Side::Output, &mut v).is_err());
    assert_eq!(v, [1.0, 2.0, 3.0]);
}

/// §8.3 / §11: the global min/max scan and the range mapping.
#[test]
fn min_max_and_scale_to_range() {
    let ins = scale_rows_of::<f64, 3>(&SCALE_IN);
    let rows: Vec<&[f64]> = ins.iter().map(Vec::as_slice).collect();
    assert_eq!(min_max(&rows), Some((-3.0, 10.0)));
    let outs = scale_rows_of::<f64, 2>(&SCALE_OUT);
    let rows: Vec<&[f64]> = outs.iter().map(Vec::as_slice).collect();
    assert_eq!(min_max(&rows), Some((-50.0, 300.0)));
    assert_eq!(min_max::<f64>(&[]), None);
    // factor = (new_max − new_min)/(old_max − old_min) in fann_type, then clamping.
    let mut r = [[0.0f64, 5.0, 10.0, 20.0, -5.0]];
    {
        let mut rr: Vec<&mut [f64]> = r.iter_mut().map(|x| &mut x[..]).collect();
        scale_to_range(&mut rr, 0.0, 10.0, -1.0, 1.0);
    }
    let factor = (1.0f64 - -1.0) / (10.0 - 0.0);
    assert_same(
        &r[0],
        &[
            -1.0,
            (5.0 - 0.0) * factor + -1.0,
            (10.0 - 0.0) * factor + -1.0,
            1.0,
            -1.0,
        ],
        "scale_to_range",
    );
}

// ---------------------------------------------------------------------------------------------
// §13.11: shuffle (done by the C layer with rand() % num_data per row), subset and merge

#[test]
fn shuffle_subset_merge_13_11() {
    let mut rows: Vec<u32> = (0..7).collect();
    let mut rng = GlibcRand::new(123);
    let n = rows.len();
    for i in 0..n {
        let j = rng.next_rand() as usize % n;
        if j != i {
            rows.swap(i, j);
        }
    }
    assert_eq!(rows, [3, 2, 1, 0, 6, 5, 4]);
    let subset = rows[2..2 + 3].to_vec();
    assert_eq!(subset, [1, 0, 6]);
    let merged: Vec<u32> = subset.iter().chain(&rows).copied().collect();
    assert_eq!(merged, [1, 0, 6, 3, 2, 1, 0, 6, 5, 4]);
    // Debian agrees (`probes/scale.c`).
    let lines: Vec<&str> = include_str!("engine_training_data/scale_f64.txt")
        .lines()
        .collect();
    let shuffled: Vec<u32> = tagged(&lines, "shuffle")[0]
        .split_whitespace()
        .map(|p| p.split_once('/').unwrap().0.parse().unwrap())
        .collect();
    assert_eq!(shuffled, rows);
    let m: Vec<u32> = tagged(&lines, "merge")[0]
        .split_whitespace()
        .map(|v| v.parse().unwrap())
        .collect();
    assert_eq!(m, merged);
}
