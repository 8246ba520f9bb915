//! The only place the stages are wired together: read the articles and
//! the reference set, run article → sentences → mentions → claims →
//! links → verdicts for each article (in parallel, reported in a stable
//! order), then hand the report to a printer and turn it into an exit
//! status.

use crate::io_error::io_message;
use std::io::{self, BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use jiff::civil::Date;
use rayon::prelude::*;

use crate::article::{Article, ArticleError};
use crate::cli::{
    CheckArgs, ColorArg, Command, ExtractArgs, FailOnArg, FormatArg, InputArgs, ReferenceCommand,
};
use crate::config::{self, FileConfig};
use crate::link::{self, Link, LinkConfig};
use crate::mentions::{self, Context, Mention};
use crate::reference::{self, Dataset, Record};
use crate::report::{
    self, ArticleReport, CheckedClaim, Evidence, Format, PrintOptions, Report, Summary,
};
use crate::span::LineIndex;
use crate::value::Kind;
use crate::verdict::{self, Tolerances};
use crate::{claims, inputs, sentences};

/// Default limit on one article's size: far above any news story, low
/// enough that a stray binary or log file is refused, not read.
pub const DEFAULT_MAX_BYTES: u64 = 10 * 1024 * 1024;

/// A failure that ends the run with exit status 2: one line, naming the
/// file and position.
#[derive(Debug)]
pub struct Failure(pub String);

impl<E: std::fmt::Display> From<E> for Failure {
    fn from(e: E) -> Failure {
        Failure(e.to_string())
    }
}

/// Runs a parsed command line.
pub fn run(command: Command) -> Result<ExitCode, Failure> {
    match command {
        Command::Check(args) => check(args),
        Command::Extract(args) => extract(args),
        Command::Reference(ReferenceCommand::Validate { paths }) => validate(&paths),
        Command::Init { force } => init(force),
    }
}

/// Everything `check` needs, resolved from flags and the config file.
#[derive(Clone, Debug)]
pub struct Settings {
    /// `--published`: overrides front matter.
    pub published: Option<Date>,
    /// `--lossy`: replace invalid UTF-8 instead of refusing the article.
    pub lossy: bool,
    /// `--max-bytes`: the largest article read.
    pub max_bytes: u64,
    /// Comparison tolerances.
    pub tolerances: Tolerances,
    /// Linker thresholds.
    pub link: LinkConfig,
    /// Article paths to skip.
    pub ignore: Vec<String>,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            published: None,
            lossy: false,
            max_bytes: DEFAULT_MAX_BYTES,
            tolerances: Tolerances::default(),
            link: LinkConfig::default(),
            ignore: Vec::new(),
        }
    }
}

fn file_config(input: &InputArgs) -> Result<FileConfig, Failure> {
    if input.no_config {
        return Ok(FileConfig::default());
    }
    let path = match &input.config {
        Some(p) => Some(p.clone()),
        None => std::env::current_dir().ok().and_then(|d| config::find(&d)),
    };
    match path {
        Some(p) => Ok(config::load(&p).map_err(Failure)?),
        None => Ok(FileConfig::default()),
    }
}

fn settings(input: &InputArgs, file: &FileConfig) -> Result<Settings, Failure> {
    let published = match &input.published {
        Some(s) => Some(s.parse::<Date>().map_err(|_| {
            Failure(format!("--published: invalid date {s:?} (expected YYYY-MM-DD)"))
        })?),
        None => None,
    };
    if let Some(threads) = input.threads {
        // A second call fails harmlessly when the pool already exists.
        let _ = rayon::ThreadPoolBuilder::new().num_threads(threads.max(1)).build_global();
    }
    Ok(Settings {
        published,
        lossy: input.lossy,
        max_bytes: input.max_bytes.or(file.max_bytes).unwrap_or(DEFAULT_MAX_BYTES),
        tolerances: file.tolerances,
        link: file.link.into(),
        ignore: file.ignore.clone(),
    })
}

