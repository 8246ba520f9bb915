//! Reading reference files into [`Record`]s: finds the files, decodes
//! them, hands each format to its parser and checks that ids are unique
//! across the whole set.
//!
//! Every problem becomes one [`ReferenceError`] naming the file, the
//! line (or CSV row) and the field; loading goes on after a bad record
//! so that `reference validate` can list all of them at once.
//!
//! Decisions beyond formats.md section 2:
//! - a file without records (empty, blank lines only, `[]`, a bare CSV
//!   header) is an error, "no records": it is almost always a mistake;
//! - a duplicate id is an error naming both places, across every file
//!   and every path given ([`load_paths`]); the same file reached twice
//!   is loaded once;
//! - extra fields (and extra CSV columns) are ignored, as the spec
//!   welcomes them; a known field given twice in one object is an error;
//! - text fields are trimmed; empty aliases are skipped;
//! - a JSON string where a number is due is a wrong type (CSV cells are
//!   text and are parsed); a bare year may be a JSON number;
//! - `as_of` is a full date, `YYYY-MM-DD`; money needs a known ISO 4217
//!   code in `unit`; `end` is refused for durations and ordinals and may
//!   not precede `value`;
//! - a JSON Lines line that is not UTF-8 is one error (the other lines
//!   still load); a `.json` or `.csv` file that is not UTF-8 is one error.

use crate::io_error::io_message;
use std::collections::HashSet;
use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::{Origin, Record, csv, json, jsonl};

/// A reference file that cannot be used: names the file, the line (or
/// CSV row), the column when known, and the field.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}{}{}: {}{message}",
    path.display(),
    line.map(|l| format!(":{l}")).unwrap_or_default(),
    column.map(|c| format!(":{c}")).unwrap_or_default(),
    field.as_ref().map(|f| format!("field `{f}`: ")).unwrap_or_default())]
pub struct ReferenceError {
    /// The file (or directory).
    pub path: PathBuf,
    /// 1-based line or CSV row, when the error has one.
    pub line: Option<usize>,
    /// 1-based byte column within the line, for malformed JSON.
    pub column: Option<usize>,
    /// The field at fault.
    pub field: Option<String>,
    /// What is wrong.
    pub message: String,
}

impl ReferenceError {
    /// A problem with one field of the record at `origin`.
    pub(crate) fn at(origin: &Origin, field: &str, message: impl Into<String>) -> ReferenceError {
        ReferenceError {
            path: origin.path.to_path_buf(),
            line: Some(origin.line),
            column: None,
            field: Some(field.to_string()),
            message: message.into(),
        }
    }

    /// A problem with a whole file (or directory).
    pub(crate) fn file(path: &Path, message: impl Into<String>) -> ReferenceError {
        ReferenceError {
            path: path.to_path_buf(),
            line: None,
            column: None,
            field: None,
            message: message.into(),
        }
    }

    /// A problem at a line (and column) of a file, not tied to a field.
    pub(crate) fn line(
        path: &Path,
        line: usize,
        column: Option<usize>,
        message: impl Into<String>,
    ) -> ReferenceError {
        ReferenceError { line: Some(line), column, ..ReferenceError::file(path, message) }
    }
}

/// Everything a load found: the valid records and every problem, in
/// file and line order.
#[derive(Debug, Default)]
pub struct Validation {
    /// Records that passed every check, in load order.
    pub records: Vec<Record>,
    /// Problems, sorted by file and line; at most [`MAX_ERRORS`].
    pub errors: Vec<ReferenceError>,
    /// Problems found beyond [`MAX_ERRORS`], counted but not kept (a
    /// file of garbage must not cost a message per line in memory).
    pub more_errors: usize,
}

/// How many problems a [`Validation`] keeps.
pub const MAX_ERRORS: usize = 1000;

impl Validation {
    pub(crate) fn push(&mut self, result: Result<Record, ReferenceError>) {
        match result {
            Ok(record) => self.records.push(record),
            Err(e) => self.error(e),
        }
    }

    pub(crate) fn error(&mut self, e: ReferenceError) {
        if self.errors.len() < MAX_ERRORS {
            self.errors.push(e);
        } else {
            self.more_errors += 1;
        }
    }

    /// Whether the set is usable.
    pub fn is_ok(&self) -> bool {
        self.errors.is_empty()
    }
}

/// Loads a reference file or every `.jsonl`, `.json` and `.csv` file
/// below a directory, in sorted path order. Fails with the first problem
/// (by file and line); see [`validate_path`] for all of them.
pub fn load_path(path: &Path) -> Result<Vec<Record>, ReferenceError> {
    load_paths(&[path])
}

