//! Calendar maths for relative expressions, all through jiff. Every
//! function returns `None` instead of panicking near the calendar's
//! limits.

use jiff::Span as JSpan;
use jiff::civil::{Date, Weekday};

use super::words::Unit;
use crate::value::PartialDate;

/// Which way an expression without a year or week points from the
/// publication date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Dir {
    /// On or before publication (past-tense sentence).
    Past,
    /// On or after publication (future-tense sentence).
    Future,
    /// No tense cue: the nearest candidate.
    Nearest,
}

/// The year of month `m` (no year written) seen from `p` in direction
/// `dir`: past tense takes the latest such month up to `p`'s month, future
/// tense the earliest from `p`'s month on, otherwise the nearer one
/// (ties go to the past: news mostly reports).
pub(super) fn month_year(p: Date, m: i8, dir: Dir) -> i16 {
    let (py, pm) = (p.year(), p.month());
    let past = if m <= pm { py } else { py - 1 };
    let future = if m >= pm { py } else { py + 1 };
    let back = i64::from(pm - m).rem_euclid(12);
    let ahead = i64::from(m - pm).rem_euclid(12);
    if choose_future(dir, back, ahead) { future } else { past }
}

/// Whether to take the future candidate, `back` and `ahead` units away.
/// A tense cue decides; without one news leans to the past, and the
/// future wins only when it is much nearer ("take place on 5 March" in
/// January).
fn choose_future(dir: Dir, back: i64, ahead: i64) -> bool {
    match dir {
        Dir::Nearest => ahead * 2 < back,
        Dir::Past => false,
        Dir::Future => true,
    }
}

/// The day `m`-`d` (no year written) seen from `p` in direction `dir`.
pub(super) fn month_day(p: Date, m: i8, d: i8, dir: Dir) -> Option<Date> {
    let this = Date::new(p.year(), m, d).ok();
    let prev = Date::new(p.year() - 1, m, d).ok();
    let next = Date::new(p.year().checked_add(1)?, m, d).ok();
    let past = this.filter(|x| *x <= p).or(prev);
    let future = this.filter(|x| *x >= p).or(next);
    match (past, future) {
        (Some(a), Some(b)) => {
            let back: i64 = p.since(a).ok()?.get_days().into();
            let ahead: i64 = b.since(p).ok()?.get_days().into();
            let mut future = choose_future(dir, back, ahead);
            // A day a year off is rarely meant without its year: when the
            // tense points half a year away and the other reading is
            // within two months, the tense cue belongs to another clause.
            if future && ahead > 180 && back <= 62 || !future && back > 180 && ahead <= 62 {
                future = !future;
            }
            Some(if future { b } else { a })
        }
        (a, b) => a.or(b),
    }
}

/// The weekday `wd` seen from `p`. The publication day itself counts in
/// every direction: news says "on Friday" (and "will announce on
/// Friday") for the day it appears.
pub(super) fn weekday(p: Date, wd: Weekday, dir: Dir) -> Option<Date> {
    if p.weekday() == wd {
        return Some(p);
    }
    let (a, b) = (p.nth_weekday(-1, wd).ok()?, p.nth_weekday(1, wd).ok()?);
    let back = p.since(a).ok()?.get_days().into();
    let ahead = b.since(p).ok()?.get_days().into();
    Some(if choose_future(dir, back, ahead) { b } else { a })
}

/// The day `d` of a month near `p` that falls on weekday `wd` ("Friday
/// the 22nd"), in direction `dir`.
pub(super) fn weekday_day(p: Date, wd: Weekday, d: i8, dir: Dir) -> Option<Date> {
    let base = p.first_of_month();
    let mut past: Option<Date> = None;
    let mut future: Option<Date> = None;
    for off in -13i64..=13 {
        let m = base.checked_add(JSpan::new().months(off)).ok()?;
        let Ok(x) = Date::new(m.year(), m.month(), d) else { continue };
        if x.weekday() != wd {
            continue;
        }
        if x <= p {
            past = Some(x);
        }
        if x >= p && future.is_none() {
            future = Some(x);
        }
    }
    match (past, future) {
        (Some(a), Some(b)) => {
            let back = p.since(a).ok()?.get_days().into();
            let ahead = b.since(p).ok()?.get_days().into();
            Some(if choose_future(dir, back, ahead) { b } else { a })
        }
        (a, b) => a.or(b),
    }
}

