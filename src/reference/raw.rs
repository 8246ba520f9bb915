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

impl<'a> RawRecord<'a> {
    /// The slot for a known field name, or `None` for an extra field.
    pub(crate) fn slot(&mut self, name: &str) -> Option<(&'static str, &mut Option<Field<'a>>)> {
        Some(match name {
            "id" => ("id", &mut self.id),
            "subject" => ("subject", &mut self.subject),
            "aliases" => ("aliases", &mut self.aliases),
            "attribute" => ("attribute", &mut self.attribute),
            "kind" => ("kind", &mut self.kind),
            "value" => ("value", &mut self.value),
            "end" => ("end", &mut self.end),
            "unit" => ("unit", &mut self.unit),
            "source" => ("source", &mut self.source),
            "as_of" => ("as_of", &mut self.as_of),
            _ => return None,
        })
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
    fn a_repeated_field_is_noted_and_an_array_is_not_a_record() {
        let raw: RawRecord<'_> = serde_json::from_str(r#"{"id": "a", "id": "b"}"#).unwrap();
        assert_eq!(raw.repeated, Some("id"));
        let err = serde_json::from_str::<RawRecord<'_>>(r#"["a", "b"]"#).unwrap_err();
        assert!(err.to_string().starts_with("invalid type: sequence, expected a JSON object"));
    }
}
