//! The period a figure is about: "sales rose 5% in August" is August's
//! figure. Records name periods in their attributes ("approvals,
//! November 2004"); the linker prefers the record whose period is the
//! figure's and holds a different period against a record.
//!
//! Where a figure's period comes from, nearest first:
//!
//! 1. a date in the figure's own clause ("32 million connections by the
//!    end of June 2004"), unless a reporting verb stands between them:
//!    "the 3.1% the government estimated a month ago" dates the estimate,
//!    not the growth it estimates;
//! 2. a period written without a year in the clause: "up from 17.5% in
//!    the third quarter" (the year of the nearest dated mention before
//!    it), "from 287 the previous year" (the year before the sentence's
//!    other period);
//! 3. a date fronted at the head of the sentence, which frames every
//!    clause: "In the final quarter of 2004, businesses increased
//!    spending by 18%".
//!
//! A date in another clause is often the date of another event ("The
//! figure, announced on Friday, topped the 3.5% forecast") or the
//! baseline of a comparison ("compared with last year"): it is left out,
//! which is neutral. Date claims themselves get no period.

use std::sync::LazyLock;

use jiff::ToSpan;
use jiff::civil::Date;
use regex::Regex;

use super::Discourse;
use crate::claims::Claim;
use crate::sentences::Sentence;
use crate::value::{AGE_UNIT, DateValue, Kind, Value};

/// An inclusive range of days.
pub(super) type Period = (Date, Date);

/// The period of each claim (`None` for dates and undated figures).
pub(super) fn claim_periods(
    prose: &str,
    sentences: &[Sentence],
    claims: &[Claim],
    discourse: &Discourse,
) -> Vec<Option<Period>> {
    let dated: Vec<Dated> = dated_mentions(prose, sentences, claims);
    claims
        .iter()
        .map(|c| {
            if c.mention.kind() == Kind::Date {
                return None;
            }
            let period = own_clause_period(c, prose, &dated, discourse)
                .or_else(|| fronted_period(c, &sentences[c.sentence], &dated, discourse));
            if is_age(&c.mention.value) { period.map(whole_years) } else { period }
        })
        .collect()
}

/// A person's age holds for a year: "the 32-year-old will race on 19
/// March" can be checked against an age recorded in January.
fn is_age(value: &Value) -> bool {
    matches!(value, Value::Number { unit: Some(u), .. } if u == AGE_UNIT)
}

/// The calendar years a period falls in.
fn whole_years((first, last): Period) -> Period {
    (first.first_of_year(), last.last_of_year())
}

/// A period written in the text, with where it was written.
#[derive(Clone, Copy, Debug)]
struct Dated {
    sentence: usize,
    start: usize,
    end: usize,
    period: Period,
    /// Written relative to another period of the text ("the previous
    /// month"), not to the time of writing: it is the figure's period
    /// even after a reporting verb ("the £1.4bn reported in the previous
    /// month").
    anaphoric: bool,
}

/// The nearest period in the claim's own clause (the earliest for the
/// "from" side of "from A to B").
fn own_clause_period(
    claim: &Claim,
    prose: &str,
    dated: &[Dated],
    discourse: &Discourse,
) -> Option<Period> {
    let clause = discourse.clause(claim.sentence, claim.mention.span.start);
    let in_clause = dated
        .iter()
        .filter(|d| d.sentence == claim.sentence)
        .filter(|d| discourse.clause(d.sentence, d.start) == clause)
        .filter(|d| d.anaphoric || !reported_between(prose, claim, d))
        .map(|d| (d.start.abs_diff(claim.mention.span.start), d.period));
    if is_starting_point(claim, prose) {
        // "fell from 11.2% to 9.6% last month, against January 2004":
        // the value a change starts from is the earlier one.
        in_clause.map(|(_, period)| period).min()
    } else {
        in_clause.min_by_key(|(distance, _)| *distance).map(|(_, period)| period)
    }
}

/// A period at the head of the sentence, in a clause of its own before
/// the figure's: "In the final quarter of 2004, businesses increased
/// spending by 18%".
fn fronted_period(
    claim: &Claim,
    sentence: &Sentence,
    dated: &[Dated],
    discourse: &Discourse,
) -> Option<Period> {
    let first_clause_end = discourse.clause_breaks[claim.sentence].first()?;
    if claim.mention.span.start < *first_clause_end {
        return None;
    }
    dated
        .iter()
        .filter(|d| d.sentence == claim.sentence && d.end <= *first_clause_end)
        .find(|d| d.start <= sentence.span.start + FRONTED_REACH)
        .map(|d| d.period)
}

