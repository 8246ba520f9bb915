//! What a number counts or measures: units of measure ("500 km",
//! "115 mph"), ages ("32-year-old", "Gatlin, 22,"), and the counted noun
//! phrase ("12 agreements and memoranda of understanding were signed").

use super::text::{is_capitalised, letters_at, next_word, prev_byte, prev_word, skip_spaces};
use crate::mentions::lexicon::Lower;
use crate::mentions::lexicon::{is_phrase_stop, month_number, number_word, ordinal_word};

/// The unit that says a number is an age.
pub(crate) const AGE: &str = crate::value::AGE_UNIT;

/// A unit of measure after a number, as `(end, normalised symbol)`.
/// Glued ("8km") or spaced ("500 km", "3.2 tonnes").
pub(crate) fn unit_after(text: &str, i: usize) -> Option<(usize, &'static str)> {
    let b = text.as_bytes();
    if let Some((e, w)) = letters_at(text, i)
        && !b.get(e).is_some_and(u8::is_ascii_digit)
    {
        // Glued: "8km", "5kg", "115mph", "30l".
        return unit_symbol(w).map(|u| (slash_end(text, e, u).0, slash_end(text, e, u).1));
    }
    // "a 10-mile walk", "the 100-metre final".
    if b.get(i) == Some(&b'-')
        && let Some((e, w)) = letters_at(text, i + 1)
    {
        return unit_symbol(w).or_else(|| unit_word(&Lower::new(w))).map(|u| (e, u));
    }
    let s = skip_spaces(text, i);
    // "20 °C", "20°C".
    for (sym, u) in [("\u{b0}C", "\u{b0}C"), ("\u{b0}F", "\u{b0}F"), ("\u{b0}", "\u{b0}")] {
        if text[s..].starts_with(sym) {
            return Some((s + sym.len(), u));
        }
    }
    let (_, e, w) = next_word(text, i)?;
    let lw = Lower::new(w);
    // Two-word units first: "square miles", "degrees Celsius".
    if let Some((_, e2, w2)) = next_word(text, e) {
        let lw2 = Lower::new(w2);
        let two = match (lw.as_str(), lw2.as_str()) {
            ("square" | "sq", "kilometres" | "kilometers" | "km") => Some("km2"),
            ("square" | "sq", "miles" | "mile") => Some("square mile"),
            ("square" | "sq", "metres" | "meters" | "m") => Some("m2"),
            ("square" | "sq", "feet" | "foot" | "ft") => Some("square foot"),
            ("cubic", "metres" | "meters") => Some("m3"),
            ("degrees" | "degree", "celsius" | "centigrade") => Some("\u{b0}C"),
            ("degrees" | "degree", "fahrenheit") => Some("\u{b0}F"),
            ("metric", "tonnes" | "tons") => Some("t"),
            ("nautical", "miles") => Some("nautical mile"),
            ("light", "years") => Some("light year"),
            ("miles" | "mile", "per") | ("kilometres" | "kilometers", "per") => {
                let (_, e3, w3) = next_word(text, e2)?;
                if w3.eq_ignore_ascii_case("hour") {
                    return Some((e3, if lw.starts_with('m') { "mph" } else { "km/h" }));
                }
                None
            }
            _ => None,
        };
        if let Some(u) = two {
            return Some((e2, u));
        }
    }
    let u = unit_symbol(w).or_else(|| unit_word(&lw))?;
    Some(slash_end(text, e, u))
}

/// "km/h" written with a slash after the unit.
fn slash_end(text: &str, e: usize, u: &'static str) -> (usize, &'static str) {
    if u == "km" && text[e..].starts_with("/h") {
        return (e + 2, "km/h");
    }
    if u == "m" && text[e..].starts_with("/s") {
        return (e + 2, "m/s");
    }
    (e, u)
}

