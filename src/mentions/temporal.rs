//! Dates (absolute and relative) and durations.
//!
//! One pass over a token stream ([`tokens`]): at each token the rules of
//! [`date`], [`relative`] and [`duration`] are tried and the longest match
//! wins; matching then resumes after it. Rules see whole tokens, so
//! "12-day" is read as one duration before any rule could take "12" for
//! the day of a month.
//!
//! Relative expressions are resolved against the publication date (see
//! [`resolve`]); without one they stay [`DateValue::Unresolved`].

mod counted;
mod date;
mod duration;
mod relative;
mod resolve;
mod tense;
mod tokens;
mod word_table;
mod words;

use std::cell::Cell;

use jiff::civil::Date;

use super::{Context, Mention};
use crate::span::Span;
use crate::value::{DateValue, PartialDate, Precision, Qualifier, Value};
pub(crate) use tokens::{TokKind, Toks};

/// Appends the date and duration mentions of `text` to `out`.
#[cfg(test)]
pub(crate) fn find(text: &str, ctx: &Context, out: &mut Vec<Mention>) {
    find_in(&Toks::new(text), ctx, out);
}

/// [`find`] over the tokens of the text, made once by the driver and
/// shared with the numeric pass.
pub(crate) fn find_in(toks: &Toks, ctx: &Context, out: &mut Vec<Mention>) {
    let cx = Cx { t: toks, published: ctx.published, loose_memo: Cell::new(None) };
    let mut i = toks.next_candidate(0);
    while i < toks.len() {
        match cx.parse_at(i) {
            Some(hit) => {
                out.push(Mention {
                    span: Span::new(hit.start_byte, toks.end(hit.end - 1)),
                    value: hit.value,
                    qualifier: hit.qualifier,
                    noun: None,
                });
                i = toks.next_candidate(hit.end.max(i + 1));
            }
            None => i = toks.next_candidate(i + 1),
        }
    }
}

/// A rule's match: tokens `start..end` (end exclusive), and the value.
#[derive(Clone, Debug)]
struct Hit {
    /// First byte of the span (a hedge may start before the first token).
    start_byte: usize,
    /// One past the last token.
    end: usize,
    value: Value,
    qualifier: Qualifier,
}

/// What the rules share: the tokens and the publication date.
struct Cx<'t, 'a> {
    t: &'t Toks<'a>,
    published: Option<Date>,
    /// The last written date read (`loose_at`): token and reading. Several
    /// rules read it at the same token; it depends on the token only.
    loose_memo: LooseMemo,
}

/// A token and the written date read there (`date::Loose`, its end, ambiguous).
type LooseMemo = Cell<Option<(usize, Option<(date::Loose, usize, bool)>)>>;

impl Cx<'_, '_> {
    /// The longest match of any rule starting at token `i`.
    fn parse_at(&self, i: usize) -> Option<Hit> {
        if !self.may_start(i) {
            return None;
        }
        // A counted period comes first: "within 5 days" ends where the
        // length "5 days" does.
        // One rule after the other, keeping the longest so far (the
        // earlier on a tie): no array of large candidates is moved.
        let mut best: Option<Hit> = None;
        for rule in
            [Cx::counted_period, Cx::interval, Cx::date, Cx::relative, Cx::duration, Cx::race_time]
                as [fn(&Self, usize) -> Option<Hit>; 6]
        {
            if let Some(hit) = rule(self, i)
                && best.as_ref().is_none_or(|b| hit.end > b.end)
            {
                best = Some(hit);
            }
        }
        // "from X to Y", "between X and Y", "X through Y": any two dates.
        let lead = self.t.is_any(i, &["from", "between"]);
        // The first date is read, not moved: no copy of the best hit.
        let after_lead = if lead { self.range_end(i + 1) } else { None };
        let first = if lead { after_lead.as_ref() } else { best.as_ref() };
        if let Some(joined) = first.and_then(|a| self.joined_range(i, a))
            && best.as_ref().is_none_or(|b| joined.end > b.end)
        {
            best = Some(joined);
        }
        best.map(|h| self.open_bound(i, self.week_then_days(self.weekday_then_date(h))))
    }

