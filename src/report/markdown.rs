//! GitHub-flavoured Markdown: a summary and one verdict table per
//! article, ready to paste into a pull-request comment or an editor's
//! e-mail (the plain text reads well before rendering too).
//!
//! Cells are escaped so that article text can never break the table or
//! turn into markup: `|` and Markdown punctuation get a backslash, line
//! breaks become `<br>` (the one piece of HTML GitHub keeps in a cell).

use std::io::{self, Write};

use super::words::{evidence, value_with_hedge};
use super::{ArticleReport, CheckedClaim, Report};
use crate::verdict::Verdict;

pub(super) fn print(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "## claimcheck report")?;
    writeln!(out)?;
    writeln!(out, "**{}**", report.summary().line())?;
    for article in &report.articles {
        writeln!(out)?;
        print_article(article, out)?;
    }
    Ok(())
}

fn print_article(article: &ArticleReport, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "### {}", inline(&article.path))?;
    writeln!(out)?;
    let published = article
        .published
        .map_or_else(|| "no publication date".into(), |d| format!("published {d}"));
    writeln!(out, "{}{}", published, silenced_note(article.silenced))?;
    writeln!(out)?;
    if article.claims.is_empty() {
        writeln!(out, "No checkable claims.")?;
        return Ok(());
    }
    writeln!(out, "| # | line | claim | kind | value | verdict | evidence |")?;
    writeln!(out, "| --- | ---: | --- | --- | --- | --- | --- |")?;
    for c in &article.claims {
        writeln!(out, "{}", row(c))?;
    }
    Ok(())
}

fn silenced_note(n: usize) -> String {
    match n {
        0 => String::new(),
        1 => ", 1 claim silenced".into(),
        n => format!(", {n} claims silenced"),
    }
}

fn row(c: &CheckedClaim) -> String {
    let cells = [
        c.id.clone(),
        format!("{}:{}", c.line, c.column),
        cell(&c.text),
        c.kind().as_str().to_string(),
        cell(&value_with_hedge(c)),
        verdict(c.verdict).to_string(),
        cell(&evidence(c)),
    ];
    format!("| {} |", cells.join(" | "))
}

/// A mark that survives plain-text e-mail as well as rendering.
fn verdict(v: Verdict) -> &'static str {
    match v {
        Verdict::Supported => "✅ supported",
        Verdict::Contradicted => "❌ contradicted",
        Verdict::Unverifiable => "❔ unverifiable",
    }
}

/// A table cell: inline-escaped, line breaks as `<br>`.
fn cell(s: &str) -> String {
    let s = s.replace("\r\n", "\n").replace('\r', "\n");
    s.split('\n').map(inline).collect::<Vec<_>>().join("<br>")
}

/// Backslash-escapes the ASCII punctuation that could start markup,
/// break a table (`|`) or form an entity or autolink (`&`, `<`). `#`
/// only matters at the start of a line, which a cell never is.
fn inline(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        if matches!(ch, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&') {
            out.push('\\');
        }
        out.push(if ch.is_control() { ' ' } else { ch });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_cannot_break_the_table() {
        assert_eq!(cell("a|b\nc<d>"), r"a\|b<br>c\<d\>");
        assert_eq!(cell("*x* _y_ [l](u)"), r"\*x\* \_y\_ \[l\](u)");
    }
}
