//! Training data sets and FANN's training data file (formats.md 2): `num_data num_input
//! num_output`, then per pattern a line of inputs and a line of outputs. Numbers are always
//! in the C locale.

use std::fmt::Write;

use super::cfmt::fixed;
use super::create::Limits;
use super::error::FannError;
use super::num::{c_double_to_int, FannNum, NumKind};
use super::scan::Scanner;

/// A data set: `num_data` patterns, inputs and outputs stored row after row.
#[derive(Clone, Debug, PartialEq)]
pub struct TrainData<T> {
    pub num_data: u32,
    pub num_input: u32,
    pub num_output: u32,
    pub input: Vec<T>,
    pub output: Vec<T>,
}

impl<T: FannNum> TrainData<T> {
    /// Bytes a set of this shape takes in FANN's layout (row pointers and values), or
    /// `None` on overflow.
    pub fn footprint(num_data: u32, num_input: u32, num_output: u32) -> Option<u64> {
        let values = (num_data as u64).checked_mul(num_input as u64 + num_output as u64)?;
        values
            .checked_mul(T::SIZE as u64)?
            .checked_add(num_data as u64 * 16)
    }

    pub fn input_row(&self, i: usize) -> &[T] {
        let n = self.num_input as usize;
        &self.input[i * n..(i + 1) * n]
    }

    pub fn output_row(&self, i: usize) -> &[T] {
        let n = self.num_output as usize;
        &self.output[i * n..(i + 1) * n]
    }
}

/// Parses a training data file. Failures are error 10 with FANN's logical line number
/// (header 1, inputs of pattern i 2+2i, outputs 3+2i), or error 11 when the header asks for
/// more memory than `limits` allow. Memory grows only with what the file really contains.
pub fn parse_train<T: FannNum>(
    bytes: &[u8],
    name: &str,
    limits: &Limits,
) -> Result<TrainData<T>, FannError> {
    let mut sc = Scanner::new(bytes);
    let err = |line: u32| FannError::CantReadTd(name.to_string(), line as i32);
    let header = (|| {
        let a = sc.uint()?;
        let b = sc.uint()?;
        let c = sc.uint()?;
        sc.skip_space();
        Some((a, b, c))
    })();
    let (num_data, num_input, num_output) = header.ok_or_else(|| err(1))?;
    match TrainData::<T>::footprint(num_data, num_input, num_output) {
        Some(bytes) if bytes <= limits.max_bytes => {}
        _ => return Err(FannError::CantAllocateMem),
    }
    let mut input = Vec::new();
    let mut output = Vec::new();
    // Patterns without values read nothing: no need to walk (possibly billions of) them.
    let rows = if num_input == 0 && num_output == 0 {
        0
    } else {
        num_data
    };
    for i in 0..rows {
        for _ in 0..num_input {
            input.push(read_value::<T>(&mut sc).ok_or_else(|| err(2 + 2 * i))?);
        }
        for _ in 0..num_output {
            output.push(read_value::<T>(&mut sc).ok_or_else(|| err(3 + 2 * i))?);
        }
    }
    Ok(TrainData {
        num_data,
        num_input,
        num_output,
        input,
        output,
    })
}

/// One value with FANNSCANF and the space after it.
fn read_value<T: FannNum>(sc: &mut Scanner) -> Option<T> {
    let v = match T::KIND {
        NumKind::Float => sc.float().map(T::from_f32),
        NumKind::Double => sc.double().map(T::from_f64),
        NumKind::Fixed => sc.int().map(|v| T::from_f64(v as f64)),
    }?;
    sc.skip_space();
    Some(v)
}

/// The file `fann_save_train` writes (`decimal_point` None) or `fann_save_train_to_fixed`
/// writes (Some). Rows are given as slices so callers may keep their own storage.
pub fn train_text<'a, T: FannNum>(
    num_input: u32,
    num_output: u32,
    rows: impl ExactSizeIterator<Item = (&'a [T], &'a [T])>,
    decimal_point: Option<u32>,
) -> String {
    let mut s = format!("{} {} {}\n", rows.len(), num_input, num_output);
    for (inputs, outputs) in rows {
        for line in [inputs, outputs] {
            for &x in line {
                write_value(&mut s, x, decimal_point);
            }
            s.push('\n');
        }
    }
    s
}

fn write_value<T: FannNum>(s: &mut String, x: T, decimal_point: Option<u32>) {
    if T::KIND == NumKind::Fixed {
        let _ = write!(s, "{} ", x.to_f64() as i32);
        return;
    }
    if let Some(dp) = decimal_point {
        // Truncation of the product formed in the number type's precision.
        let m = 1u32.wrapping_shl(dp);
        let product = match T::KIND {
            NumKind::Float => (x.to_f32() * m as f32) as f64,
            _ => x.to_f64() * m as f64,
        };
        let _ = write!(s, "{} ", c_double_to_int(product));
        return;
    }
    // FANN's "is it an integer" test, 32-bit wrap-around and INT_MIN conversions included.
    let v = x.to_f64();
    let a = c_double_to_int((v + 0.5).floor());
    let r = c_double_to_int((v * 1000000.0 + 0.5).floor());
    if a.wrapping_mul(1000000) == r {
        let _ = write!(s, "{} ", c_double_to_int(v));
    } else {
        let _ = write!(s, "{} ", fixed(v, 6, 0));
    }
}

/// Smallest and largest value over all `rows` (FANN's scan: starts at the first value, and a
/// new minimum is never also tested as a maximum). `None` when there are no values.
pub fn min_max<T: FannNum>(rows: &[&[T]]) -> Option<(T, T)> {
    let first = *rows.iter().find(|r| !r.is_empty())?.first()?;
    let (mut lo, mut hi) = (first, first);
    for &v in rows.iter().flat_map(|r| r.iter()) {
        if v < lo {
            lo = v;
        } else if v > hi {
            hi = v;
        }
    }
    Some((lo, hi))
}

/// `fann_scale_data_to_range`: maps `[old_min, old_max]` linearly onto `[new_min, new_max]`
/// in `fann_type` arithmetic and clamps to the new range.
pub fn scale_to_range<T: FannNum>(
    rows: &mut [&mut [T]],
    old_min: T,
    old_max: T,
    new_min: T,
    new_max: T,
) {
    let factor = new_max.c_sub(new_min).c_div(old_max.c_sub(old_min));
    for v in rows.iter_mut().flat_map(|r| r.iter_mut()) {
        let t = v.c_sub(old_min).c_mul(factor).c_add(new_min);
        *v = if t < new_min {
            new_min
        } else if t > new_max {
            new_max
        } else {
            t
        };
    }
}

/// `fann_scale_*_train_data`: from the global minimum and maximum of `rows` to the new range.
pub fn scale_rows<T: FannNum>(rows: &mut [&mut [T]], new_min: T, new_max: T) {
    let shared: Vec<&[T]> = rows.iter().map(|r| &r[..]).collect();
    if let Some((lo, hi)) = min_max(&shared) {
        scale_to_range(rows, lo, hi, new_min, new_max);
    }
}
