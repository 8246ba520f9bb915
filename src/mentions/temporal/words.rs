//! Word tables of the temporal rules: months, weekdays, seasons, number
//! words and time units. Everything is matched lowercased.

use jiff::civil::Weekday;

/// A month name (full or abbreviated) and whether it is an abbreviation.
pub(super) fn month(w: &str) -> Option<(i8, bool)> {
    Some(match w {
        "january" => (1, false),
        "february" => (2, false),
        "march" => (3, false),
        "april" => (4, false),
        "may" => (5, false),
        "june" => (6, false),
        "july" => (7, false),
        "august" => (8, false),
        "september" => (9, false),
        "october" => (10, false),
        "november" => (11, false),
        "december" => (12, false),
        "jan" => (1, true),
        "feb" => (2, true),
        "mar" => (3, true),
        "apr" => (4, true),
        "jun" => (6, true),
        "jul" => (7, true),
        "aug" => (8, true),
        "sep" | "sept" => (9, true),
        "oct" => (10, true),
        "nov" => (11, true),
        "dec" => (12, true),
        _ => return None,
    })
}

/// A weekday name (full or abbreviated) and whether it is an abbreviation.
pub(super) fn weekday(w: &str) -> Option<(Weekday, bool)> {
    use Weekday::*;
    Some(match w {
        "monday" => (Monday, false),
        "tuesday" => (Tuesday, false),
        "wednesday" => (Wednesday, false),
        "thursday" => (Thursday, false),
        "friday" => (Friday, false),
        "saturday" => (Saturday, false),
        "sunday" => (Sunday, false),
        "mon" => (Monday, true),
        "tue" | "tues" => (Tuesday, true),
        "wed" | "weds" => (Wednesday, true),
        "thu" | "thur" | "thurs" => (Thursday, true),
        "fri" => (Friday, true),
        "sat" => (Saturday, true),
        "sun" => (Sunday, true),
        _ => return None,
    })
}

/// A season and the months it covers `(first, last)`; winter runs from
/// December into the next year's February.
pub(super) fn season(w: &str) -> Option<(i8, i8)> {
    Some(match w {
        "spring" => (3, 5),
        "summer" => (6, 8),
        "autumn" | "fall" => (9, 11),
        "winter" => (12, 2),
        _ => return None,
    })
}

