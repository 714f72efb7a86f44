#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    fann_fuzz::check_net::<f32>(data);
});
