//! Reading a number where it starts: digits with separators and
//! decimals, written-out numbers ("two hundred and forty", "a dozen",
//! "half a million"), scale words and abbreviations ("1.5 million",
//! "10bn", "2K") and ordinal endings ("21st", "twenty-first").

use super::text::{letters_at, lower, next_word, prev_word, skip_spaces};
use crate::mentions::lexicon::Lower;
use crate::mentions::lexicon::{
    NumWord, fraction_word, number_word, ordinal_word, scale_abbreviation,
};

/// A number as written, before any context (currency, unit, hedge) is
/// read around it.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Numeral {
    /// First byte (a digit, a number word, or "a" of "a dozen").
    pub start: usize,
    /// One past the last byte, scale included.
    pub end: usize,
    /// The value, scale applied.
    pub value: f64,
    /// Written in words ("twelve"), not digits.
    pub words: bool,
    /// An ordinal ("21st", "twenty-first").
    pub ordinal: bool,
    /// The scale factor applied (1 when none).
    pub scale: f64,
    /// The scale was a bare "m" glued to digits: million or metres.
    pub bare_m: bool,
    /// Digits only: no separator, decimal point or scale ("2004").
    pub plain_int: bool,
    /// End of the digits or words before any scale.
    pub core_end: usize,
}

/// `v * scale` without binary noise: 8.2 trillion is 8200000000000, not
/// 8199999999999.999 (rounded to 12 significant digits).
pub(crate) fn times(v: f64, scale: f64) -> f64 {
    let x = v * scale;
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let k = 11 - x.abs().log10().floor() as i32;
    if k >= 0 {
        let m = 10f64.powi(k);
        (x * m).round() / m
    } else {
        let m = 10f64.powi(-k);
        (x / m).round() * m
    }
}

/// Reads the digits at `i`: `1,234`, `1 234` (thin or plain space),
/// `3.8`, `.08`. Returns `(end, value, plain integer)`; `None` for a
/// dotted sequence such as a version or an address ("2.1.3").
/// The value of a run of 1 to 15 ASCII digits, computed exactly (it is
/// below 2^53, so it is the `f64` that `parse` gives, without the UTF-8
/// check and the general float parser); `None` for anything else.
fn whole_number(digits: &[u8]) -> Option<f64> {
    if digits.is_empty() || digits.len() > 15 || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let n = digits.iter().fold(0u64, |n, &d| n * 10 + u64::from(d - b'0'));
    Some(n as f64)
}

pub(crate) fn read_digits(text: &str, i: usize) -> Option<(usize, f64, bool)> {
    let b = text.as_bytes();
    let run = |from: usize| {
        let mut j = from;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        j
    };
    let mut buf = [0u8; 48];
    let mut n = 0;
    let mut push = |c: u8, n: &mut usize| {
        if *n < buf.len() {
            buf[*n] = c;
            *n += 1;
        }
    };
    let mut j = run(i);
    let first_len = j - i;
    if let Some((e, v)) = decimal_comma(text, i, j) {
        return Some((e, v, false));
    }
    for &c in &b[i..j] {
        push(c, &mut n);
    }
    let mut plain = first_len > 0;
    // Indian grouping: "1,00,000", "12,34,567" (pairs, then a last
    // group of three).
    let mut k = j;
    while first_len > 0 && first_len <= 2 && b[i] != b'0' && b.get(k) == Some(&b',') {
        let ge = run(k + 1);
        if ge - (k + 1) == 2 && b.get(ge) == Some(&b',') {
            k = ge;
            continue;
        }
        if k > j && ge - (k + 1) == 3 {
            for &c in b[j..ge].iter().filter(|c| c.is_ascii_digit()) {
                push(c, &mut n);
            }
            j = ge;
            plain = false;
        }
        break;
    }
    if plain && first_len > 0 && first_len <= 3 && b[i] != b'0' {
        // Thousands groups: exactly three digits after each separator.
        loop {
            let sep = match b.get(j) {
                Some(b',') => 1,
                _ => {
                    let s = skip_spaces(text, j);
                    if s > j && s - j <= 3 { s - j } else { 0 }
                }
            };
            if sep == 0 {
                break;
            }
            let g = j + sep;
            let ge = run(g);
            if ge - g != 3 {
                break;
            }
            // A plain space only groups digits when the group is not
            // followed by more digits (that would be a phone number).
            if sep > 1 && b.get(ge) == Some(&b' ') && b.get(ge + 1).is_some_and(u8::is_ascii_digit)
            {
                break;
            }
            for &c in &b[g..ge] {
                push(c, &mut n);
            }
            j = ge;
            plain = false;
        }
    }
    if b.get(j) == Some(&b'.') && b.get(j + 1).is_some_and(u8::is_ascii_digit) {
        let fe = run(j + 1);
        if b.get(fe) == Some(&b'.') && b.get(fe + 1).is_some_and(u8::is_ascii_digit) {
            return None; // 2.1.3, 192.168.1.2
        }
        push(b'.', &mut n);
        for &c in &b[j + 1..fe] {
            push(c, &mut n);
        }
        j = fe;
        plain = false;
    }
    if j == i {
        return None;
    }
    // Scientific notation with a lower-case "e": "1e10", "12.32e+14"
    // ("7E7" is the name of an aircraft).
    if b.get(j) == Some(&b'e') {
        let sign = usize::from(matches!(b.get(j + 1), Some(b'+') | Some(b'-')));
        let ds = j + 1 + sign;
        let de = run(ds);
        if de > ds && de - ds <= 3 && !b.get(de).is_some_and(u8::is_ascii_alphabetic) {
            for &c in &b[j..de] {
                push(c, &mut n);
            }
            j = de;
            plain = false;
        }
    }
    let digits = &buf[..n];
    let mut value: f64 = match whole_number(digits) {
        Some(v) => v,
        None => std::str::from_utf8(digits).ok()?.parse().ok()?,
    };
    // Math notation: "1.1^23", "2.5^-1", "1.3x10^6", "6.23×10^-4".
    let times_ten = ["x10^", "\u{d7}10^", "*10^"].iter().find(|p| text[j..].starts_with(**p));
    let (caret, base) = match times_ten {
        Some(p) => (j + p.len() - 1, Some(10.0)),
        None => (j, None),
    };
    if b.get(caret) == Some(&b'^') {
        let mut k = caret + 1;
        let mut negative = false;
        while matches!(b.get(k), Some(b'+' | b'-')) && k - caret <= 2 {
            negative ^= b[k] == b'-';
            k += 1;
        }
        let ee = run(k);
        if ee > k && ee - k <= 3 && !b.get(ee).is_some_and(u8::is_ascii_alphanumeric) {
            let mut e: f64 = text[k..ee].parse().ok()?;
            if negative {
                e = -e;
            }
            value = match base {
                Some(t) => value * f64::powf(t, e),
                None => value.powf(e),
            };
            return Some((ee, times(value, 1.0), false));
        }
    }
    // A vulgar fraction glued to the digits: "2½".
    if let Some((fe, f)) = vulgar_fraction(text, j) {
        return Some((fe, value + f, false));
    }
    Some((j, value, plain))
}

