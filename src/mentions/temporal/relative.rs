//! Dates relative to the publication date: "today", "yesterday", "last
//! month", "next year", "this week", "earlier this year", "last July",
//! "this summer", "on Friday", "year's end".
//!
//! Expressions that only refer back to a date already given ("the
//! previous year", "that year", "the following day") are not claims and
//! are not matched.

use super::counted::Step;
use super::resolve::{self, Dir};
use super::{Cx, Hit, point, range, words};
use crate::value::PartialDate;

impl Cx<'_, '_> {
    /// A relative date starting at token `i`.
    pub(super) fn relative(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        if !t.is_word(i) {
            return None;
        }
        match t.w(i) {
            "today" => self.relative_hit(i, i + 1, |p| Some(point(p.into()))),
            "yesterday" => self.relative_hit(i, i + 1, |p| Some(point(p.yesterday().ok()?.into()))),
            "tomorrow" | "tmrw" => {
                self.relative_hit(i, i + 1, |p| Some(point(p.tomorrow().ok()?.into())))
            }
            "the" => self.day_around(i).or_else(|| self.the_period(i)),
            // "this past weekend", "this coming Friday": "this" joins.
            "this" if t.is_any(i + 1, &["past", "coming", "upcoming"]) => self.deictic(i, i + 1),
            "last" | "next" | "this" | "coming" | "past" | "upcoming" | "current" => {
                self.deictic(i, i)
            }
            "rest" | "remainder" => self.rest_of(i),
            // "over the following decade": a length, whatever it follows.
            "following" | "previous" if t.is(i + 1, "decade") => {
                self.duration_of_one(i, i + 2, words::Unit::Decade)
            }
            "later" if t.is(i + 1, "this") && t.is(i + 2, "week") => self.later_this_week(i),
            "earlier" | "later" if t.is_any(i + 1, &["this", "last", "next"]) => {
                self.deictic(i, i + 1)
            }
            "year" => self.year_end(i).or_else(|| self.year_to_date(i)),
            // "at weekend", "on weekend": as "the weekend".
            // Not "on weekend of 8/9 January" (a weekend named after).
            "weekend"
                if t.is_any(i.wrapping_sub(1), &["on", "at", "over"]) && !t.is(i + 1, "of") =>
            {
                self.weekend_by_tense(i, i + 1)
            }
            "day" => self.day_around(i),
            w => {
                let (wd, abbr) = words::weekday(w)?;
                // "Sat" and "Sun" are words too: those abbreviations need a
                // dot; "Tues", "Thurs", "Fri" are no other word.
                let word_too = matches!(w, "mon" | "wed" | "weds" | "sat" | "sun");
                if abbr && word_too && !(t.is(i + 1, ".") && t.glued(i + 1)) {
                    return None;
                }
                // "Friday next week", "Tuesday of next week".
                let k = if t.is(i + 1, "of") { i + 2 } else { i + 1 };
                if let Some(hit) = self.weekday_of_week(i, k, wd) {
                    return Some(hit);
                }
                // "Friday's announcement" names an event already known: the
                // sentence's tense says little about it.
                let possessive = t.is(i + 1, "'") && t.is(i + 2, "s");
                let dir = if possessive { Dir::Nearest } else { self.tense(i, i + 1) };
                self.relative_hit(i, i + 1, |p| Some(point(resolve::weekday(p, wd, dir)?.into())))
            }
        }
    }

    /// "later this week": the end of the publication week (Thursday to
    /// Sunday, as "late this week"), from the publication day when that
    /// is later.
    fn later_this_week(&self, i: usize) -> Option<Hit> {
        self.relative_hit(i, i + 3, |p| {
            let monday = resolve::week_start(p, 0)?;
            let thursday = monday.checked_add(jiff::Span::new().days(3)).ok()?;
            let sunday = monday.checked_add(jiff::Span::new().days(6)).ok()?;
            Some(range(thursday.max(p).into(), sunday.into()))
        })
    }

    /// "the day before yesterday", "the day after tomorrow".
    fn day_around(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        // "the day after tomorrow", or without "the".
        let k = if t.is(i, "the") { i + 1 } else { i };
        if !t.is(k, "day") {
            return None;
        }
        let i = k.min(i);
        let days = match (t.w(k + 1), t.w(k + 2)) {
            ("before", "yesterday") => -2,
            ("after", "tomorrow" | "tmrw") => 2,
            _ => return None,
        };
        self.relative_hit(i, k + 3, |p| {
            let d = p.checked_add(jiff::Span::new().days(days)).ok()?;
            Some(point(d.into()))
        })
    }

