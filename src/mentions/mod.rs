//! Stage 3: mentions. Finds every checkable value in a text and
//! normalises it: numbers and counts, money, percentages, ordinals,
//! durations and dates (absolute, and relative to the publication date),
//! each with its hedge.
//!
//! The stage owns no I/O: it takes a `&str` and a [`Context`] and returns
//! [`Mention`]s whose spans are byte offsets into that `&str`. Rules live
//! in the submodules next to their example sentences; this module only
//! runs them and resolves overlaps (leftmost, then longest, wins).

mod hedge;
mod lexicon;
mod numeric;
mod temporal;

use jiff::civil::Date;

use crate::span::Span;
use crate::value::{Kind, Qualifier, Value};

pub use hedge::hedge_before;

/// What extraction needs to know about the article.
#[derive(Clone, Debug, Default)]
pub struct Context {
    /// Publication date: relative dates are resolved against it. Without
    /// it they stay unresolved.
    pub published: Option<Date>,
}

/// One value found in the text.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    /// Bytes of the mention, hedge included ("At least 12").
    pub span: Span,
    /// The normalised value.
    pub value: Value,
    /// The hedge.
    pub qualifier: Qualifier,
    /// The noun phrase a count counts or an ordinal ranks, as written
    /// ("agreements and memoranda of understanding", "senior Iranian
    /// official").
    pub noun: Option<String>,
}

impl Mention {
    /// The kind of the value.
    pub fn kind(&self) -> Kind {
        self.value.kind()
    }

    /// The mention's text.
    pub fn text<'a>(&self, source: &'a str) -> &'a str {
        &source[self.span.start..self.span.end]
    }
}

/// Finds every mention in `text`, sorted by start, without overlaps.
///
/// The text is cut into tokens once; the temporal rules read them, and
/// the numeric pass steps only on the bytes the tokens say it can start
/// at ([`numeric_visits`]) instead of testing every byte.
pub fn extract(text: &str, ctx: &Context) -> Vec<Mention> {
    let toks = temporal::Toks::new(text);
    let mut found = Vec::with_capacity(expected_mentions(text));
    temporal::find_in(&toks, ctx, &mut found);
    numeric::find_in(text, ctx, &numeric_visits(text, &toks), &mut found);
    resolve_overlaps(found)
}

/// [`extract`] with the numeric pass stepping on every byte: the
/// reference that [`numeric_visits`] must not change (used by the tests
/// and by `examples/prefilter_check.rs` on a corpus).
#[doc(hidden)]
pub fn extract_every_byte(text: &str, ctx: &Context) -> Vec<Mention> {
    let toks = temporal::Toks::new(text);
    let mut found = Vec::new();
    temporal::find_in(&toks, ctx, &mut found);
    numeric::find_in(text, ctx, &[(0, text.len())], &mut found);
    resolve_overlaps(found)
}

/// The byte ranges where the numeric pass can do anything but step on,
/// read off the shared tokens (which are maximal runs of ASCII letters,
/// of ASCII digits, or one other character):
///
/// - every byte of a digit run (a number, or digits glued to letters);
/// - the first byte of a word that starts after a byte that is neither
///   letter nor digit and passes the pass's own starter test
///   ([`lexicon::may_start_number`]): "three", "half", "dozen";
/// - a "." (".08") and a character led by 0xC2 or 0xE2 ("½", "⅔").
///
/// Whitespace (no-break space included) and every other character make
/// no token of interest; the pass steps over them one byte at a time.
fn numeric_visits(text: &str, toks: &temporal::Toks) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut visit = Vec::with_capacity(expected_mentions(text) * 4);
    for (start, end, kind, number_word) in toks.spans() {
        match kind {
            temporal::TokKind::Num => visit.push((start, end)),
            temporal::TokKind::Word => {
                // The word test first (made by the tokeniser): it fails
                // for nearly every word.
                if number_word && (start == 0 || !b[start - 1].is_ascii_alphanumeric()) {
                    visit.push((start, start + 1));
                }
            }
            temporal::TokKind::Punct => {
                if matches!(b[start], b'.' | 0xC2 | 0xE2) {
                    visit.push((start, start + 1));
                }
            }
        }
    }
    visit
}

