//! Numbers, counts, money, percentages and ordinals.
//!
//! One left-to-right pass over the bytes: at each digit or at the start
//! of a word that can begin a number, [`number`] reads the number as
//! written; the rules here then read what is around it (currency,
//! percent sign, range, unit, counted noun, hedge) and the exclusions in
//! [`exclude`] drop what is not a claim. Nothing is allocated for text
//! that holds no number.

mod count;
mod exclude;
mod fraction;
mod money;
mod number;
mod ordinal;
mod percent;
mod text;

use self::money::{Cur, DocCurrency};
use self::number::{Numeral, article_before, read_digit_numeral, read_word_numeral};
use self::text::{
    at_sentence_start, is_capitalised, is_word_byte, letters_at, lower, next_word, prev_word,
    skip_spaces,
};
use super::hedge::{hedge_after, hedge_before};
use super::lexicon::{NumWord, fraction_word, month_number, number_word, ordinal_word};
use super::{Context, Mention};
use crate::mentions::lexicon::Lower;
use crate::span::Span;
use crate::value::{Qualifier, Value};

/// Appends the numeric mentions of `text` to `out`.
#[cfg(test)]
pub(crate) fn find(text: &str, ctx: &Context, out: &mut Vec<Mention>) {
    find_in(text, ctx, &[(0, text.len())], out);
}

/// [`find`] stepping only on the bytes of `visit` (sorted byte ranges,
/// from the driver's shared tokens: digits, word starts that may start a
/// number, "." and the lead bytes of vulgar fractions). At every other
/// byte the pass would only step on.
pub(crate) fn find_in(
    text: &str,
    _ctx: &Context,
    visit: &[(usize, usize)],
    out: &mut Vec<Mention>,
) {
    let doc = DocCurrency::new(text);
    let first_mine = out.len();
    let b = text.as_bytes();
    let mut i = 0;
    let mut ranges = visit.iter();
    let mut range_end = 0;
    while i < b.len() {
        if i >= range_end {
            let Some(&(from, to)) = ranges.find(|r| r.1 > i) else { break };
            (i, range_end) = (i.max(from), to);
        }
        let c = b[i];
        let word_start = i == 0 || !is_word_byte(b[i - 1]);
        // A number starts at a digit, or at ".08" after a space.
        let point_start = c == b'.'
            && b.get(i + 1).is_some_and(u8::is_ascii_digit)
            && (i == 0
                || matches!(b[i - 1], b' ' | b'(' | b'\n')
                || b[i - 1] == b'-' && (i == 1 || matches!(b[i - 2], b' ' | b'(' | b'\n')));
        let next = if word_start && (c.is_ascii_digit() || point_start) {
            digit_candidate(text, i, &doc, out)
        } else if c.is_ascii_alphabetic() && word_start {
            word_candidate(text, i, &doc, out)
        } else if matches!(c, 0xC2 | 0xE2)
            && let Some((fe, v)) = number::vulgar_fraction(text, i)
        {
            // "⅔", "½" standing alone.
            emit_fraction(text, i, fe, v, out);
            fe
        } else if c.is_ascii_digit() {
            // Digits glued to letters: a currency code ("USD115") or a
            // name ("v2.1", "MP3", skipped whole).
            if money::prefix_before(text, i).is_some_and(|(s, _)| s < i) {
                digit_candidate(text, i, &doc, out)
            } else {
                run_end(text, i)
            }
        } else {
            i + 1
        };
        // Always move forward. Stepping into a multi-byte char is safe:
        // candidates start only at ASCII bytes, never inside a char.
        i = next.max(i + 1);
    }
    let mut mine = out.split_off(first_mine);
    merge_bounds(text, &mut mine);
    merge_restatements(text, &mut mine);
    out.extend(mine);
}

/// End of the run of letters and digits at `i` (where to resume after a
/// token that is not a claim).
fn run_end(text: &str, i: usize) -> usize {
    let b = text.as_bytes();
    let mut j = i;
    while j < b.len()
        && (b[j].is_ascii_alphanumeric()
            || matches!(b[j], b'.' | b',' | b':' | b'/')
                && b.get(j + 1).is_some_and(u8::is_ascii_digit))
    {
        j += 1;
    }
    j.max(i + 1)
}

/// A capitalised month name ("March", "Dec").
fn is_month(w: &str) -> bool {
    is_capitalised(w) && month_number(w).is_some()
}

/// Handles a number written in digits at `i`; returns where to resume.
fn digit_candidate(text: &str, i: usize, doc: &DocCurrency, out: &mut Vec<Mention>) -> usize {
    let b = text.as_bytes();
    // A currency code glued before the digits ("Rs20", "USD3.14") is not
    // a name; any other glued letters are ("G7", "BBC1", "COVID-19").
    let glued_currency = money::prefix_before(text, i).is_some_and(|(s, _)| s < i);
    if exclude::is_glued_to_name(text, i) && !glued_currency {
        return run_end(text, i);
    }
    if let Some(e) = exclude::phone_end(text, i) {
        return e;
    }
    let Some(n) = read_digit_numeral(text, i) else {
        // A dotted sequence: version, address or IP.
        let mut j = i;
        while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'.') {
            j += 1;
        }
        return j;
    };
    if let Some(next) = slash_fraction(text, &n, out) {
        return next;
    }
    // "70's music", "80's": decades (and "50's beef", a name).
    if n.plain_int
        && n.value % 10.0 == 0.0
        && matches!(n.core_end - n.start, 2 | 4)
        && (text[n.core_end..].starts_with("'s") || text[n.core_end..].starts_with("\u{2019}s"))
    {
        return run_end(text, i);
    }
    if exclude::is_time_of_day(text, n.core_end)
        || exclude::is_slashed(text, i, n.core_end)
        || exclude::is_label_with_stop(text, i)
    {
        return run_end(text, i);
    }
    // Glued letters that are no scale, ordinal, unit, percent or
    // currency: "7E7", "3D", "1990s", "4x100m", "55s".
    if n.end == n.core_end
        && b.get(n.core_end).is_some_and(u8::is_ascii_alphabetic)
        && count::unit_after(text, n.core_end).is_none()
        && percent::suffix_after(text, n.core_end).is_none()
        && money::suffix_after(text, n.core_end, false).is_none()
    {
        return run_end(text, i);
    }
    complete(text, n, doc, out)
}

