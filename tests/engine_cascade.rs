//! Cascade-correlation tests of the safe engine (algorithms.md §7) in the double build.
//!
//! * The three runs of the worked example §13.7 (C1, C2, C3): epochs after every phase, MSE
//!   and bit-fail at every report, the winning candidates, the final topology and weights
//!   (bit for bit, `to_bits`) and the number of `rand()` calls. The values are quoted from
//!   the spec; Debian's `libdoublefann` 2.2.0 prints the same numbers
//!   (`tests/differential/double_cascade`, cases "spec 13.7").
//! * One candidate epoch computed by hand from the formulas of §2.1/§2.2/§2.4 (forward pass),
//!   §3.1/§7.4 (candidate weights drawn from glibc's `rand()`), §7.5 (score and slopes, with
//!   the raw sum handed to the derivative), §6.5/§6.6 (the update), §7.7 (installation with
//!   the reversed output mapping), on a 1-input net with one candidate, for one output
//!   (QUICKPROP: the update exposes the slope values) and two outputs (RPROP).
//! * Edge cases of the output phase observed with Debian (`cascade_max_out_epochs` 0 counts 0
//!   epochs although one epoch runs; the desired error reached in the first epoch counts 1).
//!
//! The cascade main loop itself (`fann_cascadetrain_on_data`) lives in the C layer; `cascade`
//! below repeats it (§7.2) on top of the engine's `train_outputs` / `add_candidate_neuron`.

// The decimal literals are FANN's printed doubles, quoted with all their digits.
#![allow(clippy::excessive_precision, clippy::unreadable_literal)]

use fann::engine::activation::id;
use fann::engine::cascade::CascadeEvent;
use fann::engine::network::{train_alg, Network};
use fann::engine::train::Patterns;
use fann::engine::{GlibcRand, Limits, RandomSource};

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

/// A data set owning its rows.
struct Set {
    inputs: Vec<Vec<f64>>,
    outputs: Vec<Vec<f64>>,
}

impl Set {
    fn with<R>(&self, f: impl FnOnce(&Patterns<f64>) -> R) -> R {
        let inputs: Vec<&[f64]> = self.inputs.iter().map(Vec::as_slice).collect();
        let outputs: Vec<&[f64]> = self.outputs.iter().map(Vec::as_slice).collect();
        f(&Patterns {
            inputs: &inputs,
            outputs: &outputs,
        })
    }
}

/// XOR with ±1 in the pattern order of §13.3; `second` adds the output 0.5·x0 − 0.25 (C3).
fn xor(second: bool) -> Set {
    let mut inputs = Vec::new();
    let mut outputs = Vec::new();
    for i in 0..4 {
        let x0 = if i & 2 != 0 { 1.0 } else { -1.0 };
        let x1 = if i & 1 != 0 { 1.0 } else { -1.0 };
        let t = if i == 1 || i == 2 { 1.0 } else { -1.0 };
        inputs.push(vec![x0, x1]);
        outputs.push(if second {
            vec![t, 0.5 * x0 - 0.25]
        } else {
            vec![t]
        });
    }
    Set { inputs, outputs }
}

fn no_events(e: CascadeEvent) {
    panic!("unexpected cascade event {e:?}");
}

fn f32_of(s: &str) -> f32 {
    s.parse().unwrap()
}

fn assert_bits(actual: &[f64], expected: &[f64], what: &str) {
    assert_eq!(actual.len(), expected.len(), "{what}: length");
    for (i, (a, e)) in actual.iter().zip(expected).enumerate() {
        assert_eq!(
            a.to_bits(),
            e.to_bits(),
            "{what}[{i}]: expected {e:?} ({:#018x}), got {a:?} ({:#018x})",
            e.to_bits(),
            a.to_bits()
        );
    }
}

fn assert_f32(actual: f32, expected: f32, what: &str) {
    assert_eq!(
        actual.to_bits(),
        expected.to_bits(),
        "{what}: expected {expected:?}, got {actual:?}"
    );
}

