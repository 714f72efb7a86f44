//! Input/output scaling (algorithms.md 8): per-column statistics kept as `f32` arrays, and
//! the in-place transforms applied in the network's number type.

use super::error::FannError;
use super::network::{Network, Scaling};
use super::num::FannNum;

/// Which side of the network a parameter set describes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Side {
    Input,
    Output,
}

fn arrays(s: &mut Scaling, side: Side) -> [&mut Vec<f32>; 4] {
    match side {
        Side::Input => [
            &mut s.mean_in,
            &mut s.deviation_in,
            &mut s.new_min_in,
            &mut s.factor_in,
        ],
        Side::Output => [
            &mut s.mean_out,
            &mut s.deviation_out,
            &mut s.new_min_out,
            &mut s.factor_out,
        ],
    }
}

fn reset(s: &mut Scaling, side: Side) {
    for (v, default) in arrays(s, side).into_iter().zip([0.0, 1.0, -1.0, 1.0]) {
        v.fill(default);
    }
}

impl<T: FannNum> Network<T> {
    /// `fann_set_input/output_scaling_params`: column means and population deviations of
    /// `rows` (one slice per pattern), all in `f32` as FANN computes them.
    pub fn set_scaling_params(&mut self, side: Side, rows: &[&[T]], new_min: f32, new_max: f32) {
        let s = self.ensure_scaling();
        if rows.is_empty() {
            reset(s, side);
            return;
        }
        let n = rows.len() as f32;
        let [mean, deviation, new_mins, factor] = arrays(s, side);
        for c in 0..mean.len() {
            let column = || {
                rows.iter()
                    .map(move |r| r.get(c).map_or(0.0, |x| x.to_f32()))
            };
            let m = column().fold(0f32, |acc, x| acc + x) / n;
            let acc = column().fold(0f32, |acc, x| {
                let t = x - m;
                acc + t * t
            });
            mean[c] = m;
            deviation[c] = ((acc / n) as f64).sqrt() as f32;
            factor[c] = (new_max - new_min) / 2.0;
            new_mins[c] = new_min;
        }
    }

    /// `fann_clear_scaling_params`: all eight arrays back to the defaults.
    pub fn clear_scaling_params(&mut self) {
        let s = self.ensure_scaling();
        reset(s, Side::Input);
        reset(s, Side::Output);
    }

    /// `fann_scale_input/output`: standardise, then map [-1, 1] onto the new range.
    /// FANN 2.2.0 tests the input arrays for presence even for outputs.
    pub fn scale(&self, side: Side, values: &mut [T]) -> Result<(), FannError> {
        self.transform(side, values, |x, mean, dev, new_min, factor| {
            x.c_sub(mean)
                .c_div(dev)
                .c_sub(T::from_f64(-1.0))
                .c_mul(factor)
                .c_add(new_min)
        })
    }

    /// `fann_descale_input/output`: the inverse of `scale`.
    pub fn descale(&self, side: Side, values: &mut [T]) -> Result<(), FannError> {
        self.transform(side, values, |x, mean, dev, new_min, factor| {
            x.c_sub(new_min)
                .c_div(factor)
                .c_add(T::from_f64(-1.0))
                .c_mul(dev)
                .c_add(mean)
        })
    }

    fn transform(
        &self,
        side: Side,
        values: &mut [T],
        f: impl Fn(T, T, T, T, T) -> T,
    ) -> Result<(), FannError> {
        let s = self.scaling.as_ref().ok_or(FannError::ScaleNotPresent)?;
        let (mean, dev, new_min, factor) = match side {
            Side::Input => (&s.mean_in, &s.deviation_in, &s.new_min_in, &s.factor_in),
            Side::Output => (&s.mean_out, &s.deviation_out, &s.new_min_out, &s.factor_out),
        };
        for (i, x) in values.iter_mut().enumerate().take(mean.len()) {
            let p = |v: &Vec<f32>| T::from_f32(v[i]);
            *x = f(*x, p(mean), p(dev), p(new_min), p(factor));
        }
        Ok(())
    }
}
