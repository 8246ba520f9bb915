//! One CSV row per claim (RFC 4180 quoting by the `csv` crate), for
//! spreadsheets and scripts.
//!
//! Formula injection: a cell that starts with `=`, `+`, `-`, `@`, a tab
//! or a carriage return is prefixed with `'`, so a spreadsheet shows it
//! as text and never evaluates it (OWASP's advice). This applies to
//! every text cell, negative numbers included: `-3.5%` is written
//! `'-3.5%`, which still reads as the number; a script that wants the
//! raw value strips one leading `'`. The columns we write as plain
//! integers (line, column, start, end) can never start with one of
//! those characters.

use std::io::{self, Write};

use super::{ArticleReport, CheckedClaim, Report};

const HEADER: [&str; 16] = [
    "path",
    "id",
    "line",
    "column",
    "start",
    "end",
    "text",
    "kind",
    "value",
    "qualifier",
    "verdict",
    "reason_code",
    "reason",
    "record_id",
    "reference_value",
    "source",
];

pub(super) fn print(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let mut w = ::csv::Writer::from_writer(out);
    w.write_record(HEADER)?;
    for article in &report.articles {
        for c in &article.claims {
            w.write_record(row(article, c).iter().map(|cell| neutralise(cell)))?;
        }
    }
    w.flush()
}

fn row(article: &ArticleReport, c: &CheckedClaim) -> [String; 16] {
    let e = c.evidence.as_ref();
    [
        article.path.clone(),
        c.id.clone(),
        c.line.to_string(),
        c.column.to_string(),
        c.span.start.to_string(),
        c.span.end.to_string(),
        c.text.clone(),
        c.kind().as_str().into(),
        c.value.to_string(),
        c.qualifier.as_str().into(),
        c.verdict.as_str().into(),
        c.reason.code.map_or("", |code| code.as_str()).into(),
        c.reason.message.clone(),
        e.map_or_else(String::new, |e| e.record_id.clone()),
        e.map_or_else(String::new, |e| e.value.to_string()),
        e.map_or_else(String::new, |e| e.source.clone()),
    ]
}

/// `'`-prefixes a cell a spreadsheet would run as a formula.
fn neutralise(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised() {
        assert_eq!(neutralise("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(neutralise("-3.5%"), "'-3.5%");
        assert_eq!(neutralise("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralise("\tx"), "'\tx");
        assert_eq!(neutralise("3.5%"), "3.5%");
    }
}