/// A decimal comma, as continental writers use it: "2,5 million",
/// "1,3", "1.111,11" (dots grouping thousands), given the first run of
/// digits `i..first_end`. A comma then three digits is English grouping
/// and never read here; a list ("1,2,3", "6-4,6-3") is left alone.
/// Returns `(end, value)`.
fn decimal_comma(text: &str, i: usize, first_end: usize) -> Option<(usize, f64)> {
    let b = text.as_bytes();
    let run = |from: usize| (from..b.len()).find(|&k| !b[k].is_ascii_digit()).unwrap_or(b.len());
    if first_end == i || first_end - i > 3 || b[i] == b'0' && first_end - i > 1 {
        return None;
    }
    // Part of a list, score, name or dotted sequence.
    let glued_before =
        |c: u8| c.is_ascii_alphanumeric() || matches!(c, b',' | b'-' | b'.' | b'/' | b'_');
    if i > 0 && glued_before(b[i - 1]) {
        return None;
    }
    let mut j = first_end;
    while b.get(j) == Some(&b'.') && run(j + 1) - (j + 1) == 3 {
        j = run(j + 1);
    }
    if b.get(j) != Some(&b',') {
        return None;
    }
    let de = run(j + 1);
    if !(1..=2).contains(&(de - (j + 1))) {
        return None;
    }
    let more = |c: u8| matches!(c, b',' | b'.' | b'-' | b'/');
    if b.get(de).is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'_')
        || b.get(de).is_some_and(|&c| more(c)) && b.get(de + 1).is_some_and(u8::is_ascii_digit)
    {
        return None;
    }
    let mut buf = [0u8; 32];
    let mut n = 0;
    for &c in b[i..de].iter().filter(|c| c.is_ascii_digit() || **c == b',') {
        if n == buf.len() {
            return None;
        }
        buf[n] = if c == b',' { b'.' } else { c };
        n += 1;
    }
    let v: f64 = std::str::from_utf8(&buf[..n]).ok()?.parse().ok()?;
    Some((de, v))
}

/// A vulgar fraction character at `i` ("½", "⅔"), as `(end, value)`.
pub(crate) fn vulgar_fraction(text: &str, i: usize) -> Option<(usize, f64)> {
    let c = text.get(i..)?.chars().next()?;
    let v = match c {
        '\u{bd}' => 0.5,
        '\u{bc}' => 0.25,
        '\u{be}' => 0.75,
        '\u{2153}' => 1.0 / 3.0,
        '\u{2154}' => 2.0 / 3.0,
        '\u{2155}' => 0.2,
        '\u{2156}' => 0.4,
        '\u{2157}' => 0.6,
        '\u{2158}' => 0.8,
        '\u{2159}' => 1.0 / 6.0,
        '\u{215a}' => 5.0 / 6.0,
        '\u{2150}' => 1.0 / 7.0,
        '\u{2151}' => 1.0 / 9.0,
        '\u{2152}' => 0.1,
        '\u{215b}' => 0.125,
        '\u{215c}' => 0.375,
        '\u{215d}' => 0.625,
        '\u{215e}' => 0.875,
        _ => return None,
    };
    Some((i + c.len_utf8(), v))
}