/// One "Neurons" report of the main loop (§7.2).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Report {
    neurons: u32,
    mse: f32,
    mse_value: f32,
    total_epochs: u32,
    bit_fail: u32,
}

/// What a cascade run produced besides the network.
#[derive(Debug, Default)]
struct Run {
    reports: Vec<Report>,
    /// (candidate index, activation function, steepness) of every installed neuron.
    winners: Vec<(u32, u32, f64)>,
    total_epochs: u32,
}

/// `fann_cascadetrain_on_data` (§7.2) with a report at every neuron.
fn cascade(
    net: &mut Network<f64>,
    set: &Set,
    max_neurons: u32,
    desired_error: f32,
    rng: &mut dyn RandomSource,
) -> Run {
    let mut run = Run::default();
    set.with(|data| {
        for i in 1..=max_neurons {
            run.total_epochs += net.train_outputs(data, desired_error, rng, &mut no_events, None);
            let reached = net.desired_error_reached(desired_error);
            run.reports.push(Report {
                neurons: i - 1,
                mse: net.params.mse(),
                mse_value: net.params.mse_value,
                total_epochs: run.total_epochs,
                bit_fail: net.params.num_bit_fail,
            });
            if reached {
                break;
            }
            let before = net.neurons.len() as u32;
            let epochs = net
                .add_candidate_neuron(data, rng, &mut no_events, false, None)
                .expect("candidates");
            run.total_epochs += epochs;
            let hidden = net.neurons[net.layers[net.layers.len() - 2].first];
            let (f, s) = (hidden.activation_function, hidden.activation_steepness);
            run.winners
                .push((net.params.cascade_best_candidate - before - 1, f, s));
        }
        run.total_epochs += net.train_outputs(data, 0.0, rng, &mut no_events, None);
        net.set_shortcut_sources();
    });
    run
}

/// The common setup of §13.7: `srand(seed)`, `fann_create_shortcut(2, 2, outputs)`,
/// SIGMOID_SYMMETRIC outputs; the generator continues into the cascade.
fn spec_net(seed: u32, outputs: u32) -> (Network<f64>, Counting) {
    let mut rng = Counting::new(seed);
    let mut net = Network::<f64>::new_shortcut(&[2, outputs], &mut rng, &Limits::default())
        .expect("shortcut net");
    net.set_activation_function_output(id::SIGMOID_SYMMETRIC);
    (net, rng)
}

