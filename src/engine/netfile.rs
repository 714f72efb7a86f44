//! FANN's network file (`.net`): the writer (`fann_save`, `fann_save_to_fixed`) and the
//! reader (`fann_create_from_file`), byte-compatible with FANN 2.2.0 (formats.md 1).
//! Numbers are always written and read in the C locale.

use std::fmt::Write;

use super::cfmt::{fixed, sci};
use super::create::Limits;
use super::error::FannError;
use super::network::{nettype, FixedPoint, Network, Scaling};
use super::num::{c_double_to_int, FannNum, NumKind};
use super::scan::{Literal, Scanner};

pub const FLO_VERSION: &str = "FANN_FLO_2.1";
pub const FIX_VERSION: &str = "FANN_FIX_2.0";

/// Largest decimal point a fixed-point file may carry (`1 << dp` must fit an `int`).
const MAX_DECIMAL_POINT: u32 = 30;

/// How values of the number type are written.
enum Encoding {
    /// `%.20e` of the value widened to double.
    Float,
    /// The fixed-point integers themselves, `%d`.
    Native,
    /// Float values converted with multiplier `m`: `(int)floor(x*m + 0.5)`.
    Converted { multiplier: u32 },
}

impl Encoding {
    /// A parameter or steepness (`%u` in converted files, where negatives wrap).
    fn param<T: FannNum>(&self, x: T) -> String {
        match self {
            Encoding::Float => sci(x.to_f64(), 20),
            Encoding::Native => (x.to_f64() as i32).to_string(),
            Encoding::Converted { multiplier } => (convert(x, *multiplier) as u32).to_string(),
        }
    }

    /// A weight (`%d` in converted files).
    fn weight<T: FannNum>(&self, x: T) -> String {
        match self {
            Encoding::Converted { multiplier } => convert(x, *multiplier).to_string(),
            _ => self.param(x),
        }
    }
}

/// `fix(x)`: the product in the number type's precision, then `floor(+0.5)` in double and
/// C's `(int)` conversion.
fn convert<T: FannNum>(x: T, multiplier: u32) -> i32 {
    let product = match T::KIND {
        NumKind::Float => (x.to_f32() * multiplier as f32) as f64,
        _ => x.to_f64() * multiplier as f64,
    };
    c_double_to_int((product + 0.5).floor())
}

/// The text `fann_save` writes: `FANN_FLO_2.1` for float/double nets, the net's own
/// integers under `FANN_FIX_2.0` for fixed-point nets.
pub fn save_text<T: FannNum>(net: &Network<T>) -> String {
    if T::KIND == NumKind::Fixed {
        write_net(net, &Encoding::Native, net.fixed.decimal_point)
    } else {
        write_net(net, &Encoding::Float, 0)
    }
}

/// The text `fann_save_to_fixed` writes and its return value: the decimal point FANN chooses
/// (possibly negative, in which case 0 is used). Fixed-point nets save as they are and 0.
pub fn save_fixed_text<T: FannNum>(net: &Network<T>) -> (String, i32) {
    if T::KIND == NumKind::Fixed {
        return (save_text(net), 0);
    }
    let calculated = fixed_decimal_point(net);
    let dp = calculated.max(0) as u32;
    let text = write_net(
        net,
        &Encoding::Converted {
            multiplier: 1 << dp,
        },
        dp,
    );
    (text, calculated)
}

/// FANN's decimal point for a conversion to fixed point: as many fraction bits as the
/// largest per-neuron sum of absolute weights leaves in a 31-bit integer, halved.
fn fixed_decimal_point<T: FannNum>(net: &Network<T>) -> i32 {
    let mut max = 0f64;
    for layer in net.layers.iter().skip(1) {
        for n in &net.neurons[layer.first..layer.last] {
            let (first, last) = (n.first_con as usize, n.last_con as usize);
            let weights = net.weights.get(first..last).unwrap_or(&[]);
            // Accumulated in the number type's precision, as FANN does.
            let sum = if T::KIND == NumKind::Float {
                weights.iter().fold(0f32, |s, w| s + w.to_f32().abs()) as f64
            } else {
                weights.iter().fold(0f64, |s, w| s + w.to_f64().abs())
            };
            if sum > max {
                max = sum;
            }
        }
    }
    // FANN halves until below 1 (forever for an infinite sum; capped here).
    let mut bits: u64 = 0;
    while max >= 1.0 && bits < 2000 {
        max /= 2.0;
        bits += 1;
    }
    // ((sizeof(int) * 8 - 2) - bits) / 2 in unsigned 64-bit arithmetic, truncated to int.
    (30u64.wrapping_sub(bits) / 2) as i32
}