fn check(args: CheckArgs) -> Result<ExitCode, Failure> {
    let file = file_config(&args.input)?;
    let settings = settings(&args.input, &file)?;
    let reference_paths =
        if args.reference.is_empty() { file.reference.clone() } else { args.reference.clone() };
    if reference_paths.is_empty() {
        return Err(Failure(
            "check needs a reference dataset: --reference PATH (or `reference` in claimcheck.toml)"
                .into(),
        ));
    }
    let dataset = load_dataset(&reference_paths)?;
    let articles = read_articles(&args.input, &settings)?;
    let format = report_format(args.format.or(file.format).unwrap_or(FormatArg::Table));
    // A file gets no terminal colours, whatever the terminal.
    let color = args.output.is_none() && use_color(args.color);
    let opts = PrintOptions { color, width: terminal_width() };
    let summary = run_and_print(
        articles,
        &dataset,
        &settings,
        Mode::Check,
        format,
        opts,
        args.output.as_deref(),
    )?;
    // Freeing a large set record by record takes longer than loading
    // parts of it; the process is about to exit and the OS takes it back.
    std::mem::forget(dataset);
    let fail_on = args.fail_on.or(file.fail_on).unwrap_or(FailOnArg::Contradicted);
    Ok(exit_status(&summary, fail_on))
}

fn exit_status(s: &Summary, fail_on: FailOnArg) -> ExitCode {
    let failed = match fail_on {
        FailOnArg::Contradicted => s.contradicted > 0,
        FailOnArg::Unverifiable => s.contradicted + s.unverifiable > 0,
        FailOnArg::Never => false,
    };
    if failed { ExitCode::from(1) } else { ExitCode::SUCCESS }
}

/// What a run reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    /// Claims, links and verdicts.
    Check,
    /// The claims only: nothing is verified, so no reasons are given.
    Extract,
}

/// Checks `articles` and prints the report (to `output`, atomically, or
/// to standard output). JSON is streamed: articles are checked in
/// parallel a batch at a time, serialised by the workers and written in
/// their given order, so no report of the whole run is ever held in
/// memory. The other formats need the whole report.
fn run_and_print(
    articles: Vec<Article>,
    dataset: &Dataset,
    settings: &Settings,
    mode: Mode,
    format: Format,
    opts: PrintOptions,
    output: Option<&Path>,
) -> Result<Summary, Failure> {
    if format == Format::Json {
        let mut summary = Summary::default();
        let write = |out: &mut dyn Write| -> io::Result<()> {
            summary = stream_json(&articles, dataset, settings, mode, out)?;
            Ok(())
        };
        match output {
            Some(path) => report::write_atomically(path, write)
                .map_err(|e| Failure(format!("{}: cannot write: {e}", path.display())))?,
            None => {
                let stdout = io::stdout();
                let mut out = io::BufWriter::with_capacity(1 << 16, stdout.lock());
                let mut write = write;
                let result = write(&mut out).and_then(|_| out.flush());
                quiet_broken_pipe(result)?;
            }
        }
        return Ok(summary);
    }
    let mut report = Report { articles: check_all(&articles, dataset, settings) };
    if mode == Mode::Extract {
        for a in &mut report.articles {
            no_reasons(a);
        }
    }
    match output {
        Some(path) => write_report(&report, format, opts, path)?,
        None => print_report(&report, format, opts)?,
    }
    Ok(report.summary())
}

/// Without a reference nothing is verified: keep the claims only.
fn no_reasons(a: &mut ArticleReport) {
    for c in &mut a.claims {
        c.reason.code = None;
        c.reason.message = String::new();
    }
}

/// Articles checked per parallel batch when streaming: enough to keep
/// every core busy, few enough that memory stays small.
const STREAM_BATCH: usize = 256;

fn stream_json(
    articles: &[Article],
    dataset: &Dataset,
    settings: &Settings,
    mode: Mode,
    out: &mut dyn Write,
) -> io::Result<Summary> {
    let mut stream = report::JsonStream::begin(out)?;
    let mut summary = Summary::default();
    with_progress(articles.len(), |progress| {
        for batch in articles.chunks(STREAM_BATCH) {
            let done: Vec<(Vec<u8>, Summary)> = batch
                .par_iter()
                .map(|a| {
                    let mut report = check_article(a, dataset, settings);
                    if mode == Mode::Extract {
                        no_reasons(&mut report);
                    }
                    let mut s = Summary::default();
                    s.add(&report);
                    progress.inc(1);
                    (report::json_article(&report), s)
                })
                .collect();
            for (bytes, s) in &done {
                stream.push(out, bytes)?;
                summary.merge(s);
            }
        }
        Ok::<(), io::Error>(())
    })?;
    stream.finish(out, &summary)?;
    Ok(summary)
}

