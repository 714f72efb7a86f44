//! Cascade-correlation (FANN's Cascade2, algorithms.md 7): output phases with stagnation
//! detection, a pool of candidate neurons trained to correlate with the remaining error,
//! and installation of the best one as a new shortcut layer before the output layer.

// Index loops walk FANN's parallel per-candidate arrays in its order; `clamp` would treat
// NaN differently from FANN's comparison chain.
#![allow(clippy::needless_range_loop, clippy::manual_clamp)]

use super::activation::is_symmetric;
use super::forward::{clamp_sum, dot_exact, dot_wide, FloatArith};
use super::network::{train_alg, Layer, Network, Neuron};
use super::rng::{fann_rand, RandomSource};
use super::train::{activation_derived, Patterns, TrainEvent};

/// What cascade training reports besides its results.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CascadeEvent {
    Train(TrainEvent),
    /// BATCH or INCREMENTAL is configured: FANN raises error 15 and changes nothing.
    CantUseTrainAlg,
}

/// The candidate pool of one installation step: weights stored candidate after candidate,
/// `n_in` input weights followed by one weight per output (FANN's layout, which its exported
/// internals index into).
#[derive(Clone)]
pub struct CandidatePool<T> {
    functions: Vec<u32>,
    steepnesses: Vec<T>,
    n_in: usize,
    n_out: usize,
    weights: Vec<T>,
    slopes: Vec<T>,
    steps: Vec<T>,
    prev_slopes: Vec<T>,
    scores: Vec<T>,
    /// Evaluate the candidates on the fast path (wide sums, fast transcendental functions;
    /// equal up to rounding).
    fast: bool,
}

/// The matrix kernel of the fast candidate epochs.
pub type CascadeGemm<'a, T> = Option<&'a (dyn super::fast::Gemm<T> + Sync)>;

impl<T> CandidatePool<T> {
    fn stride(&self) -> usize {
        self.n_in + self.n_out
    }

    /// Number of candidates.
    pub fn len(&self) -> usize {
        self.functions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.functions.is_empty()
    }

    /// Selects the fast path for this pool's candidates (off by default).
    pub fn set_fast(&mut self, fast: bool) {
        self.fast = fast;
    }
}

impl<T: FloatArith> Network<T> {
    /// `fann_train_outputs_epoch`: one epoch that trains only the output layer's weights.
    pub fn outputs_epoch(
        &mut self,
        data: &Patterns<T>,
        rng: &mut dyn RandomSource,
        events: &mut dyn FnMut(CascadeEvent),
        gemm: CascadeGemm<'_, T>,
    ) -> f32 {
        self.reset_mse();
        let last = self.layers.len() - 1;
        let fast = gemm.is_some_and(|g| {
            self.accumulate_slopes_fast(data, g, 1, &mut |e| events(CascadeEvent::Train(e)), true)
        });
        if !fast {
            for i in 0..data.len() {
                self.run(data.inputs[i]);
                self.compute_mse(data.outputs[i], &mut |e| events(CascadeEvent::Train(e)));
                self.update_slopes(last, last);
            }
        }
        let first = self.neurons[self.layers[last].first].first_con as usize;
        let range = first..self.weights.len();
        match self.params.training_algorithm {
            train_alg::RPROP => self.update_irpropm(range),
            train_alg::SARPROP => {
                let epoch = self.params.sarprop_epoch;
                self.update_sarprop(epoch, range, rng);
                self.params.sarprop_epoch = epoch.wrapping_add(1);
            }
            train_alg::QUICKPROP => self.update_quickprop(data.len() as u32, range),
            train_alg::BATCH | train_alg::INCREMENTAL => events(CascadeEvent::CantUseTrainAlg),
            _ => {}
        }
        self.params.mse()
    }

