//! Lengths of time: "12-day", "three weeks", "two and a half years", "a
//! decade", "44.93 seconds", "more than 20 years", "two years later";
//! and "N units ago", which is a date.
//!
//! Not durations: ages ("25 years old", "aged 25", "a 25-year-old"),
//! rates ("$5bn a year"), vague periods ("many months", "for years").

use super::resolve;
use super::tokens::TokKind;
use super::words::{self, Unit};
use super::{Cx, Hit, point, range};
use crate::mentions::hedge_before;
use crate::value::{DateValue, IsoDuration, Precision, Qualifier, Value};
use jiff::civil::Date;

/// Words before "a"/"an" + unit that make it a length of time ("in a
/// year", "for a decade"); elsewhere "a year" is usually a rate ("$5bn
/// a year", "twice a year").
const ARTICLE_LEADS: &[&str] = &[
    "in", "for", "within", "than", "over", "about", "around", "nearly", "almost", "least", "after",
    "as", "lasted", "last", "took", "take", "spent", "spend", "under", "to", "of", "by", "barely",
    "just", "only", "once", "roughly", "some", "up", "half", "past", "every", "wait", "waited",
];

/// Words before a figure glued to a one-letter unit ("for 3h", "lasted
/// 2W"): elsewhere "3D" or "4G" is a name.
const GLUED_LEADS: &[&str] = &["for", "lasted", "lasts", "last", "took", "spent", "within"];

