//! Lints for sets that load but are risky: a name that points at two
//! subjects, one fact given in mixed units, conflicting values, a value
//! over time without the date it held.
//!
//! Duplicate ids are a load error ([`super::load_path`] refuses them, as
//! formats.md requires unique ids). The lint still reports them for
//! records built some other way, so that it is safe on any slice.
//!
//! Names are compared normalised (ASCII-folded, lowercase, single
//! spaces), as the linker will match them.

use std::collections::HashMap;
use std::fmt;

use std::hash::BuildHasher;

use foldhash::fast::RandomState as FastHash;
use rayon::prelude::*;

use super::strings::Strings;
use super::{Origin, Record};
use crate::value::{Currency, Kind, Value};

/// A risky pattern in a loaded set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    /// Where (the later record involved).
    pub origin: super::Origin,
    /// What is risky, naming every record involved (id and place).
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.origin, self.message)
    }
}

/// Lints `records`. The warnings are sorted by place, then message.
///
/// Subjects, aliases and attributes are compared as small ids, one per
/// normalised name ([`Strings`] finds each distinct spelling once, in
/// parallel); facts are checked group by group in parallel.
pub fn lint(records: &[Record]) -> Vec<Warning> {
    lint_with(records, &Strings::of(records), Ids::Unchecked)
}

/// Whether the lint looks for duplicate ids.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Ids {
    /// Records built some other way: duplicates are warned about.
    Unchecked,
    /// Records from the loader, which refuses a duplicate id: a second
    /// hash and sort of a million ids would find nothing.
    Unique,
}

/// Lints `records`, whose strings are `strings`.
pub(crate) fn lint_with(records: &[Record], strings: &Strings<'_>, ids: Ids) -> Vec<Warning> {
    let mut warnings = match ids {
        Ids::Unchecked => duplicate_ids(records),
        Ids::Unique => Vec::new(),
    };
    let normalised = normalised_ids(&strings.distinct);
    let subject_ids: Vec<u32> =
        strings.records.iter().map(|r| normalised[r.subject as usize]).collect();
    shared_names(records, strings, &normalised, &subject_ids, &mut warnings);
    let keyed = facts(strings, &normalised, &subject_ids);
    let groups: Vec<&[(u32, u32, u32)]> =
        keyed.chunk_by(|a, b| (a.0, a.1) == (b.0, b.1)).filter(|group| group.len() > 1).collect();
    let found: Vec<Warning> = groups
        .par_iter()
        .flat_map_iter(|group| {
            let group: Vec<&Record> = group.iter().map(|&(_, _, i)| &records[i as usize]).collect();
            let mut found = Vec::new();
            mixed_units(&group, &mut found);
            conflicting_values(&group, &mut found);
            undated_values_over_time(&group, &mut found);
            found
        })
        .collect();
    warnings.extend(found);
    warnings.par_sort_by(|a, b| (&a.origin, &a.message).cmp(&(&b.origin, &b.message)));
    warnings.dedup();
    warnings
}

/// One id per normalised name, for each distinct spelling, in order of
/// first use. The spellings are normalised in parallel (a large set has
/// hundreds of thousands of distinct attributes); only the numbering is
/// sequential.
fn normalised_ids(distinct: &[&str]) -> Vec<u32> {
    let names: Vec<String> = distinct.par_iter().map(|s| normalise(s)).collect();
    let mut ids: HashMap<String, u32, FastHash> = HashMap::default();
    names
        .into_iter()
        .map(|name| {
            let next = ids.len() as u32;
            *ids.entry(name).or_insert(next)
        })
        .collect()
}

/// A record named in a message: `bba-1 (ref.jsonl:3)`.
fn named(record: &Record) -> String {
    format!("{} ({})", record.id, record.origin)
}

fn warn(at: &Origin, message: String) -> Warning {
    Warning { origin: at.clone(), message }
}

