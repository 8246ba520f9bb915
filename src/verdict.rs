//! Stage: verdicts. Compares a claim's value with the linked record's
//! and decides supported, contradicted or unverifiable, recording the
//! interval claimed, the difference and the tolerance applied.
//!
//! The rules (see DESIGN.md): a claim becomes an interval from its hedge
//! and the precision its text shows; it is supported when the record's
//! value lies inside (dates: when the record's interval lies inside the
//! claim's, or is the same range), contradicted otherwise, but only when
//! the link is confident. Money is only compared in the same currency.

use std::fmt;

/// The three verdicts of formats.md.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Verdict {
    /// The reference agrees.
    Supported,
    /// The reference disagrees, and the link is confident.
    Contradicted,
    /// Nothing to compare with, or not safely.
    Unverifiable,
}

impl Verdict {
    /// The name used in every format.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Supported => "supported",
            Verdict::Contradicted => "contradicted",
            Verdict::Unverifiable => "unverifiable",
        }
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why a claim is unverifiable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ReasonCode {
    /// No reference subject is named in or before the sentence.
    NoSubject,
    /// The subject is known but no record has this attribute.
    NoAttribute,
    /// Two or more records fit equally well.
    Ambiguous,
    /// The best record holds another kind of value.
    KindMismatch,
    /// Money in another currency than the record's.
    Currency,
    /// A relative date without a publication date.
    UnresolvedDate,
    /// The record held at a date that does not cover the claim.
    OutOfDate,
    /// The link is too weak to accuse the text of an error.
    WeakLink,
}

impl ReasonCode {
    /// The code used in machine formats.
    pub fn as_str(self) -> &'static str {
        match self {
            ReasonCode::NoSubject => "no_subject",
            ReasonCode::NoAttribute => "no_attribute",
            ReasonCode::Ambiguous => "ambiguous",
            ReasonCode::KindMismatch => "kind_mismatch",
            ReasonCode::Currency => "currency",
            ReasonCode::UnresolvedDate => "unresolved_date",
            ReasonCode::OutOfDate => "out_of_date",
            ReasonCode::WeakLink => "weak_link",
        }
    }
}

/// A verdict's explanation: a code (unverifiable claims) and words for
/// people.
#[derive(Clone, Debug, PartialEq)]
pub struct Reason {
    /// Machine-readable code, for unverifiable claims.
    pub code: Option<ReasonCode>,
    /// One sentence for people.
    pub message: String,
}

use crate::link::Link;
use crate::mentions::Mention;
use crate::reference::Record;
use crate::value::{DateValue, IsoDuration, Precision, Qualifier, Value, fmt_number};

/// How far a hedged or rounded figure may be from the record. Defaults
/// follow the agreement rules newsrooms use (DESIGN.md); `claimcheck.toml`
/// and flags can change them.
#[derive(Clone, Copy, Debug, PartialEq, serde::Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Tolerances {
    /// "about X" covers X ± this share of X.
    pub approximately: f64,
    /// "nearly X" covers this share of X up to X.
    pub nearly: f64,
    /// "more than X" covers X up to this multiple of X.
    pub more_than: f64,
    /// "up to X" covers this share of X up to X.
    pub up_to: f64,
    /// Extra relative slack on every exact figure (0 = rounding only).
    pub exact: f64,
}

impl Default for Tolerances {
    fn default() -> Tolerances {
        Tolerances { approximately: 0.10, nearly: 0.90, more_than: 1.5, up_to: 0.5, exact: 0.0 }
    }
}

/// The verdict on one claim and what it rests on.
#[derive(Clone, Debug, PartialEq)]
pub struct Judgement {
    /// The verdict.
    pub verdict: Verdict,
    /// Why.
    pub reason: Reason,
    /// The record compared with, if any.
    pub record: Option<usize>,
    /// How the comparison went, when there was one.
    pub comparison: Option<Comparison>,
}

/// The numbers behind a comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// The interval the claim allows, in words.
    pub claimed: String,
    /// Claim minus reference, for figures.
    pub difference: Option<f64>,
    /// The tolerance applied, in words.
    pub tolerance: String,
    /// Link score.
    pub confidence: f64,
}

