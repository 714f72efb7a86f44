//! The fast path of batch-style training and testing: a block of samples goes through each
//! fully connected layer as one matrix product (`C = A * B`, by a [`Gemm`] kernel), over
//! FANN's own weight array. Results equal the exact path's up to rounding (the summation
//! order differs); the exact path remains the reference.

// A GEMM takes three matrices with their views; index loops walk FANN's neuron array.
#![allow(clippy::too_many_arguments, clippy::needless_range_loop)]

use super::forward::{dot_wide, scaled_sum, FloatArith};
use super::network::{leading_activation, nettype, shared_activation, Network};
use super::train::{activation_derived, error_function, Patterns, TrainEvent};

/// For a row of neurons sharing function `f` and steepness `s` (the sigmoids, whose
/// derivative needs only the output): `errors[k] *= derivative(values[k])`, with FANN's
/// formulas in loops the compiler can vectorise. `false` (nothing done) for other functions.
fn derive_row<T: FloatArith>(f: u32, s: T, values: &[T], errors: &mut [T]) -> bool {
    use super::activation::id;
    let (one, two) = (T::from_i32(1), T::from_i32(2));
    match f {
        id::SIGMOID | id::SIGMOID_STEPWISE => {
            let (lo, hi) = (T::from_f32(0.01), T::from_f32(0.99));
            for (e, &v) in errors.iter_mut().zip(values) {
                let c = if v < lo {
                    lo
                } else if v > hi {
                    hi
                } else {
                    v
                };
                *e = *e * (two * s * c * (one - c));
            }
            true
        }
        id::SIGMOID_SYMMETRIC | id::SIGMOID_SYMMETRIC_STEPWISE => {
            let (lo, hi) = (T::from_f32(-0.98), T::from_f32(0.98));
            for (e, &v) in errors.iter_mut().zip(values) {
                let c = if v < lo {
                    lo
                } else if v > hi {
                    hi
                } else {
                    v
                };
                *e = *e * (s * (one - c * c));
            }
            true
        }
        _ => false,
    }
}

/// A dense matrix view: element (i, j) is `data[offset + i * row_stride + j * col_stride]`.
#[derive(Clone, Copy, Debug)]
pub struct View {
    pub offset: usize,
    pub rows: usize,
    pub cols: usize,
    pub row_stride: usize,
    pub col_stride: usize,
}

impl View {
    /// One past the largest index the view touches (0 for an empty view).
    pub fn extent(&self) -> usize {
        if self.rows == 0 || self.cols == 0 {
            return self.offset;
        }
        self.offset + (self.rows - 1) * self.row_stride + (self.cols - 1) * self.col_stride + 1
    }
}

/// `c = a * b` (or `c += a * b` with `accumulate`) for row/column-strided views, and the
/// matrix-vector product of a single run.
pub trait Gemm<T: FloatArith> {
    fn gemm(&self, a: &[T], av: View, b: &[T], bv: View, c: &mut [T], cv: View, accumulate: bool);

    /// `y[r] = sum over c of w(r, c) * x[c]` for the rows of `wv` (unit column stride,
    /// `x.len() == wv.cols`, `y.len() == wv.rows`).
    fn gemv(&self, w: &[T], wv: View, x: &[T], y: &mut [T]) {
        for (r, out) in y.iter_mut().enumerate().take(wv.rows) {
            let start = wv.offset + r * wv.row_stride;
            *out = dot_wide(&w[start..start + wv.cols], x);
        }
    }

    /// An incremental training step fused with the next sample's forward pass, row by row
    /// of `wv` (unit column stride; `x_old` and `x_new` hold `wv.cols` values, `step` and
    /// `y` `wv.rows`): FANN's update `dw = step[r] * x_old[c]`, plus `momentum * d` and
    /// `d = dw` when `deltas` (indexed like `w`) is given, `w += dw`; then, with `x_new`,
    /// `y[r] = w_r . x_new`. The update is FANN's to the bit; the dot product is summed in
    /// the kernel's order.
    fn update_gemv(
        &self,
        w: &mut [T],
        wv: View,
        step: &[T],
        x_old: &[T],
        deltas: Option<(T, &mut [T])>,
        x_new: Option<&[T]>,
        y: &mut [T],
    ) {
        update_gemv_safe(w, wv, step, x_old, deltas, x_new, y)
    }
}

