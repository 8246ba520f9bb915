//! A flat token stream over the text: words, digit runs and single
//! punctuation characters, each with its byte span. Rules match on
//! tokens, so "Nov. 25" and "Nov 25" are the same pattern and spans stay
//! exact byte offsets into the original text.

use std::sync::LazyLock;

use crate::mentions::lexicon;

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokKind {
    /// A run of ASCII letters.
    Word,
    /// A run of ASCII digits.
    Num,
    /// One other character (punctuation, symbol, non-ASCII letter).
    Punct,
}

/// One token: a byte span and its kind.
#[derive(Clone, Copy, Debug)]
pub(super) struct Tok {
    pub(super) start: usize,
    pub(super) end: usize,
    /// The value of a digit token of at most 9 digits (0 otherwise),
    /// summed while the digits are scanned: rules ask for it at every
    /// number, and parsing the text again each time cost more.
    value: u32,
    pub(super) kind: TokKind,
    /// What the word can be in a temporal expression (see `words::lex`),
    /// computed once so the scan does not re-match every word.
    pub(super) lex: u8,
    /// The word passes the numeric pass's starter test
    /// (`lexicon::may_start_number`, whose table is read here on the
    /// lowercased word while it is at hand).
    number_word: bool,
}

/// Byte classes of the tokeniser, one table lookup per byte instead of
/// a chain of range tests.
const LETTER: u8 = 1;
const DIGIT: u8 = 2;
const SPACE: u8 = 3;
const ASCII_OTHER: u8 = 4;
const UTF8_LEAD: u8 = 5;

/// The class of every byte value (continuation bytes never start a
/// token: a lead byte takes its whole sequence).
const CLASS: [u8; 256] = {
    let mut t = [UTF8_LEAD; 256];
    let mut c = 0;
    while c < 0x80 {
        let b = c as u8;
        t[c] = if b.is_ascii_alphabetic() {
            LETTER
        } else if b.is_ascii_digit() {
            DIGIT
        } else if b.is_ascii_whitespace() {
            SPACE
        } else {
            ASCII_OTHER
        };
        c += 1;
    }
    t
};

/// For the first and last letter of a word (`first * 26 + last`), bit
/// `len` is set when some word of `words::VOCAB` of that length starts
/// and ends with them. The word table (`word_table::lex`) finds only
/// words of `VOCAB`, so a word without its bit has no flags: most words
/// of the text ("said", "people") are rejected here by one lookup
/// instead of being packed, hashed and probed.
static VOCAB_ENDS: LazyLock<[u32; 26 * 26]> = LazyLock::new(|| {
    let mut t = [0u32; 26 * 26];
    for w in super::words::VOCAB {
        let b = w.as_bytes();
        // A word token is lowercase letters only: other entries can
        // never be looked up.
        if let (Some(&f), Some(&l)) = (b.first(), b.last())
            && f.is_ascii_lowercase()
            && l.is_ascii_lowercase()
            && b.len() < 32
        {
            t[usize::from(f - b'a') * 26 + usize::from(l - b'a')] |= 1 << b.len();
        }
    }
    t
});

/// `text` with ASCII letters lowercased, eight bytes at a time (the
/// byte-by-byte standard version was a fifth of the tokeniser). Other
/// bytes, UTF-8 sequences included, are copied unchanged.
fn ascii_lowercase(text: &str) -> String {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let mut v = text.as_bytes().to_vec();
    let mut chunks = v.chunks_exact_mut(8);
    for c in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(c);
        let x = u64::from_le_bytes(word);
        // Per byte, on its low seven bits (no carry crosses bytes): the
        // high bit says ">= 'A'" and "> 'Z'"; a byte with its own high
        // bit set is not ASCII and is left alone.
        let low7 = x & (ONES * 0x7f);
        let ge_a = low7 + ONES * u64::from(0x80 - b'A');
        let gt_z = low7 + ONES * u64::from(0x80 - b'Z' - 1);
        let upper = ge_a & !gt_z & !x & (ONES * 0x80);
        c.copy_from_slice(&(x | upper >> 2).to_le_bytes());
    }
    chunks.into_remainder().make_ascii_lowercase();
    // Only ASCII letters changed, into ASCII letters: still UTF-8.
    String::from_utf8(v).unwrap_or_else(|_| text.to_ascii_lowercase())
}

/// The tokens of one text, with an ASCII-lowercased copy so that word
/// comparisons need no allocation (lowercasing ASCII keeps byte offsets).
pub(crate) struct Toks<'a> {
    pub(super) text: &'a str,
    low: String,
    pub(super) v: Vec<Tok>,
}

