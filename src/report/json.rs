//! The JSON report of formats.md section 3, keys in a stable order.
//!
//! Written straight into a byte buffer by a small pretty-printer that
//! produces exactly what `serde_json::to_writer_pretty` makes of the
//! [`report_json`] tree (two-space indent, `"key": value`, `[]` and `{}`
//! for empty containers), without building the tree: one article is
//! serialised at a time, so `app` can stream articles as they are
//! checked, in parallel, and write them in order. [`report_json`] stays
//! for callers that want a value, and the tests compare the two.

use std::io::{self, Write};

use serde_json::{Map, Value as J, json};

use super::{ArticleReport, CheckedClaim, Report, Summary};
use crate::value::{DateValue, Value};

/// `w.key("k")` for a literal key: the quotes, colon and space are
/// joined to it at compile time and padded, so that it is written as one
/// copy of fixed size (see [`W::line_break`]) instead of three small
/// copies of variable size.
macro_rules! key {
    ($w:expr, $k:literal) => {
        $w.key_padded(concat!("\"", $k, "\": ", "                                "), $k.len() + 4)
    };
}

pub(super) fn print(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let mut stream = Stream::begin(out)?;
    for a in &report.articles {
        stream.push(out, &article_bytes(a))?;
    }
    stream.finish(out, &report.summary())
}

/// The JSON report written one article at a time: [`Stream::begin`],
/// then [`Stream::push`] with each article's [`article_bytes`] in
/// order, then [`Stream::finish`] with the totals.
#[derive(Debug, Default)]
pub struct Stream {
    articles: usize,
}

impl Stream {
    /// Writes the report's opening, up to the list of articles.
    pub fn begin(out: &mut dyn Write) -> io::Result<Stream> {
        out.write_all(b"{\n  \"schema_version\": 1,\n  \"articles\": [")?;
        Ok(Stream::default())
    }

    /// Writes one article serialised by [`article_bytes`].
    pub fn push(&mut self, out: &mut dyn Write, article: &[u8]) -> io::Result<()> {
        out.write_all(if self.articles == 0 { b"\n    " } else { b",\n    " })?;
        self.articles += 1;
        out.write_all(article)
    }

    /// Closes the list of articles and writes the summary.
    pub fn finish(self, out: &mut dyn Write, s: &Summary) -> io::Result<()> {
        let mut buf = Vec::with_capacity(256);
        buf.extend_from_slice(if self.articles == 0 { b"]" } else { b"\n  ]" });
        let mut w = W { out: &mut buf, depth: 1, has_value: true };
        key!(w, "summary");
        w.begin(b'{');
        for (k, n) in [
            ("articles", s.articles),
            ("claims", s.claims),
            ("supported", s.supported),
            ("contradicted", s.contradicted),
            ("unverifiable", s.unverifiable),
            ("silenced", s.silenced),
        ] {
            w.key(k);
            w.uint(n as u64);
        }
        w.end(b'}');
        w.end(b'}');
        buf.push(b'\n');
        out.write_all(&buf)
    }
}

/// One article as an element of the report's `articles` list (indented
/// for its place there, with no separator before it).
pub fn article_bytes(a: &ArticleReport) -> Vec<u8> {
    let mut buf = Vec::with_capacity(article_capacity(a));
    let mut w = W { out: &mut buf, depth: 2, has_value: false };
    w.begin(b'{');
    key!(w, "path");
    w.str(&a.path);
    key!(w, "published");
    match a.published {
        Some(d) => w.display(d),
        None => w.null(),
    }
    key!(w, "claims");
    w.begin(b'[');
    for c in &a.claims {
        w.elem();
        claim(&mut w, c);
    }
    w.end(b']');
    key!(w, "silenced");
    w.uint(a.silenced as u64);
    w.end(b'}');
    buf
}

/// Bytes to reserve for an article: the fixed keys and indents of each
/// claim (about 500 bytes without a reference) plus its strings, so that
/// the buffer is rarely grown and copied while it is written.
fn article_capacity(a: &ArticleReport) -> usize {
    let claim = |c: &CheckedClaim| {
        let strings = c.text.len() + c.sentence.len() + c.reason.message.len();
        let reference = c.evidence.as_ref().map_or(0, |e| {
            600 + e.record_id.len() + e.source.len() + e.subject.len() + e.attribute.len()
        });
        640 + strings + c.noun.as_ref().map_or(0, String::len) + reference
    };
    256 + a.path.len() + a.claims.iter().map(claim).sum::<usize>()
}