/// [`Gemm::update_gemv`] in plain safe loops (the default, and the reference).
pub fn update_gemv_safe<T: FloatArith>(
    w: &mut [T],
    wv: View,
    step: &[T],
    x_old: &[T],
    mut deltas: Option<(T, &mut [T])>,
    x_new: Option<&[T]>,
    y: &mut [T],
) {
    for r in 0..wv.rows {
        let start = wv.offset + r * wv.row_stride;
        let row = &mut w[start..start + wv.cols];
        let t = step[r];
        match deltas.as_mut() {
            Some((momentum, d)) => {
                let m = *momentum;
                for ((w, d), &x) in row.iter_mut().zip(&mut d[start..]).zip(x_old) {
                    let dw = t * x + m * *d;
                    *w = *w + dw;
                    *d = dw;
                }
            }
            None => {
                for (w, &x) in row.iter_mut().zip(x_old) {
                    *w = *w + t * x;
                }
            }
        }
        if let Some(x) = x_new {
            y[r] = dot_wide(row, x);
        }
    }
}

/// A plain safe kernel (the reference for the fast path's shape logic).
pub struct NaiveGemm;

impl<T: FloatArith> Gemm<T> for NaiveGemm {
    fn gemm(&self, a: &[T], av: View, b: &[T], bv: View, c: &mut [T], cv: View, accumulate: bool) {
        for i in 0..av.rows {
            for j in 0..bv.cols {
                let mut s = T::zero();
                for k in 0..av.cols {
                    s = s + a[av.offset + i * av.row_stride + k * av.col_stride]
                        * b[bv.offset + k * bv.row_stride + j * bv.col_stride];
                }
                let slot = &mut c[cv.offset + i * cv.row_stride + j * cv.col_stride];
                *slot = if accumulate { *slot + s } else { s };
            }
        }
    }
}

/// What one chunk of samples adds to the error bookkeeping.
pub(crate) struct ChunkStats<T> {
    pub(crate) mse: f32,
    pub(crate) num_mse: u32,
    pub(crate) bit_fail: u32,
    /// THRESHOLD derivatives requested (error 12 each).
    pub(crate) threshold: usize,
    /// Values and sums of the chunk's last sample.
    pub(crate) last: Option<(Vec<T>, Vec<T>)>,
}

impl<T> Default for ChunkStats<T> {
    fn default() -> Self {
        ChunkStats {
            mse: 0.0,
            num_mse: 0,
            bit_fail: 0,
            threshold: 0,
            last: None,
        }
    }
}

/// Samples per block: large enough for efficient products, small enough that the GEMM's
/// packing buffers stay under the allocator's mmap threshold (peak memory).
pub(crate) const BLOCK: usize = 48;

/// Rows of deltas copied out at a time during backpropagation.
const SCRATCH_ROWS: usize = 32;

/// The shape of one layer for the fast path: `count` neurons from `first` each fed by
/// neurons `base..base + fan_in`, weights `first_con..` row after row.
#[derive(Clone, Copy, Debug)]
pub(crate) struct LayerShape {
    pub(crate) first: usize,
    pub(crate) count: usize,
    pub(crate) base: usize,
    pub(crate) fan_in: usize,
    pub(crate) first_con: usize,
}

impl<T: FloatArith> Network<T> {
    /// Per-layer shapes when every layer is fully connected by position (layered or
    /// shortcut nets with connection rate 1): its leading neurons take the same number of
    /// consecutive weights, any trailing ones (bias) none.
    pub(crate) fn fast_shapes(&self) -> Option<Vec<LayerShape>> {
        if self.connection_rate.is_nan() || self.connection_rate < 1.0 {
            return None;
        }
        let shortcut = match self.network_type {
            nettype::LAYER => false,
            nettype::SHORTCUT => true,
            _ => return None,
        };
        let mut shapes = Vec::with_capacity(self.layers.len());
        for li in 1..self.layers.len() {
            let layer = self.layers[li];
            let (base, fan_in) = if shortcut {
                (0, layer.first)
            } else {
                (self.layers[li - 1].first, self.layers[li - 1].len())
            };
            let first_con = self.neurons[layer.first].first_con as usize;
            let mut count = 0;
            for (k, n) in self.neurons[layer.first..layer.last].iter().enumerate() {
                let conns = n.num_connections();
                if conns == fan_in && n.first_con as usize == first_con + k * fan_in && count == k {
                    count += 1;
                } else if conns != 0 {
                    return None;
                }
            }
            shapes.push(LayerShape {
                first: layer.first,
                count,
                base,
                fan_in,
                first_con,
            });
        }
        Some(shapes)
    }

