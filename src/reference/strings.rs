//! The distinct name, attribute and unit strings of a record set, found
//! in parallel.
//!
//! A large set repeats a few thousand subjects, aliases and attributes
//! over a million records. The index and the lint work on each distinct
//! string once and then refer to it by a small id, instead of hashing
//! and comparing the same text for every record.
//!
//! Records are cut into a few chunks; each chunk interns its strings in
//! a map of its own, and the chunks' strings are then merged in order.
//! Ids are given in order of first use (record order; within a record
//! the subject, its aliases, the attribute, then the unit), exactly as a
//! single pass over the records would give them.

use std::collections::HashMap;

use foldhash::fast::RandomState as FastHash;
use rayon::prelude::*;

use super::Record;
use crate::value::Value;

/// No string (a record without a unit).
pub(crate) const NONE: u32 = u32::MAX;

/// The strings of one record, as ids into [`Strings::distinct`].
#[derive(Clone, Copy, Debug)]
pub(crate) struct RecordStrings {
    /// The subject.
    pub subject: u32,
    /// The attribute.
    pub attribute: u32,
    /// The unit of a number, or [`NONE`].
    pub unit: u32,
    /// Where the aliases' ids start in [`Strings::aliases`].
    aliases_start: u32,
    /// How many aliases.
    aliases_len: u32,
}

/// The distinct strings of a record set and each record's strings.
#[derive(Debug, Default)]
pub(crate) struct Strings<'r> {
    /// Distinct strings, in order of first use.
    pub distinct: Vec<&'r str>,
    /// Per record, its strings.
    pub records: Vec<RecordStrings>,
    /// Every record's alias ids, one after another.
    aliases: Vec<u32>,
}

impl<'r> Strings<'r> {
    /// Interns the strings of `records`.
    pub(crate) fn of(records: &'r [Record]) -> Strings<'r> {
        let chunk = (records.len() / (2 * rayon::current_num_threads()).max(1)).max(8192);
        let mut parts: Vec<Part<'r>> = records.par_chunks(chunk).map(Part::of).collect();
        // Merge the chunks' strings in chunk order: the first chunk to
        // use a string is the one where it is first used.
        let mut global: HashMap<&'r str, u32, FastHash> = HashMap::default();
        let mut distinct: Vec<&'r str> = Vec::new();
        let remaps: Vec<Vec<u32>> = parts
            .iter()
            .map(|part| {
                part.distinct
                    .iter()
                    .map(|&s| {
                        *global.entry(s).or_insert_with(|| {
                            distinct.push(s);
                            (distinct.len() - 1) as u32
                        })
                    })
                    .collect()
            })
            .collect();
        parts.par_iter_mut().zip(&remaps).for_each(|(part, remap)| part.remap(remap));
        let mut out = Strings {
            distinct,
            records: Vec::with_capacity(records.len()),
            aliases: Vec::with_capacity(parts.iter().map(|p| p.aliases.len()).sum()),
        };
        for part in parts {
            let offset = out.aliases.len() as u32;
            out.records.extend(
                part.records
                    .iter()
                    .map(|r| RecordStrings { aliases_start: r.aliases_start + offset, ..*r }),
            );
            out.aliases.extend_from_slice(&part.aliases);
        }
        out
    }

    /// The alias ids of record `i`.
    pub(crate) fn aliases(&self, i: usize) -> &[u32] {
        let r = &self.records[i];
        &self.aliases[r.aliases_start as usize..(r.aliases_start + r.aliases_len) as usize]
    }
}

/// The strings of one chunk of records, with ids of the chunk's own.
struct Part<'r> {
    distinct: Vec<&'r str>,
    records: Vec<RecordStrings>,
    aliases: Vec<u32>,
}

impl<'r> Part<'r> {
    fn of(records: &'r [Record]) -> Part<'r> {
        // Keyed by copies of the strings, made one after another: a
        // lookup that finds its string compares it with a key among a few
        // thousand packed together, instead of with the first record that
        // used it, somewhere in hundreds of megabytes (a cache miss per
        // lookup, most of this function's time on a million records).
        let mut map: HashMap<Box<str>, u32, FastHash> = HashMap::default();
        let mut distinct: Vec<&'r str> = Vec::new();
        let mut id = |s: &'r str| -> u32 {
            if let Some(&id) = map.get(s) {
                return id;
            }
            let id = distinct.len() as u32;
            distinct.push(s);
            map.insert(s.into(), id);
            id
        };
        let mut out_records = Vec::with_capacity(records.len());
        let mut aliases = Vec::with_capacity(records.len() * 2);
        for r in records {
            let subject = id(&r.subject);
            let aliases_start = aliases.len() as u32;
            aliases.extend(r.aliases.iter().map(|a| id(a)));
            let attribute = id(&r.attribute);
            let unit = match &r.value {
                Value::Number { unit: Some(u), .. } => id(u),
                _ => NONE,
            };
            out_records.push(RecordStrings {
                subject,
                attribute,
                unit,
                aliases_start,
                aliases_len: r.aliases.len() as u32,
            });
        }
        Part { distinct, records: out_records, aliases }
    }

    /// Replaces the chunk's ids by global ones.
    fn remap(&mut self, remap: &[u32]) {
        for r in &mut self.records {
            r.subject = remap[r.subject as usize];
            r.attribute = remap[r.attribute as usize];
            if r.unit != NONE {
                r.unit = remap[r.unit as usize];
            }
        }
        for a in &mut self.aliases {
            *a = remap[*a as usize];
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    #[test]
    fn ids_follow_first_use_across_chunks() {
        let line = |i: usize| {
            format!(
                r#"{{"id": "r{i}", "subject": "S{}", "aliases": ["A{}", "S{}"], "attribute": "x{}", "kind": "number", "value": 1, "unit": "u{}", "source": "s"}}"#,
                i % 7,
                i % 3,
                (i + 1) % 7,
                i % 1000,
                i % 2
            )
        };
        let text: String = (0..30_000).map(|i| line(i) + "\n").collect();
        let records = super::super::parse_jsonl(Path::new("r.jsonl"), &text).unwrap();
        let strings = Strings::of(&records);
        // What one sequential pass gives.
        let mut ids: HashMap<String, u32> = HashMap::new();
        let mut distinct = Vec::new();
        let mut id = |s: &str| -> u32 {
            let next = ids.len() as u32;
            let id = *ids.entry(s.to_string()).or_insert(next);
            if id == next {
                distinct.push(s.to_string());
            }
            id
        };
        for (i, r) in records.iter().enumerate() {
            let s = &strings.records[i];
            assert_eq!(s.subject, id(&r.subject));
            let aliases: Vec<u32> = r.aliases.iter().map(|a| id(a)).collect();
            assert_eq!(strings.aliases(i), aliases);
            assert_eq!(s.attribute, id(&r.attribute));
            let Value::Number { unit: Some(u), .. } = &r.value else { panic!() };
            assert_eq!(s.unit, id(u));
        }
        assert_eq!(strings.distinct, distinct);
    }
}
