//! Counted periods next to the publication date: "the next three days",
//! "the past 2 weeks", "last 3 years", "the past two quarters", "the 5
//! upcoming years", "4 weeks in the future" and, in a future-tense
//! clause, "within 5 days". Each is the date range it covers: a
//! fact-checker compares periods, and "sales fell in the past two
//! quarters" speaks of two quarters that can be looked up.
//!
//! Days, weeks, months and years count from the publication day (the
//! next three days start tomorrow, the past three weeks end yesterday);
//! quarters are calendar quarters, as "last quarter" is. Not counted
//! periods: decades ("over the next decade" is a horizon, a length, not
//! the 2020s nor ten years to the day), a vague count ("the past few
//! weeks"), "the previous"/"the following" (they refer back to a date
//! already given), a period anchored elsewhere ("the next 2 weeks after
//! today"; "the last four months of 2021" is the date rule's), and "the next three days" in
//! a past-tense clause (the narrative's days, "over the next three days
//! rescuers searched").

use super::resolve::{self, Dir};
use super::words::{self, Unit};
use super::{Cx, Hit, range};
use crate::value::{DateValue, PartialDate, Qualifier, Value};
use jiff::civil::Date;

/// A unit a period can be counted in.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Step {
    /// Days, weeks, fortnights, months or years, counted from the day.
    Rolling(Unit),
    /// Calendar quarters.
    Quarter,
}

impl Step {
    /// The step a (singular or plural) unit word counts in.
    pub(super) fn of(w: &str) -> Option<Step> {
        if matches!(w, "quarter" | "quarters") {
            return Some(Step::Quarter);
        }
        match words::unit(w)? {
            u @ (Unit::Day | Unit::Week | Unit::Fortnight | Unit::Month | Unit::Year) => {
                Some(Step::Rolling(u))
            }
            _ => None,
        }
    }
}

/// The `n` steps, and the `extra` units after them ("3 months and 2
/// weeks"), before (`ahead` false) or after publication day `p`.
pub(super) fn counted_range(
    p: Date,
    step: Step,
    n: i64,
    extra: &[(Unit, i64)],
    ahead: bool,
) -> Option<DateValue> {
    let sign = if ahead { 1 } else { -1 };
    let (a, b): (PartialDate, PartialDate) = match step {
        Step::Rolling(u) => {
            let mut far = resolve::shift_day(p, u, n.checked_mul(sign)?)?.first_day();
            for &(u2, n2) in extra {
                far = resolve::shift_day(far, u2, n2.checked_mul(sign)?)?.first_day();
            }
            if ahead {
                (p.tomorrow().ok()?.into(), far.into())
            } else {
                (far.into(), p.yesterday().ok()?.into())
            }
        }
        Step::Quarter if ahead => (resolve::quarter(p, 1)?.0, resolve::quarter(p, n)?.1),
        Step::Quarter => (resolve::quarter(p, n.checked_neg()?)?.0, resolve::quarter(p, -1)?.1),
    };
    Some(range(a, b))
}

/// `value` starting on day `p` instead, for days, weeks, months and
/// years (quarters stay calendar quarters).
fn from_day(value: DateValue, p: Date, step: Step) -> DateValue {
    match value {
        DateValue::Resolved { end, .. } if matches!(step, Step::Rolling(_)) => {
            DateValue::Resolved { start: p.into(), end }
        }
        v => v,
    }
}

/// The direction a deictic word counts in: `Some(true)` ahead.
fn direction(w: &str) -> Option<bool> {
    match w {
        "next" | "coming" | "upcoming" => Some(true),
        "past" | "last" => Some(false),
        _ => None,
    }
}

impl Cx<'_, '_> {
    /// A counted period whose first token is `i`.
    pub(super) fn counted_period(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        // "the next 3 days", "past two quarters", "last 3year".
        if let Some(ahead) = direction(t.w(i)).filter(|_| t.is_word(i)) {
            let (n, k) = self.whole_count(i + 1)?;
            let step = Step::of(t.w(k)).filter(|_| t.is_word(k))?;
            let (extra, end) = match step {
                Step::Rolling(u) => self.more_units(k + 1, u),
                Step::Quarter => (Vec::new(), k + 1),
            };
            return self.counted_hit(i, end, step, n, &extra, ahead);
        }
        let (n, k) = self.whole_count(i)?;
        // "the 5 upcoming years", "the 3 next weeks".
        if t.is(i.wrapping_sub(1), "the")
            && let Some(ahead) = direction(t.w(k))
            && let Some(step) = Step::of(t.w(k + 1))
        {
            return self.counted_hit(i, k + 2, step, n, &[], ahead);
        }
        let step = Step::of(t.w(k)).filter(|_| t.is_word(k))?;
        // "4 weeks in the future".
        if t.is(k + 1, "in") && t.is(k + 2, "the") && t.is(k + 3, "future") {
            return self.counted_hit(i, k + 4, step, n, &[], true);
        }
        // "will be back within 5 days", "within 5 years 1 month 12 days":
        // from the publication day.
        if t.is(i.wrapping_sub(1), "within") && self.future_modal_before(i) {
            let Step::Rolling(u) = step else { return None };
            let (extra, end) = self.more_units(k + 1, u);
            if self.anchored_after(end) {
                return None;
            }
            return self.relative_hit(i - 1, end, |p| {
                Some(from_day(counted_range(p, step, n, &extra, true)?, p, step))
            });
        }
        None
    }