    /// `fann_train_outputs`: output epochs until the desired error, stagnation or the
    /// epoch limit; returns the number of epochs run.
    pub fn train_outputs(
        &mut self,
        data: &Patterns<T>,
        desired_error: f32,
        rng: &mut dyn RandomSource,
        events: &mut dyn FnMut(CascadeEvent),
        gemm: CascadeGemm<'_, T>,
    ) -> u32 {
        let p = &self.params;
        let (max_epochs, min_epochs) = (p.cascade_max_out_epochs, p.cascade_min_out_epochs);
        let change = p.cascade_output_change_fraction;
        let stagnation_epochs = p.cascade_output_stagnation_epochs;
        self.clear_train_arrays();
        let initial = self.outputs_epoch(data, rng, events, gemm);
        if self.desired_error_reached(desired_error) {
            return 1;
        }
        let (mut target, mut backslide) = (0.0f32, -1.0e20f32);
        let mut stagnation = max_epochs;
        for i in 1..max_epochs {
            let error = self.outputs_epoch(data, rng, events, gemm);
            if self.desired_error_reached(desired_error) {
                return i + 1;
            }
            let improvement = initial - error;
            let moved = if target >= 0.0 {
                improvement > target || improvement < backslide
            } else {
                improvement < target || improvement > backslide
            };
            if moved {
                target = improvement * (1.0 + change);
                backslide = improvement * (1.0 - change);
                stagnation = i.wrapping_add(stagnation_epochs);
            }
            if i >= stagnation && i >= min_epochs {
                return i + 1;
            }
        }
        max_epochs
    }

    /// `fann_initialize_candidates`: one candidate per (function, steepness, group), with
    /// weights drawn from `rng` in FANN's order. `None` when there are no candidates.
    pub fn new_candidate_pool(&self, rng: &mut dyn RandomSource) -> Option<CandidatePool<T>> {
        let p = &self.params;
        let total = self.neurons.len() as u32;
        let (num_input, num_output) = (self.num_input, self.num_output);
        let hidden = total.wrapping_sub(num_input).wrapping_sub(num_output);
        let n_in = total.checked_sub(num_output)? as usize;
        let n_out = num_output as usize;
        let mut functions = Vec::new();
        let mut steepnesses = Vec::new();
        for &f in &p.cascade_activation_functions {
            for &s in &p.cascade_activation_steepnesses {
                for _ in 0..p.cascade_num_candidate_groups {
                    functions.push(f);
                    steepnesses.push(s);
                }
            }
        }
        if functions.is_empty() {
            return None;
        }
        let base = (0.7f32 * hidden as f32) as f64;
        let exponent = (1.0f32 / num_input as f32) as f64;
        let mut sf = (2.0 * base.powf(exponent)) as f32;
        if sf > 8.0 {
            sf = 8.0;
        } else if sf < 0.5 {
            sf = 0.5;
        }
        let count = functions.len() * (n_in + n_out);
        let mut pool = CandidatePool {
            scores: vec![T::zero(); functions.len()],
            functions,
            steepnesses,
            n_in,
            n_out,
            weights: vec![T::zero(); count],
            slopes: vec![T::zero(); count],
            steps: vec![T::zero(); count],
            prev_slopes: vec![T::zero(); count],
            fast: false,
        };
        let stride = pool.stride();
        for k in 0..pool.len() {
            self.init_candidate_weights(&mut pool, k * stride, (k + 1) * stride, sf, rng);
        }
        Some(pool)
    }

    /// `initialize_candidate_weights` over pool weights `[first, last)`: the weight at
    /// `first + num_input` (the bias, for a whole candidate) is drawn from `[-scale, scale]`,
    /// the others from `[0, scale]`; slopes and steps are reset.
    pub fn init_candidate_weights(
        &self,
        pool: &mut CandidatePool<T>,
        first: usize,
        last: usize,
        scale: f32,
        rng: &mut dyn RandomSource,
    ) {
        let step = if self.params.training_algorithm == train_alg::RPROP {
            T::from_f32(self.params.rprop_delta_zero)
        } else {
            T::zero()
        };
        let bias = first.wrapping_add(self.num_input as usize);
        for i in first..last.min(pool.weights.len()) {
            let low = if i == bias { -scale } else { 0.0 };
            pool.weights[i] = T::from_f32(fann_rand(rng, low, scale));
            pool.slopes[i] = T::zero();
            pool.steps[i] = step;
            pool.prev_slopes[i] = T::zero();
        }
    }

    /// `fann_update_candidate_slopes` for the pattern just run, with the output errors the
    /// caller put in the output neurons' `train_errors` (FANN's exported internal).
    pub fn update_candidate_slopes(
        &mut self,
        pool: &mut CandidatePool<T>,
        events: &mut dyn FnMut(CascadeEvent),
    ) {
        let Some(errors) = self.train.train_errors.as_ref() else {
            return;
        };
        let Some(start) = self.neurons.len().checked_sub(pool.n_out) else {
            return;
        };
        let Some(errors) = errors.get(start..start + pool.n_out) else {
            return;
        };
        let errors = errors.to_vec();
        self.accumulate_candidate_slopes(pool, &errors, &mut Vec::new(), events);
        // FANN's scores are the public array itself.
        self.cascade_candidate_scores = Some(pool.scores.clone());
    }