impl<'a> Toks<'a> {
    /// Splits `text` into tokens. Whitespace (including no-break space)
    /// separates tokens and is not kept.
    pub(crate) fn new(text: &'a str) -> Toks<'a> {
        let low = ascii_lowercase(text);
        let b = low.as_bytes();
        let (vocab_ends, number_starts) = (&*VOCAB_ENDS, lexicon::starter_filter());
        let class = |i: usize| b.get(i).map_or(0, |&c| CLASS[usize::from(c)]);
        let mut v = Vec::with_capacity(text.len() / 4 + 1);
        let mut i = 0;
        while i < b.len() {
            let start = i;
            let mut tok = Tok {
                start,
                end: i + 1,
                value: 0,
                kind: TokKind::Punct,
                lex: 0,
                number_word: false,
            };
            match CLASS[usize::from(b[i])] {
                LETTER => {
                    i += 1;
                    while class(i) == LETTER {
                        i += 1;
                    }
                    tok.kind = TokKind::Word;
                    // Classified here, while the word is at hand: both
                    // tests read one bit per (first, last, length) first.
                    let len = i - start;
                    if len < 32 {
                        let ends = usize::from(b[start] - b'a') * 26 + usize::from(b[i - 1] - b'a');
                        if vocab_ends[ends] & 1 << len != 0 {
                            tok.lex = low.get(start..i).map_or(0, super::word_table::lex);
                        }
                        tok.number_word = number_starts[ends] & 1 << len != 0;
                    }
                }
                DIGIT => {
                    let mut value = 0u32;
                    while class(i) == DIGIT {
                        // Only values of at most 9 digits are read, and
                        // those fit; longer runs wrap harmlessly.
                        value = value.wrapping_mul(10).wrapping_add(u32::from(b[i] - b'0'));
                        i += 1;
                    }
                    tok.kind = TokKind::Num;
                    tok.value = value;
                }
                SPACE => {
                    i += 1;
                    continue;
                }
                ASCII_OTHER => i += 1,
                _ => {
                    i = (i + utf8_len(b[i])).min(b.len());
                    // No-break space is whitespace.
                    if &b[start..i] == "\u{a0}".as_bytes() {
                        continue;
                    }
                }
            }
            tok.end = i;
            v.push(tok);
            // The usual space after a token is skipped here rather than
            // by one more turn of the loop.
            if b.get(i) == Some(&b' ') {
                i += 1;
            }
        }
        Toks { text, low, v }
    }

    /// Each token as `(start, end, kind, number word)`: the driver
    /// derives from them where the numeric pass can start. The last is
    /// true for a word that passes `lexicon::may_start_number`.
    pub(crate) fn spans(&self) -> impl Iterator<Item = (usize, usize, TokKind, bool)> + '_ {
        self.v.iter().map(|t| (t.start, t.end, t.kind, t.number_word))
    }

    /// The first token at or after `i` that can begin a temporal
    /// mention at all: a digit run, a word of the temporal vocabulary
    /// (`lex` not 0) or an apostrophe ("'90s"); `len()` when none is left.
    /// The scan skips the other nine tokens in ten without calling a rule.
    pub(super) fn next_candidate(&self, i: usize) -> usize {
        let rest = self.v.get(i..).unwrap_or_default();
        rest.iter()
            .position(|t| match t.kind {
                TokKind::Num => true,
                TokKind::Word => t.lex != 0,
                TokKind::Punct => self.text.as_bytes().get(t.start) == Some(&b'\''),
            })
            .map_or(self.v.len(), |k| i + k)
    }

    /// The lexical flags of token `i` (0 for non-words): `LEX_CORE`,
    /// `LEX_LEAD` or 0, the class bits left out.
    pub(super) fn lex(&self, i: usize) -> u8 {
        self.v.get(i).map_or(0, |t| t.lex & super::words::LEX_KIND)
    }

    /// Token `i` can start a written day or month: a digit run, or a
    /// month name or number word (`LEX_DAY_OR_MONTH`). Every rule that
    /// reads a day (`day_at`) or a month (`month_at`) needs one.
    pub(super) fn day_or_month(&self, i: usize) -> bool {
        self.kind(i) == Some(TokKind::Num) || self.number_or_month_word(i)
    }

