//! A reader with C `fscanf` semantics in the C locale: FANN's file readers are sequences of
//! `fscanf` calls, so their tolerance (whitespace anywhere a pattern has a space, numbers as
//! the longest valid prefix, `%u` wrapping negative values) is part of the file format.

/// Cursor over the bytes of a file.
pub struct Scanner<'a> {
    bytes: &'a [u8],
    pos: usize,
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

impl<'a> Scanner<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Scanner { bytes, pos: 0 }
    }

    /// Bytes not consumed yet.
    pub fn remaining(&self) -> usize {
        self.bytes.len() - self.pos
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    pub fn skip_space(&mut self) {
        while self.peek().is_some_and(is_space) {
            self.pos += 1;
        }
    }

    /// Consumes exactly `n` bytes (C `fread`), or `None` if fewer remain.
    pub fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let chunk = self.bytes.get(self.pos..self.pos + n)?;
        self.pos += n;
        Some(chunk)
    }

    /// Matches a scanf pattern's literal text: a space matches any run of whitespace (also
    /// none); any other character must match exactly. Stops at the first mismatch, having
    /// consumed what matched, as scanf does.
    pub fn literal(&mut self, pattern: &str) -> bool {
        for &p in pattern.as_bytes() {
            if is_space(p) {
                self.skip_space();
            } else if self.peek() == Some(p) {
                self.pos += 1;
            } else {
                return false;
            }
        }
        true
    }

    /// Optional sign and decimal digits after skipped whitespace: `(negative, magnitude)`,
    /// the magnitude saturated at `u64::MAX` like `strtoul`'s overflow.
    fn integer(&mut self) -> Option<(bool, u64, bool)> {
        self.skip_space();
        let start = self.pos;
        let negative = match self.peek() {
            Some(b'-') => {
                self.pos += 1;
                true
            }
            Some(b'+') => {
                self.pos += 1;
                false
            }
            _ => false,
        };
        let digits = self.pos;
        let mut value: u64 = 0;
        let mut overflow = false;
        while let Some(d) = self.peek().filter(u8::is_ascii_digit) {
            match value
                .checked_mul(10)
                .and_then(|v| v.checked_add(u64::from(d - b'0')))
            {
                Some(v) => value = v,
                None => overflow = true,
            }
            self.pos += 1;
        }
        if self.pos == digits {
            self.pos = start;
            return None;
        }
        Some((negative, if overflow { u64::MAX } else { value }, overflow))
    }

    /// `%u`: wraps negative values modulo 2^32 as glibc does.
    pub fn uint(&mut self) -> Option<u32> {
        let (negative, value, _) = self.integer()?;
        let v = if negative {
            value.wrapping_neg()
        } else {
            value
        };
        Some(v as u32)
    }

    /// `%d`: `strtol` saturation at the 64-bit range, then truncation to `int`.
    pub fn int(&mut self) -> Option<i32> {
        let (negative, value, overflow) = self.integer()?;
        let wide: i64 = match (negative, overflow || value > i64::MAX as u64) {
            (false, true) => i64::MAX,
            (true, true) if value == 1u64 << 63 && !overflow => i64::MIN,
            (true, true) => i64::MIN,
            (false, false) => value as i64,
            (true, false) => -(value as i64),
        };
        Some(wide as i32)
    }

    /// `%lf`/`%le`: the longest prefix that is a C floating-point number.
    pub fn double(&mut self) -> Option<f64> {
        let text = self.float_text()?;
        parse_c_float(&text, |s| s.parse::<f64>().ok())
    }

    /// `%f` into a `float` (rounded once, directly from the decimal text, like `strtof`).
    pub fn float(&mut self) -> Option<f32> {
        let text = self.float_text()?;
        parse_c_float(&text, |s| s.parse::<f32>().ok().map(f64::from)).map(|v| v as f32)
    }

    /// Consumes the longest prefix that forms a floating-point number and returns it.
    fn float_text(&mut self) -> Option<String> {
        self.skip_space();
        let start = self.pos;
        let rest = &self.bytes[self.pos..];
        let len = float_prefix_len(rest);
        if len == 0 {
            return None;
        }
        self.pos = start + len;
        Some(String::from_utf8_lossy(&rest[..len]).into_owned())
    }
}

