//! Escaping for the markup formats (HTML and JUnit XML). One function
//! for both: the five characters `& < > " '` are escaped everywhere, in
//! text and in attributes alike, so that a caller cannot pick the wrong
//! variant for a context.

use std::fmt::Write as _;

/// `s` safe to put between tags or inside a double- or single-quoted
/// attribute. Control characters XML 1.0 forbids (and HTML calls parse
/// errors) become U+FFFD so the page or file always parses; tab, line
/// feed and carriage return are kept as they are.
pub(super) fn markup(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(ch),
            c if forbidden_in_xml(c) => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// Like [`markup`], but line breaks and tabs become character references
/// so that an attribute value keeps them (XML parsers normalise raw ones
/// to spaces).
pub(super) fn attribute(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in markup(s).chars() {
        match ch {
            '\n' | '\r' | '\t' => {
                let _ = write!(out, "&#{};", u32::from(ch));
            }
            c => out.push(c),
        }
    }
    out
}

/// C0 controls other than tab/LF/CR, DEL and C1 controls, and the two
/// non-characters U+FFFE/U+FFFF.
fn forbidden_in_xml(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{FFFE}' | '\u{FFFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_the_five_and_drops_controls() {
        assert_eq!(
            markup("<script>alert('x' & \"y\")</script>\u{1}"),
            "&lt;script&gt;alert(&#39;x&#39; &amp; &quot;y&quot;)&lt;/script&gt;\u{FFFD}"
        );
        assert_eq!(attribute("a\nb"), "a&#10;b");
    }
}
