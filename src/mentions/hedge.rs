//! Hedges: the words before a value that bound it ("at least 12",
//! "nearly 3 million", "more than 40%").

use crate::mentions::lexicon::{Lower, number_word};
use crate::value::Qualifier;

/// Hedge phrases and what they mean, longest first so that "no more than"
/// wins over "more than".
const HEDGES: &[(&str, Qualifier)] = &[
    ("greater than or equal to", Qualifier::AtLeast),
    ("more than or equal to", Qualifier::AtLeast),
    ("less than or equal to", Qualifier::AtMost),
    ("fewer than or equal to", Qualifier::AtMost),
    ("higher or equal than", Qualifier::AtLeast),
    ("bigger or equal than", Qualifier::AtLeast),
    ("larger or equal than", Qualifier::AtLeast),
    ("greater or equal than", Qualifier::AtLeast),
    ("smaller or equal than", Qualifier::AtMost),
    ("lower or equal than", Qualifier::AtMost),
    ("less or equal than", Qualifier::AtMost),
    ("equal to or more than", Qualifier::AtLeast),
    ("equal to or greater than", Qualifier::AtLeast),
    ("equal to or less than", Qualifier::AtMost),
    ("equal to or fewer than", Qualifier::AtMost),
    ("at least or equal to", Qualifier::AtLeast),
    // "equal to 20" bounds nothing but belongs to the span.
    ("equaling to", Qualifier::Exact),
    ("equals to", Qualifier::Exact),
    ("equal to", Qualifier::Exact),
    ("equals", Qualifier::Exact),
    ("no more than", Qualifier::AtMost),
    ("no fewer than", Qualifier::AtLeast),
    ("no less than", Qualifier::AtLeast),
    ("not more than", Qualifier::AtMost),
    ("a little over", Qualifier::MoreThan),
    ("a little more than", Qualifier::MoreThan),
    ("as many as", Qualifier::AtMost),
    ("as much as", Qualifier::AtMost),
    ("in excess of", Qualifier::MoreThan),
    ("more than", Qualifier::MoreThan),
    ("fewer than", Qualifier::LessThan),
    ("less than", Qualifier::LessThan),
    ("at least", Qualifier::AtLeast),
    ("at most", Qualifier::AtMost),
    ("up to", Qualifier::AtMost),
    ("close to", Qualifier::Approximately),
    ("greater than", Qualifier::MoreThan),
    ("larger than", Qualifier::MoreThan),
    ("higher than", Qualifier::MoreThan),
    ("bigger than", Qualifier::MoreThan),
    ("smaller than", Qualifier::LessThan),
    ("lower than", Qualifier::LessThan),
    ("exceeding", Qualifier::MoreThan),
    ("exceeds", Qualifier::MoreThan),
    ("exceed", Qualifier::MoreThan),
    ("surpassing", Qualifier::MoreThan),
    ("surpass", Qualifier::MoreThan),
    ("just over", Qualifier::MoreThan),
    ("just under", Qualifier::LessThan),
    ("well over", Qualifier::MoreThan),
    ("approximately", Qualifier::Approximately),
    ("an estimated", Qualifier::Approximately),
    ("estimated", Qualifier::Approximately),
    ("roughly", Qualifier::Approximately),
    ("nearly", Qualifier::Approximately),
    ("almost", Qualifier::Approximately),
    ("around", Qualifier::Approximately),
    ("about", Qualifier::Approximately),
    ("some", Qualifier::Approximately),
    ("over", Qualifier::MoreThan),
    ("above", Qualifier::MoreThan),
    ("under", Qualifier::LessThan),
    ("below", Qualifier::LessThan),
];

/// Comparison signs, which may touch the number (">10", "<= 30").
const SIGNS: &[(&str, Qualifier)] = &[
    (">=", Qualifier::AtLeast),
    ("> =", Qualifier::AtLeast),
    ("\u{2265}", Qualifier::AtLeast),
    ("<=", Qualifier::AtMost),
    ("< =", Qualifier::AtMost),
    ("\u{2264}", Qualifier::AtMost),
    (">", Qualifier::MoreThan),
    ("<", Qualifier::LessThan),
];

