//! Tense of the sentence around a mention, to place a month or weekday
//! written without a year: "rates will rise on 22 March" is next March,
//! "191 people were killed in March" the last one.

use super::Cx;
use super::resolve::Dir;

/// How far (in tokens) to look for a tense cue on either side.
const WINDOW: usize = 24;

/// Cues further than this (after weighting) say nothing about the date.
const MAX_DISTANCE: usize = 20;

/// Distance multipliers: an auxiliary or irregular past form, a regular
/// "-ed" form (maybe a participle), an infinitive (maybe of purpose:
/// "staged celebrations to mark the entry on Friday").
const STRONG: usize = 1;
const WEAK: usize = 2;
const INFINITIVE: usize = 3;

/// Extra distance for each comma between a cue and the date.
const COMMA_PENALTY: usize = 6;

impl Cx<'_, '_> {
    /// The direction of the tense cue nearest to tokens `start..end`
    /// within their sentence; `Dir::Nearest` when there is none. Cues
    /// before the date weigh more than cues after it (the verb that
    /// governs a date usually comes first), and a bare "-ed" form counts
    /// less than an auxiliary.
    pub(super) fn tense(&self, start: usize, end: usize) -> Dir {
        let t = self.t;
        let mut best: Option<(usize, Dir)> = None;
        let mut consider = |dist: usize, cue: Option<(Dir, usize)>| {
            if let Some((dir, weight)) = cue {
                let dist = dist * weight;
                if dist <= MAX_DISTANCE && best.is_none_or(|(d, _)| dist < d) {
                    best = Some((dist, dir));
                }
            }
        };
        // Backwards to the start of the sentence; a comma puts the cues
        // beyond it in another clause, further away.
        let mut i = start;
        let mut penalty = 0;
        while i > 0 && start - i < WINDOW {
            i -= 1;
            if t.sentence_end(i) {
                break;
            }
            if t.is(i, ",") {
                penalty += COMMA_PENALTY;
            }
            consider(start - i + penalty, self.cue(i, true));
        }
        // Forwards to its end.
        let mut j = end;
        while j < t.len() && j - end < WINDOW {
            // A cue after a comma or a conjunction belongs to another
            // clause: "arrived on Monday and is expected to hold talks".
            if t.is_any(j, &[",", ";", "and", "but", "while", "whereas"]) {
                break;
            }
            consider(2 * (j + 1 - end), self.cue(j, false));
            if t.sentence_end(j) {
                break;
            }
            j += 1;
        }
        best.map_or(Dir::Nearest, |(_, d)| d)
    }

    /// True when a modal of the future ("will", "'ll", "shall") comes
    /// before token `i` in its sentence, or a plan close before it
    /// ("wants to borrow ... in", "are going to vote on in"; not "took
    /// $19m in three days" after "to confront" far back).
    pub(super) fn future_modal_before(&self, i: usize) -> bool {
        let t = self.t;
        let mut k = i;
        while k > 0 && i - k < WINDOW {
            k -= 1;
            if t.sentence_end(k) {
                return false;
            }
            if t.is_any(k, &["will", "shall"]) || (t.is(k, "ll") && t.is(k.wrapping_sub(1), "'")) {
                return true;
            }
            if i - k <= PLAN_REACH
                && t.is(k, "to")
                && is_infinitive(t, k + 1)
                && t.is_any(k.wrapping_sub(1), PLAN_WORDS)
            {
                return true;
            }
        }
        false
    }

