//! Fractions written out with an ordinal denominator ("a hundredth",
//! "three twenty-firsts", "two and fifty-four hundredths") and fractions
//! with "over" ("one over three", "1 over 20").
//!
//! The simple shares ("two-thirds of", "a quarter", "one in five") are
//! read by the share rules in `numeric.rs`; this module only takes the
//! forms those rules cannot read: a denominator above ten or of several
//! words, a whole part joined by "and", or a spaced hyphen ("five -
//! eighths").

use super::number::{Numeral, article_before, read_digit_numeral, read_word_numeral};
use super::text::{letters_at, lower, next_word, skip_spaces};
use crate::mentions::lexicon::{NumWord, number_word, ordinal_word};

/// One word of a written fraction.
#[derive(Clone, Copy, PartialEq)]
enum Tok {
    Num(NumWord),
    And,
    /// "a" or "an" right before a singular ordinal.
    A,
    /// The ordinal that ends the fraction: value, how it combines, plural.
    Ord(f64, NumWord, bool),
}

/// At most this many words are read: longer phrases are no fractions.
const MAX: usize = 14;

/// A written fraction starting at the number word at `i`, as
/// `(start, end, value)`. `start` moves onto "a" in "a hundredth".
pub(crate) fn ordinal_fraction(text: &str, i: usize) -> Option<(usize, usize, f64)> {
    let b = text.as_bytes();
    let mut toks = [(0usize, 0usize, Tok::And); MAX];
    let mut hyphen_before = [false; MAX];
    let mut spaced_hyphen = [false; MAX];
    let mut n = 0;
    let mut pos = i;
    let mut hy = false;
    let mut spaced = false;
    loop {
        let (we, w) = letters_at(text, pos)?;
        let mut buf = [0u8; 24];
        let l = lower(w, &mut buf)?;
        let tok = if let Some(nw) = number_word(l) {
            Tok::Num(nw)
        } else if l == "and" && n > 0 {
            Tok::And
        } else if (l == "a" || l == "an") && n > 0 {
            Tok::A
        } else if let Some((v, nw)) = ordinal_word(l) {
            Tok::Ord(v, nw, false)
        } else if let Some(sing) = l.strip_suffix('s')
            && l != "seconds"
            && let Some((v, nw)) = ordinal_word(sing)
        {
            Tok::Ord(v, nw, true)
        } else {
            return None;
        };
        toks[n] = (pos, we, tok);
        hyphen_before[n] = hy;
        spaced_hyphen[n] = spaced;
        n += 1;
        if matches!(tok, Tok::Ord(..)) {
            break;
        }
        if n == MAX {
            return None;
        }
        let mut k = skip_spaces(text, we);
        hy = b.get(k) == Some(&b'-');
        spaced = hy && k > we;
        if hy {
            let k2 = skip_spaces(text, k + 1);
            spaced = spaced && k2 > k + 1;
            k = k2;
        } else if k == we {
            return None; // punctuation before any ordinal
        }
        pos = k;
    }
    let m = n - 1;
    let (_, end, Tok::Ord(_, onw, plural)) = toks[m] else { return None };
    let article = article_before(text, i);
    // "thirty fifths" is one denominator, 35; "twenty-three fifths" is 23/5
    // and "one hundred and thirty fifths" 130/5.
    let mut d = m;
    if matches!(onw, NumWord::Unit(_))
        && m >= 1
        && matches!(toks[m - 1].2, Tok::Num(NumWord::Ten(_)))
        && (if m >= 2 { toks[m - 2].2 != Tok::And } else { article.is_some() })
    {
        d = m - 1;
    }
    // "one one hundred fifth": the numerator is what still reads as one
    // number.
    while d > 1 && numerator(&toks[..d], f64::INFINITY).is_none() {
        d -= 1;
        while d > 1 && toks[d - 1].2 == Tok::And {
            d -= 1;
        }
    }
    let den = denominator(&toks[d..n])?;
    if den < 2.0 {
        return None;
    }
    let mut start = toks[0].0;
    // The numerator: "a", "one", "three", "a hundred", or a whole part and
    // a numerator joined by "and".
    let (whole, numerator) = if d == 0 {
        start = article?;
        (None, 1.0)
    } else {
        if matches!(toks[0].2, Tok::Num(NumWord::Hundred | NumWord::Scale(_)))
            && let Some(a) = article
        {
            start = a;
        }
        numerator(&toks[..d], den)?
    };
    if plural != (numerator > 1.0) && !(plural && numerator == 1.0 && whole.is_none()) {
        return None;
    }
    if !plural {
        // "a twenty-first century", "one hundredth anniversary": ranks.
        let after = skip_spaces(text, end);
        let free = match b.get(after) {
            None => true,
            Some(c) if c.is_ascii_alphanumeric() => {
                next_word(text, end).is_some_and(|(_, _, w)| w == "of")
            }
            Some(_) => true,
        };
        if !free {
            return None;
        }
    }
    // Leave the simple shares to the share rules.
    let hyphen_spaced = spaced_hyphen[d];
    let after_hundred = hyphen_before[d] && d > 0 && numerator >= 100.0;
    if den <= 10.0 && d == m && whole.is_none() && !hyphen_spaced && !after_hundred {
        return None;
    }
    // "two million and three fifths" is 2.6 million.
    let unit = toks[..d]
        .iter()
        .filter_map(|t| match t.2 {
            Tok::Num(NumWord::Scale(s)) => Some(s),
            _ => None,
        })
        .fold(1.0, f64::max);
    let value = match whole {
        Some(w) if numerator < den => w + numerator / den * unit,
        Some(_) => return None,
        None => numerator / den,
    };
    Some((start, end, value))
}