    /// Token `i` is a month name or a number word (`LEX_DAY_OR_MONTH`):
    /// what a month, a day or a year in words must start with.
    pub(super) fn number_or_month_word(&self, i: usize) -> bool {
        self.v.get(i).is_some_and(|t| t.lex & super::words::LEX_DAY_OR_MONTH != 0)
    }

    /// Number of tokens.
    pub(super) fn len(&self) -> usize {
        self.v.len()
    }

    /// The lowercased text of token `i`, or "" past the end.
    pub(super) fn w(&self, i: usize) -> &str {
        self.v.get(i).and_then(|t| self.low.get(t.start..t.end)).unwrap_or("")
    }

    /// The token's text as written (the tests' view; the rules read the
    /// lowercased `w`).
    #[cfg(test)]
    pub(super) fn raw(&self, i: usize) -> &'a str {
        self.v.get(i).and_then(|t| self.text.get(t.start..t.end)).unwrap_or("")
    }

    /// The lowercased bytes of token `i` (empty past the end): a byte
    /// slice needs no char-boundary test, and comparisons are of bytes.
    fn low_bytes(&self, i: usize) -> &[u8] {
        self.v.get(i).and_then(|t| self.low.as_bytes().get(t.start..t.end)).unwrap_or_default()
    }

    /// True when token `i` is the (lowercase) word or symbol `s`.
    pub(super) fn is(&self, i: usize, s: &str) -> bool {
        // Most tests fail on the length, read off the span alone.
        match self.v.get(i) {
            Some(t) => t.end - t.start == s.len() && self.low_bytes(i) == s.as_bytes(),
            None => s.is_empty(),
        }
    }

    /// True when token `i` is one of `set`.
    pub(super) fn is_any(&self, i: usize, set: &[&str]) -> bool {
        let Some(t) = self.v.get(i) else { return false };
        let len = t.end - t.start;
        set.iter().any(|s| s.len() == len && self.low_bytes(i) == s.as_bytes())
    }

    /// The kind of token `i`.
    pub(super) fn kind(&self, i: usize) -> Option<TokKind> {
        self.v.get(i).map(|t| t.kind)
    }

    /// True for a word token.
    pub(super) fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(TokKind::Word)
    }

    /// The value of a digit token of at most 9 digits.
    pub(super) fn num(&self, i: usize) -> Option<u32> {
        let t = self.v.get(i)?;
        (t.kind == TokKind::Num && t.end - t.start <= 9).then_some(t.value)
    }

    /// Number of digits of token `i` (0 when it is not a digit token).
    pub(super) fn digits(&self, i: usize) -> usize {
        match self.v.get(i) {
            Some(t) if t.kind == TokKind::Num => t.end - t.start,
            _ => 0,
        }
    }

    /// True when token `i` starts exactly where token `i - 1` ends.
    pub(super) fn glued(&self, i: usize) -> bool {
        match (i.checked_sub(1).and_then(|p| self.v.get(p)), self.v.get(i)) {
            (Some(a), Some(b)) => a.end == b.start,
            _ => false,
        }
    }

    /// True when token `i` is glued to the token after it.
    pub(super) fn glued_next(&self, i: usize) -> bool {
        self.glued(i + 1)
    }

    /// True when the token starts with an uppercase letter.
    pub(super) fn cap(&self, i: usize) -> bool {
        self.v
            .get(i)
            .and_then(|t| self.text.as_bytes().get(t.start))
            .is_some_and(u8::is_ascii_uppercase)
    }

    /// Byte where token `i` starts (text length past the end).
    pub(super) fn start(&self, i: usize) -> usize {
        self.v.get(i).map_or(self.text.len(), |t| t.start)
    }

    /// Byte where token `i` ends.
    pub(super) fn end(&self, i: usize) -> usize {
        self.v.get(i).map_or(self.text.len(), |t| t.end)
    }

    /// True when the gap before token `i` holds a line break (a new
    /// paragraph or heading ends the sentence).
    pub(super) fn newline_before(&self, i: usize) -> bool {
        let Some(prev) = i.checked_sub(1).and_then(|p| self.v.get(p)) else {
            return true;
        };
        self.text.as_bytes().get(prev.end..self.start(i)).is_some_and(|g| g.contains(&b'\n'))
    }

    /// True when token `i` ends a sentence: ".", "!", "?" or ";" followed by
    /// a break, or the token before a paragraph break.
    pub(super) fn sentence_end(&self, i: usize) -> bool {
        (self.is_any(i, &[".", "!", "?", ";"]) && !self.glued_next(i)) || self.newline_before(i + 1)
    }
}