fn cons(net: &Network<f64>) -> Vec<(u32, u32)> {
    net.neurons
        .iter()
        .map(|n| (n.first_con, n.last_con))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// §13.7 worked example

#[test]
fn spec_13_7_c1_two_functions_two_steepnesses() {
    let (mut net, mut rng) = spec_net(3, 1);
    assert_bits(
        &net.weights,
        &[
            0.012276031076908112,
            -0.0550033375620842,
            -0.021381646394729614,
        ],
        "C1 initial weights",
    );
    net.params.cascade_activation_functions = vec![id::SIGMOID_SYMMETRIC, id::GAUSSIAN];
    net.params.cascade_activation_steepnesses = vec![0.5, 1.0];
    assert_eq!(net.params.cascade_num_candidates(), 8);

    let run = cascade(&mut net, &xor(false), 3, 0.0001, &mut rng);

    // output phase 1: 51 epochs, MSE 0.25, MSE_value 1, bit fail 4; candidates 51 epochs;
    // output phase 2: cumulative 120, desired error reached; final phase: cumulative 151
    assert_eq!(
        run.reports,
        [
            Report {
                neurons: 0,
                mse: 0.25,
                mse_value: 1.0,
                total_epochs: 51,
                bit_fail: 4
            },
            Report {
                neurons: 1,
                mse: f32_of("1.65158799e-05"),
                mse_value: f32_of("6.60635196e-05"),
                total_epochs: 120,
                bit_fail: 0
            },
        ]
    );
    assert_eq!(run.winners, [(4, id::GAUSSIAN, 0.5)]);
    assert_eq!(run.total_epochs, 151);
    assert_f32(net.params.mse(), 0.0, "C1 final MSE");
    assert_eq!(rng.calls, 35, "3 + 8·4 rand() calls");

    // 0,1 inputs, 2 bias, 3 hidden GAUSSIAN s=0.5 with cons [0,3), 4 output with cons [3,7)
    assert_eq!(net.neurons.len(), 5);
    assert_eq!(net.layers.len(), 3);
    assert_eq!(cons(&net)[3..], [(0, 3), (3, 7)]);
    assert_eq!({ net.neurons[3].activation_function }, id::GAUSSIAN);
    assert_eq!({ net.neurons[3].activation_steepness }, 0.5);
    assert_eq!(*net.source_table(), [0, 1, 2, 0, 1, 2, 3]);
    assert_bits(
        &net.weights,
        &[
            3.2310901482940926,
            4.0076748468335817,
            0.00023211430015028194,
            0.0091475374211109871,
            0.026953686943269349,
            -33.556366242214096,
            106.50429075814264,
        ],
        "C1 final weights",
    );
}

#[test]
fn spec_13_7_c2_default_80_candidates() {
    let (mut net, mut rng) = spec_net(3, 1);
    assert_eq!(net.params.cascade_num_candidates(), 80);

    let run = cascade(&mut net, &xor(false), 4, 0.0001, &mut rng);

    let totals: Vec<u32> = run.reports.iter().map(|r| r.total_epochs).collect();
    assert_eq!(totals, [51, 116]);
    assert_f32(run.reports[0].mse, 0.25, "C2 phase 1 MSE");
    assert_eq!(run.reports[0].bit_fail, 4);
    assert_f32(
        run.reports[1].mse,
        f32_of("1.49151665e-05"),
        "C2 phase 2 MSE",
    );
    assert_eq!(run.reports[1].bit_fail, 0);
    // (the candidate phase alone: 51 epochs, see the next test)
    assert_eq!(run.winners, [(62, id::COS_SYMMETRIC, 1.0)]);
    assert_eq!(run.total_epochs, 140);
    assert_f32(net.params.mse(), 0.0, "C2 final MSE");
    assert_eq!(rng.calls, 323, "3 + 80·4 rand() calls");
    assert_bits(
        &net.weights,
        &[
            1.1675814407942677,
            1.5710505805121497,
            -0.00020720905647057006,
            0.0079424981746088405,
            0.010160922030915681,
            0.011133038117915731,
            54.419178743969297,
        ],
        "C2 final weights",
    );
}

#[test]
fn spec_13_7_c2_candidate_phase_is_51_epochs() {
    // The same run split by hand: phase 1, then the candidate step alone.
    let (mut net, mut rng) = spec_net(3, 1);
    let set = xor(false);
    set.with(|data| {
        assert_eq!(
            net.train_outputs(data, 0.0001, &mut rng, &mut no_events, None),
            51
        );
        assert_eq!(
            net.add_candidate_neuron(data, &mut rng, &mut no_events, false, None),
            Some(51)
        );
        // best = 62 → cascade_best_candidate = total_neurons (4) + 62 + 1
        assert_eq!(net.params.cascade_best_candidate, 67);
        assert_eq!(
            net.cascade_candidate_scores.as_ref().map(Vec::len),
            Some(80)
        );
    });
}

#[test]
fn spec_13_7_c3_two_outputs_reversed_mapping() {
    let (mut net, mut rng) = spec_net(5, 2);
    net.params.train_error_function = 0; // FANN_ERRORFUNC_LINEAR

    let run = cascade(&mut net, &xor(true), 5, 0.0, &mut rng);

    let totals: Vec<u32> = run.reports.iter().map(|r| r.total_epochs).collect();
    assert_eq!(totals, [51, 153, 354, 654, 954]);
    assert_eq!(run.total_epochs, 1155);
    assert_eq!(
        run.winners,
        [
            (60, id::COS_SYMMETRIC, 0.75),
            (53, id::SIN_SYMMETRIC, 0.75),
            (0, id::SIGMOID, 0.25),
            (56, id::COS_SYMMETRIC, 0.25),
            (60, id::COS_SYMMETRIC, 0.75),
        ]
    );
    assert_f32(net.params.mse(), 0.125, "C3 final MSE");
    assert_eq!(rng.calls, 2806);
    assert_eq!(net.neurons.len(), 3 + 5 + 2);
    assert_bits(
        &net.weights,
        &[
            2.0945999129184205,
            1.5946888530265722,
            0.00022529746286179938,
            2.0977447242481588,
            2.0900892617809985,
            -0.0028511704446741106,
            0.0018775476217147142,
            14.994542161353717,
            14.974259693682924,
            -6.8889261555326442,
            -15.79425611007256,
            14.398890717293316,
            4.8395522227451737,
            4.8466684129611926,
            4.8418579864137383,
            1.5500485712504017,
            1.2599783054150127,
            1.3202598552293987,
            -0.43671891732813106,
            1.6720294888380598,
            -2.5298517788523047,
            2.7260727092811856,
            0.99560402771520307,
            2.1009116128350258,
            0.37739965756475236,
            773.69532646798689,
            772.257952025956,
            772.25728861565517,
            1500.0,
            771.23182040570873,
            276.49481686400935,
            1500.0,
            8.6882175821868017,
            1.4691522160005888,
            0.24932412992396522,
            -0.47442371439108927,
            -0.25820206940637014,
            1.2605106032039808,
            -0.11138714103028594,
            0.97462326536127464,
            0.25038794632363576,
        ],
        "C3 final weights",
    );
}

// ---------------------------------------------------------------------------------------------
// one candidate epoch by hand

/// `fann_rand(lo, hi)` for one `rand()` value, entirely in f32 (§3.1).
fn fann_rand_by_hand(r: i32, lo: f32, hi: f32) -> f32 {
    lo + ((hi - lo) * r as f32) / 2147483648.0f32
}

/// SIGMOID_SYMMETRIC in the double build (§2.4): `2.0 / (1.0 + exp(-2.0 * x)) - 1.0`.
fn sigmoid_symmetric(x: f64) -> f64 {
    2.0 / (1.0 + (-2.0 * x).exp()) - 1.0
}

/// GAUSSIAN (§2.4): `exp(-x * x)`, i.e. `exp((-x) * x)`.
fn gaussian(x: f64) -> f64 {
    ((-x) * x).exp()
}

/// The candidate configuration shared by the hand-computed cases: one input, outputs with
/// explicit weights (SIGMOID_SYMMETRIC, steepness 0.5), one GAUSSIAN candidate of steepness
/// 0.75 in one group, three patterns.
const CAND_STEEPNESS: f64 = 0.75;
const OUT_STEEPNESS: f64 = 0.5;
const XS: [f64; 3] = [-0.8, 0.3, 1.1];
const TARGETS: [[f64; 2]; 3] = [[0.5, -0.6], [-0.25, 0.1], [0.9, 0.35]];
/// (weight from input 0, weight from the bias) of output 0 and output 1.
const OUT_W: [[f64; 2]; 2] = [[0.3, -0.2], [-0.45, 0.15]];
const NET_SEED: u32 = 11;
const CAND_SEED: u32 = 29;

fn hand_set(outputs: usize) -> Set {
    Set {
        inputs: XS.iter().map(|&x| vec![x]).collect(),
        outputs: TARGETS.iter().map(|t| t[..outputs].to_vec()).collect(),
    }
}

fn hand_net(outputs: usize, algorithm: u32) -> Network<f64> {
    let mut rng = GlibcRand::new(NET_SEED);
    let mut net = Network::<f64>::new_shortcut(&[1, outputs as u32], &mut rng, &Limits::default())
        .expect("shortcut net");
    net.set_activation_function_output(id::SIGMOID_SYMMETRIC);
    net.set_activation_steepness_output(OUT_STEEPNESS);
    for (j, w) in OUT_W.iter().take(outputs).enumerate() {
        net.weights[2 * j] = w[0];
        net.weights[2 * j + 1] = w[1];
    }
    net.params.training_algorithm = algorithm;
    net.params.cascade_activation_functions = vec![id::GAUSSIAN];
    net.params.cascade_activation_steepnesses = vec![CAND_STEEPNESS];
    net.params.cascade_num_candidate_groups = 1;
    net.params.cascade_max_cand_epochs = 1;
    net
}

/// Output `j` of the original net for input `x` (§2.1): two connections, so the unrolled sum
/// (§2.2, n = 2) adds the bias term first: `(0 + w[1]·1) + w[0]·x`; then `s·raw`, clamped to
/// ±150/s, through SIGMOID_SYMMETRIC.
fn output_by_hand(j: usize, x: f64) -> f64 {
    let raw = (0.0 + OUT_W[j][1] * 1.0) + OUT_W[j][0] * x;
    let m = 150.0 / OUT_STEEPNESS;
    let v = (OUT_STEEPNESS * raw).clamp(-m, m);
    sigmoid_symmetric(v)
}

/// The error handed to the candidates (§7.5): `t − y`, halved because SIGMOID_SYMMETRIC is a
/// "half" function (§4.1); the same halved value is what `fann_update_MSE` squares.
fn error_by_hand(j: usize, p: usize) -> f64 {
    (TARGETS[p][j] - output_by_hand(j, XS[p])) / 2.0
}

/// Everything one candidate epoch produces, by hand.
struct HandEpoch {
    mse_value: f32,
    /// candidate weights as drawn: input 0, bias, then one per output
    initial: Vec<f64>,
    /// score S after the epoch (computed with the initial weights)
    score: f64,
    /// slopes: input 0, bias, then one per output
    slopes: Vec<f64>,
}

fn hand_epoch(outputs: usize) -> HandEpoch {
    // MSE_value = Σ f32(e²), added in f32 (§4.1), over patterns × outputs
    let mut mse_value = 0.0f32;
    for p in 0..XS.len() {
        for j in 0..outputs {
            let e = error_by_hand(j, p);
            mse_value += (e * e) as f32;
        }
    }

    // §7.4: H = total_neurons − num_input − num_output = (1 + 1 + outputs) − 1 − outputs = 1,
    // sf = f32(2·pow(f32(0.7f·H), f32(1/num_input))), within [0.5, 8]
    let (h, num_input) = (1.0f32, 1.0f32);
    let sf = (2.0 * ((0.7f32 * h) as f64).powf((1.0f32 / num_input) as f64)) as f32;
    assert!((0.5..=8.0).contains(&sf));
    // draws in weight order: input 0 from [0, sf), the bias (position num_input = 1) from
    // [−sf, sf), the output weights from [0, sf)
    let mut rng = GlibcRand::new(CAND_SEED);
    let mut initial = vec![
        fann_rand_by_hand(rng.next_rand(), 0.0, sf) as f64,
        fann_rand_by_hand(rng.next_rand(), -sf, sf) as f64,
    ];
    for _ in 0..outputs {
        initial.push(fann_rand_by_hand(rng.next_rand(), 0.0, sf) as f64);
    }

    // §7.5, one candidate k, S starts at MSE_value
    let s = CAND_STEEPNESS;
    let mut score = mse_value as f64;
    let mut slopes = vec![0.0f64; 2 + outputs];
    for (p, &x) in XS.iter().enumerate() {
        // input 0 and the bias neuron
        let values = [x, 1.0];
        // raw = unrolled dot over n_in = 2 connections: (0 + w[1]·v[1]) + w[0]·v[0]
        let mut raw = (0.0 + initial[1] * values[1]) + initial[0] * values[0];
        // the candidate clamps the RAW sum to ±150/s
        let m = 150.0 / s;
        if raw > m {
            raw = m;
        } else if raw < -m {
            raw = -m;
        }
        let a = gaussian(s * raw);
        // GAUSSIAN derivative (((−2·x)·y)·s)·s, with the RAW sum as x
        let d = (((-2.0 * raw) * a) * s) * s;
        let mut ev = 0.0;
        for j in 0..outputs {
            let v = initial[2 + j];
            let diff = a * v - error_by_hand(j, p);
            slopes[2 + j] -= 2.0 * diff * a;
            ev += diff * v;
            score -= diff * diff;
        }
        ev *= d;
        for i in 0..2 {
            slopes[i] -= ev * values[i];
        }
    }
    HandEpoch {
        mse_value,
        initial,
        score,
        slopes,
    }
}

/// Books the original net's errors into MSE_value as the last output epoch would have.
fn book_errors(net: &mut Network<f64>, set: &Set) {
    net.reset_mse();
    for (input, output) in set.inputs.iter().zip(&set.outputs) {
        net.test(input, output, &mut |_| {});
    }
}

/// The grown net's output `j` for input `x` (§2.1/§2.2): hidden neuron from (input, bias),
/// then the output over (input, bias, hidden): n = 3, so `((0 + w[2]·h) + w[1]·1) + w[0]·x`.
fn grown_output_by_hand(hidden_w: &[f64], out_w: &[f64], x: f64) -> f64 {
    let s = CAND_STEEPNESS;
    let m = 150.0 / s;
    let raw = (0.0 + hidden_w[1] * 1.0) + hidden_w[0] * x;
    let hv = gaussian((s * raw).clamp(-m, m));
    let raw_o = ((0.0 + out_w[2] * hv) + out_w[1] * 1.0) + out_w[0] * x;
    let mo = 150.0 / OUT_STEEPNESS;
    sigmoid_symmetric((OUT_STEEPNESS * raw_o).clamp(-mo, mo))
}

#[test]
fn candidate_epoch_by_hand_one_output_quickprop() {
    let set = hand_set(1);
    let mut net = hand_net(1, train_alg::QUICKPROP);
    let hand = hand_epoch(1);

    book_errors(&mut net, &set);
    assert_f32(net.params.mse_value, hand.mse_value, "MSE_value");

    let mut rng = GlibcRand::new(CAND_SEED);
    let epochs =
        set.with(|data| net.add_candidate_neuron(data, &mut rng, &mut no_events, false, None));
    assert_eq!(epochs, Some(1));
    let scores = net.cascade_candidate_scores.clone().expect("scores");
    assert_bits(&scores, &[hand.score], "candidate score");
    // best = 0: total_neurons (3) + 0 + 1
    assert_eq!(net.params.cascade_best_candidate, 4);

    // QUICKPROP's first step (prev_step 0, §6.6): w += 0 + eps·g, with
    // eps = f32(learning_rate / num_data) and g = slope + decay·w; this exposes the slopes
    let eps = (0.7f32 / 3.0f32) as f64;
    let decay = -0.0001f32 as f64;
    let updated: Vec<f64> = hand
        .initial
        .iter()
        .zip(&hand.slopes)
        .map(|(&w, &slope)| {
            let g = slope + decay * w;
            w + (0.0 + eps * g)
        })
        .collect();

    // §7.7: hidden neuron 2 gets the input weights; the output appends the output weight
    // times cascade_weight_multiplier (0.4)
    let expected = [
        updated[0],
        updated[1],
        OUT_W[0][0],
        OUT_W[0][1],
        updated[2] * 0.4,
    ];
    assert_bits(&net.weights, &expected, "weights after installation");
    assert_eq!(cons(&net), [(0, 0), (0, 0), (0, 2), (2, 5)]);
    assert_eq!(*net.source_table(), [0, 1, 0, 1, 2]);
    assert_eq!({ net.neurons[2].activation_function }, id::GAUSSIAN);
    assert_eq!({ net.neurons[2].activation_steepness }, CAND_STEEPNESS);

    for &x in &[-0.8, 0.3, 1.1, 2.5] {
        let y = net.run(&[x])[0];
        assert_bits(
            &[y],
            &[grown_output_by_hand(&updated[..2], &expected[2..], x)],
            "grown net output",
        );
    }
}

#[test]
fn candidate_epoch_by_hand_two_outputs_rprop_reversed_mapping() {
    let set = hand_set(2);
    let mut net = hand_net(2, train_alg::RPROP);
    let hand = hand_epoch(2);

    book_errors(&mut net, &set);
    assert_f32(net.params.mse_value, hand.mse_value, "MSE_value");

    let mut rng = GlibcRand::new(CAND_SEED);
    let epochs =
        set.with(|data| net.add_candidate_neuron(data, &mut rng, &mut no_events, false, None));
    assert_eq!(epochs, Some(1));
    let scores = net.cascade_candidate_scores.clone().expect("scores");
    assert_bits(&scores, &[hand.score], "candidate score");
    assert_eq!(net.params.cascade_best_candidate, 5);

    // RPROP's first step (§6.5): prev_step = delta_zero = f32(0.1), prev_slope 0, so the
    // step grows to max(0.1, 0.0001)·f32(1.2); the weight moves down if its slope is
    // negative, up otherwise (only the slope signs are visible here)
    let step = (0.1f32 as f64).max(0.0001) * 1.2f32 as f64;
    // (§6.5 quirk (a) quotes 0.12000000655651093, which is not this double; the §13.3 RPROP
    // vectors, e.g. 0.15 + step = 0.27000000655651102, agree with the exact product)
    assert_eq!(step.to_bits(), 0.120000006556511f64.to_bits());
    let updated: Vec<f64> = hand
        .initial
        .iter()
        .zip(&hand.slopes)
        .map(|(&w, &slope)| if slope < 0.0 { w - step } else { w + step })
        .collect();

    // reversed mapping (§7.7): output k gets candidate output weight num_output − 1 − k
    let expected = [
        updated[0],
        updated[1],
        OUT_W[0][0],
        OUT_W[0][1],
        updated[3] * 0.4,
        OUT_W[1][0],
        OUT_W[1][1],
        updated[2] * 0.4,
    ];
    assert_bits(&net.weights, &expected, "weights after installation");
    assert_eq!(cons(&net), [(0, 0), (0, 0), (0, 2), (2, 5), (5, 8)]);

    for &x in &[-0.8, 1.1] {
        let y = net.run(&[x]).to_vec();
        let by_hand = [
            grown_output_by_hand(&updated[..2], &expected[2..5], x),
            grown_output_by_hand(&updated[..2], &expected[5..8], x),
        ];
        assert_bits(&y, &by_hand, "grown net outputs");
    }
}

// ---------------------------------------------------------------------------------------------
// output phase edge cases (observed with Debian's 2.2.0, tests/differential/*_cascade)

#[test]
fn train_outputs_max_epochs_zero_runs_one_epoch_and_counts_zero() {
    let (mut net, mut rng) = spec_net(3, 1);
    net.params.cascade_max_out_epochs = 0;
    let before = net.weights.clone();
    let epochs =
        xor(false).with(|data| net.train_outputs(data, 0.0, &mut rng, &mut no_events, None));
    assert_eq!(epochs, 0);
    assert_ne!(net.weights, before, "the initial epoch updated the weights");
    assert_eq!(net.params.num_mse, 4);
}

#[test]
fn train_outputs_desired_error_reached_in_the_first_epoch_counts_one() {
    let (mut net, mut rng) = spec_net(3, 1);
    let epochs =
        xor(false).with(|data| net.train_outputs(data, 0.3, &mut rng, &mut no_events, None));
    assert_eq!(epochs, 1);
    assert!(net.params.mse() <= 0.3);
}

/// Not Debian's behaviour: with zero candidates 2.2.0 trains and installs a candidate made
/// of uninitialised memory (valgrind errors, different output on every run). The engine
/// adds nothing and reports `None`, which ends the C main loop like an allocation failure.
#[test]
fn no_candidates_adds_nothing() {
    let (mut net, mut rng) = spec_net(3, 1);
    net.params.cascade_num_candidate_groups = 0;
    let set = xor(false);
    let added = set.with(|data| {
        net.train_outputs(data, 0.0, &mut rng, &mut no_events, None);
        net.add_candidate_neuron(data, &mut rng, &mut no_events, false, None)
    });
    assert_eq!(added, None);
    assert_eq!(net.neurons.len(), 4);
}
