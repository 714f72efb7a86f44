//! Random numbers as FANN draws them.
//!
//! FANN takes every random number from C's `rand()`. The engine asks a [`RandomSource`] for
//! raw `rand()` values; the C layer answers with libc's `rand()` so that programs calling
//! `srand()` see FANN's sequences, and Rust users can use [`GlibcRand`], a self-contained
//! copy of glibc's generator, for the same numbers without global state.

/// A source of `rand()` values in `0..=RAND_MAX` (glibc: `2^31 - 1`).
pub trait RandomSource {
    fn next_rand(&mut self) -> i32;
}

/// `fann_rand(min, max)`: evaluated entirely in `f32`, as FANN's macro is.
pub fn fann_rand(rng: &mut dyn RandomSource, min: f32, max: f32) -> f32 {
    let r = rng.next_rand() as f32;
    min + ((max - min) * r) / 2147483648.0f32
}

/// glibc's default `rand()` (the TYPE_3 additive feedback generator), seeded like `srand()`.
#[derive(Clone, Debug)]
pub struct GlibcRand {
    state: [i32; 34],
    pos: usize,
}

impl GlibcRand {
    pub fn new(seed: u32) -> Self {
        let mut r = [0i32; 34];
        r[0] = if seed == 0 { 1 } else { seed as i32 };
        for i in 1..31 {
            let prev = r[i - 1];
            let hi = prev / 127773;
            let lo = prev % 127773;
            let mut word = 16807i32
                .wrapping_mul(lo)
                .wrapping_sub(2836i32.wrapping_mul(hi));
            if word < 0 {
                word = word.wrapping_add(2147483647);
            }
            r[i] = word;
        }
        for i in 31..34 {
            r[i] = r[i - 31];
        }
        let mut g = GlibcRand { state: r, pos: 0 };
        for _ in 0..310 {
            g.step();
        }
        g
    }

    fn step(&mut self) -> i32 {
        // state holds the last 34 words as a ring; r[k] = r[k-31] + r[k-3].
        let k = self.pos;
        let idx31 = (k + 3) % 34; // k - 31 (mod 34)
        let idx3 = (k + 31) % 34; // k - 3 (mod 34)
        let word = self.state[idx31].wrapping_add(self.state[idx3]);
        self.state[k] = word;
        self.pos = (k + 1) % 34;
        ((word as u32) >> 1) as i32
    }
}

impl RandomSource for GlibcRand {
    fn next_rand(&mut self) -> i32 {
        self.step()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glibc_sequences() {
        let mut g = GlibcRand::new(1);
        let v: Vec<i32> = (0..5).map(|_| g.next_rand()).collect();
        assert_eq!(
            v,
            [1804289383, 846930886, 1681692777, 1714636915, 1957747793]
        );
        let mut g = GlibcRand::new(42);
        let v: Vec<i32> = (0..5).map(|_| g.next_rand()).collect();
        assert_eq!(v, [71876166, 708592740, 1483128881, 907283241, 442951012]);
    }

    #[test]
    #[allow(clippy::excessive_precision)] // the exact double FANN prints
    fn fann_rand_first_weight() {
        let mut g = GlibcRand::new(1);
        assert_eq!(fann_rand(&mut g, -0.1, 0.1) as f64, 0.068037547171115875);
    }
}
