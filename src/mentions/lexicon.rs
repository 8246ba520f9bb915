//! Word tables shared by the extraction rules: months, weekdays, number
//! words, scale words.

/// Month names and abbreviations, with their number.
pub(crate) const MONTHS: &[(&str, i8)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// The month number of a (case-insensitive) month name or abbreviation.
///
/// Compared in place, without a lower-cased copy: the numeric rules ask
/// this of most words next to a number, so a copy and its UTF-8 check
/// cost more than the comparison.
pub(crate) fn month_number(word: &str) -> Option<i8> {
    let w = word.trim_end_matches('.').as_bytes();
    // No month name is shorter than 3 or longer than 9 letters.
    if !(3..=9).contains(&w.len()) {
        return None;
    }
    MONTHS.iter().find(|(name, _)| name.as_bytes().eq_ignore_ascii_case(w)).map(|(_, n)| *n)
}

/// What a number word contributes when numbers are read out in words.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum NumWord {
    /// zero to nine.
    Unit(f64),
    /// ten to nineteen.
    Teen(f64),
    /// twenty, thirty, ... ninety.
    Ten(f64),
    /// hundred.
    Hundred,
    /// thousand, million, billion, trillion (and lakh, crore).
    Scale(f64),
    /// dozen: twelve of something.
    Dozen,
}

/// The cardinal number word `w` (lower case), if it is one. Plural scale
/// words ("thousands", "millions") are deliberately absent: on their own
/// they are vague quantities, not claims.
pub(crate) fn number_word(w: &str) -> Option<NumWord> {
    use NumWord::*;
    Some(match w {
        "zero" | "nought" | "naught" | "nil" => Unit(0.0),
        "one" => Unit(1.0),
        "two" => Unit(2.0),
        "three" => Unit(3.0),
        "four" => Unit(4.0),
        "five" => Unit(5.0),
        "six" => Unit(6.0),
        "seven" => Unit(7.0),
        "eight" => Unit(8.0),
        "nine" => Unit(9.0),
        "ten" => Teen(10.0),
        "eleven" => Teen(11.0),
        "twelve" => Teen(12.0),
        "thirteen" => Teen(13.0),
        "fourteen" => Teen(14.0),
        "fifteen" => Teen(15.0),
        "sixteen" => Teen(16.0),
        "seventeen" => Teen(17.0),
        "eighteen" => Teen(18.0),
        "nineteen" => Teen(19.0),
        "twenty" => Ten(20.0),
        "thirty" => Ten(30.0),
        "forty" | "fourty" => Ten(40.0),
        "fifty" => Ten(50.0),
        "sixty" => Ten(60.0),
        "seventy" => Ten(70.0),
        "eighty" => Ten(80.0),
        "ninety" => Ten(90.0),
        "hundred" => Hundred,
        "thousand" => Scale(1e3),
        "lakh" | "lac" | "lakhs" | "lacs" | "lkh" | "lkhs" => Scale(1e5),
        "million" => Scale(1e6),
        "crore" | "crores" | "cr" | "krore" | "krores" | "koti" => Scale(1e7),
        "billion" => Scale(1e9),
        "trillion" => Scale(1e12),
        "dozen" => Dozen,
        _ => return None,
    })
}

/// The ordinal word `w` (lower case) as `(value, how it combines)`:
/// "first" is 1, "twentieth" 20 (a tens word), "hundredth" 100.
pub(crate) fn ordinal_word(w: &str) -> Option<(f64, NumWord)> {
    use NumWord::*;
    Some(match w {
        "first" => (1.0, Unit(1.0)),
        "second" => (2.0, Unit(2.0)),
        "third" => (3.0, Unit(3.0)),
        "fourth" => (4.0, Unit(4.0)),
        "fifth" => (5.0, Unit(5.0)),
        "sixth" => (6.0, Unit(6.0)),
        "seventh" => (7.0, Unit(7.0)),
        "eighth" => (8.0, Unit(8.0)),
        "ninth" | "nineth" => (9.0, Unit(9.0)),
        "tenth" => (10.0, Teen(10.0)),
        "eleventh" => (11.0, Teen(11.0)),
        "twelfth" => (12.0, Teen(12.0)),
        "thirteenth" => (13.0, Teen(13.0)),
        "fourteenth" => (14.0, Teen(14.0)),
        "fifteenth" => (15.0, Teen(15.0)),
        "sixteenth" => (16.0, Teen(16.0)),
        "seventeenth" => (17.0, Teen(17.0)),
        "eighteenth" => (18.0, Teen(18.0)),
        "nineteenth" => (19.0, Teen(19.0)),
        "twentieth" => (20.0, Ten(20.0)),
        "thirtieth" => (30.0, Ten(30.0)),
        "fortieth" => (40.0, Ten(40.0)),
        "fiftieth" => (50.0, Ten(50.0)),
        "sixtieth" => (60.0, Ten(60.0)),
        "seventieth" => (70.0, Ten(70.0)),
        "eightieth" => (80.0, Ten(80.0)),
        "ninetieth" => (90.0, Ten(90.0)),
        "hundredth" => (100.0, Hundred),
        "thousandth" => (1e3, Scale(1e3)),
        "millionth" => (1e6, Scale(1e6)),
        "billionth" => (1e9, Scale(1e9)),
        "trillionth" => (1e12, Scale(1e12)),
        _ => return glued_ordinal(w),
    })
}

