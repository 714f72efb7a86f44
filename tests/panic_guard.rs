//! A panic inside an entry point must end as that entry point's failure value, never as an
//! unwind into C or an abort. The `debug-hooks` feature (enabled by `make test`) injects a
//! panic into the next guarded call; a panic escaping an `extern "C"` function would abort
//! this test process, so reaching the assertions is itself part of the proof.

use std::ffi::CString;

use fann::capi::debug_hooks::panic_in_next_entry;
use fann::capi::fann::*;
use fann::capi::fann_cascade::*;
use fann::capi::fann_data::fann_type;
use fann::capi::fann_io::*;
use fann::capi::fann_train::*;
use fann::capi::fann_train_data::*;

fn xor_data() -> *mut fann::capi::fann_train::fann_train_data {
    let data = fann_create_train(4, 2, 1);
    assert!(!data.is_null());
    let rows: [([fann_type; 2], fann_type); 4] = [
        ([-1.0, -1.0], -1.0),
        ([-1.0, 1.0], 1.0),
        ([1.0, -1.0], 1.0),
        ([1.0, 1.0], -1.0),
    ];
    for (i, (input, output)) in rows.iter().enumerate() {
        // SAFETY: `data` came from fann_create_train(4, 2, 1): 4 rows of 2 inputs, 1 output.
        let (ins, outs) = unsafe { (*(*data).input.add(i), *(*data).output.add(i)) };
        // SAFETY: as above, the row pointers address 2 and 1 writable values.
        unsafe {
            *ins = input[0];
            *ins.add(1) = input[1];
            *outs = *output;
        }
    }
    data
}

#[test]
fn injected_panics_become_failure_values() {
    let layers = [2u32, 3, 1];

    panic_in_next_entry();
    assert!(fann_create_standard_array(3, layers.as_ptr()).is_null());

    let ann = fann_create_standard_array(3, layers.as_ptr());
    assert!(
        !ann.is_null(),
        "the network is created once the hook has fired"
    );
    fann_set_activation_function_hidden(ann, 5);
    fann_set_activation_function_output(ann, 5);
    let input: [fann_type; 2] = [1.0, -1.0];

    panic_in_next_entry();
    assert!(fann_run(ann, input.as_ptr() as *mut fann_type).is_null());
    let out = fann_run(ann, input.as_ptr() as *mut fann_type);
    assert!(!out.is_null());
    // SAFETY: fann_run returned the network's output array of one value.
    let before = unsafe { *out };

    let data = xor_data();
    panic_in_next_entry();
    assert_eq!(fann_train_epoch(ann, data), 0.0);
    // The failed epoch changed nothing: the same input gives the same output.
    // SAFETY (here and below): fann_run returns the non-NULL one-value output array.
    let again = unsafe { *fann_run(ann, input.as_ptr() as *mut fann_type) };
    assert_eq!(before.to_bits(), again.to_bits());

    panic_in_next_entry();
    fann_train_on_data(ann, data, 10, 0, 0.0);
    let unchanged = unsafe { *fann_run(ann, input.as_ptr() as *mut fann_type) };
    assert_eq!(before.to_bits(), unchanged.to_bits());
    assert!(fann_train_epoch(ann, data) > 0.0);

    let dir = std::env::temp_dir().join(format!("fann_panic_guard_{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = CString::new(dir.join("net.net").to_str().unwrap()).unwrap();
    panic_in_next_entry();
    assert_eq!(fann_save(ann, path.as_ptr()), -1);
    assert!(
        !dir.join("net.net").exists(),
        "a failed save writes nothing"
    );
    assert_eq!(fann_save(ann, path.as_ptr()), 0);
    panic_in_next_entry();
    assert!(fann_create_from_file(path.as_ptr()).is_null());
    let loaded = fann_create_from_file(path.as_ptr());
    assert!(!loaded.is_null());
    fann_destroy(loaded);

    let train_path = CString::new(dir.join("xor.data").to_str().unwrap()).unwrap();
    assert_eq!(fann_save_train(data, train_path.as_ptr()), 0);
    panic_in_next_entry();
    assert!(fann_read_train_from_file(train_path.as_ptr()).is_null());

    let shortcut = fann_create_shortcut_array(2, [2u32, 1].as_ptr());
    fann_set_training_algorithm(shortcut, 2);
    panic_in_next_entry();
    fann_cascadetrain_on_data(shortcut, data, 3, 0, 0.0);
    assert_eq!(
        fann_get_total_neurons(shortcut),
        4,
        "the failed call grew nothing"
    );
    fann_cascadetrain_on_data(shortcut, data, 1, 0, 0.0);
    assert_eq!(fann_get_total_neurons(shortcut), 5);

    panic_in_next_entry();
    fann_destroy_train(data);
    // The injected panic fired before anything was freed; free it for real now.
    fann_destroy_train(data);
    fann_destroy(shortcut);
    fann_destroy(ann);
    std::fs::remove_dir_all(&dir).unwrap();
}