/// The numerator words: a whole part and a numerator smaller than the
/// denominator `den`, joined by "and" ("two hundred and fifty-four
/// hundredths" is 200.54), or one number ("one hundred and thirty
/// fifths" is 130/5), as `(whole, numerator)`.
fn numerator(toks: &[(usize, usize, Tok)], den: f64) -> Option<(Option<f64>, f64)> {
    let split = toks.iter().rposition(|t| t.2 == Tok::And).and_then(|a| {
        if a == 0 || a + 1 >= toks.len() {
            return None;
        }
        let tail = cardinal(&toks[a + 1..])?;
        (tail < den).then_some((Some(cardinal(&toks[..a])?), tail))
    });
    split.or_else(|| cardinal(toks).map(|v| (None, v)))
}

/// The value of number words (and "and" after hundreds and scales, "a"
/// alone), or `None` when they are not one number.
fn cardinal(toks: &[(usize, usize, Tok)]) -> Option<f64> {
    if let [(_, _, Tok::A)] = toks {
        return Some(1.0);
    }
    let mut total = 0.0;
    let mut current = 0.0;
    let mut last: Option<NumWord> = None;
    for (_, _, t) in toks {
        match *t {
            Tok::Num(nw) => {
                let ok = match (last, nw) {
                    (Some(NumWord::Unit(_) | NumWord::Teen(_)), NumWord::Unit(_)) => false,
                    (
                        Some(NumWord::Unit(_) | NumWord::Teen(_) | NumWord::Ten(_)),
                        NumWord::Teen(_) | NumWord::Ten(_),
                    ) => false,
                    (Some(NumWord::Hundred), NumWord::Hundred) => false,
                    (Some(NumWord::Scale(a)), NumWord::Scale(s)) if s >= a => false,
                    _ => true,
                };
                if !ok {
                    return None;
                }
                match nw {
                    NumWord::Unit(v) | NumWord::Teen(v) | NumWord::Ten(v) => current += v,
                    NumWord::Hundred => current = current.max(1.0) * 100.0,
                    NumWord::Dozen => current = current.max(1.0) * 12.0,
                    NumWord::Scale(s) => {
                        if total > 0.0 && total < s && current == 0.0 {
                            return None;
                        }
                        total += current.max(1.0) * s;
                        current = 0.0;
                    }
                }
                last = Some(nw);
            }
            Tok::And if matches!(last, Some(NumWord::Hundred | NumWord::Scale(_))) => {}
            _ => return None,
        }
    }
    last?;
    Some(total + current)
}

/// The value of an ordinal phrase: "fifths" 5, "thirty-fifth" 35, "one
/// hundred and fifth" 105, "hundredths" 100, "trillionths" 1e12.
fn denominator(toks: &[(usize, usize, Tok)]) -> Option<f64> {
    let (last, head) = toks.split_last()?;
    let Tok::Ord(v, nw, _) = last.2 else { return None };
    let head = match head.split_last() {
        Some((t, rest)) if t.2 == Tok::And => rest,
        _ => head,
    };
    if head.is_empty() {
        return Some(v);
    }
    let c = cardinal(head)?;
    Some(match nw {
        NumWord::Hundred | NumWord::Scale(_) | NumWord::Dozen => c * v,
        _ => c + v,
    })
}