    /// One pattern's contribution to every candidate's score and slopes: the candidates'
    /// outputs from the current neuron values, correlated with the output `errors`.
    fn accumulate_candidate_slopes(
        &self,
        c: &mut CandidatePool<T>,
        errors: &[T],
        values: &mut Vec<T>,
        events: &mut dyn FnMut(CascadeEvent),
    ) {
        let (n_in, n_out, stride) = (c.n_in, c.n_out, c.stride());
        let Some(sources) = self.neurons.get(..n_in) else {
            return;
        };
        if errors.len() < n_out {
            return;
        }
        let limit = T::from_f64(150.0);
        // The candidates' sources, contiguous (FANN's summation order is kept).
        values.clear();
        values.extend(sources.iter().map(|n| n.value));
        for k in 0..c.functions.len() {
            let (f, s) = (c.functions[k], c.steepnesses[k]);
            let w = &c.weights[k * stride..(k + 1) * stride];
            let mut sum = if c.fast {
                dot_wide(&w[..n_in], values)
            } else {
                dot_exact(&w[..n_in], values)
            };
            sum = clamp_sum(sum, limit / s);
            let fast = if c.fast {
                T::candidate_fast(f, s, sum)
            } else {
                None
            };
            let (a, d) = match fast {
                Some(pair) => pair,
                None => {
                    let a = activate::<T>(f, s * sum);
                    let d = activation_derived(f, s, a, sum).unwrap_or_else(|| {
                        events(CascadeEvent::Train(TrainEvent::CantTrainActivation));
                        T::zero()
                    });
                    (a, d)
                }
            };
            let mut ev = T::zero();
            let mut score = c.scores[k];
            let slopes = &mut c.slopes[k * stride..(k + 1) * stride];
            let two = T::from_f64(2.0);
            let outs = slopes[n_in..]
                .iter_mut()
                .zip(&w[n_in..])
                .zip(&errors[..n_out]);
            for ((slope, &v), &e) in outs {
                let diff = a * v - e;
                *slope = *slope - two * diff * a;
                ev = ev + diff * v;
                score = score - diff * diff;
            }
            c.scores[k] = score;
            let ev = ev * d;
            for (slope, &x) in slopes[..n_in].iter_mut().zip(values.iter()) {
                *slope = *slope - ev * x;
            }
        }
    }

    /// `fann_train_candidates_epoch`: scores and slopes of every candidate over all
    /// patterns, one weight update; records the scores and the winner (as FANN's
    /// `cascade_best_candidate`) and returns the winner's index and score.
    pub fn candidates_epoch(
        &mut self,
        c: &mut CandidatePool<T>,
        data: &Patterns<T>,
        rng: &mut dyn RandomSource,
        events: &mut dyn FnMut(CascadeEvent),
    ) -> (usize, T) {
        let n_out = c.n_out;
        let start = T::from_f32(self.params.mse_value);
        c.scores.fill(start);
        let out_first = self.layers[self.layers.len() - 1].first;
        let mut errors = vec![T::zero(); n_out];
        let mut values: Vec<T> = Vec::with_capacity(c.n_in);
        for p in 0..data.len() {
            self.run(data.inputs[p]);
            for (j, e) in errors.iter_mut().enumerate() {
                let t = data.outputs[p].get(j).copied().unwrap_or_default();
                *e = t - self.output.get(j).copied().unwrap_or_default();
                let f = self
                    .neurons
                    .get(out_first + j)
                    .map(|n| n.activation_function);
                if f.is_some_and(is_symmetric) {
                    *e = T::from_f64(e.to_f64() / 2.0);
                }
            }
            self.accumulate_candidate_slopes(c, &errors, &mut values, events);
        }
        self.update_candidate_weights(c, data.len() as u32, rng, events);
        self.record_best_candidate(c)
    }

    /// The end of a candidate epoch: the scores and the winner (FANN's first highest score)
    /// recorded as FANN records them; the winner's index and score.
    fn record_best_candidate(&mut self, c: &CandidatePool<T>) -> (usize, T) {
        let mut best = 0;
        for k in 1..c.scores.len() {
            if c.scores[k] > c.scores[best] {
                best = k;
            }
        }
        let score = c.scores.get(best).copied().unwrap_or_default();
        self.cascade_candidate_scores = Some(c.scores.clone());
        self.params.cascade_best_candidate = (self.neurons.len() + best + 1) as u32;
        (best, score)
    }