fn write_net<T: FannNum>(net: &Network<T>, enc: &Encoding, decimal_point: u32) -> String {
    let p = &net.params;
    let f = |x: f32| fixed(x as f64, 6, 0);
    let mut s = String::new();
    let float_file = matches!(enc, Encoding::Float);
    if float_file {
        s.push_str(FLO_VERSION);
        s.push('\n');
    } else {
        let _ = writeln!(s, "{FIX_VERSION}\ndecimal_point={decimal_point}");
    }
    let _ = writeln!(s, "num_layers={}", net.layers.len() as i32);
    let _ = writeln!(s, "learning_rate={}", f(p.learning_rate));
    let _ = writeln!(s, "connection_rate={}", f(net.connection_rate));
    let _ = writeln!(s, "network_type={}", net.network_type);
    let _ = writeln!(s, "learning_momentum={}", f(p.learning_momentum));
    let _ = writeln!(s, "training_algorithm={}", p.training_algorithm);
    let _ = writeln!(s, "train_error_function={}", p.train_error_function);
    let _ = writeln!(s, "train_stop_function={}", p.train_stop_function);
    let _ = writeln!(
        s,
        "cascade_output_change_fraction={}",
        f(p.cascade_output_change_fraction)
    );
    let _ = writeln!(s, "quickprop_decay={}", f(p.quickprop_decay));
    let _ = writeln!(s, "quickprop_mu={}", f(p.quickprop_mu));
    let _ = writeln!(s, "rprop_increase_factor={}", f(p.rprop_increase_factor));
    let _ = writeln!(s, "rprop_decrease_factor={}", f(p.rprop_decrease_factor));
    let _ = writeln!(s, "rprop_delta_min={}", f(p.rprop_delta_min));
    let _ = writeln!(s, "rprop_delta_max={}", f(p.rprop_delta_max));
    let _ = writeln!(s, "rprop_delta_zero={}", f(p.rprop_delta_zero));
    let _ = writeln!(
        s,
        "cascade_output_stagnation_epochs={}",
        p.cascade_output_stagnation_epochs
    );
    let _ = writeln!(
        s,
        "cascade_candidate_change_fraction={}",
        f(p.cascade_candidate_change_fraction)
    );
    let _ = writeln!(
        s,
        "cascade_candidate_stagnation_epochs={}",
        p.cascade_candidate_stagnation_epochs
    );
    let _ = writeln!(s, "cascade_max_out_epochs={}", p.cascade_max_out_epochs);
    let _ = writeln!(s, "cascade_min_out_epochs={}", p.cascade_min_out_epochs);
    let _ = writeln!(s, "cascade_max_cand_epochs={}", p.cascade_max_cand_epochs);
    let _ = writeln!(s, "cascade_min_cand_epochs={}", p.cascade_min_cand_epochs);
    let _ = writeln!(
        s,
        "cascade_num_candidate_groups={}",
        p.cascade_num_candidate_groups
    );
    let _ = writeln!(s, "bit_fail_limit={}", enc.param(p.bit_fail_limit));
    let _ = writeln!(
        s,
        "cascade_candidate_limit={}",
        enc.param(p.cascade_candidate_limit)
    );
    let _ = writeln!(
        s,
        "cascade_weight_multiplier={}",
        enc.param(p.cascade_weight_multiplier)
    );
    let _ = writeln!(
        s,
        "cascade_activation_functions_count={}",
        p.cascade_activation_functions.len()
    );
    s.push_str("cascade_activation_functions=");
    for func in &p.cascade_activation_functions {
        let _ = write!(s, "{func} ");
    }
    let _ = write!(
        s,
        "\ncascade_activation_steepnesses_count={}\ncascade_activation_steepnesses=",
        p.cascade_activation_steepnesses.len()
    );
    for &st in &p.cascade_activation_steepnesses {
        let _ = write!(s, "{} ", enc.param(st));
    }
    s.push_str("\nlayer_sizes=");
    for l in &net.layers {
        let _ = write!(s, "{} ", l.len() as i32);
    }
    s.push('\n');
    if float_file {
        write_scaling(&mut s, net.scaling.as_ref());
    }
    s.push_str("neurons (num_inputs, activation_function, activation_steepness)=");
    for n in &net.neurons {
        let (func, steep) = (n.activation_function, n.activation_steepness);
        let _ = write!(
            s,
            "({}, {}, {}) ",
            n.num_connections(),
            func,
            enc.param(steep)
        );
    }
    s.push_str("\nconnections (connected_to_neuron, weight)=");
    for (&src, &w) in net.source_table().iter().zip(&net.weights) {
        let _ = write!(s, "({}, {}) ", src as i32, enc.weight(w));
    }
    s.push('\n');
    s
}

