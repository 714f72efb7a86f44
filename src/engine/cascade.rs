//! Cascade-correlation (FANN's Cascade2, algorithms.md 7): output phases with stagnation
//! detection, a pool of candidate neurons trained to correlate with the remaining error,
//! and installation of the best one as a new shortcut layer before the output layer.

// Index loops walk FANN's parallel per-candidate arrays in its order; `clamp` would treat
// NaN differently from FANN's comparison chain.
#![allow(clippy::needless_range_loop, clippy::manual_clamp)]

use super::activation::is_symmetric;
use super::forward::{dot_exact, FloatArith};
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
/// `n_in` input weights followed by one weight per output.
struct Candidates<T> {
    functions: Vec<u32>,
    steepnesses: Vec<T>,
    n_in: usize,
    weights: Vec<T>,
    slopes: Vec<T>,
    steps: Vec<T>,
    prev_slopes: Vec<T>,
}

impl<T> Candidates<T> {
    fn stride(&self, num_output: usize) -> usize {
        self.n_in + num_output
    }
}

impl<T: FloatArith> Network<T> {
    /// `fann_train_outputs_epoch`: one epoch that trains only the output layer's weights.
    pub fn outputs_epoch(
        &mut self,
        data: &Patterns<T>,
        rng: &mut dyn RandomSource,
        events: &mut dyn FnMut(CascadeEvent),
    ) -> f32 {
        self.reset_mse();
        let last = self.layers.len() - 1;
        for i in 0..data.len() {
            self.run(data.inputs[i]);
            self.compute_mse(data.outputs[i], &mut |e| events(CascadeEvent::Train(e)));
            self.update_slopes(last, last);
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
    ) -> u32 {
        let p = &self.params;
        let (max_epochs, min_epochs) = (p.cascade_max_out_epochs, p.cascade_min_out_epochs);
        let change = p.cascade_output_change_fraction;
        let stagnation_epochs = p.cascade_output_stagnation_epochs;
        self.clear_train_arrays();
        let initial = self.outputs_epoch(data, rng, events);
        if self.desired_error_reached(desired_error) {
            return 1;
        }
        let (mut target, mut backslide) = (0.0f32, -1.0e20f32);
        let mut stagnation = max_epochs;
        for i in 1..max_epochs {
            let error = self.outputs_epoch(data, rng, events);
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
    fn initialize_candidates(&self, rng: &mut dyn RandomSource) -> Option<Candidates<T>> {
        let p = &self.params;
        let total = self.neurons.len() as u32;
        let (num_input, num_output) = (self.num_input, self.num_output);
        let hidden = total.wrapping_sub(num_input).wrapping_sub(num_output);
        let n_in = total.wrapping_sub(num_output) as usize;
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
        let stride = n_in + num_output as usize;
        let count = functions.len() * stride;
        let mut weights = Vec::with_capacity(count);
        for _ in 0..functions.len() {
            for i in 0..stride {
                let low = if i == num_input as usize { -sf } else { 0.0 };
                weights.push(T::from_f32(fann_rand(rng, low, sf)));
            }
        }
        let step = if p.training_algorithm == train_alg::RPROP {
            T::from_f32(p.rprop_delta_zero)
        } else {
            T::zero()
        };
        Some(Candidates {
            functions,
            steepnesses,
            n_in,
            weights,
            slopes: vec![T::zero(); count],
            steps: vec![step; count],
            prev_slopes: vec![T::zero(); count],
        })
    }

    /// `fann_train_candidates_epoch`: scores and slopes of every candidate over all
    /// patterns, one weight update; returns the index and score of the best candidate.
    fn candidates_epoch(
        &mut self,
        c: &mut Candidates<T>,
        scores: &mut [T],
        data: &Patterns<T>,
        rng: &mut dyn RandomSource,
        events: &mut dyn FnMut(CascadeEvent),
    ) -> (usize, T) {
        let num_output = self.num_output as usize;
        let stride = c.stride(num_output);
        let start = T::from_f32(self.params.mse_value);
        scores.fill(start);
        let out_first = self.layers[self.layers.len() - 1].first;
        let mut errors = vec![T::zero(); num_output];
        let mut values: Vec<T> = Vec::with_capacity(c.n_in);
        let limit = T::from_f64(150.0);
        for p in 0..data.len() {
            self.run(data.inputs[p]);
            for (j, e) in errors.iter_mut().enumerate() {
                let t = data.outputs[p].get(j).copied().unwrap_or_default();
                *e = t - self.output[j];
                if is_symmetric(self.neurons[out_first + j].activation_function) {
                    *e = T::from_f64(e.to_f64() / 2.0);
                }
            }
            // The candidates' sources, contiguous (FANN's summation order is kept).
            values.clear();
            values.extend(self.neurons[..c.n_in].iter().map(|n| n.value));
            for k in 0..c.functions.len() {
                let (f, s) = (c.functions[k], c.steepnesses[k]);
                let w = &c.weights[k * stride..(k + 1) * stride];
                let mut sum = dot_exact(&w[..c.n_in], &values);
                let max_sum = limit / s;
                if sum > max_sum {
                    sum = max_sum;
                } else if sum < -max_sum {
                    sum = -max_sum;
                }
                let a = activate::<T>(f, s * sum);
                let d = activation_derived(f, s, a, sum).unwrap_or_else(|| {
                    events(CascadeEvent::Train(TrainEvent::CantTrainActivation));
                    T::zero()
                });
                let mut ev = T::zero();
                let mut score = scores[k];
                let slopes = &mut c.slopes[k * stride..(k + 1) * stride];
                for j in 0..num_output {
                    let v = w[c.n_in + j];
                    let diff = a * v - errors[j];
                    slopes[c.n_in + j] = slopes[c.n_in + j] - T::from_f64(2.0) * diff * a;
                    ev = ev + diff * v;
                    score = score - diff * diff;
                }
                scores[k] = score;
                let ev = ev * d;
                for i in 0..c.n_in {
                    slopes[i] = slopes[i] - ev * values[i];
                }
            }
        }
        self.update_candidate_weights(c, data.len() as u32, rng, events);
        let mut best = 0;
        for k in 1..scores.len() {
            if scores[k] > scores[best] {
                best = k;
            }
        }
        (best, scores[best])
    }

    /// The configured algorithm's update over all candidate weights (as one range).
    fn update_candidate_weights(
        &mut self,
        c: &mut Candidates<T>,
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
    fn train_candidates(
        &mut self,
        c: &mut Candidates<T>,
        data: &Patterns<T>,
        rng: &mut dyn RandomSource,
        events: &mut dyn FnMut(CascadeEvent),
    ) -> (u32, usize) {
        let p = &self.params;
        let (max_epochs, min_epochs) = (p.cascade_max_cand_epochs, p.cascade_min_cand_epochs);
        let change = p.cascade_candidate_change_fraction;
        let stagnation_epochs = p.cascade_candidate_stagnation_epochs;
        let limit = p.cascade_candidate_limit;
        let mut scores = vec![T::zero(); c.functions.len()];
        let (mut target, mut backslide) = (T::zero(), T::from_f32(-1.0e20));
        let mut stagnation = max_epochs;
        let mut best = 0;
        let mut epochs = max_epochs;
        for i in 0..max_epochs {
            let (b, score) = self.candidates_epoch(c, &mut scores, data, rng, events);
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
        self.cascade_candidate_scores = Some(scores);
        self.params.cascade_best_candidate = (self.neurons.len() + best + 1) as u32;
        (epochs, best)
    }

    /// `fann_install_candidate`: the winner becomes a one-neuron layer before the output
    /// layer, fed by every earlier neuron; each output neuron gets one more connection from
    /// it, weighted by the winner's output weights in reverse order times the multiplier.
    fn install_candidate(&mut self, c: &Candidates<T>, best: usize) {
        let num_output = self.num_output as usize;
        let stride = c.stride(num_output);
        let w = &c.weights[best * stride..(best + 1) * stride];
        let out_layer = self.layers[self.layers.len() - 1];
        let out_first_con = self.neurons[out_layer.first].first_con as usize;
        let multiplier = self.params.cascade_weight_multiplier;

        let mut weights = Vec::with_capacity(self.weights.len() + c.n_in + num_output);
        weights.extend_from_slice(&self.weights[..out_first_con]);
        weights.extend_from_slice(&w[..c.n_in]);
        let mut neurons: Vec<Neuron<T>> = self.neurons[..out_layer.first].to_vec();
        neurons.push(Neuron {
            first_con: out_first_con as u32,
            last_con: (out_first_con + c.n_in) as u32,
            sum: T::zero(),
            value: T::zero(),
            activation_steepness: c.steepnesses[best],
            activation_function: c.functions[best],
        });
        for (k, n) in self.neurons[out_layer.first..out_layer.last]
            .iter()
            .enumerate()
        {
            let mut n = *n;
            let (first, last) = (n.first_con as usize, n.last_con as usize);
            n.first_con = weights.len() as u32;
            weights.extend_from_slice(&self.weights[first..last]);
            let reversed = num_output
                .checked_sub(1 + k)
                .map_or(T::zero(), |j| w[c.n_in + j]);
            weights.push(reversed * multiplier);
            n.last_con = weights.len() as u32;
            neurons.push(n);
        }
        let new_index = out_layer.first;
        self.layers.insert(
            self.layers.len() - 1,
            Layer {
                first: new_index,
                last: new_index + 1,
            },
        );
        let last = self.layers.len() - 1;
        self.layers[last] = Layer {
            first: new_index + 1,
            last: out_layer.last + 1,
        };
        self.neurons = neurons;
        self.weights = weights;
        // Cascade nets are read by position; FANN rewrites its pointers the same way.
        self.set_shortcut_sources();
    }

    /// `fann_set_shortcut_connections`: connection i of every neuron comes from neuron i.
    pub fn set_shortcut_sources(&mut self) {
        let mut sources = vec![0u32; self.weights.len()];
        for n in &self.neurons {
            let (first, last) = (n.first_con as usize, n.last_con as usize);
            for (i, s) in sources[first.min(last)..last.min(self.weights.len())]
                .iter_mut()
                .enumerate()
            {
                *s = i as u32;
            }
        }
        self.sources = sources;
    }

    /// One cascade step after an output phase: create candidates, train them, install the
    /// best. Returns the candidate epochs, or `None` when there are no candidates.
    pub fn add_candidate_neuron(
        &mut self,
        data: &Patterns<T>,
        rng: &mut dyn RandomSource,
        events: &mut dyn FnMut(CascadeEvent),
    ) -> Option<u32> {
        let mut c = self.initialize_candidates(rng)?;
        let (epochs, best) = self.train_candidates(&mut c, data, rng, events);
        self.install_candidate(&c, best);
        Some(epochs)
    }
}

/// `fann_activation` for the float builds: the function applied to an already scaled sum
/// (unknown functions leave it unchanged).
fn activate<T: FloatArith>(f: u32, x: T) -> T {
    T::activate(f, x).unwrap_or(x)
}