    /// Whether the fast path can run this network.
    pub fn fast_path_available(&self) -> bool {
        self.fast_shapes().is_some()
    }

    /// Forward pass of `rows` samples; `values` is `rows x total_neurons`, `sums` holds the
    /// neurons after the input layer (`rows x (total_neurons - h0)`, `h0` the first of them).
    pub(crate) fn forward_block(
        &self,
        shapes: &[LayerShape],
        inputs: &[&[T]],
        values: &mut [T],
        sums: &mut [T],
        gemm: &dyn Gemm<T>,
    ) {
        let total = self.neurons.len();
        let h0 = self.layers[0].last;
        let hid = total - h0;
        let rows = inputs.len();
        let one = T::from_i32(1);
        let input_layer = self.layers[0];
        for (r, input) in inputs.iter().enumerate() {
            let row = &mut values[r * total..(r + 1) * total];
            for (i, v) in row[..self.num_input as usize].iter_mut().enumerate() {
                *v = input.get(i).copied().unwrap_or_default();
            }
            // Bias neurons (every neuron without inputs) output 1.
            for n in input_layer.first + self.num_input as usize..total {
                if self.neurons[n].num_connections() == 0 {
                    row[n] = one;
                }
            }
        }
        for s in shapes {
            if s.count == 0 {
                continue;
            }
            // S^T = W * X^T: the packed right-hand side is the block of samples, which
            // keeps the GEMM's packing buffer small.
            let w = View {
                offset: s.first_con,
                rows: s.count,
                cols: s.fan_in,
                row_stride: s.fan_in,
                col_stride: 1,
            };
            let xt = View {
                offset: s.base,
                rows: s.fan_in,
                cols: rows,
                row_stride: 1,
                col_stride: total,
            };
            let st = View {
                offset: s.first - h0,
                rows: s.count,
                cols: rows,
                row_stride: 1,
                col_stride: hid,
            };
            gemm.gemm(&self.weights, w, values, xt, sums, st, false);
            let shared = shared_activation(&self.neurons[s.first..s.first + s.count]);
            for r in 0..rows {
                let at = r * hid + s.first - h0;
                let row_sums = &mut sums[at..at + s.count];
                let row_values = &mut values[r * total + s.first..r * total + s.first + s.count];
                self.activate_shape_row(s, shared, row_sums, row_values);
            }
        }
    }

    /// Activates one sample's sums of the layer `s` (scaled by steepness in place) into
    /// `values`. A layer of one function and steepness (`shared`) goes a row at a time
    /// (loops the compiler can vectorise), any other neuron by neuron.
    pub(crate) fn activate_shape_row(
        &self,
        s: &LayerShape,
        shared: Option<(u32, T)>,
        sums: &mut [T],
        values: &mut [T],
    ) {
        if shared.is_some_and(|(f, st)| T::activate_row_fast(f, st, sums, values)) {
            return;
        }
        let layer = &self.neurons[s.first..s.first + s.count];
        for ((x, y), neuron) in sums.iter_mut().zip(values.iter_mut()).zip(layer) {
            *x = scaled_sum(neuron.activation_steepness, *x);
            if let Some(v) = T::activate_fast(neuron.activation_function, *x) {
                *y = v;
            }
        }
    }