/// Length in bytes of the UTF-8 sequence that starts with `lead`.
fn utf8_len(lead: u8) -> usize {
    match lead {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        _ => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_keep_byte_spans() {
        let t = Toks::new("On 12-day, £5\u{a0}Nov. 25");
        let words: Vec<&str> = (0..t.len()).map(|i| t.raw(i)).collect();
        assert_eq!(words, ["On", "12", "-", "day", ",", "£", "5", "Nov", ".", "25"]);
        assert!(t.glued(2) && t.glued(3) && !t.glued(1));
        assert_eq!(t.w(0), "on");
        assert_eq!(t.num(1), Some(12));
        assert_eq!(t.start(9), "On 12-day, £5\u{a0}Nov. ".len());
    }

    #[test]
    fn lowercasing_changes_ascii_capitals_only() {
        let text = "ABCDEFGHIJKLMNOPQRSTUVWXYZ @[`{ abc Ünïcode ÀÉ \u{a0}Z 09 MAY";
        assert_eq!(ascii_lowercase(text), text.to_ascii_lowercase());
        for n in 0..20 {
            let t = "AZaz@[\u{e9}É".repeat(n);
            assert_eq!(ascii_lowercase(&t), t.to_ascii_lowercase(), "{t}");
        }
        let all: String = (0u8..0x80).map(char::from).collect();
        assert_eq!(ascii_lowercase(&all), all.to_ascii_lowercase());
    }

    #[test]
    fn a_day_or_month_starts_at_a_number_a_month_or_a_number_word() {
        // "5 people" is tried as a day; "year", "the" and "," are not.
        let t = Toks::new("the 25 June , first year Twenty people");
        let starts: Vec<bool> = (0..t.len()).map(|i| t.day_or_month(i)).collect();
        assert_eq!(starts, [false, true, true, false, true, false, true, false]);
        assert_eq!(t.lex(2), super::super::words::LEX_CORE, "june: class bit left out");
        let words: Vec<bool> = (0..t.len()).map(|i| t.number_or_month_word(i)).collect();
        assert_eq!(words, [false, false, true, false, true, false, true, false]);
    }

    #[test]
    fn words_get_the_flags_of_the_word_table_and_the_starter_test() {
        let text = "The said June people NOVEMBER three Dozen halves weekends \
                    between Fourteenth aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa x q";
        let t = Toks::new(text);
        for i in 0..t.len() {
            let w = t.w(i);
            assert_eq!(t.v[i].lex, super::super::word_table::lex(w), "{w}");
            assert_eq!(t.v[i].number_word, lexicon::may_start_number(w.as_bytes()), "{w}");
        }
        assert_ne!(t.lex(2), 0, "june");
        assert_eq!(t.lex(1), 0, "said");
        assert!(t.v[5].number_word, "three");
        // Every word of the vocabulary keeps its flags.
        for w in super::super::words::VOCAB {
            if w.bytes().all(|b| b.is_ascii_lowercase()) {
                let t = Toks::new(w);
                assert_eq!(t.v[0].lex, super::super::word_table::lex(w), "{w}");
            }
        }
    }

    #[test]
    fn digit_runs_carry_their_value_up_to_nine_digits() {
        let t = Toks::new("007 123456789 1234567890 4294967296x");
        assert_eq!(t.num(0), Some(7));
        assert_eq!(t.num(1), Some(123_456_789));
        assert_eq!(t.digits(2), 10);
        assert_eq!(t.num(2), None);
        assert_eq!(t.num(3), None);
        assert_eq!(t.num(4), None, "a word has no value");
    }

    #[test]
    fn candidates_are_numbers_temporal_words_and_apostrophes() {
        let t = Toks::new("The cat, in June of '90 sat 3 cats.");
        // "The" is a lead word of the vocabulary ("the 1990s").
        assert_eq!(t.next_candidate(0), 0);
        let june = (0..t.len()).find(|&i| t.raw(i) == "June").expect("June");
        assert_eq!(t.next_candidate(1), june);
        let apostrophe = (0..t.len()).find(|&i| t.raw(i) == "'").expect("'");
        assert!(t.next_candidate(june + 1) <= apostrophe);
        let three = (0..t.len()).find(|&i| t.raw(i) == "3").expect("3");
        assert_eq!(t.next_candidate(three), three);
        assert_eq!(t.next_candidate(three + 1), t.len(), "cats and '.' are no start");
        assert_eq!(t.next_candidate(t.len() + 5), t.len());
    }
}