/// Scale words that may follow digits or words after a space.
pub(crate) fn scale_word(w: &str) -> Option<f64> {
    let mut buf = [0u8; 24];
    let l = lower(w, &mut buf)?;
    match number_word(l) {
        Some(NumWord::Scale(s)) => Some(s),
        Some(NumWord::Hundred) => Some(100.0),
        Some(NumWord::Dozen) => Some(12.0),
        _ => match l {
            "dozens" => Some(12.0),
            // "£22 billions": the plural after a figure is still a scale.
            "thousands" => Some(1e3),
            "millions" => Some(1e6),
            "billions" => Some(1e9),
            "trillions" => Some(1e12),
            "bn" | "mn" | "mln" | "bln" | "tn" | "trn" | "k" => scale_abbreviation(l),
            "tln" => Some(1e12),
            "dz" | "dzs" | "doz" | "dozs" => Some(12.0),
            _ => None,
        },
    }
}

/// Reads a number in digits at `i`, with its scale.
pub(crate) fn read_digit_numeral(text: &str, i: usize) -> Option<Numeral> {
    let (mut core_end, mut value, mut plain) = read_digits(text, i)?;
    // "1 point 1", "3 point 25": a decimal point read out between digits.
    if plain && let Some((e, decimals)) = spoken_point_digits(text, core_end) {
        core_end = e;
        value += decimals;
        plain = false;
    }
    let mut n = Numeral {
        start: i,
        end: core_end,
        value,
        words: false,
        ordinal: false,
        scale: 1.0,
        bare_m: false,
        plain_int: plain,
        core_end,
    };
    if let Some((e, w)) = letters_at(text, core_end) {
        // Glued letters: an ordinal ending or a scale abbreviation. Other
        // glued letters (units, "7E7") are read by the caller.
        let after_ok = !text.as_bytes().get(e).is_some_and(|b| b.is_ascii_alphanumeric());
        // "3G phones", "the 4G network": a generation of mobile networks
        // is a name, not three billion.
        if w == "G" && plain && core_end - i == 1 {
            return None;
        }
        if after_ok && plain && matches!(Lower::new(w).as_str(), "st" | "nd" | "rd" | "th") {
            n.ordinal = true;
            n.end = e;
            return Some(n);
        }
        if after_ok && let Some(s) = scale_abbreviation(w) {
            n.scale = s;
            // "10M" is ten million; "800m" may be metres.
            n.bare_m = w == "m";
            n.end = e;
            n.value = times(n.value, s);
            n.plain_int = false;
        }
        return Some(n);
    }
    // "1,674.5 G", "1,674,200.5 M": a capital scale letter after a
    // decimal figure, closing the clause.
    if !plain
        && let Some((_, e, w)) = next_word(text, core_end)
        && let Some(s) = match w {
            "K" => Some(1e3),
            "M" => Some(1e6),
            "G" | "B" => Some(1e9),
            _ => None,
        }
        && text.as_bytes().get(skip_spaces(text, e)).is_none_or(|c| b".,;)".contains(c))
    {
        n.scale = s;
        n.end = e;
        n.value = times(n.value, s);
        return Some(n);
    }
    if let Some((e, w)) = hyphenated_scale(text, core_end).or_else(|| {
        next_word(text, core_end).map(|(_, e, w)| (e, w)).filter(|(_, w)| scale_word(w).is_some())
    }) && let Some(s) = scale_word(w)
    {
        n.scale = s;
        n.end = e;
        n.value = times(n.value, s);
        n.plain_int = false;
        // "1.5 million", then possibly "322 hundred thousand", "3 lakh crore".
        if let Some((_, e2, w2)) = next_word(text, e)
            && let Some(s2) = scale_word(w2)
            && (s < 1e3 && s2 >= 1e3 || s2 == 1e7 && s < 1e7)
        {
            n.scale *= s2;
            n.value = times(n.value, s2);
            n.end = e2;
        }
        // "4 thousand 3 hundred and 21", "3 hundred and one".
        if n.value.fract() == 0.0 {
            let (e, v) = smaller_parts(text, n.end, n.scale);
            n.value += v;
            n.end = e;
        }
    } else if plain && let Some((e, f)) = mixed_fraction(text, core_end) {
        // "2 1/4".
        n.value += f;
        n.end = e;
        n.core_end = e;
        n.plain_int = false;
        return Some(n);
    }
    // "3 million and a half".
    if let Some((e, f)) = and_a_fraction(text, n.end) {
        n.value += f * n.scale;
        n.end = e;
        n.plain_int = false;
    }
    Some(n)
}

/// A scale word joined by a hyphen, as in "the 17-million population"
/// and "a 3.5-billion-dollar deal", as `(end, word)`. Only the words
/// spelt out: "5-m" is no scale.
fn hyphenated_scale(text: &str, end: usize) -> Option<(usize, &str)> {
    if text.as_bytes().get(end) != Some(&b'-') {
        return None;
    }
    let (e, w) = letters_at(text, end + 1)?;
    matches!(Lower::new(w).as_str(), "thousand" | "million" | "billion" | "trillion")
        .then_some((e, w))
}