/// "3/4", "1/5": a fraction, numerator below a denominator of at most
/// 100, and no third part ("17/10/2000" is a date). Returns where to
/// resume when it emitted one.
fn slash_fraction(text: &str, n: &Numeral, out: &mut Vec<Mention>) -> Option<usize> {
    let b = text.as_bytes();
    if !n.plain_int || n.end != n.core_end || b.get(n.end) != Some(&b'/') {
        return None;
    }
    // "-4/5": a sign, not a hyphen ("2-3/4" is no fraction).
    let sign =
        sign_before(text, n.start).filter(|&m| m == 0 || matches!(b[m - 1], b' ' | b'(' | b'\n'));
    let signed = sign.is_some();
    if n.start > 0 && matches!(b[n.start - 1], b'/' | b'-' | b'.') && !signed {
        return None;
    }
    let (de, d, plain) = number::read_digits(text, n.end + 1)?;
    let third_part = matches!(b.get(de), Some(b'/') | Some(b'-'));
    // Usual denominators only: "9/11" is an event, "24/7" a phrase.
    let usual = [2.0, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0, 12.0, 16.0, 100.0].contains(&d);
    if !plain || third_part || !usual || n.value >= d || n.value < 1.0 {
        return None;
    }
    if b.get(de).is_some_and(u8::is_ascii_alphanumeric) {
        return None;
    }
    let (start, sign) = match sign {
        Some(m) => (m, -1.0),
        None => (n.start, 1.0),
    };
    let (start, qualifier) = hedged(text, start);
    out.push(Mention {
        span: Span::new(start, de),
        value: Value::Number { value: sign * n.value / d, end: None, unit: None },
        qualifier,
        noun: None,
    });
    Some(de)
}

/// Handles a word at `i` that may start a number; returns where to resume.
fn word_candidate(text: &str, i: usize, doc: &DocCurrency, out: &mut Vec<Mention>) -> usize {
    let Some((we, w)) = letters_at(text, i) else { return i + 1 };
    if !super::lexicon::may_start_number(w.as_bytes()) {
        return we;
    }
    let mut buf = [0u8; 24];
    let Some(lw) = lower(w, &mut buf) else { return we };
    // Links carry digits that are no claims: skip to the next space.
    if matches!(lw, "http" | "https" | "www") {
        return text[i..].find(char::is_whitespace).map_or(text.len(), |k| i + k);
    }
    if super::lexicon::is_single_unit_currency(lw) {
        return match one_unit_of_currency(text, i, we) {
            Some(n) => complete(text, n, doc, out),
            None => we,
        };
    }
    let starts_number = number_word(lw).is_some()
        || ordinal_word(lw).is_some()
        || lw == "half"
        || fraction_word(lw).is_some();
    if !starts_number {
        return we;
    }
    // "a hundredth", "three twenty-firsts", "two and fifty-four hundredths".
    if let Some((s, e, v)) = fraction::ordinal_fraction(text, i) {
        emit_fraction(text, s, e, v, out);
        return e;
    }
    // Plural fractions after "a"? No: "a quarter", "a third" are singular.
    if let Some(next) = fraction_with_article(text, i, we, lw, out) {
        return next;
    }
    if lw == "half" {
        if let Some(mut n) = read_word_numeral(text, i) {
            // "a half million" is one number, as "a quarter million" is.
            if n.value >= 1e3
                && let Some(a) = article_before(text, i)
            {
                n.start = a;
            }
            return complete(text, n, doc, out);
        }
        // "half of the voters": fifty per cent; "the first half of the
        // year" is a period, "the bottom half of" a part.
        let part = prev_word(text, i).is_some_and(|(_, w)| {
            matches!(
                Lower::new(w).as_str(),
                "the"
                    | "first"
                    | "second"
                    | "bottom"
                    | "top"
                    | "upper"
                    | "lower"
                    | "other"
                    | "this"
                    | "that"
                    | "latter"
                    | "former"
                    | "each"
                    | "back"
                    | "front"
            )
        });
        let of_after = next_word(text, we).is_some_and(|(_, _, nw)| nw == "of");
        if !part && (of_after || hedged_half(text, i, we)) {
            emit_percent(text, i, we, 50.0, None, false, out);
        }
        return we;
    }
    // "multi-million", "no-one": a number word inside a compound.
    if i >= 2 && text.as_bytes()[i - 1] == b'-' && text.as_bytes()[i - 2].is_ascii_alphabetic() {
        return we;
    }
    let Some(mut n) = read_word_numeral(text, i) else { return we };
    // "several hundred", "a few thousand": vague quantities.
    if matches!(number_word(lw), Some(NumWord::Scale(_) | NumWord::Hundred))
        && prev_word(text, i).is_some_and(|(_, w)| {
            matches!(Lower::new(w).as_str(), "several" | "few" | "many" | "tens" | "hundreds")
        })
    {
        return n.end;
    }
    // "a dozen", "a hundred", "a million", "a quarter million".
    let scale_first =
        matches!(number_word(lw), Some(NumWord::Scale(_) | NumWord::Hundred | NumWord::Dozen))
            || (lw == "quarter" && n.scale >= 1e3);
    // "eight people per thousand": the base of a rate, no figure.
    if scale_first && prev_word(text, i).is_some_and(|(_, w)| w.eq_ignore_ascii_case("per")) {
        return n.end;
    }
    if scale_first && let Some(a) = article_before(text, i) {
        n.start = a;
    }
    complete(text, n, doc, out)
}

/// "N times" ending at `times_end` counts occurrences ("rose five times
/// between", "downloaded 8 million times") unless it multiplies ("three
/// times as many", "five times the size", "two times faster") or sets a
/// rate ("three times a week", a frequency the temporal rules leave).
fn counts_occurrences(text: &str, start: usize, times_end: usize, value: f64) -> bool {
    if value < 2.0 || value.fract() != 0.0 {
        return false;
    }
    // "magnify by up to 10 times": a factor.
    if prev_word(text, hedge_start(text, start)).is_some_and(|(_, w)| w.eq_ignore_ascii_case("by"))
    {
        return false;
    }
    let after = skip_spaces(text, times_end);
    if text.as_bytes().get(after).is_some_and(|c| !c.is_ascii_alphabetic()) {
        // The clause ends, or a quote or bracket closes a multiplier
        // ("between two and three times" the assessment).
        return text.as_bytes().get(after).is_some_and(|c| b".,;:!?)".contains(c));
    }
    let Some((_, we, w)) = next_word(text, times_end) else { return true };
    let lw = Lower::new(w);
    // "nine times out of ten" is a share; "18 times out of the last 20
    // years" a count.
    if lw.as_str() == "out" {
        let of_then_number = next_word(text, we).is_some_and(|(_, oe, o)| {
            o == "of"
                && (text.as_bytes().get(skip_spaces(text, oe)).is_some_and(u8::is_ascii_digit)
                    || next_word(text, oe)
                        .is_some_and(|(_, _, n)| number_word(&Lower::new(n)).is_some()))
        });
        return !of_then_number;
    }
    let multiplier = matches!(
        lw.as_str(),
        "as" | "more"
            | "less"
            | "fewer"
            | "the"
            | "that"
            | "those"
            | "this"
            | "its"
            | "their"
            | "his"
            | "her"
            | "our"
            | "your"
            | "what"
            | "over"
            | "higher"
            | "lower"
            | "bigger"
            | "greater"
            | "larger"
            | "smaller"
            | "faster"
            | "slower"
            | "longer"
            | "shorter"
            | "cheaper"
            | "better"
            | "worse"
            | "a"
            | "an"
            | "per"
            | "each"
            | "every"
            | "daily"
            | "weekly"
            | "monthly"
            | "yearly"
            | "annually"
            | "normal"
            | "usual"
            | "average"
    );
    // Any other comparative: "times stronger", "times likelier".
    let comparative = lw.len() > 4 && lw.ends_with("er") && lw.as_str() != "after";
    !multiplier && !comparative
}

