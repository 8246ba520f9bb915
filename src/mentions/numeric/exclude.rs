//! Numbers that are not claims: parts of names and titles ("COVID-19",
//! "G7", "Channel 4", "Ocean's Twelve", "50 Cent"), labels ("page 12",
//! "Article 5"), addresses ("10 Downing Street"), phone numbers, times
//! of day, years, decades and age bands.

use super::text::{
    at_sentence_start, is_capitalised, letters_at, next_word, prev_word, skip_spaces,
};
use crate::mentions::lexicon::Lower;
use crate::mentions::lexicon::month_number;

/// Words before a number that make it a label, not a quantity.
fn is_label_word(w: &str) -> bool {
    matches!(
        Lower::new(w).as_str(),
        "page"
            | "pages"
            | "p"
            | "pp"
            | "section"
            | "sections"
            | "article"
            | "articles"
            | "chapter"
            | "chapters"
            | "paragraph"
            | "clause"
            | "figure"
            | "fig"
            | "table"
            | "line"
            | "platform"
            | "room"
            | "flight"
            | "route"
            | "number"
            | "no"
            | "nos"
            | "version"
            | "v"
            | "gate"
            | "junction"
            | "exit"
            | "level"
            | "grade"
            | "episode"
            | "series"
            | "vol"
            | "volume"
            | "issue"
            | "part"
            | "act"
            | "scene"
            | "track"
            | "channel"
            | "radio"
            | "highway"
            | "interstate"
            | "bus"
            | "apartment"
            | "suite"
            | "floor"
            | "block"
            | "stage"
            | "phase"
            | "category"
            | "tier"
            | "rule"
            | "amendment"
            | "box"
            | "row"
            | "seat"
            | "model"
            | "type"
            | "class"
            | "division"
            | "league"
            | "mark"
            | "windows"
            | "formula"
            | "ward"
            | "district"
            | "zone"
            | "terminal"
            | "pier"
            | "bay"
            | "unit"
            | "lot"
            | "item"
            | "question"
            | "q"
            | "step"
            | "code"
            | "ext"
            | "tel"
            | "fax"
            | "mk"
            | "hall"
            | "studio"
            | "year"
            | "years"
            | "form"
            | "key"
            | "world"
            | "war"
            | "opus"
            | "op"
            | "psalm"
            | "verse"
            | "bill"
            | "resolution"
            | "regulation"
            | "directive"
            | "schedule"
            | "annex"
            | "appendix"
            | "exhibit"
    )
}

/// Capitalised words that may stand before a number without making it
/// part of a name: function words, hedges, months and weekdays.
fn is_plain_capitalised(w: &str) -> bool {
    month_number(w).is_some()
        || matches!(
            w,
            "The"
                | "A"
                | "An"
                | "In"
                | "On"
                | "At"
                | "By"
                | "For"
                | "From"
                | "To"
                | "Of"
                | "With"
                | "About"
                | "Around"
                | "Some"
                | "Nearly"
                | "Almost"
                | "Over"
                | "Under"
                | "Up"
                | "More"
                | "Less"
                | "Fewer"
                | "Only"
                | "Just"
                | "All"
                | "And"
                | "But"
                | "Or"
                | "Since"
                | "After"
                | "Before"
                | "Between"
                | "Than"
                | "Until"
                | "Approximately"
                | "Roughly"
                | "Estimated"
                | "Those"
                | "These"
                | "Its"
                | "Their"
                | "His"
                | "Her"
                | "Our"
                | "Another"
                | "Each"
                | "Every"
                | "Exactly"
                | "Below"
                | "Above"
                | "Within"
                | "During"
                | "Least"
                | "Most"
                | "I"
                | "We"
                | "They"
                | "He"
                | "She"
                | "It"
                | "Monday"
                | "Tuesday"
                | "Wednesday"
                | "Thursday"
                | "Friday"
                | "Saturday"
                | "Sunday"
                | "Mon"
                | "Tue"
                | "Wed"
                | "Thu"
                | "Fri"
                | "Sat"
                | "Sun"
                | "Like"
                | "Where"
                | "When"
                | "While"
                | "If"
                | "As"
                | "Per"
                | "Plus"
                | "Minus"
                | "Total"
                | "Including"
                | "Excluding"
                | "Aged"
                | "Age"
                | "US"
                | "UK"
                | "EU"
                | "USD"
                | "EUR"
                | "GBP"
                | "JPY"
                | "Rs"
                | "Was"
                | "Is"
                | "Are"
                | "Were"
                | "Had"
                | "Has"
                | "Have"
                | "Will"
                | "Would"
                | "Could"
                | "Should"
                | "May"
                | "Might"
                | "Must"
                | "Did"
                | "Does"
                | "Do"
                | "Both"
                | "Mr"
                | "Mrs"
                | "Ms"
                | "Dr"
                | "Sir"
                | "Lord"
                | "Lady"
        )
        || is_sentence_adverb(w)
}

