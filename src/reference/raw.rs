//! A record as read, before validation: every known field kept as the
//! JSON (or CSV) value found, borrowing from the input where it can.
//!
//! Deserialising straight into this typed form (instead of a
//! `serde_json::Value` map per line) is what makes a million-record set
//! load in well under two seconds; and since every field stays optional
//! and loosely typed, each problem is then reported by the validator
//! with the field it concerns rather than as an opaque serde error.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

/// One value as found in the input.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Field<'a> {
    /// JSON `null`.
    Null,
    /// JSON `true` or `false`.
    Bool(bool),
    /// A JSON number.
    Number(f64),
    /// A JSON string.
    Str(Cow<'a, str>),
    /// A JSON array.
    Array(Vec<Field<'a>>),
    /// A JSON object (its content is never needed).
    Object,
    /// A CSV cell: text that is parsed as the field's type requires.
    Cell(&'a str),
}

impl Field<'_> {
    /// Describes the value for an error message: `number 12`,
    /// `string "abc"`, `an array`.
    pub(crate) fn describe(&self) -> String {
        match self {
            Field::Null => "null".into(),
            Field::Bool(b) => format!("{b}"),
            Field::Number(n) => format!("number {}", crate::value::fmt_number(*n)),
            Field::Str(s) => format!("string {:?}", shorten(s)),
            Field::Cell(s) => format!("{:?}", shorten(s)),
            Field::Array(_) => "an array".into(),
            Field::Object => "an object".into(),
        }
    }
}

/// Keeps error messages one line long even for a huge cell.
fn shorten(s: &str) -> Cow<'_, str> {
    const MAX: usize = 60;
    match s.char_indices().nth(MAX) {
        Some((cut, _)) => Cow::Owned(format!("{}…", &s[..cut])),
        None => Cow::Borrowed(s),
    }
}

/// The fields of formats.md section 2, as found. Unknown fields are
/// skipped: the spec welcomes extra fields.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct RawRecord<'a> {
    pub id: Option<Field<'a>>,
    pub subject: Option<Field<'a>>,
    pub aliases: Option<Field<'a>>,
    pub attribute: Option<Field<'a>>,
    pub kind: Option<Field<'a>>,
    pub value: Option<Field<'a>>,
    pub end: Option<Field<'a>>,
    pub unit: Option<Field<'a>>,
    pub source: Option<Field<'a>>,
    pub as_of: Option<Field<'a>>,
    /// A known field given twice in one object: serde_json's map would
    /// keep the last one silently, so this is reported instead.
    pub repeated: Option<&'static str>,
}

/// The record's field names, in the order of [`RawRecord::slot_at`].
const FIELDS: [&str; 10] =
    ["id", "subject", "aliases", "attribute", "kind", "value", "end", "unit", "source", "as_of"];

impl<'a> RawRecord<'a> {
    /// The slot for a known field name, or `None` for an extra field.
    pub(crate) fn slot(&mut self, name: &str) -> Option<(&'static str, &mut Option<Field<'a>>)> {
        let i = FIELDS.iter().position(|&field| field == name)?;
        Some((FIELDS[i], self.slot_at(i)))
    }

    /// The slot of field `FIELDS[i]`.
    fn slot_at(&mut self, i: usize) -> &mut Option<Field<'a>> {
        match i {
            0 => &mut self.id,
            1 => &mut self.subject,
            2 => &mut self.aliases,
            3 => &mut self.attribute,
            4 => &mut self.kind,
            5 => &mut self.value,
            6 => &mut self.end,
            7 => &mut self.unit,
            8 => &mut self.source,
            _ => &mut self.as_of,
        }
    }
}

impl<'de> Deserialize<'de> for Field<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(FieldVisitor)
    }
}

struct FieldVisitor;