    /// "last month", "next year", "this week", "last Friday", "last July",
    /// "this summer", "last quarter", "the past week" (a duration), with an
    /// optional leading "earlier"/"later" at `start`; the deictic word is
    /// at `k`.
    fn deictic(&self, start: usize, k: usize) -> Option<Hit> {
        let t = self.t;
        let which = t.w(k);
        let offset: i64 = match which {
            "last" | "past" => -1,
            "next" | "coming" | "upcoming" => 1,
            _ => 0,
        };
        let mut end = k + 2;
        let mut what = t.w(k + 1);
        // "this fiscal year", "last calendar year": the year.
        if t.is_any(k + 1, &["fiscal", "calendar"]) && t.is(k + 2, "year") {
            what = "year";
            end = k + 3;
        }
        // "this working week": Monday to Friday.
        if t.is(k + 1, "working") && t.is(k + 2, "week") {
            what = "workweek";
            end = k + 3;
        } else if what == "workweek" {
            end = k + 2;
        }
        // "this 5/12", "next 5/12": a month and day of this or next year.
        if start == k && matches!(which, "this" | "next") && !t.is_word(k + 1) {
            return self.month_day_of_year(k, offset).or_else(|| self.named_day_ahead(k, offset));
        }
        if !t.is_word(k + 1) {
            return None;
        }
        // "the last year", "the past week": the one unit before the
        // publication day (a counted period); "the past hour" a length.
        let length = offset == -1 && t.is(start.wrapping_sub(1), "the") || which == "past";
        if length && let Some(u) = words::unit(what).filter(|_| !what.ends_with('s')) {
            if let Some(step) = Step::of(what) {
                // "the" is what makes "the last year" a counted period.
                let the = usize::from(t.is(start.wrapping_sub(1), "the"));
                return self.counted_hit(start - the, end, step, 1, &[], false);
            }
            return self.duration_of_one(start, end, u);
        }
        match what {
            "year" | "yr" => {
                self.relative_hit(start, end, |p| resolve::year(p, offset as i16).map(point))
            }
            "month" => self.relative_hit(start, end, |p| resolve::month(p, offset).map(point)),
            "week" => {
                // "next week on Friday", "this week Friday".
                let j = if t.is(end, "on") { end + 1 } else { end };
                if let Some((wd, false)) = words::weekday(t.w(j)) {
                    return self.relative_hit(start, j + 1, |p| {
                        Some(point(day_of_week(p, offset, wd)?.into()))
                    });
                }
                self.relative_hit(start, end, |p| {
                    let (a, b) = resolve::week(p, offset)?;
                    Some(range(a, b))
                })
            }
            "weekend" => self.relative_hit(start, end, |p| weekend(p, offset)),
            "workweek" => self.relative_hit(start, end, |p| {
                let monday = resolve::week_start(p, offset)?;
                let friday = monday.checked_add(jiff::Span::new().days(4)).ok()?;
                Some(range(monday.into(), friday.into()))
            }),
            // "the next decade", "last decade": a horizon, a length (see
            // `counted`); "this decade" the ten years holding the
            // publication date.
            "decade" if offset != 0 => self.duration_of_one(start, end, words::Unit::Decade),
            "decade" if offset == 0 => self.relative_hit(start, end, |p| {
                let y = p.year() - p.year().rem_euclid(10);
                Some(range(PartialDate::year(y)?, PartialDate::year(y + 9)?))
            }),
            "quarter" | "qtr" if t.is(start.wrapping_sub(1), "the") && offset == -1 => None, // "the last quarter" refers back
            "quarter" | "qtr" => self.relative_hit(start, end, |p| {
                let (a, b) = resolve::quarter(p, offset)?;
                Some(range(a, b))
            }),
            _ => self.deictic_named(start, k, offset),
        }
    }

    /// Weekday `wd` (at `i`) of the week named at `k`: "Friday next
    /// week", "Tuesday of last week".
    fn weekday_of_week(&self, i: usize, k: usize, wd: jiff::civil::Weekday) -> Option<Hit> {
        let t = self.t;
        let offset = match t.w(k) {
            "this" => 0,
            "next" => 1,
            "last" => -1,
            _ => return None,
        };
        if !t.is(k + 1, "week") {
            return None;
        }
        self.relative_hit(i, k + 2, |p| Some(point(day_of_week(p, offset, wd)?.into())))
    }

