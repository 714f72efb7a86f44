//! The Rust quick start of README.md, kept compiling and working.

use fann::engine::train::Patterns;
use fann::engine::{GlibcRand, Limits, Network};

#[test]
fn readme_quick_start_learns_xor() {
    let mut rng = GlibcRand::new(1);
    let mut net = Network::<f64>::new_standard(&[2, 6, 1], &mut rng, &Limits::default()).unwrap();
    net.set_activation_function_hidden(fann::engine::activation::id::SIGMOID_SYMMETRIC);
    net.set_activation_function_output(fann::engine::activation::id::SIGMOID_SYMMETRIC);
    let inputs: Vec<&[f64]> = vec![&[-1.0, -1.0], &[-1.0, 1.0], &[1.0, -1.0], &[1.0, 1.0]];
    let outputs: Vec<&[f64]> = vec![&[-1.0], &[1.0], &[1.0], &[-1.0]];
    let data = Patterns {
        inputs: &inputs,
        outputs: &outputs,
    };
    let mut mse = 1.0;
    for _ in 0..1000 {
        mse = net.train_epoch(&data, &mut rng, &mut |_| {});
    }
    assert!(mse < 0.01, "mse {mse}");
    assert!(net.run(&[1.0, -1.0])[0] > 0.5);
    assert!(net.run(&[1.0, 1.0])[0] < -0.5);
}