/// Length of the longest prefix of `s` that `strtod` accepts (0 if none).
fn float_prefix_len(s: &[u8]) -> usize {
    let mut i = 0;
    if matches!(s.first(), Some(b'+' | b'-')) {
        i = 1;
    }
    let lower = |k: usize| s.get(k).map(|b| b.to_ascii_lowercase());
    let word = |k: usize, w: &str| w.bytes().enumerate().all(|(j, c)| lower(k + j) == Some(c));
    if word(i, "infinity") {
        return i + 8;
    }
    if word(i, "inf") {
        return i + 3;
    }
    if word(i, "nan") {
        let mut k = i + 3;
        if s.get(k) == Some(&b'(') {
            let mut j = k + 1;
            while s
                .get(j)
                .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_')
            {
                j += 1;
            }
            if s.get(j) == Some(&b')') {
                k = j + 1;
            }
        }
        return k;
    }
    let hex = s.get(i) == Some(&b'0') && matches!(lower(i + 1), Some(b'x'));
    let is_digit = |b: u8| {
        if hex {
            b.is_ascii_hexdigit()
        } else {
            b.is_ascii_digit()
        }
    };
    let mut k = if hex { i + 2 } else { i };
    let mut mantissa_digits = 0;
    while s.get(k).is_some_and(|&b| is_digit(b)) {
        k += 1;
        mantissa_digits += 1;
    }
    if s.get(k) == Some(&b'.') {
        k += 1;
        while s.get(k).is_some_and(|&b| is_digit(b)) {
            k += 1;
            mantissa_digits += 1;
        }
    }
    if mantissa_digits == 0 {
        // "0x" with no hex digits is the number 0 followed by "x".
        return if hex { i + 1 } else { 0 };
    }
    let exp_char = if hex { b'p' } else { b'e' };
    if lower(k) == Some(exp_char) {
        let mut j = k + 1;
        if matches!(s.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        if s.get(j).is_some_and(u8::is_ascii_digit) {
            while s.get(j).is_some_and(u8::is_ascii_digit) {
                j += 1;
            }
            k = j;
        }
    }
    k
}

/// Value of a complete C floating-point literal (decimal via `decimal`, hex and the special
/// words by hand).
fn parse_c_float(text: &str, decimal: impl Fn(&str) -> Option<f64>) -> Option<f64> {
    let (negative, body) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let lower = body.to_ascii_lowercase();
    let magnitude = if lower.starts_with("inf") {
        f64::INFINITY
    } else if lower.starts_with("nan") {
        f64::NAN
    } else if let Some(hex) = lower.strip_prefix("0x") {
        hex_float(hex)?
    } else {
        decimal(body)?
    };
    Some(if negative { -magnitude } else { magnitude })
}

/// A hexadecimal float body (after `0x`): digits, optional fraction, optional `p` exponent.
fn hex_float(body: &str) -> Option<f64> {
    let (mantissa, exp) = match body.split_once('p') {
        Some((m, e)) => (
            m,
            e.parse::<i64>().unwrap_or(if e.starts_with('-') {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            }),
        ),
        None => (body, 0),
    };
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let mut value = 0f64;
    for c in int_part.chars().chain(frac_part.chars()) {
        value = value * 16.0 + f64::from(c.to_digit(16)?);
    }
    let scale = exp
        .saturating_sub(4 * frac_part.len() as i64)
        .clamp(-2200, 2200) as i32;
    Some(value * 2f64.powi(scale))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scanf_numbers() {
        let mut s = Scanner::new(b" 12 -2 4294967297 1.5abc 0x10 -inf nan(x) .5 1e-3 5e");
        assert_eq!(s.uint(), Some(12));
        assert_eq!(s.uint(), Some(4294967294));
        assert_eq!(s.uint(), Some(1));
        assert_eq!(s.float(), Some(1.5));
        assert!(!s.literal(" x"));
        assert!(s.literal("abc"));
        assert_eq!(s.double(), Some(16.0));
        assert_eq!(s.double(), Some(f64::NEG_INFINITY));
        assert!(s.double().unwrap().is_nan());
        assert_eq!(s.float(), Some(0.5));
        assert_eq!(s.double(), Some(1e-3));
        assert_eq!(s.double(), Some(5.0));
        assert!(s.literal("e"));
        assert_eq!(s.double(), None);
    }

    #[test]
    fn scanf_int_saturates_then_truncates() {
        assert_eq!(Scanner::new(b"-7").int(), Some(-7));
        assert_eq!(Scanner::new(b"2147483648").int(), Some(i32::MIN));
        assert_eq!(Scanner::new(b"99999999999999999999").int(), Some(-1));
        assert_eq!(Scanner::new(b"x").int(), None);
    }

    #[test]
    fn literal_whitespace_matches_any_run() {
        let mut s = Scanner::new(b"neurons(a,b)=\n\n 3");
        assert!(s.literal("neurons (a, b)= "));
        assert_eq!(s.uint(), Some(3));
    }
}