/// Adverbs, conjunctions and prepositions that open a sentence before a
/// figure ("However 60% said...", "Meanwhile 300 people...") and are
/// never the name a number belongs to.
fn is_sentence_adverb(w: &str) -> bool {
    matches!(
        w,
        "However"
            | "Meanwhile"
            | "Yet"
            | "Overall"
            | "Still"
            | "Also"
            | "Now"
            | "Currently"
            | "Previously"
            | "Altogether"
            | "Combined"
            | "So"
            | "Then"
            | "Thus"
            | "Instead"
            | "Already"
            | "Across"
            | "Among"
            | "Through"
            | "Throughout"
            | "Without"
            | "Beyond"
            | "Towards"
            | "Toward"
            | "Into"
            | "Despite"
            | "Although"
            | "Though"
            | "Because"
            | "Whereas"
            | "Unlike"
            | "Several"
            | "Moreover"
            | "Furthermore"
            | "Additionally"
            | "Elsewhere"
            | "Similarly"
            | "Likewise"
            | "Recently"
            | "Earlier"
            | "Later"
            | "Once"
            | "Barely"
            | "Fully"
            | "Even"
            | "Nor"
            | "Perhaps"
            | "Indeed"
            | "Whether"
            | "There"
            | "Here"
            | "Upon"
            | "Via"
    )
}

/// Street words after a number and a name: "10 Downing Street".
fn is_street_word(w: &str) -> bool {
    matches!(
        w,
        "Street"
            | "St"
            | "Road"
            | "Rd"
            | "Avenue"
            | "Ave"
            | "Lane"
            | "Drive"
            | "Place"
            | "Square"
            | "Boulevard"
            | "Blvd"
            | "Way"
            | "Terrace"
            | "Crescent"
            | "Close"
            | "Court"
            | "Gardens"
            | "Park"
            | "Row"
            | "Hill"
            | "Parade"
            | "Walk"
            | "Mews"
    )
}

/// True when the number starting at `start` is part of a name or label
/// because of the word before it ("Channel 4", "Key Stage 2",
/// "page 12", "Windows 95", "BBC Two"). `words` is true for a number in
/// words.
pub(crate) fn is_named_by_word_before(text: &str, start: usize) -> bool {
    let Some((ps, w)) = prev_word(text, start) else { return false };
    // "No. 10", "p. 12", "Art. 5": a label with a full stop.
    if is_label_word(w) {
        return true;
    }
    // A capitalised word right before the number, other than a function
    // word or a month, is a name: "Channel 4", "Halo 2", "BBC Two".
    let _ = ps;
    is_capitalised(w) && !is_plain_capitalised(w)
}

/// "No. 10", "Art. 5": a label abbreviation with a full stop.
pub(crate) fn is_label_with_stop(text: &str, start: usize) -> bool {
    let b = text.as_bytes();
    let s = super::text::skip_spaces_back(text, start);
    if s == 0 || b[s - 1] != b'.' {
        return false;
    }
    prev_word(text, s - 1).is_some_and(|(_, w)| {
        matches!(
            w,
            "No" | "no" | "Art" | "art" | "p" | "pp" | "Vol" | "vol" | "Sec" | "Fig" | "fig"
        )
    })
}

/// A number in words written with a capital in mid-sentence is a name:
/// "Ocean's Twelve", "Five's share", "the Big Four".
pub(crate) fn is_capitalised_word_number(text: &str, start: usize) -> bool {
    let w = letters_at(text, start).map_or("", |(_, w)| w);
    is_capitalised(w) && !at_sentence_start(text, start)
}

/// A number followed by a capitalised name and a street word, or by the
/// name "Cent": "10 Downing Street", "50 Cent".
pub(crate) fn is_address_or_name_after(text: &str, end: usize) -> bool {
    let Some((_, e, w)) = next_word(text, end) else { return false };
    if w == "Cent" {
        return true;
    }
    if !is_capitalised(w) {
        return false;
    }
    if is_street_word(w) {
        return true;
    }
    next_word(text, e).is_some_and(|(_, _, w2)| is_street_word(w2))
}