    /// `n` steps counted from publication over tokens `start..end`; the
    /// span takes a "the" and a "within" before `start` ("within the
    /// next 3 years").
    pub(super) fn counted_hit(
        &self,
        start: usize,
        end: usize,
        step: Step,
        n: i64,
        extra: &[(Unit, i64)],
        ahead: bool,
    ) -> Option<Hit> {
        let t = self.t;
        if self.anchored_after(end) || (ahead && self.tense(start, end) == Dir::Past) {
            return None;
        }
        // "within the next 3 years" takes its words; "the" alone stays
        // out, as it does of "last year".
        let mut first = start;
        let the = usize::from(t.is(first.wrapping_sub(1), "the"));
        let within = ahead && t.is(first.wrapping_sub(1 + the), "within");
        if within {
            first -= 1 + the;
        }
        let mut hit = self.relative_hit(start, end, |p| {
            let value = counted_range(p, step, n, extra, ahead)?;
            // "within the next 3 years" runs from the publication day, as
            // "within 3 years" does; "the next 3 years" from the day after.
            Some(if within { from_day(value, p, step) } else { value })
        })?;
        hit.start_byte = t.start(first);
        if let Value::Date(DateValue::Unresolved { expression }) = &mut hit.value {
            *expression = self.span_text(first, end).to_string();
        }
        hit.qualifier = Qualifier::Exact;
        Some(hit)
    }

    /// Further whole counts of other units after a counted period's
    /// unit, from token `k`: "the last 3 months and 2 weeks and 2 days",
    /// "the past five years and eight months". Returns them and the
    /// token after the last.
    fn more_units(&self, mut k: usize, first: Unit) -> (Vec<(Unit, i64)>, usize) {
        let t = self.t;
        let mut extra = Vec::new();
        loop {
            let k2 = if t.is_any(k, &["and", ","]) { k + 1 } else { k };
            let Some((n, u)) = self.whole_count(k2) else { break };
            let Some(unit) = words::unit(t.w(u)).filter(|x| *x != first && t.is_word(u)) else {
                break;
            };
            extra.push((unit, n));
            k = u + 1;
        }
        (extra, k)
    }

    /// A whole count of at least one at `i` ("3", "three", "a couple
    /// of"), and the token after it; not "a"/"an", not a vague count.
    pub(super) fn whole_count(&self, i: usize) -> Option<(i64, usize)> {
        let (n, k, article) = self.quantity(i)?;
        if article || n.fract() != 0.0 || !(1.0..=1000.0).contains(&n) {
            return None;
        }
        Some((n as i64, k))
    }

    /// True when the period at `..end` is counted from something else
    /// than publication: "the last four months of 2021", "the next 2
    /// weeks after today", "the past 3 years before the war".
    fn anchored_after(&self, end: usize) -> bool {
        self.t.is_any(end, &["of", "after", "before", "from", "since", "ago", "later", "earlier"])
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_util::check;

    #[test]
    fn counted_periods_from_publication() {
        let p = Some("2016-11-07");
        check(&[
            ("I'll be out next 3 days", p, "next 3 days=2016-11-08..2016-11-10"),
            ("I'll be out next 3 months", p, "next 3 months=2016-11-08..2017-02-07"),
            ("prices rose over the past 3 weeks", p, "past 3 weeks=2016-10-17..2016-11-06"),
            (
                "It will happen 4 weeks in the future.",
                p,
                "4 weeks in the future=2016-11-08..2016-12-05",
            ),
            ("in the 5 upcoming years", p, "5 upcoming years=2016-11-08..2021-11-07"),
            (
                "I will be back within the next 3 years",
                p,
                "within the next 3 years=2016-11-07..2019-11-07",
            ),
            (
                "sales for the last 2 quarters",
                Some("2019-07-04"),
                "last 2 quarters=2019-01..2019-06",
            ),
            (
                "sales for the next 7 quarters",
                Some("2019-07-04"),
                "next 7 quarters=2019-10..2021-06",
            ),
            (
                "I will be back within 5 days",
                Some("2017-11-08"),
                "within 5 days=2017-11-08..2017-11-13",
            ),
            (
                "I will be back within 5 years 1 month 12 days",
                Some("2017-11-08"),
                "within 5 years 1 month 12 days=2017-11-08..2022-12-20",
            ),
            // Without a publication date the expression is kept.
            ("the next 3 days", None, "next 3 days=unresolved (next 3 days)"),
        ]);
    }

    #[test]
    fn counted_periods_anchored_elsewhere_or_vague_stay_lengths() {
        let p = Some("2016-11-07");
        check(&[
            // The narrative's next days, not the publication's.
            ("Over the next three days rescuers searched the rubble.", p, "three days=P3D"),
            ("in the previous three weeks", p, "three weeks=P3W"),
            ("the past few weeks", p, ""),
            // Decades are horizons.
            ("It happened in the past 2 decades.", p, "2 decades=P20Y"),
            ("It should start in the next decade", p, "next decade=P10Y"),
            // A past-tense "within" is a length.
            ("tickets sold out within 5 days", p, "5 days=P5D"),
        ]);
    }
}