fn write_scaling(s: &mut String, scaling: Option<&Scaling>) {
    let Some(sc) = scaling else {
        s.push_str("scale_included=0\n");
        return;
    };
    s.push_str("scale_included=1\n");
    let arrays: [(&str, &Vec<f32>); 8] = [
        ("scale_mean_in", &sc.mean_in),
        ("scale_deviation_in", &sc.deviation_in),
        ("scale_new_min_in", &sc.new_min_in),
        ("scale_factor_in", &sc.factor_in),
        ("scale_mean_out", &sc.mean_out),
        ("scale_deviation_out", &sc.deviation_out),
        ("scale_new_min_out", &sc.new_min_out),
        ("scale_factor_out", &sc.factor_out),
    ];
    for (name, values) in arrays {
        let _ = write!(s, "{name}=");
        for &v in values {
            let _ = write!(s, "{} ", fixed(v as f64, 6, 0));
        }
        s.push('\n');
    }
}

/// Why a file did not load: FANN's error, or `None` where FANN fails without a message
/// (fewer than two layers).
pub type LoadError = Option<FannError>;

/// Parses a network file (the whole content of `name`).
pub fn parse_net<T: FannNum>(
    bytes: &[u8],
    name: &str,
    limits: &Limits,
) -> Result<Network<T>, LoadError> {
    // FANN compares the first 13 bytes with the version line; a CRLF file is accepted here
    // too (its version line is one byte longer).
    let crlf = bytes.len() > 13 && bytes[12] == b'\r' && bytes[13] == b'\n';
    let (head, body) = if crlf {
        (&bytes[..12], &bytes[14..])
    } else {
        let n = bytes.len().min(13);
        (&bytes[..n.min(12)], &bytes[n..])
    };
    // The version line without its line end; FANN's 13th byte must be '\n'.
    let newline_ok = crlf || bytes.get(12) == Some(&b'\n');
    let sc = Scanner::new(body);
    let version: &[u8] = if newline_ok { head } else { &[] };
    let wrong = || Some(FannError::WrongConfigVersion(name.to_string()));
    let (current, legacy): (&[&[u8]], &[u8]) = if T::KIND == NumKind::Fixed {
        (&[b"FANN_FIX_2.0", b"FANN_FIX_2.1"], b"FANN_FIX_1.1")
    } else {
        (&[b"FANN_FLO_2.1", b"FANN_FLO_2.0"], b"FANN_FLO_1.1")
    };
    if current.contains(&version) {
        Reader { sc, name, limits }.current()
    } else if version == legacy {
        Reader { sc, name, limits }.legacy()
    } else {
        Err(wrong())
    }
}

/// Parses the body of a 1.1 file whose version line was already consumed
/// (`fann_create_from_fd_1_1`).
pub fn parse_net_legacy_body<T: FannNum>(
    body: &[u8],
    name: &str,
    limits: &Limits,
) -> Result<Network<T>, LoadError> {
    Reader {
        sc: Scanner::new(body),
        name,
        limits,
    }
    .legacy()
}

struct Reader<'a> {
    sc: Scanner<'a>,
    name: &'a str,
    limits: &'a Limits,
}

