//! JSON Lines: one record a line, blank lines skipped.
//!
//! Files are read in chunks cut at line ends; each chunk is split into
//! parts of a few hundred lines that are decoded and parsed in parallel
//! straight into borrowed [`RawRecord`]s. A set of a million records
//! loads in about a second and never holds its whole text in memory
//! beside the records.
//!
//! A line that is not UTF-8 is one error: a `\n` byte never occurs
//! inside a multi-byte character, so the lines after it still count.

use std::io::Read;
use std::path::Path;
use std::sync::Arc;

use rayon::prelude::*;

use super::json::json_error;
use super::load::{ReferenceError, Validation, strip_bom};
use super::raw::{RawRecord, parse_plain};
use super::validate::validate;
use super::{Origin, Record};

/// Bytes read at a time; a longer line simply makes its chunk longer.
const CHUNK: usize = 16 << 20;

/// Bytes per part parsed by one task: large enough that task overhead
/// vanishes, small enough that both cores stay busy to the end.
const PART: usize = 256 << 10;

/// Reads a JSON Lines file chunk by chunk into `out`. `size` (the file's
/// length, when known) lets the record list be allocated once.
///
/// The next chunk is read while the current one is parsed, so that the
/// read (a copy of the whole file) does not leave the other cores idle.
pub(crate) fn read(
    path: &Path,
    file: &mut (impl Read + Send),
    size: Option<u64>,
    out: &mut Validation,
) -> std::io::Result<()> {
    read_in_chunks(path, file, size, out, CHUNK)
}

/// [`read`], `chunk` bytes at a time.
///
/// Three things overlap: while the parts of one chunk are parsed (on
/// every core), the records of the chunk before are appended to `out`
/// and the next chunk is read. Appending is a copy of every record into
/// fresh pages of the final list, a tenth of the load's CPU: done after
/// each chunk's parse, it left all but one core idle.
fn read_in_chunks(
    path: &Path,
    file: &mut (impl Read + Send),
    size: Option<u64>,
    out: &mut Validation,
    chunk: usize,
) -> std::io::Result<()> {
    let mut buf: Vec<u8> = Vec::new();
    // The buffer the next chunk is read into; the two take turns.
    let mut next: Vec<u8> = Vec::new();
    // Where `buf` starts in the file: byte offset and 1-based line.
    let (mut offset, mut line) = (0usize, 1usize);
    // The parsed parts of the chunk before, not yet in `out`.
    let mut pending: Vec<Parsed> = Vec::new();
    let mut at_end = fill(file, &mut buf, chunk)?;
    loop {
        let cut = if at_end {
            buf.len()
        } else {
            match buf.iter().rposition(|&b| b == b'\n') {
                Some(last_newline) => last_newline + 1,
                // One line longer than a chunk: read on.
                None => {
                    at_end = fill(file, &mut buf, chunk)?;
                    continue;
                }
            }
        };
        // The next chunk starts with the current one's unfinished line.
        next.clear();
        next.extend_from_slice(&buf[cut..]);
        let (read, (parsed, next_line)) = rayon::join(
            || {
                append(out, std::mem::take(&mut pending));
                if at_end { Ok(true) } else { fill(file, &mut next, chunk) }
            },
            || parse_chunk(path, &buf[..cut], offset, line),
        );
        line = next_line;
        // Judged by records, not lines: a file of blank or broken lines
        // must not reserve room for millions of records.
        if offset == 0
            && let Some(size) = size
        {
            let records = parsed.iter().map(|part| part.records.len()).sum();
            reserve_for_file(out, records, cut, size);
        }
        pending = parsed;
        if at_end {
            append(out, pending);
            return Ok(());
        }
        at_end = read?;
        offset += cut;
        std::mem::swap(&mut buf, &mut next);
    }
}

/// Appends up to `chunk` bytes of `file` to `buf`; true at the end of
/// the file.
fn fill(file: &mut impl Read, buf: &mut Vec<u8>, chunk: usize) -> std::io::Result<bool> {
    buf.reserve(chunk);
    let read = file.by_ref().take(chunk as u64).read_to_end(buf)?;
    Ok(read < chunk)
}

/// Makes room once for what the whole file will need, judging by its
/// first chunk (`records` records in `bytes` bytes, not yet appended),
/// instead of doubling (and copying) the list repeatedly.
fn reserve_for_file(out: &mut Validation, records: usize, bytes: usize, size: u64) {
    if bytes == 0 || records == 0 {
        return;
    }
    let expected = (records as f64 * size as f64 / bytes as f64 * 1.02) as usize;
    out.records.reserve(expected);
}