fn claim(w: &mut W<'_>, c: &CheckedClaim) {
    w.begin(b'{');
    key!(w, "id");
    w.str(&c.id);
    key!(w, "span");
    w.begin(b'{');
    key!(w, "start");
    w.uint(c.span.start as u64);
    key!(w, "end");
    w.uint(c.span.end as u64);
    w.end(b'}');
    key!(w, "line");
    w.uint(c.line as u64);
    key!(w, "column");
    w.uint(c.column as u64);
    key!(w, "text");
    w.str(&c.text);
    key!(w, "sentence");
    w.str(&c.sentence);
    key!(w, "kind");
    w.str(c.kind().as_str());
    key!(w, "value");
    value(w, &c.value);
    key!(w, "qualifier");
    w.str(c.qualifier.as_str());
    if let Some(noun) = &c.noun {
        key!(w, "noun");
        w.str(noun);
    }
    key!(w, "verdict");
    w.str(c.verdict.as_str());
    key!(w, "reference");
    match &c.evidence {
        None => w.null(),
        Some(e) => {
            w.begin(b'{');
            key!(w, "id");
            w.str(&e.record_id);
            key!(w, "value");
            reference_main(w, &e.value);
            if has_end(&e.value) {
                key!(w, "end");
                value_end(w, &e.value);
            }
            key!(w, "source");
            w.str(&e.source);
            key!(w, "subject");
            w.str(&e.subject);
            key!(w, "attribute");
            w.str(&e.attribute);
            key!(w, "origin");
            w.str(&e.origin);
            w.end(b'}');
        }
    }
    key!(w, "reason");
    w.str(&c.reason.message);
    if let Some(code) = c.reason.code {
        key!(w, "reason_code");
        w.str(code.as_str());
    }
    if let Some(e) = &c.evidence {
        key!(w, "comparison");
        w.begin(b'{');
        key!(w, "claimed");
        w.str(&e.claimed);
        key!(w, "difference");
        match e.difference {
            Some(d) => w.number(d),
            None => w.null(),
        }
        key!(w, "tolerance");
        w.str(&e.tolerance);
        key!(w, "confidence");
        w.float((e.confidence * 1000.0).round() / 1000.0);
        w.end(b'}');
    }
    w.end(b'}');
}

/// A value as [`Value::to_json`] shapes it (the tests compare the two).
fn value(w: &mut W<'_>, v: &Value) {
    w.begin(b'{');
    match v {
        Value::Number { value, end, unit } => {
            key!(w, "number");
            w.number(*value);
            key!(w, "value");
            w.number(*value);
            w.optional_number("end", *end);
            if let Some(u) = unit {
                key!(w, "unit");
                w.str(u);
            }
        }
        Value::Money { amount, end, currency } => {
            key!(w, "amount");
            w.number(*amount);
            w.optional_number("end", *end);
            key!(w, "currency");
            w.str(currency.as_str());
        }
        Value::Percent { value, end, points } => {
            key!(w, "percent");
            w.number(*value);
            key!(w, "value");
            w.number(*value);
            w.optional_number("end", *end);
            if *points {
                key!(w, "points");
                w.raw(b"true");
            }
        }
        Value::Date(DateValue::Resolved { start, end }) => {
            key!(w, "date");
            w.display(start);
            if let Some(e) = end {
                key!(w, "end");
                w.display(e);
            }
        }
        Value::Date(DateValue::Unresolved { expression }) => {
            key!(w, "date");
            w.null();
            key!(w, "expression");
            w.str(expression);
        }
        Value::Duration(d) => {
            key!(w, "duration");
            w.display(d);
            key!(w, "value");
            w.display(d);
        }
        Value::Ordinal(n) => {
            key!(w, "ordinal");
            w.uint(*n);
            key!(w, "value");
            w.uint(*n);
        }
    }
    w.end(b'}');
}

/// A record's main value as formats.md section 2 writes it
/// (`10000000000`, `"2025-06-13"`, `"P12D"`): see [`reference_value`].
fn reference_main(w: &mut W<'_>, v: &Value) {
    match v {
        Value::Number { value, .. } | Value::Percent { value, .. } => w.number(*value),
        Value::Money { amount, .. } => w.number(*amount),
        Value::Date(DateValue::Resolved { start, .. }) => w.display(start),
        Value::Date(DateValue::Unresolved { .. }) => w.null(),
        Value::Duration(d) => w.display(d),
        Value::Ordinal(n) => w.uint(*n),
    }
}