    /// "last Friday", "next March", "this summer".
    fn deictic_named(&self, start: usize, k: usize, offset: i64) -> Option<Hit> {
        let t = self.t;
        let what = t.w(k + 1);
        let end = k + 2;
        if let Some((wd, false)) = words::weekday(what) {
            return self.relative_hit(start, end, |p| {
                let d = match offset {
                    -1 => p.nth_weekday(-1, wd).ok()?,
                    1 => p.nth_weekday(1, wd).ok()?,
                    // "this Friday": the Friday of the publication week.
                    _ => {
                        let mon = resolve::week_start(p, 0)?;
                        let days = i64::from(wd.to_monday_zero_offset());
                        mon.checked_add(jiff::Span::new().days(days)).ok()?
                    }
                };
                Some(point(d.into()))
            });
        }
        // "last July", "this Jan", "last sept." (not "this may").
        if let Some((m, end, _)) = self.month_at(k + 1).filter(|_| t.cap(k + 1) || what != "may") {
            return self.relative_hit(start, end, |p| {
                let y = match offset {
                    -1 if m < p.month() => p.year(),
                    -1 => p.year() - 1,
                    1 if m > p.month() => p.year(),
                    1 => p.year().checked_add(1)?,
                    _ => p.year(),
                };
                PartialDate::month(y, m).map(point)
            });
        }
        if let Some(months) = words::season(what) {
            return self.relative_hit(start, end, |p| {
                // The season of the publication year, or the one before or
                // after; a season still to come this year is "next".
                let this_year = resolve::season_of(p.year(), months)?;
                let y = match offset {
                    -1 if this_year.1.last_day() < p => p.year(),
                    -1 => p.year() - 1,
                    1 if this_year.0.first_day() > p => p.year(),
                    1 => p.year().checked_add(1)?,
                    _ => p.year(),
                };
                let (a, b) = resolve::season_of(y, months)?;
                Some(range(a, b))
            });
        }
        None
    }

    /// "the weekend" (placed by the tense, as a weekday is), "the week
    /// after next", "the year after next", "the weekend after the next".
    fn the_period(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let unit = t.w(i + 1);
        if !matches!(unit, "week" | "weekend" | "month" | "year") {
            return None;
        }
        let k = if t.is(i + 3, "the") { i + 4 } else { i + 3 };
        if t.is(i + 2, "after") && t.is(k, "next") {
            let end = k + 1;
            return self.relative_hit(i, end, |p| match unit {
                "week" => resolve::week(p, 2).map(|(a, b)| range(a, b)),
                "weekend" => weekend(p, 2),
                "month" => resolve::month(p, 2).map(point),
                _ => resolve::year(p, 2).map(point),
            });
        }
        if unit != "weekend" {
            return None;
        }
        self.weekend_by_tense(i, i + 2)
    }

    /// The weekend as tokens `i..end`, placed by the tense.
    fn weekend_by_tense(&self, i: usize, end: usize) -> Option<Hit> {
        let dir = self.tense(i, end);
        self.relative_hit(i, end, |p| {
            // Saturday of this week: the weekend just past is the one
            // before when publication is before Saturday.
            let sat = resolve::week_start(p, 0)?.checked_add(jiff::Span::new().days(5)).ok()?;
            let offset = if p >= sat {
                0
            } else {
                let back = p.since(sat.checked_sub(jiff::Span::new().days(7)).ok()?).ok()?;
                let ahead = sat.since(p).ok()?;
                match dir {
                    Dir::Past => -1,
                    Dir::Future => 0,
                    Dir::Nearest if ahead.get_days() * 2 < back.get_days() => 0,
                    Dir::Nearest => -1,
                }
            };
            weekend(p, offset)
        })
    }

    /// "rest of the week", "the remainder of the year": from the
    /// publication date to the end of its week, month or year.
    fn rest_of(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        // "rest of the week", "rest of my week", "rest this week".
        let of = if t.is(i + 1, "of") { i + 2 } else { i + 1 };
        let k = if t.is_any(of, &["the", "this", "my", "current"]) { of + 1 } else { of };
        if k == i + 1 {
            return None;
        }
        let unit = t.w(k);
        if !matches!(unit, "week" | "month" | "year") {
            return None;
        }
        self.relative_hit(i, k + 1, |p| {
            let last = match unit {
                "week" => resolve::week(p, 0)?.1,
                "month" => p.last_of_month().into(),
                _ => PartialDate::day(p.year(), 12, 31)?,
            };
            Some(range(p.into(), last))
        })
    }