/// Unit abbreviations, case-sensitive ("M" is not metres, "t" is tonnes).
fn unit_symbol(w: &str) -> Option<&'static str> {
    Some(match w {
        "km" => "km",
        "m" => "m",
        "cm" => "cm",
        "mm" => "mm",
        "mi" => "mi",
        "ft" => "ft",
        "kg" | "kgs" => "kg",
        "g" => "g",
        "mg" => "mg",
        "t" => "t",
        "lb" | "lbs" => "lb",
        "oz" => "oz",
        "mph" => "mph",
        "kph" | "kmh" => "km/h",
        "ml" => "ml",
        "l" => "l",
        "ha" => "ha",
        "MW" => "MW",
        "GW" => "GW",
        "kW" => "kW",
        "kWh" => "kWh",
        "GB" => "GB",
        "MB" => "MB",
        "TB" => "TB",
        "Mbps" => "Mbps",
        "bbl" => "bbl",
        _ => return None,
    })
}

/// Unit words, lower case.
fn unit_word(w: &str) -> Option<&'static str> {
    Some(match w {
        "kilometres" | "kilometers" | "kilometre" | "kilometer" => "km",
        "metres" | "meters" | "metre" | "meter" => "m",
        "centimetres" | "centimeters" | "centimetre" | "centimeter" => "cm",
        "millimetres" | "millimeters" | "millimetre" | "millimeter" => "mm",
        "miles" | "mile" => "mi",
        "feet" | "foot" => "ft",
        "inches" | "inch" => "in",
        "yards" | "yard" => "yd",
        "kilograms" | "kilogram" | "kilos" | "kilo" => "kg",
        "grams" | "gram" | "grammes" => "g",
        "tonnes" | "tonne" | "tons" | "ton" => "t",
        "ounces" | "ounce" => "oz",
        "litres" | "liters" | "litre" | "liter" => "l",
        "gallons" | "gallon" => "gal",
        "barrels" | "barrel" => "bbl",
        "acres" | "acre" => "acre",
        "hectares" | "hectare" => "ha",
        "megawatts" | "megawatt" => "MW",
        "gigawatts" | "gigawatt" => "GW",
        "knots" => "knot",
        _ => return None,
    })
}

/// Distances run in athletics and swimming, in metres.
pub(crate) fn is_standard_distance(v: f64) -> bool {
    [50.0, 60.0, 100.0, 110.0, 200.0, 300.0, 400.0, 800.0, 1500.0, 3000.0, 5000.0, 10000.0]
        .contains(&v)
}

/// Nouns that millions usually count ("100m people", "60m viewers").
pub(crate) fn is_common_count_noun(phrase: &str) -> bool {
    let head = Lower::new(phrase.rsplit(' ').next().unwrap_or(phrase));
    matches!(
        head.as_str(),
        "people"
            | "users"
            | "viewers"
            | "customers"
            | "subscribers"
            | "households"
            | "homes"
            | "jobs"
            | "visitors"
            | "shares"
            | "barrels"
            | "tonnes"
            | "copies"
            | "votes"
            | "passengers"
            | "units"
            | "readers"
            | "listeners"
            | "workers"
            | "children"
            | "adults"
            | "voters"
            | "members"
            | "fans"
            | "tickets"
            | "downloads"
            | "accounts"
            | "smokers"
            | "citizens"
            | "residents"
            | "pensioners"
            | "americans"
            | "britons"
            | "consumers"
            | "phones"
            | "computers"
            | "cars"
            | "vehicles"
            | "items"
            | "songs"
            | "tracks"
    )
}

/// True for distance units, whose numbers may be sport event labels.
pub(crate) fn is_distance(u: &str) -> bool {
    matches!(u, "m" | "km" | "mi" | "yd")
}