impl Cx<'_, '_> {
    /// A duration (or "N units ago") starting at token `i`.
    pub(super) fn duration(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let (n, mut k, article) = self.quantity(i)?;
        if let Some(hit) = self.weekdays_away(i, n, k) {
            return Some(hit);
        }
        // "12-day", "two-year".
        let hyphenated = t.is(k, "-") && t.glued(k) && t.glued(k + 1);
        if hyphenated {
            k += 1;
        } else if t.is_any(
            k,
            &["more", "additional", "extra", "further", "trading", "working", "business"],
        ) && words::unit(t.w(k + 1)).is_some()
        {
            // "20 more years", "two additional minutes", "eight trading days"
            k += 1;
        }
        // "3h", "10D", "2ys", "3day": a unit glued to the figure.
        let glued_unit = !hyphenated && t.glued(k) && t.kind(i) == Some(TokKind::Num) && k == i + 1;
        let unit = match words::unit(t.w(k)).filter(|_| t.is_word(k)) {
            Some(u) => u,
            None if glued_unit && t.is_any(i.wrapping_sub(1), GLUED_LEADS) => match t.w(k) {
                "h" => Unit::Hour,
                "d" => Unit::Day,
                "w" => Unit::Week,
                "y" | "ys" => Unit::Year,
                _ => return None,
            },
            None => return None,
        };
        // "forty-second", "twenty-second": ordinals, not 40 or 22 seconds
        // (but "a thirty-second advert" is a length).
        if hyphenated
            && unit == Unit::Second
            && t.is_word(i)
            && !t.is_any(i.wrapping_sub(1), &["a", "an"])
        {
            return None;
        }
        // "the 1988 second quarter": a plural count needs a plural unit.
        // "a five year low" is the hyphen-less "five-year low".
        let modifier = n < 100.0 && t.w(k) != "second" && t.is_word(k + 1) && !t.cap(k + 1);
        // "for 3 day", "two hour": a singular unit is fine at the end of
        // the phrase, but not after a year ("1988 second").
        let phrase_end = !t.is_word(k + 1);
        if !hyphenated
            && n > 1.0
            && is_singular_unit(t.w(k))
            && !modifier
            && (!phrase_end || t.digits(i) == 4)
        {
            return None;
        }
        // "12 s" is not a duration, "12s" neither; "sec" needs a number.
        let mut end = k + 1;
        let mut d = IsoDuration::default();
        add(&mut d, unit, n);
        // "a year and a half", "one hour and half", "a year and a quarter"
        if t.is(end, "and") {
            let k2 = if t.is_any(end + 1, &["a", "an"]) { end + 2 } else { end + 1 };
            let frac = match t.w(k2) {
                "half" => Some(0.5),
                "quarter" => Some(0.25),
                _ => None,
            };
            if let Some(f) = frac {
                add(&mut d, unit, f);
                end = k2 + 1;
            }
        }
        // "2 years 1 month 21 days", "3 hours and 20 minutes".
        loop {
            let k2 = if t.is_any(end, &["and", ","]) { end + 1 } else { end };
            let Some((n2, u2k, _)) = self.quantity(k2).filter(|(_, _, a)| !a) else { break };
            let Some(u2) = words::unit(t.w(u2k)).filter(|u| *u != unit) else { break };
            add(&mut d, u2, n2);
            end = u2k + 1;
        }
        // "a year on year comparison": an idiom, not a length.
        if t.is(end, "on") && t.is_any(end + 1, &["year", "month", "week"])
            || t.is(end, "-") && t.is(end + 1, "on")
        {
            return None;
        }
        if self.is_age(i, k, end, hyphenated) {
            return None;
        }
        if article && !self.article_is_length(i) {
            return None;
        }
        // "One day he will...": "someday", not a length.
        if t.is(i, "one") && t.is(k, "day") && !self.article_is_length(i) {
            return None;
        }
        // "two years ago": a date at the unit's precision.
        let calendar_whole = [d.years, d.months, d.weeks, d.days].iter().all(|x| x.fract() == 0.0)
            && d.hours == 0.0
            && d.minutes == 0.0
            && d.seconds == 0.0;
        if t.is(end, "ago") && !hyphenated && end > k + 1 && calendar_whole {
            // "1 month 21 days ago": to the day when days or weeks are
            // given, else to the month or year.
            return self.relative_hit(i, end + 1, |p| ago(p, &d).map(point));
        }
        if t.is(end, "ago") && !hyphenated {
            let whole = (n.fract() == 0.0).then_some(n as i64)?;
            return self.relative_hit(i, end + 1, |p| {
                resolve::shift(p, unit, whole.checked_neg()?).map(point)
            });
        }
        // "eight trading days after Oct. 12": not calendar days, so no
        // date can be counted from them.
        let counted_days = t.is_any(k - 1, &["trading", "working", "business"]);
        if end == k + 1
            && !hyphenated
            && !counted_days
            && let Some(hit) = self.length_from(i, end, unit, n)
        {
            return Some(hit);
        }
        if let Some(hit) = self.shifted_anchor(i, end, unit, n).filter(|_| !counted_days) {
            return Some(hit);
        }
        // "will leave in two weeks": a date when the sentence is in the
        // future tense; "rose 38% in a year" stays a length.
        if t.is(i.wrapping_sub(1), "in")
            && !hyphenated
            && n.fract() == 0.0
            && self.future_modal_before(i)
            && !t.is(end, "time")
        {
            let whole = n as i64;
            return self
                .relative_hit(i - 1, end, |p| resolve::shift_day(p, unit, whole).map(point));
        }
        // "two years later": annotators keep the length with the word.
        if t.is_any(end, &["later", "earlier"]) && !hyphenated {
            end += 1;
        }
        let (start_byte, qualifier) =
            hedge_before(t.text, t.start(i)).unwrap_or((t.start(i), Qualifier::Exact));
        Some(Hit { start_byte, end, value: Value::Duration(d), qualifier })
    }

