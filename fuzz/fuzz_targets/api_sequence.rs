#![no_main]
//! Random sequences of API calls on small networks (create, parameters with arbitrary
//! values, run, train with every algorithm, test, scale, save and reload, cascade): none
//! may panic, hang or blow up memory, and the exact pass with the C layer's inline `exp`
//! must give the built-in pass's bits.

use fann::engine::network::train_alg;
use fann::engine::scaling::Side;
use fann::engine::train::Patterns;
use fann::engine::{netfile, GlibcRand, Limits, Network};
use libfuzzer_sys::fuzz_target;

struct Bytes<'a>(&'a [u8]);

impl Bytes<'_> {
    fn u8(&mut self) -> u8 {
        let (first, rest) = self.0.split_first().map_or((0, &[][..]), |(f, r)| (*f, r));
        self.0 = rest;
        first
    }
    fn f32(&mut self) -> f32 {
        f32::from_bits(u32::from_le_bytes([self.u8(), self.u8(), self.u8(), self.u8()]))
    }
    fn small(&mut self, max: u8) -> u32 {
        u32::from(self.u8() % max)
    }
}

fuzz_target!(|data: &[u8]| {
    let mut b = Bytes(data);
    let limits = Limits { max_bytes: 1 << 24 };
    let mut rng = GlibcRand::new(u32::from(b.u8()));
    let num_layers = 2 + b.small(3) as usize;
    let layers: Vec<u32> = (0..num_layers).map(|_| 1 + b.small(5)).collect();
    let built = match b.u8() % 3 {
        0 => Network::<f32>::new_standard(&layers, &mut rng, &limits),
        1 => Network::<f32>::new_sparse(b.f32(), &layers, &mut rng, &limits),
        _ => Network::<f32>::new_shortcut(&layers, &mut rng, &limits),
    };
    let Ok(mut net) = built else {
        return;
    };
    let (ni, no) = (net.num_input as usize, net.num_output as usize);
    let rows = 1 + b.small(6) as usize;
    let inputs: Vec<Vec<f32>> = (0..rows).map(|_| (0..ni).map(|_| b.f32()).collect()).collect();
    let outputs: Vec<Vec<f32>> = (0..rows).map(|_| (0..no).map(|_| b.f32()).collect()).collect();
    let ins: Vec<&[f32]> = inputs.iter().map(|r| &r[..]).collect();
    let outs: Vec<&[f32]> = outputs.iter().map(|r| &r[..]).collect();
    let patterns = Patterns { inputs: &ins, outputs: &outs };
    for _ in 0..16 {
        match b.u8() % 12 {
            0 => net.params.learning_rate = b.f32(),
            1 => net.params.training_algorithm = b.small(6),
            2 => net.params.train_error_function = b.small(2),
            3 => net.set_activation_function_hidden(b.small(22)),
            4 => net.set_activation_steepness_output(b.f32()),
            5 => {
                // The C layer's inline-`exp` exact pass must equal the built-in one bit
                // for bit (NaN for NaN), on every neuron.
                if let Some(inline) = fann::capi::installed_exact_forward() {
                    let mut other = net.clone();
                    other.exact_forward = Some(inline);
                    let _ = other.run(&ins[0]);
                    let _ = net.run(&ins[0]);
                    let same =
                        |a: f32, b: f32| a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan());
                    for (x, y) in net.neurons.iter().zip(&other.neurons) {
                        let (xs, ys, xv, yv) = (x.sum, y.sum, x.value, y.value);
                        assert!(same(xs, ys) && same(xv, yv), "inline exp pass differs");
                    }
                } else {
                    let _ = net.run(&ins[0]);
                }
            }
            6 => {
                let _ = net.train_epoch(&patterns, &mut rng, &mut |_| {});
            }
            7 => {
                let _ = net.test_data(&patterns, &mut |_| {});
            }
            8 => {
                net.set_scaling_params(Side::Input, &ins, b.f32(), b.f32());
                let mut v = inputs[0].clone();
                let _ = net.scale(Side::Input, &mut v);
                let _ = net.descale(Side::Input, &mut v);
            }
            9 => {
                let text = netfile::save_text(&net);
                if let Ok(again) = netfile::parse_net::<f32>(text.as_bytes(), "f.net", &limits) {
                    net = again;
                }
            }
            10 => {
                if net.network_type == fann::engine::network::nettype::SHORTCUT && net.neurons.len() < 40 {
                    net.params.cascade_max_out_epochs = 3;
                    net.params.cascade_max_cand_epochs = 3;
                    net.params.training_algorithm = train_alg::RPROP;
                    net.train_outputs(
                        &patterns,
                        0.0,
                        &mut rng,
                        &mut |_| {},
                        Some(&fann::engine::fast::NaiveGemm),
                    );
                    let _ = net.add_candidate_neuron(
                        &patterns,
                        &mut rng,
                        &mut |_| {},
                        true,
                        Some(&fann::engine::fast::NaiveGemm),
                    );
                }
            }
            _ => {
                let _ = net.run_fast(&ins[0], &fann::engine::fast::NaiveGemm);
            }
        }
    }
});