/// Letters or a code glued before the digits at `start`: "G7", "U2",
/// "BBC1", "COVID-19", "F-16", "over-55s", "MP3".
pub(crate) fn is_glued_to_name(text: &str, start: usize) -> bool {
    let b = text.as_bytes();
    if start == 0 {
        return false;
    }
    let p = b[start - 1];
    if p.is_ascii_alphabetic() || p == b'_' || p == b'/' || p == b'#' || p == b'@' {
        return true;
    }
    // "COVID-19", "F-16", "over-55s"; "mid-2004" is a date anyway.
    p == b'-' && start >= 2 && b[start - 2].is_ascii_alphabetic()
}

/// A phone number: digit groups joined by spaces, dots or hyphens with
/// a leading "+", "(" or "0", or three or more hyphenated groups.
pub(crate) fn phone_end(text: &str, start: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut s = start;
    let lead = if s > 0 && matches!(b[s - 1], b'+' | b'(') {
        s -= 1;
        true
    } else {
        b.get(start) == Some(&b'0')
    };
    let mut j = start;
    let mut digits = 0;
    let mut groups = 0;
    let mut hyphens = 0;
    loop {
        let g = j;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        if j == g {
            break;
        }
        digits += j - g;
        groups += 1;
        if b.get(j) == Some(&b')') {
            j += 1;
        }
        match b.get(j) {
            Some(b'-') | Some(b'.') | Some(b' ') | Some(b'/')
                if b.get(j + 1).is_some_and(u8::is_ascii_digit)
                    || (b.get(j + 1) == Some(&b'(')) =>
            {
                if b[j] == b'-' {
                    hyphens += 1;
                }
                j += 1;
                if b.get(j) == Some(&b'(') {
                    j += 1;
                }
            }
            _ => break,
        }
    }
    let _ = s;
    let phone = digits >= 7 && groups >= 3 && (lead || hyphens >= 2);
    phone.then_some(j)
}

/// A time of day after the digits: "10:30", "3pm", "7 a.m.".
pub(crate) fn is_time_of_day(text: &str, end: usize) -> bool {
    let b = text.as_bytes();
    if b.get(end) == Some(&b':') && b.get(end + 1).is_some_and(u8::is_ascii_digit) {
        return true;
    }
    let s = skip_spaces(text, end);
    let rest = &text[s..];
    let starts = |p: &str| {
        rest.as_bytes().get(..p.len()).is_some_and(|x| x.eq_ignore_ascii_case(p.as_bytes()))
            && !rest.as_bytes().get(p.len()).is_some_and(u8::is_ascii_alphabetic)
    };
    starts("am")
        || starts("pm")
        || starts("a.m")
        || starts("p.m")
        || starts("gmt")
        || starts("bst")
        || starts("o'clock")
        || starts("hrs")
        || starts("utc")
        || starts("est")
        || starts("et")
}

/// A date or fraction written with slashes: "17/10/2000", "4/5".
pub(crate) fn is_slashed(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    (b.get(end) == Some(&b'/') && b.get(end + 1).is_some_and(u8::is_ascii_digit))
        || (start > 0 && b[start - 1] == b'/')
}

/// A year: a plain four-digit integer from 1900 to 2099 (the temporal
/// rules read it), unless a counted noun follows and no date word comes
/// before ("cut 2000 jobs").
pub(crate) fn is_year_like(value: f64, plain: bool) -> bool {
    plain && (1900.0..=2099.0).contains(&value) && value.fract() == 0.0
}

/// Words before a year-like number that make it a year.
pub(crate) fn is_date_word_before(w: &str) -> bool {
    matches!(
        Lower::new(w).as_str(),
        "the"
            | "in"
            | "on"
            | "at"
            | "by"
            | "since"
            | "until"
            | "till"
            | "from"
            | "to"
            | "of"
            | "between"
            | "and"
            | "or"
            | "during"
            | "before"
            | "after"
            | "mid"
            | "early"
            | "late"
            | "its"
            | "their"
            | "his"
            | "her"
            | "this"
            | "that"
            | "for"
            | "year"
            | "fiscal"
            | "financial"
            | "through"
            | "summer"
            | "winter"
            | "spring"
            | "autumn"
            | "season"
    ) || month_number(w).is_some()
}

/// Age bands: "people under 55", "those aged over 65", "voters over 60".
pub(crate) fn is_age_band(text: &str, start: usize) -> bool {
    let Some((ps, w)) = prev_word(text, start) else { return false };
    let lw = Lower::new(w);
    if !matches!(lw.as_str(), "under" | "over" | "above" | "below" | "aged") {
        return false;
    }
    let Some((_, w2)) = prev_word(text, ps) else { return false };
    matches!(
        Lower::new(w2).as_str(),
        "people"
            | "those"
            | "adults"
            | "voters"
            | "men"
            | "women"
            | "children"
            | "anyone"
            | "pensioners"
            | "everyone"
            | "aged"
            | "kids"
            | "teenagers"
            | "workers"
            | "drivers"
            | "patients"
            | "respondents"
            | "residents"
            | "players"
            | "girls"
            | "boys"
    )
}