    /// "three weeks from tomorrow", "two days before yesterday", "16 days
    /// from now": a date, `n` units from a relative anchor.
    fn shifted_anchor(&self, i: usize, end: usize, unit: Unit, n: f64) -> Option<Hit> {
        let t = self.t;
        // "three weeks hence": from the publication day.
        if t.is(end, "hence") && n.fract() == 0.0 {
            return self.shifted_hit(i, end + 1, self.published, unit, n as i64);
        }
        let sign = match t.w(end) {
            "from" | "after" => 1,
            "before" => -1,
            _ => return None,
        };
        let anchor = match t.w(end + 1) {
            "now" | "today" => 0,
            "tomorrow" | "tmrw" => 1,
            "yesterday" => -1,
            _ => return self.shifted_day(i, end, unit, n, sign),
        };
        if n.fract() != 0.0 || (t.is(end + 1, "now") && sign < 0) {
            return None;
        }
        let base = match self.published {
            Some(p) => Some(p.checked_add(jiff::Span::new().days(anchor)).ok()?),
            None => None,
        };
        self.shifted_hit(i, end + 2, base, unit, (n as i64).checked_mul(sign)?)
    }

    /// "two Sundays from now", "3 Fridays ago": the `n`th such weekday
    /// after (before) the publication day.
    fn weekdays_away(&self, i: usize, n: f64, k: usize) -> Option<Hit> {
        let t = self.t;
        let (wd, false) = words::weekday(t.w(k).strip_suffix('s')?)? else { return None };
        if n.fract() != 0.0 || !(1.0..=52.0).contains(&n) || !t.is_word(k) {
            return None;
        }
        let (sign, end) = match (t.w(k + 1), t.w(k + 2)) {
            ("from", "now") => (1, k + 3),
            ("ago" | "back", _) => (-1, k + 2),
            ("hence", _) => (1, k + 2),
            _ => return None,
        };
        let nth = n as i32 * sign;
        self.relative_hit(i, end, |p| Some(point(p.nth_weekday(nth, wd).ok()?.into())))
    }

    /// "3 days after January 12th", "two weeks before Christmas Day",
    /// "three months after Easter": a date `n` units from a written day.
    /// Only a day anchors the shift ("two years after 2001" is left as
    /// written: a length and a year), and the result is a day.
    fn shifted_day(&self, i: usize, end: usize, unit: Unit, n: f64, sign: i64) -> Option<Hit> {
        let calendar_unit =
            matches!(unit, Unit::Day | Unit::Week | Unit::Fortnight | Unit::Month | Unit::Year);
        if n.fract() != 0.0 || !calendar_unit {
            return None;
        }
        let anchor = self.single(end + 1)?;
        let base = match &anchor.value {
            Value::Date(DateValue::Resolved { start, end: None })
                if start.precision() == Precision::Day =>
            {
                Some(start.first_day())
            }
            Value::Date(DateValue::Unresolved { .. }) => None,
            _ => return None,
        };
        self.shifted_hit(i, anchor.end, base, unit, (n as i64).checked_mul(sign)?)
    }

    /// The date `whole` units (negative: back) from `base`, read with the
    /// comparison before the figure: "more than 2 weeks before today" is
    /// a date before today less two weeks, "less than 3 days after
    /// tomorrow" and "within 2 weeks from today" the days in between.
    /// `base` is `None` when the anchor is unresolved.
    fn shifted_hit(
        &self,
        i: usize,
        end: usize,
        base: Option<Date>,
        unit: Unit,
        whole: i64,
    ) -> Option<Hit> {
        let t = self.t;
        // "within 2 weeks from today" looks ahead; "within 2 weeks before
        // yesterday" is just that day.
        let hedge = if t.is(i.wrapping_sub(1), "within") && whole > 0 {
            Some((t.start(i - 1), Qualifier::LessThan))
        } else {
            hedge_before(t.text, t.start(i))
        };
        let (start_byte, q) = match hedge {
            Some((at, q)) if q != Qualifier::Approximately => (at, q),
            _ => (t.start(i), Qualifier::Exact),
        };
        let Some(base) = base else {
            let expression = t.text.get(start_byte..t.end(end - 1)).unwrap_or("").to_string();
            let value = Value::Date(DateValue::Unresolved { expression });
            return Some(Hit { start_byte, end, value, qualifier: Qualifier::Exact });
        };
        let target = resolve::shift_day(base, unit, whole)?;
        let back = whole < 0;
        let (value, qualifier) = match q {
            Qualifier::MoreThan if back => (point(target), Qualifier::LessThan),
            Qualifier::AtLeast if back => (point(target), Qualifier::AtMost),
            Qualifier::MoreThan | Qualifier::AtLeast => (point(target), q),
            Qualifier::LessThan | Qualifier::AtMost => {
                let (a, b) = if back { (target, base.into()) } else { (base.into(), target) };
                (range(a, b), Qualifier::Exact)
            }
            _ => (point(target), Qualifier::Exact),
        };
        Some(Hit { start_byte, end, value: Value::Date(value), qualifier })
    }

