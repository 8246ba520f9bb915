//! Stage 2: sentences. Splits the masked prose into sentences with byte
//! spans, grouped into paragraphs.
//!
//! A line break always ends a sentence unless the next line plainly
//! continues it (it starts in lower case and the line before has no
//! closing punctuation: hard-wrapped Markdown). A blank line, or a line
//! that reads as a heading, ends a paragraph. Inside a line a sentence
//! ends at `.`, `!` or `?` (and closing quotes or brackets) before a
//! space and a capital, digit or quote, unless the word before the stop
//! is an abbreviation ("Mr.", "U.S.", "Jan.") or an initial.

use crate::span::Span;

/// One sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Bytes of the sentence, trimmed.
    pub span: Span,
    /// 0-based paragraph number.
    pub paragraph: usize,
    /// A line without closing punctuation that stands alone: a title or
    /// a heading.
    pub heading: bool,
}

/// Words that end with a full stop without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "gov",
    "sen", "rep", "rev", "st", "sr", "jr", "no", "nos", "vs", "v", "etc", "inc", "ltd", "co",
    "corp", "plc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "approx", "est", "fig", "vol", "pp",
    "ft", "mt", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m",
];

/// A sentence still open at the end of a line: `(start, end, paragraph)`.
type Pending = Option<(usize, usize, usize)>;

/// Splits `prose` into sentences.
pub fn split(prose: &str) -> Vec<Sentence> {
    // About one sentence per 100 bytes of news.
    let mut out: Vec<Sentence> = Vec::with_capacity(prose.len() / 64 + 4);
    let mut stops = Vec::new();
    let mut line_start = 0;
    let mut pending: Pending = None;
    let mut next_paragraph = 0;
    let lines = lines_inclusive(prose);
    for (n, raw_line) in lines.iter().enumerate() {
        let line_end = line_start + raw_line.len();
        let start = line_start + (raw_line.len() - raw_line.trim_start().len());
        let end = line_start + raw_line.trim_end().len();
        line_start = line_end;
        if start >= end {
            flush(&mut pending, &mut out, prose);
            continue;
        }
        let continued = match pending {
            Some(p) if starts_lowercase(&prose[start..end]) => Some(p),
            _ => None,
        };
        let (from, paragraph) = match continued {
            Some((s, _, p)) => (s, p),
            None => {
                flush(&mut pending, &mut out, prose);
                // Every line that does not continue a sentence opens a
                // paragraph.
                next_paragraph += 1;
                (start, next_paragraph - 1)
            }
        };
        pending = None;
        let next_continues =
            lines.get(n + 1).is_some_and(|next| starts_lowercase(next) && !next.trim().is_empty());
        if continued.is_none() && !next_continues && is_heading(&prose[start..end]) {
            out.push(Sentence { span: Span::new(from, end), paragraph, heading: true });
            continue;
        }
        let mut cursor = from;
        sentence_stops(prose, from, end, &mut stops);
        for &stop in &stops {
            push_trimmed(&mut out, prose, cursor, stop, paragraph);
            cursor = stop;
        }
        if ends_with_stop(&prose[cursor..end]) {
            push_trimmed(&mut out, prose, cursor, end, paragraph);
        } else {
            pending = Some((cursor, end, paragraph));
        }
    }
    flush(&mut pending, &mut out, prose);
    out
}

/// `prose.split_inclusive('\n')`, collected: the breaks are found with
/// `memchr`, which reads the text many bytes at a time (the standard
/// library's char search went through it three times slower).
fn lines_inclusive(prose: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut start = 0;
    for nl in memchr::memchr_iter(b'\n', prose.as_bytes()) {
        lines.push(&prose[start..=nl]);
        start = nl + 1;
    }
    if start < prose.len() {
        lines.push(&prose[start..]);
    }
    lines
}

fn flush(pending: &mut Pending, out: &mut Vec<Sentence>, prose: &str) {
    if let Some((s, e, p)) = pending.take() {
        push_trimmed(out, prose, s, e, p);
    }
}

fn push_trimmed(out: &mut Vec<Sentence>, prose: &str, start: usize, end: usize, paragraph: usize) {
    let piece = &prose[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        let s = start + lead;
        out.push(Sentence { span: Span::new(s, s + trimmed.len()), paragraph, heading: false });
    }
}

fn starts_lowercase(line: &str) -> bool {
    line.trim_start().chars().next().is_some_and(|c| c.is_lowercase())
}

fn ends_with_stop(piece: &str) -> bool {
    let t = piece.trim_end().trim_end_matches(['"', '\'', '”', '’', ')', ']', '*', '_']);
    t.ends_with(['.', '!', '?', ':', ';'])
}

/// A standalone line that does not read as a sentence: short, no closing
/// punctuation (a title, a section heading, a dateline).
fn is_heading(line: &str) -> bool {
    let t = line.trim();
    !ends_with_stop(t) && t.split_whitespace().count() <= 14 && !t.ends_with(',')
}