/// Loads several reference paths as one dataset: ids must be unique
/// across all of them.
pub fn load_paths<P: AsRef<Path>>(paths: &[P]) -> Result<Vec<Record>, ReferenceError> {
    let validation = validate_paths(paths);
    match validation.errors.into_iter().next() {
        Some(first) => Err(first),
        None => Ok(validation.records),
    }
}

/// Loads like [`load_path`] but keeps going after problems, collecting
/// them all (up to [`MAX_ERRORS`]).
pub fn validate_path(path: &Path) -> Validation {
    validate_paths(&[path])
}

/// Loads like [`load_paths`] but keeps going after problems.
pub fn validate_paths<P: AsRef<Path>>(paths: &[P]) -> Validation {
    let mut out = Validation::default();
    let mut loaded: HashSet<PathBuf> = HashSet::new();
    for path in paths {
        match reference_files(path.as_ref()) {
            Ok(files) => {
                for file in &files {
                    // The same file named twice (directly and through
                    // its directory) is one file, not a set of duplicates.
                    let canonical = file.canonicalize().unwrap_or_else(|_| file.clone());
                    if loaded.insert(canonical) {
                        load_file(file, &mut out);
                    }
                }
            }
            Err(e) => out.error(e),
        }
    }
    check_unique_ids(&mut out);
    sort_errors(&mut out.errors);
    out
}

/// Parses JSON Lines text: one record a line, blank lines skipped. Ids
/// must be unique within the text.
pub fn parse_jsonl(path: &Path, text: &str) -> Result<Vec<Record>, ReferenceError> {
    let mut out = Validation::default();
    jsonl::parse_bytes(path, text.as_bytes(), 0, 1, &mut out);
    if out.records.is_empty() && out.errors.is_empty() {
        out.error(ReferenceError::file(path, "no records"));
    }
    check_unique_ids(&mut out);
    sort_errors(&mut out.errors);
    match out.errors.into_iter().next() {
        Some(first) => Err(first),
        None => Ok(out.records),
    }
}

/// The reference files `path` names: itself, or the files below it with
/// a reference extension, sorted by path.
fn reference_files(path: &Path) -> Result<Vec<PathBuf>, ReferenceError> {
    let meta = std::fs::metadata(path)
        .map_err(|e| ReferenceError::file(path, format!("cannot read: {}", io_message(&e))))?;
    if !meta.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut files = Vec::new();
    let mut visited = Vec::new();
    walk(path, &mut files, &mut visited)?;
    if files.is_empty() {
        return Err(ReferenceError::file(path, "no .jsonl, .json or .csv files in this directory"));
    }
    files.sort();
    Ok(files)
}

/// Collects reference files below `dir`, recursively. `visited` holds the
/// canonical directories seen, so that a symlink loop ends.
fn walk(
    dir: &Path,
    files: &mut Vec<PathBuf>,
    visited: &mut Vec<PathBuf>,
) -> Result<(), ReferenceError> {
    let cannot =
        |e: io::Error| ReferenceError::file(dir, format!("cannot read: {}", io_message(&e)));
    let canonical = dir.canonicalize().map_err(cannot)?;
    if visited.contains(&canonical) {
        return Ok(());
    }
    visited.push(canonical);
    for entry in std::fs::read_dir(dir).map_err(cannot)? {
        let path = entry.map_err(cannot)?.path();
        // `metadata` follows symlinks: a linked file or directory counts.
        // A reference file that cannot be inspected (a broken link) is
        // still listed, so that loading reports it instead of skipping it.
        match std::fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => walk(&path, files, visited)?,
            _ if Format::from_extension(&path).is_some() => files.push(path),
            _ => {}
        }
    }
    Ok(())
}

/// The formats a reference file may have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    /// One record a line.
    JsonLines,
    /// A JSON array of records, or objects one after another.
    Json,
    /// A header row naming the fields.
    Csv,
}

impl Format {
    fn from_extension(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "jsonl" | "ndjson" => Some(Format::JsonLines),
            "json" => Some(Format::Json),
            "csv" => Some(Format::Csv),
            _ => None,
        }
    }
}

/// Loads one file into `out`.
fn load_file(path: &Path, out: &mut Validation) {
    let before = (out.records.len(), out.errors.len() + out.more_errors);
    if let Err(e) = read_and_parse(path, out) {
        out.error(e);
    }
    let after = (out.records.len(), out.errors.len() + out.more_errors);
    if after == before {
        out.error(ReferenceError::file(path, "no records"));
    }
}

fn read_and_parse(path: &Path, out: &mut Validation) -> Result<(), ReferenceError> {
    let cannot =
        |e: io::Error| ReferenceError::file(path, format!("cannot read: {}", io_message(&e)));
    // Opened read-only: reference files are never written.
    let mut file = File::open(path).map_err(cannot)?;
    let size = file.metadata().ok().map(|m| m.len());
    parse_reader(path, &mut file, size, out)
}