    /// "for 3 days from today", "a week starting tomorrow", "2 weeks
    /// starting May 20th", "for 1 week, from 20th Dec": the days that
    /// length covers from its first day.
    fn length_from(&self, i: usize, end: usize, unit: Unit, n: f64) -> Option<Hit> {
        let t = self.t;
        let k = if t.is(end, ",") { end + 1 } else { end };
        let from = if t.is_any(k, &["starting", "beginning"]) {
            if t.is_any(k + 1, &["from", "on"]) { k + 2 } else { k + 1 }
        } else if t.is(k, "from") && t.is(i.wrapping_sub(1), "for") {
            k + 1
        } else {
            return None;
        };
        let calendar_unit =
            matches!(unit, Unit::Day | Unit::Week | Unit::Fortnight | Unit::Month | Unit::Year);
        if n.fract() != 0.0 || n < 1.0 || !calendar_unit {
            return None;
        }
        let first = self.single(from)?;
        // "for 3 days from today": "for" is what makes it an interval.
        let lead_for = t.is(k, "from") && t.is(i.wrapping_sub(1), "for");
        let start_byte = if lead_for { t.start(i - 1) } else { t.start(i) };
        let value = match &first.value {
            Value::Date(DateValue::Resolved { start, end: None })
                if start.precision() == Precision::Day =>
            {
                let day = start.first_day();
                let after = resolve::shift_day(day, unit, n as i64)?.first_day();
                range(*start, after.yesterday().ok()?.into())
            }
            Value::Date(DateValue::Unresolved { .. }) => {
                let expression = self.span_text(i, first.end).to_string();
                DateValue::Unresolved { expression }
            }
            _ => return None,
        };
        Some(Hit {
            start_byte,
            end: first.end,
            value: Value::Date(value),
            qualifier: Qualifier::Exact,
        })
    }

    /// A race time without a unit after "record of", "time of", "in a
    /// time of": "an Olympic record of 12.37" is 12.37 seconds.
    pub(super) fn race_time(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let lead = t.is(i.wrapping_sub(1), "of")
            && t.is_any(i.wrapping_sub(2), &["record", "time", "best"]);
        if !lead || t.digits(i + 2) != 2 || !t.is(i + 1, ".") || !t.glued(i + 1) || !t.glued(i + 2)
        {
            return None;
        }
        if t.glued(i + 3)
            || t.is_word(i + 3) && !t.is_any(i + 3, &["in", "at", "on", "and", "to", "for"])
        {
            return None; // "12.37s", "12.37 metres": not a bare time
        }
        let secs: f64 = format!("{}.{}", t.w(i), t.w(i + 2)).parse().ok()?;
        let d = IsoDuration { seconds: secs, ..IsoDuration::default() };
        Some(Hit {
            start_byte: t.start(i),
            end: i + 3,
            value: Value::Duration(d),
            qualifier: Qualifier::Exact,
        })
    }

    /// "the past week": one unit as a duration over tokens `start..end`.
    pub(super) fn duration_of_one(&self, start: usize, end: usize, unit: Unit) -> Option<Hit> {
        let mut d = IsoDuration::default();
        add(&mut d, unit, 1.0);
        Some(Hit {
            start_byte: self.t.start(start),
            end,
            value: Value::Duration(d),
            qualifier: Qualifier::Exact,
        })
    }