/// "a dollar" at the currency word `i..we`: the article read as the
/// number one, when what follows makes it an amount ("a dollar a day",
/// "for a dollar.", "a dollar and 42 cents"), not a currency's name ("a
/// dollar crisis", "a dollar-denominated bond").
fn one_unit_of_currency(text: &str, i: usize, we: usize) -> Option<Numeral> {
    let a = article_before(text, i)?;
    let b = text.as_bytes();
    let closes = matches!(
        b.get(skip_spaces(text, we)),
        None | Some(b'.' | b',' | b';' | b')' | b'?' | b'!')
    );
    let rate_or_bound = next_word(text, we).is_some_and(|(_, _, w)| {
        matches!(w, "a" | "an" | "per" | "each" | "apiece" | "or" | "more" | "less")
    });
    let cents = money::cents_after(text, we).is_some();
    if b.get(we) == Some(&b'-') || !(closes || rate_or_bound || cents) {
        return None;
    }
    let a_end = a + if b.get(a + 1).is_some_and(u8::is_ascii_alphabetic) { 2 } else { 1 };
    Some(Numeral {
        start: a,
        end: a_end,
        value: 1.0,
        words: true,
        ordinal: false,
        scale: 1.0,
        bare_m: false,
        plain_int: false,
        core_end: a_end,
    })
}

/// "more than half the voters", "nearly half people": "half" bounded by
/// a hedge is a share even without "of" (bare "half the time" is an
/// idiom). Not "over half an hour" (a duration) nor "just over half-time".
fn hedged_half(text: &str, i: usize, we: usize) -> bool {
    let Some((hs, q)) = hedge_before(text, i) else { return false };
    // "lives up to half his promises": a phrasal verb, no bound.
    let phrasal = text[hs..].starts_with("up to") && super::hedge::up_to_is_phrasal(&text[..hs]);
    if q == Qualifier::Exact || phrasal {
        return false;
    }
    if text.as_bytes().get(we) == Some(&b'-') {
        return false;
    }
    match next_word(text, we) {
        Some((_, _, w)) => !matches!(w, "a" | "an") && !count::is_time_noun(w),
        None => true,
    }
}

/// "a third", "a quarter of", "an eighth": a share, at the fraction word
/// `lw` spanning `i..we`. Returns where to resume when it handled it.
fn fraction_with_article(
    text: &str,
    i: usize,
    we: usize,
    lw: &str,
    out: &mut Vec<Mention>,
) -> Option<usize> {
    let d = fraction_word(lw)?;
    if lw.ends_with('s') || lw == "half" {
        return None;
    }
    let a = article_before(text, i).or_else(|| {
        prev_word(text, i).filter(|(_, w)| w.eq_ignore_ascii_case("one")).map(|(s, _)| s)
    })?;
    let b = text.as_bytes();
    let next = next_word(text, we);
    let punct_after =
        matches!(b.get(skip_spaces(text, we)), Some(b',' | b'.' | b';' | b')' | b':') | None);
    let of_after = next.is_some_and(|(_, _, w)| w == "of");
    if of_after {
        // "a quarter of 2004", "a quarter of an hour": periods, not shares.
        let (_, oe, _) = next?;
        let after_of = next_word(text, oe);
        let digit_after = b.get(skip_spaces(text, oe)).is_some_and(u8::is_ascii_digit);
        let period = after_of.is_some_and(|(_, e2, w2)| {
            count::is_time_noun(w2)
                || (matches!(w2, "the" | "a" | "an" | "this" | "that")
                    && next_word(text, e2).is_some_and(|(_, _, w3)| count::is_time_noun(w3)))
        });
        if digit_after || period {
            return Some(we);
        }
    } else if !punct_after
        && !next.is_some_and(|(_, _, w)| {
            matches!(w, "more" | "less" | "fewer" | "higher" | "lower" | "bigger" | "smaller")
        })
    {
        // "a third runway" ranks; "a quarter century" is a period; but
        // "a third more properties" is a share.
        return None;
    }
    emit_percent(text, a, we, percent::share(1.0, d), None, false, out);
    Some(we)
}

/// Where a minus sign touching the figure at `start` begins: a hyphen
/// ("-9.2") or the typographic minus ("\u{2212}9.2", U+2212, which many
/// sites print). Callers decide from what precedes it whether it is a
/// sign or a joining hyphen ("2-3", "A-1").
fn sign_before(text: &str, start: usize) -> Option<usize> {
    let before = &text[..start];
    if before.ends_with('-') {
        Some(start - 1)
    } else if before.ends_with('\u{2212}') {
        Some(start - '\u{2212}'.len_utf8())
    } else {
        None
    }
}

/// Pushes a fraction read as a number, with its sign ("minus one
/// hundred thirty fifths") and hedge.
fn emit_fraction(text: &str, start: usize, end: usize, value: f64, out: &mut Vec<Mention>) {
    let (mut start, mut value) = (start, value);
    if let Some((s, w)) = prev_word(text, start)
        && matches!(Lower::new(w).as_str(), "minus" | "negative")
    {
        start = s;
        value = -value;
    } else if let Some(m) = sign_before(text, start)
        && (m == 0 || matches!(text.as_bytes()[m - 1], b' ' | b'(' | b'\n'))
    {
        start = m;
        value = -value;
    }
    let (start, qualifier) = hedged(text, start);
    out.push(Mention {
        span: Span::new(start, end),
        value: Value::Number { value, end: None, unit: None },
        qualifier,
        noun: None,
    });
}

/// Pushes a percent mention with its hedge.
fn emit_percent(
    text: &str,
    start: usize,
    end: usize,
    value: f64,
    hi: Option<f64>,
    points: bool,
    out: &mut Vec<Mention>,
) {
    let (start, qualifier) = hedged(text, start);
    out.push(Mention {
        span: Span::new(start, end),
        value: Value::Percent { value, end: hi, points },
        qualifier,
        noun: None,
    });
}

/// The hedge before `start`, and where the mention's span starts. A
/// comparative bound ("more than", "at least", "under") joins the span: it
/// turns the figure into an interval. An approximator ("about", "nearly",
/// "an estimated") only hedges the figure's precision: it is reported as
/// the qualifier and left out of the span, as formats.md shows "$10
/// billion" beside its qualifier (durations keep it: see temporal).
fn hedged(text: &str, start: usize) -> (usize, Qualifier) {
    match hedge_before(text, start) {
        Some((_, Qualifier::Approximately)) => (start, Qualifier::Approximately),
        Some((s, q)) => (s, q),
        None => (start, Qualifier::Exact),
    }
}

