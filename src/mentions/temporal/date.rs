//! Calendar dates as written: "25 November 2025", "November 25, 2025",
//! "Nov. 25", "2025-11-25", "June 2025", bare years, decades, quarters,
//! halves, seasons, "the end of June 2004", and intervals between them
//! ("13-24 June", "from June to August", "between 1941 and 1945",
//! "2012-13").
//!
//! A date written without a year ("22 March", "in December") is placed
//! by the tense of its sentence (see `tense.rs`).

use super::resolve::{self, Dir};
use super::tokens::TokKind;
use super::{Cx, Hit, point, range, words};
use crate::value::{DateValue, PartialDate};
use jiff::civil::Date;

/// A date as written: the year may be missing (to be resolved), the day
/// too (a month).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Loose {
    pub(super) year: Option<i16>,
    pub(super) month: i8,
    pub(super) day: Option<i8>,
}

impl Loose {
    /// The date at the precision written, once the year is known.
    fn with_year(self, year: i16) -> Option<PartialDate> {
        match self.day {
            Some(d) => PartialDate::day(year, self.month, d),
            None => PartialDate::month(year, self.month),
        }
    }

    /// Month and day as a sortable key (a month sorts as its first day).
    fn key(self) -> (i8, i8) {
        (self.month, self.day.unwrap_or(1))
    }
}

/// Prepositions after which a bare month or an undated "4/22" is a date.
const DATE_PREPOSITIONS: &[&str] =
    &["in", "on", "since", "by", "until", "till", "from", "during", "of", "before", "after", "for"];

/// A date rule: the hit it finds starting at a token.
type Rule = fn(&Cx<'_, '_>, usize) -> Option<Hit>;

/// The date rules tried at a digit token, in the order of [`WORD_RULES`]
/// (on a tie in length the later rule wins, so the order matters).
const NUM_RULES: &[Rule] = &[
    |cx, i| cx.compact_date(i),
    |cx, i| cx.numeric_date(i),
    |cx, i| cx.spaced_year_month(i),
    |cx, i| cx.written_date(i),
    |cx, i| cx.year_alone(i),
    |cx, i| cx.decade(i),
    |cx, i| cx.quarter_or_half(i),
    |cx, i| cx.century(i),
    |cx, i| cx.year_first(i),
    |cx, i| cx.week_of(i),
    |cx, i| cx.nth_weekday(i),
    |cx, i| cx.day_of_month_rel(i),
    |cx, i| cx.day_alone(i),
];

/// The date rules tried at any other token. Both lists are one list
/// (weekday_date, compact_date, numeric_date, spaced_year_month, written_date,
/// year_alone, year_named, decade, quarter_or_half, century, season,
/// part_of, holiday, year_first, month_of, week_of, counted_part_of,
/// nth_month_of, numbered_week_of, nth_weekday, day_of_month_rel,
/// day_alone) with the rules that need the other kind
/// of token left out: a token is tried only on the rules it can start.
const WORD_RULES: &[Rule] = &[
    |cx, i| cx.weekday_date(i),
    |cx, i| cx.written_date(i),
    |cx, i| cx.year_named(i),
    |cx, i| cx.decade(i),
    |cx, i| cx.quarter_or_half(i),
    |cx, i| cx.century(i),
    |cx, i| cx.season(i),
    |cx, i| cx.part_of(i),
    |cx, i| cx.holiday(i),
    |cx, i| cx.month_of(i),
    |cx, i| cx.week_of(i),
    |cx, i| cx.counted_part_of(i),
    |cx, i| cx.nth_month_of(i),
    |cx, i| cx.numbered_week_of(i),
    |cx, i| cx.nth_weekday(i),
    |cx, i| cx.day_of_month_rel(i),
    |cx, i| cx.day_alone(i),
];

/// Keeps in `best` the longer of it and `next`, `next` on a tie (as
/// `max_by_key`). Moves no list of candidates around and copies a hit
/// only when it wins: a `Hit` is large, and copying eighteen of them at
/// every start token cost more than most rules.
fn keep_longest_or_later(best: &mut Option<Hit>, next: Option<Hit>) {
    if let Some(n) = next
        && best.as_ref().is_none_or(|b| n.end >= b.end)
    {
        *best = Some(n);
    }
}

impl Cx<'_, '_> {
    /// A single date starting at token `i`.
    pub(super) fn date(&self, i: usize) -> Option<Hit> {
        // Rules that need a word (or a number) at `i` are not tried on
        // the other kind of token.
        let rules = if self.t.kind(i) == Some(TokKind::Num) { NUM_RULES } else { WORD_RULES };
        let mut best = None;
        for rule in rules {
            keep_longest_or_later(&mut best, rule(self, i));
        }
        best
    }

    /// A month name at `i` (a trailing "." of an abbreviation included):
    /// `(month, next token, is_ambiguous)`. "may", "march" in lower case
    /// and abbreviations are ambiguous alone.
    pub(super) fn month_at(&self, i: usize) -> Option<(i8, usize, bool)> {
        let t = self.t;
        // The class bit first: most words are no month, and it is a load.
        if !t.number_or_month_word(i) {
            return None;
        }
        let w = t.w(i);
        let (m, abbr) = words::month(w)?;
        let mut j = i + 1;
        if abbr && t.is(j, ".") && t.glued(j) {
            j += 1;
        }
        let ambiguous = abbr || (matches!(w, "may" | "march") && !t.cap(i));
        Some((m, j, ambiguous))
    }

    /// A day of the month at `i`: "25", "25th", "twenty-first", "first".
    pub(super) fn day_at(&self, i: usize) -> Option<(i8, usize)> {
        let t = self.t;
        // A day is a number or a number word: "year", "last" stop here.
        if !t.day_or_month(i) {
            return None;
        }
        if let Some(n) = t.num(i) {
            if t.digits(i) > 2 || !(1..=31).contains(&n) {
                return None;
            }
            // Part of a time, decimal or score: "10:30", "1.25", "1-0";
            // after a word ("says:30 December") the mark is punctuation.
            if t.is_any(i + 1, &[":", "."]) && t.glued(i + 1) && t.kind(i + 2) == Some(TokKind::Num)
            {
                return None;
            }
            let after_number = t.kind(i.wrapping_sub(2)) == Some(TokKind::Num);
            if t.glued(i)
                && (t.is_any(i - 1, &["$", "£", "€"])
                    || t.is_any(i - 1, &[":", ".", ","]) && after_number)
            {
                return None;
            }
            let mut j = i + 1;
            if words::is_ordinal_suffix(t.w(j)) && t.glued(j) {
                j += 1;
            }
            return Some((n as i8, j));
        }
        if let Some(n) = words::ordinal(t.w(i)) {
            return Some((n as i8, i + 1));
        }
        // "twenty-first", "twenty first", "thirty-first".
        let tens = words::cardinal(t.w(i)).filter(|n| matches!(n, 20 | 30))?;
        let j = if t.is(i + 1, "-") { i + 2 } else { i + 1 };
        let unit = words::ordinal(t.w(j)).filter(|n| *n <= 9)?;
        let day = tens + unit;
        (day <= 31).then_some((day as i8, j + 1))
    }

    /// A day written as a cardinal after a month: "May twenty nine".
    fn cardinal_day_at(&self, i: usize) -> Option<(i8, usize)> {
        let t = self.t;
        if !t.number_or_month_word(i) {
            return None;
        }
        let n = words::cardinal(t.w(i)).filter(|n| (1..=31).contains(n))?;
        if matches!(n, 20 | 30) {
            let j = if t.is(i + 1, "-") { i + 2 } else { i + 1 };
            if let Some(u) = words::cardinal(t.w(j)).filter(|u| (1..=9).contains(u)) {
                return (n + u <= 31).then_some(((n + u) as i8, j + 1));
            }
        }
        Some((n as i8, i + 1))
    }

    /// A four-digit year (1000-2999) at `i`, or "'05".
    pub(super) fn year_at(&self, i: usize) -> Option<(i16, usize)> {
        let t = self.t;
        if t.digits(i) == 4 {
            let y = t.num(i)?;
            if !(1000..=2999).contains(&y) {
                return None;
            }
            // "2004.5", "2,004": not a year.
            if t.glued_next(i)
                && t.is_any(i + 1, &[".", ","])
                && t.kind(i + 2) == Some(TokKind::Num)
            {
                return None;
            }
            if t.glued(i) && t.is_any(i.wrapping_sub(1), &[".", ",", "$", "£", "€", "#"]) {
                return None;
            }
            return Some((y as i16, i + 1));
        }
        if t.is(i, "'") && t.digits(i + 1) == 2 && t.glued(i + 1) {
            let yy = t.num(i + 1)? as i16;
            return Some((if yy <= 30 { 2000 + yy } else { 1900 + yy }, i + 2));
        }
        // A year in words starts with a number word: most tokens stop here.
        if !t.number_or_month_word(i) {
            return None;
        }
        self.word_year(i)
    }

    /// A year in words: "nineteen ninety-six", "nineteen oh five",
    /// "two thousand and eighteen", "two thousand". Not before a counted
    /// noun ("nineteen twenty-year-olds" has a hyphen rule of its own).
    pub(super) fn word_year(&self, i: usize) -> Option<(i16, usize)> {
        let t = self.t;
        if t.lex(i) != words::LEX_CORE
            || !matches!(t.w(i), "two" | "seventeen" | "eighteen" | "nineteen")
        {
            return None;
        }
        // Units after a ten: "ninety-six", "ninety six".
        let below_hundred = |k: usize| -> Option<(u32, usize)> {
            let n = words::cardinal(t.w(k)).filter(|n| *n >= 1)?;
            if n >= 20 {
                let j = if t.is(k + 1, "-") { k + 2 } else { k + 1 };
                if let Some(u) = words::cardinal(t.w(j)).filter(|u| (1..=9).contains(u)) {
                    return Some((n + u, j + 1));
                }
            }
            Some((n, k + 1))
        };
        let (y, end) = match t.w(i) {
            "two" if t.is(i + 1, "thousand") => {
                let and = t.is(i + 2, "and");
                let k = if and { i + 3 } else { i + 2 };
                // "two thousand and returned": the "and" joins clauses.
                match below_hundred(k) {
                    Some((n, e)) => (2000 + n, e),
                    None => (2000, i + 2),
                }
            }
            w => {
                let century = words::cardinal(w).filter(|n| (17..=19).contains(n))?;
                let (n, e) = if t.is_any(i + 1, &["oh", "o", "zero"]) {
                    below_hundred(i + 2).filter(|(n, _)| *n <= 9)?
                } else if t.is(i + 1, "hundred") {
                    // "nineteen hundred (and) ninety three"; not "nineteen
                    // hundred" alone, which is as often a count.
                    let k = if t.is(i + 2, "and") { i + 3 } else { i + 2 };
                    below_hundred(k)?
                } else {
                    below_hundred(i + 1).filter(|(n, _)| *n >= 10)?
                };
                (century * 100 + n, e)
            }
        };
        if self.counts_something(end) || t.is(end, "-") {
            return None;
        }
        Some((i16::try_from(y).ok()?, end))
    }

    /// "the year 2008", "year two thousand", and a year in words on its
    /// own ("in nineteen ninety-six"; "two thousand" only after a date
    /// preposition, since it is far more often a count).
    fn year_named(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let mut k = if t.is(i, "the") { i + 1 } else { i };
        // "fiscal year 2008", "calendar year 2008": the year it is named by.
        if t.is_any(k, &["fiscal", "calendar"]) && t.is(k + 1, "year") {
            k += 1;
        }
        if t.is(k, "year") {
            let (y, end) = self.year_at(k + 1)?;
            if self.counts_something(end) {
                return None;
            }
            return self.hit(i, end, point(PartialDate::year(y)?));
        }
        let (y, end) = self.word_year(i)?;
        if t.is(i, "two") && !t.is_any(i.wrapping_sub(1), DATE_PREPOSITIONS) {
            return None;
        }
        self.hit(i, end, point(PartialDate::year(y)?))
    }

    /// A date written with a month name: day-month-year, month-day-year,
    /// month-year or a month alone, longest first.
    pub(super) fn loose_at(&self, i: usize) -> Option<(Loose, usize, bool)> {
        // `written_date` and `interval` both read the date at the start
        // token: the second asks the memo (the reading depends on `i` only).
        if let Some((at, loose)) = self.loose_memo.get()
            && at == i
        {
            return loose;
        }
        let loose = self.read_loose_at(i);
        self.loose_memo.set(Some((i, loose)));
        loose
    }

    /// [`Self::loose_at`], read from the tokens.
    fn read_loose_at(&self, i: usize) -> Option<(Loose, usize, bool)> {
        let t = self.t;
        // It starts with its day ("25", "the 22nd", "fifteen") or its
        // month: at any other token neither reading is tried. The rules
        // ask here at every start token, twice (`written_date`, `interval`).
        if !(t.day_or_month(i) || t.is(i, "the") && t.day_or_month(i + 1)) {
            return None;
        }
        // Day first: "25 November 2025", "the 22nd of June", "1st of Jan".
        let day_first = || -> Option<(Loose, usize, bool)> {
            let k = if t.is(i, "the") { i + 1 } else { i };
            // "fifteen August nineteen ninety-three": a cardinal day only
            // with a year after the month ("two March rallies" is a count).
            let (day, mut j, cardinal) = match self.day_at(k) {
                Some((d, e)) => (d, e, false),
                None => {
                    let (d, e) = self.cardinal_day_at(k)?;
                    (d, e, true)
                }
            };
            // "the twenty third day of September": "day" before "of".
            if t.is(j, "day") && t.is(j + 1, "of") {
                j += 1;
            }
            let dashed = t.is_any(j, &["-", "/"]) && t.glued(j) && t.glued(j + 1);
            let sep = t.w(j);
            // "16. Nov. 2016": a day with a German-style dot.
            let dotted = sep == "." && t.glued(j) && t.kind(k) == Some(TokKind::Num);
            if t.is(j, "of") || dashed || dotted {
                j += 1;
            }
            let (month, mut j, _) = self.month_at(j)?;
            let mut year = None;
            let mut k =
                if t.is(j, ",") || (dashed && t.is(j, sep) && t.glued(j)) { j + 1 } else { j };
            if t.is(k, "of") || self.in_year(k) {
                k += 1;
            }
            if let Some((y, e)) = self.year_after_day(k) {
                year = Some(y);
                j = e;
            }
            if cardinal && year.is_none() {
                return None;
            }
            Some((Loose { year, month, day: Some(day) }, j, false))
        };
        // Month first: "November 25, 2025", "Nov. 25", "May the eleventh".
        let month_first = || -> Option<(Loose, usize, bool)> {
            let (month, j, ambiguous) = self.month_at(i)?;
            // "May the eleventh", "jan-1", "October, 1st"
            let dash = t.is(j, "-") && t.glued(j) && t.glued(j + 1);
            let comma = t.is(j, ",") && words::is_ordinal_suffix(t.w(j + 2)) && t.glued(j + 2);
            // "January nineteen ninety-seven", "June of two thousand".
            let of = if t.is(j, "of") { j + 1 } else { j };
            if let Some((y, e)) = self.word_year(of) {
                return Some((Loose { year: Some(y), month, day: None }, e, false));
            }
            // "oct/2": month and day with a slash.
            let slash = t.is(j, "/") && t.glued(j) && t.glued(j + 1) && t.digits(j + 1) <= 2;
            let mut k = if t.is(j, "the") || dash || comma || slash { j + 1 } else { j };
            // "jan twenty two, 2018": a cardinal after an ambiguous month
            // word needs a capital or a year to follow.
            let year_follows = |e: usize| self.year_after_day(if t.is(e, ",") { e + 1 } else { e });
            let with_day = self
                .day_at(k)
                .or_else(|| {
                    self.cardinal_day_at(k)
                        .filter(|(_, e)| !ambiguous || t.cap(i) || year_follows(*e).is_some())
                })
                .filter(|(_, e)| !self.counts_something(*e));
            let mut day = None;
            let mut end = j;
            if let Some((d, e)) = with_day {
                day = Some(d);
                end = e;
                k = e;
            } else {
                k = j;
            }
            if t.is(k, ",") {
                k += 1;
            } else if day.is_none() && t.is_any(k, &["-", "/"]) && t.glued(k) && t.glued(k + 1) {
                k += 1; // "Dec-2018", "Dec/2018"
            } else if dash && t.is(k, "-") && t.glued(k) && t.glued(k + 1) && t.digits(k + 1) == 4 {
                k += 1; // "Sep-23-2020"
            }
            if t.is(k, "of") || self.in_year(k) {
                k += 1;
            }
            let mut year = None;
            // "April of 87": two digits after "of" are a year too.
            if let Some((y, e)) = self.year_after_day(k).filter(|(_, e)| !self.counts_something(*e))
            {
                year = Some(y);
                end = e;
            }
            Some((Loose { year, month, day }, end, ambiguous && day.is_none() && year.is_none()))
        };
        [day_first(), month_first()].into_iter().flatten().max_by_key(|(_, e, _)| *e)
    }