    /// The tense token `i` signals, if any, and how weak the cue is (a
    /// multiplier of its distance). `before` is true for tokens before the
    /// date.
    fn cue(&self, i: usize, before: bool) -> Option<(Dir, usize)> {
        let t = self.t;
        let w = t.w(i);
        if !t.is_word(i) {
            return None;
        }
        if is_future_word(w) {
            return Some((Dir::Future, STRONG));
        }
        // "'ll"
        if w == "ll" && t.is(i.wrapping_sub(1), "'") {
            return Some((Dir::Future, STRONG));
        }
        // "to" + verb before the date: a plan or an expectation ("rates
        // to rise on 22 March", "set to expire Nov. 6").
        // After a past form it is the past's ("were forced to withdraw").
        if before && w == "to" && is_infinitive(t, i + 1) {
            let prev = t.w(i.wrapping_sub(1));
            let passive = t.is_any(
                before_compound(t, i - 1),
                &["be", "been", "being", "is", "are", "has", "have"],
            );
            if (is_past_word(prev) || is_regular_past(prev)) && !passive {
                return Some((Dir::Past, INFINITIVE));
            }
            return Some((Dir::Future, INFINITIVE));
        }
        // "will be presented", "will be paid": a participle after "be"
        // carries no tense.
        if t.is_any(before_compound(t, i), &["be", "been", "being", "is", "are"]) {
            return None;
        }
        // "would be traveling": the future of reported speech.
        if w == "would" && !t.is(i + 1, "have") {
            return Some((Dir::Future, STRONG));
        }
        if is_past_word(w) {
            return Some((Dir::Past, STRONG));
        }
        // Not "United", "Ahmed": names end in "-ed" too.
        if is_regular_past(w) && !t.cap(i) {
            return Some((Dir::Past, WEAK));
        }
        None
    }
}

/// The token before the word at `i`, skipping a hyphenated prefix
/// ("been pre-selected" gives "been").
fn before_compound(t: &super::tokens::Toks<'_>, i: usize) -> usize {
    if i >= 3 && t.is(i - 1, "-") && t.glued(i) && t.glued(i - 1) {
        i - 3
    } else {
        i.wrapping_sub(1)
    }
}

/// True when the word at `k` reads as a verb after "to": a lower-case
/// word that is not a determiner, pronoun, number or plural/participle
/// form ("to rise", "to close"; not "to the", "to 83,000", "to sales").
fn is_infinitive(t: &super::tokens::Toks<'_>, k: usize) -> bool {
    let w = t.w(k);
    t.is_word(k)
        && !t.cap(k)
        && w.len() > 2
        && !w.ends_with('s')
        && !w.ends_with("ed")
        && !w.ends_with("ing")
        && !matches!(
            w,
            "the"
                | "its"
                | "his"
                | "her"
                | "their"
                | "our"
                | "your"
                | "this"
                | "that"
                | "these"
                | "those"
                | "last"
                | "next"
                | "about"
                | "around"
                | "more"
                | "less"
                | "over"
                | "date"
                | "market"
                | "power"
                | "court"
                | "work"
                | "school"
                | "office"
                | "war"
                | "one"
                | "two"
                | "three"
                | "four"
                | "five"
                | "six"
                | "seven"
                | "eight"
                | "nine"
                | "ten"
                | "twenty"
                | "thirty"
                | "forty"
                | "fifty"
                | "hundred"
                | "million"
                | "billion"
                | "record"
                | "zero"
                | "nil"
                | "all"
                | "any"
                | "some"
                | "each"
                | "what"
                | "which"
                | "whom"
                | "him"
                | "them"
                | "anyone"
                | "and"
        )
}

/// How many tokens before a date a plan ("want to ...") may stand.
const PLAN_REACH: usize = 8;

/// Words before "to" + verb that make a plan: what follows is ahead.
const PLAN_WORDS: &[&str] = &[
    "want", "wants", "plan", "plans", "planning", "going", "set", "aim", "aims", "hope", "hopes",
    "intend", "intends",
];

/// Words that mark a future (or scheduled) event.
fn is_future_word(w: &str) -> bool {
    matches!(
        w,
        "will"
            | "shall"
            | "upcoming"
            | "forthcoming"
            | "scheduled"
            | "due"
            | "expected"
            | "expects"
            | "expect"
            | "anticipate"
            | "anticipates"
            | "intend"
            | "expecting"
            | "planning"
            | "intends"
            | "aims"
            | "hopes"
    )
}