fn report_format(f: FormatArg) -> Format {
    match f {
        FormatArg::Table => Format::Table,
        FormatArg::Json => Format::Json,
        FormatArg::Markdown => Format::Markdown,
        FormatArg::Csv => Format::Csv,
        FormatArg::Html => Format::Html,
        FormatArg::Sarif => Format::Sarif,
        FormatArg::Junit => Format::Junit,
        FormatArg::Github => Format::Github,
        FormatArg::Line => Format::Line,
    }
}

/// `--output FILE`: written whole or not at all.
fn write_report(
    report: &Report,
    format: Format,
    opts: PrintOptions,
    path: &std::path::Path,
) -> Result<(), Failure> {
    report::write_atomically(path, |out| report::print(report, format, opts, out))
        .map_err(|e| Failure(format!("{}: cannot write: {e}", path.display())))
}

fn print_report(report: &Report, format: Format, opts: PrintOptions) -> Result<(), Failure> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let result = report::print(report, format, opts, &mut out).and_then(|_| out.flush());
    quiet_broken_pipe(result)
}

/// A closed pipe (`claimcheck ... | head`) is not an error.
fn quiet_broken_pipe(result: io::Result<()>) -> Result<(), Failure> {
    match result {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Failure(format!("cannot write output: {e}"))),
        Ok(()) => Ok(()),
    }
}

fn use_color(choice: ColorArg) -> bool {
    use std::io::IsTerminal;
    match choice {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && io::stdout().is_terminal()
        }
    }
}

fn terminal_width() -> Option<u16> {
    std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok())
}

/// Loads the reference set; risky records (conflicting values, shared
/// names, ...) are warnings on stderr that name every record involved.
#[allow(clippy::print_stderr)]
fn load_dataset(paths: &[PathBuf]) -> Result<Dataset, Failure> {
    let records: Vec<Record> = reference::load_paths(paths)?;
    // The lint and the index only read the records: side by side.
    let (dataset, warnings) = Dataset::new_linted_loaded(records);
    print_warnings(&warnings);
    Ok(dataset)
}

/// Writes lint warnings to stderr through one buffer (a large set may
/// have tens of thousands).
fn print_warnings(warnings: &[reference::Warning]) {
    if warnings.is_empty() {
        return;
    }
    // Formatted in parallel chunks, written in order: the same bytes as
    // one `writeln!` per warning, without a sequential pass over 80,000
    // messages after the load.
    let chunks: Vec<Vec<u8>> = warnings
        .par_chunks(2048)
        .map(|chunk| {
            let mut text = Vec::new();
            for w in chunk {
                // Writing to a Vec cannot fail.
                let _ = writeln!(text, "warning: {}: {}", w.origin, w.message);
            }
            text
        })
        .collect();
    let stderr = io::stderr();
    let mut err = stderr.lock();
    for text in &chunks {
        // Like eprintln!, a failed write to stderr is nothing to report.
        let _ = err.write_all(text);
    }
    let _ = err.flush();
}

fn read_articles(input: &InputArgs, settings: &Settings) -> Result<Vec<Article>, Failure> {
    let paths = inputs::article_paths(&input.paths, &settings.ignore).map_err(|e| Failure(e.0))?;
    let mut articles: Vec<Article> =
        paths.par_iter().map(|p| read_article(p, settings)).collect::<Result<_, ArticleError>>()?;
    if let Some(date) = settings.published {
        for a in &mut articles {
            a.published = Some(date);
        }
    }
    Ok(articles)
}

