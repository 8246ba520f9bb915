//! Word normalisation shared by the reference index and the linker:
//! case folding, transliteration ("Pezeshkiān" → "pezeshkian"),
//! possessives, light stemming and a few synonyms that pay on news.

/// Month names, lowercase, January first.
pub const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Weekday names, lowercase, Monday first.
pub const WEEKDAY_NAMES: [&str; 7] =
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// Words that carry no meaning for linking.
const STOPWORDS: &[&str] = &[
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "from", "as",
    "is", "was", "were", "be", "been", "are", "it", "its", "this", "that", "these", "those", "has",
    "have", "had", "he", "she", "they", "his", "her", "their", "which", "who", "whom", "than",
    "said", "says", "say", "also", "but", "not", "no", "so", "up", "into", "over", "after",
    "before", "about", "would", "will", "could", "can", "may", "might", "there", "some", "all",
    "any", "per", "cent", "percent", "mr", "mrs", "ms", "dr", "s", "during", "while", "what",
    "when", "where", "year", "years", "month", "months", "day", "days", "week", "weeks", "last",
    "first", "new", "more", "less", "most", "being", "such", "other", "out", "just", "we", "our",
    "us", "you", "i", "him", "them", "my",
];

/// Word forms that mean the same for linking (compared by stem).
const SYNONYMS: &[(&str, &str)] = &[
    ("mou", "memorandum"),
    ("mous", "memorandum"),
    ("memoranda", "memorandum"),
    ("deal", "agreement"),
    ("accord", "agreement"),
    ("pact", "agreement"),
    ("rise", "increase"),
    ("rose", "increase"),
    ("risen", "increase"),
    ("grew", "increase"),
    ("growth", "increase"),
    ("grow", "increase"),
    ("gain", "increase"),
    ("soar", "increase"),
    ("soared", "increase"),
    ("surge", "increase"),
    ("jump", "increase"),
    ("climb", "increase"),
    ("plunge", "decrease"),
    ("slump", "decrease"),
    ("tumble", "decrease"),
    ("fell", "decrease"),
    ("fall", "decrease"),
    ("fallen", "decrease"),
    ("drop", "decrease"),
    ("decline", "decrease"),
    ("cut", "decrease"),
    ("earning", "profit"),
    ("revenue", "sale"),
    ("turnover", "sale"),
    ("worker", "employee"),
    ("staff", "employee"),
    ("killed", "death"),
    ("dead", "death"),
    ("die", "death"),
    ("died", "death"),
    ("trip", "visit"),
    ("visited", "visit"),
    ("travelled", "visit"),
    ("traveled", "visit"),
    ("arrived", "visit"),
    ("arrival", "visit"),
    ("war", "conflict"),
    ("approved", "approval"),
    ("born", "birth"),
    ("won", "elected"),
    ("accused", "charged"),
    ("launched", "launch"),
    ("released", "release"),
    ("approve", "approval"),
    // A country's adjective names the country: "the Japanese retail
    // price" is the price in Japan.
    ("american", "us"),
    ("british", "uk"),
    ("chinese", "china"),
    ("french", "france"),
    ("german", "germany"),
    ("indian", "india"),
    ("iranian", "iran"),
    ("israeli", "israel"),
    ("italian", "italy"),
    ("japanese", "japan"),
    ("pakistani", "pakistan"),
    ("russian", "russia"),
    ("spanish", "spain"),
];

/// Normalises one raw word: lowercase ASCII (transliterated), without a
/// possessive, lightly stemmed, synonyms folded. `None` for stopwords
/// and empty words.
pub fn normalise(word: &str) -> Option<String> {
    let mut w = if word.is_ascii() {
        word.to_ascii_lowercase()
    } else {
        deunicode::deunicode(word).to_ascii_lowercase()
    };
    w.retain(|c| c.is_ascii_alphanumeric());
    if let Some(stripped) =
        w.strip_suffix("s").filter(|_| word.ends_with("'s") || word.ends_with("’s"))
    {
        w = stripped.to_string();
    }
    // "US" the country, not "us" the pronoun.
    if word == "US" || word == "U.S" || word == "U.S." {
        return Some("us".to_string());
    }
    if w.is_empty() || STOPWORDS.contains(&w.as_str()) {
        return None;
    }
    let stemmed = stem(&w);
    Some(match SYNONYM_STEMS.get(stemmed.as_str()) {
        Some(to) => (*to).to_string(),
        None => stemmed,
    })
}