    /// "year's end", "year-end": December of the publication year.
    fn year_end(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let end = if t.is(i + 1, "'") && t.is(i + 2, "s") && t.is(i + 3, "end") {
            i + 4
        } else if t.is(i + 1, "-") && t.glued(i + 1) && t.is(i + 2, "end") {
            i + 3
        } else if t.is(i + 1, "end")
            && t.is_any(i.wrapping_sub(1), &["around", "by", "at", "the", "before"])
        {
            i + 2
        } else {
            return None;
        };
        self.relative_hit(i, end, |p| PartialDate::month(p.year(), 12).map(point))
    }
}

impl Cx<'_, '_> {
    /// "this 5/12", "next 5/12" (the deictic word at `k`): the month and
    /// day in the publication year or the next (`offset`). Not "this
    /// 5/12/2020" nor "next 3/4 of".
    fn month_day_of_year(&self, k: usize, offset: i64) -> Option<Hit> {
        let t = self.t;
        let i = k + 1;
        if !t.is(i + 1, "/") || !t.glued(i + 1) || !t.glued(i + 2) || t.digits(i) > 2 {
            return None;
        }
        if t.digits(i + 2) > 2 || (t.is_any(i + 3, &["/", "."]) && t.glued(i + 3)) {
            return None;
        }
        let (a, b) = (t.num(i)?, t.num(i + 2)?);
        // "this 3/4 majority": a small over a small number is a fraction.
        if a < b && b <= 10 {
            return None;
        }
        let (m, d) = if a > 12 { (b, a) } else { (a, b) };
        let (m, d) = (i8::try_from(m).ok()?, i8::try_from(d).ok()?);
        PartialDate::day(2000, m, d)?; // a real month and day (29 February too)
        self.relative_hit(k, i + 3, |p| {
            let y = p.year().checked_add(i16::try_from(offset).ok()?)?;
            PartialDate::day(y, m, d).map(point)
        })
    }

    /// "next 6th of April" (the next such day from publication on, as
    /// "next July" is), "this 6th of April" (the publication year's);
    /// the deictic word at `k`, a day and month without a year after it.
    fn named_day_ahead(&self, k: usize, offset: i64) -> Option<Hit> {
        let (l, end, ambiguous) = self.loose_at(k + 1)?;
        let day = l.day.filter(|_| l.year.is_none() && !ambiguous)?;
        self.relative_hit(k, end, |p| {
            let this_year = jiff::civil::Date::new(p.year(), l.month, day).ok();
            let d = match this_year {
                Some(d) if offset == 0 || d >= p => d,
                _ => jiff::civil::Date::new(p.year().checked_add(1)?, l.month, day).ok()?,
            };
            Some(point(d.into()))
        })
    }

    /// "the year to date", "year-to-date": 1 January of the publication
    /// year to the publication day.
    fn year_to_date(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let dashed = t.is(i + 1, "-") && t.glued(i + 1) && t.is(i + 3, "-") && t.glued(i + 3);
        let end = if dashed { i + 5 } else { i + 3 };
        let to = if dashed { i + 2 } else { i + 1 };
        if !t.is(to, "to") || !t.is(end - 1, "date") {
            return None;
        }
        self.relative_hit(i, end, |p| Some(range(PartialDate::day(p.year(), 1, 1)?, p.into())))
    }
}

/// Saturday to Sunday of the week `offset` weeks from `p`'s.
fn weekend(p: jiff::civil::Date, offset: i64) -> Option<crate::value::DateValue> {
    let mon = resolve::week_start(p, offset)?;
    let sat = mon.checked_add(jiff::Span::new().days(5)).ok()?;
    Some(range(sat.into(), sat.tomorrow().ok()?.into()))
}

/// Weekday `wd` of the week `offset` weeks from `p`'s.
fn day_of_week(
    p: jiff::civil::Date,
    offset: i64,
    wd: jiff::civil::Weekday,
) -> Option<jiff::civil::Date> {
    let mon = resolve::week_start(p, offset)?;
    mon.checked_add(jiff::Span::new().days(i64::from(wd.to_monday_zero_offset()))).ok()
}

#[cfg(test)]
mod tests {
    use super::super::test_util::check;