/// ASCII-folded, lowercase, single-spaced: "Iran–Pakistan " and
/// "iran-pakistan" are one name.
fn normalise(name: &str) -> String {
    let folded = if name.is_ascii() {
        std::borrow::Cow::Borrowed(name)
    } else {
        std::borrow::Cow::Owned(deunicode::deunicode(name))
    };
    let mut out = String::with_capacity(folded.len());
    for word in folded.split_ascii_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    // Lowered once for the whole name, a word at a time (`folded` is
    // ASCII: deunicode writes nothing else).
    out.make_ascii_lowercase();
    out
}

/// A second use of an id, naming the first. Ids are hashed and sorted in
/// parallel; only ids whose hashes collide are compared as text.
fn duplicate_ids(records: &[Record]) -> Vec<Warning> {
    let mut hashed: Vec<(u64, u32)> = records
        .par_iter()
        .enumerate()
        .map(|(i, r)| (foldhash::quality::FixedState::default().hash_one(&r.id), i as u32))
        .collect();
    hashed.par_sort_unstable();
    let mut warnings = Vec::new();
    for run in hashed.chunk_by(|a, b| a.0 == b.0).filter(|run| run.len() > 1) {
        // Load order within one id, so that the first use comes first.
        let mut ids: Vec<(&str, u32)> =
            run.iter().map(|&(_, i)| (records[i as usize].id.as_str(), i)).collect();
        ids.sort_unstable();
        for same in ids.chunk_by(|a, b| a.0 == b.0).filter(|same| same.len() > 1) {
            let earlier = &records[same[0].1 as usize];
            for &(_, later) in &same[1..] {
                let record = &records[later as usize];
                warnings.push(warn(
                    &record.origin,
                    format!(
                        "duplicate id {:?}: {} and {}",
                        record.id,
                        named(earlier),
                        named(record)
                    ),
                ));
            }
        }
    }
    warnings
}

/// The first use of a name by a subject: in which record, as written,
/// and whether as an alias or as the subject's own name.
#[derive(Clone, Copy)]
struct NameUse<'r> {
    index: usize,
    record: &'r Record,
    written: &'r str,
    is_alias: bool,
}

/// One name (alias or subject name) used for two different subjects: the
/// linker cannot tell which is meant.
fn shared_names(
    records: &[Record],
    strings: &Strings<'_>,
    normalised: &[u32],
    subject_ids: &[u32],
    warnings: &mut Vec<Warning>,
) {
    let mut first_use: HashMap<(u32, u32), NameUse<'_>, FastHash> = HashMap::default();
    for (index, record) in records.iter().enumerate() {
        let ids = &strings.records[index];
        let uses = std::iter::once((ids.subject, record.subject.as_str(), false)).chain(
            strings.aliases(index).iter().zip(&record.aliases).map(|(&a, w)| (a, w.as_str(), true)),
        );
        for (id, written, is_alias) in uses {
            let key = (normalised[id as usize], subject_ids[index]);
            first_use.entry(key).or_insert(NameUse { index, record, written, is_alias });
        }
    }
    // By name, then load order: the earliest subject to use a name is the
    // one the others are reported against.
    let mut uses: Vec<(u32, NameUse<'_>)> =
        first_use.into_iter().map(|((name, _), u)| (name, u)).collect();
    uses.sort_unstable_by_key(|(name, u)| (*name, u.index));
    for list in uses.chunk_by(|a, b| a.0 == b.0) {
        let Some(((_, first), others)) = list.split_first() else { continue };
        for (_, other) in others {
            warnings.push(warn(&other.record.origin, shared_name_message(first, other)));
        }
    }
}

fn shared_name_message(first: &NameUse<'_>, other: &NameUse<'_>) -> String {
    if first.is_alias && other.is_alias {
        return format!(
            "alias {:?} is shared by two subjects: {:?} in {} and {:?} in {}",
            first.written,
            first.record.subject,
            named(first.record),
            other.record.subject,
            named(other.record)
        );
    }
    // Two subjects never share their own name (they would be one
    // subject), so one of the two uses is an alias.
    let (name, alias) = if first.is_alias { (other, first) } else { (first, other) };
    format!(
        "alias {:?} of {:?} in {} is the name of another subject, {:?} in {}",
        alias.written,
        alias.record.subject,
        named(alias.record),
        name.record.subject,
        named(name.record)
    )
}

/// (normalised subject, normalised attribute, record) for every record,
/// sorted: records of one fact are then side by side, in load order.
fn facts(strings: &Strings<'_>, normalised: &[u32], subject_ids: &[u32]) -> Vec<(u32, u32, u32)> {
    // Sorting keys beats a map of a million mostly one-record groups.
    let mut keyed: Vec<(u32, u32, u32)> = strings
        .records
        .par_iter()
        .zip(subject_ids)
        .enumerate()
        .map(|(i, (r, &subject))| (subject, normalised[r.attribute as usize], i as u32))
        .collect();
    keyed.par_sort_unstable();
    keyed
}

/// `"Subject" / "attribute"`, for messages.
fn fact(record: &Record) -> String {
    format!("{:?} / {:?}", record.subject, record.attribute)
}

/// What a value is measured in: kind, plus unit, currency or points.
/// Two measures are equal exactly when their texts are; they are
/// compared for every record of a group, and written only in a warning.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Measure {
    /// A number's unit, normalised.
    Unit(String),
    NoUnit,
    Currency(Currency),
    Points,
    Percent,
    /// Any other kind.
    Kind(Kind),
}

