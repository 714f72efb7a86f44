//! INCREMENTAL training on the fast path: sample after sample as FANN, over contiguous
//! rows of values, sums and errors instead of FANN's neuron array. Each layer's update
//! after one sample is fused with the next sample's forward pass through that layer (one
//! sweep over the weights instead of two), and with no momentum the weight deltas are only
//! written when FANN's would be observed (the epoch's first and last updates). Updates are
//! FANN's to the bit; only the forward dot products are summed in another order.

use super::fast::{ChunkStats, Gemm, LayerShape, View};
use super::forward::FloatArith;
use super::network::{leading_activation, shared_activation, Network};
use super::train::{Patterns, TrainEvent};

/// A layer's weight matrix as a view of FANN's weight array.
fn weight_view(s: &LayerShape) -> View {
    View {
        offset: s.first_con,
        rows: s.count,
        cols: s.fan_in,
        row_stride: s.fan_in,
        col_stride: 1,
    }
}

impl<T: FloatArith> Network<T> {
    /// One INCREMENTAL epoch over `data` on the fast path (the MSE is booked, not reset);
    /// `false`, with nothing done, when the network's shape needs the exact path.
    pub fn train_incremental_fast(
        &mut self,
        data: &Patterns<T>,
        gemm: &dyn Gemm<T>,
        events: &mut dyn FnMut(TrainEvent),
    ) -> bool {
        let Some(shapes) = self.fast_shapes() else {
            return false;
        };
        if data.is_empty() {
            return true;
        }
        let total = self.neurons.len();
        let h0 = self.layers[0].last;
        let hid = total - h0;
        let num_input = self.num_input as usize;
        // Two rows of values: the previous sample's feed its update, the current one's the
        // forward pass. Bias neurons (no inputs, after the inputs) output 1 in both.
        let mut values = [vec![T::zero(); total], vec![T::zero(); total]];
        for row in &mut values {
            for (n, v) in row.iter_mut().enumerate().skip(num_input) {
                if self.neurons[n].num_connections() == 0 {
                    *v = T::from_i32(1);
                }
            }
        }
        let mut sums = vec![T::zero(); hid];
        let mut errors = vec![T::zero(); hid];
        let widest = shapes.iter().map(|s| s.count).max().unwrap_or(0);
        let mut step = vec![T::zero(); widest];
        // Common function and steepness of each shape's neurons, and each layer's leading
        // run of them (the derivatives of backpropagation).
        let act_shared: Vec<Option<(u32, T)>> = shapes
            .iter()
            .map(|sh| shared_activation(&self.neurons[sh.first..sh.first + sh.count]))
            .collect();
        let lead: Vec<Option<(u32, T, usize)>> = (0..self.layers.len())
            .map(|li| {
                let layer = self.layers[li];
                leading_activation(&self.neurons[layer.first..layer.last])
            })
            .collect();
        let rate = T::from_f32(self.params.learning_rate);
        let momentum = T::from_f32(self.params.learning_momentum);
        let mut deltas = self.train.prev_weights_deltas.take().unwrap_or_default();
        deltas.resize(self.weights.len(), T::zero());
        let mut stats = ChunkStats::default();
        for (s, input) in data.inputs.iter().enumerate() {
            let [a, b] = &mut values;
            let (cur, prev) = if s % 2 == 0 { (a, &*b) } else { (b, &*a) };
            for (v, i) in cur[..num_input].iter_mut().zip(0..) {
                *v = input.get(i).copied().unwrap_or_default();
            }
            for (li, sh) in shapes.iter().enumerate() {
                if sh.count == 0 {
                    continue;
                }
                let at = sh.first - h0;
                let y = &mut sums[at..at + sh.count];
                let x_new = &cur[sh.base..sh.base + sh.fan_in];
                if s == 0 {
                    gemm.gemv(&self.weights, weight_view(sh), x_new, y);
                } else {
                    for (t, &e) in step.iter_mut().zip(&errors[at..at + sh.count]) {
                        *t = e * rate;
                    }
                    // With no momentum the deltas only matter after the epoch's last
                    // update; the first one reads the old ones as FANN does.
                    let d =
                        (s == 1 || momentum != T::zero()).then_some((momentum, &mut deltas[..]));
                    gemm.update_gemv(
                        &mut self.weights,
                        weight_view(sh),
                        &step[..sh.count],
                        &prev[sh.base..sh.base + sh.fan_in],
                        d,
                        Some(x_new),
                        y,
                    );
                }
                self.activate_shape_row(
                    sh,
                    act_shared[li],
                    y,
                    &mut cur[sh.first..sh.first + sh.count],
                );
            }
            errors.fill(T::zero());
            self.output_deltas_row(cur, &sums, data.outputs[s], &mut errors, &mut stats);
            self.backpropagate_row(&shapes, &lead, cur, &sums, &mut errors, &mut stats);
        }
        // The last sample's update, deltas kept as FANN keeps them.
        let last = &values[(data.len() - 1) % 2];
        for sh in shapes.iter().filter(|sh| sh.count > 0) {
            let at = sh.first - h0;
            for (t, &e) in step.iter_mut().zip(&errors[at..at + sh.count]) {
                *t = e * rate;
            }
            gemm.update_gemv(
                &mut self.weights,
                weight_view(sh),
                &step[..sh.count],
                &last[sh.base..sh.base + sh.fan_in],
                Some((momentum, &mut deltas[..])),
                None,
                &mut [],
            );
        }
        self.train.prev_weights_deltas = Some(deltas);
        self.params.mse_value += stats.mse;
        self.params.num_mse += stats.num_mse;
        self.params.num_bit_fail += stats.bit_fail;
        for _ in 0..stats.threshold {
            events(TrainEvent::CantTrainActivation);
        }
        self.leave_last_run(last, &sums);
        let mut train_errors = self.train.train_errors.take().unwrap_or_default();
        train_errors.clear();
        train_errors.resize(h0, T::zero());
        train_errors.extend_from_slice(&errors);
        self.train.train_errors = Some(train_errors);
        true
    }

    /// FANN's backpropagation of one sample's output deltas (`errors` and `sums`: the
    /// neurons after the input layer), down to the first hidden layer: each layer's deltas
    /// flow to its sources neuron by neuron (FANN's order of sums), then the layer below is
    /// multiplied by its derivatives.
    fn backpropagate_row(
        &self,
        shapes: &[LayerShape],
        lead: &[Option<(u32, T, usize)>],
        values: &[T],
        sums: &[T],
        errors: &mut [T],
        stats: &mut ChunkStats<T>,
    ) {
        let h0 = self.layers[0].last;
        for li in (1..shapes.len()).rev() {
            let sh = shapes[li];
            // Errors flow to the sources after the input layer only.
            let skip = h0.saturating_sub(sh.base).min(sh.fan_in);
            if sh.count > 0 && skip < sh.fan_in {
                let (targets, own) = errors.split_at_mut(sh.first - h0);
                let targets = &mut targets[sh.base + skip - h0..sh.base + sh.fan_in - h0];
                for (k, &d) in own[..sh.count].iter().enumerate() {
                    let row = sh.first_con + k * sh.fan_in;
                    let weights = &self.weights[row + skip..row + sh.fan_in];
                    for (e, &w) in targets.iter_mut().zip(weights) {
                        *e = *e + d * w;
                    }
                }
            }
            let below = self.layers[li];
            let at = below.first - h0;
            self.derive_layer_row(
                li,
                lead[li],
                &values[below.first..below.last],
                &sums[at..],
                &mut errors[at..at + below.len()],
                stats,
            );
        }
    }
}
