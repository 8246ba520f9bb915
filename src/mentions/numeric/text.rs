//! Small, allocation-free readers over the article text: the word before
//! or after a position, spaces, sentence starts. Every position they
//! return lies on a char boundary.

/// True for the bytes of a word: ASCII letters and digits. Non-ASCII
/// letters never start a numeric mention, so treating them as non-word
/// bytes is harmless.
pub(crate) fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

/// Spaces that may sit inside a numeric expression: ASCII space and tab,
/// no-break space, thin space and narrow no-break space.
fn space_len_at(text: &str, i: usize) -> usize {
    let b = text.as_bytes();
    match b.get(i) {
        Some(b' ') | Some(b'\t') => 1,
        Some(0xC2) if b.get(i + 1) == Some(&0xA0) => 2,
        Some(0xE2)
            if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x89) | Some(0xAF)) =>
        {
            3
        }
        _ => 0,
    }
}

/// Position after any spaces at `i` (no line breaks).
pub(crate) fn skip_spaces(text: &str, mut i: usize) -> usize {
    loop {
        let n = space_len_at(text, i);
        if n == 0 {
            return i;
        }
        i += n;
    }
}

/// Position before any spaces that end at `i`.
pub(crate) fn skip_spaces_back(text: &str, mut i: usize) -> usize {
    let b = text.as_bytes();
    loop {
        if i >= 1 && matches!(b[i - 1], b' ' | b'\t') {
            i -= 1;
        } else if i >= 2 && b[i - 2] == 0xC2 && b[i - 1] == 0xA0 {
            i -= 2;
        } else if i >= 3 && b[i - 3] == 0xE2 && b[i - 2] == 0x80 && matches!(b[i - 1], 0x89 | 0xAF)
        {
            i -= 3;
        } else {
            return i;
        }
    }
}

/// The ASCII letters starting at `i`, as `(end, word)`.
pub(crate) fn letters_at(text: &str, i: usize) -> Option<(usize, &str)> {
    let rest = text.as_bytes().get(i..).unwrap_or_default();
    // One pass over the slice, no index test per byte.
    let j = i + rest.iter().position(|b| !b.is_ascii_alphabetic()).unwrap_or(rest.len());
    (j > i).then(|| (j, &text[i..j]))
}

/// The next word after `i` (spaces skipped, no punctuation crossed) as
/// `(start, end, word)`. A word is a run of ASCII letters.
pub(crate) fn next_word(text: &str, i: usize) -> Option<(usize, usize, &str)> {
    let s = skip_spaces(text, i);
    let (e, w) = letters_at(text, s)?;
    // "7E7", "3D": letters glued to digits are not a following word.
    if text.as_bytes().get(e).is_some_and(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((s, e, w))
}

/// The word that ends right before `i` (spaces skipped, no punctuation
/// crossed) as `(start, word)`.
pub(crate) fn prev_word(text: &str, i: usize) -> Option<(usize, &str)> {
    let e = skip_spaces_back(text, i);
    let b = &text.as_bytes()[..e];
    // One pass backwards over the slice, no index test per byte.
    let s = b.iter().rposition(|c| !c.is_ascii_alphabetic()).map_or(0, |p| p + 1);
    (s < e).then(|| (s, &text[s..e]))
}

/// The `n`th word before `i` (1 = the previous word), crossing only
/// spaces.
pub(crate) fn nth_prev_word(text: &str, mut i: usize, n: usize) -> Option<(usize, &str)> {
    let mut found = None;
    for _ in 0..n {
        let (s, w) = prev_word(text, i)?;
        found = Some((s, w));
        i = s;
    }
    found
}

/// The byte right before `i`, ignoring spaces.
pub(crate) fn prev_byte(text: &str, i: usize) -> Option<u8> {
    let e = skip_spaces_back(text, i);
    e.checked_sub(1).map(|p| text.as_bytes()[p])
}

/// True when `i` starts a sentence: only spaces, quotes or brackets
/// between it and the text start, a line break or ". ! ? :".
pub(crate) fn at_sentence_start(text: &str, i: usize) -> bool {
    let b = text.as_bytes();
    let mut j = skip_spaces_back(text, i);
    while j > 0 && matches!(b[j - 1], b'"' | b'\'' | b'(' | b'[' | b'\n' | b'\r' | b' ') {
        if matches!(b[j - 1], b'\n' | b'\r') {
            return true;
        }
        j -= 1;
    }
    // Curly quotes (U+201C, U+2018) are three bytes ending 0x9C / 0x98.
    while j >= 3 && b[j - 3] == 0xE2 && b[j - 2] == 0x80 && matches!(b[j - 1], 0x9C | 0x98) {
        j -= 3;
    }
    j == 0 || matches!(b[j - 1], b'.' | b'!' | b'?' | b':' | b'\n' | b'-' | b'|')
}

/// True when the word starting at `s` begins with a capital letter.
pub(crate) fn is_capitalised(w: &str) -> bool {
    w.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
}

/// Lower-cases an ASCII word into `buf` without allocating; `None` when
/// it does not fit (no number word is that long). A word with no capital
/// is returned as it is, with no copy and no UTF-8 check.
pub(crate) fn lower<'b>(w: &'b str, buf: &'b mut [u8; 24]) -> Option<&'b str> {
    let b = w.as_bytes();
    if b.len() > buf.len() {
        return None;
    }
    if !b.iter().any(u8::is_ascii_uppercase) {
        return Some(w);
    }
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..b.len()]).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_around_a_position() {
        let s = "rose to 83,000 people";
        assert_eq!(prev_word(s, 8), Some((5, "to")));
        assert_eq!(next_word(s, 14), Some((15, 21, "people")));
        assert_eq!(nth_prev_word(s, 8, 2), Some((0, "rose")));
        assert_eq!(next_word("7E7", 1), None);
    }

    #[test]
    fn sentence_starts() {
        assert!(at_sentence_start("Four people", 0));
        assert!(at_sentence_start("died. Four people", 6));
        assert!(at_sentence_start("said: \"Five", 7));
        assert!(!at_sentence_start("while Five's share", 6));
    }

    #[test]
    fn lower_folds_capitals_and_refuses_long_words() {
        let mut buf = [0; 24];
        assert_eq!(lower("Million", &mut buf), Some("million"));
        assert_eq!(lower("dozen", &mut buf), Some("dozen"));
        assert_eq!(lower("", &mut buf), Some(""));
        assert_eq!(lower("abcdefghijklmnopqrstuvwxyz", &mut buf), None);
        assert_ne!(lower("THREE", &mut buf), Some("THREE"));
    }

    #[test]
    fn thin_and_no_break_spaces_are_spaces() {
        assert_eq!(skip_spaces("\u{2009}x", 0), 3);
        assert_eq!(skip_spaces("\u{a0}x", 0), 2);
        assert_eq!(skip_spaces_back("1\u{202f}", 4), 1);
    }
}
