//! Tense of the sentence around a mention, to place a month or weekday
//! written without a year: "rates will rise on 22 March" is next March,
//! "191 people were killed in March" the last one.

use super::Cx;
use super::resolve::Dir;

/// How far (in tokens) to look for a tense cue on either side.
const WINDOW: usize = 24;

impl Cx<'_, '_> {
    /// The direction of the tense cue nearest to tokens `start..end`
    /// within their sentence; `Dir::Nearest` when there is none.
    pub(super) fn tense(&self, start: usize, end: usize) -> Dir {
        let t = self.t;
        let mut best: Option<(usize, Dir)> = None;
        let mut consider = |dist: usize, dir: Option<Dir>| {
            if let Some(dir) = dir
                && best.is_none_or(|(d, _)| dist < d)
            {
                best = Some((dist, dir));
            }
        };
        // Backwards to the start of the sentence.
        let mut i = start;
        while i > 0 && start - i < WINDOW {
            i -= 1;
            if t.sentence_end(i) {
                break;
            }
            consider(start - i, self.cue(i));
        }
        // Forwards to its end.
        let mut j = end;
        while j < t.len() && j - end < WINDOW {
            if t.sentence_end(j.saturating_sub(1)) && j > end {
                break;
            }
            // A cue after a comma or a conjunction belongs to another
            // clause: "arrived on Monday and is expected to hold talks".
            if t.is_any(j, &[",", ";", "and", "but", "while", "whereas"]) {
                break;
            }
            consider(j + 1 - end, self.cue(j));
            if t.sentence_end(j) {
                break;
            }
            j += 1;
        }
        best.map_or(Dir::Nearest, |(_, d)| d)
    }

    /// The tense token `i` signals, if any.
    fn cue(&self, i: usize) -> Option<Dir> {
        let t = self.t;
        let w = t.w(i);
        if !t.is_word(i) {
            return None;
        }
        if is_future_word(w) {
            return Some(Dir::Future);
        }
        // "'ll", and "to" + verb ("expecting rates to rise on 22 March").
        if w == "ll" && t.is(i.wrapping_sub(1), "'") {
            return Some(Dir::Future);
        }
        if w == "to" && is_infinitive(t.w(i + 1)) && t.is_word(i + 1) {
            return Some(Dir::Future);
        }
        // "will be presented": a participle after "be" carries no tense.
        if w.ends_with("ed") && t.is_any(i.wrapping_sub(1), &["be", "been", "being", "is", "are"]) {
            return None;
        }
        if is_past_word(w) {
            return Some(Dir::Past);
        }
        None
    }
}

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
            | "expecting"
            | "plans"
            | "planning"
            | "intends"
            | "aims"
            | "hopes"
            | "until"
            | "till"
    )
}

/// Common verbs after "to" that make it an infinitive: a plan or an
/// expectation. Only verbs, so "rose to 83,000" or "compared to" are not
/// taken.
fn is_infinitive(w: &str) -> bool {
    matches!(
        w,
        "be" | "compete"
            | "rise"
            | "fall"
            | "meet"
            | "hold"
            | "start"
            | "begin"
            | "open"
            | "launch"
            | "release"
            | "ship"
            | "announce"
            | "publish"
            | "vote"
            | "visit"
            | "travel"
            | "play"
            | "face"
            | "take"
            | "make"
            | "go"
            | "come"
            | "return"
            | "decide"
            | "sign"
            | "end"
            | "close"
            | "finish"
            | "report"
            | "run"
            | "appear"
            | "hear"
            | "rule"
            | "debate"
            | "present"
    )
}

/// Words that mark a past event: auxiliaries, common irregular past
/// forms, and regular "-ed" forms.
fn is_past_word(w: &str) -> bool {
    if matches!(
        w,
        "was"
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
            | "told"
            | "met"
            | "held"
            | "gave"
            | "got"
            | "hit"
            | "beat"
            | "broke"
            | "struck"
            | "brought"
            | "bought"
            | "thought"
            | "found"
            | "set"
            | "since"
    ) {
        return true;
    }
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