/// [`SYNONYMS`] keyed by stem, both ways: "sales" and "sale" meet at the
/// same stem, and an attribute that writes the canonical word itself
/// ("increase") gets it back unchanged.
static SYNONYM_STEMS: std::sync::LazyLock<std::collections::HashMap<String, &'static str>> =
    std::sync::LazyLock::new(|| {
        let mut map = std::collections::HashMap::new();
        for &(from, to) in SYNONYMS {
            map.insert(stem(to), to);
            map.insert(stem(from), to);
        }
        map
    });

/// A light English stemmer: plurals and common verb endings, so that
/// "agreements"/"agreement" and "approvals"/"approval" meet.
fn stem(w: &str) -> String {
    if w.len() <= 3 || w.bytes().all(|b| b.is_ascii_digit()) {
        return w.to_string();
    }
    // "presentation" meets "presented"; a short stem stays ("nation").
    if let Some(stem) = w.strip_suffix("ations").or_else(|| w.strip_suffix("ation"))
        && stem.len() >= 5
    {
        return stem.to_string();
    }
    for (suffix, replacement) in
        [("ies", "y"), ("sses", "ss"), ("ings", ""), ("ing", ""), ("ed", "")]
    {
        if let Some(stem) = w.strip_suffix(suffix)
            && stem.len() >= 3
        {
            return format!("{stem}{replacement}");
        }
    }
    let singular = match w.strip_suffix('s') {
        Some(stem) if !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") => stem,
        _ => w,
    };
    // "shipment" meets "ship"; "challenge" meets "challenged".
    let base = singular.strip_suffix("ment").filter(|s| s.len() >= 4).unwrap_or(singular);
    // "boxes"/"box", "sales"/"sale": a final e (left by a plural -es)
    // goes.
    let base = base.strip_suffix('e').filter(|s| s.len() >= 3).unwrap_or(base);
    base.to_string()
}

/// A normalised word and where it was in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// The normalised form.
    pub norm: String,
    /// Byte offset of the raw word.
    pub start: usize,
    /// Byte offset just past the raw word.
    pub end: usize,
    /// The raw word began with a capital letter.
    pub capitalised: bool,
    /// The raw word ended in a possessive "'s" ("Miyazaki's").
    pub possessive: bool,
}

/// Splits `text` into normalised tokens (stopwords dropped), with byte
/// offsets relative to `text` plus `offset`. Hyphenated words give each
/// part ("Iran-Israel" → "iran", "israel").
pub fn tokens(text: &str, offset: usize) -> Vec<Token> {
    let mut out = Vec::new();
    let mut start = None;
    let push = |s: usize, e: usize, out: &mut Vec<Token>| {
        let raw = &text[s..e];
        if let Some(norm) = normalise(raw) {
            let capitalised = raw.chars().next().is_some_and(char::is_uppercase);
            let possessive = raw.ends_with("'s") || raw.ends_with("’s");
            out.push(Token { norm, start: offset + s, end: offset + e, capitalised, possessive });
        }
    };
    for (i, c) in text.char_indices() {
        let part_of_word = c.is_alphanumeric() || ((c == '\'' || c == '’') && start.is_some());
        match (part_of_word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                push(s, i, &mut out);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        push(s, text.len(), &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norms(text: &str) -> Vec<String> {
        tokens(text, 0).into_iter().map(|t| t.norm).collect()
    }

    #[test]
    fn plural_possessive_and_transliteration_fold() {
        let same = |a: &str, b: &str| assert_eq!(norms(a), norms(b), "{a} / {b}");
        same("Pakistan's agreements", "Pakistan agreement");
        same("Pezeshkiān", "Pezeshkian");
        same("MoUs", "memoranda");
        same("the 12-day Iran-Israel war", "12 Iran Israel conflict");
        same("mortgages approved", "mortgage approval");
        same("shipments", "ship");
        same("challenged", "challenge");
        same("boxes", "box");
        same("sales", "sale");
        same("turnover", "sales");
        same("rose", "increase");
        same("increases", "growth");
        same("presentation", "presented");
        same("Japanese", "Japan");
        same("won the seat", "elected seat");
        same("accused", "charged");
        assert_ne!(norms("nation"), norms("nat"), "a short stem keeps its -ation");
        assert_eq!(norms("the 12-day"), ["12"], "calendar units are stopwords");
        assert!(norms("of the and").is_empty());
    }
}