    /// "next week from Wednesday to Friday", "last week between Friday
    /// and Sunday": the days named, in the week just named.
    fn week_then_days(&self, hit: Hit) -> Hit {
        let t = self.t;
        let e = hit.end;
        if !t.is(e.wrapping_sub(1), "week") || !t.is_any(e, &["from", "between"]) {
            return hit;
        }
        let weekday = |k: usize| t.is_word(k).then(|| words::weekday(t.w(k))).flatten();
        let Some((w1, _)) = weekday(e + 1) else { return hit };
        let Some(k) = self.range_sep(e + 2, t.is(e, "between")) else { return hit };
        let Some((w2, _)) = weekday(k) else { return hit };
        let (o1, o2) = (w1.to_monday_zero_offset(), w2.to_monday_zero_offset());
        if o2 <= o1 {
            return hit;
        }
        let value = match &hit.value {
            Value::Date(DateValue::Resolved { start, end: Some(_) })
                if start.precision() == Precision::Day =>
            {
                let monday = start.first_day();
                let day = |o: i8| monday.checked_add(jiff::Span::new().days(i64::from(o))).ok();
                let (Some(a), Some(b)) = (day(o1), day(o2)) else { return hit };
                range(a.into(), b.into())
            }
            Value::Date(DateValue::Unresolved { .. }) => {
                let text = t.text.get(hit.start_byte..t.end(k)).unwrap_or("");
                DateValue::Unresolved { expression: text.to_string() }
            }
            _ => return hit,
        };
        Hit { end: k + 1, value: Value::Date(value), ..hit }
    }

    /// "this Friday (June 15)", "next friday 5/12", "this Friday-Jun-15":
    /// a weekday followed by the day it falls on is one date, and the
    /// written day decides its value.
    fn weekday_then_date(&self, hit: Hit) -> Hit {
        let t = self.t;
        let last = hit.end.saturating_sub(1);
        if !matches!(hit.value, Value::Date(_))
            || !t.is_word(last)
            || words::weekday(t.w(last)).is_none()
        {
            return hit;
        }
        let paren = t.is(hit.end, "(");
        let k = if paren || t.is_any(hit.end, &[",", "-"]) { hit.end + 1 } else { hit.end };
        // The day is written out ("June 15", "5/12"): "Wednesday, Thursday
        // or Friday" are three days.
        if t.kind(k) != Some(TokKind::Num) && self.month_at(k).is_none() {
            return hit;
        }
        let Some(day) = self.single(k) else { return hit };
        let is_day = match &day.value {
            Value::Date(DateValue::Resolved { start, end: None }) => {
                start.precision() == Precision::Day
            }
            Value::Date(DateValue::Unresolved { .. }) => true,
            _ => false,
        };
        let mut end = day.end;
        if paren {
            if !t.is(end, ")") {
                return hit;
            }
            end += 1;
        }
        if !is_day || day.start_byte != t.start(k) {
            return hit;
        }
        Hit { start_byte: hit.start_byte, end, value: day.value, qualifier: hit.qualifier }
    }

    /// The longest single date (not an interval rule's) at `i`.
    fn single(&self, i: usize) -> Option<Hit> {
        if !self.may_start(i) {
            return None;
        }
        [self.interval(i), self.date(i), self.relative(i)]
            .into_iter()
            .flatten()
            .filter(|h| matches!(h.value, Value::Date(_)))
            .max_by_key(|h| h.end)
    }

    /// A date that may end an interval: any single date, and "now" (the
    /// publication day), which is a date only as an end: "between now
    /// and November 15th", "from Jan 22 till now".
    fn range_end(&self, k: usize) -> Option<Hit> {
        if self.t.is(k, "now") && self.t.is_word(k) {
            return self.relative_hit(k, k + 1, |p| Some(point(p.into())));
        }
        // "from March to date": up to the publication day.
        if self.t.is(k, "date") && self.t.is_any(k.wrapping_sub(1), &["to", "till", "until"]) {
            return self.relative_hit(k, k + 1, |p| Some(point(p.into())));
        }
        self.single(k)
    }

