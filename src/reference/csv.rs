//! CSV files: a header row naming the fields, one record a row,
//! `aliases` separated by `|`. Cells are text; `value` and `end` are
//! parsed as the row's kind requires, and an empty cell is an absent
//! field.

use std::path::Path;
use std::sync::Arc;

use super::Origin;
use super::load::{ReferenceError, Validation};
use super::raw::{Field, RawRecord};
use super::validate::validate;

/// The columns a header must have.
const REQUIRED: [&str; 6] = ["id", "subject", "attribute", "kind", "value", "source"];

/// Parses a whole CSV file's text into `out`.
pub(crate) fn parse(path: &Path, text: &str, out: &mut Validation) {
    if text.trim().is_empty() {
        return;
    }
    // Flexible, so that a ragged row is reported here with its line
    // rather than ending the file with the crate's error.
    let mut reader =
        ::csv::ReaderBuilder::new().has_headers(true).flexible(true).from_reader(text.as_bytes());
    let header = match reader.headers() {
        Ok(header) => header.clone(),
        Err(e) => return out.error(csv_error(path, &e)),
    };
    let columns = match known_columns(path, &header) {
        Ok(columns) => columns,
        Err(e) => return out.error(e),
    };
    let mut row = ::csv::StringRecord::new();
    let mut lines = LineCounter::default();
    loop {
        match reader.read_record(&mut row) {
            Ok(true) => {
                // The crate's own line count goes wrong on CRLF files:
                // the line is counted from the row's byte offset instead.
                let line = lines.line_at(text, row.position().map_or(0, |p| p.byte() as usize));
                out.push(record_from_row(path, line, &row, header.len(), &columns));
            }
            Ok(false) => return,
            Err(e) => return out.error(csv_error(path, &e)),
        }
    }
}

/// The index and name of every header column that is a known field,
/// after checking that the required ones are all there, once each.
fn known_columns(
    path: &Path,
    header: &::csv::StringRecord,
) -> Result<Vec<(usize, String)>, ReferenceError> {
    let line = header.position().map_or(1, |p| p.line() as usize);
    let mut columns: Vec<(usize, String)> = Vec::new();
    for (i, name) in header.iter().enumerate() {
        let name = name.trim();
        if RawRecord::default().slot(name).is_none() {
            continue; // an extra column, welcome and ignored
        }
        if columns.iter().any(|(_, seen)| seen == name) {
            return Err(ReferenceError::line(
                path,
                line,
                None,
                format!("column `{name}` appears twice in the header"),
            ));
        }
        columns.push((i, name.to_string()));
    }
    let missing: Vec<&str> =
        REQUIRED.into_iter().filter(|r| !columns.iter().any(|(_, c)| c == r)).collect();
    if !missing.is_empty() {
        let s = if missing.len() == 1 { "" } else { "s" };
        return Err(ReferenceError::line(
            path,
            line,
            None,
            format!("header lacks required column{s}: {}", missing.join(", ")),
        ));
    }
    Ok(columns)
}

/// 1-based line of a byte offset, for offsets that only grow.
#[derive(Default)]
struct LineCounter {
    offset: usize,
    newlines: usize,
}

impl LineCounter {
    fn line_at(&mut self, text: &str, offset: usize) -> usize {
        let bytes = text.as_bytes();
        let mut offset = offset.min(bytes.len());
        // On CRLF files the crate puts a row's start on the `\n` that ends
        // the previous row; a row never starts with a line end.
        while offset < bytes.len() && matches!(bytes[offset], b'\r' | b'\n') {
            offset += 1;
        }
        if offset >= self.offset {
            self.newlines += bytes[self.offset..offset].iter().filter(|&&b| b == b'\n').count();
            self.offset = offset;
        }
        self.newlines + 1
    }
}

fn record_from_row(
    path: &Path,
    line: usize,
    row: &::csv::StringRecord,
    width: usize,
    columns: &[(usize, String)],
) -> Result<super::Record, ReferenceError> {
    if row.len() != width {
        return Err(ReferenceError::line(
            path,
            line,
            None,
            format!("row has {} cells but the header has {width}", row.len()),
        ));
    }
    let mut raw = RawRecord::default();
    for (i, name) in columns {
        if let Some((_, slot)) = raw.slot(name) {
            *slot = Some(Field::Cell(&row[*i]));
        }
    }
    validate(&raw, Origin { path: Arc::from(path), line })
}

fn csv_error(path: &Path, e: &::csv::Error) -> ReferenceError {
    let line = e.position().map_or(1, |p| p.line() as usize);
    ReferenceError::line(path, line, None, format!("malformed CSV: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::{Currency, Value};

    fn run(text: &str) -> (Vec<super::super::Record>, Vec<String>) {
        let mut out = Validation::default();
        parse(Path::new("r.csv"), text, &mut out);
        (out.records, out.errors.iter().map(|e| e.to_string()).collect())
    }

    #[test]
    fn rows_become_records_with_typed_cells_and_split_aliases() {
        let text = "id,subject,aliases,attribute,kind,value,end,unit,source,as_of,note\r\n\
                    t,Iran,\"IR | Persia\",trade target,money,1e10,,USD,src,2025-11-25,x\r\n\
                    d,Games,,dates,date,1936-08-01,1936-08-16,,src,,\r\n";
        let (records, errors) = run(text);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(records[0].aliases, ["IR", "Persia"]);
        assert_eq!(
            records[0].value,
            Value::Money { amount: 1e10, end: None, currency: Currency::USD }
        );
        assert_eq!(records[0].origin.line, 2);
        assert_eq!(records[1].value.to_string(), "1936-08-01..1936-08-16");
        assert_eq!(records[1].as_of, None);
    }

    #[test]
    fn a_header_without_required_columns_names_them() {
        let (_, errors) = run("id,kind,value\na,number,1\n");
        assert_eq!(errors, ["r.csv:1: header lacks required columns: subject, attribute, source"]);
    }

    #[test]
    fn a_ragged_row_names_its_line_and_loading_goes_on() {
        let text = "id,subject,attribute,kind,value,source\na,S,x,number,1\nb,S,x,number,2,src\n";
        let (records, errors) = run(text);
        assert_eq!(errors, ["r.csv:2: row has 5 cells but the header has 6"]);
        assert_eq!(records.len(), 1);
    }

    #[test]
    fn a_cell_that_is_not_a_number_names_the_field() {
        let text = "id,subject,attribute,kind,value,source\na,S,x,number,\"10,000\",src\n";
        assert_eq!(
            run(text).1,
            [r#"r.csv:2: field `value`: expected a number for kind number, found "10,000""#]
        );
    }

    #[test]
    fn a_repeated_column_is_refused() {
        let text = "id,subject,attribute,kind,value,source,id\n";
        assert_eq!(run(text).1, ["r.csv:1: column `id` appears twice in the header"]);
    }
}