/// How far into the sentence (in bytes) a fronted period may start:
/// "In the final quarter of 2004," or "During 2004," but not a period at
/// the end of a long opening clause.
const FRONTED_REACH: usize = 12;

/// Words that give a date its own event between a figure and the date:
/// "the 3.1% the government estimated a month ago".
const REPORTING_WORDS: &[&str] = &[
    "announced",
    "confirmed",
    "estimated",
    "forecast",
    "predicted",
    "published",
    "released",
    "reported",
    "revealed",
    "said",
    "says",
    "told",
];

/// True when a reporting verb stands between the claim and the date.
fn reported_between(prose: &str, claim: &Claim, date: &Dated) -> bool {
    let (from, to) = if date.start >= claim.mention.span.end {
        (claim.mention.span.end, date.start)
    } else {
        (date.end, claim.mention.span.start)
    };
    prose.get(from..to).is_some_and(|between| {
        between
            .split(|c: char| !c.is_alphabetic())
            .any(|w| REPORTING_WORDS.iter().any(|r| w.eq_ignore_ascii_case(r)))
    })
}

/// The claim is the "from" side of "from A to B".
fn is_starting_point(claim: &Claim, prose: &str) -> bool {
    let after = prose[claim.mention.span.end..].trim_start();
    super::word_before(claim, prose).eq_ignore_ascii_case("from")
        && after.get(..3).is_some_and(|w| w.eq_ignore_ascii_case("to "))
}

/// Every period of the article in text order: date claims, then the
/// year-less periods they anchor.
fn dated_mentions(prose: &str, sentences: &[Sentence], claims: &[Claim]) -> Vec<Dated> {
    let mut dated: Vec<Dated> = claims
        .iter()
        .filter_map(|d| match &d.mention.value {
            Value::Date(DateValue::Resolved { start, end }) => Some(Dated {
                sentence: d.sentence,
                start: d.mention.span.start,
                end: d.mention.span.end,
                period: (start.first_day(), end.unwrap_or(*start).last_day()),
                anaphoric: false,
            }),
            _ => None,
        })
        .collect();
    let mut yearless = Vec::new();
    for (i, s) in sentences.iter().enumerate() {
        for phrase in yearless_periods(&prose[s.span.start..s.span.end], s.span.start) {
            if dated.iter().any(|d| d.start < phrase.end && phrase.start < d.end) {
                continue; // part of a date claim: "the third quarter of 2004"
            }
            if let Some(period) = phrase.resolve(i, &dated) {
                yearless.push(Dated {
                    sentence: i,
                    start: phrase.start,
                    end: phrase.end,
                    period,
                    anaphoric: true,
                });
            }
        }
    }
    dated.extend(yearless);
    dated.sort_by_key(|d| d.start);
    dated
}

/// A period written without its year.
#[derive(Clone, Copy, Debug, PartialEq)]
struct YearlessPeriod {
    start: usize,
    end: usize,
    what: Yearless,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Yearless {
    /// "the third quarter", "the final quarter": quarter 1 to 4.
    Quarter(i8),
    /// "the previous month", "the preceding year", "a year earlier": one
    /// unit before the sentence's other period.
    Before(Unit),
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Unit {
    Month,
    Quarter,
    Year,
}

/// "in the third quarter", "the fourth-quarter", "the final quarter".
static QUARTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bthe\s+(first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+quarter\b")
        .expect("valid regex")
});

/// "the previous month", "the preceding year", "a year earlier", "the
/// year before".
static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:the\s+(?:previous|preceding|prior)\s+(month|quarter|year)|a\s+(month|quarter|year)\s+(?:earlier|before)|the\s+(month|quarter|year)\s+before)\b",
    )
    .expect("valid regex")
});

fn yearless_periods(sentence: &str, offset: usize) -> Vec<YearlessPeriod> {
    let mut found = Vec::new();
    for m in QUARTER.captures_iter(sentence) {
        let whole = m.get(0).expect("match");
        let quarter = match m[1].to_ascii_lowercase().as_str() {
            "first" | "1st" => 1,
            "second" | "2nd" => 2,
            "third" | "3rd" => 3,
            _ => 4,
        };
        found.push(YearlessPeriod {
            start: offset + whole.start(),
            end: offset + whole.end(),
            what: Yearless::Quarter(quarter),
        });
    }
    for m in BEFORE.captures_iter(sentence) {
        let whole = m.get(0).expect("match");
        let unit_word = m.get(1).or(m.get(2)).or(m.get(3)).expect("one unit group matches");
        let unit = match unit_word.as_str().to_ascii_lowercase().as_str() {
            "month" => Unit::Month,
            "quarter" => Unit::Quarter,
            _ => Unit::Year,
        };
        found.push(YearlessPeriod {
            start: offset + whole.start(),
            end: offset + whole.end(),
            what: Yearless::Before(unit),
        });
    }
    found.sort_by_key(|p| p.start);
    found
}