    /// A year written before its month: "2016 June", "2016, Nov",
    /// "2019-sep-1", "2019/sep/01".
    fn year_first(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        if t.digits(i) != 4 {
            return None;
        }
        let (y, mut k) = self.year_at(i)?;
        let sep = t.w(k);
        let glued_sep = matches!(sep, "-" | "/") && t.glued(k) && t.glued(k + 1);
        if sep == "," || glued_sep {
            k += 1;
        }
        let (month, j, ambiguous) = self.month_at(k)?;
        // "2004 may": the modal, not the month.
        if ambiguous && !glued_sep && !t.cap(k) && t.w(k) == "may" {
            return None;
        }
        // "In 2004, March sales rose": the month belongs to what follows;
        // "between 2015 June and 2018 May" ends where the range goes on.
        let range_goes_on = self.range_sep(j, true).is_some();
        if !glued_sep && t.is_word(j) && !t.cap(j) && !range_goes_on || sep == "," && t.is_word(j) {
            return None;
        }
        if glued_sep && t.is(j, sep) && t.glued(j) {
            let (d, e) = self.day_at(j + 1)?;
            return self.hit(i, e, point(PartialDate::day(y, month, d)?));
        }
        self.hit(i, j, point(PartialDate::month(y, month)?))
    }

    /// "(the) month of June": the month, the words included.
    fn month_of(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let k = if t.is(i, "the") { i + 1 } else { i };
        if !t.is(k, "month") || !t.is(k + 1, "of") {
            return None;
        }
        let (l, end, _) = self.loose_at(k + 2)?;
        if l.day.is_some() {
            return None;
        }
        self.resolve_loose(l, i, end)
    }

    /// An ordinal at `k` for "the third week of", "the last Friday of":
    /// `(n, next token)`, `n = -1` for "last".
    fn nth_at(&self, k: usize) -> Option<(i64, usize)> {
        let t = self.t;
        if t.is_any(k, &["last", "final"]) {
            return Some((-1, k + 1));
        }
        // Otherwise an ordinal word or a number: "week", "the" stop here.
        if !t.day_or_month(k) {
            return None;
        }
        if let Some(n) = words::ordinal(t.w(k)).filter(|n| *n <= 5) {
            return Some((i64::from(n), k + 1));
        }
        let n = t.num(k).filter(|n| (1..=5).contains(n))?;
        (words::is_ordinal_suffix(t.w(k + 1)) && t.glued(k + 1)).then_some((i64::from(n), k + 2))
    }

    /// The date (or period) at `k` as `(first day, last day)`, resolved,
    /// and the hit; `None` inside when it is unresolved.
    fn period_at(&self, k: usize) -> Option<(Option<(Date, Date)>, Hit)> {
        let hit = self.single(k)?;
        let days = match &hit.value {
            crate::value::Value::Date(DateValue::Resolved { start, end }) => {
                Some((start.first_day(), end.unwrap_or(*start).last_day()))
            }
            _ => None,
        };
        Some((days, hit))
    }

    /// A hit over `start..end` from a derived value, unresolved (with the
    /// whole expression) when the part it was derived from is.
    fn derived(
        &self,
        start: usize,
        end: usize,
        v: Option<DateValue>,
        resolved: bool,
    ) -> Option<Hit> {
        if !resolved {
            let expression = self.span_text(start, end).to_string();
            return self.hit(start, end, DateValue::Unresolved { expression });
        }
        self.hit(start, end, v?)
    }

    /// "the third week of July", "the first week of 2015", "the last week
    /// of this month", "the week of April 10th": Monday to Sunday.
    fn week_of(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        // "w/c 4 Feb": the week commencing, as written in British notices.
        if t.is(i, "w") && t.is(i + 1, "/") && t.glued(i + 1) && t.is(i + 2, "c") && t.glued(i + 2)
        {
            return self.week_holding(i, i + 3, 0);
        }
        let mut k = if t.is(i, "the") { i + 1 } else { i };
        let nth = match self.nth_at(k) {
            Some((n, e)) => {
                k = e;
                n
            }
            None => 0,
        };
        if !t.is(k, "week") {
            return None;
        }
        // "the week of", "the week beginning (on)", "the week starting";
        // "the third week next year".
        let mut j = k + 1;
        let year_named = nth != 0 && t.is_any(j, &["next", "last", "this"]) && t.is(j + 1, "year");
        if t.is(j, "of") {
            j += 1;
        } else if year_named {
            // The year is read at `j` as it stands.
        } else if t.is_any(j, &["beginning", "starting", "commencing"]) && nth == 0 {
            j += if t.is(j + 1, "on") { 2 } else { 1 };
        } else {
            return None;
        }
        self.week_holding(i, j, nth)
    }

    /// The week (the `nth` of a period, 0: the one holding a day) of the
    /// period or day written at `j`, as tokens from `i`.
    fn week_holding(&self, i: usize, j: usize, nth: i64) -> Option<Hit> {
        let (days, hit) = self.period_at(j)?;
        // A week belongs to the period that holds its Thursday (ISO 8601
        // for years, and the same rule for months).
        let thursday = |d: Date| -> Option<Date> {
            resolve::week_start(d, 0)?.checked_add(jiff::Span::new().days(3)).ok()
        };
        let week = |(first, last): (Date, Date)| -> Option<DateValue> {
            let (anchor, shift) = match nth {
                0 if first != last => return None,
                -1 => (last, if thursday(last)? > last { -1 } else { 0 }),
                0 => (first, 0),
                n => (first, n - 1 + i64::from(thursday(first)? < first)),
            };
            let (a, b) = resolve::week(anchor, shift)?;
            Some(range(a, b))
        };
        self.derived(i, hit.end, days.and_then(week), days.is_some())
    }

    /// "the first 2 weeks of 2021", "the last four months of 2021",
    /// "first ten days of last year", "the first two quarters of 2020":
    /// the first or last `n` days, weeks, months or quarters of a period
    /// (a fact-checker compares periods; the count alone is a length).
    fn counted_part_of(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let k = if t.is(i, "the") { i + 1 } else { i };
        let from_start = match t.w(k) {
            "first" | "opening" => true,
            "last" | "final" | "closing" => false,
            _ => return None,
        };
        let (n, u) = self.whole_count(k + 1)?;
        let step = super::counted::Step::of(t.w(u)).filter(|_| t.is_word(u))?;
        if !t.is(u + 1, "of") {
            return None;
        }
        let (days, hit) = self.period_at(u + 2)?;
        let v = days.and_then(|(first, last)| part_of_period(first, last, step, n, from_start));
        self.derived(i, hit.end, v, days.is_some())
    }

    /// "the third month of 2021", "the 9th month of next year": month `n`
    /// of a year.
    fn nth_month_of(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let k = if t.is(i, "the") { i + 1 } else { i };
        let (n, e) = match words::ordinal(t.w(k)) {
            Some(n) if t.is_word(k) => (n, k + 1),
            _ => {
                let n = t.num(k).filter(|_| words::is_ordinal_suffix(t.w(k + 1)))?;
                (n, k + 2)
            }
        };
        if !(1..=12).contains(&n) || !t.is(e, "month") || !t.is(e + 1, "of") {
            return None;
        }
        let (days, hit) = self.period_at(e + 2)?;
        let v = days.and_then(|(first, last)| {
            let whole_year = first.year() == last.year()
                && (first.month(), first.day(), last.month(), last.day()) == (1, 1, 12, 31);
            whole_year.then(|| PartialDate::month(first.year(), n as i8).map(point))?
        });
        self.derived(i, hit.end, v, days.is_some())
    }

    /// "week 3 of 2027", "week 27 of last year": ISO 8601 week `n` of
    /// a year (Monday to Sunday). A week number alone ("week 31") is no
    /// date: in news it is a fixture's or a season's week.
    fn numbered_week_of(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let k = i;
        if !t.is(k, "week") || !t.is(k + 2, "of") {
            return None;
        }
        let n = t.num(k + 1).filter(|n| (1..=53).contains(n))?;
        let (days, hit) = self.period_at(k + 3)?;
        let v = days.and_then(|(first, last)| {
            let whole_year = first.year() == last.year()
                && (first.month(), first.day(), last.month(), last.day()) == (1, 1, 12, 31);
            if !whole_year {
                return None;
            }
            // Week 1 holds 4 January.
            let jan4 = Date::new(first.year(), 1, 4).ok()?;
            let (a, b) = resolve::week(jan4, i64::from(n) - 1)?;
            // Week 53 only in a year that has one: its Thursday is in it.
            let thursday = a.first_day().checked_add(jiff::Span::new().days(3)).ok()?;
            (thursday.year() == first.year()).then(|| range(a, b))
        });
        self.derived(i, hit.end, v, days.is_some())
    }

    /// "the first Friday of July", "the second Monday of next month",
    /// "the last Friday in June".
    fn nth_weekday(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let k = if t.is(i, "the") { i + 1 } else { i };
        let (n, k) = self.nth_at(k)?;
        let (wd, false) = words::weekday(t.w(k))? else { return None };
        // "back the second Sunday.": ending its phrase, of the
        // publication month ("the first Sunday after Easter" is not).
        if !t.is_word(k + 1) && t.kind(k + 1) != Some(TokKind::Num) && n > 0 {
            return self.relative_hit(i, k + 1, |p| {
                Some(point(p.first_of_month().nth_weekday_of_month(n as i8, wd).ok()?.into()))
            });
        }
        if !t.is_any(k + 1, &["of", "in"]) {
            return None;
        }
        let (days, hit) = self.period_at(k + 2)?;
        let v = days.and_then(|(first, last)| {
            if first.month() != last.month() || first.year() != last.year() {
                return None;
            }
            let d = first.nth_weekday_of_month(n as i8, wd).ok()?;
            Some(point(d.into()))
        });
        self.derived(i, hit.end, v, days.is_some())
    }

    /// "the 20th of next month", "4 to 22 this month", "between 4 and 22
    /// this month": days of a month named relatively.
    fn day_of_month_rel(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let between = t.is(i, "between");
        let mut k = if between || t.is(i, "from") { i + 1 } else { i };
        let the = t.is(k, "the");
        if the {
            k += 1;
        }
        let (d1, e1) = self.day_at(k)?;
        let (d2, mut m) = match self.range_sep(e1, between).and_then(|s| self.day_at(s)) {
            Some((d2, e2)) if d2 > d1 => (Some(d2), e2),
            _ => (None, e1),
        };
        // A bare number needs a range or "of" to be a day: "rose 4 this month".
        let bare = !the && t.kind(k) == Some(TokKind::Num) && e1 == k + 1;
        // "the 15th day of next month".
        if d2.is_none() && t.is(m, "day") && t.is(m + 1, "of") {
            m += 1;
        }
        if t.is_any(m, &["of", "in"]) {
            m += 1;
        } else if bare && d2.is_none() {
            return None;
        }
        let offset = match t.w(m) {
            "this" => 0,
            "next" => 1,
            "last" => -1,
            _ => return None,
        };
        if !t.is(m + 1, "month") {
            return None;
        }
        self.relative_hit(i, m + 2, |p| {
            let mo = resolve::month(p, offset)?;
            let (y, mn) = (mo.year_number(), mo.month_number()?);
            let a = PartialDate::day(y, mn, d1)?;
            match d2 {
                Some(d2) => Some(range(a, PartialDate::day(y, mn, d2)?)),
                None => Some(point(a)),
            }
        })
    }

    /// "on the 18th.", "by the twenty-second": a day of the month alone
    /// after a date preposition, ending its phrase; the month is the
    /// publication month or the one before or after, by the tense.
    fn day_alone(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let week_of = t.is(i.wrapping_sub(1), "of") && t.is(i.wrapping_sub(2), "week");
        let the = t.is(i, "the");
        let lead = if the {
            &["on", "by", "until", "since", "before", "after", "for"][..]
        } else {
            &["on"][..]
        };
        if !(week_of && the || t.is_any(i.wrapping_sub(1), lead)) {
            return None;
        }
        let k = if the { i + 1 } else { i };
        let (d, end) = self.day_at(k)?;
        // A bare number needs a suffix or a word ("the 18th", "the
        // second"), or "the" and the end of the sentence ("for the 27.").
        let numeric = t.kind(k) == Some(TokKind::Num);
        let ends_sentence = end >= t.len() || t.is_any(end, &[".", "!", "?"]);
        if numeric && end == k + 1 && !(the && ends_sentence) {
            return None;
        }
        // Without "the", only "on 22nd" or "on twenty-second": not "on
        // second thought", "on one".
        if !the && !numeric && end == k + 1 {
            return None;
        }
        if t.is_word(end) || t.kind(end) == Some(TokKind::Num) || t.is(end, "-") {
            return None;
        }
        let dir = self.tense(i, end);
        self.relative_hit(i, end, |p| {
            let cands: Vec<DateValue> = (-1..=1)
                .filter_map(|off| {
                    let m = p.first_of_month().checked_add(jiff::Span::new().months(off)).ok()?;
                    PartialDate::day(m.year(), m.month(), d).map(point)
                })
                .collect();
            pick_interval(&cands, p, dir)
        })
    }

    /// A year after a day and month: four digits, "'87", or two digits
    /// after "of" ("15 April of 87").
    fn year_after_day(&self, k: usize) -> Option<(i16, usize)> {
        let t = self.t;
        if let Some(y) = self.year_at(k) {
            return Some(y);
        }
        if t.is(k - 1, "of") && t.digits(k) == 2 {
            let yy = t.num(k)? as i16;
            return Some((if yy <= 30 { 2000 + yy } else { 1900 + yy }, k + 1));
        }
        None
    }

    /// True when "in" and a four-digit year follow at `k`: "28 June in
    /// 2020", "from April in 2016" (the year joins the day or month).
    fn in_year(&self, k: usize) -> bool {
        self.t.is(k, "in") && self.t.digits(k + 1) == 4
    }