/// Byte offsets (after the stop and its closing quotes) where a sentence
/// ends inside `prose[from..to]`, into `stops` (cleared first: one list
/// serves every line).
fn sentence_stops(prose: &str, from: usize, to: usize, stops: &mut Vec<usize>) {
    let bytes = prose.as_bytes();
    stops.clear();
    let mut i = from;
    // Only '.', '!' and '?' can end a sentence: jump from one to the next
    // (memchr) instead of testing every byte.
    while let Some(k) = bytes.get(i..to).and_then(|rest| memchr::memchr3(b'.', b'!', b'?', rest)) {
        i += k;
        let b = bytes[i];
        let mut j = i + 1;
        // Closing quotes and brackets belong to the sentence.
        while j < to {
            let rest = &prose[j..to];
            let c = rest.chars().next().unwrap_or(' ');
            if matches!(c, '"' | '\'' | '”' | '’' | ')' | ']') {
                j += c.len_utf8();
            } else {
                break;
            }
        }
        let abbreviation =
            j < to && bytes[j] == b' ' && b == b'.' && is_abbreviation(prose, from, i);
        if !abbreviation && j < to && bytes[j] == b' ' && next_starts_sentence(&prose[j..to]) {
            stops.push(j);
        }
        i = j;
    }
}

fn next_starts_sentence(rest: &str) -> bool {
    rest.trim_start()
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || "\"'“‘(".contains(c))
}

/// True when the word ending at the full stop at `dot` is an
/// abbreviation or a single-letter initial.
fn is_abbreviation(prose: &str, from: usize, dot: usize) -> bool {
    let word_start = prose[from..dot]
        .rfind(|c: char| c.is_whitespace() || c == '(' || c == '"')
        .map_or(from, |p| from + p + 1);
    let word = prose[word_start..dot].trim_start_matches(['"', '\'', '(']);
    // No abbreviation or initial is longer (most words that end a
    // sentence are, and need no further test).
    if word.len() > 6 {
        return false;
    }
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
        return true; // an initial: "George W. Bush"
    }
    ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(prose: &str) -> Vec<(&str, usize, bool)> {
        split(prose)
            .into_iter()
            .map(|s| (&prose[s.span.start..s.span.end], s.paragraph, s.heading))
            .collect()
    }

    #[test]
    fn splits_sentences_and_keeps_abbreviations() {
        let got = texts(
            "Mr. Dar met Dr. Amiri in the U.S. on Monday. Talks went on. \"Yes,\" he said.\n",
        );
        assert_eq!(
            got,
            vec![
                ("Mr. Dar met Dr. Amiri in the U.S. on Monday.", 0, false),
                ("Talks went on.", 0, false),
                ("\"Yes,\" he said.", 0, false),
            ]
        );
    }

    #[test]
    fn headings_and_lines_make_paragraphs() {
        let got = texts(
            "Home loan approvals rising again\n\nLoans rose. Lending fell.\n\nMore came.\nNext line.\n",
        );
        assert_eq!(
            got,
            vec![
                ("Home loan approvals rising again", 0, true),
                ("Loans rose.", 1, false),
                ("Lending fell.", 1, false),
                ("More came.", 2, false),
                ("Next line.", 3, false),
            ]
        );
    }

    #[test]
    fn hard_wrapped_lines_are_joined() {
        let got = texts("The deal was signed\nduring the visit. Next.\n");
        assert_eq!(
            got,
            vec![("The deal was signed\nduring the visit.", 0, false), ("Next.", 0, false)]
        );
    }

    #[test]
    fn lines_are_split_inclusive() {
        for prose in ["", "one", "one\n", "one\ntwo", "\n\none\n\ntwo\n", "a\r\nb"] {
            let expected: Vec<&str> = prose.split_inclusive('\n').collect();
            assert_eq!(lines_inclusive(prose), expected, "{prose:?}");
        }
    }

    #[test]
    fn abbreviations_and_initials_are_short_words() {
        assert!(ABBREVIATIONS.iter().all(|a| a.len() <= 6));
        let prose = "Mr. Smith. Approx. fine. George W. Bush. Elections. Ltd.";
        let dot_after = |w: &str| prose.find(w).unwrap() + w.len();
        for w in ["Mr", "Approx", "W", "Ltd"] {
            assert!(is_abbreviation(prose, 0, dot_after(w)), "{w}");
        }
        for w in ["Smith", "fine", "Bush", "Elections"] {
            assert!(!is_abbreviation(prose, 0, dot_after(w)), "{w}");
        }
    }

    #[test]
    fn decimals_do_not_split() {
        let got = texts("Growth was 3.5 per cent. It rose.\n");
        assert_eq!(got.len(), 2);
    }
}
