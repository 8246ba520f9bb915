//! Byte spans into the article exactly as read, and the line index that
//! turns them into `line:column` only when a report needs it.

use serde::Serialize;

/// A half-open byte range `start..end` into the text as read from disk
/// (front matter included). Every finding carries one; line and column
/// are derived from it at report time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (end exclusive).
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "span start {start} after end {end}");
        Span { start, end }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True for an empty span.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The same span moved `by` bytes to the right.
    pub fn shifted(self, by: usize) -> Span {
        Span { start: self.start + by, end: self.end + by }
    }

    /// True when `other` lies entirely inside `self`.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// Maps byte offsets to 1-based line and column numbers (columns count
/// characters, as editors do).
#[derive(Clone, Debug)]
pub struct LineIndex {
    line_starts: Vec<usize>,
}

impl LineIndex {
    /// Index the line starts of `text`.
    pub fn new(text: &str) -> LineIndex {
        let mut line_starts = vec![0];
        // memchr reads many bytes at a time (the char search was slower).
        line_starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex { line_starts }
    }

    /// 1-based `(line, column)` of byte `offset` in `text`.
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let start = self.line_starts[line];
        let end = offset.min(text.len());
        // A byte-order mark is invisible: it is no column.
        let line_text = text.get(start..end).map(|s| s.strip_prefix('\u{feff}').unwrap_or(s));
        let column = line_text.map_or(end - start, |s| s.chars().count());
        (line + 1, column + 1)
    }

    /// A reader of [`LineIndex::line_col`] for offsets that mostly come
    /// in increasing order (the claims of an article).
    pub fn cursor<'a>(&'a self, text: &'a str) -> LineCursor<'a> {
        LineCursor { index: self, text, last: None }
    }
}

/// [`LineIndex::line_col`] with the last answer kept: an offset later
/// on the same line counts only the characters since the last one,
/// instead of the whole line again (a paragraph is one line, and holds
/// many claims).
pub struct LineCursor<'a> {
    index: &'a LineIndex,
    text: &'a str,
    /// The last `(offset, line, column)` answered.
    last: Option<(usize, usize, usize)>,
}

impl LineCursor<'_> {
    /// 1-based `(line, column)` of byte `offset`, as `line_col` gives it.
    pub fn line_col(&mut self, offset: usize) -> (usize, usize) {
        let line = self.index.line_starts.partition_point(|&s| s <= offset);
        let (text, index) = (self.text, self.index);
        let answer = match self.last {
            // Same line, further on, and past its first character (so a
            // byte-order mark, which is no column, is already behind).
            Some((at, l, column))
                if l == line && at <= offset && at > index.line_starts[line - 1] =>
            {
                text.get(at..offset.min(text.len()))
                    .map(|s| (line, column + s.chars().count()))
                    .unwrap_or_else(|| index.line_col(text, offset))
            }
            _ => index.line_col(text, offset),
        };
        self.last = Some((offset, answer.0, answer.1));
        answer
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let text = "ab\n£5 x\n";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_col(text, 0), (1, 1));
        assert_eq!(idx.line_col(text, 3), (2, 1));
        // '5' sits after the two-byte '£'.
        assert_eq!(idx.line_col(text, 5), (2, 2));
        assert_eq!(idx.line_col(text, 9), (3, 1));
    }

    #[test]
    fn a_byte_order_mark_is_no_column() {
        let text = "\u{feff}On 12\r\nx 5";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_col(text, 6), (1, 4));
        assert_eq!(idx.line_col(text, 12), (2, 3));
    }

    #[test]
    fn the_cursor_answers_as_line_col_in_any_order() {
        let text = "\u{feff}On 12 £5 and 7\nx 5 é 9\n\n\u{feff}y 3 z\nend";
        let idx = LineIndex::new(text);
        let offsets: Vec<usize> = (0..=text.len() + 2).collect();
        let mut forward = idx.cursor(text);
        for &o in &offsets {
            assert_eq!(forward.line_col(o), idx.line_col(text, o), "offset {o}");
        }
        let mut backward = idx.cursor(text);
        for &o in offsets.iter().rev() {
            assert_eq!(backward.line_col(o), idx.line_col(text, o), "offset {o}");
        }
        let mut jumping = idx.cursor(text);
        for o in [5, 3, 20, 21, 9, 9, 0, 30, 2] {
            assert_eq!(jumping.line_col(o), idx.line_col(text, o), "offset {o}");
        }
    }

    #[test]
    fn overlap_and_containment() {
        let a = Span::new(2, 6);
        assert!(a.overlaps(Span::new(5, 9)));
        assert!(!a.overlaps(Span::new(6, 9)));
        assert!(a.contains(Span::new(3, 6)));
        assert_eq!(a.shifted(4), Span::new(6, 10));
    }
}