    /// The output deltas of one sample (`values`: the whole net; `sums` and `errors`: the
    /// neurons after the input layer, `h0` on), with the MSE booked in `stats` as FANN's
    /// `fann_compute_MSE` books it.
    pub(crate) fn output_deltas_row(
        &self,
        values: &[T],
        sums: &[T],
        desired: &[T],
        errors: &mut [T],
        stats: &mut ChunkStats<T>,
    ) {
        let h0 = self.layers[0].last;
        let first = self.layers[self.layers.len() - 1].first;
        let outputs = first..first + self.num_output as usize;
        for (k, n) in outputs.clone().enumerate() {
            let t = desired.get(k).copied().unwrap_or_default();
            let f = self.neurons[n].activation_function;
            let (diff, squared, failed) = self.mse_term(f, t - values[n]);
            stats.mse += squared;
            stats.bit_fail += u32::from(failed);
            errors[n - h0] = error_function(self.params.train_error_function, diff);
            stats.num_mse += 1;
        }
        // Times the derivatives (the product is FANN's: multiplication commutes exactly).
        let neurons = &self.neurons[outputs.clone()];
        let v = &values[outputs.clone()];
        let e = &mut errors[first - h0..first - h0 + neurons.len()];
        if shared_activation(neurons).is_some_and(|(f, st)| derive_row(f, st, v, e)) {
            return;
        }
        for (k, neuron) in neurons.iter().enumerate() {
            let (f, s) = (neuron.activation_function, neuron.activation_steepness);
            let deriv = activation_derived(f, s, v[k], sums[first - h0 + k]).unwrap_or_else(|| {
                stats.threshold += 1;
                T::zero()
            });
            e[k] = deriv * e[k];
        }
    }

    /// Multiplies one sample's errors of layer `li` by the derivatives of its neurons
    /// (`values`: that layer's; `sums` and `errors`: from its first neuron). `lead` is the
    /// layer's leading run of neurons sharing a function and steepness
    /// ([`leading_activation`]), derived a row at a time where it can be.
    pub(crate) fn derive_layer_row(
        &self,
        li: usize,
        lead: Option<(u32, T, usize)>,
        values: &[T],
        sums: &[T],
        errors: &mut [T],
        stats: &mut ChunkStats<T>,
    ) {
        let layer = self.layers[li];
        let mut start = 0;
        if let Some((f, st, run)) = lead {
            if derive_row(f, st, &values[..run], &mut errors[..run]) {
                start = run;
            }
        }
        for k in start..layer.len() {
            let neuron = &self.neurons[layer.first + k];
            let deriv = activation_derived(
                neuron.activation_function,
                neuron.activation_steepness,
                values[k],
                sums[k],
            )
            .unwrap_or_else(|| {
                stats.threshold += 1;
                T::zero()
            });
            errors[k] = errors[k] * deriv;
        }
    }

    /// Leaves the neurons and outputs as FANN's last run leaves them: `values` of every
    /// neuron, `sums` of those after the input layer (input neurons keep theirs; FANN's runs
    /// never set them).
    pub(crate) fn leave_last_run(&mut self, values: &[T], sums: &[T]) {
        let h0 = self.layers[0].last;
        for (n, neuron) in self.neurons.iter_mut().enumerate() {
            neuron.value = values[n];
            if n >= h0 {
                neuron.sum = sums[n - h0];
            }
        }
        let first = self.layers[self.layers.len() - 1].first;
        for k in 0..self.num_output as usize {
            self.output[k] = self.neurons[first + k].value;
        }
    }

    /// `fann_test_data` on the fast path: the MSE and bit-fail count of `data` from blocks of
    /// forward passes; `None` (nothing done) when the network's shape needs the exact path.
    /// The neurons are left as the last sample's run leaves them.
    pub fn test_data_fast(&mut self, data: &Patterns<T>, gemm: &dyn Gemm<T>) -> Option<f32> {
        let shapes = self.fast_shapes()?;
        self.reset_mse();
        let total = self.neurons.len();
        let h0 = self.layers[0].last;
        let hid = total - h0;
        let block = BLOCK.min(data.len().max(1));
        let mut values = vec![T::zero(); block * total];
        let mut sums = vec![T::zero(); block * hid];
        let out = *self.layers.last()?;
        let num_output = self.num_output as usize;
        let (mut mse, mut num_mse, mut bit_fail) = (0.0f32, 0u32, 0u32);
        let mut start = 0;
        let mut last_rows = 0;
        while start < data.len() {
            let end = (start + block).min(data.len());
            let rows = end - start;
            self.forward_block(
                &shapes,
                &data.inputs[start..end],
                &mut values,
                &mut sums,
                gemm,
            );
            for r in 0..rows {
                let desired = data.outputs[start + r];
                for k in 0..num_output {
                    let n = out.first + k;
                    let t = desired.get(k).copied().unwrap_or_default();
                    let f = self.neurons[n].activation_function;
                    let (_, squared, failed) = self.mse_term(f, t - values[r * total + n]);
                    mse += squared;
                    bit_fail += u32::from(failed);
                    num_mse += 1;
                }
            }
            last_rows = rows;
            start = end;
        }
        self.params.mse_value += mse;
        self.params.num_mse += num_mse;
        self.params.num_bit_fail += bit_fail;
        if last_rows > 0 {
            let r = last_rows - 1;
            self.leave_last_run(
                &values[r * total..(r + 1) * total],
                &sums[r * hid..(r + 1) * hid],
            );
        }
        Some(self.params.mse())
    }