    /// True when the tokens from `e` on make the number before a count of
    /// something ("May 5 people", "2000 pieces") or a time ("5 pm").
    fn counts_something(&self, e: usize) -> bool {
        let t = self.t;
        if t.is(e, "%") || (t.is(e, ":") && t.glued(e) && t.kind(e + 1) == Some(TokKind::Num)) {
            return true;
        }
        t.is_word(e) && !t.cap(e) && (words::is_count_noun(t.w(e)) || t.is_any(e, &["a", "p"]))
    }

    /// A resolved date for a loose date over tokens `start..end`.
    pub(super) fn resolve_loose(&self, l: Loose, start: usize, end: usize) -> Option<Hit> {
        // "the 11 September attacks": a day naming an event, not a date.
        let t = self.t;
        if l.year.is_none()
            && l.day.is_some()
            && (t.is(start, "the") || t.is(start.wrapping_sub(1), "the"))
            && t.is_word(end)
            && !t.cap(end)
            && !t.is_any(end, &["of", "and", "to", "or", "at", "in", "on", "is", "was", "will"])
        {
            return None;
        }
        if let Some(y) = l.year {
            return self.hit(start, end, point(l.with_year(y)?));
        }
        let dir = self.tense(start, end);
        self.relative_hit(start, end, |p| match l.day {
            Some(d) => resolve::month_day(p, l.month, d, dir).map(|d| point(d.into())),
            None => PartialDate::month(resolve::month_year(p, l.month, dir), l.month).map(point),
        })
    }

    /// A date with a month name, resolved; a bare ambiguous month word
    /// ("may", "Jan") is not taken, nor "May" as a modal ("May I ask").
    fn written_date(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let (l, end, ambiguous) = self.loose_at(i)?;
        // "in Jan.", "since Sept": a capitalised abbreviation after a date
        // preposition is a month; "Jan" alone may be a name.
        let abbr_ok = t.cap(i)
            && t.w(i) != "may"
            && t.w(i) != "march"
            && t.is_any(
                i.wrapping_sub(1),
                &["in", "since", "until", "by", "of", "during", "from", "after", "before", "till"],
            );
        if ambiguous && !abbr_ok {
            return None;
        }
        let start = i;
        if l.day.is_none() && l.year.is_none() {
            return self.month_alone(l.month, start, end);
        }
        // "Friday 7/6"-style numbers are not this rule's; "March 5" needs
        // the month capitalised or a year to be a date.
        self.resolve_loose(l, start, end)
    }

    /// A month with neither day nor year: "in June", "May last year",
    /// "last July" is the relative rule's.
    fn month_alone(&self, month: i8, start: usize, end: usize) -> Option<Hit> {
        let t = self.t;
        // The month of a day-month that was turned down as a whole.
        if self.day_at(start.wrapping_sub(1)).is_some_and(|(_, e)| e == start) {
            return None;
        }
        // "May I ask", "March on": a month only before something dateish.
        if t.w(start) == "may" && (t.is_word(end) && is_pronoun(t.w(end)) || !t.cap(start)) {
            return None;
        }
        if t.w(start) == "may" && !t.is_any(start.wrapping_sub(1), DATE_PREPOSITIONS) {
            // A capitalised "May" at a sentence start is usually the modal.
            if start == 0 || t.sentence_end(start - 1) {
                return None;
            }
        }
        // "May last year", "October next year", "June this year".
        if t.is_any(end, &["last", "next", "this"]) && t.is(end + 1, "year") {
            let offset = match t.w(end) {
                "last" => -1,
                "next" => 1,
                _ => 0,
            };
            return self.relative_hit(start, end + 2, |p| {
                let y = resolve::year(p, offset)?.year_number();
                PartialDate::month(y, month).map(point)
            });
        }
        self.resolve_loose(Loose { year: None, month, day: None }, start, end)
    }

    /// "Monday, January 12th, 2016", "Friday 25 February": the weekday
    /// joins the date after it.
    fn weekday_date(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        words::weekday(t.w(i)).filter(|_| t.is_word(i))?;
        let j = if t.is_any(i + 1, &[",", "-"]) { i + 2 } else { i + 1 };
        let loose = self.loose_at(j);
        if let Some((l, end, _)) = loose.filter(|(l, _, _)| l.day.is_some()) {
            return self.resolve_loose(l, i, end);
        }
        // "Friday the 22nd": the nearest month where that day is a Friday.
        if t.is(j, "the")
            && let Some((d, end)) = self.day_at(j + 1)
            && self.loose_at(j).is_none()
        {
            let (wd, _) = words::weekday(t.w(i))?;
            let dir = self.tense(i, end);
            return self.relative_hit(i, end, |p| {
                Some(point(resolve::weekday_day(p, wd, d, dir)?.into()))
            });
        }
        // "Monday 21", "Fri 13th": a day number alone after the weekday
        // (with its suffix, or ending the phrase: not "Monday 21 people").
        if let Some((d, end)) = self.day_at(j)
            && loose.is_none()
            && (t.kind(j) == Some(TokKind::Num) && end > j + 1
                || !t.is_word(end)
                    && t.kind(end) != Some(TokKind::Num)
                    && !(t.glued(end) && t.is_any(end, &["/", "-"])))
        {
            let (wd, _) = words::weekday(t.w(i))?;
            let dir = self.tense(i, end);
            return self.relative_hit(i, end, |p| {
                Some(point(resolve::weekday_day(p, wd, d, dir)?.into()))
            });
        }
        let hit = self.numeric_date(j)?;
        Some(Hit { start_byte: t.start(i), ..hit })
    }

    /// "20161016", "report-20170302.html": eight digits as year, month
    /// and day (ISO 8601 basic format), only when they make a real day of
    /// 1900-2099 and are not part of a longer figure ("3.14159265",
    /// "20,161,016") or a count ("20161016 votes").
    fn compact_date(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        if t.digits(i) != 8 {
            return None;
        }
        let n = t.num(i)?;
        let (y, m, d) = (n / 10_000, n / 100 % 100, n % 100);
        if !(1900..=2099).contains(&y) {
            return None;
        }
        let figure_mark = |k: usize| t.is_any(k, &[".", ","]);
        let num_before = i > 1 && t.glued(i) && figure_mark(i - 1) && t.digits(i - 2) > 0;
        let num_after =
            t.glued(i + 1) && figure_mark(i + 1) && t.glued(i + 2) && t.digits(i + 2) > 0;
        if num_before || num_after || self.counts_something(i + 1) {
            return None;
        }
        let date = PartialDate::day(y as i16, m as i8, d as i8)?;
        self.hit(i, i + 1, point(date))
    }

    /// Numeric dates: 2025-11-25, 2025/11/25, 11/25/2025 (US order unless
    /// the first number cannot be a month), 25.11.2025, and "4/22" after a
    /// date preposition.
    fn numeric_date(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        t.num(i)?;
        let sep = t.w(i + 1);
        if !matches!(sep, "-" | "/" | ".") || !t.glued(i + 1) || !t.glued(i + 2) {
            return None;
        }
        let b = t.num(i + 2)?;
        let third = t.is(i + 3, sep) && t.glued(i + 3) && t.glued(i + 4) && t.num(i + 4).is_some();
        // Not part of a longer number chain ("138-2010-2015", "1.2.3.4").
        let chain_after =
            |k: usize| t.glued(k) && t.is_any(k, &["-", "/", "."]) && t.num(k + 1).is_some();
        let chain_before = i > 0
            && t.glued(i)
            && t.is_any(i - 1, &["-", "/", ".", ","])
            && t.num(i.wrapping_sub(2)).is_some();
        if chain_before {
            return None;
        }
        if third {
            if chain_after(i + 5) {
                return None;
            }
            let c = t.num(i + 4)?;
            let a = t.num(i)?;
            let (y, m, d) = if t.digits(i) == 4 {
                (a, b, c)
            } else if t.digits(i + 4) == 4 || (t.digits(i + 4) == 2 && sep != ".") {
                let y = if t.digits(i + 4) == 2 {
                    if c <= 30 { 2000 + c } else { 1900 + c }
                } else {
                    c
                };
                // US order unless the first number cannot be a month.
                if sep == "." || a > 12 { (y, b, a) } else { (y, a, b) }
            } else {
                return None;
            };
            let date = PartialDate::day(
                i16::try_from(y).ok()?,
                i8::try_from(m).ok()?,
                i8::try_from(d).ok()?,
            )?;
            return self.hit(i, i + 5, point(date));
        }
        // "2016-11", "2016/11": a month ("2004-05" is a season, above).
        if matches!(sep, "-" | "/")
            && t.digits(i) == 4
            && t.digits(i + 2) <= 2
            && (1..=12).contains(&b)
            && !chain_after(i + 3)
            && !self.counts_something(i + 3)
        {
            let y = i16::try_from(t.num(i)?).ok()?;
            let is_season = t.digits(i + 2) == 2 && i32::from(y % 100) + 1 == b as i32;
            if !is_season && (1000..=2999).contains(&y) {
                return self.hit(i, i + 3, point(PartialDate::month(y, b as i8)?));
            }
        }
        // "2/2013", "11-2016": a month.
        if matches!(sep, "/" | "-")
            && t.digits(i + 2) == 4
            && t.digits(i) <= 2
            && !chain_after(i + 3)
        {
            let m = i8::try_from(t.num(i)?).ok()?;
            let y = i16::try_from(b).ok()?;
            return self.hit(i, i + 3, point(PartialDate::month(y, m)?));
        }
        // "11/12, 2016", "06/06,2015": month/day, then the year after a comma.
        if sep == "/"
            && t.is(i + 3, ",")
            && t.digits(i + 4) == 4
            && !chain_after(i + 5)
            && !self.counts_something(i + 5)
        {
            let (a, y) = (t.num(i)?, t.num(i + 4)?);
            let (m, d) = if a > 12 { (b, a) } else { (a, b) };
            let date = PartialDate::day(
                i16::try_from(y).ok()?,
                i8::try_from(m).ok()?,
                i8::try_from(d).ok()?,
            )?;
            return self.hit(i, i + 5, point(date));
        }
        // Two numbers: month/day after a date preposition only ("on 4/22"),
        // since "24/7", "3/4" and scores are far more common in news.
        let after_weekday = words::weekday(t.w(i.wrapping_sub(1))).is_some();
        if !matches!(sep, "/" | "-" | ".")
            || (sep != "/" && !after_weekday)
            || chain_after(i + 3)
            || !(t.is_any(i.wrapping_sub(1), DATE_PREPOSITIONS) || after_weekday)
        {
            return None;
        }
        let a = t.num(i)?;
        let (m, d) = if a > 12 { (b, a) } else { (a, b) };
        let l =
            Loose { year: None, month: i8::try_from(m).ok()?, day: Some(i8::try_from(d).ok()?) };
        if m > 12 || d > 31 || d == 0 || m == 0 {
            return None;
        }
        self.resolve_loose(l, i, i + 3)
    }

    /// "2016 - 11", "2016 /11", "11 / 2016": a year and a month with a
    /// spaced separator, as forms and tables write them (the glued forms
    /// are `numeric_date`'s). Not a season ("2016 - 17"), a count ("2016 -
    /// 11 people") or a link in a chain of numbers.
    fn spaced_year_month(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let sep = i + 1;
        if !t.is_any(sep, &["-", "/"]) || (t.glued(sep) && t.glued(sep + 1)) {
            return None;
        }
        let (a, b) = (t.num(i)?, t.num(sep + 1)?);
        let chained = |k: usize| t.is_any(k, &["-", "/", ".", ","]) && t.num(k + 1).is_some();
        if chained(sep + 2) || (i > 0 && t.glued(i) && t.is_any(i - 1, &["-", "/", ".", ","])) {
            return None;
        }
        let (y, m) = match (t.digits(i), t.digits(sep + 1)) {
            (4, 1 | 2) => (a, b),
            (1 | 2, 4) => (b, a),
            _ => return None,
        };
        if !(1..=12).contains(&m) || !(1000..=2999).contains(&y) || self.counts_something(sep + 2) {
            return None;
        }
        if t.digits(i) == 4 && m == y % 100 + 1 {
            return None;
        }
        let month = PartialDate::month(i16::try_from(y).ok()?, i8::try_from(m).ok()?)?;
        self.hit(i, sep + 2, point(month))
    }

    /// A year on its own: "in 2004", "2004 reinforces the trend". Not a
    /// count ("2000 pieces"), a hedged figure ("more than 2000"), an
    /// amount, or the year naming an award edition ("the 2004 Jesse Owens
    /// Awards").
    fn year_alone(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        if t.digits(i) != 4 {
            return None;
        }
        let (y, end) = self.year_at(i)?;
        if !(1100..=2100).contains(&y) {
            return None;
        }
        if self.counts_something(end) || (t.glued(end) && t.is_word(end)) || t.is(end, "of") {
            return None;
        }
        if t.glued(i)
            && t.is_any(i - 1, &["-", "/", "+", "."])
            && t.kind(i - 2) == Some(TokKind::Num)
        {
            return None; // the end of a range, a code or a phone number
        }
        // "more than 2000" is a count; "later than 2016" a bounded year.
        let time_comparison = t.is_any(i.wrapping_sub(2), &["later", "earlier", "sooner"]);
        if t.is_any(i.wrapping_sub(1), &["nearly", "almost", "approximately", "some", "about"])
            || t.is(i.wrapping_sub(1), "than") && !time_comparison
        {
            return None;
        }
        if (t.is(end, "-") || t.is(end, "/"))
            && t.glued(end)
            && t.kind(end + 1) == Some(TokKind::Num)
        {
            return None; // a range or a phone number: not this rule's
        }
        if self.names_award(end) {
            return None;
        }
        self.hit(i, end, point(PartialDate::year(y)?))
    }

    /// True when the words from `k` name an award ("Jesse Owens Awards",
    /// "awards"): up to four capitalised words, or one lower-case one.
    fn names_award(&self, k: usize) -> bool {
        let t = self.t;
        if words::is_award_word(t.w(k)) {
            return true;
        }
        let mut j = k;
        while j < k + 5 && t.is_word(j) && t.cap(j) {
            if words::is_award_word(t.w(j)) {
                return true;
            }
            j += 1;
        }
        false
    }

    /// "the 1990s", "1990's", "the '90s", "mid-1990s", "the early 1980s":
    /// the ten years as an interval.
    fn decade(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let mut k = i;
        if t.is(k, "the") {
            k += 1;
        }
        let mut start = i;
        if t.is_any(k, &["early", "mid", "late"]) {
            if start == i && !t.is(i, "the") {
                start = k;
            }
            k += 1;
            if t.is(k, "-") {
                k += 1;
            }
        }
        // "the nineties", "the nineteen seventies", "the twenty-tens"; a
        // decade word alone only after a date preposition ("in nineties").
        let lead = t.is(i, "the") || t.is_any(i.wrapping_sub(1), DATE_PREPOSITIONS);
        if lead && let Some((d, end)) = self.spelled_decade(k) {
            return self.hit(start, end, range(PartialDate::year(d)?, PartialDate::year(d + 9)?));
        }
        let (decade_start, mut end) = if t.digits(k) == 4 {
            (t.num(k)?, k + 1)
        } else if t.is(k, "'") && t.digits(k + 1) == 2 && t.glued(k + 1) {
            (1900 + t.num(k + 1)?, k + 2)
        } else if t.digits(k) == 2
            && (t.is(i, "the") || t.is(k + 1, "'") && t.glued(k + 1) && t.is(k + 2, "s"))
        {
            (1900 + t.num(k)?, k + 1)
        } else {
            return None;
        };
        if decade_start % 10 != 0 || !(1000..=2990).contains(&decade_start) {
            return None;
        }
        if t.is(end, "'") && t.glued(end) {
            end += 1;
        }
        // "1990s", "1990's", "1990 s" (a lone "s" before no word).
        let lone_s = t.is(end, "s") && !t.is_word(end + 1) && !t.is(end - 1, "'");
        if !(t.is(end, "s") && t.glued(end) || lone_s) {
            return None;
        }
        let y = i16::try_from(decade_start).ok()?;
        self.hit(start, end + 1, range(PartialDate::year(y)?, PartialDate::year(y + 9)?))
    }