    /// Date `a` (starting at token `i`, or after the "from"/"between" at
    /// `i`), a range separator and a second date: one interval from the
    /// start of the first to the end of the second ("today till
    /// tomorrow", "Friday through Sunday", "2014 through May 2018").
    fn joined_range(&self, i: usize, a: &Hit) -> Option<Hit> {
        let Value::Date(va) = &a.value else { return None };
        let k = self.range_sep(a.end, self.t.is(i, "between"))?;
        // "from 2007 to the end of 2008": the second date may start after "the".
        let b = self
            .range_end(k)
            .or_else(|| self.t.is(k, "the").then(|| self.single(k + 1)).flatten())?;
        let Value::Date(vb) = &b.value else { return None };
        let value = match (va, vb) {
            (DateValue::Resolved { start: s1, .. }, DateValue::Resolved { start: s2, end: e2 }) => {
                // "from 2007 to the start of 2008" ends where 2008 starts.
                let mut last = match self.edge_named(k) {
                    Some(true) => *s2,
                    _ => e2.unwrap_or(*s2),
                };
                // "from next Monday to Friday": a weekday that ends a range
                // is the first one on or after its start, whatever the tense.
                if last.last_day() < s1.first_day()
                    && b.end == k + 1
                    && let Some((wd, _)) = words::weekday(self.t.w(k))
                {
                    last = s1.first_day().nth_weekday(1, wd).ok()?.into();
                }
                if last.last_day() < s1.first_day() {
                    return None;
                }
                range(*s1, last)
            }
            _ => DateValue::Unresolved { expression: self.span_text(i, b.end).to_string() },
        };
        Some(Hit {
            start_byte: self.t.start(i),
            end: b.end,
            value: Value::Date(value),
            qualifier: Qualifier::Exact,
        })
    }

    /// "after 2016", "before March", "since 2001", "until June", "no later
    /// than Friday", "2012 or later": a date bounded on one side. The
    /// bounding words join the span; the value stays the date.
    fn open_bound(&self, i: usize, mut hit: Hit) -> Hit {
        let t = self.t;
        if !matches!(hit.value, Value::Date(_)) || hit.qualifier != Qualifier::Exact {
            return hit;
        }
        // "before the end of December": the bound may stand before "the"
        // of a period's edge ("after the 1987 crash" bounds no date).
        let the = t.is(i.wrapping_sub(1), "the")
            && i >= 2
            && t.is_any(i, &["end", "beginning", "start", "middle"]);
        let bound =
            self.bound_before(i).or_else(|| the.then(|| self.bound_before(i - 1)).flatten());
        if hit.start_byte == t.start(i)
            && let Some((q, lead)) = bound
        {
            hit.start_byte = t.start(lead);
            hit.qualifier = q;
            hit.value = bounding_edge(hit.value, q, self.edge_named(i));
            return hit;
        }
        // "2012 or later", "1/1/2016 and after".
        let e = hit.end;
        if t.is_any(e, &["or", "and"]) && !t.is_word(e + 2) && t.kind(e + 2) != Some(TokKind::Num) {
            let q = match t.w(e + 1) {
                "later" | "after" => Qualifier::AtLeast,
                "earlier" | "before" => Qualifier::AtMost,
                _ => return hit,
            };
            hit.end = e + 2;
            hit.qualifier = q;
        }
        hit
    }

    /// Whether the date at `i` names the start (`Some(true)`: "the
    /// beginning of 2008", "start of next week") or the end (`Some(false)`)
    /// of a period.
    fn edge_named(&self, i: usize) -> Option<bool> {
        let k = if self.t.is(i, "the") { i + 1 } else { i };
        if !self.t.is(k + 1, "of") {
            return None;
        }
        match self.t.w(k) {
            "start" | "beginning" => Some(true),
            "end" => Some(false),
            _ => None,
        }
    }