/// Bounds written after a value: "500 or more", "18 or over", "200 or
/// greater", "5,000 or less", "10+".
const AFTER: &[(&str, Qualifier)] = &[
    ("or more", Qualifier::AtLeast),
    ("and more", Qualifier::AtLeast),
    ("or greater", Qualifier::AtLeast),
    ("or higher", Qualifier::AtLeast),
    ("or above", Qualifier::AtLeast),
    ("or over", Qualifier::AtLeast),
    ("and over", Qualifier::AtLeast),
    ("and above", Qualifier::AtLeast),
    ("or less", Qualifier::AtMost),
    ("or fewer", Qualifier::AtMost),
    ("or lower", Qualifier::AtMost),
    ("or below", Qualifier::AtMost),
    ("or under", Qualifier::AtMost),
];

/// A bound written right after a value ending at `end`, as
/// `(end of the bound, qualifier)`: "500 or more people" gives the end of
/// "or more" and `AtLeast`.
pub(crate) fn hedge_after(text: &str, end: usize) -> Option<(usize, Qualifier)> {
    let rest = text.get(end..)?;
    if rest.starts_with('+') && !rest[1..].starts_with(|c: char| c.is_ascii_digit()) {
        return Some((end + 1, Qualifier::AtLeast));
    }
    let trimmed = rest.trim_start_matches([' ', '\u{a0}']);
    let skipped = rest.len() - trimmed.len();
    if skipped == 0 {
        return None;
    }
    AFTER.iter().find_map(|(phrase, q)| {
        let head = trimmed.as_bytes().get(..phrase.len())?;
        let after = trimmed.as_bytes().get(phrase.len()..).unwrap_or_default();
        if after.first().is_some_and(u8::is_ascii_alphanumeric)
            || !head.eq_ignore_ascii_case(phrase.as_bytes())
        {
            return None;
        }
        let e = end + skipped + phrase.len();
        // "5000 or less than 6000" is two values, not "5000 or less"; "200
        // or greater than" ending the clause is one bound.
        let rest = after.trim_ascii_start();
        match rest.strip_prefix(b"than") {
            None => Some((e, *q)),
            Some(r) => {
                let clause_end =
                    r.trim_ascii_start().first().is_none_or(|c| b".,;:!?)".contains(c));
                let than_end = e + (after.len() - rest.len()) + 4;
                (clause_end && !r.first().is_some_and(u8::is_ascii_alphanumeric))
                    .then_some((than_end, *q))
            }
        }
    })
}

/// The last words of the hedge phrases, in any case.
fn is_hedge_end(w: &str) -> bool {
    let mut buf = [0u8; 16];
    let Some(lw) = buf.get_mut(..w.len()) else { return false };
    lw.copy_from_slice(w.as_bytes());
    lw.make_ascii_lowercase();
    matches!(
        &*lw,
        b"than"
            | b"to"
            | b"of"
            | b"as"
            | b"over"
            | b"under"
            | b"least"
            | b"most"
            | b"estimated"
            | b"roughly"
            | b"nearly"
            | b"almost"
            | b"around"
            | b"about"
            | b"some"
            | b"above"
            | b"below"
            | b"approximately"
            | b"exceeding"
            | b"exceeds"
            | b"exceed"
            | b"surpassing"
            | b"surpass"
            | b"equals"
    )
}