/// Where the hedge before `start` begins, approximators included: for
/// reading the word before a hedged figure ("by about 10 times").
fn hedge_start(text: &str, start: usize) -> usize {
    hedge_before(text, start).map_or(start, |(s, _)| s)
}

/// One side of a figure: a number with the currency or percent sign
/// written around it.
#[derive(Clone, Debug)]
struct Amount {
    start: usize,
    end: usize,
    n: Numeral,
    currency: Option<(Cur, f64)>,
    percent: Option<(bool, f64)>,
}

/// Reads the currency and percent signs around `n`.
fn amount(text: &str, n: Numeral, prefix: Option<(usize, Cur)>) -> Amount {
    let mut a = Amount { start: n.start, end: n.end, n, currency: None, percent: None };
    if let Some((s, c)) = prefix {
        a.start = s;
        a.currency = Some((c, money::prefix_scale(text, s)));
        add_cents(text, &mut a);
        return a;
    }
    if let Some((e, points, f)) = percent::suffix_after(text, a.n.end) {
        a.end = e;
        a.percent = Some((points, f));
        return a;
    }
    if let Some((e, c, f)) = money::suffix_after(text, a.n.end, a.n.scale > 1.0) {
        a.end = e;
        a.currency = Some((c, f));
    }
    add_cents(text, &mut a);
    a
}

/// "15 dollars and 50 cents", "$20 and 43c": the subunit after a whole
/// amount joins it.
fn add_cents(text: &str, a: &mut Amount) {
    let whole =
        a.currency.is_some_and(|(_, f)| f == 1.0) && a.n.scale == 1.0 && a.n.value.fract() == 0.0;
    if whole && let Some((e, cents)) = money::cents_after(text, a.end) {
        a.n.value += cents / 100.0;
        a.end = e;
    }
}

/// Completes a numeral into a mention (or nothing); returns where to
/// resume.
fn complete(text: &str, n: Numeral, doc: &DocCurrency, out: &mut Vec<Mention>) -> usize {
    let resume = n.end;
    let prefix = if n.words { None } else { money::prefix_before(text, n.start) };
    // "fell to number three": a chart position, a rank.
    if prefix.is_none()
        && let Some(start) = chart_position_start(text, &n)
    {
        out.push(Mention {
            span: Span::new(start, n.end),
            value: Value::Ordinal(n.value as u64),
            qualifier: Qualifier::Exact,
            noun: None,
        });
        return n.end;
    }
    if prefix.is_none() && is_not_a_claim(text, &n) {
        // "Ipswich 1-2 Charlton": the rest of a rejected score goes too.
        let mut end = run_end(text, n.start).max(resume);
        let b = text.as_bytes();
        if matches!(b.get(end), Some(b'-')) && b.get(end + 1).is_some_and(u8::is_ascii_digit) {
            end = run_end(text, end + 1);
        }
        // "could have paid 80 USD million": its currency and scale go
        // with it, or "million" would be read as a figure of its own.
        if let Some((e, _, _)) = money::suffix_after(text, end, n.scale > 1.0) {
            end = e;
        }
        return end;
    }
    if prefix.is_none()
        && let Some((e, v)) = fraction::over_fraction(text, &n)
    {
        emit_fraction(text, n.start, e, v, out);
        return e;
    }
    if n.ordinal && prefix.is_none() {
        emit_ordinal(text, &n, out);
        return resume;
    }
    if let Some(next) = share_after(text, &n, doc, out) {
        return next;
    }
    let first = amount(text, n, prefix);
    match range_after(text, &first) {
        RangeRead::Range(second) => {
            let end = second.end;
            emit_figure(text, first, Some(second), doc, out);
            end
        }
        RangeRead::NotAClaim(end) => end,
        RangeRead::Single => {
            let end = first.end;
            emit_figure(text, first, None, doc, out);
            end
        }
    }
}

/// Where "number" starts when `n` is a position in a ranking written
/// "at number three", "to number 12", "reached number one": lower-case
/// "number" after a word that places something in a list. "Wales number
/// eight" (a rugby position) and "Number 10" (Downing Street) are names.
fn chart_position_start(text: &str, n: &Numeral) -> Option<usize> {
    if n.ordinal || n.scale != 1.0 || n.value.fract() != 0.0 || !(1.0..=200.0).contains(&n.value) {
        return None;
    }
    let (ps, w) = prev_word(text, n.start)?;
    if w != "number"
        || text.as_bytes().get(n.end).is_some_and(|c| matches!(c, b'-' | b'/' | b'.' | b','))
            && text.as_bytes().get(n.end + 1).is_some_and(u8::is_ascii_alphanumeric)
    {
        return None;
    }
    let (_, before) = prev_word(text, ps)?;
    let places = matches!(
        Lower::new(before).as_str(),
        "at" | "to" | "from" | "reached" | "hit" | "ranked" | "ranks"
    );
    (places && !exclude::is_address_or_name_after(text, n.end)).then_some(ps)
}

/// Exclusions that depend only on the numeral and its neighbours.
fn is_not_a_claim(text: &str, n: &Numeral) -> bool {
    if n.words && exclude::is_capitalised_word_number(text, n.start) {
        return true;
    }
    if exclude::is_named_by_word_before(text, n.start)
        || exclude::is_address_or_name_after(text, n.end)
        || exclude::is_age_band(text, n.start)
        || exclude::is_counterfactual(text, n.start)
    {
        return true;
    }
    // Dates: "11 September", "March 5".
    let next = next_word(text, n.end);
    if next.is_some_and(|(_, _, w)| is_month(w)) {
        return true;
    }
    if !n.words && n.value <= 31.0 && prev_word(text, n.start).is_some_and(|(_, w)| is_month(w)) {
        return true;
    }
    false
}

/// "one" is a claim only when it counts a noun that follows it.
fn counts_one(text: &str, n: &Numeral) -> bool {
    if let Some((_, w)) = prev_word(text, n.start)
        && matches!(
            Lower::new(w).as_str(),
            "the"
                | "this"
                | "that"
                | "no"
                | "any"
                | "every"
                | "each"
                | "which"
                | "a"
                | "at"
                | "only"
                | "another"
                | "last"
                | "next"
                | "one"
                | "same"
                | "such"
        )
    {
        return false;
    }
    // "minus one", "negative one": a value.
    if prev_word(text, n.start)
        .is_some_and(|(_, w)| matches!(Lower::new(w).as_str(), "minus" | "negative"))
    {
        return true;
    }
    // "no-one", "one-off": part of a compound.
    let b = text.as_bytes();
    if (n.start > 0 && b[n.start - 1] == b'-') || b.get(n.end) == Some(&b'-') {
        return false;
    }
    let Some((_, _, w)) = next_word(text, n.end) else { return false };
    // "a game is one Smith would like": a pronoun before a name.
    if is_capitalised(w) {
        return false;
    }
    let lw = Lower::new(w);
    if matches!(
        lw.as_str(),
        "another" | "way" | "thing" | "day" | "point" | "time" | "side" | "hand" | "reason"
    ) {
        return false;
    }
    count::noun_after(text, n.end).is_some() && lw != "of"
}