fn read_article(path: &Path, settings: &Settings) -> Result<Article, ArticleError> {
    let shown = path.display().to_string();
    let fail = |message: String| ArticleError { path: shown.clone(), position: None, message };
    let bytes = if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        // Never more than the limit (and one byte to tell) in memory.
        io::Read::read_to_end(
            &mut io::Read::take(io::stdin().lock(), settings.max_bytes.saturating_add(1)),
            &mut buf,
        )
        .map_err(|e| fail(format!("cannot read standard input: {}", io_message(&e))))?;
        buf
    } else {
        let cannot = |e: io::Error| fail(format!("cannot read: {}", io_message(&e)));
        let meta = std::fs::metadata(path).map_err(cannot)?;
        if meta.is_dir() {
            return Err(fail("is a directory".into()));
        }
        if meta.len() > settings.max_bytes {
            return Err(fail(too_big(meta.len(), settings.max_bytes)));
        }
        // Read through `take` too: a file may grow after `metadata`, and
        // a device or pipe reports no length at all.
        let file = std::fs::File::open(path).map_err(cannot)?;
        let mut buf = Vec::with_capacity(meta.len() as usize);
        io::Read::read_to_end(
            &mut io::Read::take(file, settings.max_bytes.saturating_add(1)),
            &mut buf,
        )
        .map_err(cannot)?;
        buf
    };
    let name = if path.as_os_str() == "-" { "-".to_string() } else { shown };
    let markdown = path.extension().is_some_and(|e| e == "md" || e == "markdown");
    parse_article(&name, bytes, markdown, settings)
}

fn too_big(len: u64, max: u64) -> String {
    format!("{len} bytes is over the limit of {max} bytes (raise it with --max-bytes)")
}

/// Turns the bytes of one article into an [`Article`]: the size limit,
/// binary files, `--lossy`, UTF-8 and empty articles. An article with no
/// text at all (empty, or only white space and a byte-order mark) is an
/// error, not an empty report: it is almost always a truncated or wrong
/// file, and a clean exit would hide that.
pub fn parse_article(
    name: &str,
    bytes: Vec<u8>,
    markdown: bool,
    settings: &Settings,
) -> Result<Article, ArticleError> {
    let fail = |message: String| ArticleError { path: name.to_string(), position: None, message };
    if bytes.len() as u64 > settings.max_bytes {
        // Standard input stops one byte past the limit: say "over".
        return Err(fail(format!(
            "input is over the limit of {} bytes (raise it with --max-bytes)",
            settings.max_bytes
        )));
    }
    if let Some(offset) = memchr::memchr(0, &bytes) {
        return Err(fail(format!(
            "looks like a binary file (NUL byte at byte offset {offset}), not an article"
        )));
    }
    let bytes = if settings.lossy { lossy_utf8(name, bytes) } else { bytes };
    let article = Article::parse(name, bytes, markdown)?;
    if article.text.trim_start_matches('\u{feff}').trim().is_empty() {
        return Err(fail("empty article (no text to check)".into()));
    }
    Ok(article)
}

/// Replaces invalid UTF-8 by U+FFFD and says how many on stderr.
#[allow(clippy::print_stderr)]
fn lossy_utf8(path: &str, bytes: Vec<u8>) -> Vec<u8> {
    if std::str::from_utf8(&bytes).is_ok() {
        return bytes;
    }
    // Count the invalid sequences themselves, not every U+FFFD in the
    // result: the file may hold genuine ones.
    let count = bytes.utf8_chunks().filter(|c| !c.invalid().is_empty()).count();
    let fixed = String::from_utf8_lossy(&bytes).into_owned();
    eprintln!(
        "claimcheck: {path}: replaced {count} invalid UTF-8 sequence(s) with U+FFFD (--lossy)"
    );
    fixed.into_bytes()
}

/// The whole pipeline on one article held in memory, with no I/O: what
/// `check` does for each file. `name` only labels the report and errors;
/// `markdown` turns on Markdown masking. `settings.published` overrides
/// front matter, as `--published` does.
pub fn check_bytes(
    name: &str,
    bytes: Vec<u8>,
    markdown: bool,
    dataset: &Dataset,
    settings: &Settings,
) -> Result<ArticleReport, ArticleError> {
    let mut article = parse_article(name, bytes, markdown, settings)?;
    if let Some(date) = settings.published {
        article.published = Some(date);
    }
    Ok(check_article(&article, dataset, settings))
}