/// Decides the verdict of a claim (`text` is the claim as written).
pub fn judge(
    text: &str,
    mention: &Mention,
    link: &Link,
    records: &[Record],
    tol: &Tolerances,
) -> Judgement {
    if let Value::Date(DateValue::Unresolved { expression }) = &mention.value {
        return unverifiable(
            ReasonCode::UnresolvedDate,
            format!(
                "{expression:?} needs a publication date (front matter `published:` or --published)"
            ),
        );
    }
    let (record, score, confident) = match link {
        Link::Linked { record, score, confident } => (*record, *score, *confident),
        Link::Ambiguous { candidates, attested } => {
            // A year or a month agrees with a record by chance more often
            // than a day or a figure does ("by year's end" and a launch
            // in December): without its attribute in the text, a tie
            // stays a tie.
            if is_coarse_date(&mention.value) && !attested {
                return ambiguous(candidates, records);
            }
            return judge_tie(text, mention, candidates, records, tol);
        }
        Link::Unlinked { code } => return unverifiable(*code, unlinked_message(*code, mention)),
    };
    let rec = &records[record];
    let outcome = compare(text, mention, &rec.value, tol);
    let (agrees, comparison) = match outcome {
        Compared::Agrees(c) => (true, c),
        Compared::Disagrees(c) => (false, c),
        Compared::Incomparable(code, message) => return unverifiable(code, message),
    };
    let comparison = Comparison { confidence: score, ..comparison };
    let about = format!("'{}' of {}", rec.attribute, rec.subject);
    if agrees {
        return Judgement {
            verdict: Verdict::Supported,
            reason: Reason { code: None, message: format!("matches {about}: {}", rec.value) },
            record: Some(record),
            comparison: Some(comparison),
        };
    }
    if !confident {
        return Judgement {
            verdict: Verdict::Unverifiable,
            reason: Reason {
                code: Some(ReasonCode::WeakLink),
                message: format!(
                    "differs from {about} ({}), but the link is too weak to call it an error",
                    rec.value
                ),
            },
            record: None,
            comparison: None,
        };
    }
    Judgement {
        verdict: Verdict::Contradicted,
        reason: Reason {
            code: None,
            message: format!("{about} is {}, the text says {}", rec.value, comparison.claimed),
        },
        record: Some(record),
        comparison: Some(comparison),
    }
}

/// Records that fit equally well: when the claim agrees with exactly one
/// of them it is supported by that one (the text cannot be wrong about
/// a fact it states correctly); otherwise nothing is decided.
fn judge_tie(
    text: &str,
    mention: &Mention,
    candidates: &[usize],
    records: &[Record],
    tol: &Tolerances,
) -> Judgement {
    let agreeing: Vec<(usize, Comparison)> = candidates
        .iter()
        .filter_map(|&i| match compare(text, mention, &records[i].value, tol) {
            Compared::Agrees(c) => Some((i, c)),
            _ => None,
        })
        .collect();
    if let [(i, comparison)] = agreeing.as_slice() {
        let rec = &records[*i];
        return Judgement {
            verdict: Verdict::Supported,
            reason: Reason {
                code: None,
                message: format!(
                    "matches '{}' of {}: {} (one of {} equally fitting records)",
                    rec.attribute,
                    rec.subject,
                    rec.value,
                    candidates.len()
                ),
            },
            record: Some(*i),
            comparison: Some(comparison.clone()),
        };
    }
    ambiguous(candidates, records)
}

/// A date written to the year or the month only.
fn is_coarse_date(value: &Value) -> bool {
    matches!(value, Value::Date(DateValue::Resolved { start, .. }) if start.precision() != Precision::Day)
}

fn ambiguous(candidates: &[usize], records: &[Record]) -> Judgement {
    let ids: Vec<&str> = candidates.iter().map(|&i| records[i].id.as_str()).collect();
    unverifiable(ReasonCode::Ambiguous, format!("ambiguous: fits {} equally", ids.join(", ")))
}