    /// A decade spelt out from token `k` and the token after it:
    /// "nineties", "nineteen seventies", "twenty-tens", "two thousands"
    /// (2000 to 2009), "two thousand and tens".
    fn spelled_decade(&self, k: usize) -> Option<(i16, usize)> {
        let t = self.t;
        let after_hyphen = |j: usize| if t.is(j, "-") && t.glued(j) { j + 1 } else { j };
        match t.w(k) {
            "nineteen" | "twenty" => {
                let j = after_hyphen(k + 1);
                let base = if t.is(k, "nineteen") { 1900 } else { 2000 };
                Some((base + decade_of_century(t.w(j))?, j + 1))
            }
            // Not "the two thousands of people".
            "two" if t.is(k + 1, "thousands") && !t.is(k + 2, "of") => Some((2000, k + 2)),
            "two" if t.is(k + 1, "thousand") && t.is(k + 2, "and") => {
                Some((2000 + decade_of_century(t.w(k + 3))?, k + 4))
            }
            w => decade_word(w).map(|d| (d, k + 1)),
        }
    }

    /// "the third quarter of 2004", "the last quarter of 2004", "Q3 2024",
    /// "the first half of 2005", "H1 2005". Without a year (or "this
    /// year"), "the third quarter" only refers back: not a claim.
    fn quarter_or_half(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        // "last year's fourth quarter", "next year's first-half".
        if t.is_any(i, &["last", "next", "this"])
            && t.is(i + 1, "year")
            && t.is(i + 2, "'")
            && t.is(i + 3, "s")
        {
            return self.quarter_of_year_possessive(i);
        }
        // "Q3 2024", "H1 2005", "Q3 this year".
        if t.is_any(i, &["q", "h"]) && t.glued(i + 1) {
            let n = t.num(i + 1)?;
            let half = t.is(i, "h");
            let mut k = i + 2;
            if t.is_any(k, &["of", "-", ","]) {
                k += 1;
            }
            if let Some((y, end)) = self.year_at(k) {
                return self.period_hit(i, end, y, n, half);
            }
            return self.period_of_relative_year(i, k, n, half);
        }
        // "2016 Q3", "2017-q1", "2016H2".
        if t.digits(i) == 4
            && let Some((y, mut k)) = self.year_at(i)
        {
            if t.is(k, "-") && t.glued(k) {
                k += 1;
            }
            if t.is_any(k, &["q", "h"]) && t.glued(k + 1) && t.kind(k + 1) == Some(TokKind::Num) {
                let n = t.num(k + 1)?;
                return self.period_hit(i, k + 2, y, n, t.is(k, "h"));
            }
        }
        // "the 1988 second quarter", "2016 the third quarter"
        let start = i;
        let i = if t.is(i, "the") { i + 1 } else { i };
        let (year_first, i) = match self.year_at(i) {
            Some((y, e)) if t.digits(i) == 4 => {
                (Some(y), if start == i && t.is(e, "the") { e + 1 } else { e })
            }
            _ => (None, i),
        };
        let n = match t.w(i) {
            "last" | "final" => 4,
            w => words::ordinal(w).or_else(|| {
                let n = t.num(i)?;
                (words::is_ordinal_suffix(t.w(i + 1)) && t.glued(i + 1)).then_some(n)
            })?,
        };
        let mut k = if t.kind(i) == Some(TokKind::Num) { i + 2 } else { i + 1 };
        // "the third-quarter of 2016", "the third- quarter of 2016".
        if t.is(k, "-") {
            k += 1;
        }
        if t.is(k, "fiscal") {
            k += 1;
        }
        let half = match t.w(k) {
            "quarter" | "qtr" => false,
            "half" => true,
            _ => return None,
        };
        if half && n > 2 && !matches!(t.w(i), "last" | "final") {
            return None;
        }
        let n = if half && n == 4 { 2 } else { n };
        k += 1;
        if let Some(y) = year_first {
            return self.period_hit(start, k, y, n, half);
        }
        // "the fourth quarter of 2004", "fourth quarter 2004 results".
        if t.is(k, "of") || t.digits(k) == 4 {
            k += usize::from(t.is(k, "of"));
            if let Some((y, end)) = self.year_at(k) {
                return self.period_hit(start, end, y, n, half);
            }
        } else if t.is(k, "the") {
            return None;
        }
        self.period_of_relative_year(start, k, n, half)
    }

    /// Quarter or half `n` of "this year", "last year", "next year" (or
    /// "the year") at `k`, the span from `start`.
    /// "last year's fourth quarter" at `i` (the possessive checked): the
    /// quarter or half of the year named.
    fn quarter_of_year_possessive(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let k = i + 4;
        let (n, mut e) = match words::ordinal(t.w(k)) {
            Some(n) => (n, k + 1),
            None => {
                let n = t.num(k)?;
                (words::is_ordinal_suffix(t.w(k + 1)) && t.glued(k + 1)).then_some((n, k + 2))?
            }
        };
        if t.is(e, "-") {
            e += 1;
        }
        let half = match t.w(e) {
            "quarter" | "qtr" => false,
            "half" => true,
            _ => return None,
        };
        if n == 0 || n > if half { 2 } else { 4 } {
            return None;
        }
        let offset = match t.w(i) {
            "last" => -1,
            "next" => 1,
            _ => 0,
        };
        self.relative_hit(i, e + 1, |p| {
            let y = resolve::year(p, offset)?.year_number();
            let (a, b) = period(y, n, half)?;
            Some(range(a, b))
        })
    }

    fn period_of_relative_year(&self, start: usize, k: usize, n: u32, half: bool) -> Option<Hit> {
        let t = self.t;
        let offset = match (t.w(k), t.w(k + 1)) {
            ("this", "year") | ("the", "year") => 0,
            ("last", "year") => -1,
            ("next", "year") => 1,
            _ => return None,
        };
        self.relative_hit(start, k + 2, |p| {
            let y = resolve::year(p, offset)?.year_number();
            let (a, b) = period(y, n, half)?;
            Some(range(a, b))
        })
    }

    /// "the 21st century", "the nineteenth century": its hundred years.
    fn century(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let (n, k) = if let Some(n) = words::ordinal(t.w(i)) {
            (n, i + 1)
        } else {
            let n = t.num(i)?;
            (words::is_ordinal_suffix(t.w(i + 1)) && t.glued(i + 1)).then_some((n, i + 2))?
        };
        if !t.is(k, "century") || !(1..=30).contains(&n) {
            return None;
        }
        let first = i16::try_from((n - 1) * 100).ok()?.max(1);
        let last = i16::try_from((n - 1) * 100 + 99).ok()?;
        self.hit(i, k + 1, range(PartialDate::year(first)?, PartialDate::year(last)?))
    }

    /// A quarter or half `n` of year `y` over tokens `start..end`.
    fn period_hit(&self, start: usize, end: usize, y: i16, n: u32, half: bool) -> Option<Hit> {
        let (a, b) = period(y, n, half)?;
        self.hit(start, end, range(a, b))
    }

    /// "summer 2004", "the winter of 2004": a season with a year; "the
    /// summer", "over the winter", "in autumn": one without, placed by
    /// the tense as a month is.
    fn season(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        // "the spring of 1978" takes "the", as "the end of 2004" does.
        let s = if t.is(i, "the") { i + 1 } else { i };
        let months = words::season(t.w(s))?;
        let mut k = s + 1;
        if t.is(k, "of") {
            k += 1;
        }
        let Some((y, end)) = self.year_at(k) else {
            return self.season_without_year(i, s, months);
        };
        let (a, b) = resolve::season_of(y, months)?;
        self.hit(i, end, range(a, b))
    }

    /// A season word at `s` (the span from `i`, "the" included) with no
    /// year: a date after "the" or a date preposition ("over the
    /// summer", "in autumn"), except a season that names something else
    /// or nothing in particular: "the summer of love", "the Winter
    /// Olympics", "by Winter" (a player), "the spring" alone (water),
    /// "the fall" (a collapse, far more often than the American autumn),
    /// "the winter fuel allowance", "the long days of winter", "every
    /// winter" (no lead).
    fn season_without_year(&self, i: usize, s: usize, months: (i8, i8)) -> Option<Hit> {
        let t = self.t;
        let the = i < s;
        let lead = if the { i.wrapping_sub(1) } else { s.wrapping_sub(1) };
        // "of winter", "for winter" without "the" are generic.
        let generic_lead = !the && t.is_any(lead, &["of", "for"]);
        let after_preposition = t.is_any(lead, DATE_PREPOSITIONS) && !generic_lead;
        if !(the || after_preposition) || t.is_any(s, &["fall"]) || t.is(s + 1, "of") {
            return None;
        }
        if t.is(s, "spring") && !after_preposition {
            return None;
        }
        // A capital mid-sentence without "the" is a name ("by Winter");
        // "the Summer Olympics", "the Winter Games" too.
        if t.cap(s) && (!the && after_preposition || t.is_word(s + 1) && t.cap(s + 1)) {
            return None;
        }
        // "the winter fuel allowance", "summer stadium gigs": a season
        // before a noun qualifies the noun.
        if self.qualifies_noun(s) {
            return None;
        }
        self.tense_placed_season(i, s + 1, months)
    }

    /// Whether the date word at `k` qualifies a noun after it ("the winter
    /// fuel allowance", "late summer sunshine") rather than ending a
    /// phrase.
    fn qualifies_noun(&self, k: usize) -> bool {
        let t = self.t;
        t.is_word(k + 1) && !t.cap(k + 1) && !is_clause_word(t.w(k + 1))
    }

    /// The season `months` without a year as tokens `i..end`, placed by
    /// the tense.
    fn tense_placed_season(&self, i: usize, end: usize, months: (i8, i8)) -> Option<Hit> {
        let dir = self.tense(i, end);
        self.relative_hit(i, end, |p| {
            let (a, b) = resolve::season_near(p, months, dir)?;
            Some(range(a, b))
        })
    }

    /// "the end of June 2004" (the last day), "the end of 2004"
    /// (September to December), "the beginning of 2005", "the middle of
    /// next week", "early 2004", "mid-2004", "late June".
    fn part_of(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let w = t.w(i);
        let (edge, mut k) = match w {
            "end" | "beginning" | "start" | "middle" if t.is(i + 1, "of") => {
                (Edge::of_word(w), i + 2)
            }
            "early" | "mid" | "late" => {
                let k = if t.is(i + 1, "-") && t.glued(i + 1) { i + 2 } else { i + 1 };
                // Early/mid/late keep the period they qualify.
                if let Some((y, end)) = self.year_at(k) {
                    if self.counts_something(end) {
                        return None;
                    }
                    return self.hit(i, end, point(PartialDate::year(y)?));
                }
                // "late last week", "mid next week": the part of the week,
                // as "the end of last week" is (a week has no annotated
                // month or year to keep).
                if let Some(hit) = self.edge_of_named_week(i, k, Edge::of_qualifier(w)) {
                    return Some(hit);
                }
                // "early next year", "late this month": the period named,
                // the word included (annotators keep the period's value).
                if t.is_any(k, &["this", "last", "next"])
                    && let Some(hit) = self.relative(k)
                    && matches!(hit.value, crate::value::Value::Date(_))
                {
                    return Some(Hit { start_byte: t.start(i), ..hit });
                }
                // "by mid summer", "early spring": the whole season.
                if let Some(months) = words::season(t.w(k)) {
                    if let Some((y, end)) = self.year_at(k + 1) {
                        let (a, b) = resolve::season_of(y, months)?;
                        return self.hit(i, end, range(a, b));
                    }
                    if self.qualifies_noun(k) {
                        return None;
                    }
                    return self.tense_placed_season(i, k + 1, months);
                }
                let (l, end, ambiguous) = self.loose_at(k)?;
                if ambiguous || l.day.is_some() {
                    return None;
                }
                return self.resolve_loose(l, i, end);
            }
            _ => return None,
        };
        if t.is(k, "the") {
            k += 1;
        }
        if let Some((y, end)) = self.year_at(k).filter(|(_, e)| !self.counts_something(*e)) {
            let (a, b) = edge.third_of_year(y)?;
            return self.hit(i, end, range(a, b));
        }
        if let Some((l, end, ambiguous)) = self.loose_at(k) {
            if ambiguous || l.day.is_some() {
                return None;
            }
            let hit = self.resolve_loose(l, i, end)?;
            // "the end of June" is its last day; "the beginning of
            // October" stays the month (annotators do not give it a day).
            return Some(if edge == Edge::End { edge_of_month(hit) } else { hit });
        }
        // "the end of the year", "the end of next month", "the start of
        // next week" (a week stays whole, as in "late last week").
        let (offset, unit_at) = match t.w(k) {
            "year" | "month" | "week" if t.is(k - 1, "the") => (0, k),
            "this" | "the" => (0, k + 1),
            "last" => (-1, k + 1),
            "next" => (1, k + 1),
            _ => return None,
        };
        let (k, unit) = (unit_at - 1, t.w(unit_at));
        match unit {
            "year" => self.relative_hit(i, k + 2, |p| {
                let (a, b) = edge.third_of_year(resolve::year(p, offset)?.year_number())?;
                Some(range(a, b))
            }),
            "month" => self.relative_hit(i, k + 2, |p| {
                let m = resolve::month(p, i64::from(offset))?;
                Some(match edge {
                    Edge::Start => point(m.first_day().into()),
                    Edge::Middle => point(m),
                    Edge::End => point(m.last_day().into()),
                })
            }),
            "week" => self.week_part_hit(i, k + 2, i64::from(offset), edge),
            _ => None,
        }
    }

    /// "late last week", "early next week", "mid this week" (the
    /// deictic word at `k`): the part of that week `edge` names.
    fn edge_of_named_week(&self, i: usize, k: usize, edge: Edge) -> Option<Hit> {
        let t = self.t;
        if !t.is(k + 1, "week") {
            return None;
        }
        let offset = match t.w(k) {
            "this" => 0,
            "last" => -1,
            "next" => 1,
            _ => return None,
        };
        self.week_part_hit(i, k + 2, offset, edge)
    }

    /// The days of the week `offset` weeks from publication's that
    /// `edge` names, as tokens `i..end`.
    fn week_part_hit(&self, i: usize, end: usize, offset: i64, edge: Edge) -> Option<Hit> {
        self.relative_hit(i, end, |p| {
            let monday = resolve::week_start(p, offset)?;
            let (a, b) = edge.days_of_week();
            let day = |n: i64| monday.checked_add(jiff::Span::new().days(n)).ok();
            Some(range(day(a)?.into(), day(b)?.into()))
        })
    }