/// Words after a distance that make it the name of an event, not a
/// measured distance ("the 100m final", "women's 8km race").
pub(crate) fn is_event_word(w: &str) -> bool {
    matches!(
        Lower::new(w).as_str(),
        "race"
            | "races"
            | "final"
            | "finals"
            | "hurdles"
            | "relay"
            | "freestyle"
            | "sprint"
            | "title"
            | "event"
            | "champion"
            | "champions"
            | "championship"
            | "finalist"
            | "finalists"
            | "heat"
            | "heats"
            | "record"
            | "gold"
            | "silver"
            | "bronze"
            | "medal"
            | "backstroke"
            | "breaststroke"
            | "butterfly"
            | "medley"
            | "steeplechase"
            | "run"
            | "walk"
            | "semi"
            | "semifinal"
            | "runner"
            | "runners"
            | "specialist"
            | "world"
            | "olympic"
            | "crown"
            | "winner"
            | "titles"
            | "favourite"
            | "favourites"
            | "favorite"
            | "favorites"
            | "hurdler"
            | "hurdlers"
    )
}

/// "32-year-old", "five-year-old", "46 years old": as the end of the age
/// phrase after a number ending at `i`. A hyphenated age is one word and
/// the span covers it; "46 years old" spans the number only.
pub(crate) fn age_suffix(text: &str, i: usize) -> Option<usize> {
    let e = age_phrase_end(text, i)?;
    Some(if text.as_bytes().get(i) == Some(&b'-') { e } else { i })
}

fn age_phrase_end(text: &str, i: usize) -> Option<usize> {
    let b = text.as_bytes();
    let rest = &text[i..];
    for p in ["-year-old", " year old", " years old", "-years-old", "-year old"] {
        if rest.as_bytes().get(..p.len()).is_some_and(|x| x.eq_ignore_ascii_case(p.as_bytes())) {
            let e = i + p.len();
            // "18 to 24 year olds" is an age band, not an age.
            if b.get(e).is_some_and(u8::is_ascii_alphabetic) {
                return None;
            }
            return Some(e);
        }
    }
    None
}

/// An age written as an apposition or after "aged": "Gatlin, 22, won",
/// "Steve Arthur, 46, from Pease Pottage", "aged 46", "He was 84,".
pub(crate) fn is_age_context(text: &str, start: usize, end: usize, value: f64) -> bool {
    if !(1.0..=120.0).contains(&value) || value.fract() != 0.0 {
        return false;
    }
    let b = text.as_bytes();
    let after = skip_spaces(text, end);
    let closes = matches!(b.get(after), Some(b',') | Some(b';') | Some(b')') | Some(b'.'))
        || after >= b.len();
    if let Some((_, w)) = prev_word(text, start)
        && w.eq_ignore_ascii_case("aged")
    {
        return !is_band_after(text, end);
    }
    // "Name, 22," : a capitalised name, a comma, the number, a comma.
    if prev_byte(text, start) == Some(b',') && matches!(b.get(after), Some(b',') | Some(b';')) {
        let comma = text[..start].trim_end().len() - 1;
        if let Some((_, w)) = prev_word(text, comma) {
            return is_capitalised(w) && month_number(w).is_none();
        }
    }
    // "He was 84," "she is 27."
    if closes
        && let Some((s, w)) = prev_word(text, start)
        && matches!(w, "was" | "is")
        && let Some((_, subj)) = prev_word(text, s)
    {
        return matches!(subj, "He" | "he" | "She" | "she" | "who");
    }
    false
}

/// "18 or over", "18 and over", "18 or older": an age band.
fn is_band_after(text: &str, end: usize) -> bool {
    let Some((_, e, w)) = next_word(text, end) else { return false };
    if !matches!(w, "or" | "and") {
        return false;
    }
    next_word(text, e).is_some_and(|(_, _, w2)| {
        matches!(w2, "over" | "older" | "above" | "under" | "younger" | "below" | "more")
    })
}

