//! Checks a [`RawRecord`] against formats.md section 2 and builds the
//! typed [`Record`]. Every problem names the field at fault.

use std::borrow::Cow;

use jiff::civil::Date;

use super::load::ReferenceError;
use super::raw::{Field, RawRecord};
use super::{Origin, Record};
use crate::value::{Currency, DateValue, IsoDuration, Kind, PartialDate, Precision, Value};

/// Builds a record from its raw fields, or the first problem found (in
/// field order: id, subject, attribute, source, kind, value, ...).
pub(crate) fn validate(raw: &RawRecord<'_>, origin: Origin) -> Result<Record, ReferenceError> {
    let at = |field: &str, message: String| ReferenceError::at(&origin, field, message);
    if let Some(field) = raw.repeated {
        return Err(at(field, "given twice in one record".into()));
    }
    let id = required_text(&raw.id).map_err(|m| at("id", m))?;
    let subject = required_text(&raw.subject).map_err(|m| at("subject", m))?;
    let attribute = required_text(&raw.attribute).map_err(|m| at("attribute", m))?;
    let source = required_text(&raw.source).map_err(|m| at("source", m))?;
    let kind_text = required_text(&raw.kind).map_err(|m| at("kind", m))?;
    let kind: Kind = kind_text.parse().map_err(|m| at("kind", m))?;
    let aliases = aliases(&raw.aliases).map_err(|m| at("aliases", m))?;
    let unit = optional_text(&raw.unit).map_err(|m| at("unit", m))?;
    let as_of = as_of(&raw.as_of).map_err(|m| at("as_of", m))?;
    let value = present(&raw.value).ok_or_else(|| at("value", "required but missing".into()))?;
    let end = present(&raw.end);
    let value = typed_value(kind, value, end, unit, &attribute, &origin)?;
    Ok(Record {
        id: id.into_owned(),
        subject: subject.into_owned(),
        aliases,
        attribute: attribute.into_owned(),
        value,
        source: source.into_owned(),
        as_of,
        origin,
    })
}

/// The field unless absent, `null` or an empty CSV cell.
fn present<'f, 'a>(field: &'f Option<Field<'a>>) -> Option<&'f Field<'a>> {
    match field {
        None | Some(Field::Null) => None,
        Some(Field::Cell(s)) if s.trim().is_empty() => None,
        Some(f) => Some(f),
    }
}

/// A text field's content, trimmed: edge whitespace never means anything
/// to the linker and would only make ids and names differ invisibly.
fn text<'f>(field: &'f Field<'_>) -> Result<&'f str, String> {
    match field {
        Field::Str(s) => Ok(trim(s)),
        Field::Cell(s) => Ok(trim(s)),
        other => Err(format!("expected a string, found {}", other.describe())),
    }
}

/// `str::trim`, returning at once when both ends are printable ASCII
/// (no whitespace, Unicode or ASCII, can be there).
fn trim(s: &str) -> &str {
    let printable = |b: Option<&u8>| b.is_some_and(|&b| (0x21..0x7f).contains(&b));
    if printable(s.as_bytes().first()) && printable(s.as_bytes().last()) { s } else { s.trim() }
}

fn required_text<'f>(field: &'f Option<Field<'_>>) -> Result<Cow<'f, str>, String> {
    let found = present(field).ok_or("required but missing")?;
    let s = text(found)?;
    if s.is_empty() {
        return Err("required but empty".into());
    }
    Ok(Cow::Borrowed(s))
}

fn optional_text(field: &Option<Field<'_>>) -> Result<Option<String>, String> {
    match present(field) {
        None => Ok(None),
        Some(f) => {
            let s = text(f)?;
            Ok((!s.is_empty()).then(|| s.to_string()))
        }
    }
}

/// A JSON list of strings, or text with `|` between aliases (CSV, and
/// accepted in JSON too). Empty aliases are skipped: they cannot name
/// anything.
fn aliases(field: &Option<Field<'_>>) -> Result<Vec<String>, String> {
    let split = |s: &str| -> Vec<String> {
        s.split('|').map(str::trim).filter(|a| !a.is_empty()).map(str::to_string).collect()
    };
    match present(field) {
        None => Ok(Vec::new()),
        Some(Field::Str(s)) => Ok(split(s)),
        Some(Field::Cell(s)) => Ok(split(s)),
        Some(Field::Array(items)) => {
            let mut out = Vec::with_capacity(items.len());
            for (i, item) in items.iter().enumerate() {
                match item {
                    Field::Str(s) if !trim(s).is_empty() => out.push(trim(s).to_string()),
                    Field::Str(_) => {}
                    other => {
                        return Err(format!(
                            "expected a list of strings, found {} at position {}",
                            other.describe(),
                            i + 1
                        ));
                    }
                }
            }
            Ok(out)
        }
        Some(other) => Err(format!("expected a list of strings, found {}", other.describe())),
    }
}