fn has_end(v: &Value) -> bool {
    match v {
        Value::Number { end, .. } | Value::Money { end, .. } | Value::Percent { end, .. } => {
            end.is_some()
        }
        Value::Date(DateValue::Resolved { end, .. }) => end.is_some(),
        _ => false,
    }
}

fn value_end(w: &mut W<'_>, v: &Value) {
    match v {
        Value::Number { end: Some(e), .. }
        | Value::Money { end: Some(e), .. }
        | Value::Percent { end: Some(e), .. } => w.number(*e),
        Value::Date(DateValue::Resolved { end: Some(e), .. }) => w.display(e),
        _ => w.null(),
    }
}

/// serde_json's pretty format, written by hand. `has_value` is
/// serde_json's single flag: whether the innermost open container holds
/// a value yet (closing a container counts as a value of its parent).
struct W<'b> {
    out: &'b mut Vec<u8>,
    depth: usize,
    has_value: bool,
}

/// A line break with its comma: `",\n"` and then the spaces of the
/// deepest indent the report uses, so that a separator and its indent
/// are one copy (`BREAK[1..]` is the break without the comma).
const BREAK: [u8; 2 + 2 * MAX_FAST_DEPTH] = {
    let mut b = [b' '; 2 + 2 * MAX_FAST_DEPTH];
    b[0] = b',';
    b[1] = b'\n';
    b
};

/// Indent levels that [`BREAK`] covers (the report goes 7 deep).
const MAX_FAST_DEPTH: usize = 32;

/// Bytes of [`BREAK`] copied at once (a comma, a break and 15 levels).
const FIXED_COPY: usize = 32;