/// Nouns of time: a number before them is a duration or a date, which
/// the temporal rules read.
pub(crate) fn is_time_noun(w: &str) -> bool {
    matches!(
        Lower::new(w).as_str(),
        "year"
            | "years"
            | "month"
            | "months"
            | "week"
            | "weeks"
            | "day"
            | "days"
            | "hour"
            | "hours"
            | "minute"
            | "minutes"
            | "second"
            | "seconds"
            | "decade"
            | "decades"
            | "century"
            | "centuries"
            | "fortnight"
            | "fortnights"
            | "quarter"
            | "quarters"
            | "millennium"
            | "millennia"
            | "yr"
            | "yrs"
            | "hrs"
            | "mins"
            | "secs"
            | "nights"
            | "night"
            | "weekend"
            | "weekends"
            | "am"
            | "pm"
            | "gmt"
            | "bst"
            | "o"
            | "time"
            | "times"
            | "fold"
            | "term"
            | "terms"
            | "season"
            | "seasons"
    )
}

/// Irregular plurals and collective nouns that end a counted phrase.
fn is_irregular_plural(w: &str) -> bool {
    matches!(
        w,
        "people"
            | "men"
            | "women"
            | "children"
            | "police"
            | "staff"
            | "personnel"
            | "cattle"
            | "mice"
            | "feet"
            | "teeth"
            | "geese"
            | "data"
            | "media"
            | "criteria"
            | "memoranda"
            | "others"
            | "sheep"
            | "fish"
            | "deer"
            | "aircraft"
            | "troops"
            | "crew"
    )
}

/// True for a word that can be part of a counted noun phrase.
fn is_noun_like(w: &str, lw: &str) -> bool {
    !is_phrase_stop(lw)
        && number_word(lw).is_none()
        && ordinal_word(lw).is_none()
        && month_number(w).is_none()
        && !lw.ends_with("ly")
        && w.len() > 1
}

/// The counted noun phrase after a number ending at `i`, as
/// `(start, end)` of the phrase: "12 agreements and memoranda of
/// understanding were signed" gives "agreements and memoranda of
/// understanding"; "three million of the consoles" gives "consoles".
pub(crate) fn noun_after(text: &str, i: usize) -> Option<(usize, usize)> {
    let mut pos = i;
    // "three million of the consoles", "5 million of its new consoles".
    if let Some((_, e, w)) = next_word(text, pos)
        && w == "of"
        && let Some((_, e2, w2)) = next_word(text, e)
        && matches!(w2, "the" | "its" | "their" | "his" | "her" | "our" | "these" | "those")
    {
        pos = e2;
    }
    noun_phrase(text, pos)
}

/// The noun phrase starting after `pos`, up to a verb, preposition,
/// punctuation or the end of a plural head noun (at most six words).
pub(crate) fn noun_phrase(text: &str, pos: usize) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let (first_s, _, _) = next_word(text, pos)?;
    let mut end = pos;
    let mut words = 0;
    let mut cur = pos;
    let mut after_link = false;
    while words < 6 {
        let Some((s, e, _)) = next_word(text, cur) else { break };
        // Hyphenated words stay whole: "man-made", "highest-grossing".
        let mut e = e;
        while b.get(e) == Some(&b'-') && b.get(e + 1).is_some_and(u8::is_ascii_alphabetic) {
            e = letters_at(text, e + 1).map_or(e, |(x, _)| x);
        }
        let whole = &text[s..e];
        let lw = Lower::new(whole);
        // "isn't", "don't": a verb.
        if text[e..].starts_with("'t") || text[e..].starts_with("\u{2019}t") {
            break;
        }
        if !(is_noun_like(whole, &lw) || lw == "and" || lw == "of") {
            break;
        }
        if lw == "and" || lw == "of" {
            // Coordination or "of" continues only into another noun:
            // "agreements and memoranda of understanding".
            if words == 0 || text[end..s].contains(',') {
                break;
            }
            let Some((_, ne, nw)) = next_word(text, e) else { break };
            let nlw = Lower::new(nw);
            if !is_noun_like(nw, &nlw) || (lw == "and" && is_capitalised(nw)) {
                break;
            }
            let _ = ne;
            cur = e;
            after_link = true;
            continue;
        }
        // "-ed" and "-ing" words are verbs unless a noun follows them
        // ("registered voters", but "people killed in").
        let verb_form = (lw.ends_with("ed") || lw.ends_with("ing")) && !after_link;
        after_link = false;
        if verb_form
            && !next_word(text, e).is_some_and(|(_, _, nw)| is_noun_like(nw, &Lower::new(nw)))
        {
            break;
        }
        end = e;
        words += 1;
        cur = e;
        // A plural head noun ends the phrase unless "and"/"of" follows.
        // "tremendous", "status", "crisis" end in s but are no plurals.
        let plural = (lw.ends_with('s')
            && !(lw.ends_with("ss") || lw.ends_with("us") || lw.ends_with("is"))
            && lw.len() > 3)
            || is_irregular_plural(&lw);
        if plural {
            let cont = next_word(text, e).is_some_and(|(_, _, nw)| matches!(nw, "and" | "of"))
                && !matches!(b.get(e), Some(b',') | Some(b'.'));
            if !cont {
                break;
            }
        }
        if matches!(b.get(e), Some(b',') | Some(b'.') | Some(b';') | Some(b':') | Some(b')')) {
            break;
        }
    }
    (end > pos).then_some((first_s, end))
}