impl fmt::Display for Measure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Measure::Unit(u) => write!(f, "unit {u:?}"),
            Measure::NoUnit => f.write_str("no unit"),
            Measure::Currency(currency) => write!(f, "currency {currency}"),
            Measure::Points => f.write_str("percentage points"),
            Measure::Percent => f.write_str("percent"),
            Measure::Kind(kind) => write!(f, "kind {kind}"),
        }
    }
}

fn measure(value: &Value) -> Measure {
    match value {
        Value::Number { unit: Some(u), .. } => Measure::Unit(normalise(u)),
        Value::Number { unit: None, .. } => Measure::NoUnit,
        Value::Money { currency, .. } => Measure::Currency(*currency),
        Value::Percent { points: true, .. } => Measure::Points,
        Value::Percent { points: false, .. } => Measure::Percent,
        other => Measure::Kind(other.kind()),
    }
}

/// One fact given in several units, currencies or kinds: values cannot
/// be compared and a claim may match the wrong one.
fn mixed_units(group: &[&Record], warnings: &mut Vec<Warning>) {
    let mut seen: Vec<(Measure, &Record)> = Vec::new();
    for record in group {
        let m = measure(&record.value);
        if seen.iter().any(|(s, _)| *s == m) {
            continue;
        }
        if let Some((first_measure, first)) = seen.first() {
            warnings.push(warn(
                &record.origin,
                format!(
                    "mixed units for {}: {first_measure} in {} but {m} in {}",
                    fact(record),
                    named(first),
                    named(record)
                ),
            ));
        }
        seen.push((m, record));
    }
}

/// Two values for one fact at the same date (or both undated): at most
/// one can be right.
fn conflicting_values(group: &[&Record], warnings: &mut Vec<Warning>) {
    let mut first_by_key: HashMap<(Option<jiff::civil::Date>, Measure), &Record> = HashMap::new();
    for record in group {
        // Values in different units are the mixed-units lint's business.
        let key = (record.as_of, measure(&record.value));
        match first_by_key.get(&key) {
            None => {
                first_by_key.insert(key, record);
            }
            Some(first) if first.value != record.value => {
                let when = record.as_of.map(|d| format!(" as of {d}")).unwrap_or_default();
                warnings.push(warn(
                    &record.origin,
                    format!(
                        "conflicting values for {}{when}: {} in {} but {} in {}",
                        fact(record),
                        first.value,
                        named(first),
                        record.value,
                        named(record)
                    ),
                ));
            }
            Some(_) => {}
        }
    }
}