    /// The bounding words that end just before token `i` ("since", "no
    /// later than", "starting on"): the qualifier and their first token.
    fn bound_before(&self, i: usize) -> Option<(Qualifier, usize)> {
        let t = self.t;
        let p = i.checked_sub(1)?;
        let w2 = |k: usize| p.checked_sub(k).map_or("", |j| t.w(j));
        // "before or on 1/1/2016", "later than or in 2016", "after or
        // equal to": a strict bound widened to include the date.
        if t.is_any(p, &["on", "at", "in"]) && w2(1) == "or" {
            let (q, lead) = self.bound_before(p - 1)?;
            return Some((inclusive(q), lead));
        }
        if w2(2) == "or" && w2(1) == "equal" && t.w(p) == "to" {
            let (q, lead) = self.bound_before(p - 2)?;
            return Some((inclusive(q), lead));
        }
        // "on or before 30 June", "on or after", "on or earlier than".
        let on_or = |k: usize| k >= 2 && t.is(k - 1, "or") && t.is(k - 2, "on");
        Some(match t.w(p) {
            "before" if on_or(p) => (Qualifier::AtMost, p - 2),
            "after" if on_or(p) => (Qualifier::AtLeast, p - 2),
            "than" if matches!(w2(1), "earlier" | "sooner") && on_or(p - 1) => {
                (Qualifier::AtMost, p - 3)
            }
            "than" if w2(1) == "later" && on_or(p - 1) => (Qualifier::AtLeast, p - 3),
            "from" if matches!(w2(1), "starting" | "beginning") => (Qualifier::AtLeast, p - 1),
            "with" if w2(1) == "ending" => (Qualifier::AtMost, p - 1),
            "after" => (Qualifier::MoreThan, p),
            "before" => (Qualifier::LessThan, p),
            "since" => (Qualifier::AtLeast, p),
            "until" | "till" | "by" => (Qualifier::AtMost, p),
            "starting" | "beginning" => (Qualifier::AtLeast, p),
            "on" if matches!(w2(1), "starting" | "beginning") => (Qualifier::AtLeast, p - 1),
            "than" => match (w2(2), w2(1)) {
                ("no", "later") => (Qualifier::AtMost, p - 2),
                ("no", "earlier") => (Qualifier::AtLeast, p - 2),
                (_, "later") => (Qualifier::MoreThan, p - 1),
                (_, "earlier" | "sooner") => (Qualifier::LessThan, p - 1),
                _ => return None,
            },
            "as" if w2(2) == "as" && w2(1) == "late" => (Qualifier::AtMost, p - 2),
            _ => return None,
        })
    }

    /// Cheap filter: only digits, an apostrophe ("'90s") and words of
    /// the temporal vocabulary can start a mention; leading words ("the",
    /// "last", "from") only when the vocabulary or a number follows.
    /// [`find_in`] visits only the tokens of [`Toks::next_candidate`]: a
    /// token accepted here must be one of those (a test checks it).
    fn may_start(&self, i: usize) -> bool {
        let t = self.t;
        match t.kind(i) {
            Some(TokKind::Num) => true,
            Some(TokKind::Word) => match t.lex(i) {
                words::LEX_CORE => true,
                words::LEX_LEAD => {
                    let next = i + 1;
                    let after = if t.is(next, "-") { next + 1 } else { next };
                    t.lex(after) != 0
                        || t.kind(after) == Some(TokKind::Num)
                        || t.is_any(after, &["'", "of"])
                }
                _ => false,
            },
            Some(TokKind::Punct) => t.is(i, "'"),
            None => false,
        }
    }

    /// A hit over tokens `start..end` with a date value.
    fn hit(&self, start: usize, end: usize, value: DateValue) -> Option<Hit> {
        (end > start).then(|| Hit {
            start_byte: self.t.start(start),
            end,
            value: Value::Date(value),
            qualifier: Qualifier::Exact,
        })
    }

    /// The text of tokens `start..end` as written.
    fn span_text(&self, start: usize, end: usize) -> &str {
        let (a, b) = (self.t.start(start), self.t.end(end.saturating_sub(1)));
        self.t.text.get(a..b).unwrap_or("")
    }

    /// A relative date: resolved with `f` when the publication date is
    /// known, else unresolved with the expression as written.
    fn relative_hit(
        &self,
        start: usize,
        end: usize,
        f: impl FnOnce(Date) -> Option<DateValue>,
    ) -> Option<Hit> {
        let value = match self.published {
            Some(p) => f(p)?,
            None => DateValue::Unresolved { expression: self.span_text(start, end).to_string() },
        };
        self.hit(start, end, value)
    }
}

/// The edge of a period that a bound `q` reads: "since the end of 1989"
/// is at least its start (September), "by the end of the week" at most
/// its end (Sunday), "before the 1990s" less than their start, "after
/// next week" more than its end; but "before the end of this year" is
/// before its end (`named`: the edge the words name, `Some(true)` for a
/// start). A single date is its own edge.
fn bounding_edge(value: Value, q: Qualifier, named: Option<bool>) -> Value {
    match value {
        Value::Date(DateValue::Resolved { start, end: Some(end) }) => {
            let edge = match (named, q) {
                (Some(false), Qualifier::LessThan) => end,
                (Some(true), Qualifier::MoreThan) => start,
                (_, Qualifier::AtLeast | Qualifier::LessThan) => start,
                (_, Qualifier::AtMost | Qualifier::MoreThan) => end,
                _ => return Value::Date(range(start, end)),
            };
            Value::Date(point(edge))
        }
        v => v,
    }
}

