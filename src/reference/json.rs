//! `.json` files: a JSON array of records, or objects one after another
//! (JSON Lines, or pretty-printed objects).
//!
//! serde_json gives no position for an array element, so the array is
//! walked here: each element is parsed from its own start offset with a
//! fresh deserializer, which tells both the line the record starts on
//! (its origin) and where it ends.

use std::path::Path;
use std::sync::Arc;

use super::Origin;
use super::load::{ReferenceError, Validation};
use super::raw::RawRecord;
use super::validate::validate;

/// Parses a whole `.json` file's text into `out`. A syntax error ends the
/// file (nothing after it can be located reliably); a record that fails
/// validation does not.
pub(crate) fn parse(path: &Path, text: &str, out: &mut Validation) {
    let mut cursor = Cursor { text, pos: 0, line: 1, line_start: 0 };
    cursor.skip_whitespace();
    let result = match cursor.peek() {
        None => Ok(()),
        Some(b'[') => parse_array(path, &mut cursor, out),
        Some(b'{') => parse_objects(path, &mut cursor, out),
        Some(_) => {
            Err(cursor.error(path, "malformed JSON: expected an array or objects of records"))
        }
    };
    if let Err(e) = result {
        out.error(e);
    }
}

fn parse_array(
    path: &Path,
    cursor: &mut Cursor<'_>,
    out: &mut Validation,
) -> Result<(), ReferenceError> {
    cursor.advance_to(cursor.pos + 1);
    cursor.skip_whitespace();
    if cursor.peek() == Some(b']') {
        cursor.advance_to(cursor.pos + 1);
        return cursor.expect_end(path);
    }
    loop {
        parse_element(path, cursor, out)?;
        cursor.skip_whitespace();
        match cursor.peek() {
            Some(b',') => {
                cursor.advance_to(cursor.pos + 1);
                cursor.skip_whitespace();
                if cursor.peek() == Some(b']') {
                    return Err(cursor.error(path, "malformed JSON: trailing comma"));
                }
            }
            Some(b']') => {
                cursor.advance_to(cursor.pos + 1);
                return cursor.expect_end(path);
            }
            None => return Err(cursor.error(path, "malformed JSON: EOF while parsing a list")),
            Some(_) => return Err(cursor.error(path, "malformed JSON: expected `,` or `]`")),
        }
    }
}

fn parse_objects(
    path: &Path,
    cursor: &mut Cursor<'_>,
    out: &mut Validation,
) -> Result<(), ReferenceError> {
    while cursor.peek().is_some() {
        parse_element(path, cursor, out)?;
        cursor.skip_whitespace();
    }
    Ok(())
}

/// Parses the record starting at the cursor and moves past it.
fn parse_element(
    path: &Path,
    cursor: &mut Cursor<'_>,
    out: &mut Validation,
) -> Result<(), ReferenceError> {
    let (start, line, column) = (cursor.pos, cursor.line, cursor.column());
    let rest = &cursor.text[start..];
    let mut stream = serde_json::Deserializer::from_str(rest).into_iter::<RawRecord<'_>>();
    match stream.next() {
        Some(Ok(raw)) => {
            out.push(validate(&raw, Origin { path: Arc::from(path), line }));
            cursor.advance_to(start + stream.byte_offset());
            Ok(())
        }
        Some(Err(e)) => Err(json_error(path, line, column, &e)),
        None => Err(cursor.error(path, "malformed JSON: EOF while parsing a value")),
    }
}

/// A serde_json error as a [`ReferenceError`], for text that starts at
/// `line`, `column` of the file.
pub(crate) fn json_error(
    path: &Path,
    line: usize,
    column: usize,
    e: &serde_json::Error,
) -> ReferenceError {
    // serde_json's message ends with its own " at line L column C",
    // relative to the parsed slice: replaced by the file position.
    let text = e.to_string();
    let message = match text.rfind(" at line ") {
        Some(cut) => &text[..cut],
        None => &text,
    };
    let message =
        if e.is_data() { message.to_string() } else { format!("malformed JSON: {message}") };
    let (err_line, err_column) = (e.line().max(1), e.column());
    let column = if err_line == 1 { column + err_column.saturating_sub(1) } else { err_column };
    ReferenceError::line(path, line + err_line - 1, Some(column.max(1)), message)
}