    /// The slope accumulation of one batch-style epoch (and its error bookkeeping) on the
    /// fast path, over `threads` contiguous chunks of the samples run in parallel; `false`
    /// if the network's shape needs the exact path.
    pub fn accumulate_slopes_fast(
        &mut self,
        data: &Patterns<T>,
        gemm: &(dyn Gemm<T> + Sync),
        threads: usize,
        events: &mut dyn FnMut(TrainEvent),
        output_only: bool,
    ) -> bool {
        let Some(shapes) = self.fast_shapes() else {
            return false;
        };
        let nw = self.weights.len();
        let mut slopes = self.train.train_slopes.take().unwrap_or_default();
        slopes.resize(nw, T::zero());
        // Threads only pay off with a few blocks each.
        let threads = threads.clamp(1, (data.len() / (2 * BLOCK)).max(1));
        let chunks: Vec<ChunkStats<T>> = if threads == 1 {
            vec![self.fast_chunk(&shapes, data, 0..data.len(), gemm, &mut slopes, output_only)]
        } else {
            let this = &*self;
            let shapes = &shapes;
            let parts: Vec<(Vec<T>, ChunkStats<T>)> = std::thread::scope(|scope| {
                let handles: Vec<_> = super::train::static_schedule(data.len(), threads)
                    .into_iter()
                    .map(|range| {
                        scope.spawn(move || {
                            let mut part = vec![T::zero(); nw];
                            let stats =
                                this.fast_chunk(shapes, data, range, gemm, &mut part, output_only);
                            (part, stats)
                        })
                    })
                    .collect();
                handles
                    .into_iter()
                    .map(|h| h.join().expect("fast path chunk"))
                    .collect()
            });
            parts
                .into_iter()
                .map(|(part, stats)| {
                    for (s, p) in slopes.iter_mut().zip(&part) {
                        *s = *s + *p;
                    }
                    stats
                })
                .collect()
        };
        let mut last = None;
        for stats in chunks {
            self.params.mse_value += stats.mse;
            self.params.num_mse += stats.num_mse;
            self.params.num_bit_fail += stats.bit_fail;
            for _ in 0..stats.threshold {
                events(TrainEvent::CantTrainActivation);
            }
            if stats.last.is_some() {
                last = stats.last;
            }
        }
        // Leave the neurons as FANN would after its last run.
        if let Some((values, sums)) = last {
            self.leave_last_run(&values, &sums);
        }
        self.train.train_slopes = Some(slopes);
        true
    }

