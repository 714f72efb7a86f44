//! The text of `fann_print_connections` and `fann_print_parameters`.

use std::fmt::Write;

use super::activation::activation_name;
use super::cfmt::{fixed, int};
use super::network::{
    nettype, Network, ERRORFUNC_NAMES, NETTYPE_NAMES, STOPFUNC_NAMES, TRAIN_NAMES,
};
use super::num::{c_double_to_int, FannNum, NumKind};

/// Name from a FANN name table; out-of-range values have none (FANN would read past the
/// table), printed as `(null)` as glibc prints a NULL string.
fn name(table: &[&'static str], v: u32) -> &'static str {
    table.get(v as usize).copied().unwrap_or("(null)")
}

/// The connection matrix: one row per neuron after the input layer, one column per
/// potential source neuron, a letter per connection encoding the rounded weight.
pub fn connections_text<T: FannNum>(net: &Network<T>) -> String {
    let columns = net.total_neurons_reported().wrapping_sub(net.num_output) as usize;
    let columns = columns.min(net.neurons.len());
    let mut out = String::from("Layer / Neuron ");
    for i in 0..columns {
        out.push(char::from(b'0' + (i % 10) as u8));
    }
    out.push('\n');
    let multiplier = net.fixed.multiplier as f64;
    let mut row = vec![b'.'; columns];
    for (li, layer) in net.layers.iter().enumerate().skip(1) {
        for n in layer.first..layer.last {
            row.fill(b'.');
            let neuron = net.neurons[n];
            let (first, last) = (neuron.first_con as usize, neuron.last_con as usize);
            for c in first..last.min(net.weights.len()) {
                let w = net.weights[c];
                let wf = if T::KIND == NumKind::Fixed {
                    w.to_f64() / multiplier
                } else {
                    w.to_f64()
                };
                // C's (int) conversion: out-of-range values become INT_MIN, whose low byte
                // leaves the letter at 'A' for huge positive weights, as in FANN.
                let letter = if w < T::zero() {
                    let v = c_double_to_int(wf - 0.5).max(-25);
                    (b'a' as i32).wrapping_sub(v) as u8
                } else {
                    let v = c_double_to_int(wf + 0.5).min(25);
                    (b'A' as i32).wrapping_add(v) as u8
                };
                if let Some(slot) = row.get_mut(net.source_at(li, first, c - first)) {
                    *slot = letter;
                }
            }
            let _ = writeln!(
                out,
                "L {} / N {} {}",
                int(li as i64, 3),
                int(n as i64, 4),
                String::from_utf8_lossy(&row)
            );
        }
    }
    out
}

/// All parameters, one per line, in FANN's order and format.
pub fn parameters_text<T: FannNum>(net: &Network<T>) -> String {
    let p = &net.params;
    let d = |v: u32| int(v as i32 as i64, 4);
    let f3 = |v: f64| fixed(v, 3, 8);
    let f6 = |v: f64| fixed(v, 6, 11);
    let mut o = String::new();
    let _ = writeln!(
        o,
        "Input layer                          :{} neurons, 1 bias",
        d(net.num_input)
    );
    let hidden = net.layers.len().saturating_sub(1);
    for layer in net.layers.iter().take(hidden).skip(1) {
        if net.network_type == nettype::SHORTCUT {
            let _ = writeln!(
                o,
                "  Hidden layer                       :{} neurons, 0 bias",
                d(layer.len() as u32)
            );
        } else {
            let _ = writeln!(
                o,
                "  Hidden layer                       :{} neurons, 1 bias",
                d(layer.len() as u32 - 1)
            );
        }
    }
    let _ = writeln!(
        o,
        "Output layer                         :{} neurons",
        d(net.num_output)
    );
    let _ = writeln!(
        o,
        "Total neurons and biases             :{}",
        d(net.total_neurons_reported())
    );
    let _ = writeln!(
        o,
        "Total connections                    :{}",
        d(net.total_connections())
    );
    let _ = writeln!(
        o,
        "Connection rate                      :{}",
        f3(net.connection_rate as f64)
    );
    let _ = writeln!(
        o,
        "Network type                         :   {}",
        name(&NETTYPE_NAMES, net.network_type)
    );
    if T::KIND == NumKind::Fixed {
        let _ = writeln!(
            o,
            "Decimal point                        :{}",
            d(net.fixed.decimal_point)
        );
        let _ = writeln!(
            o,
            "Multiplier                           :{}",
            d(net.fixed.multiplier)
        );
        let _ = writeln!(
            o,
            "Bit fail limit                       :{}",
            int(p.bit_fail_limit.to_f64() as i64, 4)
        );
        return o;
    }
    let _ = writeln!(
        o,
        "Training algorithm                   :   {}",
        name(&TRAIN_NAMES, p.training_algorithm)
    );
    let _ = writeln!(
        o,
        "Training error function              :   {}",
        name(&ERRORFUNC_NAMES, p.train_error_function)
    );
    let _ = writeln!(
        o,
        "Training stop function               :   {}",
        name(&STOPFUNC_NAMES, p.train_stop_function)
    );
    let _ = writeln!(
        o,
        "Bit fail limit                       :{}",
        f3(p.bit_fail_limit.to_f64())
    );
    let _ = writeln!(
        o,
        "Learning rate                        :{}",
        f3(p.learning_rate as f64)
    );
    let _ = writeln!(
        o,
        "Learning momentum                    :{}",
        f3(p.learning_momentum as f64)
    );
    let _ = writeln!(
        o,
        "Quickprop decay                      :{}",
        f6(p.quickprop_decay as f64)
    );
    let _ = writeln!(
        o,
        "Quickprop mu                         :{}",
        f3(p.quickprop_mu as f64)
    );
    let _ = writeln!(
        o,
        "RPROP increase factor                :{}",
        f3(p.rprop_increase_factor as f64)
    );
    let _ = writeln!(
        o,
        "RPROP decrease factor                :{}",
        f3(p.rprop_decrease_factor as f64)
    );
    let _ = writeln!(
        o,
        "RPROP delta min                      :{}",
        f3(p.rprop_delta_min as f64)
    );
    let _ = writeln!(
        o,
        "RPROP delta max                      :{}",
        f3(p.rprop_delta_max as f64)
    );
    let _ = writeln!(
        o,
        "Cascade output change fraction       :{}",
        f6(p.cascade_output_change_fraction as f64)
    );
    let _ = writeln!(
        o,
        "Cascade candidate change fraction    :{}",
        f6(p.cascade_candidate_change_fraction as f64)
    );
    let _ = writeln!(
        o,
        "Cascade output stagnation epochs     :{}",
        d(p.cascade_output_stagnation_epochs)
    );
    let _ = writeln!(
        o,
        "Cascade candidate stagnation epochs  :{}",
        d(p.cascade_candidate_stagnation_epochs)
    );
    let _ = writeln!(
        o,
        "Cascade max output epochs            :{}",
        d(p.cascade_max_out_epochs)
    );
    let _ = writeln!(
        o,
        "Cascade min output epochs            :{}",
        d(p.cascade_min_out_epochs)
    );
    let _ = writeln!(
        o,
        "Cascade max candidate epochs         :{}",
        d(p.cascade_max_cand_epochs)
    );
    let _ = writeln!(
        o,
        "Cascade min candidate epochs         :{}",
        d(p.cascade_min_cand_epochs)
    );
    let _ = writeln!(
        o,
        "Cascade weight multiplier            :{}",
        f3(p.cascade_weight_multiplier.to_f64())
    );
    let _ = writeln!(
        o,
        "Cascade candidate limit              :{}",
        f3(p.cascade_candidate_limit.to_f64())
    );
    for (i, &f) in p.cascade_activation_functions.iter().enumerate() {
        let _ = writeln!(
            o,
            "Cascade activation functions[{i}]      :   {}",
            activation_name(f).unwrap_or("(null)")
        );
    }
    for (i, s) in p.cascade_activation_steepnesses.iter().enumerate() {
        let _ = writeln!(
            o,
            "Cascade activation steepnesses[{i}]    :{}",
            f3(s.to_f64())
        );
    }
    let _ = writeln!(
        o,
        "Cascade candidate groups             :{}",
        d(p.cascade_num_candidate_groups)
    );
    let _ = writeln!(
        o,
        "Cascade no. of candidates            :{}",
        d(p.cascade_num_candidates())
    );
    o
}