/// The bound `q` made to include its date: "before or on" is at most.
fn inclusive(q: Qualifier) -> Qualifier {
    match q {
        Qualifier::MoreThan => Qualifier::AtLeast,
        Qualifier::LessThan => Qualifier::AtMost,
        q => q,
    }
}

/// A resolved single date.
fn point(d: PartialDate) -> DateValue {
    DateValue::Resolved { start: d, end: None }
}

/// A resolved interval (a single date when both ends are equal).
fn range(a: PartialDate, b: PartialDate) -> DateValue {
    if a == b { point(a) } else { DateValue::Resolved { start: a, end: Some(b) } }
}

#[cfg(test)]
mod test_util {
    use super::*;

    /// Runs the temporal rules alone and renders each mention as
    /// `text=value` (qualifier appended when not exact).
    pub(super) fn run(text: &str, published: Option<&str>) -> Vec<String> {
        let ctx = Context { published: published.map(|p| p.parse().expect("test date")) };
        let mut out = Vec::new();
        find(text, &ctx, &mut out);
        out.iter()
            .map(|m| {
                let mut s = format!("{}={}", m.text(text), m.value);
                if m.qualifier != Qualifier::Exact {
                    s.push_str(&format!(" ({})", m.qualifier.as_str()));
                }
                s
            })
            .collect()
    }

    /// Checks table rows `(text, published, expected mentions joined by "; ")`.
    pub(super) fn check(cases: &[(&str, Option<&str>, &str)]) {
        let mut failed = Vec::new();
        for (text, published, want) in cases {
            let got = run(text, *published).join("; ");
            if got != *want {
                failed.push(format!("{text:?} ({published:?})\n   want: {want}\n    got: {got}"));
            }
        }
        assert!(failed.is_empty(), "{} failing:\n{}", failed.len(), failed.join("\n"));
    }
}

#[cfg(test)]
mod tests {
    use super::test_util::check;