/// Tens glued to a unit ordinal, as some write them: "twentyfifth",
/// "seventythird".
const TENS: &[(&str, f64)] = &[
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
];

const UNIT_ORDINALS: &[&str] =
    &["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];

fn glued_ordinal(w: &str) -> Option<(f64, NumWord)> {
    if w.len() < 10 {
        return None;
    }
    let (rest, t) = TENS.iter().find_map(|(t, v)| w.strip_prefix(t).map(|r| (r, *v)))?;
    let u = UNIT_ORDINALS.iter().position(|o| *o == rest)?;
    let v = t + u as f64 + 1.0;
    Some((v, NumWord::Ten(v)))
}

/// Fraction words and the denominator they name ("thirds" is 3).
pub(crate) fn fraction_word(w: &str) -> Option<f64> {
    Some(match w {
        "half" | "halves" => 2.0,
        "third" | "thirds" => 3.0,
        "quarter" | "quarters" | "fourth" | "fourths" => 4.0,
        "fifth" | "fifths" => 5.0,
        "sixth" | "sixths" => 6.0,
        "seventh" | "sevenths" => 7.0,
        "eighth" | "eighths" => 8.0,
        "ninth" | "ninths" => 9.0,
        "tenth" | "tenths" => 10.0,
        _ => return None,
    })
}

/// Abbreviated scales written after digits: "10bn", "£350m", "2K", "3.2tn".
/// "m" is ambiguous with metres; callers decide with context.
pub(crate) fn scale_abbreviation(w: &str) -> Option<f64> {
    Some(match w {
        "k" | "K" | "thou" => 1e3,
        "m" | "M" | "mn" | "mln" | "mil" | "MM" => 1e6,
        "bn" | "b" | "B" | "bln" | "BN" | "G" => 1e9,
        "tn" | "trn" | "tr" | "TN" => 1e12,
        _ => return None,
    })
}

/// Words that end a counted noun phrase: determiners, prepositions,
/// conjunctions, pronouns, auxiliaries and the commonest verbs of news
/// reports ("191 people were killed" stops before "were").
pub(crate) fn is_phrase_stop(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "this"
            | "that"
            | "these"
            | "those"
            | "its"
            | "their"
            | "his"
            | "her"
            | "our"
            | "my"
            | "your"
            | "which"
            | "who"
            | "whom"
            | "whose"
            | "what"
            | "where"
            | "when"
            | "while"
            | "whereas"
            | "if"
            | "as"
            | "than"
            | "then"
            | "but"
            | "or"
            | "nor"
            | "so"
            | "yet"
            | "and"
            | "of"
            | "in"
            | "on"
            | "at"
            | "by"
            | "for"
            | "with"
            | "without"
            | "from"
            | "to"
            | "into"
            | "onto"
            | "over"
            | "under"
            | "above"
            | "below"
            | "since"
            | "during"
            | "per"
            | "about"
            | "after"
            | "before"
            | "between"
            | "among"
            | "across"
            | "against"
            | "through"
            | "throughout"
            | "until"
            | "till"
            | "via"
            | "within"
            | "around"
            | "including"
            | "like"
            | "up"
            | "down"
            | "out"
            | "off"
            | "each"
            | "every"
            | "all"
            | "both"
            | "more"
            | "less"
            | "fewer"
            | "most"
            | "least"
            | "only"
            | "just"
            | "also"
            | "still"
            | "already"
            | "even"
            | "now"
            | "there"
            | "here"
            | "it"
            | "they"
            | "he"
            | "she"
            | "we"
            | "you"
            | "i"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "am"
            | "have"
            | "has"
            | "had"
            | "having"
            | "do"
            | "does"
            | "did"
            | "will"
            | "would"
            | "shall"
            | "should"
            | "can"
            | "could"
            | "may"
            | "might"
            | "must"
            | "not"
            | "said"
            | "say"
            | "says"
            | "saying"
            | "told"
            | "lost"
            | "won"
            | "made"
            | "make"
            | "took"
            | "take"
            | "got"
            | "get"
            | "went"
            | "go"
            | "came"
            | "come"
            | "left"
            | "died"
            | "die"
            | "fell"
            | "rose"
            | "grew"
            | "saw"
            | "gave"
            | "give"
            | "put"
            | "set"
            | "ran"
            | "met"
            | "held"
            | "paid"
            | "sold"
            | "bought"
            | "built"
            | "kept"
            | "spent"
            | "brought"
            | "found"
            | "led"
            | "hit"
            | "cut"
            | "beat"
            | "became"
            | "began"
            | "face"
            | "faced"
            | "remain"
            | "remained"
            | "stand"
            | "stood"
            | "ago"
            | "earlier"
            | "later"
            | "last"
            | "next"
            | "year"
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
            | "respectively"
            | "apiece"
            | "each other"
            | "too"
            | "very"
            | "some"
            | "any"
            | "no"
            | "such"
            | "other"
            | "another"
            | "own"
            | "same"
            | "whether"
            | "because"
            | "although"
            | "though"
            | "unless"
            | "despite"
            | "toward"
            | "towards"
            | "shown"
            | "known"
            | "seen"
            | "given"
            | "taken"
            | "done"
            | "born"
            | "written"
            | "chosen"
            | "overnight"
            | "today"
            | "yesterday"
            | "tomorrow"
            | "tonight"
            | "instead"
            | "near"
            | "beyond"
            | "behind"
            | "beside"
            | "besides"
            | "along"
            | "amid"
            | "upon"
    )
}