/// Words that mark a past event: auxiliaries and common irregular past
/// forms.
fn is_past_word(w: &str) -> bool {
    matches!(
        w,
        "was"
            | "said"
            | "told"
            | "were"
            | "had"
            | "did"
            | "ago"
            | "earlier"
            | "previously"
            | "rose"
            | "fell"
            | "won"
            | "lost"
            | "came"
            | "went"
            | "saw"
            | "took"
            | "made"
            | "grew"
            | "began"
            | "became"
            | "led"
            | "left"
            | "sold"
            | "paid"
            | "spent"
            | "met"
            | "held"
            | "gave"
            | "got"
            | "broke"
            | "struck"
            | "brought"
            | "bought"
            | "thought"
            | "found"
            | "since"
    )
}

/// A regular "-ed" form: a weaker past cue (it may be a participle).
fn is_regular_past(w: &str) -> bool {
    w.len() > 4
        && w.ends_with("ed")
        && !matches!(w, "need" | "speed" | "hundred" | "indeed" | "proceed" | "succeed" | "exceed")
}

#[cfg(test)]
mod tests {
    use super::super::test_util::check;

    #[test]
    fn months_without_a_year_follow_the_tense() {
        check(&[
            (
                "More than 2,000 were injured in March after the attack.",
                Some("2004-12-20"),
                "March=2004-03",
            ),
            (
                "US rates are expected to rise on 22 March.",
                Some("2005-02-25"),
                "22 March=2005-03-22",
            ),
            (
                "The awards will be presented on 3 December.",
                Some("2004-11-18"),
                "3 December=2004-12-03",
            ),
            ("New loans in December rose to 83,000.", Some("2005-02-01"), "December=2004-12"),
            ("The trials take place on 5 March.", Some("2005-01-11"), "5 March=2005-03-05"),
            (
                "Changes to mortgage regulation may have artificially depressed figures in November, thus flattering the December figures, analysts said.",
                Some("2005-02-01"),
                "November=2004-11; December=2004-12",
            ),
            (
                "Some lenders were forced to withdraw products temporarily in November and defer lending until they had complied.",
                Some("2005-02-01"),
                "November=2004-11",
            ),
            (
                "Keska, who has made a successful return from a long-term injury lay-off, contests the men's 12km race on 20 March.",
                Some("2005-01-11"),
                "20 March=2005-03-20",
            ),
            (
                "Four athletes have been pre-selected to compete at the Championships in March after good starts.",
                Some("2005-01-11"),
                "March=2005-03",
            ),
            (
                "The Iraqi ambassador said on Tuesday that Iraq would retaliate.",
                Some("1990-08-15"),
                "Tuesday=1990-08-14",
            ),
            (
                "The group would be ready to leave for the United States as soon as Tuesday, Castro said.",
                Some("2000-04-03"),
                "Tuesday=2000-04-04",
            ),
            (
                "He arrived on Monday and is expected to hold talks.",
                Some("2005-02-02"),
                "Monday=2005-01-31",
            ),
            (
                "Telerate shares fell 50 cents on Friday to close at $20 each.",
                Some("1989-10-30"),
                "Friday=1989-10-27",
            ),
        ]);
    }

    #[test]
    fn weekdays_follow_the_tense() {
        check(&[
            (
                "The figure, announced on Friday, beat forecasts.",
                Some("2005-02-25"),
                "Friday=2005-02-25",
            ),
            ("It went on sale in Japan on Sunday.", Some("2004-12-13"), "Sunday=2004-12-12"),
            ("Ministers will meet on Friday.", Some("2004-12-13"), "Friday=2004-12-17"),
            ("He said on Tuesday that it was over.", Some("2004-12-14"), "Tuesday=2004-12-14"),
            ("Talks on Friday", None, "Friday=unresolved (Friday)"),
        ]);
    }
}
