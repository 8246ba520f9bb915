//! GitHub Actions workflow commands: `::error` for contradicted claims
//! and `::warning` for unverifiable ones, so that a CI job annotates the
//! article's lines in a pull request. Supported claims print nothing.
//!
//! Escaping follows the runner's rules (actions/toolkit `command.ts`):
//! in the message `%`, `\r` and `\n` become `%25`, `%0D` and `%0A`; in a
//! property value `:` and `,` are escaped too (`%3A`, `%2C`), since they
//! delimit properties.

use std::io::{self, Write};

use super::words::{end_line_col, reason, sentence};
use super::{ArticleReport, CheckedClaim, Report};
use crate::span::LineIndex;
use crate::verdict::Verdict;

pub(super) fn print(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    for article in &report.articles {
        let lines = LineIndex::new(&article.text);
        for c in &article.claims {
            if let Some(cmd) = annotation(article, &lines, c) {
                writeln!(out, "{cmd}")?;
            }
        }
    }
    Ok(())
}

fn annotation(article: &ArticleReport, lines: &LineIndex, c: &CheckedClaim) -> Option<String> {
    let level = match c.verdict {
        Verdict::Supported => return None,
        Verdict::Contradicted => "error",
        Verdict::Unverifiable => "warning",
    };
    let (end_line, end_col) = end_line_col(lines, &article.text, c);
    let mut props = vec![
        ("file", article.path.clone()),
        ("line", c.line.to_string()),
        ("col", c.column.to_string()),
    ];
    // GitHub ignores columns when an annotation spans lines, so give
    // endLine only then, and endColumn only on one line.
    if end_line != c.line {
        props.push(("endLine", end_line.to_string()));
    } else {
        props.push(("endColumn", end_col.to_string()));
    }
    props.push(("title", title(c)));
    let props: Vec<String> =
        props.into_iter().map(|(k, v)| format!("{k}={}", escape_property(&v))).collect();
    Some(format!("::{level} {}::{}", props.join(","), escape_data(&message(c))))
}

fn title(c: &CheckedClaim) -> String {
    match (c.verdict, c.reason.code) {
        (Verdict::Unverifiable, Some(code)) => {
            format!("claimcheck: unverifiable ({}) {}", code.as_str(), c.text)
        }
        (v, _) => format!("claimcheck: {v} {}", c.text),
    }
}

fn message(c: &CheckedClaim) -> String {
    match &c.evidence {
        Some(e) => format!(
            "“{}” ({}): {} Reference {}: {} ({}).",
            c.text,
            c.id,
            sentence(reason(c)),
            e.record_id,
            e.value,
            e.source
        ),
        None => format!("“{}” ({}): {}", c.text, c.id, sentence(reason(c))),
    }
}

fn escape_data(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_follow_the_runner() {
        assert_eq!(escape_data("50%\r\nof"), "50%25%0D%0Aof");
        assert_eq!(escape_property("a:b,c%"), "a%3Ab%2Cc%25");
    }
}
