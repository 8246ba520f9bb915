//! Ordinals that rank something ("second biggest insurer", "third
//! place", "ranked 13th") and the idioms that are not claims ("for the
//! first time", "at first", "first in line", "the third quarter").

use super::count::{is_time_noun, noun_phrase};
use super::text::{next_word, nth_prev_word, prev_word};
use crate::mentions::lexicon::Lower;
use crate::mentions::lexicon::month_number;

/// Why an ordinal at `start..end` is not a claim, if it is not one.
/// `word` is the ordinal as written, `value` its rank.
pub(crate) fn is_idiom(text: &str, start: usize, end: usize, value: f64) -> bool {
    let next = next_word(text, end).map(|(_, _, w)| Lower::new(w));
    let prev = prev_word(text, start).map(|(_, w)| Lower::new(w));
    let next = next.as_deref().unwrap_or("");
    let prev = prev.as_deref().unwrap_or("");
    let b = text.as_bytes();
    // Periods and times: "the third quarter", "first half", "first time",
    // "21st century" are the temporal rules' or idioms.
    if is_time_noun(next) || matches!(next, "half" | "halves" | "round" | "minister") {
        return true;
    }
    // A hyphenated time compound or idiom: "first-hand", "third-party",
    // "second-hand"; but "third-largest" ranks.
    if b.get(end) == Some(&b'-')
        && let Some((_, w)) = super::text::letters_at(text, end + 1)
    {
        let w = Lower::new(w);
        if matches!(
            w.as_str(),
            "hand" | "party" | "class" | "rate" | "degree" | "person" | "ever" | "half"
        ) || is_time_noun(&w)
        {
            return true;
        }
    }
    // Dates: "the 21st of March", "March 21st".
    if next == "of"
        && let Some((_, e, _)) = next_word(text, end)
        && next_word(text, e).is_some_and(|(_, _, w)| month_number(w).is_some())
    {
        return true;
    }
    if month_number(prev).is_some() {
        return true;
    }
    // "the first three months", "the first 10 days": a span of time, not
    // a rank ("the first two books" ranks).
    if let Some(after) = count_then_noun(text, end)
        && next_word(text, after).is_some_and(|(_, _, w)| is_time_noun(w))
    {
        return true;
    }
    if value == 1.0 {
        // "at first", "first of all", "first in line", "first batch".
        if matches!(prev, "at")
            || matches!(
                next,
                "of" | "in"
                    | "to"
                    | "and"
                    | "step"
                    | "steps"
                    | "stage"
                    | "phase"
                    | "batch"
                    | "glance"
                    | "sight"
                    | "instance"
                    | "impression"
                    | "thing"
                    | "things"
                    | "lady"
                    | "aid"
                    | "name"
                    | "names"
                    | "hand"
                    | "ever"
                    | "off"
                    | "up"
                    | "on"
            )
        {
            return true;
        }
    }
    if value == 2.0 {
        // "a second" as a time, "per second", "split second".
        if matches!(prev, "per" | "split" | "every" | "one" | "a" | "each")
            && !next_word(text, end).is_some_and(|(_, _, w)| is_rankable(w))
        {
            return true;
        }
    }
    // "third party", "third world".
    if value == 3.0 && matches!(next, "party" | "parties" | "world" | "way") {
        return true;
    }
    // "on the 5th", "the 3rd at" with a preceding "on the": a day.
    if prev == "the"
        && let Some((_, w)) = nth_prev_word(text, start, 2)
        && w.eq_ignore_ascii_case("on")
    {
        return true;
    }
    false
}

/// The end of a count right after an ordinal ("first three", "first 10").
fn count_then_noun(text: &str, end: usize) -> Option<usize> {
    let s = super::text::skip_spaces(text, end);
    if s == end {
        return None;
    }
    let b = text.as_bytes();
    if b.get(s).is_some_and(u8::is_ascii_digit) {
        let mut e = s;
        while e < b.len() && (b[e].is_ascii_digit() || b[e] == b',') {
            e += 1;
        }
        return Some(e);
    }
    let (_, e, w) = next_word(text, end)?;
    crate::mentions::lexicon::number_word(&Lower::new(w)).map(|_| e)
}

/// A word an ordinal can rank: a noun or a superlative, not a function
/// word.
fn is_rankable(w: &str) -> bool {
    let lw = Lower::new(w);
    !crate::mentions::lexicon::is_phrase_stop(&lw) && w.len() > 1
}

/// What the ordinal ranks: "second senior Iranian official" gives
/// "senior Iranian official"; "third-largest economy" gives "largest
/// economy".
pub(crate) fn ranked_noun(text: &str, end: usize) -> Option<(usize, usize)> {
    let from = if text.as_bytes().get(end) == Some(&b'-') { end + 1 } else { end };
    noun_phrase_or_superlative(text, from)
}

fn noun_phrase_or_superlative(text: &str, from: usize) -> Option<(usize, usize)> {
    noun_phrase(text, from)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn idiom(text: &str, word: &str, v: f64) -> bool {
        let s = text.find(word).unwrap();
        is_idiom(text, s, s + word.len(), v)
    }

    #[test]
    fn idioms_are_not_ranks() {
        let idioms: &[(&str, &str, f64)] = &[
            ("risen for the first time since May", "first", 1.0),
            ("at first he refused", "first", 1.0),
            ("first of all, thanks", "first", 1.0),
            ("first in line for the throne", "first", 1.0),
            ("the first batch of consoles", "first", 1.0),
            ("in the third quarter", "third", 3.0),
            ("the 21st century", "21st", 21.0),
            ("on the 21st of March", "21st", 21.0),
            ("wait a second.", "second", 2.0),
            ("a third-party supplier", "third", 3.0),
            ("the first half of 2004", "first", 1.0),
        ];
        for (text, w, v) in idioms {
            assert!(idiom(text, w, *v), "{text}");
        }
        let ranks: &[(&str, &str, f64)] = &[
            ("the world's second biggest insurer", "second", 2.0),
            ("overall third place", "third", 3.0),
            ("finished in 10th place", "10th", 10.0),
            ("ranked 13th in the world", "13th", 13.0),
            ("She finished second!", "second", 2.0),
            ("the third-largest economy", "third", 3.0),
            ("a second referendum", "second", 2.0),
        ];
        for (text, w, v) in ranks {
            assert!(!idiom(text, w, *v), "{text}");
        }
    }

    #[test]
    fn the_ranked_noun() {
        let s = "the second senior Iranian official to visit";
        let (a, b) = ranked_noun(s, 10).unwrap();
        assert_eq!(&s[a..b], "senior Iranian official");
        let s = "the third-largest economy in";
        let (a, b) = ranked_noun(s, 9).unwrap();
        assert_eq!(&s[a..b], "largest economy");
    }
}
