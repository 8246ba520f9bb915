//! Percentages: "12%", "12 per cent", "twelve percent", percentage points
//! and basis points, and fractions that state a share exactly ("a
//! third", "two-thirds of", "one in five", "nine out of 10").

use super::text::{letters_at, next_word, skip_spaces};
use crate::mentions::lexicon::Lower;
use crate::mentions::lexicon::fraction_word;

/// A percent sign or word after an amount, as `(end, points, factor)`:
/// "%", "per cent", "percent", "percentage points" (points),
/// "basis points" (points, a hundredth).
pub(crate) fn suffix_after(text: &str, i: usize) -> Option<(usize, bool, f64)> {
    let s = skip_spaces(text, i);
    // "%2D" and the like are URL escapes, not percentages.
    if text.as_bytes().get(s) == Some(&b'%')
        && !text.as_bytes().get(s + 1).is_some_and(u8::is_ascii_alphanumeric)
    {
        return Some((s + 1, false, 1.0));
    }
    // "5pc" glued, "5 per cent", "5 percent", "5 percentage points".
    if let Some((e, w)) = letters_at(text, i)
        && w.eq_ignore_ascii_case("pc")
        && !text.as_bytes().get(e).is_some_and(u8::is_ascii_alphanumeric)
    {
        return Some((e, false, 1.0));
    }
    let (_, e, w) = next_word(text, i)?;
    match Lower::new(w).as_str() {
        "percent" | "percents" | "pct" => Some((e, false, 1.0)),
        "per" => {
            let (_, e2, w2) = next_word(text, e)?;
            w2.eq_ignore_ascii_case("cent").then_some((e2, false, 1.0))
        }
        "percentage" => match next_word(text, e) {
            Some((_, e2, "points" | "point")) => Some((e2, true, 1.0)),
            _ => Some((e, false, 1.0)),
        },
        "basis" => {
            let (_, e2, w2) = next_word(text, e)?;
            matches!(w2, "points" | "point").then_some((e2, true, 0.01))
        }
        // Lower case only: "2003 BP" is the year and the oil company.
        "bps" | "bp" if w.bytes().all(|b| b.is_ascii_lowercase()) => Some((e, true, 0.01)),
        _ => None,
    }
}

/// A fraction after a numerator read at `num_end`: "two-thirds",
/// "three quarters", as `(end, denominator)`. The numerator must be
/// smaller than the denominator.
pub(crate) fn fraction_after(text: &str, numerator: f64, num_end: usize) -> Option<(usize, f64)> {
    let b = text.as_bytes();
    let k = if b.get(num_end) == Some(&b'-') { num_end + 1 } else { skip_spaces(text, num_end) };
    if k == num_end {
        return None;
    }
    let (e, w) = letters_at(text, k)?;
    let lw = Lower::new(w);
    // "one third" reads "third" singular; "two thirds" plural.
    let plural = lw.ends_with('s');
    if (numerator == 1.0) == plural && !matches!(lw.as_str(), "half") {
        return None;
    }
    if matches!(lw.as_str(), "half" | "halves") && numerator != 1.0 {
        return None;
    }
    let d = fraction_word(&lw)?;
    (numerator < d).then_some((e, d))
}

/// `n / d` in percent, to one decimal as news writes it ("a third" is
/// 33.3%).
pub(crate) fn share(n: f64, d: f64) -> f64 {
    (n / d * 1000.0).round() / 10.0
}

/// "one in five", "nine out of 10": where the denominator starts when
/// the words after a numerator ending at `num_end` make a proportion.
pub(crate) fn proportion_denominator_at(text: &str, num_end: usize) -> Option<usize> {
    let (_, e, w) = next_word(text, num_end)?;
    let after = match Lower::new(w).as_str() {
        "in" => e,
        "out" => {
            let (_, e2, w2) = next_word(text, e)?;
            if !w2.eq_ignore_ascii_case("of") {
                return None;
            }
            e2
        }
        _ => return None,
    };
    Some(skip_spaces(text, after))
}

#[cfg(test)]
#[allow(clippy::type_complexity)] // tables of (input, expected) rows
mod tests {
    use super::*;

    #[test]
    fn percent_signs_and_words() {
        let cases: &[(&str, usize, Option<(usize, bool, f64)>)] = &[
            ("12%", 2, Some((3, false, 1.0))),
            ("12 %", 2, Some((4, false, 1.0))),
            ("12 per cent", 2, Some((11, false, 1.0))),
            ("twelve percent", 6, Some((14, false, 1.0))),
            ("0.5 percentage points", 3, Some((21, true, 1.0))),
            ("50 basis points", 2, Some((15, true, 0.01))),
            ("25 bp", 2, Some((5, true, 0.01))),
            ("2003 BP invested", 4, None),
            ("5pc", 1, Some((3, false, 1.0))),
            ("12 people", 2, None),
            ("12 per person", 2, None),
        ];
        for (text, at, want) in cases {
            assert_eq!(suffix_after(text, *at), *want, "{text}");
        }
    }

    #[test]
    fn fractions_are_shares() {
        assert_eq!(fraction_after("two-thirds of", 2.0, 3), Some((10, 3.0)));
        assert_eq!(fraction_after("three quarters", 3.0, 5), Some((14, 4.0)));
        assert_eq!(fraction_after("one third", 1.0, 3), Some((9, 3.0)));
        assert_eq!(share(2.0, 3.0), 66.7);
        assert_eq!(fraction_after("two third", 2.0, 3), None);
        assert_eq!(fraction_after("five thirds", 5.0, 4), None);
    }
}
