//! Compiles the C shim for FANN's variadic functions and, when `FANN_HEADER_DIR` is set,
//! generates FANN's headers there: each `headers/<name>.in` template with the cbindgen
//! declarations of its `src/capi` modules in place of its `@DECLARATIONS@` line.

use std::path::{Path, PathBuf};

const HEADERS: [&str; 13] = [
    "fann.h",
    "floatfann.h",
    "doublefann.h",
    "fixedfann.h",
    "fann_data.h",
    "fann_error.h",
    "fann_activation.h",
    "fann_train.h",
    "fann_io.h",
    "fann_cascade.h",
    "fann_internal.h",
    "parallel_fann.h",
    "fann_cpp.h",
];

/// Struct types of the C API: referenced as `struct <name>`.
const STRUCTS: [&str; 6] = [
    "fann",
    "fann_train_data",
    "fann_neuron",
    "fann_layer",
    "fann_error",
    "fann_connection",
];

/// Enumeration types (plain integers in Rust, `enum <name>` in C, defined in the templates).
const ENUMS: [&str; 6] = [
    "fann_errno_enum",
    "fann_train_enum",
    "fann_activationfunc_enum",
    "fann_errorfunc_enum",
    "fann_stopfunc_enum",
    "fann_nettype_enum",
];

/// Exported but, as in FANN, not declared in any header.
const UNDECLARED: [&str; 25] = [
    "fann_default_error_log",
    "FANN_SEED_RAND",
    "fann_create_from_fd_1_1",
    "fann_rs_error_format",
    "fann_rs_report_error",
    "fann_get_layer",
    "fann_get_neuron",
    "fann_get_neuron_layer",
    "fann_get_callback",
    "fann_print_connections_raw",
    "fann_update_MSE",
    "fann_scale_data",
    "fann_train_epoch_batch",
    "fann_train_epoch_incremental",
    "fann_train_epoch_irpropm",
    "fann_train_epoch_quickprop",
    "fann_train_epoch_sarprop",
    "fann_add_layer",
    "fann_add_candidate_neuron",
    "fann_update_candidate_slopes",
    "fann_update_candidate_weights",
    "initialize_candidate_weights",
    "fann_reallocate_neurons",
    "fann_reallocate_connections",
    "fann_get_min_max_data",
];

fn main() {
    println!("cargo:rerun-if-changed=csrc/variadic.c");
    cc::Build::new()
        .file("csrc/variadic.c")
        .warnings(true)
        .extra_warnings(true)
        .flag_if_supported("-std=c99")
        .compile("fann_variadic");

    println!("cargo:rerun-if-env-changed=FANN_HEADER_DIR");
    if let Some(dir) = std::env::var_os("FANN_HEADER_DIR") {
        println!("cargo:rerun-if-changed=src/capi");
        println!("cargo:rerun-if-changed=headers");
        let out = PathBuf::from(dir);
        std::fs::create_dir_all(&out).expect("create FANN_HEADER_DIR");
        for header in HEADERS {
            let text = render(header);
            std::fs::write(out.join(header), text).expect("write header");
        }
    }
}

/// The C-layer modules whose declarations a header carries.
fn modules_of(header: &str) -> &'static [&'static str] {
    match header {
        "fann.h" => &["fann.rs"],
        "fann_data.h" => &["fann_data.rs"],
        "fann_error.h" => &["fann_error.rs"],
        "fann_train.h" => &["fann_train.rs", "fann_train_data.rs"],
        "fann_io.h" => &["fann_io.rs"],
        "fann_cascade.h" => &["fann_cascade.rs"],
        "fann_internal.h" => &["fann_internal.rs"],
        "parallel_fann.h" => &["parallel_fann.rs"],
        _ => &[],
    }
}

fn render(header: &str) -> String {
    // Headers without declarations of ours (the C++ wrapper) are taken as they are.
    let template_path = Path::new("headers").join(format!("{header}.in"));
    let template = std::fs::read_to_string(&template_path)
        .or_else(|_| std::fs::read_to_string(Path::new("headers").join(header)))
        .expect("read header template");
    let declarations: String = modules_of(header)
        .iter()
        .map(|m| generate(&Path::new("src/capi").join(m)))
        .collect();
    template.replace("@DECLARATIONS@", declarations.trim())
}

/// cbindgen's declarations for one C-layer module.
fn generate(module: &Path) -> String {
    let mut config = cbindgen::Config {
        language: cbindgen::Language::C,
        style: cbindgen::Style::Tag,
        no_includes: true,
        cpp_compat: false,
        documentation: true,
        documentation_style: cbindgen::DocumentationStyle::C,
        ..Default::default()
    };
    config.function.prefix = Some("FANN_EXTERNAL".to_string());
    config.layout.packed = Some("__attribute__((packed))".to_string());
    config.defines = [
        ("feature = fixed", "FIXEDFANN"),
        ("feature = double", "DOUBLEFANN"),
        ("feature = float", "FLOATFANN"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    let defined_here = std::fs::read_to_string(module).expect("read module");
    for name in STRUCTS {
        // Structs defined in this module get cbindgen's tag style; others are only named.
        if defined_here.contains(&format!("pub struct {name} {{")) {
            // Types are only emitted when a function uses them, unless listed here.
            config.export.include.push(name.to_string());
        } else {
            config
                .export
                .rename
                .insert(name.to_string(), format!("struct {name}"));
        }
    }
    for name in ENUMS {
        config
            .export
            .rename
            .insert(name.to_string(), format!("enum {name}"));
        config.export.exclude.push(name.to_string());
    }
    if defined_here.contains("pub type fann_callback_type") {
        config.export.include.push("fann_callback_type".to_string());
    }
    config.export.exclude.push("fann_type".to_string());
    config
        .export
        .exclude
        .extend(UNDECLARED.iter().map(|s| s.to_string()));
    let mut out = Vec::new();
    cbindgen::Builder::new()
        .with_config(config)
        .with_src(module)
        .generate()
        .expect("cbindgen")
        .write(&mut out);
    // cbindgen puts the `;` of a cfg-gated field after its `#endif`, which leaves a stray
    // `;` in the struct (a -pedantic error) when the condition is false.
    String::from_utf8(out)
        .expect("utf-8")
        .replace("\n#endif\n  ;", ";\n#endif")
}