/// Parses one file's contents, read from `file` (`size` bytes long, when
/// known), as its extension says.
fn parse_reader(
    path: &Path,
    file: &mut (impl io::Read + Send),
    size: Option<u64>,
    out: &mut Validation,
) -> Result<(), ReferenceError> {
    let cannot =
        |e: io::Error| ReferenceError::file(path, format!("cannot read: {}", io_message(&e)));
    match Format::from_extension(path) {
        // Streamed in chunks so that a huge set never sits in memory
        // twice (as text and as records).
        Some(Format::JsonLines) => jsonl::read(path, file, size, out).map_err(cannot),
        Some(Format::Csv) => {
            let bytes = read_all(file).map_err(cannot)?;
            csv::parse(path, decode(path, &bytes)?, out);
            Ok(())
        }
        // An explicit file with another extension is taken as JSON when
        // it looks like JSON, else refused rather than guessed.
        Some(Format::Json) | None => {
            let bytes = read_all(file).map_err(cannot)?;
            let text = decode(path, &bytes)?;
            let first = text.trim_start().bytes().next();
            if Format::from_extension(path).is_none() && !matches!(first, Some(b'[' | b'{')) {
                return Err(ReferenceError::file(
                    path,
                    "unknown reference format (expected a .jsonl, .json or .csv file)",
                ));
            }
            json::parse(path, text, out);
            Ok(())
        }
    }
}

/// Parses the contents of one reference file held in memory, as its
/// extension says (`.jsonl`, `.json`, `.csv`; another is JSON if it looks
/// like JSON), and checks ids as [`validate_paths`] does. Nothing is
/// read from disk; `path` only names the file in errors.
pub fn parse_bytes(path: &Path, bytes: &[u8]) -> Validation {
    let mut out = Validation::default();
    let mut reader = bytes;
    if let Err(e) = parse_reader(path, &mut reader, Some(bytes.len() as u64), &mut out) {
        out.error(e);
    }
    if out.records.is_empty() && out.errors.is_empty() {
        out.error(ReferenceError::file(path, "no records"));
    }
    check_unique_ids(&mut out);
    sort_errors(&mut out.errors);
    out
}

fn read_all(file: &mut impl io::Read) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    io::Read::read_to_end(file, &mut bytes)?;
    Ok(bytes)
}

/// The text of a whole file: UTF-8, without a leading byte-order mark.
pub(crate) fn decode<'b>(path: &Path, bytes: &'b [u8]) -> Result<&'b str, ReferenceError> {
    utf8(path, bytes, 0, 1).map(strip_bom)
}

/// Checks that `bytes` (found at `offset` in the file, starting on line
/// `line`) are UTF-8, naming the first bad byte's line and offset.
pub(crate) fn utf8<'b>(
    path: &Path,
    bytes: &'b [u8],
    offset: usize,
    line: usize,
) -> Result<&'b str, ReferenceError> {
    std::str::from_utf8(bytes).map_err(|e| {
        let good = e.valid_up_to();
        let bad_line = line + bytes[..good].iter().filter(|&&b| b == b'\n').count();
        ReferenceError::line(
            path,
            bad_line,
            None,
            format!("not valid UTF-8: byte 0x{:02X} at byte offset {}", bytes[good], offset + good),
        )
    })
}

/// Drops a UTF-8 byte-order mark, which some spreadsheet exports write.
pub(crate) fn strip_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// Ids are unique across the whole set (formats.md section 2): a second
/// use is an error that names both places.
fn check_unique_ids(out: &mut Validation) {
    // Sorting hashes in parallel is several times faster on a million
    // ids than a hash set or sorting the strings; only ids whose hashes
    // collide (none, in a clean set) are then compared as text.
    let mut hashes: Vec<u64> = out.records.par_iter().map(|r| hash_id(&r.id)).collect();
    hashes.par_sort_unstable();
    let colliding: HashSet<u64> =
        hashes.chunk_by(|a, b| a == b).filter(|run| run.len() > 1).map(|run| run[0]).collect();
    if colliding.is_empty() {
        return;
    }
    let mut hashed: Vec<(u64, usize)> = out
        .records
        .iter()
        .enumerate()
        .map(|(i, r)| (hash_id(&r.id), i))
        .filter(|(hash, _)| colliding.contains(hash))
        .collect();
    hashed.sort_unstable();
    let mut duplicates = Vec::new();
    for run in hashed.chunk_by(|a, b| a.0 == b.0).filter(|run| run.len() > 1) {
        // Load order within the run, so that the first use comes first.
        let mut ids: Vec<(&str, usize)> =
            run.iter().map(|&(_, i)| (out.records[i].id.as_str(), i)).collect();
        ids.sort_unstable();
        for same in ids.chunk_by(|a, b| a.0 == b.0).filter(|same| same.len() > 1) {
            let first = &out.records[same[0].1];
            for &(_, later) in &same[1..] {
                let later = &out.records[later];
                duplicates.push(ReferenceError::at(
                    &later.origin,
                    "id",
                    format!("duplicate id {:?} (also at {})", later.id, first.origin),
                ));
            }
        }
    }
    for e in duplicates {
        out.error(e);
    }
}