/// Fractions and proportions after a small written number: "two-thirds
/// of", "three quarters", "one in five", "nine out of 10".
fn share_after(
    text: &str,
    n: &Numeral,
    doc: &DocCurrency,
    out: &mut Vec<Mention>,
) -> Option<usize> {
    if n.ordinal || n.value.fract() != 0.0 || n.value < 1.0 {
        return None;
    }
    if n.value > 100.0 || n.scale != 1.0 {
        return None;
    }
    if n.words
        && let Some((e, d)) = percent::fraction_after(text, n.value, n.end)
    {
        let share = percent::share(n.value, d);
        // "two thirds" alone is the number 0.667; "two-thirds of" a share.
        let of_after = next_word(text, e).is_some_and(|(_, _, w)| w == "of");
        // "two thirds of a million (dollars)": a figure, that many.
        if let Some(scale) = scale_of_after(text, e) {
            let whole = Numeral {
                start: n.start,
                end: scale.end,
                value: number::times(n.value / d, scale.value),
                words: true,
                ordinal: false,
                scale: scale.value,
                bare_m: false,
                plain_int: false,
                core_end: scale.end,
            };
            return Some(complete(text, whole, doc, out));
        }
        if of_after || article_before(text, n.start).is_some() {
            emit_percent(text, n.start, e, share, None, false, out);
        } else {
            // With its hedge: "above one quarter" is more than 0.25.
            emit_fraction(text, n.start, e, n.value / d, out);
        }
        return Some(e);
    }
    let d_at = percent::proportion_denominator_at(text, n.end)?;
    let d = if text.as_bytes().get(d_at).is_some_and(u8::is_ascii_digit) {
        read_digit_numeral(text, d_at)?
    } else {
        read_word_numeral(text, d_at).or_else(|| scale_after_article(text, d_at))?
    };
    // "two out of five hundred" has a scaled denominator; "one in 5m"
    // is no share news writes as a percentage, and "two out of five
    // hundreds" is not two out of five.
    let scale_follows = next_word(text, d.end)
        .is_some_and(|(_, _, w)| w == "hundreds" || number::scale_word(w).is_some());
    let plausible = !d.ordinal
        && d.value > n.value
        && d.value <= 1000.0
        && (d.scale == 1.0 || d.words)
        && !scale_follows
        && !exclude::is_year_like(d.value, d.plain_int);
    if !plausible {
        return None;
    }
    emit_percent(text, n.start, d.end, percent::share(n.value, d.value), None, false, out);
    Some(d.end)
}

/// "of a million", "of a billion" after a fraction ending at `e`: the
/// scale (a thousand or more) the fraction takes a share of.
fn scale_of_after(text: &str, e: usize) -> Option<Numeral> {
    let (_, oe, o) = next_word(text, e)?;
    if o != "of" {
        return None;
    }
    let (a_start, _, _) = next_word(text, oe)?;
    scale_after_article(text, a_start).filter(|s| s.value >= 1e3)
}

/// "a hundred", "a thousand" at `i`: a scale word after the article,
/// read from the article on.
fn scale_after_article(text: &str, i: usize) -> Option<Numeral> {
    let (ae, a) = letters_at(text, i)?;
    if !matches!(a, "a" | "an") {
        return None;
    }
    let (ws, _, w) = next_word(text, ae)?;
    if !matches!(number_word(&Lower::new(w)), Some(NumWord::Scale(_) | NumWord::Hundred)) {
        return None;
    }
    let mut n = read_word_numeral(text, ws)?;
    n.start = i;
    Some(n)
}

/// What follows a first amount.
enum RangeRead {
    /// A second amount: "10-12", "between 10 and 12", "$1-2bn".
    Range(Amount),
    /// A score, ratio or year span: nothing to emit up to this byte.
    NotAClaim(usize),
    /// No range.
    Single,
}

/// Verbs of change before "from": "rose from 10 to 12" is two figures.
fn is_change_word(w: &str) -> bool {
    matches!(
        Lower::new(w).as_str(),
        "rose"
            | "risen"
            | "rise"
            | "rising"
            | "fell"
            | "fallen"
            | "fall"
            | "falling"
            | "grew"
            | "grown"
            | "increased"
            | "increase"
            | "decreased"
            | "decrease"
            | "up"
            | "down"
            | "cut"
            | "raised"
            | "lowered"
            | "reduced"
            | "dropped"
            | "climbed"
            | "jumped"
            | "slipped"
            | "declined"
            | "soared"
            | "plunged"
            | "went"
            | "moved"
            | "changed"
            | "shrank"
            | "expanded"
            | "slumped"
            | "surged"
            | "improved"
            | "revised"
            | "boosted"
            | "doubled"
            | "tripled"
            | "trebled"
            | "halved"
            | "it"
            | "figure"
            | "rate"
    )
}

/// "from" among the three words before `start`.
fn from_shortly_before(text: &str, start: usize) -> bool {
    let mut at = start;
    for _ in 0..3 {
        let Some((s, w)) = prev_word(text, at) else { return false };
        if w.eq_ignore_ascii_case("from") {
            return true;
        }
        at = s;
    }
    false
}

/// "is from", "ranging from", "anywhere from" right before `start`, or
/// "from" opening the text: a range, not a change ("prices ranging from
/// $10 to $20").
fn range_from(text: &str, start: usize) -> bool {
    let Some((fs, f)) = prev_word(text, start) else { return false };
    if !f.eq_ignore_ascii_case("from") {
        return false;
    }
    match prev_word(text, fs) {
        None => text[..fs].trim().is_empty(),
        Some((_, w)) => matches!(
            Lower::new(w).as_str(),
            "range"
                | "ranges"
                | "ranged"
                | "ranging"
                | "anywhere"
                | "vary"
                | "varies"
                | "varied"
                | "varying"
                | "is"
                | "are"
                | "was"
                | "were"
        ),
    }
}

