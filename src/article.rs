//! Stage 1: the article. Reads text or Markdown, takes the publication
//! date from front matter, and masks what is not prose (front matter,
//! HTML comments, code, link targets, Markdown markers) with spaces, so
//! that later stages scan prose while every byte offset still points
//! into the file exactly as read.

use std::path::Path;

use jiff::civil::Date;

use crate::span::Span;

/// An article ready for segmentation.
#[derive(Clone, Debug)]
pub struct Article {
    /// The path as given (`-` for standard input).
    pub path: String,
    /// The text exactly as read.
    pub text: String,
    /// `text` with every non-prose byte replaced by a space: the same
    /// length, the same offsets.
    pub prose: String,
    /// The publication date (front matter `published` or `date`, or the
    /// command line).
    pub published: Option<Date>,
    /// The title from front matter, if any.
    pub title: Option<String>,
    /// Regions silenced by `claimcheck-disable` comments.
    pub silenced: Vec<Span>,
}

/// An article that cannot be read: names the file and the position.
#[derive(Debug, thiserror::Error)]
#[error("{path}{}: {message}", position.map(|(l, c)| format!(":{l}:{c}")).unwrap_or_default())]
pub struct ArticleError {
    /// The file.
    pub path: String,
    /// 1-based line and column, when the error has a position.
    pub position: Option<(usize, usize)>,
    /// What is wrong.
    pub message: String,
}

impl Article {
    /// Parses `bytes` read from `path`. `markdown` turns on Markdown
    /// masking (front matter is recognised in any file).
    pub fn parse(path: &str, bytes: Vec<u8>, markdown: bool) -> Result<Article, ArticleError> {
        let text = String::from_utf8(bytes).map_err(|e| {
            let offset = e.utf8_error().valid_up_to();
            let bytes = e.as_bytes();
            let line = bytes[..offset].iter().filter(|&&b| b == b'\n').count() + 1;
            let column =
                offset - bytes[..offset].iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1) + 1;
            ArticleError {
                path: path.to_string(),
                position: Some((line, column)),
                message: format!(
                    "not valid UTF-8 (byte offset {offset}); re-encode the file as UTF-8"
                ),
            }
        })?;
        let mut mask = Mask::new(&text);
        let front = front_matter(&text);
        let (mut published, mut title) = (None, None);
        if let Some(fm) = &front {
            mask.blank(fm.span);
            for (key, value, line) in &fm.fields {
                match key.as_str() {
                    "published" | "date" => {
                        let date = parse_date(value).ok_or_else(|| ArticleError {
                            path: path.to_string(),
                            position: Some((*line, 1)),
                            message: format!("front matter field `{key}`: invalid date {value:?} (expected YYYY-MM-DD)"),
                        })?;
                        published = Some(date);
                    }
                    "title" => title = Some(value.clone()),
                    _ => {}
                }
            }
        }
        if text.starts_with('\u{feff}') {
            mask.blank(Span::new(0, 3));
        }
        let silenced = if markdown { mask_markdown(&text, &mut mask) } else { Vec::new() };
        Ok(Article {
            path: path.to_string(),
            prose: mask.finish(),
            text,
            published,
            title,
            silenced,
        })
    }

    /// Reads and parses the file at `path`; Markdown by extension.
    pub fn read(path: &Path) -> Result<Article, ArticleError> {
        let shown = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|e| ArticleError {
            path: shown.clone(),
            position: None,
            message: format!("cannot read: {e}"),
        })?;
        let markdown = path.extension().is_some_and(|e| e == "md" || e == "markdown");
        Article::parse(&shown, bytes, markdown)
    }
}

/// `YYYY-MM-DD`, optionally followed by a time (`2025-11-25T10:00`).
fn parse_date(value: &str) -> Option<Date> {
    let v = value.trim().trim_matches(['"', '\'']);
    v.get(..10).filter(|_| v.len() == 10 || !v.as_bytes()[10].is_ascii_digit())?.parse().ok()
}

