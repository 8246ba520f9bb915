//! `path:line:col: verdict: claim (evidence)`, one claim a line, in the
//! shape compilers use so that editors (quickfix, problem matchers) can
//! jump to a claim and `grep contradicted` finds the bad ones.
//!
//! No header and no summary: every line matches the pattern.

use std::io::{self, Write};

use super::words::{evidence, one_line, reason};
use super::{ArticleReport, CheckedClaim, Report};

pub(super) fn print(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    for article in &report.articles {
        for c in &article.claims {
            writeln!(out, "{}", line(article, c))?;
        }
    }
    Ok(())
}

fn line(article: &ArticleReport, c: &CheckedClaim) -> String {
    format!(
        "{}:{}:{}: {}: {} ({})",
        one_line(&article.path),
        c.line,
        c.column,
        c.verdict,
        one_line(&c.text),
        one_line(&explanation(c))
    )
}

/// The evidence; for an unverifiable claim the reason code leads, so a
/// grep for `no_subject` finds them all.
fn explanation(c: &CheckedClaim) -> String {
    match (c.reason.code, &c.evidence) {
        (Some(code), None) => format!("{}: {}", code.as_str(), reason(c)),
        _ => evidence(c),
    }
}