/// A generous guess at the number of mentions in `text` (news runs at
/// about one per 200 bytes), so that the lists are rarely grown.
fn expected_mentions(text: &str) -> usize {
    text.len() / 128 + 8
}

/// Keeps the leftmost, then longest, of overlapping mentions. On an exact
/// tie the one found first (temporal rules run first) wins, so "12-day"
/// stays a duration and never becomes the number 12.
fn resolve_overlaps(mut found: Vec<Mention>) -> Vec<Mention> {
    // Stable sort: ties keep their discovery order.
    found.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
    let mut kept: Vec<Mention> = Vec::with_capacity(found.len());
    for m in found {
        match kept.last() {
            Some(last) if last.span.overlaps(m.span) => {
                if m.span.len() > last.span.len() && m.span.start == last.span.start {
                    *kept.last_mut().expect("non-empty") = m;
                }
            }
            _ => kept.push(m),
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same_as_every_byte(text: &str) {
        let ctx = Context { published: "2005-01-15".parse().ok() };
        assert_eq!(extract(text, &ctx), extract_every_byte(text, &ctx), "{text:?}");
    }

    #[test]
    fn visits_keep_every_mention_of_the_samples() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("claims");
        let mut seen = 0;
        for entry in std::fs::read_dir(dir).expect("claims/") {
            let text = std::fs::read_to_string(entry.expect("entry").path()).expect("read");
            same_as_every_byte(&text);
            seen += 1;
        }
        assert!(seen > 0);
        for text in [
            "Sales rose 3.5% to £1.2bn (USD115m) in 2004, up from .08 and ½ a point.",
            "Two-thirds of the MP3 players, a dozen G7 ministers and ⅔ of COVID-19 cases.",
            "Prices fell\u{a0}12 per cent; three hundred and five people; -.5 degrees.",
            "The v2.1 release, 1.2.3.4 and 020 7946 0000: no claims, but no skips either.",
            "half of the voters, the first half of the year, Rs20, USD3.14, 4x100m",
        ] {
            same_as_every_byte(text);
        }
    }

    #[test]
    fn visits_are_digits_number_words_points_and_fraction_leads() {
        let text = "The cat sat on 12 mats, three x.5 MP3 \u{bd}";
        let toks = temporal::Toks::new(text);
        let at = |s: &str| text.find(s).expect("in text");
        // "three" is a starter word, "The", "cat" and "MP" are not; the
        // "3" glued to "MP" is kept (the pass reads "USD115" that way).
        assert_eq!(
            numeric_visits(text, &toks),
            [
                (at("12"), at("12") + 2),
                (at("three"), at("three") + 1),
                (at(".5"), at(".5") + 1),
                (at("5 "), at("5 ") + 1),
                (at("3 "), at("3 ") + 1),
                (at("\u{bd}"), at("\u{bd}") + 1),
            ]
        );
        assert!(numeric_visits("the cat sat", &temporal::Toks::new("the cat sat")).is_empty());
    }

    proptest::proptest! {
        /// Any mix of digits, number words, signs and separators: the
        /// visits give what stepping on every byte gives.
        #[test]
        fn visits_never_change_the_mentions(
            text in "([0-9]{1,4}|[ .,/%$£€-]|\u{a0}|½|⅔|three|Half|dozen|million|bn|m|per cent|USD|MP|the|a|of|and|first|May|2004|'s){0,30}",
        ) {
            let ctx = Context { published: "2005-01-15".parse().ok() };
            proptest::prop_assert_eq!(extract(&text, &ctx), extract_every_byte(&text, &ctx));
        }
    }
}