    #[test]
    fn every_token_that_may_start_is_a_candidate() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("claims");
        let mut texts: Vec<String> = std::fs::read_dir(dir)
            .expect("claims/")
            .map(|e| std::fs::read_to_string(e.expect("entry").path()).expect("read"))
            .collect();
        texts.push("the '90s, from May to June 2004, the 3rd, a fortnight ago (Q2)".into());
        let mut started = 0;
        for text in &texts {
            let toks = super::Toks::new(text);
            let cx =
                super::Cx { t: &toks, published: None, loose_memo: std::cell::Cell::new(None) };
            for i in 0..toks.len() {
                if cx.may_start(i) {
                    assert_eq!(toks.next_candidate(i), i, "{:?}", toks.w(i));
                    started += 1;
                }
            }
        }
        assert!(started > 50);
    }

    #[test]
    fn never_panics_on_odd_input() {
        for text in ["", "'", "the", "31 February", "9999-12-31", "Q", "from", "0000s", "£"] {
            let _ = super::test_util::run(text, Some("2005-01-01"));
            let _ = super::test_util::run(text, Some("9999-12-31"));
            let _ = super::test_util::run(text, None);
        }
    }

    proptest::proptest! {
        /// Any text, any publication date: no panic, and every span is a
        /// non-empty slice on char boundaries.
        #[test]
        fn spans_are_always_valid(
            text in "(\\PC|[0-9 /.'-]|May|June|last|year|the|1990s|Friday|ago|days){0,40}",
            y in 1i16..=9999,
            m in 1i8..=12,
            d in 1i8..=28,
        ) {
            let published = jiff::civil::Date::new(y, m, d).ok();
            let mut out = Vec::new();
            super::find(&text, &super::Context { published }, &mut out);
            for mention in out {
                proptest::prop_assert!(mention.span.start < mention.span.end);
                proptest::prop_assert!(text.get(mention.span.start..mention.span.end).is_some());
            }
        }
    }

    #[test]
    fn a_weekday_joins_the_day_it_falls_on() {
        let p = Some("2018-06-13");
        check(&[
            ("a call this friday (jun-15) with Jim", p, "this friday (jun-15)=2018-06-15"),
            ("a call this Friday-Jun-15 with Jim", p, "this Friday-Jun-15=2018-06-15"),
            ("done next friday 5/12", Some("2019-05-20"), "next friday 5/12=2019-05-12"),
            // Not a day: the weekday stands alone.
            ("next Friday, 12 people will", p, "next Friday=2018-06-15"),
            (
                "on Wednesday, Thursday or Friday",
                p,
                "Wednesday=2018-06-13; Thursday=2018-06-14; Friday=2018-06-15",
            ),
            ("this Friday (in June)", p, "this Friday=2018-06-15; June=2018-06"),
        ]);
    }

    #[test]
    fn a_weekday_ending_a_range_follows_its_start() {
        check(&[
            (
                "I will have a long vacation from next monday to friday",
                Some("2019-09-04"),
                "from next monday to friday=2019-09-09..2019-09-13",
            ),
            (
                "from Friday to Monday",
                Some("2019-09-04"),
                "from Friday to Monday=2019-09-06..2019-09-09",
            ),
        ]);
    }

    #[test]
    fn days_of_a_week_just_named() {
        let p = Some("2017-11-15");
        check(&[
            (
                "a meeting next week from Wednesday to Friday.",
                p,
                "next week from Wednesday to Friday=2017-11-22..2017-11-24",
            ),
            (
                "met last week between Friday and Sunday.",
                p,
                "last week between Friday and Sunday=2017-11-10..2017-11-12",
            ),
            ("this week from Tue to Thur.", p, "this week from Tue to Thur=2017-11-14..2017-11-16"),
            (
                "next week from Friday to Monday",
                p,
                "next week=2017-11-20..2017-11-26; from Friday to Monday=2017-11-17..2017-11-20",
            ),
        ]);
    }

    #[test]
    fn now_ends_an_interval() {
        let p = Some("2019-04-23");
        check(&[
            (
                "I will do my work between now and November 15th",
                p,
                "between now and November 15th=2019-04-23..2019-11-15",
            ),
            ("finished between Jan 22 and now", p, "between Jan 22 and now=2019-01-22..2019-04-23"),
            ("from 2010 till now", p, "from 2010 till now=2010..2019-04-23"),
            // "now" alone is no date.
            ("we are now in talks", p, ""),
        ]);
    }

    #[test]
    fn compound_bounds_include_their_date() {
        let p = Some("2016-11-07");
        check(&[
            (
                "He will leave before or on 1/1/2016",
                p,
                "before or on 1/1/2016=2016-01-01 (at_most)",
            ),
            (
                "arrive later than or at 1/1/2016",
                p,
                "later than or at 1/1/2016=2016-01-01 (at_least)",
            ),
            ("on or before 30 June 2017", p, "on or before 30 June 2017=2017-06-30 (at_most)"),
            ("on or after 1 July 2017", p, "on or after 1 July 2017=2017-07-01 (at_least)"),
            ("after or equal to 1/1/2016", p, "after or equal to 1/1/2016=2016-01-01 (at_least)"),
            ("starting from 1/1/2016", p, "starting from 1/1/2016=2016-01-01 (at_least)"),
            ("ending with 1/1/2016", p, "ending with 1/1/2016=2016-01-01 (at_most)"),
            ("You can't leave later than 2016", p, "later than 2016=2016 (more_than)"),
            (
                "back before the end of December",
                p,
                "before the end of December=2016-12-31 (less_than)",
            ),
            ("lived here since the end of 1989", p, "since the end of 1989=1989-09 (at_least)"),
            ("closed until next week", p, "until next week=2016-11-20 (at_most)"),
            ("opened after next week", p, "after next week=2016-11-20 (more_than)"),
            ("built before the 1990s", p, "before the 1990s=1990 (less_than)"),
            ("back before end of this year", p, "before end of this year=2016-12 (less_than)"),
            ("after the 1987 crash", p, "1987=1987"),
            ("since the January 1998 election", p, "January 1998=1998-01"),
            // A count, not a year; "or" between two dates is no bound.
            ("more than 2000 people", p, ""),
            ("in 2015 or in 2016", p, "2015=2015; 2016=2016"),
        ]);
    }

    #[test]
    fn times_of_day_are_not_claims() {
        check(&[
            ("The meeting starts at 2.15pm on the dot.", Some("2005-01-10"), ""),
            ("Doors open at 10:30 sharp.", Some("2005-01-10"), ""),
            ("It closes at 5 p.m. each day.", Some("2005-01-10"), ""),
            ("The shop opens 24/7.", Some("2005-01-10"), ""),
        ]);
    }
}
