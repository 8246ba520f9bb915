//! JUnit XML for CI dashboards: a `<testsuite>` per article and a
//! `<testcase>` per claim. Contradicted claims are `<failure>`s,
//! unverifiable ones `<skipped>` (they are not wrong, just unchecked),
//! supported ones pass.
//!
//! Everything from the article or the dataset goes through
//! [`markup`]/[`attribute`], which also replace the
//! control characters XML 1.0 forbids, so the file always parses.

use std::fmt::Write as _;
use std::io::{self, Write};

use super::escape::{attribute, markup};
use super::words::{one_line, reason, sentence, value_with_hedge};
use super::{ArticleReport, CheckedClaim, Report};
use crate::verdict::Verdict;

pub(super) fn print(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let s = report.summary();
    let mut x = String::new();
    x.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        x,
        "<testsuites name=\"claimcheck\" tests=\"{}\" failures=\"{}\" skipped=\"{}\" errors=\"0\">",
        s.claims, s.contradicted, s.unverifiable
    );
    for article in &report.articles {
        suite(&mut x, article);
    }
    x.push_str("</testsuites>\n");
    out.write_all(x.as_bytes())
}

fn suite(x: &mut String, article: &ArticleReport) {
    let count = |v: Verdict| article.claims.iter().filter(|c| c.verdict == v).count();
    let _ = writeln!(
        x,
        "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" skipped=\"{}\" errors=\"0\">",
        attribute(&article.path),
        article.claims.len(),
        count(Verdict::Contradicted),
        count(Verdict::Unverifiable)
    );
    for c in &article.claims {
        case(x, article, c);
    }
    x.push_str("  </testsuite>\n");
}

fn case(x: &mut String, article: &ArticleReport, c: &CheckedClaim) {
    let name = format!("{} {}:{} “{}” ({})", c.id, c.line, c.column, one_line(&c.text), c.kind());
    let open = format!(
        "    <testcase name=\"{}\" classname=\"{}\" file=\"{}\" line=\"{}\"",
        attribute(&name),
        attribute(&article.path),
        attribute(&article.path),
        c.line
    );
    match c.verdict {
        Verdict::Supported => {
            let _ = writeln!(x, "{open}/>");
        }
        Verdict::Contradicted => {
            let _ = writeln!(x, "{open}>");
            let _ = writeln!(
                x,
                "      <failure message=\"{}\" type=\"contradicted\">{}</failure>",
                attribute(&sentence(reason(c))),
                markup(&details(c))
            );
            x.push_str("    </testcase>\n");
        }
        Verdict::Unverifiable => {
            let _ = writeln!(x, "{open}>");
            let code = c.reason.code.map_or("unverifiable", |code| code.as_str());
            let _ = writeln!(
                x,
                "      <skipped message=\"{}\"/>",
                attribute(&format!("{code}: {}", sentence(reason(c))))
            );
            x.push_str("    </testcase>\n");
        }
    }
}

/// The failure's body: what the article says, what the record says and
/// how they compared.
fn details(c: &CheckedClaim) -> String {
    let mut d =
        format!("claim: {}\nvalue: {}\nsentence: {}\n", c.text, value_with_hedge(c), c.sentence);
    if let Some(e) = &c.evidence {
        let _ = write!(
            d,
            "reference: {} ({}, {}): {}\nsource: {}\norigin: {}\nclaimed: {}\ntolerance: {}\n",
            e.record_id,
            e.subject,
            e.attribute,
            e.value,
            e.source,
            e.origin,
            e.claimed,
            e.tolerance
        );
    }
    d
}