/// Cardinal number words up to ninety.
pub(super) fn cardinal(w: &str) -> Option<u32> {
    Some(match w {
        "zero" => 0,
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

/// Ordinal number words up to thirty ("twenty-first" is two tokens).
pub(super) fn ordinal(w: &str) -> Option<u32> {
    Some(match w {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" => 9,
        "tenth" => 10,
        "eleventh" => 11,
        "twelfth" => 12,
        "thirteenth" => 13,
        "fourteenth" => 14,
        "fifteenth" => 15,
        "sixteenth" => 16,
        "seventeenth" => 17,
        "eighteenth" => 18,
        "nineteenth" => 19,
        "twentieth" => 20,
        "thirtieth" => 30,
        _ => return None,
    })
}

/// A unit of time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Fortnight,
    Month,
    Year,
    Decade,
    Century,
    Millennium,
}

/// A time-unit word, singular or plural, with common abbreviations.
pub(super) fn unit(w: &str) -> Option<Unit> {
    use Unit::*;
    Some(match w {
        "second" | "seconds" | "sec" | "secs" => Second,
        "minute" | "minutes" | "min" | "mins" => Minute,
        "hour" | "hours" | "hr" | "hrs" => Hour,
        "day" | "days" | "night" | "nights" => Day,
        "week" | "weeks" | "wk" | "wks" => Week,
        "fortnight" | "fortnights" => Fortnight,
        "month" | "months" => Month,
        "year" | "years" | "yr" | "yrs" => Year,
        "decade" | "decades" => Decade,
        "century" | "centuries" => Century,
        "millennium" | "millennia" => Millennium,
        _ => return None,
    })
}

/// Suffixes of a numeric ordinal ("21st").
pub(super) fn is_ordinal_suffix(w: &str) -> bool {
    matches!(w, "st" | "nd" | "rd" | "th")
}

/// Words that a bare four-digit number counts rather than dates
/// ("2000 pieces", "1500 people"): after these it is not a year.
pub(super) fn is_count_noun(w: &str) -> bool {
    matches!(
        w,
        "people"
            | "pieces"
            | "students"
            | "jobs"
            | "homes"
            | "houses"
            | "troops"
            | "staff"
            | "workers"
            | "employees"
            | "units"
            | "copies"
            | "cars"
            | "votes"
            | "times"
            | "tonnes"
            | "tons"
            | "miles"
            | "feet"
            | "ft"
            | "metres"
            | "meters"
            | "km"
            | "kg"
            | "m"
            | "bn"
            | "points"
            | "pts"
            | "hours"
            | "days"
            | "weeks"
            | "months"
            | "years"
            | "minutes"
            | "seconds"
            | "members"
            | "users"
            | "customers"
            | "visitors"
            | "fans"
            | "children"
            | "cases"
            | "deaths"
            | "stores"
            | "shops"
            | "branches"
            | "words"
            | "pages"
            | "songs"
            | "films"
            | "games"
            | "items"
            | "toys"
            | "dollars"
            | "euros"
            | "pounds"
            | "yen"
            | "shares"
            | "barrels"
            | "calories"
            | "rpm"
            | "mph"
            | "pixels"
            | "mb"
            | "gb"
            | "mhz"
            | "ghz"
            | "hz"
            | "am"
            | "pm"
            | "gmt"
            | "bst"
            | "hrs"
            | "cc"
            | "ml"
            | "percent"
            | "per"
            | "million"
            | "billion"
            | "thousand"
            | "hundred"
    )
}

/// Words after a year that make it the name of an award edition ("the
/// 2004 Jesse Owens Awards"): the year names the edition, not a date.
pub(super) fn is_award_word(w: &str) -> bool {
    matches!(
        w,
        "award"
            | "awards"
            | "prize"
            | "prizes"
            | "oscars"
            | "baftas"
            | "brits"
            | "grammys"
            | "emmys"
            | "ceremony"
    )
}

/// A word that names a date or a length by itself: a month, weekday,
/// season, number word, unit, holiday or deictic day.
pub(super) const LEX_CORE: u8 = 1;
/// A word that only starts a mention when a core word or a number
/// follows: "the", "a", "last", "from", "early".
pub(super) const LEX_LEAD: u8 = 2;
/// Set with [`LEX_CORE`] on a month name, an ordinal or a cardinal: the
/// only words a written date's day or month can start with ("25 June",
/// "the twenty-first of May", "June 25"). Rules test this bit before
/// matching the word tables, so "year" or "last" costs them one load.
pub(super) const LEX_DAY_OR_MONTH: u8 = 4;
/// The bits of [`LEX_CORE`] and [`LEX_LEAD`], without the class bits.
pub(super) const LEX_KIND: u8 = LEX_CORE | LEX_LEAD;

/// Every word `lex` can classify (the literals of `month`, `weekday`,
/// `season`, `cardinal`, `ordinal`, `unit` and `lex`). Only used to build
/// [`PREFILTER`]; a test checks that each of them still classifies.
pub(super) const VOCAB: &[&str] = &[
    "a",
    "all",
    "an",
    "another",
    "apr",
    "april",
    "aug",
    "august",
    "autumn",
    "beginning",
    "between",
    "black",
    "boxing",
    "calendar",
    "centuries",
    "century",
    "christmas",
    "columbus",
    "coming",
    "couple",
    "current",
    "cyber",
    "day",
    "days",
    "dec",
    "decade",
    "decades",
    "december",
    "earlier",
    "early",
    "earth",
    "easter",
    "eight",
    "eighteen",
    "eighteenth",
    "eighth",
    "eighties",
    "eighty",
    "eleven",
    "eleventh",
    "end",
    "fall",
    "father",
    "fathers",
    "feb",
    "february",
    "fifteen",
    "fifteenth",
    "fifth",
    "fifties",
    "fifty",
    "final",
    "first",
    "fiscal",
    "five",
    "following",
    "forties",
    "fortnight",
    "fortnights",
    "forty",
    "four",
    "fourteen",
    "fourteenth",
    "fourth",
    "fri",
    "friday",
    "from",
    "full",
    "good",
    "h",
    "half",
    "halloween",
    "hour",
    "hours",
    "hr",
    "hrs",
    "hundred",
    "independence",
    "international",
    "jan",
    "january",
    "jul",
    "july",
    "jun",
    "june",
    "labor",
    "labour",
    "last",
    "late",
    "later",
    "mar",
    "march",
    "martin",
    "may",
    "memorial",
    "mid",
    "middle",
    "millennia",
    "millennium",
    "min",
    "mins",
    "minute",
    "minutes",
    "mlk",
    "mon",
    "monday",
    "month",
    "months",
    "mother",
    "mothers",
    "new",
    "next",
    "night",
    "nights",
    "nine",
    "nineteen",
    "nineteenth",
    "nineties",
    "ninety",
    "ninth",
    "noughties",
    "nov",
    "november",
    "now",
    "oct",
    "october",
    "one",
    "past",
    "president",
    "presidents",
    "previous",
    "q",
    "qtr",
    "quarter",
    "remainder",
    "rest",
    "saint",
    "sat",
    "saturday",
    "sec",
    "second",
    "seconds",
    "secs",
    "sep",
    "sept",
    "september",
    "seven",
    "seventeen",
    "seventeenth",
    "seventh",
    "seventies",
    "seventy",
    "six",
    "sixteen",
    "sixteenth",
    "sixth",
    "sixties",
    "sixty",
    "spring",
    "st",
    "start",
    "summer",
    "sun",
    "sunday",
    "ten",
    "tenth",
    "thanks",
    "thanksgiving",
    "the",
    "third",
    "thirteen",
    "thirteenth",
    "thirties",
    "thirtieth",
    "thirty",
    "this",
    "three",
    "thu",
    "thur",
    "thurs",
    "thursday",
    "tmrw",
    "today",
    "tomorrow",
    "tue",
    "tues",
    "tuesday",
    "twelfth",
    "twelve",
    "twenties",
    "twentieth",
    "twenty",
    "two",
    "upcoming",
    "valentine",
    "valentines",
    "veteran",
    "veterans",
    "w",
    "wed",
    "wednesday",
    "weds",
    "week",
    "weekend",
    "weeks",
    "whole",
    "winter",
    "wk",
    "working",
    "workweek",
    "wks",
    "workers",
    "year",
    "years",
    "yesterday",
    "yr",
    "yrs",
    "yuandan",
    "zero",
];

/// For each word length, a bit per first letter that some vocabulary
/// word has: most words of a text are rejected with one lookup instead
/// of six string matches.
static PREFILTER: std::sync::LazyLock<[u32; 16]> = std::sync::LazyLock::new(|| {
    let mut table = [0u32; 16];
    for w in VOCAB {
        if let Some(&b) = w.as_bytes().first() {
            table[w.len().min(15)] |= 1 << (b - b'a');
        }
    }
    table
});

/// The lexical flags of a lowercased word.
pub(super) fn lex(w: &str) -> u8 {
    let first = w.as_bytes().first().copied().unwrap_or(0);
    if w.len() > 15
        || !first.is_ascii_lowercase()
        || PREFILTER[w.len()] & (1 << (first - b'a')) == 0
    {
        return 0;
    }
    if month(w).is_some() || cardinal(w).is_some() || ordinal(w).is_some() {
        return LEX_CORE | LEX_DAY_OR_MONTH;
    }
    if weekday(w).is_some()
        || season(w).is_some()
        || unit(w).is_some()
        || matches!(
            w,
            "today"
                | "yesterday"
                | "tomorrow"
                | "tmrw"
                | "christmas"
                | "boxing"
                | "halloween"
                | "independence"
                | "thanksgiving"
                | "thanks"
                | "labor"
                | "labour"
                | "memorial"
                | "valentine"
                | "valentines"
                | "twenties"
                | "thirties"
                | "forties"
                | "fifties"
                | "sixties"
                | "seventies"
                | "eighties"
                | "nineties"
                | "noughties"
                | "quarter"
                | "qtr"
                | "weekend"
                | "couple"
                | "hundred"
                | "q"
                | "h"
                | "easter"
                | "st"
                | "saint"
                | "martin"
                | "yuandan"
                // "w/c 4 Feb" (week commencing).
                | "w"
        )
    {
        return LEX_CORE;
    }
    if matches!(
        w,
        "a" | "an"
            // "this working week", "next workweek".
            | "working"
            | "workweek"
            | "all"
            | "another"
            | "full"
            | "whole"
            | "the"
            | "half"
            | "from"
            | "between"
            | "last"
            | "next"
            | "this"
            | "coming"
            | "past"
            | "earlier"
            | "later"
            | "early"
            | "mid"
            | "middle"
            | "late"
            | "end"
            | "beginning"
            | "start"
            | "final"
            | "fiscal"
            | "new"
            | "good"
            | "black"
            | "cyber"
            | "mlk"
            | "presidents"
            | "president"
            | "columbus"
            | "veterans"
            | "veteran"
            | "earth"
            | "mother"
            | "mothers"
            | "father"
            | "fathers"
            | "rest"
            | "remainder"
            | "upcoming"
            | "current"
            | "calendar"
            | "previous"
            | "following"
            | "now"
            | "international"
            | "workers"
    ) {
        return LEX_LEAD;
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_vocabulary_word_passes_the_prefilter_and_classifies() {
        for w in VOCAB {
            assert_ne!(lex(w), 0, "{w}");
        }
        for w in ["june", "fortnight", "thanksgiving", "twenty", "tues", "q"] {
            assert_ne!(lex(w), 0, "{w}");
        }
        for w in ["of", "and", "people", "government", "xylophone"] {
            assert_eq!(lex(w), 0, "{w}");
        }
    }

    #[test]
    fn only_months_and_number_words_may_start_a_day_or_month() {
        for w in ["june", "sept", "may", "first", "twentieth", "twenty", "one"] {
            assert_eq!(lex(w), LEX_CORE | LEX_DAY_OR_MONTH, "{w}");
        }
        for w in ["monday", "year", "summer", "christmas", "the", "last", "people"] {
            assert_eq!(lex(w) & LEX_DAY_OR_MONTH, 0, "{w}");
        }
    }
}