    /// A quantity at `i`: digits ("12", "44.93"), number words ("three",
    /// "twenty-five", "two and a half"), "a"/"an", "half a", "a couple
    /// of". Returns `(value, next token, is_article)`.
    pub(super) fn quantity(&self, i: usize) -> Option<(f64, usize, bool)> {
        let t = self.t;
        let (mut n, mut k, article) = match t.kind(i)? {
            TokKind::Num => {
                // Part of a bigger number, a time or a score: "1,500",
                // "10:30", "1-0".
                if t.glued(i)
                    && t.is_any(i - 1, &[",", ".", ":", "-", "/"])
                    && t.num(i.wrapping_sub(2)).is_some()
                {
                    return None;
                }
                let whole: f64 = t.w(i).parse().ok()?;
                if t.is(i + 1, ".")
                    && t.glued(i + 1)
                    && t.glued(i + 2)
                    && t.kind(i + 2) == Some(TokKind::Num)
                {
                    let frac = format!("{}.{}", t.w(i), t.w(i + 2));
                    (frac.parse().ok()?, i + 3, false)
                } else if t.is(i + 1, ",")
                    && t.glued(i + 1)
                    && t.glued(i + 2)
                    && t.digits(i + 2) == 3
                {
                    return None; // "1,500 years": the numeric rules' figure
                } else if t.digits(i + 1) == 1
                    && t.is(i + 2, "/")
                    && t.glued(i + 2)
                    && t.glued(i + 3)
                    && t.digits(i + 3) == 1
                    && !t.glued(i + 1)
                {
                    // "2 1/2 years"
                    let (a, b) = (f64::from(t.num(i + 1)?), f64::from(t.num(i + 3)?));
                    if b == 0.0 || a >= b {
                        return None;
                    }
                    (whole + a / b, i + 4, false)
                } else {
                    (whole, i + 1, false)
                }
            }
            TokKind::Word => match t.w(i) {
                "a" | "an" => {
                    if t.is(i + 1, "couple") && t.is(i + 2, "of") {
                        (2.0, i + 3, false)
                    } else if t.is(i + 1, "hundred") {
                        (100.0, i + 2, false)
                    } else if t.is(i + 1, "half") && (t.is(i + 2, "-") || self.bare_unit_at(i + 2))
                    {
                        (0.5, i + 2, false)
                    } else {
                        (1.0, i + 1, true)
                    }
                }
                "half" if t.is_any(i + 1, &["a", "an"]) => (0.5, i + 2, false),
                // "half hour", "half year" (not "half-year results").
                "half" if self.bare_unit_at(i + 1) => (0.5, i + 1, false),
                "all" | "full" | "whole"
                    if t.is_any(i.wrapping_sub(1), &["for", "lasted", "lasts"])
                        && self.bare_unit_at(i + 1) =>
                {
                    let k = if t.is(i + 1, "-") { i + 2 } else { i + 1 };
                    (1.0, k, false)
                }
                "another" => (1.0, i + 1, true),
                "couple" if t.is(i + 1, "of") => (2.0, i + 2, false),
                w => {
                    let tens = words::cardinal(w)?;
                    // "twenty-five", "twenty five"
                    let mut k = i + 1;
                    let mut n = tens;
                    if tens >= 20 && tens % 10 == 0 {
                        let j = if t.is(k, "-") { k + 1 } else { k };
                        if let Some(u) = words::cardinal(t.w(j)).filter(|u| (1..=9).contains(u)) {
                            n += u;
                            k = j + 1;
                        }
                    }
                    if t.is(k, "hundred") {
                        n *= 100;
                        k += 1;
                    }
                    (f64::from(n), k, false)
                }
            },
            TokKind::Punct => return None,
        };
        // "two and a half years", "one and half hour", "one and a quarter"
        if !article && t.is(k, "and") {
            let k2 = if t.is_any(k + 1, &["a", "an"]) { k + 2 } else { k + 1 };
            match t.w(k2) {
                "half" => (n, k) = (n + 0.5, k2 + 1),
                "quarter" => (n, k) = (n + 0.25, k2 + 1),
                _ => {}
            }
        }
        Some((n, k, article))
    }