fn unverifiable(code: ReasonCode, message: String) -> Judgement {
    Judgement {
        verdict: Verdict::Unverifiable,
        reason: Reason { code: Some(code), message },
        record: None,
        comparison: None,
    }
}

fn unlinked_message(code: ReasonCode, mention: &Mention) -> String {
    match code {
        ReasonCode::NoSubject => "no reference subject is named in or before this sentence".into(),
        ReasonCode::NoAttribute => {
            format!("the reference holds no {} fact that fits this sentence", mention.kind())
        }
        ReasonCode::KindMismatch => {
            format!("the closest record holds another kind of value than this {}", mention.kind())
        }
        _ => "no record fits".into(),
    }
}

enum Compared {
    Agrees(Comparison),
    Disagrees(Comparison),
    Incomparable(ReasonCode, String),
}

/// Compares a claim with a record value of the same kind.
fn compare(text: &str, mention: &Mention, reference: &Value, tol: &Tolerances) -> Compared {
    let q = mention.qualifier;
    match (&mention.value, reference) {
        (Value::Money { currency: a, .. }, Value::Money { currency: b, .. }) if a != b => {
            Compared::Incomparable(
                ReasonCode::Currency,
                format!("the text gives {a}, the reference {b}: no exchange rates are applied"),
            )
        }
        (Value::Percent { points: a, .. }, Value::Percent { points: b, .. }) if a != b => {
            Compared::Incomparable(
                ReasonCode::KindMismatch,
                "percentage points and per cent are different measures".into(),
            )
        }
        (Value::Number { value, end, .. }, Value::Number { value: r, end: re, .. })
        | (Value::Money { amount: value, end, .. }, Value::Money { amount: r, end: re, .. })
        | (Value::Percent { value, end, .. }, Value::Percent { value: r, end: re, .. }) => {
            let precision = shown_precision(text, *value);
            compare_figures(text, *value, *end, q, precision, *r, *re, tol)
        }
        (Value::Ordinal(a), Value::Ordinal(b)) => {
            let c = Comparison {
                claimed: format!("#{a}"),
                difference: Some(*a as f64 - *b as f64),
                tolerance: "exact".into(),
                confidence: 0.0,
            };
            if a == b { Compared::Agrees(c) } else { Compared::Disagrees(c) }
        }
        (Value::Duration(a), Value::Duration(b)) => compare_durations(text, a, b, q, tol),
        (
            Value::Date(DateValue::Resolved { start, end }),
            Value::Date(DateValue::Resolved { start: rs, end: re }),
        ) => compare_dates(*start, *end, *rs, *re),
        _ => Compared::Incomparable(
            ReasonCode::KindMismatch,
            "the record holds another kind of value".into(),
        ),
    }
}

/// The interval `[lo, hi]` a figure allows, given its hedge and the
/// precision its text shows.
fn claimed_interval(
    text: &str,
    value: f64,
    end: Option<f64>,
    q: Qualifier,
    precision: f64,
    tol: &Tolerances,
) -> (f64, f64) {
    let half = precision / 2.0;
    let slack = value.abs() * tol.exact;
    let hi_value = end.unwrap_or(value);
    let lower = text.trim_start().to_ascii_lowercase();
    let nearly =
        ["nearly", "almost", "just under", "close to"].iter().any(|h| lower.starts_with(h));
    let (lo, hi) = match q {
        Qualifier::Exact => (value - half - slack, hi_value + half + slack),
        // Hedged figures are bounds: the hedge, not rounding, sets the slack.
        Qualifier::Approximately if nearly => (value * tol.nearly, hi_value),
        Qualifier::Approximately => {
            (value * (1.0 - tol.approximately), hi_value * (1.0 + tol.approximately))
        }
        Qualifier::AtLeast => (value, f64::INFINITY),
        Qualifier::MoreThan => (value, hi_value * tol.more_than),
        Qualifier::AtMost => (value * tol.up_to, hi_value),
        Qualifier::LessThan => {
            (f64::NEG_INFINITY.max(if value >= 0.0 { 0.0 } else { f64::NEG_INFINITY }), hi_value)
        }
    };
    (lo.min(hi), hi.max(lo))
}