/// Monday of the week `offset` weeks from `p`'s week.
pub(super) fn week_start(p: Date, offset: i64) -> Option<Date> {
    let monday =
        if p.weekday() == Weekday::Monday { p } else { p.nth_weekday(-1, Weekday::Monday).ok()? };
    monday.checked_add(JSpan::new().try_weeks(offset).ok()?).ok()
}

/// The week `offset` weeks from `p`'s, Monday to Sunday.
pub(super) fn week(p: Date, offset: i64) -> Option<(PartialDate, PartialDate)> {
    let mon = week_start(p, offset)?;
    let sun = mon.checked_add(JSpan::new().days(6)).ok()?;
    Some((mon.into(), sun.into()))
}

/// The month `offset` months from `p`'s, at month precision.
pub(super) fn month(p: Date, offset: i64) -> Option<PartialDate> {
    let d = p.first_of_month().checked_add(JSpan::new().try_months(offset).ok()?).ok()?;
    PartialDate::month(d.year(), d.month())
}

/// The year `offset` years from `p`'s.
pub(super) fn year(p: Date, offset: i16) -> Option<PartialDate> {
    PartialDate::year(p.year().checked_add(offset)?)
}

/// `p` shifted by `n` units (negative: back), at the precision the unit
/// gives: days and weeks give a day, months a month, years a year.
pub(super) fn shift(p: Date, unit: Unit, n: i64) -> Option<PartialDate> {
    let span = match unit {
        Unit::Day => JSpan::new().try_days(n).ok()?,
        Unit::Week => JSpan::new().try_weeks(n).ok()?,
        Unit::Fortnight => JSpan::new().try_weeks(n.checked_mul(2)?).ok()?,
        Unit::Month => JSpan::new().try_months(n).ok()?,
        Unit::Year => JSpan::new().try_years(n).ok()?,
        Unit::Decade => JSpan::new().try_years(n.checked_mul(10)?).ok()?,
        _ => return None,
    };
    let d = p.checked_add(span).ok()?;
    match unit {
        Unit::Day | Unit::Week | Unit::Fortnight => Some(d.into()),
        Unit::Month => PartialDate::month(d.year(), d.month()),
        _ => PartialDate::year(d.year()),
    }
}

/// `p` shifted by `n` units, always to the day ("in two months" on
/// 2018-07-05 is 2018-09-05).
pub(super) fn shift_day(p: Date, unit: Unit, n: i64) -> Option<PartialDate> {
    let span = match unit {
        Unit::Day => JSpan::new().try_days(n).ok()?,
        Unit::Week => JSpan::new().try_weeks(n).ok()?,
        Unit::Fortnight => JSpan::new().try_weeks(n.checked_mul(2)?).ok()?,
        Unit::Month => JSpan::new().try_months(n).ok()?,
        Unit::Year => JSpan::new().try_years(n).ok()?,
        Unit::Decade => JSpan::new().try_years(n.checked_mul(10)?).ok()?,
        _ => return None,
    };
    Some(p.checked_add(span).ok()?.into())
}

/// The quarter `offset` quarters from `p`'s, as a month interval.
pub(super) fn quarter(p: Date, offset: i64) -> Option<(PartialDate, PartialDate)> {
    let first_month = (p.month() - 1) / 3 * 3 + 1;
    let start = Date::new(p.year(), first_month, 1)
        .ok()?
        .checked_add(JSpan::new().try_months(offset.checked_mul(3)?).ok()?)
        .ok()?;
    let end = start.checked_add(JSpan::new().months(2)).ok()?;
    Some((
        PartialDate::month(start.year(), start.month())?,
        PartialDate::month(end.year(), end.month())?,
    ))
}