    /// A holiday, or the weekend it falls in or next to: "Labor Day
    /// weekend", "Halloween weekend 2021", "the weekend of Thanksgiving".
    fn holiday(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let k = if t.is(i, "the") { i + 1 } else { i };
        if t.is(k, "weekend") && t.is(k + 1, "of") {
            let day = self.holiday_day(k + 2)?;
            return Some(self.holiday_weekend(i, day.end, day.value));
        }
        let day = self.holiday_day(i)?;
        if !t.is(day.end, "weekend") {
            return Some(day);
        }
        // "Halloween weekend 2021": the year after "weekend" places it.
        let mut end = day.end + 1;
        let mut value = day.value;
        if let Some((y, e)) = self.year_at(end)
            && let Some((kind, _)) =
                holiday_at(t, if t.is_any(i, &["last", "next", "this"]) { i + 1 } else { i })
        {
            value = crate::value::Value::Date(point(holiday_date(kind, y)?.into()));
            end = e;
        }
        Some(self.holiday_weekend(i, end, value))
    }

    /// A hit over `start..end` for the weekend of the holiday `value`:
    /// from Saturday (or the holiday, when it falls on Thursday or Friday)
    /// to Sunday (or the holiday, when it falls on Monday).
    fn holiday_weekend(&self, start: usize, end: usize, value: crate::value::Value) -> Hit {
        use jiff::civil::Weekday::*;
        let weekend = match &value {
            crate::value::Value::Date(DateValue::Resolved { start: d, end: None }) => {
                let d = d.first_day();
                let days = |n: i64| d.checked_add(jiff::Span::new().days(n)).ok();
                let (a, b) = match d.weekday() {
                    Monday => (days(-2), Some(d)),
                    Tuesday => (days(-3), days(-2)),
                    Wednesday => (days(3), days(4)),
                    Thursday => (Some(d), days(3)),
                    Friday => (Some(d), days(2)),
                    Saturday => (Some(d), days(1)),
                    Sunday => (days(-1), Some(d)),
                };
                a.zip(b).map(|(a, b)| range(a.into(), b.into()))
            }
            _ => None,
        };
        let value = weekend.unwrap_or_else(|| DateValue::Unresolved {
            expression: self.span_text(start, end).to_string(),
        });
        Hit {
            start_byte: self.t.start(start),
            end,
            value: crate::value::Value::Date(value),
            qualifier: crate::value::Qualifier::Exact,
        }
    }

    /// Fixed holidays and Thanksgiving: "Christmas Day", "New Year's Eve",
    /// "Thanksgiving 2013", "last Thanksgiving". "Christmas" alone is a
    /// season more than a date and is left out.
    fn holiday_day(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let (offset, k) = match t.w(i) {
            "last" | "previous" => (-1, i + 1),
            "next" | "following" => (1, i + 1),
            "this" => (0, i + 1),
            _ => (0, i),
        };
        let relative_word = k > i;
        if t.lex(k) == 0 {
            return None;
        }
        let (kind, mut end) = holiday_at(t, k)?;
        let mut year = None;
        let y_at = if t.is(end, "of") || t.is(end, ",") { end + 1 } else { end };
        if !relative_word && let Some((y, e)) = self.year_at(y_at) {
            year = Some(y);
            end = e;
        }
        // "Independence Day of this year", "Christmas next year".
        let rel_year = match t.w(y_at) {
            "this" => Some(0),
            "next" => Some(1),
            "last" => Some(-1),
            _ => None,
        };
        if let Some(off) = rel_year.filter(|_| !relative_word && t.is(y_at + 1, "year")) {
            return self.relative_hit(i, y_at + 2, |p| {
                let y = resolve::year(p, off)?.year_number();
                Some(point(holiday_date(kind, y)?.into()))
            });
        }
        if let Some(y) = year {
            return self.hit(i, end, point(holiday_date(kind, y)?.into()));
        }
        let dir = if relative_word { Dir::Nearest } else { self.tense(i, end) };
        self.relative_hit(i, end, |p| {
            let this = holiday_date(kind, p.year())?;
            let d = match offset {
                -1 if this < p => this,
                -1 => holiday_date(kind, p.year() - 1)?,
                1 if this > p => this,
                1 => holiday_date(kind, p.year().checked_add(1)?)?,
                _ if relative_word => this,
                _ => {
                    let prev = holiday_date(kind, p.year() - 1)?;
                    let next = holiday_date(kind, p.year().checked_add(1)?)?;
                    let past = if this <= p { this } else { prev };
                    let future = if this >= p { this } else { next };
                    match dir {
                        Dir::Past => past,
                        Dir::Future => future,
                        Dir::Nearest => {
                            let back = p.since(past).ok()?.get_days();
                            let ahead = future.since(p).ok()?.get_days();
                            if ahead * 2 < back { future } else { past }
                        }
                    }
                }
            };
            Some(point(d.into()))
        })
    }

    /// An interval starting at `i`: "13-24 June", "June 24 and 25", "from
    /// June to August", "between 1941 and 1945", "1941-45", "2012-13",
    /// "25 June to 3 July 2004".
    pub(super) fn interval(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let between = t.is(i, "between");
        let j = if between || t.is(i, "from") { i + 1 } else { i };
        let num = t.kind(j) == Some(TokKind::Num);
        // Folded one by one, as in `date`: no array of hits is moved.
        let mut best = num.then(|| self.year_range(i, j, between)).flatten();
        keep_longest_or_later(&mut best, self.day_range(i, j, between));
        keep_longest_or_later(&mut best, self.loose_range(i, j, between));
        keep_longest_or_later(&mut best, num.then(|| self.slash_range(i, j, between)).flatten());
        best
    }

    /// The separator of an interval at `k`: "-", "–", "to", "-to-",
    /// "through", "until", "and" (after "between"). Returns the token after.
    pub(super) fn range_sep(&self, k: usize, between: bool) -> Option<usize> {
        let t = self.t;
        let dash = |k: usize| t.is_any(k, &["-", "–", "—", "~"]);
        if dash(k) {
            // "January-to-March"
            if t.is(k + 1, "to") && dash(k + 2) {
                return Some(k + 3);
            }
            return Some(k + 1);
        }
        match t.w(k) {
            "to" | "through" | "thru" | "until" | "till" => Some(k + 1),
            "and" if between => Some(k + 1),
            _ => None,
        }
    }

    /// "1941 to 1945", "between 2007 and 2009", "2012-13", "2004/05".
    fn year_range(&self, i: usize, j: usize, between: bool) -> Option<Hit> {
        let t = self.t;
        let (y1, e1) = self.year_at(j).filter(|_| t.digits(j) == 4)?;
        if t.glued(j) && t.is_any(j - 1, &["-", "/", "+"]) {
            return None; // inside a phone number or a longer code
        }
        let slash = t.is(e1, "/") && t.glued(e1) && t.glued(e1 + 1);
        let k = if slash { e1 + 1 } else { self.range_sep(e1, between)? };
        let (y2, end) = if t.digits(k) == 4 {
            self.year_at(k)?
        } else if t.digits(k) == 2 && t.glued(k) && (slash || t.is(e1, "-")) {
            // "2012-13": the second year shares the first one's century.
            let yy = t.num(k)? as i16;
            let mut y = y1 - y1 % 100 + yy;
            if y <= y1 {
                y += 100;
            }
            // "2016-11" is November 2016; "2004-05" a season.
            if (1..=12).contains(&yy) && y != y1 + 1 {
                return None;
            }
            (y, k + 1)
        } else {
            return None;
        };
        if y2 <= y1 || y2 - y1 > 200 || self.counts_something(end) {
            return None;
        }
        if t.glued(end) && t.is_any(end, &["-", "/"]) && t.kind(end + 1) == Some(TokKind::Num) {
            return None; // "2004-05-06" is a day, "138-2010-2015" a phone
        }
        self.hit(i, end, range(PartialDate::year(y1)?, PartialDate::year(y2)?))
    }

    /// "13-24 June", "between 3 and 12 of sept", "June 24 and 25",
    /// "June 24-25, 2004", "the weekend of 8/9 January".
    fn day_range(&self, i: usize, j: usize, between: bool) -> Option<Hit> {
        let t = self.t;
        // Day first.
        // "between the ninth and the seventeenth of April".
        let the = |k: usize| if t.is(k, "the") { k + 1 } else { k };
        let day_first = || -> Option<Hit> {
            let (d1, e1) = self.day_at(the(j))?;
            let and_ok = between || t.is(e1, "and");
            // Two days written "8/9" before their month name are a range,
            // not the numeric date 9 August.
            let slash = t.is(e1, "/") && t.glued(e1) && t.glued(e1 + 1);
            let k = if slash { e1 + 1 } else { self.range_sep(e1, and_ok)? };
            let (l2, end, _) = self.loose_at(k)?;
            let d2 = l2.day?;
            if l2.key() <= (l2.month, d1) {
                return None;
            }
            // "13 June to 24 June" is loose_range's; here the first day
            // has no month.
            let l1 = Loose { year: l2.year, month: l2.month, day: Some(d1) };
            self.loose_pair(i, end, l1, Loose { day: Some(d2), ..l2 })
        };
        // Month first: "June 24 and 25".
        let month_first = || -> Option<Hit> {
            // "April the ninth till the seventeenth".
            let (month, k, _) = self.month_at(j)?;
            let (d1, e1) = self.day_at(the(k))?;
            let and_ok = between || t.is(e1, "and");
            let k2 = self.range_sep(e1, and_ok)?;
            let (d2, mut end) = self.day_at(the(k2))?;
            if t.is_word(end) && !t.is(end, "of") && the(k2) > k2 {
                return None; // "June 24 to the third quarter"
            }
            if d2 <= d1 {
                return None;
            }
            let mut year = None;
            let k3 = if t.is(end, ",") { end + 1 } else { end };
            if let Some((y, e)) = self.year_at(k3) {
                year = Some(y);
                end = e;
            }
            let l1 = Loose { year, month, day: Some(d1) };
            self.loose_pair(i, end, l1, Loose { day: Some(d2), ..l1 })
        };
        [day_first(), month_first()].into_iter().flatten().max_by_key(|h| h.end)
    }

    /// Two written dates joined by a separator: "from June to August",
    /// "25 June to 3 July 2004", "June 2003 to May 2004".
    fn loose_range(&self, i: usize, j: usize, between: bool) -> Option<Hit> {
        let (l1, e1, _) = self.loose_at(j)?;
        let k = self.range_sep(e1, between)?;
        let (l2, end, _) = self.loose_at(k)?;
        if l1.day.is_some() != l2.day.is_some() {
            return None;
        }
        self.loose_pair(i, end, l1, l2)
    }

    /// A month/day written with a slash at `k`, with an optional glued
    /// four-digit year: "10/1", "10/7/2018". US order.
    fn slash_date_at(&self, k: usize) -> Option<(Loose, usize)> {
        let t = self.t;
        let m = t.num(k).filter(|m| (1..=12).contains(m) && t.digits(k) <= 2)?;
        if !(t.is(k + 1, "/") && t.glued(k + 1) && t.glued(k + 2)) || t.digits(k + 2) > 2 {
            return None;
        }
        let d = t.num(k + 2).filter(|d| (1..=31).contains(d))?;
        let mut end = k + 3;
        let mut year = None;
        if t.is(end, "/") && t.glued(end) && t.glued(end + 1) && t.digits(end + 1) == 4 {
            year = Some(i16::try_from(t.num(end + 1)?).ok()?);
            end += 2;
        }
        Some((Loose { year, month: m as i8, day: Some(d as i8) }, end))
    }

    /// "from 10/1 to 11/7", "between 10/1-11/7", "10/1/2018-10/7/2018",
    /// "from 5/1-5/7, 2020": two slashed days. Without a year on either
    /// side, only after "from" or "between" ("1/2-3/4" may be fractions).
    fn slash_range(&self, i: usize, j: usize, between: bool) -> Option<Hit> {
        let t = self.t;
        if t.glued(j) && t.is_any(j.wrapping_sub(1), &["/", "-", "."]) {
            return None;
        }
        let (l1, e1) = self.slash_date_at(j)?;
        let k = if t.is(e1, "-") { e1 + 1 } else { self.range_sep(e1, between)? };
        let (mut l2, mut end) = self.slash_date_at(k)?;
        if l2.year.is_none()
            && t.is(end, ",")
            && let Some((y, e)) = self.year_at(end + 1).filter(|_| t.digits(end + 1) == 4)
        {
            l2.year = Some(y);
            end = e;
        }
        if j == i && l1.year.is_none() && l2.year.is_none() {
            return None;
        }
        if t.glued(end) && t.is_any(end, &["/", "-"]) {
            return None;
        }
        self.loose_pair(i, end, l1, l2)
    }

    /// Resolves an interval of two loose dates, the missing years taken
    /// from the other end (or the tense).
    fn loose_pair(&self, start: usize, end: usize, l1: Loose, l2: Loose) -> Option<Hit> {
        let t = self.t;
        let wraps = l2.key() < l1.key();
        // "from April to June in 2017": the year after the pair is both's.
        if l1.year.is_none()
            && l2.year.is_none()
            && t.is(end, "in")
            && let Some((y, e)) = self.year_at(end + 1).filter(|_| t.digits(end + 1) == 4)
        {
            let y1 = if wraps { y.checked_sub(1)? } else { y };
            let (a, b) = (l1.with_year(y1)?, l2.with_year(y)?);
            return (a.first_day() <= b.first_day()).then(|| self.hit(start, e, range(a, b)))?;
        }
        let build = |y1: i16, y2: Option<i16>| -> Option<DateValue> {
            let y2 = y2.unwrap_or(if wraps { y1.checked_add(1)? } else { y1 });
            let (a, b) = (l1.with_year(y1)?, l2.with_year(y2)?);
            (a.first_day() <= b.first_day()).then(|| range(a, b))
        };
        match (l1.year, l2.year) {
            (Some(y1), y2) => self.hit(start, end, build(y1, y2)?),
            (None, Some(y2)) => {
                let y1 = if wraps { y2.checked_sub(1)? } else { y2 };
                self.hit(start, end, build(y1, Some(y2))?)
            }
            (None, None) => {
                let dir = self.tense(start, end);
                self.relative_hit(start, end, |p| {
                    // Of the intervals in the years around publication, the
                    // one the tense points to (or the one holding it).
                    let cands: Vec<DateValue> = [p.year() - 1, p.year(), p.year() + 1]
                        .into_iter()
                        .filter_map(|y| build(y, None))
                        .collect();
                    pick_interval(&cands, p, dir)
                })
            }
        }
    }
}

/// The candidate interval (sorted by start) that direction `dir` picks
/// from publication date `p`: past tense the latest that has started,
/// future tense the earliest that has not ended, otherwise the one that
/// holds `p` or else the nearest.
fn pick_interval(
    cands: &[DateValue],
    p: jiff::civil::Date,
    dir: resolve::Dir,
) -> Option<DateValue> {
    let bounds = |v: &DateValue| match v {
        DateValue::Resolved { start, end } => {
            Some((start.first_day(), end.unwrap_or(*start).last_day()))
        }
        DateValue::Unresolved { .. } => None,
    };
    let started = cands.iter().rev().find(|v| bounds(v).is_some_and(|(a, _)| a <= p));
    let not_ended = cands.iter().find(|v| bounds(v).is_some_and(|(_, b)| b >= p));
    let chosen = match dir {
        resolve::Dir::Past => started,
        resolve::Dir::Future => not_ended,
        resolve::Dir::Nearest => match (started, not_ended) {
            (Some(a), Some(b)) => {
                let (_, a_end) = bounds(a)?;
                let (b_start, _) = bounds(b)?;
                let back = p.since(a_end).ok()?.get_days();
                let ahead = b_start.since(p).ok()?.get_days();
                Some(if back <= ahead { a } else { b })
            }
            (a, b) => a.or(b),
        },
    };
    chosen.cloned()
}