#[allow(clippy::too_many_arguments)]
fn compare_figures(
    text: &str,
    value: f64,
    end: Option<f64>,
    q: Qualifier,
    precision: f64,
    reference: f64,
    reference_end: Option<f64>,
    tol: &Tolerances,
) -> Compared {
    let (lo, hi) = claimed_interval(text, value, end, q, precision, tol);
    let inside = |x: f64| x >= lo - 1e-9 * x.abs().max(1.0) && x <= hi + 1e-9 * x.abs().max(1.0);
    let agrees = match reference_end {
        // A range in the record agrees with a range claimed to the same precision.
        Some(re) => {
            end.is_some() && (reference - value).abs() <= precision / 2.0 + 1e-9 && inside(re)
        }
        None => inside(reference),
    };
    let c = Comparison {
        claimed: interval_words(lo, hi),
        difference: Some(value - reference),
        tolerance: tolerance_words(q, precision, tol),
        confidence: 0.0,
    };
    if agrees { Compared::Agrees(c) } else { Compared::Disagrees(c) }
}

fn interval_words(lo: f64, hi: f64) -> String {
    let end = |x: f64| if x.is_infinite() { "∞".to_string() } else { fmt_number(round_sig(x)) };
    if lo.is_infinite() {
        format!("(-∞, {}]", end(hi))
    } else {
        format!("[{}, {}]", end(lo), end(hi))
    }
}

fn round_sig(x: f64) -> f64 {
    if x == 0.0 {
        return 0.0;
    }
    let digits = 10 - x.abs().log10().ceil() as i32;
    let f = 10f64.powi(digits);
    (x * f).round() / f
}

fn tolerance_words(q: Qualifier, precision: f64, tol: &Tolerances) -> String {
    let rounding = format!("±{} (rounding)", fmt_number(round_sig(precision / 2.0)));
    match q {
        Qualifier::Exact => rounding,
        Qualifier::Approximately => {
            format!("±{}% (approximately), {rounding}", fmt_number(tol.approximately * 100.0))
        }
        Qualifier::AtLeast => "at least".into(),
        Qualifier::MoreThan => format!("above, up to ×{}", fmt_number(tol.more_than)),
        Qualifier::AtMost => format!("from ×{} up to", fmt_number(tol.up_to)),
        Qualifier::LessThan => "below".into(),
    }
}

/// The rounding unit the text shows: "83,000" → 1,000; "£2.89bn" →
/// 0.01bn; "$10 billion" → 1bn; "five million" → 1m; "12" → 1.
pub fn shown_precision(text: &str, value: f64) -> f64 {
    let Some((literal, decimals)) = first_literal(text) else {
        // Written out: the scale word's unit ("five million" → 1m).
        let lower = text.to_ascii_lowercase();
        let scale = [
            ("trillion", 1e12),
            ("billion", 1e9),
            ("million", 1e6),
            ("thousand", 1e3),
            ("hundred", 1e2),
        ]
        .iter()
        .find(|(w, _)| lower.contains(w))
        .map_or(1.0, |(_, s)| *s);
        return scale;
    };
    if literal == 0.0 {
        return 10f64.powi(-(decimals as i32));
    }
    let scale = (value / literal).abs();
    let unit = if decimals > 0 {
        10f64.powi(-(decimals as i32))
    } else if literal.abs() >= 1000.0 {
        // From 1,000 upwards trailing zeros count as rounding.
        let mut u = 1.0;
        let mut n = literal.abs();
        while n >= 10.0 && (n % 10.0) == 0.0 {
            n /= 10.0;
            u *= 10.0;
        }
        u
    } else {
        1.0
    };
    unit * if scale.is_finite() && scale > 0.0 { scale } else { 1.0 }
}