/// Reads "-12", "to 12", "and 12" (after "between") after `first`.
fn range_after(text: &str, first: &Amount) -> RangeRead {
    let b = text.as_bytes();
    let e = first.end;
    let s = skip_spaces(text, e);
    let (conn_end, hyphen, word) = if matches!(b.get(s), Some(b'-') | Some(b'~')) {
        (s + 1, true, "")
    } else if text[s..].starts_with('\u{2013}') || text[s..].starts_with('\u{2014}') {
        (s + 3, true, "")
    } else if let Some((_, we, w)) = next_word(text, e) {
        match w {
            "to" | "through" | "and" => (we, false, w),
            _ => return RangeRead::Single,
        }
    } else {
        return RangeRead::Single;
    };
    // A hyphen glued to a word ("500,000-strong") is no range.
    let at = skip_spaces(text, conn_end);
    let before_start = hedge_start(text, first.start);
    // "between negative ten and fifteen": the sign is part of the value.
    let before_start = match prev_word(text, before_start) {
        Some((s, w)) if matches!(Lower::new(w).as_str(), "minus" | "negative") => s,
        _ => before_start,
    };
    let prev = prev_word(text, before_start).map(|(_, w)| Lower::new(w));
    let prev = prev.as_deref().unwrap_or("");
    if word == "and" && prev != "between" {
        return RangeRead::Single;
    }
    let prefix2 = money::prefix_at(text, at);
    let num_at = prefix2.map_or(at, |(pe, _)| pe);
    let second = if b.get(num_at).is_some_and(u8::is_ascii_digit) {
        if first.n.words { None } else { read_digit_numeral(text, num_at) }
    } else if b.get(num_at).is_some_and(u8::is_ascii_alphabetic) && first.n.words && !hyphen {
        // "one-two" is a move in football, not a range.
        read_word_numeral(text, num_at)
    } else {
        None
    };
    let Some(second_n) = second else { return RangeRead::Single };
    if second_n.ordinal != first.n.ordinal || second_n.ordinal {
        return RangeRead::Single;
    }
    // Years: "1941 to 1945", "2012-13" are periods, read by the temporal rules.
    let first_year = exclude::is_year_like(first.n.value, first.n.plain_int);
    // "2003-4", "1924-5": a season or fiscal year with one digit after.
    let next_digit = (first.n.value + 1.0) % 10.0 == second_n.value;
    let second_year = exclude::is_year_like(second_n.value, second_n.plain_int)
        || (hyphen && second_n.plain_int && second_n.end - second_n.start == 2)
        || (hyphen && second_n.plain_int && second_n.end - second_n.start == 1 && next_digit);
    if first_year && second_year {
        return RangeRead::NotAClaim(second_n.end);
    }
    // "halved in 2004 to $200m": a year and a figure.
    if first_year {
        return RangeRead::Single;
    }
    // "fell 32 cents to $51.43", "rose 5% to 12%": a change and a level.
    if word == "to" && is_change_word(prev) {
        return RangeRead::Single;
    }
    let second_a = amount(text, second_n, prefix2.map(|(_, c)| (at, c)));
    let mut lo = first.n.value;
    let hi = second_a.n.value;
    // "$1-2bn", "10-12 million": the scale of the second applies to both.
    if first.n.scale == 1.0 && second_a.n.scale > 1.0 && lo * second_a.n.scale <= hi {
        lo = number::times(lo, second_a.n.scale);
    }
    let small_ints = first.n.plain_int && second_a.n.plain_int && lo < 100.0 && hi < 100.0;
    let next_after = next_word(text, second_a.end).map(|(_, _, w)| Lower::new(w));
    // Scores and ratios: "won 3-2", "a 2-1 win", "two to one".
    if hi <= lo {
        if prev == "from" || (word.is_empty() && !small_ints) {
            return RangeRead::Single;
        }
        if word == "and" {
            return RangeRead::Single;
        }
        return RangeRead::NotAClaim(second_a.end);
    }
    if hyphen
        && small_ints
        && (exclude::is_score_word(prev)
            || next_after.as_deref().is_some_and(exclude::is_score_word))
    {
        return RangeRead::NotAClaim(second_a.end);
    }
    // "rose from 10 to 12", "risen from its normal £3 to £5": in news a
    // "from ... to" is a change between two figures.
    if word == "to" && from_shortly_before(text, before_start) && !range_from(text, before_start) {
        return RangeRead::Single;
    }
    // "32 cents to $51.43": a subunit and a main unit are two figures.
    if first.currency.map(|(_, f)| f) != second_a.currency.map(|(_, f)| f)
        && first.currency.is_some()
        && second_a.currency.is_some()
    {
        return RangeRead::Single;
    }
    // Mixed kinds ("5% to $10") are two figures.
    if (first.percent.is_some() && second_a.currency.is_some())
        || (first.currency.is_some() && second_a.percent.is_some())
    {
        return RangeRead::Single;
    }
    RangeRead::Range(second_a)
}