/// The decimals of "1 point 1": the word "point" (singular, lower case)
/// then digits that end the number, as `(end, fraction)`. "3 points 2"
/// (a score) and "point 5bn" (a glued scale) are not read; "1 point 1
/// million" is, its scale read after.
fn spoken_point_digits(text: &str, end: usize) -> Option<(usize, f64)> {
    let (_, pe, p) = next_word(text, end)?;
    if p != "point" {
        return None;
    }
    let ds = skip_spaces(text, pe);
    let b = text.as_bytes();
    if ds == pe || !b.get(ds).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let mut de = ds;
    while de < b.len() && b[de].is_ascii_digit() {
        de += 1;
    }
    // "point 5,000" or "point 2.5" or "point 5th": not plain decimals.
    let glued = b.get(de).is_some_and(|c| c.is_ascii_alphanumeric())
        || matches!(b.get(de), Some(b',' | b'.')) && b.get(de + 1).is_some_and(u8::is_ascii_digit);
    if glued {
        return None;
    }
    // Parsing "0.<digits>" keeps the digits as written (no float noise).
    let mut buf = [0u8; 20];
    let digits = &b[ds..de];
    if digits.len() + 2 > buf.len() {
        return None;
    }
    buf[..2].copy_from_slice(b"0.");
    buf[2..2 + digits.len()].copy_from_slice(digits);
    let v: f64 = std::str::from_utf8(&buf[..2 + digits.len()]).ok()?.parse().ok()?;
    Some((de, v))
}

/// The parts after a scale that add to it: "4 thousand| 3 hundred and
/// 21", "3 hundred| and one", "6 crore| and two hundred". Each part is
/// smaller than the scale before it; "and" is read only before a number
/// under a hundred after "hundred", or before a "hundred" after a larger
/// scale ("3 million and 200 jobs" stays two figures). Returns the end and
/// the value added (`(end, 0)` when nothing follows).
fn smaller_parts(text: &str, end: usize, scale: f64) -> (usize, f64) {
    let b = text.as_bytes();
    let mut end = end;
    let mut scale = scale;
    let mut added = 0.0;
    for _ in 0..4 {
        let mut at = skip_spaces(text, end);
        let mut and = false;
        if at > end
            && let Some((ae, a)) = letters_at(text, at)
            && a.eq_ignore_ascii_case("and")
        {
            at = skip_spaces(text, ae);
            and = true;
        }
        if at == end {
            break;
        }
        let part = if b.get(at).is_some_and(u8::is_ascii_digit) {
            read_digits(text, at).filter(|&(_, _, plain)| plain).map(|(e, v, _)| (e, v, 1.0))
        } else {
            read_word_numeral(text, at).filter(|p| !p.ordinal).map(|p| (p.end, p.value, p.scale))
        };
        let Some((pe, v, ws)) = part else { break };
        if b.get(pe).is_some_and(u8::is_ascii_alphanumeric) {
            break;
        }
        // Digits take a scale word after them: "3 hundred".
        let (pe, v, ps) =
            match next_word(text, pe).and_then(|(_, se, w)| Some((se, scale_word(w)?))) {
                Some((se, s2)) if ws == 1.0 && s2 < scale && s2 >= 100.0 => (se, v * s2, s2),
                // "3 hundred and 2 hundred" is two numbers.
                Some(_) => break,
                None => (pe, v, ws),
            };
        let fits = if and {
            (scale == 100.0 && v < 100.0 && ps == 1.0) || (scale >= 1e3 && ps == 100.0)
        } else {
            ps >= 100.0 && ps < scale && v < scale
        };
        if !fits || v >= scale || v <= 0.0 {
            break;
        }
        added += v;
        end = pe;
        if ps == 1.0 {
            break;
        }
        scale = ps;
    }
    (end, added)
}

/// A fraction written after a whole number: "2 1/4", "2  3/8".
fn mixed_fraction(text: &str, end: usize) -> Option<(usize, f64)> {
    let b = text.as_bytes();
    let at = skip_spaces(text, end);
    if at == end || at - end > 2 {
        return None;
    }
    let (ne, num, p1) = read_digits(text, at)?;
    if b.get(ne) != Some(&b'/') {
        return None;
    }
    let (de, den, p2) = read_digits(text, ne + 1)?;
    if !p1 || !p2 || num < 1.0 || num >= den || den > 64.0 {
        return None;
    }
    if b.get(de).is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, b'/' | b'-')) {
        return None;
    }
    Some((de, num / den))
}

/// The number-word parser's position in "two hundred and forty".
#[derive(Clone, Copy, PartialEq)]
enum Last {
    Start,
    Unit,
    Teen,
    Ten,
    Hundred,
    Scale(f64),
}