impl<'de> Visitor<'de> for FieldVisitor {
    type Value = Field<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Self::Value, E> {
        Ok(Field::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Self::Value, E> {
        Ok(Field::Number(v as f64))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Self::Value, E> {
        Ok(Field::Number(v as f64))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Self::Value, E> {
        Ok(Field::Number(v))
    }

    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Field::Str(Cow::Borrowed(v)))
    }

    // Strings with escapes cannot be borrowed.
    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Field::Str(Cow::Owned(v.to_string())))
    }

    fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
        Ok(Field::Str(Cow::Owned(v)))
    }

    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(Field::Null)
    }

    fn visit_none<E>(self) -> Result<Self::Value, E> {
        Ok(Field::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<Field<'de>>()? {
            items.push(item);
        }
        Ok(Field::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Field::Object)
    }
}

impl<'de> Deserialize<'de> for RawRecord<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // Only a map: serde's derived structs would also accept a JSON
        // array of field values, which is never a valid record.
        d.deserialize_map(RecordVisitor)
    }
}

struct RecordVisitor;

impl<'de> Visitor<'de> for RecordVisitor {
    type Value = RawRecord<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object (one record)")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut raw = RawRecord::default();
        while let Some(key) = map.next_key::<Key<'de>>()? {
            let mut repeated = None;
            match raw.slot(&key.0) {
                Some((name, slot)) => {
                    let value = map.next_value::<Field<'de>>()?;
                    if slot.is_some() {
                        repeated = Some(name);
                    }
                    *slot = Some(value);
                }
                None => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
            if raw.repeated.is_none() {
                raw.repeated = repeated;
            }
        }
        Ok(raw)
    }
}

/// An object key, borrowed when it has no escapes.
struct Key<'a>(Cow<'a, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a field name")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v.to_string())))
            }
        }
        d.deserialize_str(KeyVisitor)
    }
}

/// Reads one record without serde's generic machinery when its text is
/// plain: an object whose values are strings without escapes, numbers,
/// `true`, `false`, `null` or flat arrays of those. Anything else (an
/// escape, a nested object, malformed text) gives `None`, and the caller
/// parses the line with serde_json instead, which yields the same record
/// or the exact error message. Numbers are always read by serde_json
/// (through [`Field`]'s own `Deserialize`), so they round the same way.
///
/// About four times faster than serde on the generated million-record
/// set, where every line is plain.
pub(crate) fn parse_plain(text: &str) -> Option<RawRecord<'_>> {
    let mut p = Plain { text, bytes: text.as_bytes(), pos: 0 };
    p.skip_ws();
    p.eat(b'{')?;
    let mut raw = RawRecord::default();
    p.skip_ws();
    if !p.eat_if(b'}') {
        loop {
            p.skip_ws();
            let key = p.key()?;
            p.skip_ws();
            p.eat(b':')?;
            p.skip_ws();
            let value = p.value()?;
            // An extra field's value is read (to check the line) and dropped.
            if let Some(i) = key {
                let slot = raw.slot_at(i);
                let repeated = slot.is_some();
                *slot = Some(value);
                if repeated && raw.repeated.is_none() {
                    raw.repeated = Some(FIELDS[i]);
                }
            }
            p.skip_ws();
            match p.next()? {
                b',' => continue,
                b'}' => break,
                _ => return None,
            }
        }
    }
    p.skip_ws();
    if p.pos != p.bytes.len() {
        return None;
    }
    Some(raw)
}