impl W<'_> {
    /// A line break (after a comma when `comma`) and the indent of the
    /// current depth. Up to [`FIXED_COPY`] bytes are copied as one block
    /// of that fixed size and the surplus cut off: a copy of known size
    /// is a few vector moves, a copy of variable size a `memcpy` call.
    fn line_break(&mut self, comma: bool) {
        let from = usize::from(!comma);
        let len = 2 + self.depth * 2 - from;
        let at = self.out.len();
        match BREAK.get(from..from + FIXED_COPY) {
            Some(block) if len <= FIXED_COPY => {
                self.out.extend_from_slice(block);
                self.out.truncate(at + len);
            }
            _ => {
                self.out.extend_from_slice(&BREAK[from..2]);
                self.out.resize(at + len, b' ');
            }
        }
    }

    fn begin(&mut self, open: u8) {
        self.out.push(open);
        self.depth += 1;
        self.has_value = false;
    }

    fn end(&mut self, close: u8) {
        self.depth -= 1;
        if self.has_value {
            self.line_break(false);
        }
        self.out.push(close);
        self.has_value = true;
    }

    fn separator(&mut self) {
        self.line_break(self.has_value);
    }

    /// Starts an array element.
    fn elem(&mut self) {
        self.separator();
    }

    /// Starts an object entry (keys here never need escaping).
    fn key(&mut self, k: &str) {
        self.out.reserve(FIXED_COPY + self.depth * 2 + k.len() + 4);
        self.separator();
        self.out.push(b'"');
        self.out.extend_from_slice(k.as_bytes());
        self.out.extend_from_slice(b"\": ");
    }

    /// Starts an object entry whose `"key": ` is the first `len` bytes of
    /// `padded` (made by [`key!`]; at least [`FIXED_COPY`] bytes long).
    fn key_padded(&mut self, padded: &'static str, len: usize) {
        self.out.reserve(2 * FIXED_COPY + self.depth * 2);
        self.separator();
        let at = self.out.len();
        match padded.as_bytes().get(..FIXED_COPY) {
            Some(block) if len <= FIXED_COPY => {
                self.out.extend_from_slice(block);
                self.out.truncate(at + len);
            }
            _ => self.out.extend_from_slice(&padded.as_bytes()[..len]),
        }
    }

    fn raw(&mut self, s: &[u8]) {
        self.out.extend_from_slice(s);
        self.has_value = true;
    }

    fn null(&mut self) {
        self.raw(b"null");
    }

    fn uint(&mut self, n: u64) {
        let mut b = itoa::Buffer::new();
        self.raw(b.format(n).as_bytes());
    }

    /// A number as [`crate::value::json_number`] writes it: whole values
    /// as integers, others rounded to 9 decimals.
    /// `"key": x` when there is an `x`.
    fn optional_number(&mut self, k: &str, x: Option<f64>) {
        if let Some(x) = x {
            self.key(k);
            self.number(x);
        }
    }

    fn number(&mut self, x: f64) {
        if x.fract() == 0.0 && x.abs() < 9.0e15 {
            let mut b = itoa::Buffer::new();
            self.raw(b.format(x as i64).as_bytes());
        } else {
            self.float((x * 1e9).round() / 1e9);
        }
    }

    /// An `f64` as serde_json writes one (`null` when not finite).
    fn float(&mut self, x: f64) {
        if x.is_finite() {
            let mut b = zmij::Buffer::new();
            self.raw(b.format_finite(x).as_bytes());
        } else {
            self.null();
        }
    }

    /// A string with serde_json's escapes: `"`, `\\` and control
    /// characters (`\n`, `\t`, ..., else `\u00XX`); nothing else.
    fn str(&mut self, s: &str) {
        let bytes = s.as_bytes();
        self.out.reserve(bytes.len() + 2);
        self.out.push(b'"');
        // Nearly every string needs no escape: test it whole, then copy
        // it in one piece.
        if needs_no_escape(bytes) {
            self.out.extend_from_slice(bytes);
        } else {
            self.escaped(bytes);
        }
        self.out.push(b'"');
        self.has_value = true;
    }

    /// The bytes of a string with its escapes (without the quotes).
    fn escaped(&mut self, bytes: &[u8]) {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let mut start = 0;
        let mut i = 0;
        while i < bytes.len() {
            // Eight bytes at a time while none needs escaping.
            if let Some(chunk) = bytes.get(i..i + 8) {
                let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
                if !needs_escape(word) {
                    i += 8;
                    continue;
                }
            }
            let b = bytes[i];
            i += 1;
            if b >= 0x20 && b != b'"' && b != b'\\' {
                continue;
            }
            let i = i - 1;
            self.out.extend_from_slice(&bytes[start..i]);
            start = i + 1;
            match b {
                b'"' => self.out.extend_from_slice(b"\\\""),
                b'\\' => self.out.extend_from_slice(b"\\\\"),
                0x08 => self.out.extend_from_slice(b"\\b"),
                0x0C => self.out.extend_from_slice(b"\\f"),
                b'\n' => self.out.extend_from_slice(b"\\n"),
                b'\r' => self.out.extend_from_slice(b"\\r"),
                b'\t' => self.out.extend_from_slice(b"\\t"),
                _ => self.out.extend_from_slice(&[
                    b'\\',
                    b'u',
                    b'0',
                    b'0',
                    HEX[usize::from(b >> 4)],
                    HEX[usize::from(b & 0xF)],
                ]),
            }
        }
        self.out.extend_from_slice(&bytes[start..]);
    }

    /// The `Display` form of `v` as a string (dates, durations, numbers:
    /// never anything that needs escaping, but escaped all the same).
    fn display(&mut self, v: impl std::fmt::Display) {
        let mut s = String::with_capacity(16);
        let _ = std::fmt::Write::write_fmt(&mut s, format_args!("{v}"));
        if s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.') {
            self.out.push(b'"');
            self.out.extend_from_slice(s.as_bytes());
            self.out.push(b'"');
            self.has_value = true;
        } else {
            self.str(&s);
        }
    }
}

/// True when no byte of `bytes` needs an escape, tested eight bytes at a
/// time ([`needs_escape`]; the last eight overlap the chunk before, so
/// that no byte is left to a loop). A false alarm only sends the string
/// to the exact loop of [`W::escaped`].
fn needs_no_escape(bytes: &[u8]) -> bool {
    let word = |chunk: &[u8]| u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
    let Some(last) = bytes.len().checked_sub(8) else {
        return !bytes.iter().any(|&b| b < 0x20 || b == b'"' || b == b'\\');
    };
    !bytes.chunks_exact(8).any(|c| needs_escape(word(c))) && !needs_escape(word(&bytes[last..]))
}

