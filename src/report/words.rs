//! Small pieces of wording shared by the human formats (table, markdown,
//! html, line), so that a claim's value and evidence read the same in
//! every one of them.

use super::CheckedClaim;
use crate::span::LineIndex;
use crate::value::Qualifier;

/// The value with its hedge as a symbol: "≥ 12 agreement", "≈ 3000000".
pub(super) fn value_with_hedge(c: &CheckedClaim) -> String {
    format!("{}{}", hedge_symbol(c.qualifier), c.value)
}

fn hedge_symbol(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => "",
        Qualifier::Approximately => "≈ ",
        Qualifier::AtLeast => "≥ ",
        Qualifier::MoreThan => "> ",
        Qualifier::AtMost => "≤ ",
        Qualifier::LessThan => "< ",
    }
}

/// Record id, reference value and source; or, for a claim with no
/// record, the reason it could not be checked.
pub(super) fn evidence(c: &CheckedClaim) -> String {
    match &c.evidence {
        Some(e) => format!("{}: {} ({})", e.record_id, e.value, e.source),
        None => reason(c).to_string(),
    }
}

/// The reason in words; `extract` runs with no reference and leaves it
/// empty, which would print as `()` or a bare full stop.
pub(super) fn reason(c: &CheckedClaim) -> &str {
    if c.reason.message.trim().is_empty() {
        "not checked against a reference"
    } else {
        &c.reason.message
    }
}

/// `s` on one line: line breaks and other control characters become
/// spaces, for formats where one claim is one line.
pub(super) fn one_line(s: &str) -> String {
    s.chars().map(|ch| if ch.is_control() { ' ' } else { ch }).collect()
}

/// Line and column (1-based, columns in characters) of the byte just
/// past the claim, for formats that want the end of a region. SARIF and
/// GitHub both take an exclusive end column. `lines` indexes `text`
/// (built once per article, not per claim).
pub(super) fn end_line_col(lines: &LineIndex, text: &str, c: &CheckedClaim) -> (usize, usize) {
    lines.line_col(text, c.span.end)
}

/// `s` ending in a full stop (messages are sentences; SARIF viewers and
/// annotations read better that way), without doubling one.
pub(super) fn sentence(s: &str) -> String {
    let s = s.trim_end();
    if s.ends_with(['.', '!', '?']) { s.to_string() } else { format!("{s}.") }
}
