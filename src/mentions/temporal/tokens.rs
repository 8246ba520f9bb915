//! A flat token stream over the text: words, digit runs and single
//! punctuation characters, each with its byte span. Rules match on
//! tokens, so "Nov. 25" and "Nov 25" are the same pattern and spans stay
//! exact byte offsets into the original text.

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
    pub(super) kind: TokKind,
    /// What the word can be in a temporal expression (see `words::lex`),
    /// computed once so the scan does not re-match every word.
    pub(super) lex: u8,
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
        let b = text.as_bytes();
        let mut v = Vec::with_capacity(text.len() / 4 + 1);
        let mut i = 0;
        while i < b.len() {
            let c = b[i];
            let start = i;
            let kind = if c.is_ascii_alphabetic() {
                while i < b.len() && b[i].is_ascii_alphabetic() {
                    i += 1;
                }
                TokKind::Word
            } else if c.is_ascii_digit() {
                while i < b.len() && b[i].is_ascii_digit() {
                    i += 1;
                }
                TokKind::Num
            } else if c.is_ascii_whitespace() {
                i += 1;
                continue;
            } else if c < 0x80 {
                i += 1;
                TokKind::Punct
            } else {
                let len = utf8_len(c);
                i = (i + len).min(b.len());
                // No-break space is whitespace.
                if &b[start..i] == "\u{a0}".as_bytes() {
                    continue;
                }
                TokKind::Punct
            };
            v.push(Tok { start, end: i, kind, lex: 0 });
        }
        let low = text.to_ascii_lowercase();
        for t in &mut v {
            if t.kind == TokKind::Word {
                t.lex = low.get(t.start..t.end).map_or(0, super::word_table::lex);
            }
        }
        Toks { text, low, v }
    }

    /// Each token as `(start, end, kind)`: the driver derives from them
    /// where the numeric pass can start.
    pub(crate) fn spans(&self) -> impl Iterator<Item = (usize, usize, TokKind)> + '_ {
        self.v.iter().map(|t| (t.start, t.end, t.kind))
    }

    /// The lexical flags of token `i` (0 for non-words).
    pub(super) fn lex(&self, i: usize) -> u8 {
        self.v.get(i).map_or(0, |t| t.lex)
    }

    /// Number of tokens.
    pub(super) fn len(&self) -> usize {
        self.v.len()
    }

    /// The lowercased text of token `i`, or "" past the end.
    pub(super) fn w(&self, i: usize) -> &str {
        self.v.get(i).and_then(|t| self.low.get(t.start..t.end)).unwrap_or("")
    }

    /// The token's text as written.
    pub(super) fn raw(&self, i: usize) -> &'a str {
        self.v.get(i).and_then(|t| self.text.get(t.start..t.end)).unwrap_or("")
    }

    /// True when token `i` is the (lowercase) word or symbol `s`.
    pub(super) fn is(&self, i: usize, s: &str) -> bool {
        self.w(i) == s
    }

    /// True when token `i` is one of `set`.
    pub(super) fn is_any(&self, i: usize, set: &[&str]) -> bool {
        let w = self.w(i);
        !w.is_empty() && set.contains(&w)
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
        if t.kind != TokKind::Num || t.end - t.start > 9 {
            return None;
        }
        self.w(i).parse().ok()
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
        self.raw(i).as_bytes().first().is_some_and(u8::is_ascii_uppercase)
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
        self.text.get(prev.end..self.start(i)).is_some_and(|g| g.contains('\n'))
    }

    /// True when token `i` ends a sentence: ".", "!", "?" or ";" followed by
    /// a break, or the token before a paragraph break.
    pub(super) fn sentence_end(&self, i: usize) -> bool {
        let w = self.w(i);
        (matches!(w, "." | "!" | "?" | ";") && !self.glued_next(i)) || self.newline_before(i + 1)
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
}