    /// True when token `k` (after an optional glued "-") is a singular
    /// unit that ends its phrase: "half hour", "all-day", not "half-year
    /// results".
    fn bare_unit_at(&self, k: usize) -> bool {
        let t = self.t;
        let k = if t.is(k, "-") && t.glued(k) { k + 1 } else { k };
        is_singular_unit(t.w(k)) && (!t.is_word(k + 1) || t.cap(k + 1))
    }

    /// True when a quantity of years at `i..end` is someone's age: "25
    /// years old", "a 25-year-old", "aged 25", "at 25 years of age".
    fn is_age(&self, i: usize, unit_tok: usize, end: usize, hyphenated: bool) -> bool {
        let t = self.t;
        if !matches!(
            words::unit(t.w(unit_tok)),
            Some(Unit::Year | Unit::Month | Unit::Week | Unit::Day)
        ) {
            return false;
        }
        let old_after = t.is_any(end, &["old", "olds"])
            || (t.is(end, "-") && t.is_any(end + 1, &["old", "olds"]));
        let of_age = t.is(end, "of") && t.is(end + 1, "age");
        // "children ages 6 months and older".
        let aged_before = t.is_any(i.wrapping_sub(1), &["aged", "age", "ages"]);
        old_after
            || of_age
            || aged_before
            || (hyphenated && t.is(end, "-") && t.is(end + 1, "olds"))
    }

    /// "a year" is a length after words like "in", "for", "than"; after
    /// a figure or on its own it is a rate ("$5bn a year", "once a year").
    fn article_is_length(&self, i: usize) -> bool {
        let t = self.t;
        let prev = i.wrapping_sub(1);
        if t.is_any(prev, &["once", "twice", "every", "per"]) {
            return false;
        }
        t.is_any(prev, ARTICLE_LEADS)
            || t.is(i + 2, "ago")
            || t.is_any(i + 2, &["later", "earlier"])
    }
}

/// Publication date `p` less a calendar duration of whole years, months,
/// weeks and days, at the precision of its smallest unit.
fn ago(p: jiff::civil::Date, d: &IsoDuration) -> Option<crate::value::PartialDate> {
    let whole = |x: f64| (x.fract() == 0.0 && x.abs() < 10_000.0).then_some(x as i64);
    if d.hours != 0.0 || d.minutes != 0.0 || d.seconds != 0.0 {
        return None;
    }
    let span = jiff::Span::new()
        .try_years(-whole(d.years)?)
        .ok()?
        .try_months(-whole(d.months)?)
        .ok()?
        .try_weeks(-whole(d.weeks)?)
        .ok()?
        .try_days(-whole(d.days)?)
        .ok()?;
    let x = p.checked_add(span).ok()?;
    if d.days != 0.0 || d.weeks != 0.0 {
        Some(x.into())
    } else if d.months != 0.0 {
        crate::value::PartialDate::month(x.year(), x.month())
    } else {
        crate::value::PartialDate::year(x.year())
    }
}

/// Singular unit words: "1988 second" is not a duration.
fn is_singular_unit(w: &str) -> bool {
    matches!(
        w,
        "second"
            | "minute"
            | "hour"
            | "day"
            | "week"
            | "month"
            | "year"
            | "decade"
            | "century"
            | "night"
    )
}