/// The first number written in digits in `text`, and its decimals.
fn first_literal(text: &str) -> Option<(f64, usize)> {
    let start = text.find(|c: char| c.is_ascii_digit())?;
    let rest = &text[start..];
    let mut digits = String::new();
    let mut decimals = None;
    let mut chars = rest.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        match c {
            '0'..='9' => {
                digits.push(c);
                if let Some(d) = decimals.as_mut() {
                    *d += 1;
                }
            }
            ',' | ' ' | '\u{a0}' | '\u{2009}' if decimals.is_none() => {
                // A thousands separator only when three digits follow.
                let next3: String = chars.clone().take(3).map(|(_, c)| c).collect();
                let fourth = chars.clone().nth(3).map(|(_, c)| c);
                if next3.len() == 3
                    && next3.chars().all(|c| c.is_ascii_digit())
                    && !fourth.is_some_and(|c| c.is_ascii_digit())
                {
                    continue;
                }
                break;
            }
            '.' if decimals.is_none() && chars.peek().is_some_and(|(_, c)| c.is_ascii_digit()) => {
                digits.push('.');
                decimals = Some(0);
            }
            _ => break,
        }
    }
    Some((digits.parse().ok()?, decimals.unwrap_or(0)))
}

fn compare_durations(
    text: &str,
    a: &IsoDuration,
    b: &IsoDuration,
    q: Qualifier,
    tol: &Tolerances,
) -> Compared {
    // Compare in the claim's largest unit: "12-day" is 12 ± 0.5 days.
    let unit = [a.years, a.months, a.weeks, a.days, a.hours, a.minutes, a.seconds]
        .iter()
        .zip([
            365.2425 * 86400.0,
            365.2425 / 12.0 * 86400.0,
            7.0 * 86400.0,
            86400.0,
            3600.0,
            60.0,
            1.0,
        ])
        .find(|(n, _)| **n != 0.0)
        .map_or(1.0, |(_, s)| s);
    let value = a.approx_seconds() / unit;
    let reference = b.approx_seconds() / unit;
    let precision = shown_precision(text, value).min(1.0);
    match compare_figures(text, value, None, q, precision, reference, None, tol) {
        Compared::Agrees(c) => Compared::Agrees(Comparison { claimed: a.to_string(), ..c }),
        Compared::Disagrees(c) => Compared::Disagrees(Comparison { claimed: a.to_string(), ..c }),
        other => other,
    }
}

