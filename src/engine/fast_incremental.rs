//! INCREMENTAL training on the fast path: sample after sample as FANN, over contiguous
//! rows of values, sums and errors instead of FANN's neuron array. Each layer's update
//! after one sample is fused with the next sample's forward pass through that layer (one
//! sweep over the weights instead of two), and with no momentum the weight deltas are only
//! written when FANN's would be observed (the epoch's first and last updates). Updates are
//! FANN's to the bit; only the forward dot products are summed in another order.
//!
//! A large first layer (whose inputs are known in advance) goes a block of samples at a
//! time instead: see [`FirstLayerBlock`]. Its weights then differ from FANN's by rounding.

use super::fast::{ChunkStats, Gemm, LayerShape, View, BLOCK};
use super::forward::FloatArith;
use super::network::{leading_activation, shared_activation, Network};
use super::train::{Patterns, TrainEvent};

/// FANN's incremental steps of a layer: `learning_rate * error` per neuron.
fn steps_into<T: FloatArith>(steps: &mut [T], errors: &[T], rate: T) {
    for (t, &e) in steps.iter_mut().zip(errors) {
        *t = e * rate;
    }
}

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

/// From this many weights the first layer goes by blocks ([`FirstLayerBlock`]): below it
/// the per-sample sweep stays in the L1 cache and is as fast.
const BLOCKED_MIN_WEIGHTS: usize = 16384;

/// The first layer over a block of samples. Its updates within the block are rank-one
/// (`W += a_i x_i^T`, `a_i` the sample's steps, `x_i` its inputs), so sample `p`'s sums
/// `W_p x_p` are `W_0 x_p + sum over i < p of (x_i . x_p) a_i`: one matrix product with the
/// block-start weights for the block's forward passes, the inputs' Gram matrix, and one
/// product `W += A^T X` at the block's end. The weights are read and written once per
/// block instead of once per sample; they equal FANN's up to rounding.
struct FirstLayerBlock<T> {
    cap: usize,
    /// Samples in the current block (their steps are applied at its end).
    rows: usize,
    /// `cap x fan_in`: the block's inputs, bias included.
    x: Vec<T>,
    /// `cap x count`: the block-start weights times each input.
    y: Vec<T>,
    /// `cap x cap`: the inputs' dot products.
    gram: Vec<T>,
    /// `cap x count`: each sample's steps (`learning_rate * error`).
    steps: Vec<T>,
}

impl<T: FloatArith> FirstLayerBlock<T> {
    fn new(cap: usize, sh: &LayerShape) -> Self {
        FirstLayerBlock {
            cap,
            rows: 0,
            x: vec![T::zero(); cap * sh.fan_in],
            y: vec![T::zero(); cap * sh.count],
            gram: vec![T::zero(); cap * cap],
            steps: vec![T::zero(); cap * sh.count],
        }
    }

    /// Starts a block of `inputs` (`template`: a values row whose sources past the inputs,
    /// the bias neurons, hold their outputs).
    fn start(
        &mut self,
        weights: &[T],
        sh: &LayerShape,
        inputs: &[&[T]],
        template: &[T],
        num_input: usize,
        gemm: &dyn Gemm<T>,
    ) {
        let (n, rows) = (sh.fan_in, inputs.len());
        self.rows = rows;
        for (row, input) in self.x.chunks_exact_mut(n).zip(inputs) {
            for (v, i) in row[..num_input].iter_mut().zip(0..) {
                *v = input.get(i).copied().unwrap_or_default();
            }
            row[num_input..].copy_from_slice(&template[num_input..n]);
        }
        let xv = View {
            offset: 0,
            rows,
            cols: n,
            row_stride: n,
            col_stride: 1,
        };
        let xt = View {
            rows: n,
            cols: rows,
            row_stride: 1,
            col_stride: n,
            ..xv
        };
        let wt = View {
            offset: sh.first_con,
            rows: n,
            cols: sh.count,
            row_stride: 1,
            col_stride: n,
        };
        let yv = View {
            offset: 0,
            rows,
            cols: sh.count,
            row_stride: sh.count,
            col_stride: 1,
        };
        gemm.gemm(&self.x, xv, weights, wt, &mut self.y, yv, false);
        let gv = View {
            offset: 0,
            rows,
            cols: rows,
            row_stride: self.cap,
            col_stride: 1,
        };
        gemm.gemm(&self.x, xv, &self.x, xt, &mut self.gram, gv, false);
    }