impl Reader<'_> {
    fn config_error(&self, key: &str) -> LoadError {
        Some(FannError::CantReadConfig(
            key.to_string(),
            self.name.to_string(),
        ))
    }

    /// Error 11 when FANN's allocation of `bytes` would exceed the memory limit.
    fn affordable(&self, bytes: u64) -> Result<(), LoadError> {
        if bytes > self.limits.max_bytes {
            return Err(Some(FannError::CantAllocateMem));
        }
        Ok(())
    }

    /// As `affordable`, and 0 bytes fails too (glibc's `realloc(p, 0)` returns NULL).
    fn affordable_nonzero(&self, bytes: u64) -> Result<(), LoadError> {
        if bytes == 0 {
            return Err(Some(FannError::CantAllocateMem));
        }
        self.affordable(bytes)
    }

    /// The `") "` that ends a tuple. FANN's `fscanf` has stored every value before it meets
    /// the `)`, so a missing one is no error; the whitespace after it is only skipped when
    /// the `)` is there.
    fn close_tuple(&mut self) {
        if self.sc.literal(")") {
            self.sc.skip_space();
        }
    }

    fn neuron_error(&self) -> LoadError {
        Some(FannError::CantReadNeuron(self.name.to_string()))
    }

    fn connection_error(&self) -> LoadError {
        Some(FannError::CantReadConnections(self.name.to_string()))
    }

    /// `<key>=%u\n`
    fn key_u32(&mut self, key: &str) -> Result<u32, LoadError> {
        if self.sc.literal(key) && self.sc.literal("=") {
            if let Some(v) = self.sc.uint() {
                self.sc.skip_space();
                return Ok(v);
            }
        }
        Err(self.config_error(key))
    }

    /// `<key>=%f\n` (a C `float`).
    fn key_f32(&mut self, key: &str) -> Result<f32, LoadError> {
        if self.sc.literal(key) && self.sc.literal("=") {
            if let Some(v) = self.sc.float() {
                self.sc.skip_space();
                return Ok(v);
            }
        }
        Err(self.config_error(key))
    }

    /// One value of the number type (FANNSCANF).
    fn value<T: FannNum>(&mut self) -> Option<T> {
        match T::KIND {
            NumKind::Float => self.sc.float().map(T::from_f32),
            NumKind::Double => self.sc.double().map(T::from_f64),
            NumKind::Fixed => self.sc.int().map(|v| T::from_f64(v as f64)),
        }
    }

    /// `<key>=<FANNSCANF>\n`
    fn key_value<T: FannNum>(&mut self, key: &str) -> Result<T, LoadError> {
        if self.sc.literal(key) && self.sc.literal("=") {
            if let Some(v) = self.value::<T>() {
                self.sc.skip_space();
                return Ok(v);
            }
        }
        Err(self.config_error(key))
    }

    /// FANN's `fann_skip("<key>=")`: the input ending inside it is error 4 naming `<key>=`;
    /// a mismatch is no error by itself (the next read fails instead) - here it is reported
    /// at once as the error that next read gives for lists, `<key>`.
    fn skip_key(&mut self, key: &str) -> Result<(), LoadError> {
        let full = format!("{key}=");
        match self.sc.literal_or_eof(&full) {
            Literal::Matched => Ok(()),
            Literal::Eof => Err(self.config_error(&full)),
            Literal::Mismatch => Err(self.config_error(key)),
        }
    }

    /// The key of a tuple list: the input ending inside it is error 4 naming the key, a
    /// mismatch is the error the first tuple would give (`mismatch`).
    fn skip_tuple_key(&mut self, key: &str, mismatch: LoadError) -> Result<(), LoadError> {
        match self.sc.literal_or_eof(key) {
            Literal::Matched => Ok(()),
            Literal::Eof => Err(self.config_error(key)),
            Literal::Mismatch => Err(mismatch),
        }
    }

    /// `<key>=` followed by `count` items read by `item`, each followed by whitespace. The
    /// count is bounded by the bytes left (every item takes at least two).
    fn list<V>(
        &mut self,
        key: &str,
        count: u32,
        mut item: impl FnMut(&mut Scanner) -> Option<V>,
    ) -> Result<Vec<V>, LoadError> {
        self.skip_key(key)?;
        if count as usize > self.sc.remaining() / 2 + 1 {
            return Err(self.config_error(key));
        }
        let mut out = Vec::with_capacity(count as usize);
        for _ in 0..count {
            match item(&mut self.sc) {
                Some(v) => {
                    self.sc.skip_space();
                    out.push(v);
                }
                None => return Err(self.config_error(key)),
            }
        }
        Ok(out)
    }

    fn current<T: FannNum>(mut self) -> Result<Network<T>, LoadError> {
        let fixed = if T::KIND == NumKind::Fixed {
            let dp = self.key_u32("decimal_point")?;
            if dp > MAX_DECIMAL_POINT {
                return Err(self.config_error("decimal_point"));
            }
            Some(FixedPoint::new(dp))
        } else {
            None
        };
        let num_layers = self.key_u32("num_layers")?;
        // FANN allocates the layer array right here: too few layers fail silently, too many
        // fail with error 11.
        if num_layers < 2 {
            return Err(None);
        }
        self.affordable(num_layers as u64 * 16)?;
        let learning_rate = self.key_f32("learning_rate")?;
        let connection_rate = self.key_f32("connection_rate")?;
        let network_type = self.key_u32("network_type")?;
        let learning_momentum = self.key_f32("learning_momentum")?;
        let training_algorithm = self.key_u32("training_algorithm")?;
        let train_error_function = self.key_u32("train_error_function")?;
        let train_stop_function = self.key_u32("train_stop_function")?;
        let cascade_output_change_fraction = self.key_f32("cascade_output_change_fraction")?;
        let quickprop_decay = self.key_f32("quickprop_decay")?;
        let quickprop_mu = self.key_f32("quickprop_mu")?;
        let rprop_increase_factor = self.key_f32("rprop_increase_factor")?;
        let rprop_decrease_factor = self.key_f32("rprop_decrease_factor")?;
        let rprop_delta_min = self.key_f32("rprop_delta_min")?;
        let rprop_delta_max = self.key_f32("rprop_delta_max")?;
        let rprop_delta_zero = self.key_f32("rprop_delta_zero")?;
        let cascade_output_stagnation_epochs = self.key_u32("cascade_output_stagnation_epochs")?;
        let cascade_candidate_change_fraction =
            self.key_f32("cascade_candidate_change_fraction")?;
        let cascade_candidate_stagnation_epochs =
            self.key_u32("cascade_candidate_stagnation_epochs")?;
        let cascade_max_out_epochs = self.key_u32("cascade_max_out_epochs")?;
        let cascade_min_out_epochs = self.key_u32("cascade_min_out_epochs")?;
        let cascade_max_cand_epochs = self.key_u32("cascade_max_cand_epochs")?;
        let cascade_min_cand_epochs = self.key_u32("cascade_min_cand_epochs")?;
        let cascade_num_candidate_groups = self.key_u32("cascade_num_candidate_groups")?;
        let bit_fail_limit = self.key_value::<T>("bit_fail_limit")?;
        let cascade_candidate_limit = self.key_value::<T>("cascade_candidate_limit")?;
        let cascade_weight_multiplier = self.key_value::<T>("cascade_weight_multiplier")?;
        let functions_count = self.key_u32("cascade_activation_functions_count")?;
        // FANN reallocates the array to the count; `realloc(p, 0)` fails like a huge one.
        self.affordable_nonzero(functions_count as u64 * 4)?;
        let functions = self.list("cascade_activation_functions", functions_count, |s| {
            s.uint()
        })?;
        let steepnesses_count = self.key_u32("cascade_activation_steepnesses_count")?;
        self.affordable_nonzero(steepnesses_count as u64 * T::SIZE as u64)?;
        let steepnesses = {
            let key = "cascade_activation_steepnesses";
            self.skip_key(key)?;
            if steepnesses_count as usize > self.sc.remaining() / 2 + 1 {
                return Err(self.config_error(key));
            }
            let mut v = Vec::with_capacity(steepnesses_count as usize);
            for _ in 0..steepnesses_count {
                let x = self.value::<T>().ok_or_else(|| self.config_error(key))?;
                self.sc.skip_space();
                v.push(x);
            }
            v
        };
        let sizes = self.list("layer_sizes", num_layers, |s| s.uint())?;
        // FANN's later versions refuse empty layers; 2.2.0 would divide by zero later.
        if sizes.contains(&0) {
            return Err(self.config_error("layer_sizes"));
        }
        let scaling = if T::KIND == NumKind::Fixed {
            None
        } else {
            self.scaling(&sizes, network_type)?
        };

        let mut net =
            self.neurons_and_connections::<T>(&sizes, network_type, connection_rate, fixed)?;
        net.connection_rate = connection_rate;
        net.scaling = scaling;
        let p = &mut net.params;
        p.learning_rate = learning_rate;
        p.learning_momentum = learning_momentum;
        p.training_algorithm = training_algorithm;
        p.train_error_function = train_error_function;
        p.train_stop_function = train_stop_function;
        p.cascade_output_change_fraction = cascade_output_change_fraction;
        p.quickprop_decay = quickprop_decay;
        p.quickprop_mu = quickprop_mu;
        p.rprop_increase_factor = rprop_increase_factor;
        p.rprop_decrease_factor = rprop_decrease_factor;
        p.rprop_delta_min = rprop_delta_min;
        p.rprop_delta_max = rprop_delta_max;
        p.rprop_delta_zero = rprop_delta_zero;
        p.cascade_output_stagnation_epochs = cascade_output_stagnation_epochs;
        p.cascade_candidate_change_fraction = cascade_candidate_change_fraction;
        p.cascade_candidate_stagnation_epochs = cascade_candidate_stagnation_epochs;
        p.cascade_max_out_epochs = cascade_max_out_epochs;
        p.cascade_min_out_epochs = cascade_min_out_epochs;
        p.cascade_max_cand_epochs = cascade_max_cand_epochs;
        p.cascade_min_cand_epochs = cascade_min_cand_epochs;
        p.cascade_num_candidate_groups = cascade_num_candidate_groups;
        p.bit_fail_limit = bit_fail_limit;
        p.cascade_candidate_limit = cascade_candidate_limit;
        p.cascade_weight_multiplier = cascade_weight_multiplier;
        p.cascade_activation_functions = functions;
        p.cascade_activation_steepnesses = steepnesses;
        Ok(net)
    }

    /// The optional scale block of float files.
    fn scaling(&mut self, sizes: &[u32], network_type: u32) -> Result<Option<Scaling>, LoadError> {
        // `scale_included=%u` is tried once; text that does not match is skipped over.
        let included = self.sc.literal("scale_included=") && {
            let v = self.sc.uint();
            self.sc.skip_space();
            v == Some(1)
        };
        if !included {
            return Ok(None);
        }
        let num_input = sizes[0].wrapping_sub(1);
        let last = sizes[sizes.len() - 1];
        let num_output = if network_type == nettype::LAYER {
            last.wrapping_sub(1)
        } else {
            last
        };
        let mut arrays: Vec<Vec<f32>> = Vec::with_capacity(8);
        for (name, count) in [
            ("scale_mean_in", num_input),
            ("scale_deviation_in", num_input),
            ("scale_new_min_in", num_input),
            ("scale_factor_in", num_input),
            ("scale_mean_out", num_output),
            ("scale_deviation_out", num_output),
            ("scale_new_min_out", num_output),
            ("scale_factor_out", num_output),
        ] {
            arrays.push(self.list(name, count, |s| s.float())?);
        }
        let mut it = arrays.into_iter();
        let mut next = || it.next().unwrap_or_default();
        Ok(Some(Scaling {
            mean_in: next(),
            deviation_in: next(),
            new_min_in: next(),
            factor_in: next(),
            mean_out: next(),
            deviation_out: next(),
            new_min_out: next(),
            factor_out: next(),
        }))
    }

    /// The neuron and connection lists, checked against the layer structure so that a bad
    /// file cannot make a later run read outside the network.
    fn neurons_and_connections<T: FannNum>(
        &mut self,
        sizes: &[u32],
        network_type: u32,
        connection_rate: f32,
        fixed: Option<FixedPoint>,
    ) -> Result<Network<T>, LoadError> {
        let total: u64 = sizes.iter().map(|&n| n as u64).sum();
        // FANN allocates the neurons (and the output buffer) first: error 11 if that fails.
        self.affordable(
            total.saturating_mul(std::mem::size_of::<crate::engine::Neuron<T>>() as u64),
        )?;
        self.skip_tuple_key(
            "neurons (num_inputs, activation_function, activation_steepness)=",
            self.neuron_error(),
        )?;
        // Every neuron tuple takes at least 7 bytes ("(0,0,0)"), so a file too short for
        // its neurons fails where FANN's reading would.
        if total > (self.sc.remaining() / 7) as u64 + 1 {
            return Err(self.neuron_error());
        }
        let mut tuples = Vec::with_capacity(total as usize);
        for _ in 0..total {
            let ok = self.sc.literal("(");
            let inputs = ok.then(|| self.sc.uint()).flatten();
            let func = inputs.and_then(|_| self.sc.literal(",").then(|| self.sc.uint()).flatten());
            let steep =
                func.and_then(|_| self.sc.literal(",").then(|| self.value::<T>()).flatten());
            match (inputs, func, steep) {
                (Some(i), Some(f), Some(s)) => {
                    self.close_tuple();
                    tuples.push((i, f, s));
                }
                _ => return Err(self.neuron_error()),
            }
        }
        let total_connections: u64 = tuples.iter().map(|t| t.0 as u64).sum();
        // FANN allocates weights and connection pointers before reading them.
        self.affordable(total_connections.saturating_mul(T::SIZE as u64 + 8))?;
        self.skip_tuple_key(
            "connections (connected_to_neuron, weight)=",
            self.connection_error(),
        )?;
        // Every connection tuple takes at least 5 bytes ("(0,0)").
        if total_connections > (self.sc.remaining() / 5) as u64 + 1 {
            return Err(self.connection_error());
        }
        let layout: Vec<u64> = sizes.iter().map(|&n| n as u64).collect();
        let mut net =
            Network::<T>::with_layout(&layout, total_connections, self.limits).map_err(Some)?;
        if let Some(fp) = fixed {
            net.fixed = fp;
        }
        net.network_type = network_type;
        net.num_input = sizes[0] - 1;
        let last = sizes[sizes.len() - 1];
        net.num_output = if network_type == nettype::LAYER {
            last - 1
        } else {
            last
        };
        net.output = vec![T::zero(); net.num_output as usize];
        let mut next = 0u32;
        for (n, &(inputs, func, steep)) in net.neurons.iter_mut().zip(&tuples) {
            n.first_con = next;
            next += inputs;
            n.last_con = next;
            n.activation_function = func;
            n.activation_steepness = steep;
        }
        self.check_full_fan_in(&net, connection_rate)?;
        let total_neurons = net.neurons.len() as u32;
        net.ensure_source_table();
        for i in 0..total_connections as usize {
            let ok = self.sc.literal("(");
            let src = ok.then(|| self.sc.uint()).flatten();
            let w = src.and_then(|_| self.sc.literal(",").then(|| self.value::<T>()).flatten());
            match (src, w) {
                (Some(s), Some(w)) if s < total_neurons => {
                    self.close_tuple();
                    net.sources[i] = s;
                    net.weights[i] = w;
                }
                _ => return Err(self.connection_error()),
            }
        }
        Ok(net)
    }

    /// A fully connected net reads its sources by position: every neuron's fan-in must fit
    /// in the neurons before its layer (FANN would read past the array otherwise).
    fn check_full_fan_in<T: FannNum>(
        &self,
        net: &Network<T>,
        connection_rate: f32,
    ) -> Result<(), LoadError> {
        // NaN counts as sparse, as in FANN's `connection_rate >= 1` test.
        if connection_rate.is_nan() || connection_rate < 1.0 {
            return Ok(());
        }
        for (li, layer) in net.layers.iter().enumerate().skip(1) {
            let available = if net.network_type == nettype::SHORTCUT {
                layer.first
            } else {
                net.layers[li - 1].len()
            };
            if net.neurons[layer.first..layer.last]
                .iter()
                .any(|n| n.num_connections() > available)
            {
                return Err(self.neuron_error());
            }
        }
        Ok(())
    }

    /// The 1.1 format: one line of parameters, then sizes, fan-ins and connections.
    fn legacy<T: FannNum>(mut self) -> Result<Network<T>, LoadError> {
        let fixed = if T::KIND == NumKind::Fixed {
            let dp = self.sc.uint().filter(|&d| d <= MAX_DECIMAL_POINT);
            let dp = dp.ok_or_else(|| self.config_error("decimal_point"))?;
            Some(FixedPoint::new(dp))
        } else {
            None
        };
        let header = (|| {
            let num_layers = self.sc.uint()?;
            let learning_rate = self.sc.float()?;
            let connection_rate = self.sc.float()?;
            let network_type = self.sc.uint()?;
            let f_hidden = self.sc.uint()?;
            let f_output = self.sc.uint()?;
            let s_hidden = self.value::<T>()?;
            let s_output = self.value::<T>()?;
            Some((
                num_layers,
                learning_rate,
                connection_rate,
                network_type,
                f_hidden,
                f_output,
                s_hidden,
                s_output,
            ))
        })();
        let (
            num_layers,
            learning_rate,
            connection_rate,
            network_type,
            f_hidden,
            f_output,
            s_hidden,
            s_output,
        ) = header.ok_or_else(|| self.config_error("parameters"))?;
        // FANN allocates as it reads: the layers, then the neurons, then the connections.
        if num_layers < 2 {
            return Err(None);
        }
        self.affordable(num_layers as u64 * 16)?;
        if num_layers as usize > self.sc.remaining() / 2 + 1 {
            return Err(self.neuron_error());
        }
        let mut sizes = Vec::with_capacity(num_layers as usize);
        for _ in 0..num_layers {
            sizes.push(self.sc.uint().ok_or_else(|| self.neuron_error())?);
        }
        if sizes.contains(&0) {
            return Err(self.neuron_error());
        }
        let total: u64 = sizes.iter().map(|&n| n as u64).sum();
        self.affordable(
            total.saturating_mul(std::mem::size_of::<crate::engine::Neuron<T>>() as u64),
        )?;
        if total > (self.sc.remaining() / 2) as u64 + 1 {
            return Err(self.neuron_error());
        }
        let mut fan_in = Vec::with_capacity(total as usize);
        for _ in 0..total {
            fan_in.push(self.sc.uint().ok_or_else(|| self.neuron_error())?);
            self.sc.skip_space();
        }
        let total_connections: u64 = fan_in.iter().map(|&n| n as u64).sum();
        self.affordable(total_connections.saturating_mul(T::SIZE as u64 + 8))?;
        if total_connections > (self.sc.remaining() / 5) as u64 + 1 {
            return Err(self.connection_error());
        }
        let layout: Vec<u64> = sizes.iter().map(|&n| n as u64).collect();
        let mut net =
            Network::<T>::with_layout(&layout, total_connections, self.limits).map_err(Some)?;
        if let Some(fp) = fixed {
            net.fixed = fp;
        }
        net.network_type = network_type;
        net.connection_rate = connection_rate;
        net.params.learning_rate = learning_rate;
        net.num_input = sizes[0] - 1;
        let last = sizes[sizes.len() - 1];
        net.num_output = if network_type == nettype::LAYER {
            last - 1
        } else {
            last
        };
        net.output = vec![T::zero(); net.num_output as usize];
        let mut next = 0u32;
        for (n, &k) in net.neurons.iter_mut().zip(&fan_in) {
            n.first_con = next;
            next += k;
            n.last_con = next;
        }
        self.check_full_fan_in(&net, connection_rate)?;
        let total_neurons = net.neurons.len() as u32;
        net.ensure_source_table();
        for i in 0..total_connections as usize {
            let src = self.sc.literal("(").then(|| self.sc.uint()).flatten();
            let w = src.and_then(|_| self.value::<T>());
            match (src, w) {
                (Some(s), Some(w)) if s < total_neurons => {
                    self.close_tuple();
                    net.sources[i] = s;
                    net.weights[i] = w;
                }
                _ => return Err(self.connection_error()),
            }
        }
        // The 1.1 format has one function and steepness for all hidden and all output
        // neurons; FANN applies them to whole layers, bias neurons included.
        net.set_activation_function_hidden(f_hidden);
        net.set_activation_steepness_hidden(s_hidden);
        net.set_activation_function_output(f_output);
        net.set_activation_steepness_output(s_output);
        Ok(net)
    }
}