impl YearlessPeriod {
    /// The period, from the dated mentions around it: a quarter takes the
    /// year of the nearest dated mention of its sentence, else of the
    /// last one before it; "the previous month" steps back from the
    /// nearest other period of its sentence.
    fn resolve(&self, sentence: usize, dated: &[Dated]) -> Option<Period> {
        let in_sentence = dated.iter().filter(|d| d.sentence == sentence);
        let nearest = in_sentence.min_by_key(|d| d.start.abs_diff(self.start));
        match self.what {
            Yearless::Quarter(q) => {
                let anchor =
                    nearest.or_else(|| dated.iter().rfind(|d| d.end <= self.start))?.period.1;
                quarter(anchor.year(), q)
            }
            Yearless::Before(unit) => step_back(nearest?.period, unit),
        }
    }
}

fn quarter(year: i16, q: i8) -> Option<Period> {
    let first = Date::new(year, 3 * q - 2, 1).ok()?;
    let last = Date::new(year, 3 * q, 1).ok()?.last_of_month();
    Some((first, last))
}

/// The month, quarter or year before the one `anchor` starts in.
fn step_back(anchor: Period, unit: Unit) -> Option<Period> {
    let start = anchor.0;
    match unit {
        Unit::Month => {
            let first = start.first_of_month().checked_sub(1.month()).ok()?;
            Some((first, first.last_of_month()))
        }
        Unit::Quarter => {
            let q = (start.month() - 1) / 3 + 1;
            if q == 1 { quarter(start.year() - 1, 4) } else { quarter(start.year(), q - 1) }
        }
        Unit::Year => {
            let year = start.year() - 1;
            Some((Date::new(year, 1, 1).ok()?, Date::new(year, 12, 31).ok()?))
        }
    }
}

/// Days shared by two inclusive periods over days covered by either:
/// 1 for the same month, ¼ for a quarter within its year.
pub(super) fn period_overlap(a: Period, b: Period) -> f64 {
    let days = |from: Date, to: Date| (to - from).get_days() as f64 + 1.0;
    let shared = days(a.0.max(b.0), a.1.min(b.1)).max(0.0);
    shared / days(a.0.min(b.0), a.1.max(b.1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn whats(sentence: &str) -> Vec<Yearless> {
        yearless_periods(sentence, 0).into_iter().map(|p| p.what).collect()
    }

    #[test]
    fn quarters_and_steps_back_are_found() {
        assert_eq!(whats("up from 17.5% in the third quarter"), [Yearless::Quarter(3)]);
        assert_eq!(whats("down from the third quarter's 5.1%"), [Yearless::Quarter(3)]);
        assert_eq!(whats("in the final quarter"), [Yearless::Quarter(4)]);
        assert_eq!(whats("the fourth-quarter profit"), [Yearless::Quarter(4)]);
        assert_eq!(whats("from 287 the previous year"), [Yearless::Before(Unit::Year)]);
        assert_eq!(whats("£1.4bn in the preceding month"), [Yearless::Before(Unit::Month)]);
        assert_eq!(whats("5% a year earlier"), [Yearless::Before(Unit::Year)]);
    }

    #[test]
    fn quarters_of_other_things_are_not_periods() {
        assert!(whats("a quarter of the votes").is_empty());
        assert!(whats("the previous government").is_empty());
        assert!(whats("three quarters").is_empty());
    }

    #[test]
    fn steps_back_cross_year_ends() {
        let jan = (date(2005, 1, 1), date(2005, 1, 31));
        assert_eq!(step_back(jan, Unit::Month), Some((date(2004, 12, 1), date(2004, 12, 31))));
        assert_eq!(step_back(jan, Unit::Quarter), Some((date(2004, 10, 1), date(2004, 12, 31))));
        assert_eq!(step_back(jan, Unit::Year), Some((date(2004, 1, 1), date(2004, 12, 31))));
    }

    #[test]
    fn overlap_is_one_for_the_same_period_and_a_quarter_for_a_quarter_of_a_year() {
        let year = (date(2004, 1, 1), date(2004, 12, 31));
        let q3 = quarter(2004, 3).unwrap();
        assert_eq!(period_overlap(year, year), 1.0);
        assert!((period_overlap(year, q3) - 92.0 / 366.0).abs() < 1e-9);
    }
}