    /// Sample `p`'s sums under the updates of the block's samples before it.
    fn sums(&self, p: usize, count: usize, out: &mut [T]) {
        out.copy_from_slice(&self.y[p * count..(p + 1) * count]);
        for i in 0..p {
            let g = self.gram[p * self.cap + i];
            for (o, &a) in out.iter_mut().zip(&self.steps[i * count..(i + 1) * count]) {
                *o = *o + g * a;
            }
        }
    }

    /// Applies the block's updates: `W += A^T X`.
    fn flush(&mut self, weights: &mut [T], sh: &LayerShape, gemm: &dyn Gemm<T>) {
        if self.rows == 0 {
            return;
        }
        let at = View {
            offset: 0,
            rows: sh.count,
            cols: self.rows,
            row_stride: 1,
            col_stride: sh.count,
        };
        let xv = View {
            offset: 0,
            rows: self.rows,
            cols: sh.fan_in,
            row_stride: sh.fan_in,
            col_stride: 1,
        };
        gemm.gemm(&self.steps, at, &self.x, xv, weights, weight_view(sh), true);
        self.rows = 0;
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
        // Blocks need the deltas untouched by the first update (no momentum, and the old
        // deltas finite: FANN's `0 * d` would turn an infinite one into NaN).
        let first = shapes[0];
        let first_weights = first.first_con..first.first_con + first.count * first.fan_in;
        let mut block = (first.count * first.fan_in >= BLOCKED_MIN_WEIGHTS
            && first.base == 0
            && momentum == T::zero()
            && deltas[first_weights.clone()]
                .iter()
                .all(|d| d.to_f64().is_finite()))
        .then(|| FirstLayerBlock::new(BLOCK.min(data.len()), &first));
        for (s, input) in data.inputs.iter().enumerate() {
            if let Some(b) = block.as_mut() {
                if s % b.cap == 0 {
                    b.flush(&mut self.weights, &first, gemm);
                    let end = (s + b.cap).min(data.len());
                    let inputs = &data.inputs[s..end];
                    b.start(&self.weights, &first, inputs, &values[0], num_input, gemm);
                }
            }
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
                if let (0, Some(b)) = (li, block.as_ref()) {
                    b.sums(s % b.cap, sh.count, y);
                } else if s == 0 {
                    gemm.gemv(&self.weights, weight_view(sh), x_new, y);
                } else {
                    steps_into(&mut step, &errors[at..at + sh.count], rate);
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
            if let Some(b) = block.as_mut() {
                let p = s % b.cap;
                let at = first.first - h0;
                let own = &mut b.steps[p * first.count..(p + 1) * first.count];
                steps_into(own, &errors[at..at + first.count], rate);
            }
        }
        // The last sample's update, deltas kept as FANN keeps them (by blocks: FANN's
        // `step * x + 0 * d` of the last sample).
        let last = &values[(data.len() - 1) % 2];
        if let Some(b) = block.as_mut() {
            let p = (data.len() - 1) % b.cap;
            let x = &b.x[p * first.fan_in..(p + 1) * first.fan_in];
            let steps = &b.steps[p * first.count..(p + 1) * first.count];
            for (row, &t) in deltas[first_weights]
                .chunks_exact_mut(first.fan_in)
                .zip(steps)
            {
                for (d, &v) in row.iter_mut().zip(x) {
                    *d = t * v + T::zero();
                }
            }
            b.flush(&mut self.weights, &first, gemm);
        }
        let unblocked = usize::from(block.is_some());
        for sh in shapes[unblocked..].iter().filter(|sh| sh.count > 0) {
            let at = sh.first - h0;
            steps_into(&mut step, &errors[at..at + sh.count], rate);
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