/// Checks articles in parallel, in their given order, with a progress
/// bar on large batches.
fn check_all(articles: &[Article], dataset: &Dataset, settings: &Settings) -> Vec<ArticleReport> {
    with_progress(articles.len(), |progress| {
        articles
            .par_iter()
            .map(|a| {
                let report = check_article(a, dataset, settings);
                progress.inc(1);
                report
            })
            .collect()
    })
}

/// Batches of at least this many articles show a progress bar.
const PROGRESS_THRESHOLD: usize = 20;

/// Runs `work` with a progress bar on stderr when the batch is large and
/// stderr is a terminal; otherwise with a hidden one, so that pipes and CI
/// logs stay clean.
fn with_progress<T>(total: usize, work: impl FnOnce(&indicatif::ProgressBar) -> T) -> T {
    use std::io::IsTerminal;
    let visible = total >= PROGRESS_THRESHOLD && io::stderr().is_terminal();
    let bar = if visible {
        let bar = indicatif::ProgressBar::new(total as u64);
        if let Ok(style) =
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} articles {elapsed}")
        {
            bar.set_style(style);
        }
        bar
    } else {
        indicatif::ProgressBar::hidden()
    };
    let result = work(&bar);
    bar.finish_and_clear();
    result
}

/// The pipeline for one article.
fn check_article(article: &Article, dataset: &Dataset, settings: &Settings) -> ArticleReport {
    let sentences = sentences::split(&article.prose);
    let ctx = Context { published: article.published };
    let found = mentions::extract(&article.prose, &ctx);
    let claims = claims::build(found, &sentences, &article.silenced);
    let links =
        link::link_article(&article.prose, &sentences, &claims.claims, dataset, &settings.link);
    let lines = LineIndex::new(&article.text);
    let mut cursor = lines.cursor(&article.text);
    // Claims come in order of position: one sentence's claims are
    // neighbours, and its one-line form is made once.
    let mut last_sentence: Option<(usize, String)> = None;
    let checked = claims
        .claims
        .iter()
        .zip(&links)
        .map(|(claim, link)| {
            let text = claim.mention.text(&article.text);
            let judgement =
                verdict::judge(text, &claim.mention, link, &dataset.records, &settings.tolerances);
            let sentence = match &last_sentence {
                Some((i, text)) if *i == claim.sentence => text.clone(),
                _ => {
                    let text = one_line(
                        sentences
                            .get(claim.sentence)
                            .map_or("", |s| &article.text[s.span.start..s.span.end]),
                    );
                    last_sentence = Some((claim.sentence, text.clone()));
                    text
                }
            };
            let (line, column) = cursor.line_col(claim.mention.span.start);
            let evidence = judgement.record.map(|i| {
                let r = &dataset.records[i];
                let cmp = judgement.comparison.clone();
                Evidence {
                    record_id: r.id.clone(),
                    subject: r.subject.clone(),
                    attribute: r.attribute.clone(),
                    value: r.value.clone(),
                    source: r.source.clone(),
                    origin: r.origin.to_string(),
                    claimed: cmp.as_ref().map_or_else(String::new, |c| c.claimed.clone()),
                    difference: cmp.as_ref().and_then(|c| c.difference),
                    tolerance: cmp.as_ref().map_or_else(String::new, |c| c.tolerance.clone()),
                    confidence: match link {
                        Link::Linked { score, .. } => *score,
                        _ => 0.0,
                    },
                }
            });
            CheckedClaim {
                id: claim.id.clone(),
                span: claim.mention.span,
                line,
                column,
                text: text.to_string(),
                sentence,
                value: claim.mention.value.clone(),
                qualifier: claim.mention.qualifier,
                noun: claim.mention.noun.clone(),
                verdict: judgement.verdict,
                reason: judgement.reason,
                evidence,
            }
        })
        .collect();
    ArticleReport {
        path: article.path.clone(),
        published: article.published,
        text: article.text.clone(),
        claims: checked,
        silenced: claims.silenced,
    }
}