    /// [`candidates_epoch`](Self::candidates_epoch) on the fast path, over blocks of samples:
    /// one forward product for the network, one for the candidates' sums and one for their
    /// input slopes per block. `None` (nothing done) when the network's shape needs the
    /// per-sample path.
    fn candidates_epoch_fast(
        &mut self,
        c: &mut CandidatePool<T>,
        data: &Patterns<T>,
        rng: &mut dyn RandomSource,
        events: &mut dyn FnMut(CascadeEvent),
        gemm: &dyn super::fast::Gemm<T>,
    ) -> Option<(usize, T)> {
        use super::fast::{View, BLOCK};
        let shapes = self.fast_shapes()?;
        let total = self.neurons.len();
        let (n_in, n_out, stride, count) = (c.n_in, c.n_out, c.stride(), c.len());
        if n_in + n_out != total || self.num_output as usize != n_out || count == 0 {
            return None;
        }
        let h0 = self.layers[0].last;
        let hid = total - h0;
        let block = BLOCK.min(data.len().max(1));
        let mut values = vec![T::zero(); block * total];
        let mut sums = vec![T::zero(); block * hid];
        let mut cand = vec![T::zero(); block * count];
        let mut outs = vec![T::zero(); block * count];
        let mut acts = vec![T::zero(); count];
        let mut ders = vec![T::zero(); count];
        let mut errors = vec![T::zero(); n_out];
        let start_score = T::from_f32(self.params.mse_value);
        c.scores.fill(start_score);
        let out_first = self.layers[self.layers.len() - 1].first;
        let symmetric: Vec<bool> = (0..n_out)
            .map(|j| is_symmetric(self.neurons[out_first + j].activation_function))
            .collect();
        let limits: Vec<T> = c
            .steepnesses
            .iter()
            .map(|&s| T::from_f64(150.0) / s)
            .collect();
        let two = T::from_f64(2.0);
        let mut start = 0;
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
            // Candidate sums: S = V[:, ..n_in] * W_in^T.
            let v = View {
                offset: 0,
                rows,
                cols: n_in,
                row_stride: total,
                col_stride: 1,
            };
            let wt = View {
                offset: 0,
                rows: n_in,
                cols: count,
                row_stride: 1,
                col_stride: stride,
            };
            let sv = View {
                offset: 0,
                rows,
                cols: count,
                row_stride: count,
                col_stride: 1,
            };
            gemm.gemm(&values, v, &c.weights, wt, &mut cand, sv, false);
            for r in 0..rows {
                let desired = data.outputs[start + r];
                for (j, e) in errors.iter_mut().enumerate() {
                    let t = desired.get(j).copied().unwrap_or_default();
                    *e = t - values[r * total + out_first + j];
                    if symmetric[j] {
                        *e = T::from_f64(e.to_f64() / 2.0);
                    }
                }
                // Outputs and derivatives, run by run of candidates sharing a function.
                let row = &cand[r * count..(r + 1) * count];
                let mut k0 = 0;
                while k0 < count {
                    let f = c.functions[k0];
                    let k1 = k0 + c.functions[k0..].iter().take_while(|&&g| g == f).count();
                    let done = T::candidates_fast_run(
                        f,
                        &c.steepnesses[k0..k1],
                        &limits[k0..k1],
                        &row[k0..k1],
                        &mut acts[k0..k1],
                        &mut ders[k0..k1],
                    );
                    if !done {
                        for k in k0..k1 {
                            let (s, max_sum) = (c.steepnesses[k], limits[k]);
                            let sum = clamp_sum(row[k], max_sum);
                            let a = activate::<T>(f, s * sum);
                            acts[k] = a;
                            ders[k] = activation_derived(f, s, a, sum).unwrap_or_else(|| {
                                events(CascadeEvent::Train(TrainEvent::CantTrainActivation));
                                T::zero()
                            });
                        }
                    }
                    k0 = k1;
                }
                let per_candidate = acts
                    .iter()
                    .zip(&ders)
                    .zip(&mut outs[r * count..(r + 1) * count])
                    .zip(&mut c.scores)
                    .zip(c.weights.chunks_exact(stride))
                    .zip(c.slopes.chunks_exact_mut(stride));
                for (((((&a, &d), out), score), w), slopes) in per_candidate {
                    let mut ev = T::zero();
                    let mut sc = *score;
                    let outputs = slopes[n_in..].iter_mut().zip(&w[n_in..]).zip(&errors);
                    for ((slope, &v), &e) in outputs {
                        let diff = a * v - e;
                        *slope = *slope - two * diff * a;
                        ev = ev + diff * v;
                        sc = sc - diff * diff;
                    }
                    *score = sc;
                    // Negated: the input slopes below are accumulated with a plus.
                    *out = T::zero() - ev * d;
                }
            }
            // Input slopes: G_in += (-EV)^T * V[:, ..n_in].
            let evt = View {
                offset: 0,
                rows: count,
                cols: rows,
                row_stride: 1,
                col_stride: count,
            };
            let g = View {
                offset: 0,
                rows: count,
                cols: n_in,
                row_stride: stride,
                col_stride: 1,
            };
            gemm.gemm(&outs, evt, &values, v, &mut c.slopes, g, true);
            start = end;
        }
        self.update_candidate_weights(c, data.len() as u32, rng, events);
        Some(self.record_best_candidate(c))
    }

    /// `fann_update_candidate_weights`: the configured algorithm's update over all candidate
    /// weights (as one range).
    pub fn update_candidate_weights(
        &mut self,
        c: &mut CandidatePool<T>,
        num_data: u32,
        rng: &mut dyn RandomSource,
        events: &mut dyn FnMut(CascadeEvent),
    ) {
        // Run the network's own update rules on the candidate arrays.
        std::mem::swap(&mut self.weights, &mut c.weights);
        let saved = (
            self.train
                .train_slopes
                .replace(std::mem::take(&mut c.slopes)),
            self.train.prev_steps.replace(std::mem::take(&mut c.steps)),
            self.train
                .prev_train_slopes
                .replace(std::mem::take(&mut c.prev_slopes)),
        );
        let range = 0..self.weights.len();
        match self.params.training_algorithm {
            train_alg::RPROP => self.update_irpropm(range),
            train_alg::SARPROP => {
                let epoch = self.params.sarprop_epoch;
                self.update_sarprop(epoch, range, rng);
            }
            train_alg::QUICKPROP => self.update_quickprop(num_data, range),
            train_alg::BATCH | train_alg::INCREMENTAL => events(CascadeEvent::CantUseTrainAlg),
            _ => {}
        }
        std::mem::swap(&mut self.weights, &mut c.weights);
        c.slopes = std::mem::replace(&mut self.train.train_slopes, saved.0).unwrap_or_default();
        c.steps = std::mem::replace(&mut self.train.prev_steps, saved.1).unwrap_or_default();
        c.prev_slopes =
            std::mem::replace(&mut self.train.prev_train_slopes, saved.2).unwrap_or_default();
    }

    /// `fann_train_candidates`: candidate epochs until the score limit, stagnation or the
    /// epoch limit; returns the epochs run and the winner.
    pub fn train_candidates(
        &mut self,
        c: &mut CandidatePool<T>,
        data: &Patterns<T>,
        rng: &mut dyn RandomSource,
        events: &mut dyn FnMut(CascadeEvent),
        gemm: CascadeGemm<'_, T>,
    ) -> (u32, usize) {
        let p = &self.params;
        let (max_epochs, min_epochs) = (p.cascade_max_cand_epochs, p.cascade_min_cand_epochs);
        let change = p.cascade_candidate_change_fraction;
        let stagnation_epochs = p.cascade_candidate_stagnation_epochs;
        let limit = p.cascade_candidate_limit;
        let (mut target, mut backslide) = (T::zero(), T::from_f32(-1.0e20));
        let mut stagnation = max_epochs;
        let mut best = 0;
        let mut epochs = max_epochs;
        for i in 0..max_epochs {
            let (b, score) = match gemm {
                Some(g) if c.fast => match self.candidates_epoch_fast(c, data, rng, events, g) {
                    Some(result) => result,
                    None => self.candidates_epoch(c, data, rng, events),
                },
                _ => self.candidates_epoch(c, data, rng, events),
            };
            best = b;
            if score / T::from_f32(self.params.mse_value) > limit {
                epochs = i + 1;
                break;
            }
            if score > target || score < backslide {
                target = score * T::from_f32(1.0 + change);
                backslide = score * T::from_f32(1.0 - change);
                stagnation = i.wrapping_add(stagnation_epochs);
            }
            if i >= stagnation && i >= min_epochs {
                epochs = i + 1;
                break;
            }
        }
        (epochs, best)
    }

    /// `fann_add_layer`: an empty layer inserted before layer `at` (at the end when `at` is
    /// past the last); returns its index.
    pub fn add_layer(&mut self, at: usize) -> usize {
        let at = at.min(self.layers.len());
        let pos = self.layers.get(at).map_or(self.neurons.len(), |l| l.first);
        self.layers.insert(
            at,
            Layer {
                first: pos,
                last: pos,
            },
        );
        at
    }

    /// `fann_add_candidate_neuron`: candidate `best` becomes the last neuron of `layer`, fed
    /// by every neuron of the earlier layers; every later neuron gets one more (last)
    /// connection from it, weighted by the candidate's output weights in reverse order times
    /// the weight multiplier. Like FANN, weights are read on past the winner's own (into the
    /// next candidates') when more are needed; past the pool they are zero.
    pub fn add_candidate_neuron_to(&mut self, c: &CandidatePool<T>, best: usize, layer: usize) {
        let Some(&target) = self.layers.get(layer) else {
            return;
        };
        let (Some(&function), Some(&steepness)) = (c.functions.get(best), c.steepnesses.get(best))
        else {
            return;
        };
        let base = best * c.stride();
        let cand = |i: usize| c.weights.get(base + i).copied().unwrap_or_default();
        let place = target.last;
        let after = self.neurons.len() - place;
        let split = self
            .neurons
            .get(place)
            .map_or(self.weights.len(), |n| n.first_con as usize);
        let multiplier = self.params.cascade_weight_multiplier;

        let mut weights = Vec::with_capacity(self.weights.len() + target.first + after);
        weights.extend_from_slice(&self.weights[..split]);
        let new_first = weights.len();
        weights.extend((0..target.first).map(cand));
        let mut neurons: Vec<Neuron<T>> = Vec::with_capacity(self.neurons.len() + 1);
        neurons.extend_from_slice(&self.neurons[..place]);
        neurons.push(Neuron {
            first_con: new_first as u32,
            last_con: weights.len() as u32,
            sum: T::zero(),
            value: T::zero(),
            activation_steepness: steepness,
            activation_function: function,
        });
        for (j, n) in self.neurons[place..].iter().enumerate() {
            let mut n = *n;
            let (first, last) = (n.first_con as usize, n.last_con as usize);
            n.first_con = weights.len() as u32;
            weights.extend_from_slice(&self.weights[first..last]);
            weights.push(cand(c.n_in + (after - 1 - j)) * multiplier);
            n.last_con = weights.len() as u32;
            neurons.push(n);
        }
        self.layers[layer].last += 1;
        for l in &mut self.layers[layer + 1..] {
            l.first += 1;
            l.last += 1;
        }
        self.neurons = neurons;
        self.weights = weights;
        // Cascade nets are read by position; FANN rewrites its pointers the same way.
        self.set_shortcut_sources();
    }

    /// `fann_install_candidate`: the winner becomes a one-neuron layer before the output
    /// layer.
    pub fn install_candidate(&mut self, c: &CandidatePool<T>, best: usize) {
        let layer = self.add_layer(self.layers.len() - 1);
        self.add_candidate_neuron_to(c, best, layer);
    }

    /// `fann_set_shortcut_connections`: connection i of every neuron comes from neuron i.
    pub fn set_shortcut_sources(&mut self) {
        self.sources = Vec::new();
        self.source_rule = super::network::SourceRule::FromFirst;
    }

    /// One cascade step after an output phase: create candidates, train them, install the
    /// best. Returns the candidate epochs, or `None` when there are no candidates.
    pub fn add_candidate_neuron(
        &mut self,
        data: &Patterns<T>,
        rng: &mut dyn RandomSource,
        events: &mut dyn FnMut(CascadeEvent),
        fast: bool,
        gemm: CascadeGemm<'_, T>,
    ) -> Option<u32> {
        let mut c = self.new_candidate_pool(rng)?;
        c.set_fast(fast);
        let (epochs, best) = self.train_candidates(&mut c, data, rng, events, gemm);
        self.install_candidate(&c, best);
        Some(epochs)
    }
}

/// `fann_activation` for the float builds: the function applied to an already scaled sum
/// (unknown functions leave it unchanged).
fn activate<T: FloatArith>(f: u32, x: T) -> T {
    T::activate(f, x).unwrap_or(x)
}