/// Reads a written-out number at `i`: "twelve", "Twenty-one thousand",
/// "two hundred and forty", "a dozen", "half a million",
/// "one and a half million", "twenty-first".
pub(crate) fn read_word_numeral(text: &str, i: usize) -> Option<Numeral> {
    let (first_end, first) = letters_at(text, i)?;
    // "half a million", "half million", "quarter million".
    let share = if first.eq_ignore_ascii_case("half") {
        Some(0.5)
    } else if first.eq_ignore_ascii_case("quarter") {
        Some(0.25)
    } else {
        None
    };
    if let Some(share) = share {
        let mut k = first_end;
        if let Some((_, a_end, a)) = next_word(text, k)
            && a.eq_ignore_ascii_case("a")
        {
            k = a_end;
        }
        let (_, e, w) = next_word(text, k)?;
        let s = scale_word(w)?;
        if share == 0.25 && s < 1e3 {
            return None;
        }
        return Some(word_numeral(i, e, share * s, false, s));
    }
    let mut total = 0.0f64;
    let mut current = 0.0f64;
    let mut last = Last::Start;
    let mut end = i;
    let mut pos = i;
    let mut ordinal = false;
    let mut top_scale = 1.0;
    let mut head: Option<(f64, f64)> = None;
    // A leading "a"/"an" is read by the caller, who sees the scale word.
    while let Some((we, w)) = letters_at(text, pos) {
        let mut lb = [0u8; 24];
        let Some(l) = lower(w, &mut lb) else { break };
        if let Some(nw) = number_word(l) {
            if !apply(nw, &mut total, &mut current, &mut last, &mut top_scale) {
                break;
            }
            end = we;
        } else if let Some((v, nw)) = ordinal_word(l) {
            // "twenty-first", "one hundred twenty fifth", "two hundredth".
            let (mut t, mut c, mut la, mut ts) = (total, current, last, top_scale);
            let fits = match nw {
                NumWord::Hundred | NumWord::Scale(_) => apply(nw, &mut t, &mut c, &mut la, &mut ts),
                _ => compatible(last, nw),
            };
            if !fits {
                break;
            }
            total = match nw {
                NumWord::Hundred | NumWord::Scale(_) => t + c,
                _ => total + current + v,
            };
            top_scale = ts;
            current = 0.0;
            end = we;
            ordinal = true;
            break;
        } else {
            break;
        }
        // Continue over "-", "—", spaces and "and" when a number word follows.
        let mut k = skip_spaces(text, we);
        let b = text.as_bytes();
        if b.get(k) == Some(&b'-') {
            k = skip_spaces(text, k + 1);
        } else if text[k..].starts_with('\u{2014}') || text[k..].starts_with('\u{2013}') {
            k = skip_spaces(text, k + 3);
        } else if let Some((ae, a)) = letters_at(text, k)
            && a.eq_ignore_ascii_case("and")
            && matches!(last, Last::Hundred | Last::Scale(_))
            && !one_fraction_after(text, ae)
            && !share_of_scale_after(text, ae)
        {
            // The value before "and": "six million and two thirds" is six
            // million and a share of one, read after the loop.
            head = Some((total + current, top_scale));
            k = skip_spaces(text, ae);
        } else if k == we {
            break; // punctuation
        }
        let Some((_, nxt)) = letters_at(text, k) else { break };
        let mut nb = [0u8; 24];
        let Some(nl) = lower(nxt, &mut nb) else { break };
        if number_word(nl).is_none() && ordinal_word(nl).is_none() {
            break;
        }
        pos = k;
    }
    if end == i {
        return None;
    }
    let value = total + current;
    // "one and a half million": a half before the scale word.
    if !ordinal
        && let Some((_, ae, a)) = word_or_hyphen(text, end)
        && a.eq_ignore_ascii_case("and")
        && let Some((_, ae2, a2)) = word_or_hyphen(text, ae)
        && a2.eq_ignore_ascii_case("a")
        && let Some((_, he, h)) = word_or_hyphen(text, ae2)
        && h.eq_ignore_ascii_case("half")
        && let Some((_, se, s)) = next_word(text, he)
        && let Some(sv) = scale_word(s)
        && sv >= 1e3
        && current > 0.0
    {
        let halved = (total + current + 0.5) * sv;
        return Some(word_numeral(i, se, halved, false, sv));
    }
    // "one billion and a half million", "one billion and three quarters
    // million": a share of a smaller scale joins the number.
    if !ordinal
        && top_scale >= 1e6
        && let Some((_, ae, a)) = next_word(text, end)
        && a.eq_ignore_ascii_case("and")
    {
        let mut at = skip_spaces(text, ae);
        if let Some((_, e1, w1)) = next_word(text, ae)
            && (w1.eq_ignore_ascii_case("a") || w1.eq_ignore_ascii_case("an"))
        {
            at = skip_spaces(text, e1);
        }
        if let Some(part) = read_word_numeral(text, at)
            && !part.ordinal
            && part.scale >= 1e3
            && part.scale < top_scale
            && part.value < top_scale
            && part.value.fract() == 0.0
            && share_of_scale_after(text, ae)
        {
            return Some(word_numeral(i, part.end, value + part.value, false, top_scale));
        }
    }
    if value == 0.0 && !matches!(last, Last::Unit) {
        return None;
    }
    if !ordinal {
        // "two hundred point zero three", "nine point nought four".
        if let Some((e, decimals)) = point_decimals(text, end) {
            // "two point two million".
            if let Some((_, se, sw)) = next_word(text, e)
                && let Some(s) = scale_word(sw)
                && s >= 1e3
            {
                return Some(word_numeral(i, se, times(value + decimals, s), false, s));
            }
            return Some(word_numeral(i, e, value + decimals, false, top_scale));
        }
        // "three billions", "two hundred dozens": a plural scale after a
        // number multiplies it (alone, "billions" is vague); after "and"
        // only the part after it ("three hundred and two dozens" is 324).
        if value > 0.0
            && let Some((_, se, sw)) = next_word(text, end)
            && sw.ends_with('s')
            && let Some(s) = scale_word(sw)
        {
            let v = match head {
                Some((h, _)) => h + times(value - h, s),
                None => times(value, s),
            };
            return Some(word_numeral(i, se, v, false, top_scale.max(s)));
        }
        // A plural fraction after a number: "twenty-three fifths" is 4.6;
        // after "and" a mixed number ("one hundred and three quarters" is
        // 100.75, "two million and three fifths" 2.6 million) unless the
        // part after "and" is a whole ("one hundred and thirty fifths" is
        // 26). A proper fraction alone ("two thirds") is left to the
        // caller, who reads shares.
        if let Some((_, fe, fw)) = next_word(text, end)
            && fw.len() > 4
            && fw.ends_with('s')
            && let Some(d) = fraction_word(&Lower::new(fw))
            && next_word(text, fe).is_none_or(|(_, _, w)| scale_word(w).is_none())
        {
            let v = match head {
                Some((h, top)) if value - h < d => {
                    let unit = if top >= 1e3 { top } else { 1.0 };
                    Some(h + (value - h) / d * unit)
                }
                _ if value >= d => Some(value / d),
                _ => None,
            };
            if let Some(v) = v {
                return Some(word_numeral(i, fe, v, false, top_scale));
            }
        }
        // "three quarters billion": a share of a scale.
        if total == 0.0
            && current < 10.0
            && let Some((_, fe, fw)) = next_word(text, end)
            && fw.len() > 4
            && fw.ends_with('s')
            && let Some(d) = fraction_word(&Lower::new(fw))
            && let Some((_, se, sw)) = next_word(text, fe)
            && let Some(s) = scale_word(sw)
            && s >= 1e3
        {
            return Some(word_numeral(i, se, value / d * s, false, s));
        }
        // "five and a quarter", "one million and a half".
        if let Some((e, f)) = and_a_fraction(text, end) {
            let unit = if top_scale >= 1e3 { top_scale } else { 1.0 };
            return Some(word_numeral(i, e, value + f * unit, false, top_scale));
        }
    }
    if matches!(last, Last::Start) && !ordinal {
        return None;
    }
    Some(word_numeral(i, end, value, ordinal, top_scale))
}