/// Parses `bytes`, whole lines found at byte `offset` of the file and
/// starting on line `first_line`, into `out`. Returns the line after
/// the last.
pub(crate) fn parse_bytes(
    path: &Path,
    bytes: &[u8],
    offset: usize,
    first_line: usize,
    out: &mut Validation,
) -> usize {
    let (parsed, next_line) = parse_chunk(path, bytes, offset, first_line);
    append(out, parsed);
    next_line
}

/// Parses `bytes` as [`parse_bytes`] does, a part per task, and returns
/// the parts in order with the line after the last.
fn parse_chunk(
    path: &Path,
    bytes: &[u8],
    offset: usize,
    first_line: usize,
) -> (Vec<Parsed>, usize) {
    let shared: Arc<Path> = Arc::from(path);
    let parts = split_parts(bytes);
    let newlines: Vec<usize> =
        parts.par_iter().map(|p| count_newlines(&bytes[p.clone()])).collect();
    let mut lines = Vec::with_capacity(parts.len());
    let mut line = first_line;
    for n in &newlines {
        lines.push(line);
        line += n;
    }
    let parsed: Vec<Parsed> = parts
        .into_par_iter()
        .zip(lines)
        .map(|(p, first)| parse_part(&shared, &bytes[p.clone()], offset + p.start, first))
        .collect();
    (parsed, line)
}

/// Moves parsed parts into `out`, in order.
fn append(out: &mut Validation, parsed: Vec<Parsed>) {
    for part in parsed {
        out.records.extend(part.records);
        for e in part.errors {
            out.error(e);
        }
    }
}

/// Byte ranges of about [`PART`] bytes, each ending after a `\n` (the
/// last at the end of `bytes`).
fn split_parts(bytes: &[u8]) -> Vec<std::ops::Range<usize>> {
    let mut parts = Vec::with_capacity(bytes.len() / PART + 1);
    let mut start = 0;
    while start < bytes.len() {
        let end = match bytes
            .get(start + PART..)
            .and_then(|rest| rest.iter().position(|&b| b == b'\n'))
        {
            Some(i) => start + PART + i + 1,
            None => bytes.len(),
        };
        parts.push(start..end);
        start = end;
    }
    parts
}

fn count_newlines(bytes: &[u8]) -> usize {
    memchr::memchr_iter(b'\n', bytes).count()
}

/// What one part yields.
#[derive(Default)]
struct Parsed {
    records: Vec<Record>,
    errors: Vec<ReferenceError>,
}

/// Parses the lines of one part, found at byte `offset` of the file.
fn parse_part(path: &Arc<Path>, bytes: &[u8], offset: usize, first_line: usize) -> Parsed {
    // About one record per 150 bytes: allocating once avoids regrowing.
    let mut parsed =
        Parsed { records: Vec::with_capacity(bytes.len() / 150 + 1), errors: Vec::new() };
    let mut start = 0;
    match std::str::from_utf8(bytes) {
        // The common case: memchr finds line ends a vector at a time.
        Ok(text) => {
            let ends = memchr::memchr_iter(b'\n', bytes).chain(std::iter::once(bytes.len()));
            for (i, end) in ends.enumerate() {
                // `\n` is ASCII: `start..end` are character boundaries.
                let line = &text[start..end];
                parse_one(path, Ok(line), offset + start, first_line + i, &mut parsed);
                start = end + 1;
            }
        }
        // Some line is not UTF-8: find which, line by line.
        Err(_) => {
            for (i, line) in bytes.split(|&b| b == b'\n').enumerate() {
                let text = std::str::from_utf8(line).map_err(|_| line);
                parse_one(path, text, offset + start, first_line + i, &mut parsed);
                start += line.len() + 1;
            }
        }
    }
    parsed
}

/// Parses one line into `parsed`: its text, or its bytes when they are
/// not UTF-8. `line_offset` is its byte offset in the file. Blank lines
/// are skipped.
fn parse_one(
    path: &Arc<Path>,
    line_text: Result<&str, &[u8]>,
    line_offset: usize,
    line: usize,
    parsed: &mut Parsed,
) {
    let result = match line_text {
        Ok(text) => {
            let text = text.strip_suffix('\r').unwrap_or(text);
            // A byte-order mark, which some exporters write, is no content.
            let text = if line_offset == 0 { strip_bom(text) } else { text };
            if text.trim_ascii().is_empty() {
                return;
            }
            parse_line(path, line, text)
        }
        Err(bytes) => {
            let bom = if line_offset == 0 && bytes.starts_with(b"\xEF\xBB\xBF") { 3 } else { 0 };
            let good = std::str::from_utf8(&bytes[bom..]).map_or_else(|e| e.valid_up_to(), |_| 0);
            Err(not_utf8(path, line, line_offset + bom, &bytes[bom..], good))
        }
    };
    match result {
        Ok(record) => parsed.records.push(record),
        Err(e) => parsed.errors.push(e),
    }
}