/// The leading `---` block.
struct FrontMatter {
    span: Span,
    /// `(key, value, 1-based line)`.
    fields: Vec<(String, String, usize)>,
}

fn front_matter(text: &str) -> Option<FrontMatter> {
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    let offset = text.len() - body.len();
    let first_end = body.find('\n')?;
    if body[..first_end].trim_end() != "---" {
        return None;
    }
    let mut fields = Vec::new();
    let mut pos = first_end + 1;
    let mut line_no = 2;
    while pos < body.len() {
        let end = body[pos..].find('\n').map_or(body.len(), |i| pos + i);
        let line = body[pos..end].trim_end_matches('\r');
        if line.trim_end() == "---" {
            let close = (end + 1).min(body.len());
            return Some(FrontMatter { span: Span::new(0, offset + close), fields });
        }
        if let Some((k, v)) = line.split_once(':') {
            fields.push((k.trim().to_ascii_lowercase(), v.trim().to_string(), line_no));
        }
        pos = end + 1;
        line_no += 1;
    }
    None // no closing fence: not front matter
}

/// Builds the masked copy of the text.
struct Mask {
    bytes: Vec<u8>,
}

impl Mask {
    fn new(text: &str) -> Mask {
        Mask { bytes: text.as_bytes().to_vec() }
    }

    /// Replaces every byte of `span` by a space, keeping newlines so that
    /// lines and paragraphs survive. The span must lie on character
    /// boundaries; a multi-byte character becomes several spaces.
    fn blank(&mut self, span: Span) {
        let end = span.end.min(self.bytes.len());
        for b in &mut self.bytes[span.start..end] {
            if *b != b'\n' {
                *b = b' ';
            }
        }
    }

    fn finish(self) -> String {
        // Only whole characters were replaced by ASCII spaces.
        String::from_utf8(self.bytes).unwrap_or_default()
    }
}

/// Masks Markdown syntax and returns the regions silenced by
/// `claimcheck-disable` comments.
fn mask_markdown(text: &str, mask: &mut Mask) -> Vec<Span> {
    let mut silenced = Vec::new();
    let mut disabled_from: Option<usize> = None;
    // HTML comments, which may also carry claimcheck directives.
    let mut pos = 0;
    while let Some(i) = text[pos..].find("<!--") {
        let start = pos + i;
        // An unclosed comment runs to the end of the text (and its body
        // must not lose three bytes it does not have: they may be the
        // middle of a character).
        let body_end = text[start + 4..].find("-->").map_or(text.len(), |j| start + 4 + j);
        let end = if body_end < text.len() { body_end + 3 } else { body_end };
        mask.blank(Span::new(start, end));
        let body = text[start + 4..body_end].trim();
        match body {
            "claimcheck-disable-next-line" => {
                let next_start = text[end..].find('\n').map_or(text.len(), |j| end + j + 1);
                let next_end = text[next_start..].find('\n').map_or(text.len(), |j| next_start + j);
                silenced.push(Span::new(next_start, next_end));
            }
            "claimcheck-disable" => disabled_from = disabled_from.or(Some(end)),
            "claimcheck-enable" => {
                if let Some(from) = disabled_from.take() {
                    silenced.push(Span::new(from, start));
                }
            }
            _ => {}
        }
        pos = end;
    }
    if let Some(from) = disabled_from {
        silenced.push(Span::new(from, text.len()));
    }
    mask_code_and_links(text, mask);
    silenced
}

/// Fenced code blocks, inline code, link and image targets, heading and
/// emphasis markers.
fn mask_code_and_links(text: &str, mask: &mut Mask) {
    let mut in_fence = false;
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let span = Span::new(line_start, line_start + line.len());
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            in_fence = !in_fence;
            mask.blank(span);
        } else if in_fence || line.starts_with("    ") || line.starts_with('\t') {
            mask.blank(span);
        } else {
            mask_inline(line, line_start, mask);
        }
        line_start += line.len();
    }
}