/// "one half", "one quarter" after "and": a fraction of what came before
/// ("two million and one half"), not the number one.
fn one_fraction_after(text: &str, i: usize) -> bool {
    next_word(text, i).is_some_and(|(_, e, w)| {
        w.eq_ignore_ascii_case("one")
            && next_word(text, e).is_some_and(|(_, _, f)| {
                !f.ends_with('s') && fraction_word(&Lower::new(f)).is_some()
            })
    })
}

/// "a half million", "a quarter million", "three quarters million" after
/// "and": a share of a scale, which the number before "and" takes whole
/// ("one billion and three quarters million" is 1,000,750,000), not the
/// number three.
fn share_of_scale_after(text: &str, i: usize) -> bool {
    let Some((_, mut e, mut w)) = next_word(text, i) else { return false };
    if (w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an"))
        && let Some((_, e1, w1)) = next_word(text, e)
    {
        (e, w) = (e1, w1);
    }
    let lw = Lower::new(w);
    let share_end = if matches!(lw.as_str(), "half" | "quarter") {
        Some(e)
    } else if let Some(NumWord::Unit(_)) = number_word(&lw)
        && let Some((_, fe, f)) = next_word(text, e)
        && f.ends_with('s')
        && fraction_word(&Lower::new(f)).is_some()
    {
        Some(fe)
    } else {
        None
    };
    share_end
        .and_then(|se| next_word(text, se))
        .is_some_and(|(_, _, sw)| scale_word(sw).is_some_and(|s| s >= 1e3))
}

/// The next word after `i`, also across one hyphen ("one-and-a-half").
fn word_or_hyphen(text: &str, i: usize) -> Option<(usize, usize, &str)> {
    if text.as_bytes().get(i) == Some(&b'-') {
        let (e, w) = letters_at(text, i + 1)?;
        return Some((i + 1, e, w));
    }
    next_word(text, i)
}

/// "and a half", "and a quarter", "and one fifth" after a number, as
/// `(end, fraction)`. A scale after it ("one and a half million") is left
/// to the caller.
fn and_a_fraction(text: &str, end: usize) -> Option<(usize, f64)> {
    let (_, ae, a) = next_word(text, end)?;
    if !a.eq_ignore_ascii_case("and") {
        return None;
    }
    let (_, e1, w1) = next_word(text, ae)?;
    // "twenty and three fifths".
    if let Some(NumWord::Unit(v)) = number_word(&Lower::new(w1))
        && v >= 2.0
        && let Some((_, fe, fw)) = next_word(text, e1)
        && fw.ends_with('s')
        && let Some(d) = fraction_word(&Lower::new(fw))
        && v < d
    {
        return Some((fe, v / d));
    }
    if !(w1.eq_ignore_ascii_case("a") || w1.eq_ignore_ascii_case("one")) {
        return None;
    }
    let (_, fe, fw) = next_word(text, e1)?;
    let d = fraction_word(&Lower::new(fw)).filter(|_| !fw.ends_with('s'))?;
    // "one and a half million" reads the scale itself.
    if next_word(text, fe).is_some_and(|(_, _, w)| scale_word(w).is_some_and(|s| s >= 1e3)) {
        return None;
    }
    Some((fe, 1.0 / d))
}

/// Decimals read out after "point": "point zero three" is 0.03, "point
/// seventy-one" 0.71.
fn point_decimals(text: &str, end: usize) -> Option<(usize, f64)> {
    let (_, pe, p) = next_word(text, end)?;
    if !p.eq_ignore_ascii_case("point") {
        return None;
    }
    let mut digits = String::new();
    let mut pos = pe;
    let mut last_end = pe;
    while let Some((_, we, w)) = next_word(text, pos) {
        let lw = Lower::new(w);
        match number_word(&lw) {
            Some(NumWord::Unit(v)) => digits.push(char::from(b'0' + v as u8)),
            Some(NumWord::Teen(v)) | Some(NumWord::Ten(v)) if digits.is_empty() => {
                let mut v = v;
                // "seventy-one"
                if text.as_bytes().get(we) == Some(&b'-')
                    && let Some((ue, u)) = letters_at(text, we + 1)
                    && let Some(NumWord::Unit(uv)) = number_word(&Lower::new(u))
                {
                    v += uv;
                    last_end = ue;
                    digits.push_str(&format!("{}", v as u32));
                    break;
                }
                digits.push_str(&format!("{}", v as u32));
                last_end = we;
                break;
            }
            _ => break,
        }
        last_end = we;
        pos = we;
    }
    if digits.is_empty() {
        return None;
    }
    let v: f64 = format!("0.{digits}").parse().ok()?;
    Some((last_end, v))
}

fn word_numeral(start: usize, end: usize, value: f64, ordinal: bool, scale: f64) -> Numeral {
    Numeral {
        start,
        end,
        value,
        words: true,
        ordinal,
        scale,
        bare_m: false,
        plain_int: false,
        core_end: end,
    }
}

/// Whether an ordinal unit/teen/ten word can follow `last`.
fn compatible(last: Last, nw: NumWord) -> bool {
    match nw {
        NumWord::Unit(_) => !matches!(last, Last::Unit | Last::Teen),
        NumWord::Teen(_) | NumWord::Ten(_) => !matches!(last, Last::Unit | Last::Teen | Last::Ten),
        _ => true,
    }
}

/// Adds one number word; `false` when it cannot continue the number
/// ("two three" is two numbers).
fn apply(nw: NumWord, total: &mut f64, current: &mut f64, last: &mut Last, top: &mut f64) -> bool {
    match nw {
        NumWord::Unit(v) => {
            if matches!(last, Last::Unit | Last::Teen) {
                return false;
            }
            *current += v;
            *last = Last::Unit;
        }
        NumWord::Teen(v) => {
            if matches!(last, Last::Unit | Last::Teen | Last::Ten) {
                return false;
            }
            *current += v;
            *last = Last::Teen;
        }
        NumWord::Ten(v) => {
            if matches!(last, Last::Unit | Last::Teen | Last::Ten) {
                return false;
            }
            *current += v;
            *last = Last::Ten;
        }
        NumWord::Hundred => {
            if matches!(last, Last::Hundred) || *current >= 100.0 {
                return false;
            }
            *current = if *current == 0.0 { 100.0 } else { *current * 100.0 };
            *last = Last::Hundred;
            *top = top.max(100.0);
        }
        NumWord::Scale(s) => {
            // "three lakh crore": crores of a smaller group (Indian usage).
            if let Last::Scale(prev) = *last
                && s == 1e7
                && prev < 1e7
                && *current == 0.0
            {
                *total *= s;
                *last = Last::Scale(s * prev);
                *top = top.max(s * prev);
                return true;
            }
            if let Last::Scale(prev) = *last
                && s >= prev
            {
                return false;
            }
            if *total > 0.0 && *total < s * 1000.0 && *current == 0.0 {
                return false;
            }
            let c = if *current == 0.0 { 1.0 } else { *current };
            *total += c * s;
            *current = 0.0;
            *last = Last::Scale(s);
            *top = top.max(s);
        }
        NumWord::Dozen => {
            let c = if *current == 0.0 { 1.0 } else { *current };
            *current = c * 12.0;
            *last = Last::Scale(12.0);
        }
    }
    true
}

/// "a dozen", "a hundred", "a million": the "a"/"an" before a scale word
/// read as the number one. Returns the start of the "a".
pub(crate) fn article_before(text: &str, i: usize) -> Option<usize> {
    let (s, w) = prev_word(text, i)?;
    (w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an")).then_some(s)
}

#[cfg(test)]
#[allow(clippy::type_complexity)] // tables of (input, expected) rows
mod tests {
    use super::*;

    #[test]
    fn whole_numbers_are_what_parse_gives() {
        for digits in ["0", "007", "2004", "83000", "999999999999999", "123456789012345"] {
            let parsed: f64 = digits.parse().unwrap();
            assert_eq!(whole_number(digits.as_bytes()), Some(parsed), "{digits}");
        }
        // Sixteen digits, decimals, exponents and nothing go to `parse`.
        for other in ["1234567890123456", "3.8", "1e10", "", "12a"] {
            assert_eq!(whole_number(other.as_bytes()), None, "{other}");
        }
    }

    #[test]
    fn digits_with_separators_and_decimals() {
        let cases: &[(&str, Option<(usize, f64, bool)>)] = &[
            ("83,000 loans", Some((6, 83000.0, false))),
            ("1,234,567", Some((9, 1234567.0, false))),
            ("1\u{2009}234 cars", Some((7, 1234.0, false))),
            ("12 000 people", Some((6, 12000.0, false))),
            ("3.8% growth", Some((3, 3.8, false))),
            (".08", Some((3, 0.08, false))),
            ("2004 was", Some((4, 2004.0, true))),
            ("1, 234", Some((1, 1.0, true))),
            ("1\u{202f}234\u{202f}567.89", Some((16, 1234567.89, false))),
            ("2.1.3", None),
            ("0800 123", Some((4, 800.0, true))),
            ("2,5 million", Some((3, 2.5, false))),
            ("1,3.", Some((3, 1.3, false))),
            ("5,00 or", Some((4, 5.0, false))),
            ("1.111,11, 1", Some((8, 1111.11, false))),
            ("1,2,3", Some((1, 1.0, true))),
            ("6,3-4", Some((1, 6.0, true))),
            ("1,234", Some((5, 1234.0, false))),
            ("1234,5", Some((4, 1234.0, true))),
            ("1.5,5", Some((3, 1.5, false))),
            (".081,5", Some((4, 0.081, false))),
        ];
        for (text, want) in cases {
            assert_eq!(read_digits(text, 0), *want, "{text}");
        }
    }

    #[test]
    fn digits_with_scales() {
        let cases: &[(&str, f64, &str)] = &[
            ("1.5 million people", 1.5e6, "1.5 million"),
            ("10bn", 1e10, "10bn"),
            ("350m", 3.5e8, "350m"),
            ("2K", 2000.0, "2K"),
            ("3.2tn", 3.2e12, "3.2tn"),
            ("322 hundred", 32200.0, "322 hundred"),
            ("3 dozens", 36.0, "3 dozens"),
            ("12 lakhs", 1.2e6, "12 lakhs"),
            ("2.33 k", 2330.0, "2.33 k"),
            ("10M.", 1e7, "10M"),
            ("1e10", 1e10, "1e10"),
            ("12.32e+14", 12.32e14, "12.32e+14"),
            ("3 million and a half", 3.5e6, "3 million and a half"),
            ("10 bln", 1e10, "10 bln"),
            ("1 point 1", 1.1, "1 point 1"),
            ("3 point 25 percent", 3.25, "3 point 25"),
            ("1 point 5 million", 1.5e6, "1 point 5 million"),
            ("17-million population", 1.7e7, "17-million"),
            ("3.5-billion-dollar deal", 3.5e9, "3.5-billion"),
        ];
        for (text, v, span) in cases {
            let n = read_digit_numeral(text, 0).unwrap();
            assert_eq!((n.value, &text[n.start..n.end]), (*v, *span), "{text}");
        }
    }

    #[test]
    fn a_point_between_digits_needs_plain_digits_after() {
        // A score, a glued scale, a thousands group: not decimals.
        for text in ["3 points 2", "1 point 5bn", "2 point 5,000", "4 Point 2", "1 point two"] {
            let n = read_digit_numeral(text, 0).unwrap();
            assert_eq!(n.end, 1, "{text}");
        }
    }

    #[test]
    fn digit_ordinals() {
        for (text, v) in [("21st", 21.0), ("2nd place", 2.0), ("10th", 10.0)] {
            let n = read_digit_numeral(text, 0).unwrap();
            assert!(n.ordinal, "{text}");
            assert_eq!(n.value, v);
        }
    }

    #[test]
    fn written_numbers() {
        let cases: &[(&str, f64, &str, bool)] = &[
            ("twelve agreements", 12.0, "twelve", false),
            ("two hundred and forty", 240.0, "two hundred and forty", false),
            ("Twenty-one thousand people", 21000.0, "Twenty-one thousand", false),
            ("half a million", 5e5, "half a million", false),
            ("five million viewers", 5e6, "five million", false),
            ("one and a half million", 1.5e6, "one and a half million", false),
            (
                "seven hundred twenty-one thousand and twelve",
                721012.0,
                "seven hundred twenty-one thousand and twelve",
                false,
            ),
            ("twenty-first", 21.0, "twenty-first", true),
            ("one hundred twenty fifth", 125.0, "one hundred twenty fifth", true),
            ("two hundredth", 200.0, "two hundredth", true),
            ("fifty - two", 52.0, "fifty - two", false),
            ("second", 2.0, "second", true),
            ("two three", 2.0, "two", false),
            ("three trillionth", 3e12, "three trillionth", true),
            ("twenty—fifth", 25.0, "twenty—fifth", true),
            ("two thousand and two hundred", 2200.0, "two thousand and two hundred", false),
            ("half million", 5e5, "half million", false),
            ("quarter million", 2.5e5, "quarter million", false),
            ("three quarters billion", 7.5e8, "three quarters billion", false),
            ("two hundred point zero three", 200.03, "two hundred point zero three", false),
            ("two hundred point seventy-one", 200.71, "two hundred point seventy-one", false),
            ("five and a quarter", 5.25, "five and a quarter", false),
            ("one million and a half", 1.5e6, "one million and a half", false),
        ];
        for (text, v, span, ord) in cases {
            let n = read_word_numeral(text, 0).unwrap_or_else(|| panic!("{text}"));
            assert_eq!((n.value, &text[n.start..n.end], n.ordinal), (*v, *span, *ord), "{text}");
        }
        assert_eq!(read_word_numeral("thousands of", 0), None);
        assert_eq!(read_word_numeral("half the", 0), None);
    }
}