/// `as_of` is a full ISO date: the day at which the fact held.
fn as_of(field: &Option<Field<'_>>) -> Result<Option<Date>, String> {
    let Some(found) = present(field) else { return Ok(None) };
    let s = text(found)?;
    if let Some(date) = full_date(s) {
        return Ok(Some(date.first_day()));
    }
    let bad = || format!("invalid date {s:?} (expected YYYY-MM-DD)");
    let date: PartialDate = s.parse().map_err(|_| bad())?;
    if date.precision() != Precision::Day {
        return Err(bad());
    }
    Ok(Some(date.first_day()))
}

/// The usual case, `YYYY-MM-DD` with a real day, read without
/// splitting: what `PartialDate::from_str` gives for it. Anything else
/// (another shape, a day that does not exist) is left to `from_str`.
fn full_date(s: &str) -> Option<PartialDate> {
    let [y0, y1, y2, y3, b'-', m0, m1, b'-', d0, d1] = *s.as_bytes() else { return None };
    if ![y0, y1, y2, y3, m0, m1, d0, d1].iter().all(u8::is_ascii_digit) {
        return None;
    }
    let n = |digits: &[u8]| digits.iter().fold(0i16, |n, &d| n * 10 + i16::from(d - b'0'));
    let (year, month, day) = (n(&[y0, y1, y2, y3]), n(&[m0, m1]), n(&[d0, d1]));
    PartialDate::day(year, month as i8, day as i8)
}

/// Reads `value` (and `end`, `unit`) as the record's kind requires.
fn typed_value(
    kind: Kind,
    value: &Field<'_>,
    end: Option<&Field<'_>>,
    unit: Option<String>,
    attribute: &str,
    origin: &Origin,
) -> Result<Value, ReferenceError> {
    let at = |field: &str, message: String| ReferenceError::at(origin, field, message);
    let number = |field: &str, f: &Field<'_>| number(kind, f).map_err(|m| at(field, m));
    let no_end = || match end {
        Some(_) => Err(at("end", format!("not allowed for kind {kind}"))),
        None => Ok(()),
    };
    Ok(match kind {
        Kind::Number => {
            let (value, end) = number_range(number("value", value)?, end, number, at)?;
            Value::Number { value, end, unit }
        }
        Kind::Percent => {
            let (value, end) = number_range(number("value", value)?, end, number, at)?;
            let points = is_percentage_points(attribute, unit.as_deref());
            Value::Percent { value, end, points }
        }
        Kind::Money => {
            let currency = currency(unit.as_deref()).map_err(|m| at("unit", m))?;
            let (amount, end) = number_range(number("value", value)?, end, number, at)?;
            Value::Money { amount, end, currency }
        }
        Kind::Ordinal => {
            no_end()?;
            let n = number("value", value)?;
            if n < 1.0 || n.fract() != 0.0 || n > u64::MAX as f64 {
                return Err(at(
                    "value",
                    format!(
                        "an ordinal is a whole number from 1, found {}",
                        crate::value::fmt_number(n)
                    ),
                ));
            }
            Value::Ordinal(n as u64)
        }
        Kind::Date => {
            let start = date(value).map_err(|m| at("value", m))?;
            let end = end.map(|e| date(e).map_err(|m| at("end", m))).transpose()?;
            if let Some(e) = end
                && e.last_day() < start.first_day()
            {
                return Err(at("end", format!("interval ends ({e}) before it starts ({start})")));
            }
            Value::Date(DateValue::Resolved { start, end })
        }
        Kind::Duration => {
            no_end()?;
            let s = text(value).map_err(|m| at("value", m))?;
            let d: IsoDuration = s.parse().map_err(|m| at("value", m))?;
            Value::Duration(d)
        }
    })
}