#[cfg(test)]
#[allow(clippy::type_complexity)] // tables of (input, expected) rows
mod tests {
    use super::*;

    fn noun(text: &str, at: usize) -> Option<&str> {
        noun_after(text, at).map(|(s, e)| &text[s..e])
    }

    #[test]
    fn counted_noun_phrases() {
        let cases: &[(&str, usize, Option<&str>)] = &[
            (
                "12 agreements and memoranda of understanding were signed",
                2,
                Some("agreements and memoranda of understanding"),
            ),
            ("191 people were killed", 3, Some("people")),
            ("3,000 jobs", 5, Some("jobs")),
            ("five railway managers are to", 4, Some("railway managers")),
            (
                "about 300 natural and man-made disasters around",
                9,
                Some("natural and man-made disasters"),
            ),
            ("three million of the consoles by", 13, Some("consoles")),
            ("200,000 PSPs which were shipped", 7, Some("PSPs")),
            ("3,028 adults aged 18", 5, Some("adults")),
            ("170 million cinema admissions were made", 11, Some("cinema admissions")),
            ("310 in 2004", 3, None),
            ("four hurricanes, and Japan", 4, Some("hurricanes")),
            ("11 votes.", 2, Some("votes")),
            ("4 British athletes have", 1, Some("British athletes")),
            ("5 registered voters", 1, Some("registered voters")),
            ("2,000 injured in March", 5, None),
        ];
        for (text, at, want) in cases {
            assert_eq!(noun(text, *at), *want, "{text}");
        }
    }

    #[test]
    fn units_of_measure() {
        let cases: &[(&str, usize, Option<(usize, &str)>)] = &[
            ("115 mph", 3, Some((7, "mph"))),
            ("500 km", 3, Some((6, "km"))),
            ("8km race", 1, Some((3, "km"))),
            ("3.2 tonnes", 3, Some((10, "t"))),
            ("20 degrees Celsius", 2, Some((18, "\u{b0}C"))),
            ("90 km/h", 2, Some((7, "km/h"))),
            ("5 people", 1, None),
        ];
        for (text, at, want) in cases {
            assert_eq!(unit_after(text, *at), *want, "{text}");
        }
    }

    #[test]
    fn ages() {
        assert_eq!(age_suffix("32-year-old", 2), Some(11));
        assert_eq!(age_suffix("18 to 24 year olds", 8), None);
        let s = "Steve Arthur, 46, from Pease";
        assert!(is_age_context(s, 14, 16, 46.0));
        assert!(is_age_context("He was 84, had", 7, 9, 84.0));
        assert!(is_age_context("died aged 84.", 10, 12, 84.0));
        assert!(!is_age_context("adults aged 18 or over", 12, 14, 18.0));
        assert!(!is_age_context("In 2004, 300 people", 9, 12, 300.0));
    }
}