    #[test]
    fn working_weeks_and_a_bare_weekend() {
        let p = Some("2018-06-27");
        check(&[
            ("It will happen this working week", p, "this working week=2018-06-25..2018-06-29"),
            ("It will happen on next workweek", p, "next workweek=2018-07-02..2018-07-06"),
            ("a four-day working week", p, "four-day=P4D"),
            ("I'll be out on weekend", p, "weekend=2018-06-30..2018-07-01"),
            ("the weekend edition", p, "the weekend=2018-06-23..2018-06-24"),
            ("weekend trading", p, ""),
            ("done next 6th of April", p, "next 6th of April=2019-04-06"),
            ("done this 6th of April", p, "this 6th of April=2018-04-06"),
            ("the next 6 of them", p, ""),
            // Never read back a year, however near it is.
            ("done next 6th of April", Some("2019-05-20"), "next 6th of April=2020-04-06"),
            ("Matches to be played on weekend of the final.", p, ""),
        ]);
    }

    #[test]
    fn deictic_words() {
        let p = Some("2005-02-02");
        check(&[
            ("compared to last year.", p, "last year=2004"),
            ("on this past Wednesday?", p, "this past Wednesday=2005-01-26"),
            ("this upcoming Friday", p, "this upcoming Friday=2005-02-04"),
            ("I'll be out rest of my week", p, "rest of my week=2005-02-02..2005-02-06"),
            ("I'll be out rest this week", p, "rest this week=2005-02-02..2005-02-06"),
            ("the rest was", p, ""),
            ("i'll go back on tues", p, "tues=2005-02-08"),
            ("the sun rose", p, ""),
            ("the first month since last July.", p, "since last July=2004-07 (at_least)"),
            ("fell to 9.6% last month in", p, "last month=2005-01"),
            ("goes on sale next year.", p, "next year=2006"),
            ("released earlier this year", p, "earlier this year=2005"),
            ("this week", p, "this week=2005-01-31..2005-02-06"),
            ("yesterday", p, "yesterday=2005-02-01"),
            ("today and tomorrow", p, "today=2005-02-02; tomorrow=2005-02-03"),
            ("last Friday", p, "last Friday=2005-01-28"),
            ("medals this summer.", Some("2004-11-18"), "this summer=2004-06..2004-08"),
            ("plans to ship by year's end.", Some("2004-12-13"), "by year's end=2004-12 (at_most)"),
            ("last year", None, "last year=unresolved (last year)"),
            ("last sept. it", p, "last sept.=2004-09"),
            ("out this Jan", p, "this Jan=2005-01"),
            ("this may take long", p, ""),
            ("back Friday next week", p, "Friday next week=2005-02-11"),
            ("back next week on Friday", p, "next week on Friday=2005-02-11"),
            ("on Tuesday of last week", p, "Tuesday of last week=2005-01-25"),
        ]);
    }

    #[test]
    fn periods_around_publication() {
        let p = Some("2005-02-02");
        check(&[
            ("protests were held over the weekend", p, "the weekend=2005-01-29..2005-01-30"),
            ("talks will resume at the weekend", p, "the weekend=2005-02-05..2005-02-06"),
            ("for the rest of the year", p, "rest of the year=2005-02-02..2005-12-31"),
            ("closed the rest of this week", p, "rest of this week=2005-02-02..2005-02-06"),
            ("back the week after next", p, "the week after next=2005-02-14..2005-02-20"),
            ("due the year after next", p, "the year after next=2007"),
            ("the best this decade", p, "this decade=2000..2009"),
            ("over the next decade", p, "next decade=P10Y"),
            ("over the following decade", p, "following decade=P10Y"),
            ("sales over the past week", p, "the past week=2005-01-26..2005-02-01"),
            ("in the past day", p, "the past day=2005-02-01"),
            ("in the past hour", p, "past hour=PT1H"),
            ("profit this fiscal year", p, "this fiscal year=2005"),
            ("in the current quarter", p, "current quarter=2005-01..2005-03"),
            ("a good rest of", p, ""),
            ("back the day after tomorrow", p, "the day after tomorrow=2005-02-04"),
            ("back day after tomorrow", p, "day after tomorrow=2005-02-04"),
        ]);
    }

    #[test]
    fn references_back_are_not_claims() {
        let p = Some("2005-02-02");
        check(&[
            ("from 287 the previous year.", p, ""),
            ("later that year", p, ""),
            ("the following day", p, ""),
            ("Sat on the bench", p, ""),
        ]);
    }
}