/// A fact with several values over time, where some record lacks the
/// `as_of` date that says which value it is.
fn undated_values_over_time(group: &[&Record], warnings: &mut Vec<Warning>) {
    let dated: Vec<&Record> = group.iter().copied().filter(|r| r.as_of.is_some()).collect();
    let Some(first_dated) = dated.first() else { return };
    let varies = group.iter().any(|r| r.value != first_dated.value);
    if !varies {
        return;
    }
    let examples: Vec<String> = dated
        .iter()
        .take(2)
        .map(|r| format!("{} as of {} in {}", r.value, r.as_of.expect("dated"), named(r)))
        .collect();
    for record in group.iter().filter(|r| r.as_of.is_none()) {
        warnings.push(warn(
            &record.origin,
            format!(
                "missing as_of in {}: {} has several values over time ({})",
                named(record),
                fact(record),
                examples.join(", ")
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    #[test]
    fn measures_are_equal_exactly_when_their_texts_are() {
        let number = |unit: Option<&str>| Value::Number {
            value: 1.0,
            end: None,
            unit: unit.map(str::to_string),
        };
        let money = |code: &str| Value::Money {
            amount: 1.0,
            end: None,
            currency: Currency::new(code).unwrap(),
        };
        let percent = |points| Value::Percent { value: 1.0, end: None, points };
        let values = [
            number(Some("km")),
            number(Some("KM")),
            number(Some("miles")),
            number(None),
            money("USD"),
            money("EUR"),
            percent(true),
            percent(false),
            Value::Ordinal(2),
        ];
        let texts = [
            r#"unit "km""#,
            r#"unit "km""#,
            r#"unit "miles""#,
            "no unit",
            "currency USD",
            "currency EUR",
            "percentage points",
            "percent",
            "kind ordinal",
        ];
        for (value, text) in values.iter().zip(texts) {
            assert_eq!(measure(value).to_string(), text);
        }
        for a in &values {
            for b in &values {
                let same_text = measure(a).to_string() == measure(b).to_string();
                assert_eq!(measure(a) == measure(b), same_text, "{a:?} {b:?}");
            }
        }
    }
    use crate::value::Currency;

    fn record(id: &str, line: usize, subject: &str, attribute: &str, value: Value) -> Record {
        Record {
            id: id.into(),
            subject: subject.into(),
            aliases: Vec::new(),
            attribute: attribute.into(),
            value,
            source: "s".into(),
            as_of: None,
            origin: Origin { path: Path::new("r.jsonl").into(), line },
        }
    }

    fn number(n: f64, unit: Option<&str>) -> Value {
        Value::Number { value: n, end: None, unit: unit.map(str::to_string) }
    }

    fn messages(records: &[Record]) -> Vec<String> {
        lint(records).iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn a_clean_set_has_no_warnings() {
        let records = [
            record("a", 1, "Iran", "population", number(85e6, Some("people"))),
            record("b", 2, "Pakistan", "population", number(240e6, Some("people"))),
            record("c", 3, "Iran", "population", number(85e6, Some("people"))),
        ];
        assert_eq!(messages(&records), Vec::<String>::new());
    }

    #[test]
    fn duplicate_ids_name_both_records() {
        let records = [
            record("a", 1, "Iran", "x", number(1.0, None)),
            record("a", 5, "Pakistan", "y", number(2.0, None)),
        ];
        assert_eq!(
            messages(&records),
            [r#"r.jsonl:5: duplicate id "a": a (r.jsonl:1) and a (r.jsonl:5)"#]
        );
    }

    #[test]
    fn a_loaded_set_is_not_searched_for_duplicate_ids_again() {
        let records = [
            record("a", 1, "Iran", "x", number(1.0, None)),
            record("a", 5, "Pakistan", "y", number(2.0, None)),
        ];
        let strings = Strings::of(&records);
        assert_eq!(lint_with(&records, &strings, Ids::Unchecked).len(), 1);
        assert_eq!(lint_with(&records, &strings, Ids::Unique), []);
    }

    #[test]
    fn names_are_folded_lowered_and_single_spaced() {
        assert_eq!(
            normalise("  Iran\u{2013}Pakistan \t Gas  PIPELINE "),
            "iran-pakistan gas pipeline"
        );
        assert_eq!(normalise("Côte d'Ivoire"), "cote d'ivoire");
        assert_eq!(normalise("iran"), "iran");
        assert_eq!(normalise(" \n "), "");
    }

    #[test]
    fn spellings_of_one_name_share_the_id_of_its_first_use() {
        assert_eq!(
            normalised_ids(&["Iran", "Pakistan", "IRAN ", "pakistan", "Oman"]),
            [0, 1, 0, 1, 2]
        );
        assert_eq!(normalised_ids(&[]), Vec::<u32>::new());
    }

    #[test]
    fn an_alias_of_two_subjects_or_of_another_subjects_name_is_flagged() {
        let mut a = record("bba", 1, "British Bankers' Association", "x", number(1.0, None));
        a.aliases = vec!["BBA".into()];
        let mut b = record("bbx", 2, "Bank of Bx", "y", number(2.0, None));
        b.aliases = vec!["bba ".into(), "Iran".into()];
        let c = record("iran", 3, "Iran", "z", number(3.0, None));
        assert_eq!(
            messages(&[a, b, c]),
            [
                r#"r.jsonl:2: alias "BBA" is shared by two subjects: "British Bankers' Association" in bba (r.jsonl:1) and "Bank of Bx" in bbx (r.jsonl:2)"#,
                r#"r.jsonl:3: alias "Iran" of "Bank of Bx" in bbx (r.jsonl:2) is the name of another subject, "Iran" in iran (r.jsonl:3)"#,
            ]
        );
    }

    #[test]
    fn one_fact_in_mixed_units_or_currencies_is_flagged() {
        let money =
            |c: &str| Value::Money { amount: 5.0, end: None, currency: Currency::new(c).unwrap() };
        let records = [
            record("a", 1, "Iran", "length", number(5.0, Some("km"))),
            record("b", 2, "iran", "Length", number(3.0, Some("miles"))),
            record("c", 3, "Iran", "trade", money("USD")),
            record("d", 4, "Iran", "trade", money("PKR")),
        ];
        assert_eq!(
            messages(&records),
            [
                r#"r.jsonl:2: mixed units for "iran" / "Length": unit "km" in a (r.jsonl:1) but unit "miles" in b (r.jsonl:2)"#,
                r#"r.jsonl:4: mixed units for "Iran" / "trade": currency USD in c (r.jsonl:3) but currency PKR in d (r.jsonl:4)"#,
            ]
        );
    }

    #[test]
    fn conflicting_values_at_the_same_date_are_flagged() {
        let date = |s: &str| Some(s.parse().unwrap());
        let mut a = record("a", 1, "Iran", "deaths", number(28.0, None));
        a.as_of = date("2004-11-18");
        let mut b = record("b", 2, "Iran", "deaths", number(31.0, None));
        b.as_of = date("2004-11-18");
        let mut c = record("c", 3, "Iran", "deaths", number(40.0, None));
        c.as_of = date("2005-01-11");
        assert_eq!(
            messages(&[a, b, c]),
            [
                r#"r.jsonl:2: conflicting values for "Iran" / "deaths" as of 2004-11-18: 28 in a (r.jsonl:1) but 31 in b (r.jsonl:2)"#
            ]
        );
    }

    #[test]
    fn undated_values_conflict_and_an_undated_value_over_time_is_flagged() {
        let undated = [
            record("a", 1, "Iran", "deaths", number(28.0, None)),
            record("b", 2, "Iran", "deaths", number(31.0, None)),
        ];
        assert_eq!(
            messages(&undated),
            [
                r#"r.jsonl:2: conflicting values for "Iran" / "deaths": 28 in a (r.jsonl:1) but 31 in b (r.jsonl:2)"#
            ]
        );
        let mut a = record("a", 1, "Iran", "deaths", number(28.0, None));
        a.as_of = Some("2004-11-18".parse().unwrap());
        let b = record("b", 2, "Iran", "deaths", number(31.0, None));
        assert_eq!(
            messages(&[a, b]),
            [
                r#"r.jsonl:2: missing as_of in b (r.jsonl:2): "Iran" / "deaths" has several values over time (28 as of 2004-11-18 in a (r.jsonl:1))"#
            ]
        );
    }
}
