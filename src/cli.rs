//! The command line as typed: raw flags only. `app` turns them into a
//! validated configuration; nothing past `app` sees clap.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Fact-check the dates, figures, money, percentages, counts, durations
/// and ordinals of news articles against a trusted reference dataset.
#[derive(Debug, Parser)]
#[command(name = "claimcheck", version, about, long_about = None, after_help = EXIT_CODES)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

const EXIT_CODES: &str = "Exit status:\n  0  no claim fails the --fail-on policy\n  1  at least one claim does\n  2  bad usage or unreadable input (one line on stderr names the file and position)";

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check articles against a reference dataset and print verdicts.
    Check(CheckArgs),
    /// Find the checkable claims of articles; no reference needed.
    Extract(ExtractArgs),
    /// Work with reference datasets.
    #[command(subcommand)]
    Reference(ReferenceCommand),
    /// Write a commented starter claimcheck.toml in the current directory.
    Init {
        /// Overwrite an existing claimcheck.toml.
        #[arg(long)]
        force: bool,
    },
}

/// `claimcheck reference ...`.
#[derive(Debug, Subcommand)]
pub enum ReferenceCommand {
    /// Check reference files for errors (exit 2) and risky records
    /// (warnings, exit 0).
    Validate {
        /// Reference files or directories.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
}

/// Options shared by `check` and `extract`.
#[derive(Debug, Args)]
pub struct InputArgs {
    /// Articles: files, directories (every .md, .markdown and .txt below
    /// them), glob patterns ('claims/**/*.md', expanded here when quoted)
    /// or - for standard input.
    pub paths: Vec<PathBuf>,
    /// Publication date (YYYY-MM-DD) used to resolve relative dates;
    /// overrides front matter.
    #[arg(long, value_name = "DATE")]
    pub published: Option<String>,
    /// Replace invalid UTF-8 instead of refusing the file (the number of
    /// replacements is reported on stderr).
    #[arg(long)]
    pub lossy: bool,
    /// Refuse articles larger than this many bytes.
    #[arg(long, value_name = "BYTES")]
    pub max_bytes: Option<u64>,
    /// Read settings from this file instead of the claimcheck.toml found
    /// from the working directory upward.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Ignore any claimcheck.toml.
    #[arg(long)]
    pub no_config: bool,
    /// Number of articles checked in parallel (default: all cores).
    #[arg(long, short = 'j', value_name = "N")]
    pub threads: Option<usize>,
}

/// `claimcheck check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The articles.
    #[command(flatten)]
    pub input: InputArgs,
    /// Reference dataset: a .jsonl, .json or .csv file, or a directory of
    /// them. May be given more than once.
    #[arg(long, short = 'r', value_name = "PATH")]
    pub reference: Vec<PathBuf>,
    /// Output format (default: table).
    #[arg(long, short = 'f', value_enum)]
    pub format: Option<FormatArg>,
    /// Which verdicts make the exit status 1 (default: contradicted).
    #[arg(long, value_enum, value_name = "POLICY")]
    pub fail_on: Option<FailOnArg>,
    /// When to colour the table.
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    pub color: ColorArg,
    /// Write the report to FILE (replaced atomically) instead of
    /// standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// `claimcheck extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// The articles (not with --jsonl).
    #[command(flatten)]
    pub input: InputArgs,
    /// Batch mode: read `{"id", "text", "published"}` lines on standard
    /// input, write one `{"id", "mentions"}` line for each.
    #[arg(long)]
    pub jsonl: bool,
    /// Output format for articles: json or table (default: table).
    #[arg(long, short = 'f', value_enum)]
    pub format: Option<FormatArg>,
}

/// `--format`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FormatArg {
    /// The verdict table.
    Table,
    /// The JSON report (formats.md section 3).
    Json,
    /// A Markdown table and summary (pull-request comments, e-mail).
    Markdown,
    /// One row per claim, safe to open in a spreadsheet.
    Csv,
    /// A self-contained page with every claim highlighted.
    Html,
    /// SARIF 2.1.0 for code-scanning services and IDEs.
    Sarif,
    /// JUnit XML: a suite per article, a case per claim.
    Junit,
    /// GitHub Actions annotations (::error / ::warning).
    Github,
    /// path:line:col: verdict: claim (evidence), one a line.
    Line,
}

/// `--fail-on`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FailOnArg {
    /// Exit 1 when any claim is contradicted.
    Contradicted,
    /// Exit 1 when any claim is contradicted or unverifiable.
    Unverifiable,
    /// Always exit 0 when the run completes.
    Never,
}

/// `--color`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    /// Colour on a terminal, unless NO_COLOR is set.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}
