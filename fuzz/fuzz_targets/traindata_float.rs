#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    fann_fuzz::check_train::<f32>(data);
});