/// Emits a number, count, money amount or percentage for `first`
/// (and `second`, the high end of a range).
fn emit_figure(
    text: &str,
    first: Amount,
    second: Option<Amount>,
    doc: &DocCurrency,
    out: &mut Vec<Mention>,
) {
    let b = text.as_bytes();
    let mut start = first.start;
    let mut end = second.as_ref().map_or(first.end, |s| s.end);
    let (mut lo, hi) = match &second {
        Some(s) => {
            let mut lo = first.n.value;
            if first.n.scale == 1.0 && s.n.scale > 1.0 && lo * s.n.scale <= s.n.value {
                lo = number::times(lo, s.n.scale);
            }
            (lo, Some(s.n.value))
        }
        None => (first.n.value, None),
    };
    // Negative numbers: "-9.2", "minus five", "between negative ten and
    // fifteen".
    if first.currency.is_none() {
        if hi.is_none()
            && let Some(m) = sign_before(text, start)
            && (m == 0 || matches!(b[m - 1], b' ' | b'(' | b'\n' | b'<' | b'>' | b'='))
            && !text::prev_byte(text, m).is_some_and(|c| c.is_ascii_digit())
        {
            start = m;
            lo = -lo;
        } else if let Some((s, w)) = prev_word(text, start)
            && matches!(Lower::new(w).as_str(), "minus" | "negative")
        {
            start = s;
            lo = -lo;
        }
    }
    let value_start = start;
    // "between 10 and 12": the span starts at "between".
    let mut qualifier = Qualifier::Exact;
    if hi.is_some()
        && let Some((s, w)) = prev_word(text, start)
        && (w.eq_ignore_ascii_case("between") || w.eq_ignore_ascii_case("from"))
    {
        start = s;
    } else {
        let (s, q) = hedged(text, start);
        start = s;
        qualifier = q;
    }
    // "people aged between 18 and 34": an age band.
    if hi.is_some()
        && (exclude::is_age_band(text, start)
            || prev_word(text, start).is_some_and(|(_, w)| w.eq_ignore_ascii_case("aged")))
    {
        return;
    }
    // "500 or more people": a bound after the value wins over a hedge
    // before it ("about five hundred or more").
    let mut bound_end = None;
    if hi.is_none()
        && let Some((e, q)) = hedge_after(text, end)
    {
        if prev_word(text, first.n.start).is_some_and(|(_, w)| w.eq_ignore_ascii_case("aged")) {
            return; // "aged 18 or over": an age band
        }
        // "equal to 5000 or less" keeps its "equal to"; a real hedge
        // before gives way to the bound after.
        if qualifier != Qualifier::Exact {
            start = value_start;
        }
        qualifier = q;
        end = e;
        bound_end = Some(e);
    } else if hi.is_none()
        && let Some(e) = or_equal_after(text, end)
    {
        // "more than 5000 or equal to": the bound includes its value.
        qualifier = match qualifier {
            Qualifier::MoreThan => Qualifier::AtLeast,
            Qualifier::LessThan => Qualifier::AtMost,
            q => q,
        };
        if qualifier != Qualifier::Exact {
            end = e;
        }
    }
    let mut percent = first.percent.or(second.as_ref().and_then(|s| s.percent));
    let currency = first.currency.or(second.as_ref().and_then(|s| s.currency));
    // "per cent of 210": the percent sign written before the value.
    if percent.is_none()
        && currency.is_none()
        && hi.is_none()
        && let Some(ps) = percent_of_before(text, start)
    {
        start = ps;
        percent = Some((false, 1.0));
    }
    if let Some((points, f)) = percent {
        out.push(Mention {
            span: Span::new(start, end),
            value: Value::Percent { value: lo * f, end: hi.map(|h| h * f), points },
            qualifier,
            noun: None,
        });
        return;
    }
    if let Some((c, f)) = currency {
        let currency = doc.resolve(c, first.start);
        out.push(Mention {
            span: Span::new(start, end),
            value: Value::Money {
                amount: round_money(number::times(lo, f)),
                end: hi.map(|h| round_money(number::times(h, f))),
                currency,
            },
            qualifier,
            noun: None,
        });
        return;
    }
    // "the one who", "one of the", "at one point": "one" counts nothing.
    let n1 = &first.n;
    if hi.is_none() && n1.words && n1.value == 1.0 && n1.scale == 1.0 && !counts_one(text, n1) {
        return;
    }
    let last = second.as_ref().unwrap_or(&first);
    let num_end = bound_end.unwrap_or(last.n.end);
    // A measure: "500 km", "115 mph", "8km"; a bare "m" glued to digits
    // is metres unless a counted noun follows ("5m people").
    let mut unit: Option<String> = None;
    let mut noun: Option<String> = None;
    let mut value_lo = lo;
    let mut value_hi = hi;
    if last.n.bare_m {
        // "5m people" is five million; "800m", "5,000m" and "60m success"
        // are metres: sport distances, or four digits and more.
        let metres_likely = count::is_standard_distance(lo / 1e6) || lo / 1e6 >= 1000.0;
        let noun_follows = count::noun_after(text, num_end)
            .is_some_and(|(s, e)| !metres_likely || count::is_common_count_noun(&text[s..e]));
        let event = next_word(text, num_end).is_some_and(|(_, _, w)| count::is_event_word(w));
        if event || is_event_label(text, start, num_end) {
            return;
        }
        if !noun_follows {
            value_lo = lo / 1e6;
            value_hi = hi.map(|h| h / 1e6);
            unit = Some("m".into());
        }
    }
    let unit_read = if unit.is_none() && last.n.scale == 1.0 || unit.is_none() && !last.n.bare_m {
        count::unit_after(text, num_end)
    } else {
        None
    };
    if let Some((ue, u)) = unit_read {
        if count::is_distance(u)
            && (next_word(text, ue).is_some_and(|(_, _, w)| count::is_event_word(w))
                || is_event_label(text, start, ue))
        {
            return;
        }
        unit = Some(u.to_string());
        end = ue;
    }
    if unit.is_none() {
        // Time nouns belong to the temporal rules: "five years", "nine-year low".
        let after_hyphen =
            if b.get(num_end) == Some(&b'-') { letters_at(text, num_end + 1) } else { None };
        if let Some(age_end) = count::age_suffix(text, num_end) {
            end = age_end;
            unit = Some(count::AGE.into());
        } else if let Some((_, w)) = after_hyphen {
            if count::is_time_noun(w) {
                return;
            }
        } else if let Some((_, te, w)) = next_word(text, num_end)
            && count::is_time_noun(w)
        {
            // "downloaded 8 million times": a count of occurrences.
            if w != "times" || !counts_occurrences(text, start, te, lo) {
                return;
            }
            unit = Some("times".into());
            end = te;
        }
    }
    if unit.is_none() && hi.is_none() && count::is_age_context(text, first.n.start, num_end, lo) {
        unit = Some(count::AGE.into());
    }
    if unit.is_none() {
        if let Some((ns, ne)) = count::noun_after(text, num_end) {
            let phrase = text[ns..ne].to_string();
            if is_enumeration(text, first.n.start, &first.n, ne) {
                return;
            }
            unit = Some(phrase.clone());
            noun = Some(phrase);
        } else if exclude::is_year_like(lo, first.n.plain_int) && hi.is_none() {
            return;
        }
    }
    // "the 1701 Act of Settlement": a year naming something.
    if hi.is_none()
        && first.n.plain_int
        && (1000.0..=2099.0).contains(&lo)
        && next_word(text, num_end).is_some_and(|(_, _, w)| is_capitalised(w))
    {
        return;
    }
    // "the 2004 awards", "in 2000 elections": a year used as a label.
    if hi.is_none()
        && exclude::is_year_like(lo, first.n.plain_int)
        && (prev_word(text, first.n.start).is_some_and(|(_, w)| exclude::is_date_word_before(w))
            || next_word(text, num_end).is_some_and(|(_, _, w)| is_capitalised(w))
            || unit.as_deref() == Some(count::AGE))
    {
        return;
    }
    out.push(Mention {
        span: Span::new(start, end),
        value: Value::Number { value: value_lo, end: value_hi, unit },
        qualifier,
        noun,
    });
}

/// " or equal to", " or equal" after a bounded value, as its end.
fn or_equal_after(text: &str, end: usize) -> Option<usize> {
    let (_, oe, o) = next_word(text, end)?;
    if o != "or" {
        return None;
    }
    let (_, ee, e) = next_word(text, oe)?;
    if e != "equal" {
        return None;
    }
    match next_word(text, ee) {
        // "more than 5000 or equal to 6000": a second value.
        Some((_, te, "to")) => {
            let at = skip_spaces(text, te);
            let value_after = text.as_bytes().get(at).is_some_and(u8::is_ascii_digit)
                || letters_at(text, at).is_some_and(|(_, w)| number_word(&Lower::new(w)).is_some());
            (!value_after).then_some(te)
        }
        _ => Some(ee),
    }
}