/// The hedge that ends right before byte `at` of `text` (only spaces
/// between), as `(start of the hedge, qualifier)`.
///
/// ```
/// use claimcheck::mentions::hedge_before;
/// use claimcheck::value::Qualifier;
/// let s = "At least 12 agreements";
/// assert_eq!(hedge_before(s, 9), Some((0, Qualifier::AtLeast)));
/// assert_eq!(hedge_before("the 12 agreements", 4), None);
/// ```
pub fn hedge_before(text: &str, at: usize) -> Option<(usize, Qualifier)> {
    let before = text.get(..at)?.trim_end_matches([' ', '\u{a0}']);
    // Signs may touch the value: ">10", "<= 30".
    if let Some((rest_len, q)) =
        SIGNS.iter().find_map(|(sign, q)| before.strip_suffix(sign).map(|rest| (rest.len(), *q)))
    {
        // "<>30", "=>30": not a comparison this rule knows.
        if before[..rest_len].ends_with(['<', '>', '=', '!']) {
            return None;
        }
        return Some((rest_len, q));
    }
    if before.len() == at {
        return None; // no space between hedge and value
    }
    // Every hedge ends in one of these words: one comparison rules out
    // nearly every number in a text.
    let last_word_start =
        before.as_bytes().iter().rposition(|b| !b.is_ascii_alphabetic()).map_or(0, |p| p + 1);
    if !is_hedge_end(&before[last_word_start..]) {
        return None;
    }
    // A phrase can match only if it ends with the text's last letter:
    // after "rose to" only the few phrases ending in 'o' are compared.
    let last = before.as_bytes().last()?.to_ascii_lowercase();
    let (start, q) = HEDGES.iter().find_map(|(phrase, q)| {
        if phrase.as_bytes().last() != Some(&last) {
            return None;
        }
        let start = before.len().checked_sub(phrase.len())?;
        let tail = before.get(start..)?;
        let starts_word =
            start == 0 || !before[..start].chars().next_back().is_some_and(char::is_alphanumeric);
        (tail.eq_ignore_ascii_case(phrase) && starts_word).then_some((start, *q))
    })?;
    // "0.03 plus 0.08 equals 0.11": an equation's result, not a bound.
    if q == Qualifier::Exact && ends_with_number(&before[..start]) {
        return None;
    }
    if before[start..].eq_ignore_ascii_case("about") && asks_about(&before[..start]) {
        return None;
    }
    if before[start..].eq_ignore_ascii_case("up to") && brings_up_to(&before[..start]) {
        return None;
    }
    Some((start, q))
}

/// Text ending in a verb that moves something to a level, perhaps with
/// its object: "the attacks pushed claims up to $37bn", "bringing the
/// death toll up to 50". The figure is the level reached, not a bound.
fn brings_up_to(text: &str) -> bool {
    let clause = text.rsplit([',', ';', ':', '.', '(', ')', '"']).next().unwrap_or(text);
    // The object comes between: "could take up to six months" is a bound.
    clause
        .split_whitespace()
        .rev()
        .take(4)
        .skip(1)
        .any(|w| BRINGING_VERBS.contains(&Lower::new(w).as_str()))
}

/// Verbs that move a quantity to a level ([`brings_up_to`]).
const BRINGING_VERBS: &[&str] = &[
    "push", "pushes", "pushed", "pushing", "bring", "brings", "brought", "bringing", "take",
    "takes", "took", "taking", "drive", "drives", "drove", "driven", "driving", "send", "sends",
    "sent", "sending", "lift", "lifts", "lifted", "lifting", "boost", "boosts", "boosted",
    "boosting",
];

/// Text ending in "how" or "what": "How about 20 people?" proposes a
/// figure, it does not round one.
fn asks_about(text: &str) -> bool {
    let t = text.trim_end_matches([' ', '\u{a0}']);
    let word_start =
        t.as_bytes().iter().rposition(|b| !b.is_ascii_alphabetic()).map_or(0, |p| p + 1);
    matches!(Lower::new(&t[word_start..]).as_str(), "how" | "what")
}

/// Text ending in a verb that takes "up to" as a particle ("live up to",
/// "face up to", "own up to", "measure up to", "stand up to"). Only
/// before words that are no figure of their own ("lives up to half his
/// promises"): "tortoises live up to 150 years" is a bound.
pub(crate) fn up_to_is_phrasal(text: &str) -> bool {
    let t = text.trim_end_matches([' ', '\u{a0}']);
    let word_start =
        t.as_bytes().iter().rposition(|b| !b.is_ascii_alphabetic()).map_or(0, |p| p + 1);
    matches!(
        Lower::new(&t[word_start..]).as_str(),
        "live"
            | "lives"
            | "lived"
            | "living"
            | "face"
            | "faces"
            | "faced"
            | "facing"
            | "own"
            | "owns"
            | "owned"
            | "owning"
            | "measure"
            | "measures"
            | "measured"
            | "measuring"
            | "stand"
            | "stands"
            | "stood"
            | "standing"
    )
}