/// A position in the text, keeping the line count up to date.
struct Cursor<'t> {
    text: &'t str,
    pos: usize,
    line: usize,
    line_start: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    /// 1-based byte column of the cursor, as serde_json counts.
    fn column(&self) -> usize {
        self.pos - self.line_start + 1
    }

    fn advance_to(&mut self, pos: usize) {
        for (i, b) in self.text.as_bytes()[self.pos..pos].iter().enumerate() {
            if *b == b'\n' {
                self.line += 1;
                self.line_start = self.pos + i + 1;
            }
        }
        self.pos = pos;
    }

    fn skip_whitespace(&mut self) {
        let bytes = self.text.as_bytes();
        let mut pos = self.pos;
        while pos < bytes.len() && matches!(bytes[pos], b' ' | b'\t' | b'\n' | b'\r') {
            pos += 1;
        }
        self.advance_to(pos);
    }

    fn expect_end(&mut self, path: &Path) -> Result<(), ReferenceError> {
        self.skip_whitespace();
        match self.peek() {
            None => Ok(()),
            Some(_) => Err(self.error(path, "malformed JSON: trailing characters after the array")),
        }
    }

    fn error(&self, path: &Path, message: &str) -> ReferenceError {
        ReferenceError::line(path, self.line, Some(self.column()), message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(id: &str) -> String {
        format!(
            r#"{{"id": "{id}", "subject": "S", "attribute": "x", "kind": "number", "value": 1, "source": "s"}}"#
        )
    }

    fn run(text: &str) -> (Vec<(String, usize)>, Vec<String>) {
        let mut out = Validation::default();
        parse(Path::new("r.json"), text, &mut out);
        let records = out.records.iter().map(|r| (r.id.clone(), r.origin.line)).collect();
        (records, out.errors.iter().map(|e| e.to_string()).collect())
    }

    #[test]
    fn array_elements_keep_the_line_they_start_on() {
        let text = format!("[\n  {},\n\n  {}\n]\n", rec("a"), rec("b"));
        assert_eq!(run(&text), (vec![("a".into(), 2), ("b".into(), 4)], vec![]));
        assert_eq!(run("[ ]"), (vec![], vec![]));
    }

    #[test]
    fn pretty_printed_objects_one_after_another_load() {
        let pretty = rec("b").replace(", ", ",\n  ");
        let text = format!("{}\n{pretty}\n", rec("a"));
        assert_eq!(run(&text).0, vec![("a".into(), 1), ("b".into(), 2)]);
    }

    #[test]
    fn a_bad_element_names_its_own_line_and_loading_goes_on() {
        let bad = rec("b").replace(r#""value": 1"#, r#""value": "one""#);
        let text = format!("[\n{},\n{bad},\n{}]", rec("a"), rec("c"));
        let (records, errors) = run(&text);
        assert_eq!(records, vec![("a".into(), 2), ("c".into(), 4)]);
        assert_eq!(
            errors,
            [r#"r.json:3: field `value`: expected a number for kind number, found string "one""#]
        );
    }

    #[test]
    fn syntax_errors_name_line_and_column_in_the_file() {
        let text = format!("[\n{},\n  {{\"id\": \"b\",, }}]", rec("a"));
        assert_eq!(run(&text).1, ["r.json:3:14: malformed JSON: key must be a string"]);
        let text = format!("[{},]", rec("a"));
        assert_eq!(
            run(&text).1,
            [format!("r.json:1:{}: malformed JSON: trailing comma", text.len())]
        );
        assert_eq!(
            run("[1]").1,
            ["r.json:1:2: invalid type: integer `1`, expected a JSON object (one record)"]
        );
        assert_eq!(
            run(&format!("[{}", rec("a"))).1[0],
            format!("r.json:1:{}: malformed JSON: EOF while parsing a list", rec("a").len() + 2)
        );
        assert_eq!(
            run("[] x").1,
            ["r.json:1:4: malformed JSON: trailing characters after the array"]
        );
        assert_eq!(
            run("nope").1,
            ["r.json:1:1: malformed JSON: expected an array or objects of records"]
        );
    }
}