/// Quarter `q` (1-4) of `year` as a month interval.
pub(super) fn quarter_of(year: i16, q: u32) -> Option<(PartialDate, PartialDate)> {
    let first = i8::try_from(q.checked_sub(1)? * 3 + 1).ok().filter(|m| *m <= 10)?;
    Some((PartialDate::month(year, first)?, PartialDate::month(year, first + 2)?))
}

/// A season of `year` as a month interval (winter runs into the next
/// year).
pub(super) fn season_of(year: i16, (first, last): (i8, i8)) -> Option<(PartialDate, PartialDate)> {
    let end_year = if last < first { year.checked_add(1)? } else { year };
    Some((PartialDate::month(year, first)?, PartialDate::month(end_year, last)?))
}

/// A season written without a year, seen from `p` in direction `dir`:
/// the one under way at `p`, else the latest past or earliest coming
/// one, as for a month.
pub(super) fn season_near(
    p: Date,
    months: (i8, i8),
    dir: Dir,
) -> Option<(PartialDate, PartialDate)> {
    let mut past = None;
    let mut future = None;
    for y in [p.year() - 1, p.year(), p.year().checked_add(1)?] {
        let (a, b) = season_of(y, months)?;
        if a.first_day() <= p && p <= b.last_day() {
            return Some((a, b));
        }
        if b.last_day() < p {
            past = Some((a, b));
        } else if future.is_none() {
            future = Some((a, b));
        }
    }
    let (past, future) = (past?, future?);
    let back: i64 = p.since(past.1.last_day()).ok()?.get_days().into();
    let ahead: i64 = future.0.first_day().since(p).ok()?.get_days().into();
    Some(if choose_future(dir, back, ahead) { future } else { past })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn months_follow_the_tense() {
        let p = d("2005-02-01");
        assert_eq!(month_year(p, 12, Dir::Past), 2004);
        assert_eq!(month_year(p, 12, Dir::Nearest), 2004);
        assert_eq!(month_year(p, 3, Dir::Nearest), 2005);
        assert_eq!(month_year(p, 6, Dir::Nearest), 2004);
        assert_eq!(month_year(p, 3, Dir::Past), 2004);
        assert_eq!(month_year(p, 1, Dir::Future), 2006);
        assert_eq!(month_year(p, 2, Dir::Future), 2005);
    }

    #[test]
    fn weekdays_include_the_publication_day_in_the_past() {
        let fri = d("2005-02-25");
        assert_eq!(weekday(fri, Weekday::Friday, Dir::Past), Some(fri));
        assert_eq!(weekday(fri, Weekday::Friday, Dir::Future), Some(fri));
        assert_eq!(weekday(fri, Weekday::Monday, Dir::Future), Some(d("2005-02-28")));
        assert_eq!(weekday(d("2004-12-13"), Weekday::Sunday, Dir::Nearest), Some(d("2004-12-12")));
        assert_eq!(weekday(d("2004-12-13"), Weekday::Tuesday, Dir::Future), Some(d("2004-12-14")));
    }

    #[test]
    fn quarters_and_weeks() {
        let p = d("2005-02-25");
        assert_eq!(
            quarter(p, -1).map(|(a, b)| format!("{a}..{b}")),
            Some("2004-10..2004-12".into())
        );
        assert_eq!(
            quarter_of(2004, 3).map(|(a, b)| format!("{a}..{b}")),
            Some("2004-07..2004-09".into())
        );
        assert_eq!(quarter_of(2004, 5), None);
        assert_eq!(
            week(p, 0).map(|(a, b)| format!("{a}..{b}")),
            Some("2005-02-21..2005-02-27".into())
        );
    }

    #[test]
    fn limits_do_not_panic() {
        let p = d("9999-12-31");
        assert_eq!(month(p, 1), None);
        assert_eq!(shift(p, Unit::Year, 1), None);
        assert!(week(p, 1).is_none());
        assert!(month_day(p, 12, 31, Dir::Future).is_some());
    }
}