/// A single date agrees with a record inside it (a coarser mention
/// covers a finer record) or containing it at a coarser grain; an
/// interval agrees only with the same interval at the text's precision.
fn compare_dates(
    start: crate::value::PartialDate,
    end: Option<crate::value::PartialDate>,
    rs: crate::value::PartialDate,
    re: Option<crate::value::PartialDate>,
) -> Compared {
    let claim_first = start.first_day();
    let claim_last = end.unwrap_or(start).last_day();
    let ref_first = rs.first_day();
    let ref_last = re.unwrap_or(rs).last_day();
    let agrees = match end {
        None => {
            let record_inside = claim_first <= ref_first && ref_last <= claim_last;
            let claim_inside_coarser_record = re.is_none()
                && rs.precision() < start.precision()
                && ref_first <= claim_first
                && claim_last <= ref_last;
            record_inside || claim_inside_coarser_record
        }
        Some(e) => {
            let same_start = start.first_day() <= ref_first && ref_first <= start.last_day();
            let same_end = e.first_day() <= ref_last && ref_last <= e.last_day();
            same_start && same_end
        }
    };
    let claimed = match end {
        Some(e) => format!("{start}..{e}"),
        None => start.to_string(),
    };
    let c = Comparison {
        claimed,
        difference: None,
        tolerance: "the record's dates must fall within the claimed period".into(),
        confidence: 0.0,
    };
    if agrees { Compared::Agrees(c) } else { Compared::Disagrees(c) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figure(text: &str, value: f64, q: Qualifier, reference: f64) -> bool {
        let precision = shown_precision(text, value);
        matches!(
            compare_figures(
                text,
                value,
                None,
                q,
                precision,
                reference,
                None,
                &Tolerances::default()
            ),
            Compared::Agrees(_)
        )
    }

    #[test]
    fn rounding_follows_the_precision_shown() {
        assert!(figure("83,000", 83000.0, Qualifier::Exact, 82953.0));
        assert!(figure("£2.89bn", 2.89e9, Qualifier::Exact, 2.887e9));
        assert!(figure("$150", 150.0, Qualifier::Exact, 149.99));
        assert!(figure("five million", 5e6, Qualifier::Exact, 5.1e6));
        assert!(figure("1.5bn", 1.5e9, Qualifier::Exact, 1.549e9));
        assert!(!figure("1.5bn", 1.5e9, Qualifier::Exact, 1.56e9));
        assert!(!figure("10 aircraft", 10.0, Qualifier::Exact, 11.0));
        assert!(!figure("$10 billion", 1e10, Qualifier::Exact, 1.2e10));
    }

    #[test]
    fn hedges_are_intervals() {
        assert!(figure("At least 12", 12.0, Qualifier::AtLeast, 14.0));
        assert!(!figure("At least 12", 12.0, Qualifier::AtLeast, 11.0));
        assert!(!figure("more than 40%", 40.0, Qualifier::MoreThan, 38.0));
        assert!(figure("more than 40%", 40.0, Qualifier::MoreThan, 45.0));
        assert!(figure("nearly 3 million", 3e6, Qualifier::Approximately, 2.95e6));
        assert!(!figure("nearly 3 million", 3e6, Qualifier::Approximately, 3.2e6));
        assert!(figure("about 100", 100.0, Qualifier::Approximately, 108.0));
        assert!(!figure("about 100", 100.0, Qualifier::Approximately, 115.0));
        assert!(figure("up to 50", 50.0, Qualifier::AtMost, 30.0));
        assert!(!figure("up to 50", 50.0, Qualifier::AtMost, 60.0));
    }

    fn date(s: &str) -> crate::value::PartialDate {
        s.parse().unwrap()
    }

    #[test]
    fn dates_compare_by_precision_and_interval() {
        let agrees = |c| matches!(c, Compared::Agrees(_));
        assert!(agrees(compare_dates(
            date("2025-06"),
            None,
            date("2025-06-13"),
            Some(date("2025-06-24"))
        )));
        assert!(!agrees(compare_dates(
            date("2025-07"),
            None,
            date("2025-06-13"),
            Some(date("2025-06-24"))
        )));
        assert!(agrees(compare_dates(date("2025-11-24"), None, date("2025-11-24"), None)));
        assert!(!agrees(compare_dates(date("2025-11-23"), None, date("2025-11-24"), None)));
        assert!(agrees(compare_dates(
            date("1941"),
            Some(date("1945")),
            date("1941"),
            Some(date("1945"))
        )));
        assert!(!agrees(compare_dates(
            date("1941"),
            Some(date("1946")),
            date("1941"),
            Some(date("1945"))
        )));
    }

    #[test]
    fn durations_compare_in_the_claims_unit() {
        let d = |s: &str| s.parse::<IsoDuration>().unwrap();
        let t = Tolerances::default();
        assert!(matches!(
            compare_durations("12-day", &d("P12D"), &d("P12D"), Qualifier::Exact, &t),
            Compared::Agrees(_)
        ));
        assert!(matches!(
            compare_durations("11-day", &d("P11D"), &d("P12D"), Qualifier::Exact, &t),
            Compared::Disagrees(_)
        ));
        assert!(matches!(
            compare_durations("two weeks", &d("P2W"), &d("P14D"), Qualifier::Exact, &t),
            Compared::Agrees(_)
        ));
    }

    #[test]
    fn other_currencies_are_not_compared() {
        let m = Mention {
            span: crate::span::Span::new(0, 4),
            value: Value::Money {
                amount: 5.0,
                end: None,
                currency: crate::value::Currency::new("GBP").unwrap(),
            },
            qualifier: Qualifier::Exact,
            noun: None,
        };
        let r = Value::Money { amount: 5.0, end: None, currency: crate::value::Currency::USD };
        assert!(matches!(
            compare("£5", &m, &r, &Tolerances::default()),
            Compared::Incomparable(ReasonCode::Currency, _)
        ));
    }
}
