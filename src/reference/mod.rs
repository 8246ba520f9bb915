//! Stage: the reference dataset. Loads records (JSON Lines, JSON arrays,
//! CSV; a file or a directory), validates them, lints risky sets and
//! indexes them for linking.
//!
//! A record that breaks formats.md section 2 is an error naming the
//! file, line (or CSV row) and field: nothing is dropped silently.
//! Reference files are only ever read.

mod csv;
mod index;
mod json;
mod jsonl;
mod lint;
mod load;
mod period;
mod raw;
mod strings;
mod validate;

use std::fmt;
use std::path::Path;
use std::sync::Arc;

use jiff::civil::Date;

use crate::value::Value;

pub use index::{Index, RecordFacts, RecordWords, SubjectId, WordId};
pub use lint::{Warning, lint};
pub use load::{MAX_ERRORS, Validation, load_paths, validate_path, validate_paths};
pub use load::{ReferenceError, load_path, parse_bytes, parse_jsonl};
pub use period::attribute_period;

/// Where a record came from: file and 1-based line (JSON Lines, JSON
/// array element's line) or CSV row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Origin {
    /// The file, shared by the records of one file (a path per record
    /// would cost a million allocations on a large set).
    pub path: Arc<Path>,
    /// 1-based line of the record (CSV: line of the row).
    pub line: usize,
}

impl Ord for Origin {
    /// By path, then line. Records of one file share their path, so
    /// equal paths are mostly found without comparing them.
    fn cmp(&self, other: &Origin) -> std::cmp::Ordering {
        let path = if Arc::ptr_eq(&self.path, &other.path) {
            std::cmp::Ordering::Equal
        } else {
            self.path.cmp(&other.path)
        };
        path.then(self.line.cmp(&other.line))
    }
}

impl PartialOrd for Origin {
    fn partial_cmp(&self, other: &Origin) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // `Path::display` checks UTF-8 again on every call; a path that
        // is UTF-8 is written as is, which is what it would print.
        match self.path.to_str() {
            Some(path) => f.write_str(path)?,
            None => write!(f, "{}", self.path.display())?,
        }
        write!(f, ":{}", self.line)
    }
}

/// One trusted fact.
#[derive(Clone, Debug, PartialEq)]
pub struct Record {
    /// Unique across the dataset.
    pub id: String,
    /// The entity the fact is about, by its usual full name.
    pub subject: String,
    /// Other names an article may use.
    pub aliases: Vec<String>,
    /// What the value is, in plain words.
    pub attribute: String,
    /// The value; its kind is the record's kind. For numbers the `unit`
    /// field becomes the value's unit, for money its currency.
    pub value: Value,
    /// Where the fact comes from, for people.
    pub source: String,
    /// The date at which the fact held.
    pub as_of: Option<Date>,
    /// File and line.
    pub origin: Origin,
}

/// A loaded, indexed reference set.
#[derive(Debug, Default)]
pub struct Dataset {
    /// Records in load order (files sorted by path, then line).
    pub records: Vec<Record>,
    /// The linking index over subjects, aliases and attributes.
    pub index: Index,
}

impl Dataset {
    /// Indexes `records`.
    pub fn new(records: Vec<Record>) -> Dataset {
        let index = Index::build(&records);
        Dataset { records, index }
    }

    /// Indexes and lints `records` side by side, finding their distinct
    /// names and attributes once for both: the same index as
    /// [`Dataset::new`] and the same warnings as [`lint`].
    pub fn new_linted(records: Vec<Record>) -> (Dataset, Vec<Warning>) {
        Dataset::index_and_lint(records, lint::Ids::Unchecked)
    }

    /// [`Dataset::new_linted`] for records as [`load_paths`] returns
    /// them: their ids are unique (a duplicate is a load error), so the
    /// lint does not look for duplicates again.
    pub fn new_linted_loaded(records: Vec<Record>) -> (Dataset, Vec<Warning>) {
        Dataset::index_and_lint(records, lint::Ids::Unique)
    }

    fn index_and_lint(records: Vec<Record>, ids: lint::Ids) -> (Dataset, Vec<Warning>) {
        let (index, warnings) = {
            let strings = strings::Strings::of(&records);
            let (index, warnings) = rayon::join(
                || Index::build_with(&records, &strings),
                || lint::lint_with(&records, &strings, ids),
            );
            (index, warnings)
        };
        (Dataset { records, index }, warnings)
    }
}
