//! Stage: the report. Plain data assembled by `app` from the verdicts,
//! and printers that only read it: they never decide anything.

mod csv;
mod escape;
mod github;
mod html;
mod json;
mod junit;
mod line;
mod markdown;
mod output;
mod sarif;
mod table;
mod words;

pub use json::{Stream as JsonStream, article_bytes as json_article};
pub use output::write_atomically;

use std::io::{self, Write};

use jiff::civil::Date;

use crate::span::Span;
use crate::value::{Kind, Qualifier, Value};
use crate::verdict::{Reason, Verdict};

/// Everything one run found, in a stable order (articles by path as
/// given, claims by position).
#[derive(Clone, Debug, Default)]
pub struct Report {
    /// One entry per article.
    pub articles: Vec<ArticleReport>,
}

/// The claims of one article.
#[derive(Clone, Debug)]
pub struct ArticleReport {
    /// The path as given on the command line (`-` for standard input).
    pub path: String,
    /// The publication date used to resolve relative dates.
    pub published: Option<Date>,
    /// The article exactly as read (spans index into it).
    pub text: String,
    /// Claims in order of position.
    pub claims: Vec<CheckedClaim>,
    /// Claims silenced by `claimcheck-disable` comments.
    pub silenced: usize,
}

/// One claim and its verdict, with everything a printer may show.
#[derive(Clone, Debug)]
pub struct CheckedClaim {
    /// `c1`, `c2`, ... in order of position within the article.
    pub id: String,
    /// Bytes of the claim in the article.
    pub span: Span,
    /// 1-based line of the span's start.
    pub line: usize,
    /// 1-based column (in characters) of the span's start.
    pub column: usize,
    /// The claim as written.
    pub text: String,
    /// The sentence it sits in.
    pub sentence: String,
    /// The normalised value.
    pub value: Value,
    /// Its hedge.
    pub qualifier: Qualifier,
    /// What the claim counts or ranks, as written.
    pub noun: Option<String>,
    /// The verdict.
    pub verdict: Verdict,
    /// Why: a code for unverifiable claims and the words for people.
    pub reason: Reason,
    /// The record the verdict rests on (none for unverifiable).
    pub evidence: Option<Evidence>,
}

impl CheckedClaim {
    /// The claim's kind.
    pub fn kind(&self) -> Kind {
        self.value.kind()
    }
}

/// The reference record behind a verdict and how the claim compared.
#[derive(Clone, Debug)]
pub struct Evidence {
    /// Record id.
    pub record_id: String,
    /// Record subject.
    pub subject: String,
    /// Record attribute.
    pub attribute: String,
    /// Record value.
    pub value: Value,
    /// Record source.
    pub source: String,
    /// Record file and line, as `path:line`.
    pub origin: String,
    /// The interval the claim allows, in words ("[12, ∞)").
    pub claimed: String,
    /// Claim minus reference, when both are numbers.
    pub difference: Option<f64>,
    /// The tolerance applied, in words ("±0.5 (rounding)").
    pub tolerance: String,
    /// Link confidence from 0 to 1.
    pub confidence: f64,
}

/// Totals over a report.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Articles checked.
    pub articles: usize,
    /// Claims found.
    pub claims: usize,
    /// Supported claims.
    pub supported: usize,
    /// Contradicted claims.
    pub contradicted: usize,
    /// Unverifiable claims.
    pub unverifiable: usize,
    /// Claims silenced on purpose.
    pub silenced: usize,
}

impl Report {
    /// Counts articles, claims and verdicts.
    pub fn summary(&self) -> Summary {
        let mut s = Summary::default();
        for a in &self.articles {
            s.add(a);
        }
        s
    }
}

impl Summary {
    /// Counts one more article.
    pub fn add(&mut self, a: &ArticleReport) {
        self.articles += 1;
        self.silenced += a.silenced;
        for c in &a.claims {
            self.claims += 1;
            match c.verdict {
                Verdict::Supported => self.supported += 1,
                Verdict::Contradicted => self.contradicted += 1,
                Verdict::Unverifiable => self.unverifiable += 1,
            }
        }
    }

    /// Adds the counts of `other`.
    pub fn merge(&mut self, other: &Summary) {
        self.articles += other.articles;
        self.claims += other.claims;
        self.supported += other.supported;
        self.contradicted += other.contradicted;
        self.unverifiable += other.unverifiable;
        self.silenced += other.silenced;
    }

    /// The one-line summary under every human format.
    pub fn line(&self) -> String {
        let mut s = format!(
            "{} article{}, {} claim{}: {} supported, {} contradicted, {} unverifiable",
            self.articles,
            plural(self.articles),
            self.claims,
            plural(self.claims),
            self.supported,
            self.contradicted,
            self.unverifiable
        );
        if self.silenced > 0 {
            s.push_str(&format!(" ({} silenced)", self.silenced));
        }
        s
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// The verdict table.
    Table,
    /// formats.md section 3.
    Json,
    /// A GitHub-flavoured Markdown table and summary (pull-request
    /// comments, e-mail).
    Markdown,
    /// One row per claim, spreadsheet-safe.
    Csv,
    /// One self-contained page with every claim highlighted.
    Html,
    /// SARIF 2.1.0, a result per contradicted or unverifiable claim.
    Sarif,
    /// JUnit XML: a suite per article, a case per claim.
    Junit,
    /// GitHub Actions workflow-command annotations.
    Github,
    /// `path:line:col: verdict: claim (evidence)`, one a line.
    Line,
}

/// How to print.
#[derive(Clone, Copy, Debug, Default)]
pub struct PrintOptions {
    /// Colour verdicts (terminal only, never with NO_COLOR).
    pub color: bool,
    /// Terminal width for the table, if known.
    pub width: Option<u16>,
}

/// Prints `report` in `format`.
pub fn print(
    report: &Report,
    format: Format,
    opts: PrintOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        Format::Table => table::print(report, opts, out),
        Format::Json => json::print(report, out),
        Format::Markdown => markdown::print(report, out),
        Format::Csv => csv::print(report, out),
        Format::Html => html::print(report, out),
        Format::Sarif => sarif::print(report, out),
        Format::Junit => junit::print(report, out),
        Format::Github => github::print(report, out),
        Format::Line => line::print(report, out),
    }
}

/// The JSON report as a value (formats.md section 3), for printers and
/// tests.
pub fn to_json(report: &Report) -> serde_json::Value {
    json::report_json(report)
}