/// `s` with every run of white space made one space, trimmed.
fn one_line(s: &str) -> String {
    // Most sentences already are: ASCII, single spaces, trimmed.
    let b = s.as_bytes();
    let plain = b.first().is_none_or(|&c| c != b' ')
        && b.last().is_none_or(|&c| c != b' ')
        && printable_ascii(b)
        && memchr::memmem::find(b, b"  ").is_none();
    if plain || single_spaced(s) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// True when the only white space in `s` is single ASCII spaces between
/// words (none at either end, no two in a row): `s` is then its own one
/// line. The test for sentences with "£" or curly quotes, which fail the
/// ASCII test; a character is decoded only when its first byte can start
/// a white space character (U+0085, U+00A0, U+1680, U+2000-U+205F,
/// U+3000).
fn single_spaced(s: &str) -> bool {
    let b = s.as_bytes();
    if b.first() == Some(&b' ') || b.last() == Some(&b' ') {
        return false;
    }
    let mut after_space = false;
    for (i, &c) in b.iter().enumerate() {
        let space = match c {
            b' ' => true,
            b'\t'..=b'\r' => return false,
            0xC2 | 0xE1 | 0xE2 | 0xE3 => {
                if s.get(i..).and_then(|r| r.chars().next()).is_none_or(char::is_whitespace) {
                    return false;
                }
                false
            }
            _ => false,
        };
        if space && after_space {
            return false;
        }
        after_space = space;
    }
    true
}

/// True when every byte is printable ASCII or a space (0x20 to 0x7F),
/// tested eight bytes at a time: a byte with its high bit set, or one
/// below 0x20 (subtracting 0x20 borrows into its bit 7), fails the
/// chunk. A borrow carried into the next byte can only fail a chunk
/// that passes byte by byte, which then takes the slow, exact path.
fn printable_ascii(b: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut chunks = b.chunks_exact(8);
    for chunk in &mut chunks {
        let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        if (word | word.wrapping_sub(ONES * 0x20)) & HIGH != 0 {
            return false;
        }
    }
    chunks.remainder().iter().all(|&c| (b' '..0x80).contains(&c))
}

fn extract(args: ExtractArgs) -> Result<ExitCode, Failure> {
    if args.jsonl {
        let stdin = io::stdin();
        let stdout = io::stdout();
        let mut out = io::BufWriter::new(stdout.lock());
        let result = extract_jsonl(stdin.lock(), &mut out).and_then(|_| out.flush());
        quiet_broken_pipe(result)?;
        return Ok(ExitCode::SUCCESS);
    }
    let file = file_config(&args.input)?;
    let settings = settings(&args.input, &file)?;
    let articles = read_articles(&args.input, &settings)?;
    let dataset = Dataset::default();
    let format = report_format(args.format.or(file.format).unwrap_or(FormatArg::Table));
    let opts = PrintOptions { color: use_color(ColorArg::Auto), width: terminal_width() };
    run_and_print(articles, &dataset, &settings, Mode::Extract, format, opts, None)?;
    Ok(ExitCode::SUCCESS)
}

/// formats.md section 4: one output line per input line, in order; a bad
/// line gets an error line and the run goes on.
pub fn extract_jsonl(input: impl BufRead, out: &mut dyn Write) -> io::Result<()> {
    for (n, line) in input.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let answer = match extract_line(&line) {
            Ok(v) => v,
            Err((id, message)) => {
                serde_json::json!({"id": id, "error": format!("line {}: {message}", n + 1)})
            }
        };
        serde_json::to_writer(&mut *out, &answer)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

fn extract_line(line: &str) -> Result<serde_json::Value, (serde_json::Value, String)> {
    use serde_json::{Value as J, json};
    let v: J = serde_json::from_str(line).map_err(|e| (J::Null, format!("malformed JSON: {e}")))?;
    let id = v.get("id").cloned().unwrap_or(J::Null);
    let text = v
        .get("text")
        .and_then(J::as_str)
        .ok_or_else(|| (id.clone(), "field `text`: missing or not a string".to_string()))?;
    let published = match v.get("published") {
        None | Some(J::Null) => None,
        Some(J::String(s)) => {
            let date = s.get(..10).unwrap_or(s).parse::<Date>();
            Some(date.map_err(|_| (id.clone(), format!("field `published`: invalid date {s:?}")))?)
        }
        Some(other) => {
            return Err((id, format!("field `published`: expected a date string, found {other}")));
        }
    };
    let found = mentions::extract(text, &Context { published });
    let mentions: Vec<J> = found.iter().map(|m| mention_json(text, m)).collect();
    Ok(json!({"id": id, "mentions": mentions}))
}

fn mention_json(text: &str, m: &Mention) -> serde_json::Value {
    let mut v = serde_json::json!({
        "span": {"start": m.span.start, "end": m.span.end},
        "text": m.text(text),
        "kind": m.kind().as_str(),
        "value": m.value.to_json(),
        "qualifier": m.qualifier.as_str(),
    });
    if let Some(noun) = &m.noun {
        v["noun"] = serde_json::Value::String(noun.clone());
    }
    v
}

#[allow(clippy::print_stderr, clippy::print_stdout)]
fn validate(paths: &[PathBuf]) -> Result<ExitCode, Failure> {
    let validation = reference::validate_paths(paths);
    if !validation.is_ok() {
        for e in &validation.errors {
            eprintln!("claimcheck: {e}");
        }
        if validation.more_errors > 0 {
            eprintln!("claimcheck: and {} more problems", validation.more_errors);
        }
        return Ok(ExitCode::from(2));
    }
    let records = validation.records;
    let warnings = reference::lint(&records);
    print_warnings(&warnings);
    let kinds = Kind::ALL
        .iter()
        .map(|k| (k, records.iter().filter(|r| r.value.kind() == *k).count()))
        .filter(|(_, n)| *n > 0);
    let by_kind: Vec<String> = kinds.map(|(k, n)| format!("{n} {k}")).collect();
    println!(
        "{} records ({}), {} warning{}",
        records.len(),
        by_kind.join(", "),
        warnings.len(),
        if warnings.len() == 1 { "" } else { "s" }
    );
    Ok(ExitCode::SUCCESS)
}

#[allow(clippy::print_stdout)]
fn init(force: bool) -> Result<ExitCode, Failure> {
    let path = Path::new(config::FILE_NAME);
    if path.exists() && !force {
        return Err(Failure(format!(
            "{}: already exists (use --force to overwrite)",
            config::FILE_NAME
        )));
    }
    std::fs::write(path, config::STARTER)
        .map_err(|e| Failure(format!("{}: cannot write: {e}", config::FILE_NAME)))?;
    println!("wrote {}", config::FILE_NAME);
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `one_line` must give: the words joined by single spaces.
    fn words_joined(s: &str) -> String {
        s.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn one_line_joins_words_with_single_spaces() {
        for s in [
            "Sales rose 3.5% to £1.2bn in 2004, the firm said.",
            "A plain ASCII sentence of some length, single spaced.",
            "Two  spaces and a\ttab and a\nline break in a sentence.",
            " leading and trailing spaces ",
            "no\u{a0}break and thin\u{2009}spaces and “quotes”",
            "short",
            "",
            "twelve chars\u{1}",
            "\u{7f}delete is printable enough",
        ] {
            assert_eq!(one_line(s), words_joined(s), "{s:?}");
        }
    }

    #[test]
    fn single_spaced_text_with_other_characters_is_its_own_line() {
        for s in ["He paid £5 for “this”, she said.", "café au lait", "£", "x \u{1}y"] {
            assert!(single_spaced(s), "{s:?}");
            assert_eq!(one_line(s), words_joined(s), "{s:?}");
        }
        for s in [
            "£5\u{a0}m",
            "£5 \u{2009}m",
            "ideographic\u{3000}space £",
            "next\u{85}line £",
            "ogham\u{1680}space £",
            "line\u{2028}sep £",
            "two  spaces £",
            "tab\there £",
            " £ lead",
            "trail £ ",
            "“quoted”\u{202f}narrow",
        ] {
            assert!(!single_spaced(s), "{s:?}");
            assert_eq!(one_line(s), words_joined(s), "{s:?}");
        }
    }

    #[test]
    fn printable_ascii_fails_on_control_and_non_ascii_bytes() {
        assert!(printable_ascii(b"The firm said on Monday: profits rose 76% (to $1.13bn)."));
        assert!(printable_ascii(b""));
        for bad in ["abcdefgh\n", "\tabcdefgh", "abcdefghijk\u{e9}", "abc\u{0}defghijkl", "ab\r"] {
            assert!(!printable_ascii(bad.as_bytes()), "{bad:?}");
        }
    }
}