/// Words before a hyphenated pair that make it a score: "won 3-2".
pub(crate) fn is_score_word(w: &str) -> bool {
    matches!(
        Lower::new(w).as_str(),
        "won"
            | "win"
            | "wins"
            | "lost"
            | "lose"
            | "loses"
            | "beat"
            | "beats"
            | "beaten"
            | "drew"
            | "draw"
            | "draws"
            | "drawn"
            | "defeat"
            | "defeated"
            | "victory"
            | "lead"
            | "led"
            | "leading"
            | "trail"
            | "trailing"
            | "score"
            | "scored"
            | "scoreline"
            | "thrashed"
            | "thrashing"
            | "hammered"
            | "edged"
            | "routed"
            | "crushed"
            | "result"
            | "final"
            | "aggregate"
            | "goal"
            | "goals"
            | "points"
            | "sets"
            | "set"
    )
}

/// Counterfactuals before a number: "could have sold a million tickets".
pub(crate) fn is_counterfactual(text: &str, start: usize) -> bool {
    let mut i = start;
    for _ in 0..4 {
        let Some((s, w)) = prev_word(text, i) else { return false };
        if w == "have"
            && prev_word(text, s).is_some_and(|(_, m)| matches!(m, "could" | "would" | "might"))
        {
            return true;
        }
        i = s;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, needle: &str) -> usize {
        text.find(needle).unwrap()
    }

    #[test]
    fn names_and_labels_before_a_number() {
        let named = [
            ("surpass Channel 4 in", "4"),
            ("playing Halo 2 all day", "2"),
            ("pupils at Key Stage 2 were", "2"),
            ("see page 12 of", "12"),
            ("under Article 5 of", "5"),
            ("running Windows 95 still", "95"),
            ("in Formula 1 racing", "1"),
            ("watching BBC Two last", "Two"),
        ];
        for (text, n) in named {
            assert!(is_named_by_word_before(text, at(text, n)), "{text}");
        }
        let plain = [
            ("In December 83,000 loans", "83,000"),
            ("Four people died", "Four"),
            ("rose to 310 in", "310"),
            ("Some 95% of claims", "95"),
            ("Gatlin, 22, won", "22"),
            ("US 5 million", "5"),
        ];
        for (text, n) in plain {
            assert!(!is_named_by_word_before(text, at(text, n)), "{text}");
        }
        assert!(is_label_with_stop("at No. 10 today", 7));
    }

    #[test]
    fn glued_names_and_codes() {
        for (text, n) in [
            ("the G7 summit", "7"),
            ("COVID-19 cases", "19"),
            ("U2 played", "2"),
            ("BBC1 and", "1"),
            ("an F-16 jet", "16"),
            ("the over-55s", "55"),
        ] {
            assert!(is_glued_to_name(text, at(text, n)), "{text}");
        }
        assert!(!is_glued_to_name("rose 5%", 5));
        assert!(!is_glued_to_name("(5%)", 1));
    }

    #[test]
    fn names_after_a_number() {
        assert!(is_address_or_name_after("10 Downing Street", 2));
        assert!(is_address_or_name_after("rapper 50 Cent", 9));
        assert!(!is_address_or_name_after("4 British athletes", 1));
    }

    #[test]
    fn phones_times_and_slashes() {
        assert!(phone_end("call 0800 123 4567 now", 5).is_some());
        assert!(phone_end("+1-222-2222-2222", 1).is_some());
        assert!(phone_end("10-12 people", 0).is_none());
        assert!(phone_end("1000 - 5000", 0).is_none());
        assert!(is_time_of_day("at 10:30 today", 5));
        assert!(is_time_of_day("at 3pm", 4));
        assert!(is_time_of_day("at 7 a.m.", 4));
        assert!(!is_time_of_day("at 7 apples", 4));
        assert!(is_slashed("on 17/10/2000", 3, 5));
    }

    #[test]
    fn age_bands_and_counterfactuals() {
        let s = "39% of people under 55";
        assert!(is_age_band(s, at(s, "55")));
        assert!(!is_age_band("fell under 55", 11));
        let s = "we could have sold a million tickets";
        assert!(is_counterfactual(s, at(s, "a million")));
    }
}