/// The position of the first `"`, `\\` or control character (below
/// 0x20) in `bytes`: where a string without escapes ends, or where it
/// stops being plain. Eight bytes at a time: most strings are short, and
/// a call into a vectorised search costs more than it saves on them.
fn string_end(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // High bit set in each byte of `x` that is below `n` (n <= 0x80); only
    // the lowest flagged byte is exact, which is the one wanted.
    let below = |x: u64, n: u64| x.wrapping_sub(ONES * n) & !x & HIGH;
    let mut i = 0;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let w = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        let found = below(w ^ (ONES * u64::from(b'"')), 1)
            | below(w ^ (ONES * u64::from(b'\\')), 1)
            | below(w, 0x20);
        if found != 0 {
            return Some(i + (found.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    bytes[i..].iter().position(|&b| b == b'"' || b == b'\\' || b < 0x20).map(|p| i + p)
}

/// The field quoted at the start of `text` (`"id"`, `"subject"`, ...),
/// as its position in [`FIELDS`], if it is one of the record's.
fn field_name(text: &[u8]) -> Option<usize> {
    // Each name in its quotes: a compare of a few bytes known in advance.
    let quoted = |name: &[u8]| text.get(1..).is_some_and(|rest| rest.starts_with(name));
    if text.first() != Some(&b'"') {
        return None;
    }
    Some(match text.get(1)? {
        b'i' if quoted(b"id\"") => 0,
        b's' if quoted(b"subject\"") => 1,
        b'a' if quoted(b"aliases\"") => 2,
        b'a' if quoted(b"attribute\"") => 3,
        b'k' if quoted(b"kind\"") => 4,
        b'v' if quoted(b"value\"") => 5,
        b'e' if quoted(b"end\"") => 6,
        b'u' if quoted(b"unit\"") => 7,
        b's' if quoted(b"source\"") => 8,
        b'a' if quoted(b"as_of\"") => 9,
        _ => return None,
    })
}

/// A cursor over one line, for [`parse_plain`].
struct Plain<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Plain<'a> {
    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = self.bytes.get(self.pos) {
            self.pos += 1;
        }
    }

    fn next(&mut self) -> Option<u8> {
        let b = *self.bytes.get(self.pos)?;
        self.pos += 1;
        Some(b)
    }

    fn eat(&mut self, want: u8) -> Option<()> {
        (self.next()? == want).then_some(())
    }

    fn eat_if(&mut self, want: u8) -> bool {
        let found = self.bytes.get(self.pos) == Some(&want);
        if found {
            self.pos += 1;
        }
        found
    }

    /// An object key: one of the record's fields (its position in
    /// [`FIELDS`]), read in place (a byte compare against each name that
    /// starts with the same letter, instead of a scan for the closing
    /// quote), or `None` for any other plain string. A plain key that
    /// spells a field's name is always found in place.
    fn key(&mut self) -> Option<Option<usize>> {
        if let Some(i) = self.bytes.get(self.pos..).and_then(field_name) {
            // The name and its two quotes.
            self.pos += FIELDS[i].len() + 2;
            return Some(Some(i));
        }
        self.string().map(|_| None)
    }

    /// A string without escapes or control characters, borrowed.
    fn string(&mut self) -> Option<&'a str> {
        self.eat(b'"')?;
        let start = self.pos;
        let rest = &self.bytes[start..];
        let len = string_end(rest)?;
        if rest[len] != b'"' {
            return None;
        }
        self.pos = start + len + 1;
        Some(&self.text[start..start + len])
    }

    fn value(&mut self) -> Option<Field<'a>> {
        match *self.bytes.get(self.pos)? {
            b'"' => Some(Field::Str(Cow::Borrowed(self.string()?))),
            b'[' => {
                self.pos += 1;
                // Room for a record's usual few aliases: one allocation,
                // not the first push's growth.
                let mut items = Vec::with_capacity(4);
                self.skip_ws();
                if self.eat_if(b']') {
                    return Some(Field::Array(items));
                }
                loop {
                    self.skip_ws();
                    if matches!(self.bytes.get(self.pos), Some(b'[' | b'{')) {
                        return None;
                    }
                    items.push(self.value()?);
                    self.skip_ws();
                    match self.next()? {
                        b',' => continue,
                        b']' => return Some(Field::Array(items)),
                        _ => return None,
                    }
                }
            }
            b't' => self.literal("true", Field::Bool(true)),
            b'f' => self.literal("false", Field::Bool(false)),
            b'n' => self.literal("null", Field::Null),
            b'-' | b'0'..=b'9' => {
                let start = self.pos;
                while let Some(b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E') =
                    self.bytes.get(self.pos)
                {
                    self.pos += 1;
                }
                let digits = &self.bytes[start..self.pos];
                // A plain integer is what serde_json hands to
                // `visit_u64`; anything else it reads, as it would in
                // place.
                if digits.len() <= 15
                    && (digits[0] != b'0' || digits.len() == 1)
                    && digits.iter().all(u8::is_ascii_digit)
                {
                    let n = digits.iter().fold(0u64, |n, &d| n * 10 + u64::from(d - b'0'));
                    return Some(Field::Number(n as f64));
                }
                match serde_json::from_str::<Field<'_>>(&self.text[start..self.pos]) {
                    Ok(Field::Number(n)) => Some(Field::Number(n)),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    fn literal(&mut self, word: &str, field: Field<'a>) -> Option<Field<'a>> {
        let end = self.pos + word.len();
        if self.bytes.get(self.pos..end) != Some(word.as_bytes()) {
            return None;
        }
        self.pos = end;
        // `truex` is not `true`: serde_json would refuse it.
        match self.bytes.get(self.pos) {
            None | Some(b' ' | b'\n' | b'\t' | b'\r' | b',' | b']' | b'}') => Some(field),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_borrow_plain_strings_and_keep_every_json_type() {
        let raw: RawRecord<'_> = serde_json::from_str(
            r#"{"id": "a", "subject": "s\u00e9", "value": 12, "end": null, "aliases": ["x", 1], "unit": {"k": 1}, "extra": [1, 2]}"#,
        )
        .unwrap();
        assert!(matches!(raw.id, Some(Field::Str(Cow::Borrowed("a")))));
        assert!(matches!(raw.subject, Some(Field::Str(Cow::Owned(ref s))) if s == "sé"));
        assert_eq!(raw.value, Some(Field::Number(12.0)));
        assert_eq!(raw.end, Some(Field::Null));
        assert_eq!(
            raw.aliases,
            Some(Field::Array(vec![Field::Str("x".into()), Field::Number(1.0)]))
        );
        assert_eq!(raw.unit, Some(Field::Object));
        assert_eq!(raw.repeated, None);
    }

    #[test]
    fn string_end_finds_the_first_quote_backslash_or_control_byte() {
        let naive = |b: &[u8]| b.iter().position(|&c| c == b'"' || c == b'\\' || c < 0x20);
        let mut cases: Vec<Vec<u8>> = vec![b"".to_vec(), b"abc".to_vec(), "é\"".into()];
        for len in 0..20 {
            for at in 0..len {
                for special in [b'"', b'\\', 0x00, 0x1f, 0x20, 0x21, 0x7f, 0x80, 0xff, b'!', b'#'] {
                    let mut v = vec![b'a'; len];
                    v[at] = special;
                    cases.push(v.clone());
                    // A second special byte later must not matter.
                    v.push(b'"');
                    cases.push(v);
                }
            }
        }
        for case in cases {
            assert_eq!(string_end(&case), naive(&case), "{case:?}");
        }
    }

    #[test]
    fn field_names_are_known_only_whole_and_quoted() {
        let name = |text: &[u8]| field_name(text).map(|i| FIELDS[i]);
        assert_eq!(name(br#""id": "a""#), Some("id"));
        assert_eq!(name(br#""as_of":"#), Some("as_of"));
        assert_eq!(name(br#""attribute""#), Some("attribute"));
        assert_eq!(field_name(br#""source"#), None);
        assert_eq!(field_name(br#""ids": 1"#), None);
        assert_eq!(field_name(br#""i": 1"#), None);
        assert_eq!(field_name(br#"id": 1"#), None);
        assert_eq!(field_name(br#""note": 1"#), None);
        assert_eq!(field_name(b""), None);
        let mut raw = RawRecord::default();
        for name in [
            "id",
            "subject",
            "aliases",
            "attribute",
            "kind",
            "value",
            "end",
            "unit",
            "source",
            "as_of",
        ] {
            let i = field_name(format!("\"{name}\"").as_bytes()).unwrap();
            assert_eq!(FIELDS[i], name);
            assert_eq!(raw.slot(name).map(|(found, _)| found), Some(name));
            // The slot found by position is the field of that name.
            let mut by_position = RawRecord::default();
            *by_position.slot_at(i) = Some(Field::Null);
            let json = format!("{{\"{name}\": null}}");
            let by_name: RawRecord<'_> = serde_json::from_str(&json).unwrap();
            assert_eq!(by_position, by_name, "{name}");
        }
    }

    #[test]
    fn the_plain_reader_agrees_with_serde_or_declines() {
        let lines = [
            r#"{"id": "rec-0000001", "subject": "Vietnam", "aliases": ["the Vietnam government"], "kind": "money", "attribute": "annual budget (1)", "value": 801000000000, "unit": "PKR", "source": "BBC News archive, 2004-05, story 1"}"#,
            r#"{"id": "a", "subject": "s\u00e9", "value": 12, "end": null, "aliases": ["x", 1], "unit": {"k": 1}, "extra": [1, 2]}"#,
            r#"{"id": "a", "id": "b", "subject": "x", "subject": "y"}"#,
            r#"{"value": -0, "end": 1e400, "x": 0.1, "unit": 18446744073709551616}"#,
            r#"{"value": -12.5e-3, "end": 3.000000000000000166533453693773481063544750213623046875}"#,
            r#"{"value": 2.2250738585072011e-308, "end": -9223372036854775809}"#,
            r#"{"value": 01}"#,
            r#"{"value": 0, "end": 999999999999999, "x": 9999999999999999, "y": 00}"#,
            r#"{"value": 12345678901234567890123}"#,
            r#"{"value": 1.}"#,
            r#"{"value": -}"#,
            r#"{"value": 1e}"#,
            r#"{"value": +1}"#,
            r#"{"value": true, "end": false, "as_of": null}"#,
            r#"{"value": truex}"#,
            r#"{"value": nul}"#,
            r#"  { "id" : "a" , "aliases" : [ ] , "x" : [ "y" , null , [ 1 ] ] }  "#,
            "{\"id\": \"a\tb\"}",
            r#"{"id": "a",}"#,
            r#"{"id": "a"} x"#,
            r#"{"id": "a"}}"#,
            r#"{}"#,
            r#"{"#,
            r#"[1, 2]"#,
            r#"42"#,
            r#""text""#,
            r#"{"id" "a"}"#,
            r#"{"id": "a" "subject": 1}"#,
            r#"{"aliases": ["a", "b",]}"#,
            r#"{"aliases": ["a" "b"]}"#,
            r#"{"id": "é", "subject": "日本"}"#,
            "{\"id\": \"a\"}\t ",
        ];
        for line in lines {
            let serde = serde_json::from_str::<RawRecord<'_>>(line).ok();
            if let Some(plain) = parse_plain(line) {
                assert_eq!(Some(plain), serde, "{line}");
            }
        }
        // The generated set's lines are all plain.
        assert!(parse_plain(lines[0]).is_some());
        assert!(parse_plain(r#"{"value": true, "end": false, "as_of": null}"#).is_some());
        assert_eq!(
            parse_plain(r#"{"value": 0, "end": 999999999999999}"#).unwrap().end,
            Some(Field::Number(999_999_999_999_999.0))
        );
    }

    #[test]
    fn a_repeated_field_is_noted_and_an_array_is_not_a_record() {
        let raw: RawRecord<'_> = serde_json::from_str(r#"{"id": "a", "id": "b"}"#).unwrap();
        assert_eq!(raw.repeated, Some("id"));
        let err = serde_json::from_str::<RawRecord<'_>>(r#"["a", "b"]"#).unwrap_err();
        assert!(err.to_string().starts_with("invalid type: sequence, expected a JSON object"));
    }
}
