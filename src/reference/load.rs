//! Reading reference files into [`Record`]s.

use std::path::{Path, PathBuf};

use serde_json::{Map, Value as J};

use super::{Origin, Record};
use crate::value::{Currency, DateValue, IsoDuration, Kind, PartialDate, Value};

/// A reference file that cannot be used: names the file, the line (or
/// CSV row) and the field.
#[derive(Debug, thiserror::Error)]
#[error("{}{}: {}{message}", path.display(), line.map(|l| format!(":{l}")).unwrap_or_default(), field.as_ref().map(|f| format!("field `{f}`: ")).unwrap_or_default())]
pub struct ReferenceError {
    /// The file.
    pub path: PathBuf,
    /// 1-based line or CSV row, when the error has one.
    pub line: Option<usize>,
    /// The field at fault.
    pub field: Option<String>,
    /// What is wrong.
    pub message: String,
}

impl ReferenceError {
    fn at(origin: &Origin, field: &str, message: impl Into<String>) -> ReferenceError {
        ReferenceError {
            path: origin.path.clone(),
            line: Some(origin.line),
            field: Some(field.to_string()),
            message: message.into(),
        }
    }
}

/// Loads a reference file or every `.jsonl`, `.json` and `.csv` file
/// below a directory, in sorted order.
pub fn load_path(path: &Path) -> Result<Vec<Record>, ReferenceError> {
    if path.is_dir() {
        let mut files = Vec::new();
        collect_files(path, &mut files)?;
        files.sort();
        let mut records = Vec::new();
        for f in files {
            records.extend(load_path(&f)?);
        }
        return Ok(records);
    }
    let text = std::fs::read_to_string(path).map_err(|e| ReferenceError {
        path: path.to_path_buf(),
        line: None,
        field: None,
        message: format!("cannot read: {e}"),
    })?;
    parse_jsonl(path, &text)
}

fn collect_files(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), ReferenceError> {
    let entries = std::fs::read_dir(dir).map_err(|e| ReferenceError {
        path: dir.to_path_buf(),
        line: None,
        field: None,
        message: format!("cannot read directory: {e}"),
    })?;
    for entry in entries.flatten() {
        let p = entry.path();
        if p.is_dir() {
            collect_files(&p, out)?;
        } else if p.extension().is_some_and(|e| e == "jsonl") {
            out.push(p);
        }
    }
    Ok(())
}

/// Parses JSON Lines text: one record a line, blank lines skipped.
pub fn parse_jsonl(path: &Path, text: &str) -> Result<Vec<Record>, ReferenceError> {
    let mut records = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let origin = Origin { path: path.to_path_buf(), line: i + 1 };
        let json: J = serde_json::from_str(line).map_err(|e| ReferenceError {
            path: path.to_path_buf(),
            line: Some(i + 1),
            field: None,
            message: format!("malformed JSON: {e}"),
        })?;
        let J::Object(map) = json else {
            return Err(ReferenceError {
                path: path.to_path_buf(),
                line: Some(i + 1),
                field: None,
                message: "expected a JSON object".into(),
            });
        };
        records.push(record_from_map(&map, origin)?);
    }
    Ok(records)
}

/// Builds a record from a JSON object, checking every field.
pub(crate) fn record_from_map(
    map: &Map<String, J>,
    origin: Origin,
) -> Result<Record, ReferenceError> {
    let text = |field: &str, required: bool| -> Result<Option<String>, ReferenceError> {
        match map.get(field) {
            None | Some(J::Null) if required => Err(ReferenceError::at(&origin, field, "missing")),
            None | Some(J::Null) => Ok(None),
            Some(J::String(s)) if required && s.trim().is_empty() => {
                Err(ReferenceError::at(&origin, field, "empty"))
            }
            Some(J::String(s)) => Ok(Some(s.clone())),
            Some(other) => {
                Err(ReferenceError::at(&origin, field, format!("expected a string, found {other}")))
            }
        }
    };
    let id = text("id", true)?.unwrap_or_default();
    let subject = text("subject", true)?.unwrap_or_default();
    let attribute = text("attribute", true)?.unwrap_or_default();
    let source = text("source", true)?.unwrap_or_default();
    let kind_text = text("kind", true)?.unwrap_or_default();
    let kind: Kind =
        kind_text.parse().map_err(|e: String| ReferenceError::at(&origin, "kind", e))?;
    let unit = text("unit", false)?;
    let aliases = match map.get("aliases") {
        None | Some(J::Null) => Vec::new(),
        Some(J::Array(items)) => items
            .iter()
            .map(|a| match a {
                J::String(s) => Ok(s.clone()),
                other => Err(ReferenceError::at(
                    &origin,
                    "aliases",
                    format!("expected strings, found {other}"),
                )),
            })
            .collect::<Result<_, _>>()?,
        Some(J::String(s)) => {
            s.split('|').map(|a| a.trim().to_string()).filter(|a| !a.is_empty()).collect()
        }
        Some(other) => {
            return Err(ReferenceError::at(
                &origin,
                "aliases",
                format!("expected a list of strings, found {other}"),
            ));
        }
    };
    let as_of = match text("as_of", false)? {
        None => None,
        Some(s) => Some(s.parse().map_err(|_| {
            ReferenceError::at(
                &origin,
                "as_of",
                format!("invalid date {s:?} (expected YYYY-MM-DD)"),
            )
        })?),
    };
    let value = match map.get("value") {
        None | Some(J::Null) => return Err(ReferenceError::at(&origin, "value", "missing")),
        Some(v) => v,
    };
    let end = map.get("end").filter(|e| !e.is_null());
    let value = typed_value(kind, value, end, unit, &origin)?;
    Ok(Record { id, subject, aliases, attribute, value, source, as_of, origin })
}