/// True when one of the eight bytes of `word` is a control character,
/// `"` or `\\`. Never a false negative; a rare false positive (a borrow
/// carried into the next byte) only sends that chunk to the byte loop.
fn needs_escape(word: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // A byte below 0x20: (b - 0x20) borrows into bit 7 only when b < 0x20
    // or b >= 0xA0; masking with !b keeps b < 0x80 only.
    let below = word.wrapping_sub(ONES * 0x20) & !word & HIGH;
    let zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    below | zero(word ^ (ONES * u64::from(b'"'))) | zero(word ^ (ONES * u64::from(b'\\'))) != 0
}

/// The report as a `serde_json::Value` tree, for callers that want a
/// value; [`print`] writes the same JSON without building it.
pub(super) fn report_json(report: &Report) -> J {
    let articles: Vec<J> = report
        .articles
        .iter()
        .map(|a| {
            json!({
                "path": a.path,
                "published": a.published.map(|d| d.to_string()),
                "claims": a.claims.iter().map(claim_json).collect::<Vec<_>>(),
                "silenced": a.silenced,
            })
        })
        .collect();
    let s = report.summary();
    json!({
        "schema_version": 1,
        "articles": articles,
        "summary": {
            "articles": s.articles,
            "claims": s.claims,
            "supported": s.supported,
            "contradicted": s.contradicted,
            "unverifiable": s.unverifiable,
            "silenced": s.silenced,
        },
    })
}

fn claim_json(c: &CheckedClaim) -> J {
    let mut m = Map::new();
    m.insert("id".into(), J::String(c.id.clone()));
    m.insert("span".into(), json!({"start": c.span.start, "end": c.span.end}));
    m.insert("line".into(), json!(c.line));
    m.insert("column".into(), json!(c.column));
    m.insert("text".into(), J::String(c.text.clone()));
    m.insert("sentence".into(), J::String(c.sentence.clone()));
    m.insert("kind".into(), J::String(c.kind().as_str().into()));
    m.insert("value".into(), c.value.to_json());
    m.insert("qualifier".into(), J::String(c.qualifier.as_str().into()));
    if let Some(noun) = &c.noun {
        m.insert("noun".into(), J::String(noun.clone()));
    }
    m.insert("verdict".into(), J::String(c.verdict.as_str().into()));
    m.insert(
        "reference".into(),
        c.evidence.as_ref().map_or(J::Null, |e| {
            let (value, end) = reference_value(&e.value);
            let mut r = Map::new();
            r.insert("id".into(), J::String(e.record_id.clone()));
            r.insert("value".into(), value);
            if let Some(end) = end {
                r.insert("end".into(), end);
            }
            r.insert("source".into(), J::String(e.source.clone()));
            r.insert("subject".into(), J::String(e.subject.clone()));
            r.insert("attribute".into(), J::String(e.attribute.clone()));
            r.insert("origin".into(), J::String(e.origin.clone()));
            J::Object(r)
        }),
    );
    m.insert("reason".into(), J::String(c.reason.message.clone()));
    if let Some(code) = c.reason.code {
        m.insert("reason_code".into(), J::String(code.as_str().into()));
    }
    if let Some(e) = &c.evidence {
        m.insert(
            "comparison".into(),
            json!({
                "claimed": e.claimed,
                "difference": e.difference.map(crate::value::json_number),
                "tolerance": e.tolerance,
                "confidence": (e.confidence * 1000.0).round() / 1000.0,
            }),
        );
    }
    J::Object(m)
}