fn mask_inline(line: &str, offset: usize, mask: &mut Mask) {
    let bytes = line.as_bytes();
    // Heading markers and list bullets.
    let lead = bytes.iter().take_while(|&&b| b == b'#' || b == b'>').count();
    if lead > 0 {
        mask.blank(Span::new(offset, offset + lead));
    }
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'`' => {
                let end = line[i + 1..].find('`').map_or(bytes.len(), |j| i + 1 + j + 1);
                mask.blank(Span::new(offset + i, offset + end));
                i = end;
                continue;
            }
            b']' if bytes.get(i + 1) == Some(&b'(') => {
                let end = line[i..].find(')').map_or(bytes.len(), |j| i + j + 1);
                mask.blank(Span::new(offset + i, offset + end));
                i = end;
                continue;
            }
            b'[' | b'*' | b'_' if is_markup(bytes, i) => {
                mask.blank(Span::new(offset + i, offset + i + 1))
            }
            b'!' if bytes.get(i + 1) == Some(&b'[') => {
                mask.blank(Span::new(offset + i, offset + i + 1))
            }
            _ => {}
        }
        i += 1;
    }
}

/// `*`, `_` and `[` are markup unless they sit inside a word
/// (`snake_case`).
fn is_markup(bytes: &[u8], i: usize) -> bool {
    if bytes[i] != b'_' {
        return true;
    }
    let before = i.checked_sub(1).map(|j| bytes[j].is_ascii_alphanumeric()).unwrap_or(false);
    let after = bytes.get(i + 1).is_some_and(u8::is_ascii_alphanumeric);
    !(before && after)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn md(text: &str) -> Article {
        Article::parse("a.md", text.as_bytes().to_vec(), true).unwrap()
    }

    #[test]
    fn front_matter_gives_the_date_and_is_masked() {
        let a = md("---\npublished: 2025-11-25\ntitle: X\n---\nOn Monday 12 talks.\n");
        assert_eq!(a.published.unwrap().to_string(), "2025-11-25");
        assert_eq!(a.title.as_deref(), Some("X"));
        assert_eq!(a.prose.len(), a.text.len());
        assert!(a.prose.starts_with("   \n"));
        assert!(a.prose.ends_with("On Monday 12 talks.\n"));
    }

    #[test]
    fn comments_code_and_link_targets_are_masked_offsets_kept() {
        let text = "<!-- 5 errors -->\n# Title 2\nSee [the 3 deals](http://x/4) and `v5`.\n";
        let a = md(text);
        assert_eq!(a.prose.len(), text.len());
        assert!(!a.prose.contains('5') && !a.prose.contains('4'));
        assert!(a.prose.contains("the 3 deals") && a.prose.contains("Title 2"));
    }

    #[test]
    fn bad_front_matter_date_names_the_line() {
        let err =
            Article::parse("a.md", b"---\ndate: 2025-13-01\n---\n".to_vec(), true).unwrap_err();
        assert_eq!(
            err.to_string(),
            "a.md:2:1: front matter field `date`: invalid date \"2025-13-01\" (expected YYYY-MM-DD)"
        );
    }

    #[test]
    fn invalid_utf8_names_the_position() {
        let err = Article::parse("a.txt", b"ok\nab\xffc".to_vec(), false).unwrap_err();
        assert_eq!(
            err.to_string(),
            "a.txt:2:3: not valid UTF-8 (byte offset 5); re-encode the file as UTF-8"
        );
    }

    #[test]
    fn disable_comments_silence_regions() {
        let a = md("<!-- claimcheck-disable-next-line -->\n12 x\n13 y\n");
        assert_eq!(a.silenced.len(), 1);
        assert_eq!(&a.text[a.silenced[0].start..a.silenced[0].end], "12 x");
    }
}