/// Adds `n` units to `d`, in the unit written (a decade is ten years, a
/// fortnight two weeks).
fn add(d: &mut IsoDuration, unit: Unit, n: f64) {
    match unit {
        Unit::Second => d.seconds += n,
        Unit::Minute => d.minutes += n,
        Unit::Hour => d.hours += n,
        Unit::Day => d.days += n,
        Unit::Week => d.weeks += n,
        Unit::Fortnight => d.weeks += 2.0 * n,
        Unit::Month => d.months += n,
        Unit::Year => d.years += n,
        Unit::Decade => d.years += 10.0 * n,
        Unit::Century => d.years += 100.0 * n,
        Unit::Millennium => d.years += 1000.0 * n,
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_util::check;

    #[test]
    fn durations() {
        let p = Some("2004-12-24");
        check(&[
            ("a 12-day visit", p, "12-day=P12D"),
            ("for three weeks", p, "three weeks=P3W"),
            ("in two and a half years", p, "two and a half years=P2.5Y"),
            ("for more than a decade", p, "more than a decade=P10Y (more_than)"),
            ("in 44.93 seconds", p, "44.93 seconds=PT44.93S"),
            ("a six-month contract", p, "six-month=P6M"),
            ("for two years", p, "two years=P2Y"),
            ("as an MP for more than 20 years, he", p, "more than 20 years=P20Y (more_than)"),
            ("regained the seat two years later, and", p, "two years later=P2Y"),
            ("November's nine-year low", p, "November=2004-11; nine-year=P9Y"),
            ("jumped by 38% in a year, said", p, "a year=P1Y"),
            ("2 years 1 month 21 days", p, "2 years 1 month 21 days=P2Y1M21D"),
            ("connected to broadband jumped by 38% in a year, said the FCC.", p, "a year=P1Y"),
            ("one hour and half is enough", p, "one hour and half=PT1.5H"),
            ("Book a room for two nights", p, "two nights=P2D"),
            ("Hayes set an Olympic record of 12.37 in winning", p, "12.37=PT12.37S"),
            ("in 2 1/2 years", p, "2 1/2 years=P2.5Y"),
            ("a five year low", p, "five year=P5Y"),
            ("at least 20 more years", p, "at least 20 more years=P20Y (at_least)"),
            ("fell for eight trading days", p, "eight trading days=P8D"),
            ("almost a hundred years", p, "almost a hundred years=P100Y (approximately)"),
            ("I'll leave for 3h", p, "3h=PT3H"),
            ("the cold lasted 2W", p, "2W=P2W"),
            ("for 3 day", p, "3 day=P3D"),
            ("for half hour", p, "half hour=PT0.5H"),
            ("for a half hour", p, "a half hour=PT0.5H"),
            ("for all day", p, "all day=P1D"),
            ("wait another month", p, "another month=P1M"),
            ("for 2 days 1 month", p, "2 days 1 month=P1M2D"),
            ("for couple of weeks", p, "couple of weeks=P2W"),
            ("a thirty-second advert", p, "thirty-second=PT30S"),
        ]);
    }

    #[test]
    fn ago_is_a_date() {
        check(&[
            ("estimated a month ago.", Some("2005-02-25"), "a month ago=2005-01"),
            ("two weeks ago", Some("2005-02-25"), "two weeks ago=2005-02-11"),
            ("1 month 21 days ago", Some("2017-11-23"), "1 month 21 days ago=2017-10-02"),
            ("2 years 3 months ago", Some("2017-11-23"), "2 years 3 months ago=2015-08"),
            ("2.5 years ago", Some("2017-11-23"), ""),
            ("two years ago", None, "two years ago=unresolved (two years ago)"),
            ("I will leave in two months", Some("2018-07-05"), "in two months=2018-09-05"),
            // A plan ("to" + verb) points ahead as "will" does; after a
            // past form it does not.
            ("I want to borrow more in 3 years", Some("2019-08-12"), "in 3 years=2022-08-12"),
            ("it was forced to sell in 3 years", Some("2019-08-12"), "3 years=P3Y"),
            ("to make a picture in 37 days", Some("2019-08-12"), "37 days=P37D"),
            (
                "three weeks from tomorrow",
                Some("2018-05-31"),
                "three weeks from tomorrow=2018-06-22",
            ),
            (
                "two days before yesterday",
                Some("2018-05-31"),
                "two days before yesterday=2018-05-28",
            ),
        ]);
    }

    #[test]
    fn units_before_or_after_a_day_are_a_day() {
        let p = Some("2016-11-07");
        check(&[
            (
                "It will happen 3 days after January 12th.",
                p,
                "3 days after January 12th=2017-01-15",
            ),
            ("It happened 2 weeks before May 13 1999.", p, "2 weeks before May 13 1999=1999-04-29"),
            (
                "We will meet 5 days before Christmas Day.",
                p,
                "5 days before Christmas Day=2016-12-20",
            ),
            ("It will happen 16 days from 01/02/2018.", p, "16 days from 01/02/2018=2018-01-18"),
            (
                "two days after Monday",
                None,
                "two days after Monday=unresolved (two days after Monday)",
            ),
            // Only a day anchors the shift; a length before a year or an
            // event stays a length.
            ("two years after 2001", p, "two years=P2Y; after 2001=2001 (more_than)"),
            ("two weeks before the election", p, "two weeks=P2W"),
            (
                "Eight trading days after Oct. 12",
                p,
                "Eight trading days=P8D; after Oct. 12=2016-10-12 (more_than)",
            ),
        ]);
    }

    #[test]
    fn weekdays_from_now() {
        let p = Some("2013-02-12");
        check(&[
            ("three fridays from now", p, "three fridays from now=2013-03-01"),
            ("2 thursdays ago", p, "2 thursdays ago=2013-01-31"),
            ("two Sundays of rain", p, ""),
        ]);
    }

    #[test]
    fn compared_shifts_are_bounds_or_intervals() {
        let p = Some("2018-05-31");
        check(&[
            (
                "done more than 2 weeks before today",
                p,
                "more than 2 weeks before today=2018-05-17 (less_than)",
            ),
            (
                "will start more than 2 weeks after today",
                p,
                "more than 2 weeks after today=2018-06-14 (more_than)",
            ),
            (
                "done less than 3 days after tomorrow",
                p,
                "less than 3 days after tomorrow=2018-06-01..2018-06-04",
            ),
            (
                "back within 2 weeks from today",
                p,
                "within 2 weeks from today=2018-05-31..2018-06-14",
            ),
            ("about 2 weeks after today", p, "2 weeks after today=2018-06-14"),
            ("within 2 weeks before yesterday", p, "2 weeks before yesterday=2018-05-16"),
            ("It will happen three weeks hence.", p, "three weeks hence=2018-06-21"),
            ("two years hence", None, "two years hence=unresolved (two years hence)"),
        ]);
    }

    #[test]
    fn a_length_from_its_first_day() {
        let p = Some("2018-05-23");
        check(&[
            ("set OOO for 3 days from today", p, "for 3 days from today=2018-05-23..2018-05-25"),
            (
                "set ooo for a week starting tomorrow",
                p,
                "a week starting tomorrow=2018-05-24..2018-05-30",
            ),
            (
                "for 1 week, from 20th dec",
                Some("2018-12-01"),
                "for 1 week, from 20th dec=2018-12-20..2018-12-26",
            ),
            (
                "for two weeks starting Monday",
                None,
                "two weeks starting Monday=unresolved (two weeks starting Monday)",
            ),
            // Not from a day: a length and a date.
            ("for 3 days from June", p, "3 days=P3D; June=2018-06"),
            ("3 days from today", p, "3 days from today=2018-05-26"),
        ]);
    }

    #[test]
    fn ages_rates_and_vague_periods_are_not_durations() {
        let p = Some("2005-01-10");
        check(&[
            ("He is 25 years old.", p, ""),
            ("a 25-year-old striker", p, ""),
            ("aged 25 years", p, ""),
            ("children ages 6 months and older", p, ""),
            ("earning $5bn a year", p, ""),
            ("twice a year", p, ""),
            ("for many months", p, ""),
            ("for years", p, ""),
            ("the 16-year-olds", p, ""),
            ("One day he will be king.", p, ""),
            ("17% of 18 to 24 year olds", p, ""),
            ("a decline in a year on year comparison", p, ""),
            ("the 1988 second quarter", p, "the 1988 second quarter=1988-04..1988-06"),
            ("the forty-second president", p, ""),
            ("in 3D glasses", p, ""),
            ("half-year results", p, ""),
            ("full-year profits", p, ""),
        ]);
    }
}
