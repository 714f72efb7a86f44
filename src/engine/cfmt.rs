//! C `printf` number formatting (`%d`, `%f`, `%e` with width and precision) as glibc
//! produces it in the C locale, so printed reports and saved files match FANN's byte for byte.

/// `%.{prec}f` padded to `width` (right-aligned).
pub fn fixed(x: f64, prec: usize, width: usize) -> String {
    pad(special(x).unwrap_or_else(|| format!("{x:.prec$}")), width)
}

/// `%.{prec}e`: mantissa, `e`, sign and at least two exponent digits.
pub fn sci(x: f64, prec: usize) -> String {
    if let Some(s) = special(x) {
        return s;
    }
    let s = format!("{x:.prec$e}");
    let (mantissa, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let (sign, digits) = match exp.strip_prefix('-') {
        Some(d) => ('-', d),
        None => ('+', exp),
    };
    format!("{mantissa}e{sign}{digits:0>2}")
}

/// `%{width}d` for any integer.
pub fn int(v: i64, width: usize) -> String {
    pad(v.to_string(), width)
}

fn pad(s: String, width: usize) -> String {
    if s.len() >= width {
        s
    } else {
        format!("{s:>width$}")
    }
}

/// glibc's spelling of non-finite values.
fn special(x: f64) -> Option<String> {
    if x.is_nan() {
        Some(if x.is_sign_negative() { "-nan" } else { "nan" }.to_string())
    } else if x.is_infinite() {
        Some(if x < 0.0 { "-inf" } else { "inf" }.to_string())
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_printf() {
        assert_eq!(fixed(0.7f32 as f64, 3, 8), "   0.700");
        assert_eq!(fixed(-0.0001f32 as f64, 6, 11), "  -0.000100");
        assert_eq!(fixed(f64::NAN, 3, 8), "     nan");
        assert_eq!(fixed(-f64::NAN, 3, 8), "    -nan");
        assert_eq!(sci(0.15, 20), "1.49999999999999994449e-01");
        assert_eq!(sci(0.0, 20), "0.00000000000000000000e+00");
        assert_eq!(sci(1e100, 2), "1.00e+100");
        assert_eq!(int(-5, 4), "  -5");
        assert_eq!(int(12345, 3), "12345");
    }
}