/// "percent of", "per cent of", "percents of" right before `start`, with
/// no number before them: the start of the phrase.
fn percent_of_before(text: &str, start: usize) -> Option<usize> {
    let (os, of) = prev_word(text, start)?;
    if of != "of" {
        return None;
    }
    let (ps, p) = prev_word(text, os)?;
    let ps = match Lower::new(p).as_str() {
        "percent" | "percents" => ps,
        "cent" => prev_word(text, ps).filter(|(_, w)| w.eq_ignore_ascii_case("per"))?.0,
        _ => return None,
    };
    let number_before = text::prev_byte(text, ps).is_some_and(|c| c.is_ascii_digit())
        || prev_word(text, ps).is_some_and(|(_, w)| number_word(&Lower::new(w)).is_some());
    (!number_before).then_some(ps)
}

/// Joins a lower and an upper bound into one range: "more than 10 and
/// less than 20", "at most 100 and at least 20".
fn merge_bounds(text: &str, mine: &mut Vec<Mention>) {
    use Qualifier::*;
    let mut merged: Vec<Mention> = Vec::with_capacity(mine.len());
    for m in mine.drain(..) {
        if let Some(prev) = merged.last_mut()
            && let (
                Value::Number { value: a, end: None, unit: ua },
                Value::Number { value: b, end: None, unit: ub },
            ) = (&prev.value, &m.value)
            && let Some(gap) = text.get(prev.span.end..m.span.start)
            && matches!(gap.trim().trim_start_matches(',').trim(), "and" | "but" | "")
            && gap.len() <= 6
        {
            let lower = |q: Qualifier| matches!(q, AtLeast | MoreThan);
            let upper = |q: Qualifier| matches!(q, AtMost | LessThan);
            let (lo, hi) = if lower(prev.qualifier) && upper(m.qualifier) {
                (*a, *b)
            } else if upper(prev.qualifier) && lower(m.qualifier) {
                (*b, *a)
            } else {
                merged.push(m);
                continue;
            };
            if lo < hi {
                let unit = ua.clone().or_else(|| ub.clone());
                prev.span = Span::new(prev.span.start, m.span.end);
                prev.value = Value::Number { value: lo, end: Some(hi), unit };
                prev.qualifier = Exact;
                continue;
            }
        }
        merged.push(m);
    }
    *mine = merged;
}

/// Joins a figure and its restatement in brackets into one mention:
/// "forty-five (45) days", "45 (forty five)", as contracts and official
/// notices write them. One fact, so one claim; a bracket that says
/// something else ("$6bn (£3.1bn)", "12 (15%)") stays a mention of its
/// own.
fn merge_restatements(text: &str, mine: &mut Vec<Mention>) {
    let mut merged: Vec<Mention> = Vec::with_capacity(mine.len());
    for m in mine.drain(..) {
        if let Some(prev) = merged.last_mut()
            && text.get(prev.span.end..m.span.start).is_some_and(|gap| gap.trim() == "(")
            && text.as_bytes().get(m.span.end) == Some(&b')')
            && same_figure(&prev.value, &m.value)
        {
            prev.span = Span::new(prev.span.start, m.span.end + 1);
            if let (Value::Number { unit: mine_unit @ None, .. }, Value::Number { unit, .. }) =
                (&mut prev.value, m.value)
            {
                *mine_unit = unit;
            }
            if prev.noun.is_none() {
                prev.noun = m.noun;
            }
            continue;
        }
        merged.push(m);
    }
    *mine = merged;
}

/// Two values that state the same figure (units and hedges aside).
fn same_figure(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number { value: a, end: ea, .. }, Value::Number { value: b, end: eb, .. }) => {
            a == b && ea == eb
        }
        (
            Value::Money { amount: a, end: ea, currency: ca },
            Value::Money { amount: b, end: eb, currency: cb },
        ) => a == b && ea == eb && ca == cb,
        (
            Value::Percent { value: a, end: ea, points: pa },
            Value::Percent { value: b, end: eb, points: pb },
        ) => a == b && ea == eb && pa == pb,
        _ => false,
    }
}

/// Money amounts in a subunit come out as 0.5 GBP, not 0.5000000001.
fn round_money(x: f64) -> f64 {
    if x.abs() < 1e-3 {
        number::times(x, 1.0) // "2 satoshis": 2e-8 BTC
    } else if x.abs() < 1e12 {
        (x * 1e6).round() / 1e6
    } else {
        x
    }
}

/// "the 800m", "women's 8km": a distance used as the name of an event.
fn is_event_label(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    let nothing_counted = count::noun_after(text, end).is_none();
    let after_possessive = {
        let p = text::skip_spaces_back(text, start);
        p >= 2 && b[p - 1] == b's' && (b[p - 2] == b'\'' || text[..p - 1].ends_with('\u{2019}'))
    };
    let after_the = prev_word(text, start).is_some_and(|(_, w)| w.eq_ignore_ascii_case("the"));
    after_possessive || (after_the && nothing_counted) || coordinated_event(text, end)
}

/// "the 1500m and 5,000m titles": a distance joined to an event label.
fn coordinated_event(text: &str, end: usize) -> bool {
    let Some((_, ae, a)) = next_word(text, end) else { return false };
    if !matches!(a, "and" | "or") {
        return false;
    }
    let at = skip_spaces(text, ae);
    let Some(n) = read_digit_numeral(text, at) else { return false };
    let unit_end =
        if n.bare_m { Some(n.end) } else { count::unit_after(text, n.end).map(|(e, _)| e) };
    unit_end.is_some_and(|e| next_word(text, e).is_some_and(|(_, _, w)| count::is_event_word(w)))
}

/// "the two main channels, BBC1 and ITV1": a count of an enumeration
/// given right after it.
fn is_enumeration(text: &str, start: usize, n: &Numeral, noun_end: usize) -> bool {
    if !n.words || n.value > 10.0 {
        return false;
    }
    let the = prev_word(text, start).is_some_and(|(_, w)| w.eq_ignore_ascii_case("the"));
    let b = text.as_bytes();
    let comma = b.get(noun_end) == Some(&b',') || b.get(noun_end) == Some(&b':');
    the && comma
        && letters_at(text, skip_spaces(text, noun_end + 1)).is_some_and(|(_, w)| is_capitalised(w))
}

/// Emits an ordinal unless it is an idiom or part of a name.
fn emit_ordinal(text: &str, n: &Numeral, out: &mut Vec<Mention>) {
    if ordinal::is_idiom(text, n.start, n.end, n.value) {
        return;
    }
    if n.words && is_capitalised(&text[n.start..n.end]) && !at_sentence_start(text, n.start) {
        return;
    }
    if n.value < 1.0 || n.value > 1e15 {
        return;
    }
    let noun = ordinal::ranked_noun(text, n.end).map(|(s, e)| text[s..e].to_string());
    out.push(Mention {
        span: Span::new(n.start, n.end),
        value: Value::Ordinal(n.value as u64),
        qualifier: Qualifier::Exact,
        noun,
    });
}

#[cfg(test)]
mod tests;