/// Text that ends in a figure: digits ("0.08 ") or a number word
/// ("zero point zero eight ").
fn ends_with_number(text: &str) -> bool {
    let t = text.trim_end_matches([' ', '\u{a0}']);
    if t.as_bytes().last().is_some_and(u8::is_ascii_digit) {
        return true;
    }
    let word_start =
        t.as_bytes().iter().rposition(|b| !b.is_ascii_alphabetic()).map_or(0, |p| p + 1);
    let w = &t[word_start..];
    !w.is_empty() && number_word(&Lower::new(w)).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_hedge_ends_in_a_listed_word() {
        for (phrase, _) in HEDGES {
            let last = phrase.rsplit(' ').next().unwrap_or(phrase);
            assert!(is_hedge_end(last), "{phrase}");
            assert!(is_hedge_end(&last.to_ascii_uppercase()), "{phrase}");
        }
    }

    #[test]
    fn up_to_after_a_verb_of_bringing_is_the_level_reached() {
        let at = |s: &str| s.find(|c: char| c == '$' || c.is_ascii_digit()).unwrap();
        let hedge = |s: &str| hedge_before(s, at(s));
        assert_eq!(hedge("the attacks pushed claims up to $37bn"), None);
        assert_eq!(hedge("bringing the death toll up to 50"), None);
        assert_eq!(hedge("It took the total up to 300"), None);
        assert_eq!(hedge("up to 5,000 jobs could go"), Some((0, Qualifier::AtMost)));
        assert_eq!(hedge("fines of up to 500"), Some((9, Qualifier::AtMost)));
        assert_eq!(hedge("It could take up to 10"), Some((14, Qualifier::AtMost)));
        assert_eq!(hedge("they pushed hard, with up to 20"), Some((23, Qualifier::AtMost)));
    }

    #[test]
    fn equals_after_a_figure_is_an_equation() {
        assert_eq!(hedge_before("The number equals 20", 18), Some((11, Qualifier::Exact)));
        assert_eq!(hedge_before("is equal to 20", 12), Some((3, Qualifier::Exact)));
        assert_eq!(hedge_before("0.08 equals 0.11", 12), None);
        assert_eq!(hedge_before("zero point eight equals 11", 24), None);
        // Only the bare "equal": a real bound after a figure stays.
        assert_eq!(hedge_before("in 2004 more than 20", 18), Some((8, Qualifier::MoreThan)));
    }

    #[test]
    fn up_to_after_a_phrasal_verb() {
        assert!(up_to_is_phrasal("If he lives "));
        assert!(up_to_is_phrasal("they faced"));
        assert!(!up_to_is_phrasal("it costs "));
        assert!(!up_to_is_phrasal(""));
    }

    #[test]
    fn bounds_after_the_value() {
        assert_eq!(hedge_after("500 or more people", 3), Some((11, Qualifier::AtLeast)));
        assert_eq!(hedge_after("200 or greater", 3), Some((14, Qualifier::AtLeast)));
        assert_eq!(hedge_after("5000 or less", 4), Some((12, Qualifier::AtMost)));
        assert_eq!(hedge_after("10+ years", 2), Some((3, Qualifier::AtLeast)));
        assert_eq!(hedge_after("500 or so", 3), None);
        assert_eq!(hedge_after("5000 or less than 6000", 4), None);
        assert_eq!(hedge_after("500 or moreover", 3), None);
    }

    #[test]
    fn hedges_bind_to_the_value_after_them() {
        let cases = [
            ("At least 12", 9, Some((0, Qualifier::AtLeast))),
            ("nearly 3 million", 7, Some((0, Qualifier::Approximately))),
            ("rose more than 40%", 15, Some((5, Qualifier::MoreThan))),
            ("no more than 5", 13, Some((0, Qualifier::AtMost))),
            ("handsome 5", 9, None),
            ("the 5", 4, None),
            ("x>10", 2, Some((1, Qualifier::MoreThan))),
            ("when <= 30", 8, Some((5, Qualifier::AtMost))),
            ("greater than 4,565", 13, Some((0, Qualifier::MoreThan))),
            ("less than or equal to 100", 22, Some((0, Qualifier::AtMost))),
            ("exceeding 150", 10, Some((0, Qualifier::MoreThan))),
            ("<>30", 2, None),
            ("How about 20 people?", 10, None),
            ("what about 2 in 5", 11, None),
            ("somehow about 20", 14, Some((8, Qualifier::Approximately))),
            ("it was about 20", 13, Some((7, Qualifier::Approximately))),
            ("=>30", 2, None),
        ];
        for (text, at, want) in cases {
            assert_eq!(hedge_before(text, at), want, "{text}");
        }
    }
}