fn not_utf8(path: &Path, line: usize, offset: usize, text: &[u8], good: usize) -> ReferenceError {
    ReferenceError::line(
        path,
        line,
        None,
        format!("not valid UTF-8: byte 0x{:02X} at byte offset {}", text[good], offset + good),
    )
}

fn parse_line(path: &Arc<Path>, line: usize, text: &str) -> Result<Record, ReferenceError> {
    let raw: RawRecord<'_> = match parse_plain(text) {
        Some(raw) => raw,
        None => serde_json::from_str(text).map_err(|e| json_error(path, line, 1, &e))?,
    };
    validate(&raw, Origin { path: Arc::clone(path), line })
}

#[cfg(test)]
mod tests {
    use super::*;

    const OK: &str = r#"{"id": "a", "subject": "S", "attribute": "x", "kind": "number", "value": 1, "source": "s"}"#;

    /// A reader that hands out a few bytes at a time, as a pipe may.
    struct Trickle<'a>(&'a [u8]);

    impl Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let n = buf.len().min(self.0.len()).min(7);
            buf[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }

    #[test]
    fn every_bad_line_is_reported_and_good_lines_kept() {
        let text = format!("{OK}\nnot json\n{}\n{{}}\n", OK.replace(r#""a""#, r#""b""#));
        let mut out = Validation::default();
        read(Path::new("r.jsonl"), &mut Trickle(text.as_bytes()), None, &mut out).unwrap();
        assert_eq!(out.records.len(), 2);
        let errors: Vec<String> = out.errors.iter().map(|e| e.to_string()).collect();
        assert_eq!(
            errors,
            [
                "r.jsonl:2:2: malformed JSON: expected ident",
                "r.jsonl:4: field `id`: required but missing"
            ]
        );
    }

    #[test]
    fn a_line_that_is_not_utf8_is_one_error_naming_its_byte_offset() {
        let head = format!("{OK}\n{{\"id\": \"\u{e9}");
        let mut bytes = head.clone().into_bytes();
        bytes.extend_from_slice(b"\xff\"}\n");
        bytes.extend_from_slice(OK.replace(r#""a""#, r#""b""#).as_bytes());
        let mut out = Validation::default();
        read(Path::new("r.jsonl"), &mut bytes.as_slice(), None, &mut out).unwrap();
        let ids: Vec<(&str, usize)> =
            out.records.iter().map(|r| (r.id.as_str(), r.origin.line)).collect();
        assert_eq!(ids, [("a", 1), ("b", 3)]);
        let offset = head.len();
        assert_eq!(
            out.errors[0].to_string(),
            format!("r.jsonl:2: not valid UTF-8: byte 0xFF at byte offset {offset}")
        );
    }

    #[test]
    fn small_chunks_cut_lines_anywhere_and_lose_none() {
        let line = |i: usize| OK.replace(r#""a""#, &format!(r#""r{i}""#));
        let mut text: String =
            (0..50).map(|i| line(i) + if i % 4 == 0 { "\r\n\n" } else { "\n" }).collect();
        text.push_str("not json\n");
        text.push_str(&line(50));
        let whole = {
            let mut out = Validation::default();
            read(Path::new("r.jsonl"), &mut text.as_bytes(), None, &mut out).unwrap();
            out
        };
        assert_eq!(whole.records.len(), 51);
        assert_eq!(whole.errors.len(), 1);
        // Chunks shorter than a line, about a line, and several lines.
        for chunk in [7, 60, OK.len() + 3, 1000] {
            let mut out = Validation::default();
            read_in_chunks(
                Path::new("r.jsonl"),
                &mut Trickle(text.as_bytes()),
                None,
                &mut out,
                chunk,
            )
            .unwrap();
            assert_eq!(out.records, whole.records, "chunk {chunk}");
            assert_eq!(out.errors, whole.errors, "chunk {chunk}");
        }
    }

    #[test]
    fn lines_spread_over_many_parts_keep_their_numbers() {
        let line = |i: usize| OK.replace(r#""a""#, &format!(r#""r{i}""#));
        let text: String =
            (0..20_000).map(|i| line(i) + if i % 3 == 0 { "\n\n" } else { "\n" }).collect();
        assert!(text.len() > 4 * PART);
        let mut out = Validation::default();
        let next = parse_bytes(Path::new("r.jsonl"), text.as_bytes(), 0, 1, &mut out);
        assert!(out.errors.is_empty());
        assert_eq!(out.records.len(), 20_000);
        assert_eq!(next, text.matches('\n').count() + 1);
        let mut expected_line = 1;
        for (i, r) in out.records.iter().enumerate() {
            assert_eq!((r.id.clone(), r.origin.line), (format!("r{i}"), expected_line));
            expected_line += if i % 3 == 0 { 2 } else { 1 };
        }
    }
}