/// A holiday the rules know.
#[derive(Clone, Copy)]
enum Holiday {
    /// A fixed month and day.
    Fixed(i8, i8),
    /// The `n`th weekday of a month (`n = -1`: the last).
    Nth(i8, i8, jiff::civil::Weekday),
    /// Days from Easter Sunday (Good Friday is -2).
    Easter(i8),
    /// Days from Thanksgiving (Black Friday is 1).
    AfterThanksgiving(i8),
}

/// Words after which "Christmas" or "new year" alone is the day itself
/// ("two weeks before Christmas", "by Christmas"); "over Christmas" and
/// "Christmas sales" are the season, no date.
const DAY_BOUNDS: &[&str] = &["on", "before", "after", "until", "till", "by", "since"];

/// The holiday named at token `k`, and the token after its name.
fn holiday_at(t: &super::tokens::Toks<'_>, k: usize) -> Option<(Holiday, usize)> {
    use jiff::civil::Weekday::{Monday, Sunday, Thursday};
    let w = t.w(k);
    let day = |k: usize| t.is(k, "day");
    let possessive = |k: usize| t.is(k, "'") && t.is(k + 1, "s");
    let possessive_day = |k: usize| possessive(k) && t.is(k + 2, "day");
    // "Mother's Day", "Presidents' Day", "Veterans Day".
    let named_day = |k: usize| -> Option<usize> {
        if day(k) {
            Some(k + 1)
        } else if possessive_day(k) {
            Some(k + 3)
        } else if t.is(k, "'") && day(k + 1) {
            Some(k + 2)
        } else {
            None
        }
    };
    let thanksgiving = Holiday::Nth(11, 4, Thursday);
    Some(match w {
        "christmas" if day(k + 1) => (Holiday::Fixed(12, 25), k + 2),
        "christmas" if t.is(k + 1, "eve") => (Holiday::Fixed(12, 24), k + 2),
        // "on Christmas" is the day; "over Christmas", "Christmas sales"
        // are the season, which is no date.
        "christmas" if t.is_any(k.wrapping_sub(1), DAY_BOUNDS) && !t.is_word(k + 1) => {
            (Holiday::Fixed(12, 25), k + 1)
        }
        "boxing" if day(k + 1) => (Holiday::Fixed(12, 26), k + 2),
        "halloween" => (Holiday::Fixed(10, 31), k + 1),
        "independence" if day(k + 1) => (Holiday::Fixed(7, 4), k + 2),
        "thanksgiving" => (thanksgiving, if day(k + 1) { k + 2 } else { k + 1 }),
        "thanks" if t.is(k + 1, "giving") => (thanksgiving, if day(k + 2) { k + 3 } else { k + 2 }),
        "labor" | "labour" if day(k + 1) => (Holiday::Nth(9, 1, Monday), k + 2),
        "memorial" if day(k + 1) => (Holiday::Nth(5, -1, Monday), k + 2),
        "valentine" | "valentines" => (Holiday::Fixed(2, 14), named_day(k + 1)?),
        "easter" => match t.w(k + 1) {
            "monday" => (Holiday::Easter(1), k + 2),
            "sunday" | "day" => (Holiday::Easter(0), k + 2),
            // "at Easter", not "Easter Island" or "the Easter Rising".
            _ if !t.is_word(k + 1)
                || t.is_any(k + 1, &["of", "and", "this", "last", "next", "weekend"]) =>
            {
                (Holiday::Easter(0), k + 1)
            }
            _ => return None,
        },
        "good" if t.is(k + 1, "friday") && t.cap(k) => (Holiday::Easter(-2), k + 2),
        "black" if t.is(k + 1, "friday") => (Holiday::AfterThanksgiving(1), k + 2),
        "cyber" if t.is(k + 1, "monday") => (Holiday::AfterThanksgiving(4), k + 2),
        "mlk" if day(k + 1) => (Holiday::Nth(1, 3, Monday), k + 2),
        "martin" if t.is(k + 1, "luther") && t.is(k + 2, "king") => {
            let j = if t.is(k + 3, "jr") {
                if t.is(k + 4, ".") { k + 5 } else { k + 4 }
            } else {
                k + 3
            };
            (Holiday::Nth(1, 3, Monday), if day(j) { j + 1 } else { return None })
        }
        "presidents" | "president" => (Holiday::Nth(2, 3, Monday), named_day(k + 1)?),
        "columbus" if day(k + 1) => (Holiday::Nth(10, 2, Monday), k + 2),
        "veterans" | "veteran" => (Holiday::Fixed(11, 11), named_day(k + 1)?),
        "earth" if day(k + 1) => (Holiday::Fixed(4, 22), k + 2),
        "may" if day(k + 1) && t.cap(k) && t.cap(k + 1) => (Holiday::Fixed(5, 1), k + 2),
        "mother" | "mothers" => (Holiday::Nth(5, 2, Sunday), named_day(k + 1)?),
        "father" | "fathers" => (Holiday::Nth(6, 3, Sunday), named_day(k + 1)?),
        "st" | "saint" => {
            let j = if t.is(k + 1, ".") { k + 2 } else { k + 1 };
            // "St Patrick's Day", "saint patricks day", "St Paddy's Day";
            // "saint patrick 2020" with its year (the saint alone is not).
            if !t.is_any(j, &["patrick", "patricks", "paddy", "paddys"]) {
                return None;
            }
            let year_next = (t.digits(j + 1) == 4).then_some(j + 1);
            (Holiday::Fixed(3, 17), named_day(j + 1).or(year_next)?)
        }
        // "International Workers' Day", "Workers Day": 1 May.
        "international" if t.is(k + 1, "workers") && t.cap(k + 1) => {
            (Holiday::Fixed(5, 1), named_day(k + 2)?)
        }
        "workers" if t.cap(k) => (Holiday::Fixed(5, 1), named_day(k + 1)?),
        // New Year's Day by its Chinese name.
        "yuandan" => (Holiday::Fixed(1, 1), k + 1),
        // "New Year's Day", "new year eve", "New Years Eve"; "before new
        // year", "since the New Year": the day after a bound.
        "new" if t.is_any(k + 1, &["year", "years"]) => {
            let j = if t.is(k + 2, "'") && t.is(k + 3, "s") { k + 4 } else { k + 2 };
            let before =
                if t.is(k.wrapping_sub(1), "the") { k.wrapping_sub(2) } else { k.wrapping_sub(1) };
            match t.w(j) {
                "day" => (Holiday::Fixed(1, 1), j + 1),
                "eve" => (Holiday::Fixed(12, 31), j + 1),
                _ if j == k + 2 && t.is_any(before, DAY_BOUNDS) && !t.is_word(j) => {
                    (Holiday::Fixed(1, 1), j)
                }
                _ => return None,
            }
        }
        _ => return None,
    })
}

/// The date of `h` in `year`.
fn holiday_date(h: Holiday, year: i16) -> Option<jiff::civil::Date> {
    use jiff::civil::Date;
    match h {
        Holiday::Fixed(m, d) => Date::new(year, m, d).ok(),
        Holiday::Nth(m, n, wd) => Date::new(year, m, 1).ok()?.nth_weekday_of_month(n, wd).ok(),
        Holiday::Easter(days) => {
            easter(year)?.checked_add(jiff::Span::new().days(i64::from(days))).ok()
        }
        Holiday::AfterThanksgiving(days) => {
            let tg = Date::new(year, 11, 1)
                .ok()?
                .nth_weekday_of_month(4, jiff::civil::Weekday::Thursday)
                .ok()?;
            tg.checked_add(jiff::Span::new().days(i64::from(days))).ok()
        }
    }
}

/// Easter Sunday of `year` (Gregorian computus).
fn easter(year: i16) -> Option<jiff::civil::Date> {
    let y = i32::from(year);
    let (a, b, c) = (y % 19, y / 100, y % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    jiff::civil::Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
}

/// Quarter or half `n` of year `y` as a month interval.
fn period(y: i16, n: u32, half: bool) -> Option<(PartialDate, PartialDate)> {
    if half {
        let first = match n {
            1 => 1,
            2 => 7,
            _ => return None,
        };
        Some((PartialDate::month(y, first)?, PartialDate::month(y, first + 5)?))
    } else {
        resolve::quarter_of(y, n)
    }
}

/// The first (`from_start`) or last `n` steps of the period `first..=last`;
/// `None` when they do not fit in it. Weeks run Monday to Sunday and
/// belong to the period holding their Thursday (the first week of 2021
/// starts on 4 January, as ISO 8601 numbers weeks); months and quarters
/// are calendar months.
fn part_of_period(
    first: Date,
    last: Date,
    step: super::counted::Step,
    n: i64,
    from_start: bool,
) -> Option<DateValue> {
    use super::counted::Step;
    use super::words::Unit;
    let days = |d: Date, k: i64| d.checked_add(jiff::Span::new().try_days(k).ok()?).ok();
    let (a, b) = match step {
        Step::Rolling(Unit::Day) => {
            if from_start {
                (first, days(first, n - 1)?)
            } else {
                (days(last, 1 - n)?, last)
            }
        }
        Step::Rolling(u @ (Unit::Week | Unit::Fortnight)) => {
            let weeks = if u == Unit::Fortnight { 2 * n } else { n };
            if from_start {
                let monday = resolve::week_start(days(first, 3)?, 0)?;
                (monday, days(monday, 7 * weeks - 1)?)
            } else {
                let sunday = days(resolve::week_start(days(last, -3)?, 0)?, 6)?;
                (days(sunday, 1 - 7 * weeks)?, sunday)
            }
        }
        Step::Rolling(Unit::Month) | Step::Quarter => {
            let months = if step == Step::Quarter { 3 * n } else { n };
            let index = |d: Date| i64::from(d.year()) * 12 + i64::from(d.month()) - 1;
            let (lo, hi) = (index(first), index(last));
            let (a, b) = if from_start { (lo, lo + months - 1) } else { (hi - months + 1, hi) };
            if a < lo || b > hi || (hi - lo + 1) <= months {
                return None;
            }
            let month = |x: i64| {
                PartialDate::month(i16::try_from(x / 12).ok()?, i8::try_from(x % 12 + 1).ok()?)
            };
            return Some(range(month(a)?, month(b)?));
        }
        _ => return None,
    };
    // A week may reach three days out of its period; the part must be
    // shorter than the period ("the first 7 days of this week" is not one).
    let fits = a >= days(first, -3)? && b <= days(last, 3)?;
    let shorter = b.since(a).ok()?.get_days() < last.since(first).ok()?.get_days();
    (fits && shorter).then(|| range(a.into(), b.into()))
}

/// Which part of a period "the beginning of", "the middle of" and "the
/// end of" name.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Edge {
    Start,
    Middle,
    End,
}

impl Edge {
    /// The edge a word names ("start" and "beginning" alike).
    fn of_word(w: &str) -> Edge {
        match w {
            "end" => Edge::End,
            "middle" => Edge::Middle,
            _ => Edge::Start,
        }
    }

    /// The edge "early", "mid" or "late" names.
    fn of_qualifier(w: &str) -> Edge {
        match w {
            "late" => Edge::End,
            "mid" => Edge::Middle,
            _ => Edge::Start,
        }
    }

    /// The third of `year` this edge names: "the end of 2000" is
    /// September to December, "the beginning of 2000" January to April,
    /// "the middle of 2000" May to August. A vague edge is a span of
    /// months, not December alone: "the end of 2000" is not contradicted
    /// by November.
    fn third_of_year(self, year: i16) -> Option<(PartialDate, PartialDate)> {
        let (a, b) = match self {
            Edge::Start => (1, 4),
            Edge::Middle => (5, 8),
            Edge::End => (9, 12),
        };
        Some((PartialDate::month(year, a)?, PartialDate::month(year, b)?))
    }

    /// The days of a week (0 = Monday) this edge names: the start of a
    /// week is Monday to Wednesday, its middle Tuesday to Friday, its end
    /// Thursday to Sunday.
    fn days_of_week(self) -> (i64, i64) {
        match self {
            Edge::Start => (0, 2),
            Edge::Middle => (1, 4),
            Edge::End => (3, 6),
        }
    }
}

/// "the end of June" is June's last day: a resolved month becomes that
/// day, anything else is kept.
fn edge_of_month(mut hit: Hit) -> Hit {
    if let crate::value::Value::Date(DateValue::Resolved { start, end: None }) = &hit.value
        && start.precision() == crate::value::Precision::Month
    {
        hit.value = crate::value::Value::Date(point(start.last_day().into()));
    }
    hit
}

/// "the nineties": the decade of the 1900s a word names.
fn decade_word(w: &str) -> Option<i16> {
    Some(match w {
        "twenties" => 1920,
        "thirties" => 1930,
        "forties" => 1940,
        "fifties" => 1950,
        "sixties" => 1960,
        "seventies" => 1970,
        "eighties" => 1980,
        "nineties" => 1990,
        "noughties" => 2000,
        _ => return None,
    })
}

/// The decade of a century a word names: "tens" 10 to "nineties" 90.
fn decade_of_century(w: &str) -> Option<i16> {
    Some(match w {
        "tens" => 10,
        "twenties" => 20,
        "thirties" => 30,
        "forties" => 40,
        "fifties" => 50,
        "sixties" => 60,
        "seventies" => 70,
        "eighties" => 80,
        "nineties" => 90,
        _ => return None,
    })
}

/// Words that may follow a date ending its phrase ("in the summer and
/// ...", "over the winter, when"): anything else after a season makes
/// it qualify a noun ("the winter fuel allowance").
fn is_clause_word(w: &str) -> bool {
    matches!(
        w,
        "and"
            | "or"
            | "but"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "with"
            | "when"
            | "as"
            | "after"
            | "before"
            | "until"
            | "if"
            | "while"
            | "next"
            | "last"
            | "this"
            | "the"
            | "a"
            | "it"
            | "he"
            | "she"
            | "they"
            | "we"
            | "i"
            | "is"
            | "was"
            | "will"
            | "has"
            | "had"
            | "instead"
            | "only"
            | "so"
            | "then"
            | "although"
            | "because"
    )
}

/// Pronouns after "May" that make it the modal verb ("May I ask").
fn is_pronoun(w: &str) -> bool {
    matches!(w, "i" | "we" | "you" | "he" | "she" | "it" | "they" | "be" | "have" | "not")
}

#[cfg(test)]
mod tests {
    use super::super::test_util::check;

    #[test]
    fn the_memo_gives_each_token_its_own_written_date() {
        // Asked in any order, twice at a token: each answer is the token's.
        let toks = super::super::Toks::new("on 5 June 2004, the 22nd of May and 5 people");
        let cx = super::Cx { t: &toks, published: None, loose_memo: std::cell::Cell::new(None) };
        let order: Vec<usize> = (0..toks.len()).rev().chain(0..toks.len()).collect();
        for i in order {
            assert_eq!(cx.loose_at(i), cx.read_loose_at(i), "{}", toks.w(i));
            assert_eq!(cx.loose_at(i), cx.read_loose_at(i), "{}", toks.w(i));
        }
        let june = cx.loose_at(1).expect("5 June 2004");
        assert_eq!((june.0.year, june.0.month, june.0.day, june.1), (Some(2004), 6, Some(5), 4));
        assert!(cx.loose_at(11).is_none(), "5 people");
        assert!(cx.loose_at(0).is_none(), "on");
    }

