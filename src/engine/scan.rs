//! A reader with C `fscanf` semantics in the C locale: FANN's file readers are sequences of
//! `fscanf` calls, so their tolerance (whitespace anywhere a pattern has a space, numbers as
//! the longest valid prefix, `%u` wrapping negative values) is part of the file format.

/// Outcome of matching a literal pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Literal {
    Matched,
    Mismatch,
    Eof,
}

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

    /// `literal` that also tells whether the input ended before the pattern did (C
    /// `fscanf` returns EOF then, which FANN reports differently from a mismatch).
    pub fn literal_or_eof(&mut self, pattern: &str) -> Literal {
        for &p in pattern.as_bytes() {
            if is_space(p) {
                self.skip_space();
            } else if self.peek() == Some(p) {
                self.pos += 1;
            } else if self.peek().is_none() {
                return Literal::Eof;
            } else {
                return Literal::Mismatch;
            }
        }
        Literal::Matched
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
        let (negative, value, overflow) = self.integer()?;
        // strtoul's overflow result is ULONG_MAX whatever the sign.
        let v = if overflow {
            u64::MAX
        } else if negative {
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

    /// Consumes what glibc's float conversion consumes and returns the number's text.
    fn float_text(&mut self) -> Option<String> {
        self.skip_space();
        let rest = &self.bytes[self.pos..];
        let (consumed, valid) = float_scan(rest);
        self.pos += consumed;
        let valid = valid?;
        Some(String::from_utf8_lossy(&rest[..valid]).into_owned())
    }
}

/// What glibc's `scanf` float conversion does with `s`: the number of bytes it consumes and
/// the length of the text that gives the value (`None` when the conversion fails). It reads
/// greedily: an exponent marker and its sign are consumed even without digits ("1e" is 1),
/// "nan" takes no "(...)", a started "infinity" must be completed.
fn float_scan(s: &[u8]) -> (usize, Option<usize>) {
    let mut i = 0;
    if matches!(s.first(), Some(b'+' | b'-')) {
        i = 1;
    }
    let lower = |k: usize| s.get(k).map(|b| b.to_ascii_lowercase());
    let word = |k: usize, w: &str| w.bytes().enumerate().all(|(j, c)| lower(k + j) == Some(c));
    if word(i, "inf") {
        if lower(i + 3) != Some(b'i') {
            return (i + 3, Some(i + 3));
        }
        return if word(i, "infinity") {
            (i + 8, Some(i + 8))
        } else {
            (i + 3, None)
        };
    }
    if word(i, "nan") {
        return (i + 3, Some(i + 3));
    }
    let hex = s.get(i) == Some(&b'0') && lower(i + 1) == Some(b'x');
    let is_digit = |b: u8| {
        if hex {
            b.is_ascii_hexdigit()
        } else {
            b.is_ascii_digit()
        }
    };
    let mut k = if hex { i + 2 } else { i };
    let mut digits = 0;
    while s.get(k).is_some_and(|&b| is_digit(b)) {
        k += 1;
        digits += 1;
    }
    let mut point = false;
    if s.get(k) == Some(&b'.') {
        point = true;
        k += 1;
        while s.get(k).is_some_and(|&b| is_digit(b)) {
            k += 1;
            digits += 1;
        }
    }
    // "0x." is 0 to glibc; "0x" alone, "." or a bare sign are not numbers.
    if digits == 0 && !(hex && point) {
        return (k, None);
    }
    let mantissa_end = k;
    let exp_char = if hex { b'p' } else { b'e' };
    if lower(k) != Some(exp_char) {
        return (k, Some(k));
    }
    let mut j = k + 1;
    if matches!(s.get(j), Some(b'+' | b'-')) {
        j += 1;
    }
    let exp_digits_start = j;
    while s.get(j).is_some_and(u8::is_ascii_digit) {
        j += 1;
    }
    if j == exp_digits_start {
        // The marker (and sign) are consumed, but the value is the mantissa's.
        return (j, Some(mantissa_end));
    }
    (j, Some(j))
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
        let mut s =
            Scanner::new(b" 12 -2 4294967297 1.5abc 0x10 -inf nan .5 1e-3 5e 7e+-2 0x. infi");
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
        // glibc consumes an exponent marker (and sign) without digits.
        assert_eq!(s.double(), Some(5.0));
        assert_eq!(s.double(), Some(7.0));
        assert_eq!(s.double(), Some(-2.0));
        assert_eq!(s.double(), Some(0.0));
        // A started "infinity" must be completed.
        assert_eq!(s.double(), None);
    }

    #[test]
    fn scanf_int_saturates_then_truncates() {
        assert_eq!(Scanner::new(b"-7").int(), Some(-7));
        assert_eq!(Scanner::new(b"2147483648").int(), Some(i32::MIN));
        assert_eq!(Scanner::new(b"99999999999999999999").int(), Some(-1));
        assert_eq!(Scanner::new(b"x").int(), None);
        assert_eq!(
            Scanner::new(b"-99999999999999999999").uint(),
            Some(u32::MAX)
        );
    }

    #[test]
    fn literal_whitespace_matches_any_run() {
        let mut s = Scanner::new(b"neurons(a,b)=\n\n 3");
        assert!(s.literal("neurons (a, b)= "));
        assert_eq!(s.uint(), Some(3));
    }
}
