//! JSON Lines: one record a line, blank lines skipped.
//!
//! Files are read in chunks cut at line ends, and each chunk's lines are
//! parsed in parallel straight into borrowed [`RawRecord`]s: a set of a
//! million records loads in about a second and never holds its whole
//! text in memory beside the records.

use std::io::Read;
use std::path::Path;

use rayon::prelude::*;

use super::Origin;
use super::json::json_error;
use super::load::{ReferenceError, Validation, strip_bom, utf8};
use super::raw::RawRecord;
use super::validate::validate;

/// Bytes read at a time; a longer line simply makes its chunk longer.
const CHUNK: usize = 16 << 20;

/// Reads a JSON Lines file chunk by chunk into `out`.
pub(crate) fn read(path: &Path, file: &mut impl Read, out: &mut Validation) -> std::io::Result<()> {
    let mut buf: Vec<u8> = Vec::new();
    // Where `buf` starts in the file: byte offset and 1-based line.
    let (mut offset, mut line) = (0usize, 1usize);
    loop {
        let read = file.by_ref().take(CHUNK as u64).read_to_end(&mut buf)?;
        let at_end = read < CHUNK;
        let cut = if at_end {
            buf.len()
        } else {
            match buf.iter().rposition(|&b| b == b'\n') {
                Some(last_newline) => last_newline + 1,
                None => continue,
            }
        };
        let text = match utf8(path, &buf[..cut], offset, line) {
            Ok(text) => text,
            Err(e) => {
                // Past a bad byte the line count cannot be trusted.
                out.error(e);
                return Ok(());
            }
        };
        let text = if offset == 0 { strip_bom(text) } else { text };
        parse_lines(path, text, line, out);
        line += buf[..cut].iter().filter(|&&b| b == b'\n').count();
        offset += cut;
        buf.drain(..cut);
        if at_end {
            return Ok(());
        }
    }
}

/// Parses the lines of `text`, the first being line `first_line`.
pub(crate) fn parse_lines(path: &Path, text: &str, first_line: usize, out: &mut Validation) {
    let lines: Vec<(usize, &str)> = text
        .split('\n')
        .enumerate()
        .map(|(i, l)| (first_line + i, l.strip_suffix('\r').unwrap_or(l)))
        .filter(|(_, l)| !l.trim().is_empty())
        .collect();
    let results: Vec<Result<_, _>> =
        lines.par_iter().with_min_len(1024).map(|&(n, l)| parse_line(path, n, l)).collect();
    for result in results {
        out.push(result);
    }
}

fn parse_line(path: &Path, line: usize, text: &str) -> Result<super::Record, ReferenceError> {
    let raw: RawRecord<'_> =
        serde_json::from_str(text).map_err(|e| json_error(path, line, 1, &e))?;
    validate(raw, Origin { path: path.to_path_buf(), line })
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
        read(Path::new("r.jsonl"), &mut Trickle(text.as_bytes()), &mut out).unwrap();
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
    fn bad_utf8_stops_the_file_with_its_offset() {
        let head = format!("{OK}\n{{\"id\": \"\u{e9}");
        let mut bytes = head.clone().into_bytes();
        bytes.extend_from_slice(b"\xff\"}\n");
        let mut out = Validation::default();
        read(Path::new("r.jsonl"), &mut bytes.as_slice(), &mut out).unwrap();
        assert_eq!(out.records.len(), 0);
        let offset = head.len();
        assert_eq!(
            out.errors[0].to_string(),
            format!("r.jsonl:2: not valid UTF-8: byte 0xFF at byte offset {offset}")
        );
    }
}