    #[test]
    fn the_longer_hit_wins_and_the_later_one_on_a_tie() {
        use super::{Hit, keep_longest_or_later};
        use crate::value::{Qualifier, Value};
        let hit = |start_byte, end| Hit {
            start_byte,
            end,
            value: Value::Date(crate::value::DateValue::Unresolved { expression: String::new() }),
            qualifier: Qualifier::Exact,
        };
        let pick = |mut a: Option<Hit>, b: Option<Hit>| {
            keep_longest_or_later(&mut a, b);
            a.map(|h| h.start_byte)
        };
        assert_eq!(pick(Some(hit(1, 3)), Some(hit(2, 3))), Some(2));
        assert_eq!(pick(Some(hit(1, 4)), Some(hit(2, 3))), Some(1));
        assert_eq!(pick(None, Some(hit(2, 3))), Some(2));
        assert_eq!(pick(Some(hit(1, 3)), None), Some(1));
        assert_eq!(pick(None, None), None);
    }

    #[test]
    fn absolute_dates() {
        let p = Some("2025-11-27");
        check(&[
            ("on 25 November 2025 in", p, "25 November 2025=2025-11-25"),
            ("November 25, 2025.", p, "November 25, 2025=2025-11-25"),
            ("born on 27 October, 1920.", p, "27 October, 1920=1920-10-27"),
            ("released 2025-11-25 here", p, "2025-11-25=2025-11-25"),
            ("in June 2025 the", p, "June 2025=2025-06"),
            ("in 2004 the", p, "2004=2004"),
            ("\"2004 reinforces the trend\"", p, "2004=2004"),
            ("I'll go back 01st Jan 2019.", p, "01st Jan 2019=2019-01-01"),
            ("on 12/25/2004 and", p, "12/25/2004=2004-12-25"),
            ("on 21/04/2016 and", p, "21/04/2016=2016-04-21"),
            ("at the 1936 Berlin Games", p, "1936=1936"),
            ("Monday January 12th, 2016", p, "Monday January 12th, 2016=2016-01-12"),
            ("twenty second of June 2017", p, "twenty second of June 2017=2017-06-22"),
            ("The date should be 05-Aug-2016", p, "05-Aug-2016=2016-08-05"),
            ("sometime on Friday 7/6 with Jim", Some("2018-07-06"), "Friday 7/6=2018-07-06"),
            ("I'll go back May twenty nine", Some("2016-11-07"), "May twenty nine=2017-05-29"),
            ("set something up for October, 1st.", Some("2018-08-07"), "October, 1st=2018-10-01"),
            ("Show me the records in 21st century", p, "21st century=2000..2099"),
            ("Maybe we can leave after 2018", p, "after 2018=2018 (more_than)"),
            ("thanksgiving 2013", p, "thanksgiving 2013=2013-11-28"),
            ("last thanksgiving", Some("2013-02-12"), "last thanksgiving=2012-11-22"),
            ("shops shut on Christmas Day.", Some("2004-12-20"), "Christmas Day=2004-12-25"),
            ("sales over Christmas", p, ""),
        ]);
    }

    #[test]
    fn relative_months_and_days() {
        check(&[
            (
                "the first time since May last year, it",
                Some("2005-02-01"),
                "since May last year=2004-05 (at_least)",
            ),
            ("In October last year, new rules", Some("2005-02-01"), "October last year=2004-10"),
            ("the race on 19 March", Some("2005-01-11"), "19 March=2005-03-19"),
            ("Nov. 25 was", Some("2005-12-01"), "Nov. 25=2005-11-25"),
            ("Nov. 25 was", None, "Nov. 25=unresolved (Nov. 25)"),
            ("the redemption on Dec. 7 of all the notes", Some("1989-11-02"), "Dec. 7=1989-12-07"),
            (
                "an editorial on Thursday, Jan. 6: the",
                Some("2000-01-07"),
                "Thursday, Jan. 6=2000-01-06",
            ),
            ("in December", None, "December=unresolved (December)"),
        ]);
    }

    #[test]
    fn not_dates() {
        let p = Some("2005-01-10");
        check(&[
            ("The 2004 Jesse Owens Awards", p, ""),
            ("The 2004 awards will be presented", p, ""),
            ("deliver 2000 pieces of toys.", p, ""),
            ("more than 2000 fans", p, ""),
            ("May I ask why?", p, ""),
            ("This may take longer than expected.", p, ""),
            ("Tel: +86 138-2010-2015", p, ""),
            ("It cost $2004 in all", p, ""),
            ("the third quarter was weak", p, ""),
            ("24/7", p, ""),
            ("2000 of them", p, ""),
            ("including 2001 when the 11 September attacks pushed claims up", p, "2001=2001"),
        ]);
    }

    #[test]
    fn seasons_without_a_year_follow_the_tense() {
        let p = Some("2016-11-07");
        check(&[
            ("I'll leave the summer", p, "the summer=2017-06..2017-08"),
            ("prices fell over the summer", p, "the summer=2016-06..2016-08"),
            ("the talks will resume in spring", p, "spring=2017-03..2017-05"),
            ("it will be done by mid summer", p, "by mid summer=2017-08 (at_most)"),
            ("it opened in late summer 2004", p, "late summer 2004=2004-06..2004-08"),
            // Winter is under way in December, and runs into February.
            ("snow fell during the winter", Some("2016-12-20"), "the winter=2016-12..2017-02"),
            // Names, springs of water and collapses are not seasons.
            ("the summer of love", p, ""),
            ("ahead of the Winter Olympics", p, ""),
            ("the spring was dry", p, ""),
            ("the fall of the Berlin Wall", p, ""),
            ("every winter", p, ""),
            ("blamed for the fall in confidence", p, ""),
            ("a free kick by Winter was met", p, ""),
            ("part of the winter fuel allowance", p, ""),
            ("the long days of winter", p, ""),
            ("promised late winter sunshine", p, ""),
            ("a deal in the summer but it failed", p, "the summer=2016-06..2016-08"),
        ]);
    }

    #[test]
    fn periods() {
        check(&[
            ("in the last quarter of 2004.", None, "the last quarter of 2004=2004-10..2004-12"),
            ("in the third quarter of 2004", None, "the third quarter of 2004=2004-07..2004-09"),
            ("in Q3 2024", None, "Q3 2024=2024-07..2024-09"),
            ("in the first half of 2005", None, "the first half of 2005=2005-01..2005-06"),
            ("in the 1990s", None, "the 1990s=1990..1999"),
            ("in the mid-1990s", None, "the mid-1990s=1990..1999"),
            ("in the nineties", None, "the nineties=1990..1999"),
            ("presidents in nineties", None, "nineties=1990..1999"),
            ("in the twenty-tens", None, "the twenty-tens=2010..2019"),
            ("in the two thousand and tens", None, "the two thousand and tens=2010..2019"),
            ("in the two thousands", None, "the two thousands=2000..2009"),
            ("in the nineteen seventies", None, "the nineteen seventies=1970..1979"),
            // An age, a crowd and a count are not decades.
            ("a man in his nineties", None, ""),
            ("the two thousands of people", None, ""),
            ("the twenty tenants", None, ""),
            ("summer 2004", None, "summer 2004=2004-06..2004-08"),
            ("by the end of June 2004.", None, "by the end of June 2004=2004-06-30 (at_most)"),
            ("by the end of 2004.", None, "by the end of 2004=2004-12 (at_most)"),
            ("at the end of 2004.", None, "end of 2004=2004-09..2004-12"),
            ("founded at the beginning of 2000", None, "beginning of 2000=2000-01..2000-04"),
            ("founded at the middle of 2000", None, "middle of 2000=2000-05..2000-08"),
            // "Middle" alone is no date.
            ("in the middle of the road", None, ""),
            (
                "troops by the end of the month.",
                Some("1990-08-13"),
                "by the end of the month=1990-08-31 (at_most)",
            ),
            (
                "by the end of the year.",
                Some("1990-08-13"),
                "by the end of the year=1990-12 (at_most)",
            ),
            ("in early 2004", None, "early 2004=2004"),
            ("at the beginning of October 2004", None, "beginning of October 2004=2004-10"),
            ("sales in 2/2013 rose", None, "2/2013=2013-02"),
            ("sales in Sept rose", Some("2005-01-10"), "Sept=2004-09"),
        ]);
    }

    #[test]
    fn intervals() {
        let p = Some("2005-02-02");
        check(&[
            ("served from 1941 to 1945 and", None, "from 1941 to 1945=1941..1945"),
            ("between 1941 and 1945", None, "between 1941 and 1945=1941..1945"),
            ("the 2012-13 season", None, "2012-13=2012..2013"),
            ("the 2004/05 season", None, "2004/05=2004..2005"),
            ("held 13-24 June 2025", None, "13-24 June 2025=2025-06-13..2025-06-24"),
            (
                "the weekend of 8/9 January 2005",
                None,
                "the weekend=unresolved (the weekend); 8/9 January 2005=2005-01-08..2005-01-09",
            ),
            ("he scored 8/9 in January 2005", None, "January 2005=2005-01"),
            ("due on 9/8 January 2005", None, "9/8=unresolved (9/8); January 2005=2005-01"),
            ("on June 24 and 25, 2025", None, "June 24 and 25, 2025=2025-06-24..2025-06-25"),
            ("from June to August", Some("2005-11-01"), "from June to August=2005-06..2005-08"),
            (
                "In the January-to-March quarter, the economy is expected to grow",
                Some("2005-02-25"),
                "January-to-March=2005-01..2005-03",
            ),
            ("25 June to 3 July 2004", None, "25 June to 3 July 2004=2004-06-25..2004-07-03"),
            ("out today till tomorrow", p, "today till tomorrow=2005-02-02..2005-02-03"),
            ("from 2014 through May 2018", p, "from 2014 through May 2018=2014..2018-05"),
            ("from 2007 to the end of 2008", p, "from 2007 to the end of 2008=2007..2008-12"),
            ("from 2007 to the start of 2008", p, "from 2007 to the start of 2008=2007..2008-01"),
            ("from April to June in 2017", p, "from April to June in 2017=2017-04..2017-06"),
            (
                "out from 10/1 to 11/7",
                Some("2018-08-01"),
                "from 10/1 to 11/7=2018-10-01..2018-11-07",
            ),
            ("out 10/1/2018-10/7/2018", p, "10/1/2018-10/7/2018=2018-10-01..2018-10-07"),
            ("from 5/1-5/7, 2020", p, "from 5/1-5/7, 2020=2020-05-01..2020-05-07"),
            ("a score of 1/2-3/4 here", p, ""),
            (
                "held 26 June to 28 June in 2020",
                p,
                "26 June to 28 June in 2020=2020-06-26..2020-06-28",
            ),
            ("out from 4 to 22 this month", p, "from 4 to 22 this month=2005-02-04..2005-02-22"),
            ("back the 20th of next month", p, "the 20th of next month=2005-03-20"),
            ("it rose 4 this month", p, "this month=2005-02"),
        ]);
    }

    #[test]
    fn open_bounds() {
        let p = Some("2005-02-01");
        check(&[
            ("the first time since May last year, it", p, "since May last year=2004-05 (at_least)"),
            ("had to wait until 1970 before", p, "until 1970=1970 (at_most)"),
            ("due no later than 1/1/2016.", p, "no later than 1/1/2016=2016-01-01 (at_most)"),
            ("models from 2012 or later", p, "2012 or later=2012 (at_least)"),
            (
                "from 2010 to 2018 or before 2000",
                p,
                "from 2010 to 2018=2010..2018; before 2000=2000 (less_than)",
            ),
            (
                "prices starting on 7 January 2019",
                p,
                "starting on 7 January 2019=2019-01-07 (at_least)",
            ),
            ("won by 11 votes", p, ""),
            ("rose by 2,004 in", p, ""),
        ]);
    }

    #[test]
    fn weeks_belong_to_the_period_of_their_thursday() {
        let p = Some("2018-11-29");
        check(&[
            ("in the first week of 2021", p, "the first week of 2021=2021-01-04..2021-01-10"),
            ("the last week of 2019", p, "the last week of 2019=2019-12-23..2019-12-29"),
            (
                "out the third week of July 2004",
                p,
                "the third week of July 2004=2004-07-12..2004-07-18",
            ),
            (
                "in the week beginning 4 February 2019",
                p,
                "the week beginning 4 February 2019=2019-02-04..2019-02-10",
            ),
            // "w/c" is "week commencing"; a "w" alone is no week.
            ("a meeting for w/c Feb 4.", Some("2019-01-20"), "w/c Feb 4=2019-02-04..2019-02-10"),
            ("George W Bush in Feb 2004", p, "Feb 2004=2004-02"),
            ("w/c 4.", p, ""),
        ]);
    }

    #[test]
    fn holidays_and_years_in_words() {
        let p = Some("2016-11-07");
        check(&[
            ("back on Easter Monday 2017", p, "Easter Monday 2017=2017-04-17"),
            ("shut over Easter.", Some("2005-04-10"), "Easter=2005-03-27"),
            ("shut on Good Friday 2005", p, "Good Friday 2005=2005-03-25"),
            ("Black Friday 2010 sales", p, "Black Friday 2010=2010-11-26"),
            ("parade on St Patrick's Day 2004", p, "St Patrick's Day 2004=2004-03-17"),
            ("a trip to Easter Island", p, ""),
            ("founded in nineteen ninety-six", p, "nineteen ninety-six=1996"),
            ("in January nineteen ninety-seven", p, "January nineteen ninety-seven=1997-01"),
            ("since the year two thousand", p, "since the year two thousand=2000 (at_least)"),
            ("two thousand people marched", p, ""),
            ("on September 10, nineteen zero one", p, "September 10, nineteen zero one=1901-09-10"),
            ("in nineteen hundred ninety three", p, "nineteen hundred ninety three=1993"),
            ("nineteen hundred soldiers", p, ""),
            ("earth day 2010", p, "earth day 2010=2010-04-22"),
            ("a good Friday for markets", p, "Friday=2016-11-04"),
            ("nineteen twenty-year-olds", p, ""),
            ("on Monday 21, the", Some("2016-11-07"), "Monday 21=2016-11-21"),
            ("on Monday 21 people died", Some("2016-11-07"), "Monday=2016-11-07"),
            ("we went back on Oct/2", p, "Oct/2=2016-10-02"),
            ("born in April of 87", p, "April of 87=1987-04"),
            ("the vote is on the 18th.", p, "the 18th=2016-11-18"),
            ("it closed on the 4th.", p, "the 4th=2016-11-04"),
            ("on the 18th hole", p, ""),
            ("out the week of the 18th.", p, "the week of the 18th=2016-11-14..2016-11-20"),
            ("on the second day", p, ""),
            (
                "shares fell late last week",
                Some("2005-02-02"),
                "late last week=2005-01-27..2005-01-30",
            ),
        ]);
    }