/// Reads `value` (and `end`, `unit`) as the record's kind requires.
fn typed_value(
    kind: Kind,
    value: &J,
    end: Option<&J>,
    unit: Option<String>,
    origin: &Origin,
) -> Result<Value, ReferenceError> {
    let number = |field: &str, v: &J| -> Result<f64, ReferenceError> {
        match v {
            J::Number(n) => {
                n.as_f64().ok_or_else(|| ReferenceError::at(origin, field, "number out of range"))
            }
            // CSV cells arrive as strings.
            J::String(s) => {
                s.trim().parse::<f64>().ok().filter(|x| x.is_finite()).ok_or_else(|| {
                    ReferenceError::at(
                        origin,
                        field,
                        format!("expected a number for kind {kind}, found {s:?}"),
                    )
                })
            }
            other => Err(ReferenceError::at(
                origin,
                field,
                format!("expected a number for kind {kind}, found {other}"),
            )),
        }
    };
    let string = |field: &str, v: &J| -> Result<String, ReferenceError> {
        match v {
            J::String(s) => Ok(s.trim().to_string()),
            other => Err(ReferenceError::at(
                origin,
                field,
                format!("expected a string for kind {kind}, found {other}"),
            )),
        }
    };
    let end_number = || end.map(|e| number("end", e)).transpose();
    Ok(match kind {
        Kind::Number => Value::Number { value: number("value", value)?, end: end_number()?, unit },
        Kind::Percent => {
            Value::Percent { value: number("value", value)?, end: end_number()?, points: false }
        }
        Kind::Ordinal => {
            let n = number("value", value)?;
            if n < 1.0 || n.fract() != 0.0 || n > u32::MAX as f64 {
                return Err(ReferenceError::at(
                    origin,
                    "value",
                    format!("an ordinal is a whole number from 1, found {n}"),
                ));
            }
            Value::Ordinal(n as u32)
        }
        Kind::Money => {
            let code = unit.ok_or_else(|| {
                ReferenceError::at(origin, "unit", "money needs an ISO 4217 currency code")
            })?;
            let currency = Currency::new(code.trim()).ok_or_else(|| {
                ReferenceError::at(
                    origin,
                    "unit",
                    format!("invalid currency code {code:?} (expected ISO 4217 such as USD)"),
                )
            })?;
            Value::Money { amount: number("value", value)?, end: end_number()?, currency }
        }
        Kind::Date => {
            let parse = |field: &str, v: &J| -> Result<PartialDate, ReferenceError> {
                let s = match v {
                    // A bare year may arrive as a JSON number.
                    J::Number(n) => n.to_string(),
                    other => string(field, other)?,
                };
                s.parse().map_err(|e: String| ReferenceError::at(origin, field, e))
            };
            let start = parse("value", value)?;
            let end = end.map(|e| parse("end", e)).transpose()?;
            if let Some(e) = end
                && e.last_day() < start.first_day()
            {
                return Err(ReferenceError::at(
                    origin,
                    "end",
                    format!("interval ends ({e}) before it starts ({start})"),
                ));
            }
            Value::Date(DateValue::Resolved { start, end })
        }
        Kind::Duration => {
            let s = string("value", value)?;
            let d: IsoDuration =
                s.parse().map_err(|e: String| ReferenceError::at(origin, "value", e))?;
            Value::Duration(d)
        }
    })
}