/// Every word that can start a number in words (cardinals, ordinals,
/// fractions), and "http"/"https"/"www" (links are skipped whole). Feeds
/// [`may_start_number`].
const STARTERS: &[&str] = &[
    "zero",
    "nought",
    "naught",
    "nil",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fourty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "lakh",
    "lkh",
    "lkhs",
    "koti",
    "lac",
    "lakhs",
    "lacs",
    "million",
    "crore",
    "crores",
    "cr",
    "krore",
    "krores",
    "billion",
    "trillion",
    "dozen",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "nineth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
    "hundredth",
    "thousandth",
    "millionth",
    "billionth",
    "trillionth",
    "half",
    "halves",
    "thirds",
    "quarter",
    "quarters",
    "fourths",
    "fifths",
    "sixths",
    "sevenths",
    "eighths",
    "ninths",
    "tenths",
    "http",
    "https",
    "www",
    // "a dollar", "a euro": one unit of a currency after the article.
    "dollar",
    "euro",
    "buck",
];

/// Currency names that make an amount with the article alone: "a
/// dollar a day", "above a dollar and 42 cents". Not "a pound" (a
/// weight) nor "a penny" ("not a penny of it").
pub(crate) fn is_single_unit_currency(w: &str) -> bool {
    matches!(w, "dollar" | "euro" | "buck")
}

/// Bit `len` of entry `first * 26 + last` is set when some starter word
/// of that length begins and ends with those letters.
static STARTER_FILTER: std::sync::LazyLock<Box<[u32; 26 * 26]>> = std::sync::LazyLock::new(|| {
    let mut t = Box::new([0u32; 26 * 26]);
    let mut add = |b: &[u8]| {
        let (f, l) = (b[0] - b'a', b[b.len() - 1] - b'a');
        t[usize::from(f) * 26 + usize::from(l)] |= 1 << b.len();
    };
    for w in STARTERS {
        add(w.as_bytes());
    }
    for (ten, _) in TENS {
        for u in UNIT_ORDINALS {
            add(format!("{ten}{u}").as_bytes());
        }
    }
    t
});

/// The table of [`may_start_number`], for the tokeniser, which reads it
/// on words it has already lowercased (of at most 31 letters).
pub(crate) fn starter_filter() -> &'static [u32; 26 * 26] {
    &STARTER_FILTER
}