/// The value and optional range end, the end never below the start.
fn number_range(
    start: f64,
    end: Option<&Field<'_>>,
    number: impl Fn(&str, &Field<'_>) -> Result<f64, ReferenceError>,
    at: impl Fn(&str, String) -> ReferenceError,
) -> Result<(f64, Option<f64>), ReferenceError> {
    let Some(end) = end else { return Ok((start, None)) };
    let end = number("end", end)?;
    if end < start {
        return Err(at(
            "end",
            format!(
                "range ends ({}) below its start ({})",
                crate::value::fmt_number(end),
                crate::value::fmt_number(start)
            ),
        ));
    }
    Ok((start, Some(end)))
}

/// A JSON number, or a CSV cell holding one. A JSON string is a wrong
/// type even when it looks numeric: the spec says a JSON number.
fn number(kind: Kind, field: &Field<'_>) -> Result<f64, String> {
    let found = match field {
        Field::Number(n) => Some(*n),
        Field::Cell(s) => s.trim().parse::<f64>().ok(),
        _ => None,
    };
    found
        .filter(|n| n.is_finite())
        .ok_or_else(|| format!("expected a number for kind {kind}, found {}", field.describe()))
}

/// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; a bare year may be a JSON number.
fn date(field: &Field<'_>) -> Result<PartialDate, String> {
    match field {
        Field::Number(n) => crate::value::fmt_number(*n).parse(),
        other => {
            let s = text(other)?;
            full_date(s).map_or_else(|| s.parse(), Ok)
        }
    }
}

/// Whether a percent record is in percentage points: said by its
/// attribute ("rise in turnout, percentage points") or its unit.
fn is_percentage_points(attribute: &str, unit: Option<&str>) -> bool {
    let attribute = attribute.to_lowercase();
    let in_attribute =
        attribute.contains("percentage point") || attribute.contains("percentage-point");
    let in_unit = unit.is_some_and(|u| {
        matches!(
            u.to_lowercase().as_str(),
            "pp" | "points" | "percentage point" | "percentage points" | "percentage-points"
        )
    });
    in_attribute || in_unit
}

/// An ISO 4217 code that exists (current, or a legacy code an archive
/// may quote, such as DEM or FRF).
fn currency(unit: Option<&str>) -> Result<Currency, String> {
    let code = unit.ok_or("money needs an ISO 4217 currency code such as USD")?;
    let currency = Currency::new(code).ok_or_else(|| {
        format!("invalid currency code {code:?} (expected an ISO 4217 code such as USD)")
    })?;
    if KNOWN_CURRENCIES.binary_search(&code).is_err() {
        return Err(format!("unknown currency code {code:?} (not in ISO 4217)"));
    }
    Ok(currency)
}

/// [`ISO_4217`], sorted for lookup.
static KNOWN_CURRENCIES: std::sync::LazyLock<Vec<&str>> = std::sync::LazyLock::new(|| {
    let mut codes: Vec<&str> = ISO_4217.split_whitespace().collect();
    codes.sort_unstable();
    codes
});

/// Active ISO 4217 codes, then legacy ones still found in archives.
const ISO_4217: &str = "
AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP
BYN BZD CAD CDF CHF CLP CNY COP CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP
GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS
KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR
MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF
SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD
TWD TZS UAH UGX USD UYU UZS VED VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG ZWL
XAU XAG XPT XPD XDR
ATS BEF BYR CYP DEM EEK ESP FIM FRF GRD HRK IEP ITL LTL LUF LVL MRO MTL NLG PTE ROL RUR SDD
SIT SKK STD TMM TRL VEB VEF YUM ZMK ZWD ZWR
";

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    #[test]
    fn a_full_date_reads_as_from_str_does_or_is_left_to_it() {
        for s in ["2017-08-26", "0001-01-01", "2024-02-29", "9999-12-31"] {
            assert_eq!(full_date(s), s.parse().ok(), "{s}");
        }
        for s in [
            "2023-02-29",
            "0000-01-01",
            "2017-13-01",
            "2017-8-26",
            "2017-08",
            "2017",
            "2017/08/26",
            "２０１７-08-26",
            "2017-08-2a",
        ] {
            assert_eq!(full_date(s), None, "{s}");
        }
    }

    fn origin() -> Origin {
        Origin { path: Path::new("r.jsonl").into(), line: 7 }
    }

    fn check(json: &str) -> Result<Record, String> {
        let raw: RawRecord<'_> = serde_json::from_str(json).unwrap();
        validate(&raw, origin()).map_err(|e| e.to_string())
    }

    const BASE: &str = r#""id": "a", "subject": "S", "attribute": "x", "source": "src""#;

    fn with(fields: &str) -> String {
        format!("{{{BASE}, {fields}}}")
    }

    #[test]
    fn a_valid_record_of_each_kind_builds_its_typed_value() {
        let r = check(&with(r#""kind": "money", "value": 1e10, "unit": "USD""#)).unwrap();
        assert_eq!(r.value, Value::Money { amount: 1e10, end: None, currency: Currency::USD });
        let r = check(&with(r#""kind": "date", "value": 1941, "end": "1946""#)).unwrap();
        assert_eq!(r.value.to_string(), "1941..1946");
        let r = check(&with(r#""kind": "duration", "value": "P2Y6M""#)).unwrap();
        assert_eq!(r.value.to_string(), "P2Y6M");
        let r = check(&with(r#""kind": "ordinal", "value": 2, "as_of": "2005-01-11""#)).unwrap();
        assert_eq!(r.value, Value::Ordinal(2));
        assert_eq!(r.as_of.unwrap().to_string(), "2005-01-11");
        let r = check(&with(r#""kind": "number", "value": 3, "end": 5, "unit": "km""#)).unwrap();
        assert_eq!(r.value, Value::Number { value: 3.0, end: Some(5.0), unit: Some("km".into()) });
    }

    #[test]
    fn percentage_points_come_from_the_attribute_or_the_unit() {
        let pp = r#"{"id": "a", "subject": "S", "attribute": "rise in turnout (percentage points)", "source": "s", "kind": "percent", "value": 4.5}"#;
        assert!(matches!(check(pp).unwrap().value, Value::Percent { points: true, .. }));
        let unit = with(r#""kind": "percent", "value": 4.5, "unit": "pp""#);
        assert!(matches!(check(&unit).unwrap().value, Value::Percent { points: true, .. }));
        let plain = with(r#""kind": "percent", "value": 4.5"#);
        assert!(matches!(check(&plain).unwrap().value, Value::Percent { points: false, .. }));
    }

    #[test]
    fn each_problem_names_the_field_and_what_was_found() {
        let cases = [
            (r#"{"id": 5}"#, "r.jsonl:7: field `id`: expected a string, found number 5"),
            (r#"{"id": "a", "subject": " "}"#, "r.jsonl:7: field `subject`: required but empty"),
            (r#"{"id": "a", "id": "b"}"#, "r.jsonl:7: field `id`: given twice in one record"),
        ];
        for (json, want) in cases {
            assert_eq!(check(json).unwrap_err(), want);
        }
        let cases = [
            (r#""value": 1"#, "r.jsonl:7: field `kind`: required but missing"),
            (
                r#""kind": "money", "value": 1, "unit": "usd""#,
                r#"r.jsonl:7: field `unit`: invalid currency code "usd" (expected an ISO 4217 code such as USD)"#,
            ),
            (
                r#""kind": "money", "value": 1, "unit": "XYZ""#,
                r#"r.jsonl:7: field `unit`: unknown currency code "XYZ" (not in ISO 4217)"#,
            ),
            (
                r#""kind": "money", "value": 1"#,
                "r.jsonl:7: field `unit`: money needs an ISO 4217 currency code such as USD",
            ),
            (
                r#""kind": "number", "value": "12""#,
                r#"r.jsonl:7: field `value`: expected a number for kind number, found string "12""#,
            ),
            (
                r#""kind": "number", "value": 5, "end": 2"#,
                "r.jsonl:7: field `end`: range ends (2) below its start (5)",
            ),
            (
                r#""kind": "ordinal", "value": 2.5"#,
                "r.jsonl:7: field `value`: an ordinal is a whole number from 1, found 2.5",
            ),
            (
                r#""kind": "ordinal", "value": 2, "end": 3"#,
                "r.jsonl:7: field `end`: not allowed for kind ordinal",
            ),
            (
                r#""kind": "date", "value": "2005-02-30""#,
                r#"r.jsonl:7: field `value`: invalid date "2005-02-30" (expected YYYY-MM-DD, YYYY-MM or YYYY)"#,
            ),
            (
                r#""kind": "duration", "value": "12 days""#,
                r#"r.jsonl:7: field `value`: invalid duration "12 days" (expected ISO 8601 such as P12D, P3W, P2Y6M, PT5H)"#,
            ),
            (
                r#""kind": "number", "value": 1, "as_of": "2005-01""#,
                r#"r.jsonl:7: field `as_of`: invalid date "2005-01" (expected YYYY-MM-DD)"#,
            ),
            (
                r#""kind": "number", "value": 1, "aliases": ["x", 2]"#,
                "r.jsonl:7: field `aliases`: expected a list of strings, found number 2 at position 2",
            ),
        ];
        for (fields, want) in cases {
            assert_eq!(check(&with(fields)).unwrap_err(), want, "{fields}");
        }
    }
}