    #[test]
    fn a_day_alone_after_a_preposition() {
        let p = Some("2016-11-07");
        check(&[
            ("I went back for the 27.", p, "the 27=2016-10-27"),
            ("I went back for the 22nd", p, "the 22nd=2016-10-22"),
            ("we meet on 22nd", p, "22nd=2016-11-22"),
            ("i went back on twenty second?", p, "twenty second=2016-10-22"),
            // A bare number needs "the" and the end of the sentence.
            ("on the 27 floors", p, ""),
            ("I went back on 15", p, ""),
            ("fought for the 27 seats", p, ""),
            ("on second thought", p, ""),
            ("for the second time", p, ""),
        ]);
    }

    #[test]
    fn years_and_months_with_spaced_separators() {
        let p = Some("2016-11-07");
        check(&[
            ("2016 - 11", p, "2016 - 11=2016-11"),
            ("2016 /11", p, "2016 /11=2016-11"),
            ("11 / 2016", p, "11 / 2016=2016-11"),
            ("11- 2016", p, "11- 2016=2016-11"),
            // A season, a count, or a month number out of range.
            ("the 2016 - 17 season", p, "2016=2016"),
            ("in 2016 - 11 people died", p, "2016=2016"),
            ("2016 - 13", p, "2016=2016"),
        ]);
    }

    #[test]
    fn days_in_words_before_a_month_need_a_year() {
        let p = Some("2016-11-07");
        check(&[
            (
                "born on twenty five january nineteen eighty six",
                p,
                "twenty five january nineteen eighty six=1986-01-25",
            ),
            ("on sunday jan twenty one 2018", p, "sunday jan twenty one 2018=2018-01-21"),
            ("the two March rallies", p, "March=2016-03"),
            ("left in October two thousand and returned", p, "October two thousand=2000-10"),
            ("leave after Feb", p, "after Feb=2017-02 (more_than)"),
        ]);
    }

    #[test]
    fn nth_weekday_alone_is_of_the_publication_month() {
        let p = Some("2017-09-05");
        check(&[
            ("I'll go back second Sunday", p, "second Sunday=2017-09-10"),
            ("on the third Tuesday.", p, "the third Tuesday=2017-09-19"),
            // No fifth Sunday that month, or not ending the phrase: the
            // weekday rule alone.
            ("on the fifth Sunday", Some("2017-02-05"), "Sunday=2017-02-05"),
            (
                "the first Sunday after Easter",
                p,
                "Sunday=2017-09-03; after Easter=2017-04-16 (more_than)",
            ),
        ]);
    }

    #[test]
    fn month_and_day_then_the_year_after_a_comma() {
        let p = Some("2016-11-07");
        check(&[
            ("I'll go back 11/12,2016", p, "11/12,2016=2016-11-12"),
            ("on 22/04, 2015 the", p, "22/04, 2015=2015-04-22"),
            // A fraction and a count, or an impossible day.
            ("3/4, 2000 people", p, ""),
            ("13/13, 2015", p, "2015=2015"),
        ]);
    }

    #[test]
    fn fiscal_and_calendar_years() {
        let p = Some("2016-11-07");
        check(&[
            ("Show sales in the fiscal year 2008", p, "the fiscal year 2008=2008"),
            ("in calendar year 2008", p, "calendar year 2008=2008"),
            ("a fiscal year 2008 budget", p, "fiscal year 2008=2008"),
        ]);
    }

    #[test]
    fn days_of_a_range_may_take_the() {
        let p = Some("2016-11-07");
        check(&[
            (
                "i am off between the ninth and the seventeenth of april",
                p,
                "between the ninth and the seventeenth of april=2017-04-09..2017-04-17",
            ),
            (
                "i was off from april the ninth till the seventeenth",
                p,
                "from april the ninth till the seventeenth=2016-04-09..2016-04-17",
            ),
            (
                "I was out between November 15th through the 19th",
                p,
                "between November 15th through the 19th=2015-11-15..2015-11-19",
            ),
            ("from April 9 to the third quarter", p, "April 9=2016-04-09"),
        ]);
    }

    #[test]
    fn a_quarter_before_its_year() {
        let p = Some("2005-02-07");
        check(&[
            (
                "Its fourth quarter 2004 results were strong.",
                p,
                "fourth quarter 2004=2004-10..2004-12",
            ),
            ("the 4th qtr of 2018", p, "the 4th qtr of 2018=2018-10..2018-12"),
            ("the first half 2004", p, "the first half 2004=2004-01..2004-06"),
            ("third quarter 2,004 units", p, ""),
            ("above last year's fourth quarter.", p, "last year's fourth quarter=2004-10..2004-12"),
            ("out next year's third-quarter", p, "next year's third-quarter=2006-07..2006-09"),
            ("out the third- quarter of 2016", p, "the third- quarter of 2016=2016-07..2016-09"),
            ("third-quarter profits rose", p, ""),
            ("last year's fifth quarter", p, "last year=2004"),
        ]);
    }

    #[test]
    fn edges_of_a_week_are_its_days() {
        let p = Some("2017-11-08");
        check(&[
            ("a Skype call end of next week", p, "end of next week=2017-11-16..2017-11-19"),
            // "early", "mid" and "late" name the same parts of a week.
            ("a call mid next week", p, "mid next week=2017-11-14..2017-11-17"),
            ("to meet late this week", p, "late this week=2017-11-09..2017-11-12"),
            ("to meet early next week", p, "early next week=2017-11-13..2017-11-15"),
            ("we met late last week", p, "late last week=2017-11-02..2017-11-05"),
            ("to meet later this week", p, "later this week=2017-11-09..2017-11-12"),
            (
                "to meet later this week",
                Some("2017-11-10"),
                "later this week=2017-11-10..2017-11-12",
            ),
            // A month or a year stays whole (as TempEval annotates it).
            ("to meet early next month", p, "early next month=2017-12"),
            ("late this year", p, "late this year=2017"),
            ("the late weekly meeting", p, ""),
            ("at the middle of next week", p, "middle of next week=2017-11-14..2017-11-17"),
            ("renewed by the end of the week.", p, "by the end of the week=2017-11-12 (at_most)"),
            ("at the start of this week", p, "start of this week=2017-11-06..2017-11-08"),
            ("at the end of the weekly meeting", p, ""),
        ]);
    }

    #[test]
    fn the_nth_day_of_a_month() {
        check(&[
            (
                "back on the 15th day of next month",
                Some("2020-07-10"),
                "the 15th day of next month=2020-08-15",
            ),
            (
                "the twenty third day of September 2019",
                None,
                "the twenty third day of September 2019=2019-09-23",
            ),
        ]);
    }

    #[test]
    fn more_holidays() {
        let p = Some("2016-11-07");
        check(&[
            ("I'll go back on christmas", p, "christmas=2016-12-25"),
            ("Christmas sales rose", p, ""),
            ("shops close over Christmas.", p, ""),
            ("I'll go back on new year eve", p, "new year eve=2016-12-31"),
            ("When was the previous easter?", p, "previous easter=2016-03-27"),
            (
                "an event on independence day of this year",
                p,
                "independence day of this year=2016-07-04",
            ),
            ("back tmrw", p, "tmrw=2016-11-08"),
            ("on valentine day 2017", p, "valentine day 2017=2017-02-14"),
            ("on thanks giving day 2010", p, "thanks giving day 2010=2010-11-25"),
            ("over Labor Day weekend 2021", p, "Labor Day weekend 2021=2021-09-04..2021-09-06"),
            ("labor day 2021 weekend", p, "labor day 2021 weekend=2021-09-04..2021-09-06"),
            (
                "the weekend of thanksgiving 2023",
                p,
                "the weekend of thanksgiving 2023=2023-11-23..2023-11-26",
            ),
            ("halloween weekend 2021", p, "halloween weekend 2021=2021-10-30..2021-10-31"),
            ("Easter weekend", None, "Easter weekend=unresolved (Easter weekend)"),
            ("many thanks for giving", p, ""),
            ("on Valentine's Day 2017", p, "Valentine's Day 2017=2017-02-14"),
            ("on saint patricks day 2017", p, "saint patricks day 2017=2017-03-17"),
            ("on St Paddy's Day 2017", p, "St Paddy's Day 2017=2017-03-17"),
        ]);
    }

    #[test]
    fn composed_dates() {
        let p = Some("2005-02-02");
        check(&[
            ("on the first Friday of July", p, "the first Friday of July=2004-07-02"),
            ("out the third week of July", p, "the third week of July=2004-07-12..2004-07-18"),
            ("the last week of 2015", p, "the last week of 2015=2015-12-28..2016-01-03"),
            ("on Friday the 22nd", p, "Friday the 22nd=2004-10-22"),
            ("in the month of May", p, "the month of May=2005-05"),
            ("out 2016-11", p, "2016-11=2016-11"),
            ("out 11-2016", p, "11-2016=2016-11"),
            ("the 2004-05 season", p, "2004-05=2004..2005"),
            ("out 2016 June", p, "2016 June=2016-06"),
            ("In 2004, March sales rose", p, "2004=2004; March=2004-03"),
            ("plans for Dec/2018", p, "Dec/2018=2018-12"),
            ("on 16. Nov. 2016", p, "16. Nov. 2016=2016-11-16"),
            ("back 2019-sep-1", p, "2019-sep-1=2019-09-01"),
            ("in the 70's", p, "the 70's=1970..1979"),
            ("sales in 2016 Q3", p, "2016 Q3=2016-07..2016-09"),
            ("out the third quarter this year", p, "the third quarter this year=2005-07..2005-09"),
        ]);
    }

    #[test]
    fn first_or_last_units_of_a_period() {
        check(&[
            (
                "Rooms already fully booked for the first 2 weeks of 2021",
                Some("2020-06-01"),
                "the first 2 weeks of 2021=2021-01-04..2021-01-17",
            ),
            (
                "Maintenance is scheduled for the last 3 weeks of this year",
                Some("2019-06-01"),
                "the last 3 weeks of this year=2019-12-09..2019-12-29",
            ),
            (
                "The results for the last four months of 2021 have been listed",
                Some("2022-03-01"),
                "the last four months of 2021=2021-09..2021-12",
            ),
            (
                "They visited Paris first ten days of last year",
                Some("2021-03-01"),
                "first ten days of last year=2020-01-01..2020-01-10",
            ),
            (
                "in the first two quarters of 2020",
                None,
                "the first two quarters of 2020=2020-01..2020-06",
            ),
            (
                "the first 2 weeks of next year",
                None,
                "the first 2 weeks of next year=unresolved (the first 2 weeks of next year)",
            ),
            // Not a part of a period: a life, or the whole year.
            ("the last three years of his life", None, "three years=P3Y"),
            ("the first 12 months of 2021", None, "12 months=P12M; 2021=2021"),
        ]);
    }

    #[test]
    fn eight_digit_dates() {
        check(&[
            ("I'll go back 20161016.", None, "20161016=2016-10-16"),
            ("www.example2.com/data/report-20170302.html", None, "20170302=2017-03-02"),
            // Not a day, or part of a figure or a count.
            ("ticket 20161340", None, ""),
            ("pi is 3.14159265", None, ""),
            ("it got 20161016 votes", None, ""),
            ("a budget of 12345678", None, ""),
        ]);
    }

    #[test]
    fn a_year_after_in_joins_the_date() {
        let p = Some("2019-03-01");
        check(&[
            ("I will go back to China on 28 june in 2020.", p, "28 june in 2020=2020-06-28"),
            ("sales from april in 2016", p, "april in 2016=2016-04"),
            ("I'll go back Sep-23-2020.", p, "Sep-23-2020=2020-09-23"),
            // "in" before something else leaves the date alone.
            ("on 28 June in Paris", p, "28 June=2019-06-28"),
        ]);
    }

    #[test]
    fn holidays_after_a_bound_and_by_other_names() {
        let p = Some("2016-11-07");
        check(&[
            ("It happened 2 weeks before Christmas.", p, "2 weeks before Christmas=2015-12-11"),
            ("We will meet 5 days before new year.", p, "5 days before new year=2016-12-27"),
            (
                "Let's celebrate International Workers' Day!",
                p,
                "International Workers' Day=2016-05-01",
            ),
            ("I'll go back on saint patrick 2020", p, "saint patrick 2020=2020-03-17"),
            ("I'll go back on Yuandan", p, "Yuandan=2017-01-01"),
            // The season, a saint, a union: no date.
            ("shops were busy over Christmas", p, ""),
            ("Christmas sales fell", p, ""),
            ("a statue of St Patrick", p, ""),
            ("the workers' day off", p, ""),
        ]);
    }

    #[test]
    fn numbered_months_and_weeks_of_a_year() {
        let p = Some("2018-06-01");
        check(&[
            ("They will leave the third month of 2021", p, "the third month of 2021=2021-03"),
            ("The 9th month of next year we review", p, "The 9th month of next year=2019-09"),
            ("Show sales in the week 3 of 2027", p, "week 3 of 2027=2027-01-18..2027-01-24"),
            ("sales in the week 27 of last year", p, "week 27 of last year=2017-07-03..2017-07-09"),
            (
                "I'll be out the third week next year",
                p,
                "the third week next year=2019-01-14..2019-01-20",
            ),
            // A week number alone is a fixture's; no week 53 in 2021.
            ("the week 31 fixtures", p, ""),
            ("week 53 of 2021", p, "2021=2021"),
            ("the third month of his term", p, ""),
        ]);
    }

    #[test]
    fn to_date_is_up_to_publication() {
        let p = Some("2018-09-07");
        check(&[
            (
                "This bank stock is down 20% in the year to date.",
                p,
                "year to date=2018-01-01..2018-09-07",
            ),
            ("year-to-date sales", p, "year-to-date=2018-01-01..2018-09-07"),
            ("docked from March to date?", p, "from March to date=2018-03..2018-09-07"),
            // Not a date: a meeting's date, the word alone.
            ("they agreed a date to meet", p, ""),
        ]);
    }

    #[test]
    fn this_or_next_month_day_and_year_month_ranges() {
        let p = Some("2019-03-01");
        check(&[
            ("This task should be done this 5/12", p, "this 5/12=2019-05-12"),
            ("This task should be done next 5/12", p, "next 5/12=2020-05-12"),
            (
                "from this 5/12 to next 5/19",
                p,
                "from this 5/12 to next 5/19=2019-05-12..2020-05-19",
            ),
            (
                "I'll be out between 2015 June and 2018 May",
                p,
                "between 2015 June and 2018 May=2015-06..2018-05",
            ),
            ("In the spring of 1978", p, "the spring of 1978=1978-03..1978-05"),
            ("sales last yr and next qtr", p, "last yr=2018; next qtr=2019-04..2019-06"),
            // Not a day: a fraction, a chain, a month that is not one.
            ("this 3/4 majority", p, ""),
            ("this 5/12/2020", p, "5/12/2020=2020-05-12"),
            ("next 13/13", p, ""),
            ("In 2004 March sales rose", p, "2004=2004; March=2019-03"),
        ]);
    }

    #[test]
    fn a_year_then_the_quarter_and_a_day_after_a_colon() {
        let p = Some("2018-06-01");
        check(&[
            ("I'll be out 2016 the third quarter", p, "2016 the third quarter=2016-07..2016-09"),
            ("Tim says:30 December is OK", p, "30 December=2017-12-30"),
            // A time or a decimal is no day.
            ("at 10:30 December trading opened", p, "December=2017-12"),
            ("rose 1.25 June", p, "June=2018-06"),
        ]);
    }
}