/// FNV-1a, 64 bits: ids are short, and a collision costs only a string
/// comparison, so a cryptographic-strength hash would be wasted here.
fn hash_id(id: &str) -> u64 {
    id.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3))
}

/// File, then line, then column order; problems without a line (a
/// whole file) come first within their file.
fn sort_errors(errors: &mut [ReferenceError]) {
    errors.sort_by(|a, b| (&a.path, a.line, a.column).cmp(&(&b.path, b.line, b.column)));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> String {
        parse_jsonl(Path::new("r.jsonl"), text).unwrap_err().to_string()
    }

    const OK: &str = r#"{"id": "a", "subject": "S", "attribute": "x", "kind": "number", "value": 1, "source": "s"}"#;

    #[test]
    fn lines_load_in_order_with_blank_lines_crlf_and_bom() {
        let text = format!("\u{feff}{OK}\r\n\r\n{}\r\n", OK.replace(r#""a""#, r#""b""#));
        let records = parse_jsonl(Path::new("r.jsonl"), &text).unwrap();
        let ids: Vec<_> = records.iter().map(|r| (r.id.as_str(), r.origin.line)).collect();
        assert_eq!(ids, [("a", 1), ("b", 3)]);
    }

    #[test]
    fn malformed_json_names_line_and_column() {
        let text = format!("{OK}\n{{\"id\": \"b\" \"subject\": 1}}\n");
        assert_eq!(err(&text), "r.jsonl:2:12: malformed JSON: expected `,` or `}`");
    }

    #[test]
    fn a_line_that_is_not_an_object_is_an_error() {
        assert_eq!(
            err("42\n"),
            "r.jsonl:1:2: invalid type: integer `42`, expected a JSON object (one record)"
        );
    }

    #[test]
    fn an_unknown_kind_names_the_kind() {
        let text = OK.replace(r#""number""#, r#""size""#);
        assert_eq!(
            err(&text),
            r#"r.jsonl:1: field `kind`: unknown kind "size" (expected date, number, money, percent, duration or ordinal)"#
        );
    }

    #[test]
    fn a_duplicate_id_names_both_places() {
        let text = format!("{OK}\n{OK}\n");
        assert_eq!(err(&text), r#"r.jsonl:2: field `id`: duplicate id "a" (also at r.jsonl:1)"#);
    }

    #[test]
    fn every_later_use_of_an_id_names_the_first_among_many_unique_ids() {
        let id = |i: usize| match i {
            3 | 7 | 9 => "a".to_string(),
            5 | 8 => "b".to_string(),
            i => format!("r{i}"),
        };
        let text: String =
            (1..=2000).map(|i| OK.replace(r#""a""#, &format!("{:?}", id(i))) + "\n").collect();
        let out = parse_bytes(Path::new("r.jsonl"), text.as_bytes());
        let errors: Vec<String> = out.errors.iter().map(|e| e.to_string()).collect();
        assert_eq!(
            errors,
            [
                r#"r.jsonl:7: field `id`: duplicate id "a" (also at r.jsonl:3)"#,
                r#"r.jsonl:8: field `id`: duplicate id "b" (also at r.jsonl:5)"#,
                r#"r.jsonl:9: field `id`: duplicate id "a" (also at r.jsonl:3)"#,
            ]
        );
        assert_eq!(out.records.len(), 2000);
    }

    #[test]
    fn empty_text_has_no_records() {
        assert_eq!(err("\n  \n"), "r.jsonl: no records");
    }

    #[test]
    fn extra_fields_are_ignored() {
        let text = OK.replace(r#""id": "a""#, r#""id": "a", "note": {"x": [1]}"#);
        assert_eq!(parse_jsonl(Path::new("r.jsonl"), &text).unwrap().len(), 1);
    }

    #[test]
    fn invalid_utf8_names_line_and_byte_offset() {
        let bytes = b"ab\ncd\xffe";
        let e = utf8(Path::new("r.jsonl"), bytes, 100, 4).unwrap_err();
        assert_eq!(e.to_string(), "r.jsonl:5: not valid UTF-8: byte 0xFF at byte offset 105");
    }
}