    /// Slopes (added into `slopes`) and error bookkeeping for the samples in `range`.
    fn fast_chunk(
        &self,
        shapes: &[LayerShape],
        data: &Patterns<T>,
        range: std::ops::Range<usize>,
        gemm: &dyn Gemm<T>,
        slopes: &mut [T],
        output_only: bool,
    ) -> ChunkStats<T> {
        let mut stats = ChunkStats::default();
        let total = self.neurons.len();
        // Sums and errors are kept for the neurons after the input layer only.
        let h0 = self.layers[0].last;
        let hid = total - h0;
        let block = BLOCK.min(range.len().max(1));
        let mut values = vec![T::zero(); block * total];
        let mut sums = vec![T::zero(); block * hid];
        let mut errors = vec![T::zero(); block * hid];
        let widest = shapes.iter().map(|s| s.count).max().unwrap_or(0);
        let mut scratch = vec![T::zero(); block.min(SCRATCH_ROWS) * widest];
        let mut start = range.start;
        while start < range.end {
            let end = (start + block).min(range.end);
            let rows = end - start;
            self.forward_block(
                shapes,
                &data.inputs[start..end],
                &mut values,
                &mut sums,
                gemm,
            );
            errors[..rows * hid].fill(T::zero());
            // Output deltas, sample by sample (the MSE is accumulated in sample order).
            for r in 0..rows {
                self.output_deltas_row(
                    &values[r * total..(r + 1) * total],
                    &sums[r * hid..(r + 1) * hid],
                    data.outputs[start + r],
                    &mut errors[r * hid..(r + 1) * hid],
                    &mut stats,
                );
            }
            // Backpropagation: layer by layer from the last, then the derivative of the
            // layer below (as FANN, down to the first hidden layer). Cascade's output phases
            // train the output layer only and need none.
            let lowest = if output_only { shapes.len() } else { 1 };
            for li in (lowest..shapes.len()).rev() {
                let s = shapes[li];
                // Errors flow to the sources after the input layer only.
                let skip = h0.saturating_sub(s.base).min(s.fan_in);
                if s.count > 0 && skip < s.fan_in {
                    // The layer's deltas, copied out (they and the errors they feed share
                    // the error matrix), a few rows at a time to keep the copy small.
                    let w = View {
                        offset: s.first_con + skip,
                        rows: s.count,
                        cols: s.fan_in - skip,
                        row_stride: s.fan_in,
                        col_stride: 1,
                    };
                    let mut r0 = 0;
                    while r0 < rows {
                        let r1 = (r0 + SCRATCH_ROWS).min(rows);
                        for r in r0..r1 {
                            let at = r * hid + s.first - h0;
                            let src = &errors[at..at + s.count];
                            let k = r - r0;
                            scratch[k * s.count..(k + 1) * s.count].copy_from_slice(src);
                        }
                        let d = View {
                            offset: 0,
                            rows: r1 - r0,
                            cols: s.count,
                            row_stride: s.count,
                            col_stride: 1,
                        };
                        let e = View {
                            offset: r0 * hid + s.base + skip - h0,
                            rows: r1 - r0,
                            cols: s.fan_in - skip,
                            row_stride: hid,
                            col_stride: 1,
                        };
                        gemm.gemm(&scratch, d, &self.weights, w, &mut errors, e, true);
                        r0 = r1;
                    }
                }
                let below = self.layers[li];
                let lead = leading_activation(&self.neurons[below.first..below.last]);
                for r in 0..rows {
                    let v = &values[r * total + below.first..r * total + below.last];
                    let at = r * hid + below.first - h0;
                    let e = &mut errors[at..at + below.len()];
                    self.derive_layer_row(li, lead, v, &sums[at..], e, &mut stats);
                }
            }
            // Slopes, per layer: G^T += X^T * D. Transposed so that the GEMM's packed
            // right-hand side is the narrow delta matrix (a small packing buffer).
            for s in &shapes[if output_only { shapes.len() - 1 } else { 0 }..] {
                if s.count == 0 {
                    continue;
                }
                let xt = View {
                    offset: s.base,
                    rows: s.fan_in,
                    cols: rows,
                    row_stride: 1,
                    col_stride: total,
                };
                let d = View {
                    offset: s.first - h0,
                    rows,
                    cols: s.count,
                    row_stride: hid,
                    col_stride: 1,
                };
                let gt = View {
                    offset: s.first_con,
                    rows: s.fan_in,
                    cols: s.count,
                    row_stride: 1,
                    col_stride: s.fan_in,
                };
                gemm.gemm(&values, xt, &errors, d, slopes, gt, true);
            }
            start = end;
        }
        if !range.is_empty() {
            let r = (range.len() - 1) % block;
            stats.last = Some((
                values[r * total..(r + 1) * total].to_vec(),
                sums[r * hid..(r + 1) * hid].to_vec(),
            ));
        }
        stats
    }
}