/// A cheap test, run on every word of the text, that rejects nearly all
/// words that cannot start a number before any table is searched.
pub(crate) fn may_start_number(w: &[u8]) -> bool {
    let (Some(f), Some(l)) = (w.first(), w.last()) else { return false };
    if w.len() > 31 {
        return false;
    }
    let (f, l) = (f.to_ascii_lowercase(), l.to_ascii_lowercase());
    if !f.is_ascii_lowercase() || !l.is_ascii_lowercase() {
        return false;
    }
    STARTER_FILTER[usize::from(f - b'a') * 26 + usize::from(l - b'a')] & (1 << w.len()) != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_keeps_lowercase_words_and_folds_the_others() {
        assert!(matches!(Lower::new("million"), Lower::Same("million")));
        assert!(matches!(Lower::new("Million"), Lower::Copy { .. }));
        assert_eq!(Lower::new("Million").as_str(), "million");
        assert_eq!(Lower::new("DOZEN").as_str(), "dozen");
        assert_eq!(Lower::new("").as_str(), "");
        // Longer than 32 bytes: matches no table, whatever its case.
        let long = "a".repeat(33);
        assert_eq!(Lower::new(&long).as_str(), "\x00");
        assert_eq!(Lower::new(&long.to_uppercase()).as_str(), "\x00");
        assert_eq!(Lower::new(&"b".repeat(32)).as_str(), "b".repeat(32));
    }

    #[test]
    fn month_names_match_in_any_case_with_a_trailing_point() {
        for (w, n) in [("June", 6), ("SEPT.", 9), ("dec", 12), ("September", 9), ("may", 5)] {
            assert_eq!(month_number(w), Some(n), "{w}");
        }
        for w in ["", "Ju", "Junes", "Mayor", "Decembers", "Septembers", "pounds", "Jun-"] {
            assert_eq!(month_number(w), None, "{w}");
        }
    }

    #[test]
    fn every_starter_is_known_and_passes_the_filter() {
        for w in STARTERS {
            let known = number_word(w).is_some()
                || ordinal_word(w).is_some()
                || fraction_word(w).is_some()
                || matches!(*w, "http" | "https" | "www")
                || is_single_unit_currency(w);
            assert!(known, "{w}");
            assert!(may_start_number(w.as_bytes()), "{w}");
            assert!(may_start_number(w.to_ascii_uppercase().as_bytes()), "{w}");
        }
        for w in ["the", "and", "said", "people", "a", ""] {
            assert!(!may_start_number(w.as_bytes()), "{w}");
        }
    }
}

/// A word lower-cased on the stack, so that the per-word checks of the
/// extraction rules allocate nothing. Words longer than 32 bytes (never
/// a number word or a unit) read as a string that matches no table.
///
/// Most words of a text have no capital: those are kept as written
/// instead of copied, and only a copy needs its UTF-8 re-checked when
/// it is read (a check that cost more than the rule that asked).
#[derive(Clone, Copy)]
pub(crate) enum Lower<'a> {
    /// The word itself, already in lower case.
    Same(&'a str),
    /// A lower-cased copy of `len` bytes.
    Copy { buf: [u8; 32], len: usize },
}

/// Longest word [`Lower`] keeps.
const LOWER_MAX: usize = 32;

impl<'a> Lower<'a> {
    /// `w` in ASCII lower case.
    pub(crate) fn new(w: &'a str) -> Lower<'a> {
        let b = w.as_bytes();
        if b.len() > LOWER_MAX {
            return Lower::Copy { buf: [0; LOWER_MAX], len: 1 };
        }
        if !b.iter().any(u8::is_ascii_uppercase) {
            return Lower::Same(w);
        }
        let mut buf = [0; LOWER_MAX];
        for (d, s) in buf.iter_mut().zip(b) {
            *d = s.to_ascii_lowercase();
        }
        Lower::Copy { buf, len: b.len() }
    }

    /// The lower-cased word.
    pub(crate) fn as_str(&self) -> &str {
        match self {
            Lower::Same(w) => w,
            // Lower-casing ASCII bytes keeps UTF-8 valid; a cut inside a
            // multi-byte char cannot happen as whole words are copied.
            Lower::Copy { buf, len } => std::str::from_utf8(&buf[..*len]).unwrap_or("\x00"),
        }
    }
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}