/// A record's value and end as formats.md section 2 writes them
/// (`10000000000`, `"2025-06-13"`, `"P12D"`).
fn reference_value(v: &Value) -> (J, Option<J>) {
    match v.to_json() {
        J::Object(m) => {
            let main = ["number", "amount", "percent", "date", "duration", "ordinal"]
                .iter()
                .find_map(|k| m.get(*k).cloned())
                .unwrap_or(J::Null);
            (main, m.get("end").cloned())
        }
        other => (other, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::{Settings, check_bytes};
    use crate::reference::Dataset;
    use crate::value::{Currency, IsoDuration, PartialDate};

    fn pretty(v: &J) -> String {
        serde_json::to_string_pretty(v).unwrap() + "\n"
    }

    fn written(report: &Report) -> String {
        let mut out = Vec::new();
        print(report, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    fn sample(dataset: &Dataset) -> Report {
        let mut articles = Vec::new();
        for name in ["claims/pakistan-iran-larijani.md", "claims/pakistan-iran-larijani-errors.md"]
        {
            let bytes = std::fs::read(name).unwrap();
            let settings = Settings::default();
            articles.push(check_bytes(name, bytes, true, dataset, &settings).unwrap());
        }
        // Text that needs escaping, and an article without claims.
        let odd = "Quote \"x\"\tand \\ and \u{1}: 12 \u{2028} widgets rose 3.5% on 2 May 2005.";
        let settings = Settings::default();
        articles.push(check_bytes("odd\"name", odd.into(), false, dataset, &settings).unwrap());
        articles
            .push(check_bytes("none", "Nothing here.".into(), false, dataset, &settings).unwrap());
        Report { articles }
    }

    #[test]
    fn written_json_is_the_value_tree_pretty_printed() {
        let records = crate::reference::load_path(std::path::Path::new("reference")).unwrap();
        let dataset = Dataset::new(records);
        let report = sample(&dataset);
        assert!(report.articles[0].claims.iter().any(|c| c.evidence.is_some()));
        assert_eq!(written(&report), pretty(&report_json(&report)));
        let report = sample(&Dataset::default());
        assert_eq!(written(&report), pretty(&report_json(&report)));
        let empty = Report::default();
        assert_eq!(written(&empty), pretty(&report_json(&empty)));
    }

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let mut all: String = (0u8..0x80).map(char::from).collect();
        all.push_str("é “quoted” \u{2028} \u{7f}\u{80} end");
        for s in [all.as_str(), "", "plain text longer than eight bytes", "1234567\"", "\n"] {
            for cut in 0..s.len().min(12) {
                let Some(piece) = s.get(cut..) else { continue };
                let mut buf = Vec::new();
                W { out: &mut buf, depth: 0, has_value: false }.str(piece);
                assert_eq!(String::from_utf8(buf).unwrap(), serde_json::to_string(piece).unwrap());
            }
        }
    }

    #[test]
    fn strings_without_escapes_are_found_whole() {
        for s in ["", "c1", "unverifiable", "eight by", "A sentence of forty-one bytes, no escape."]
        {
            assert!(needs_no_escape(s.as_bytes()), "{s:?}");
        }
        // The byte to escape in a short string, a full chunk, and in the
        // overlapping tail only.
        for s in ["a\"b", "\n", "12345678\\", "1234567\t", "123456789\u{1}"] {
            assert!(!needs_no_escape(s.as_bytes()), "{s:?}");
        }
    }

    #[test]
    fn every_value_shape_is_written_as_to_json_shapes_it() {
        let day = |s: &str| s.parse::<PartialDate>().unwrap();
        let values = [
            Value::Number { value: 12.0, end: None, unit: None },
            Value::Number { value: 0.1 + 0.2, end: Some(1e20), unit: Some("a \"b\"".into()) },
            Value::Number { value: f64::NAN, end: Some(-0.0), unit: None },
            Value::Money {
                amount: 2.89e9,
                end: Some(3e9),
                currency: Currency::new("GBP").unwrap(),
            },
            Value::Percent { value: 12.5, end: None, points: true },
            Value::Percent { value: -3.0, end: Some(4.25), points: false },
            Value::Date(DateValue::Resolved {
                start: day("2025-06-13"),
                end: Some(day("2025-06")),
            }),
            Value::Date(DateValue::Resolved { start: day("2025"), end: None }),
            Value::Date(DateValue::Unresolved { expression: "last\nmonth".into() }),
            Value::Duration("P1DT2H".parse::<IsoDuration>().unwrap()),
            Value::Ordinal(21),
        ];
        for v in &values {
            let mut buf = Vec::new();
            let mut w = W { out: &mut buf, depth: 0, has_value: false };
            value(&mut w, v);
            assert_eq!(
                String::from_utf8(buf).unwrap(),
                serde_json::to_string_pretty(&v.to_json()).unwrap()
            );
            let (main, end) = reference_value(v);
            let mut buf = Vec::new();
            let mut w = W { out: &mut buf, depth: 0, has_value: false };
            reference_main(&mut w, v);
            assert_eq!(String::from_utf8(buf).unwrap(), main.to_string(), "{v:?}");
            assert_eq!(has_end(v), end.is_some());
            if let Some(end) = end {
                let mut buf = Vec::new();
                let mut w = W { out: &mut buf, depth: 0, has_value: false };
                value_end(&mut w, v);
                assert_eq!(String::from_utf8(buf).unwrap(), end.to_string());
            }
        }
    }
}