/// "one over three", "1 over 20", "2000 over 3": a fraction with "over",
/// the denominator ending the sentence or clause ("over 3 years" is a
/// period). Returns `(end, value)`.
pub(crate) fn over_fraction(text: &str, n: &Numeral) -> Option<(usize, f64)> {
    if n.ordinal || n.scale != 1.0 {
        return None;
    }
    let (_, oe, o) = next_word(text, n.end)?;
    if o != "over" {
        return None;
    }
    let at = skip_spaces(text, oe);
    let b = text.as_bytes();
    let d = if b.get(at).is_some_and(u8::is_ascii_digit) {
        read_digit_numeral(text, at)?
    } else {
        read_word_numeral(text, at)?
    };
    // A small numerator below its denominator: "led 48 over 46" is a
    // score, not a fraction.
    if d.ordinal || n.value > 10.0 || n.value >= d.value || d.end != d.core_end && !d.words {
        return None;
    }
    let after = skip_spaces(text, d.end);
    if !matches!(b.get(after), None | Some(b'.' | b',' | b';' | b':' | b'!' | b'?' | b')')) {
        return None;
    }
    Some((d.end, n.value / d.value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinal_fractions() {
        let cases: &[(&str, usize, f64)] = &[
            ("a trillionth", 2, 1e-12),
            ("a hundredth", 2, 0.01),
            ("a hundred trillionths", 2, 1e-10),
            ("a twenty-first", 2, 1.0 / 21.0),
            ("one twenty-fifth", 0, 0.04),
            ("three twenty-firsts", 0, 3.0 / 21.0),
            ("three twenty firsts", 0, 3.0 / 21.0),
            ("twenty twenty fifths", 0, 0.8),
            ("one hundred thirty fifths", 0, 100.0 / 35.0),
            ("one hundred thirty-fifths", 0, 100.0 / 35.0),
            ("one one hundred fifth", 0, 1.0 / 105.0),
            ("one one hundred and fifth", 0, 1.0 / 105.0),
            ("two and fifty-four hundredths", 0, 2.54),
            ("two hundred and fifty-four hundredths", 0, 200.54),
            ("two hundred thirty two and a thirtieth", 0, 232.0 + 1.0 / 30.0),
            ("five - eighths", 0, 0.625),
            ("one - fourth", 0, 0.25),
            ("ninety - five hundred-fifths", 0, 1900.0),
        ];
        for (text, at, v) in cases {
            let (s, e, got) = ordinal_fraction(text, *at).unwrap_or_else(|| panic!("{text}"));
            assert_eq!((s, e), (0, text.len()), "{text}");
            assert!((got - v).abs() < 1e-9, "{text}: {got}");
        }
    }

    #[test]
    fn ranks_and_simple_shares_are_left_alone() {
        for (text, at) in [
            ("the twenty-first century", 4),
            ("a twenty-first century home", 2),
            ("its one hundredth anniversary", 4),
            ("one hundred twenty fifth", 0),
            ("two thirds", 0),
            ("twenty-three fifths", 0),
            ("thirty seconds", 0),
            ("two hundredth", 0),
            ("a hundred trillionth", 2),
        ] {
            assert_eq!(ordinal_fraction(text, at), None, "{text}");
        }
    }

    #[test]
    fn fractions_with_over() {
        for (text, words, v) in [
            ("one over three", true, 1.0 / 3.0),
            ("1 over 20.", false, 0.05),
            ("one over one hundred and twenty five", true, 0.008),
        ] {
            let n = if words { read_word_numeral(text, 0) } else { read_digit_numeral(text, 0) };
            let (e, got) = over_fraction(text, &n.unwrap()).unwrap();
            assert_eq!(e, text.trim_end_matches('.').len(), "{text}");
            assert!((got - v).abs() < 1e-9, "{text}");
        }
        for (text, at) in [("2000 over 3 years", 0), ("Kerry led with 48 over 46.", 15)] {
            let n = read_digit_numeral(text, at).unwrap();
            assert_eq!(over_fraction(text, &n), None);
        }
    }
}
