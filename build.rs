//! Compiles the C shim for FANN's variadic functions.

fn main() {
    println!("cargo:rerun-if-changed=csrc/variadic.c");
    cc::Build::new()
        .file("csrc/variadic.c")
        .warnings(true)
        .extra_warnings(true)
        .flag_if_supported("-std=c99")
        .compile("fann_variadic");
}
