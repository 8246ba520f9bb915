//! The linking index: every subject, alias, attribute and unit word of
//! the dataset, interned, with posting lists from word to records and
//! document frequencies for weighting. The linker looks candidates up
//! here instead of scanning the dataset, and scores only those.

use std::collections::HashMap;

use super::Record;
use crate::value::{Kind, Value};
use crate::words;

/// Identifies an interned word.
pub type WordId = u32;

/// Identifies a distinct subject name.
pub type SubjectId = u32;

/// Posting lists longer than this are too common to retrieve
/// candidates by ("minister" in a million-record set); such words still
/// count when scoring.
const MAX_POSTINGS_FOR_RETRIEVAL: usize = 20_000;

/// The words of one record, interned.
#[derive(Clone, Debug, Default)]
pub struct RecordWords {
    /// The subject's words, then each alias's words.
    pub names: Vec<Box<[WordId]>>,
    /// Attribute words.
    pub attribute: Box<[WordId]>,
    /// Words of the unit (counted noun), for counts.
    pub unit: Box<[WordId]>,
    /// The distinct subject this record is about.
    pub subject: SubjectId,
    /// The period the attribute names, if any ("December 2004").
    pub period: Option<(jiff::civil::Date, jiff::civil::Date)>,
}

/// Candidate lookup for the linker.
#[derive(Debug, Default)]
pub struct Index {
    vocab: HashMap<String, WordId>,
    /// Records (by position in the dataset) containing each word in a
    /// subject or alias.
    name_postings: Vec<Vec<u32>>,
    /// Records containing each word in the attribute or unit.
    attribute_postings: Vec<Vec<u32>>,
    /// Per word, how many records use it anywhere.
    document_frequency: Vec<u32>,
    /// Per record, its words.
    records: Vec<RecordWords>,
    /// Per record, its kind.
    kinds: Vec<Kind>,
    /// Per word, whether names always write it with a capital (`None`
    /// for words that appear in no name).
    proper: Vec<Option<bool>>,
    /// Records per (subject, kind).
    subject_kinds: HashMap<(SubjectId, Kind), u32>,
    /// Capitalised name words longer than four letters, for fuzzy
    /// (transliteration) matching: (raw lowercase word, id).
    fuzzy_names: Vec<(String, WordId)>,
}

impl Index {
    /// Builds the index over `records`.
    pub fn build(records: &[Record]) -> Index {
        let mut index = Index::default();
        let mut subjects: HashMap<String, SubjectId> = HashMap::new();
        for (i, r) in records.iter().enumerate() {
            let i = i as u32;
            let mut names = Vec::with_capacity(1 + r.aliases.len());
            for name in std::iter::once(&r.subject).chain(&r.aliases) {
                let tokens = words::tokens(name, 0);
                let ids: Vec<WordId> = tokens
                    .into_iter()
                    .map(|t| {
                        let id = index.intern(t.norm);
                        // A name word is proper only if every name writes it
                        // with a capital ("Five" the channel, not "five").
                        let proper = &mut index.proper[id as usize];
                        *proper = Some(proper.unwrap_or(true) && t.capitalised);
                        id
                    })
                    .collect();
                for &w in &ids {
                    push_unique(&mut index.name_postings[w as usize], i);
                }
                names.push(ids.into_boxed_slice());
            }
            let attribute = index.intern_all(&r.attribute);
            let unit = match &r.value {
                Value::Number { unit: Some(u), .. } => index.intern_all(u),
                _ => Vec::new(),
            };
            for &w in attribute.iter().chain(&unit) {
                push_unique(&mut index.attribute_postings[w as usize], i);
            }
            let mut seen: Vec<WordId> = names
                .iter()
                .flat_map(|n| n.iter().copied())
                .chain(attribute.iter().copied())
                .collect();
            seen.sort_unstable();
            seen.dedup();
            for w in seen {
                index.document_frequency[w as usize] += 1;
            }
            let next_subject = subjects.len() as SubjectId;
            let subject = *subjects.entry(r.subject.to_lowercase()).or_insert(next_subject);
            index.records.push(RecordWords {
                names,
                attribute: attribute.into_boxed_slice(),
                unit: unit.into_boxed_slice(),
                subject,
                period: super::attribute_period(&r.attribute),
            });
            index.kinds.push(r.value.kind());
            *index.subject_kinds.entry((subject, r.value.kind())).or_insert(0) += 1;
        }
        let mut fuzzy: Vec<(String, WordId)> = index
            .vocab
            .iter()
            .filter(|(w, id)| w.len() > 4 && !index.name_postings[**id as usize].is_empty())
            .map(|(w, id)| (w.clone(), *id))
            .collect();
        fuzzy.sort();
        index.fuzzy_names = fuzzy;
        index
    }

    fn intern_all(&mut self, text: &str) -> Vec<WordId> {
        words::tokens(text, 0).into_iter().map(|t| self.intern(t.norm)).collect()
    }

    fn intern(&mut self, word: String) -> WordId {
        if let Some(&id) = self.vocab.get(&word) {
            return id;
        }
        let id = self.vocab.len() as WordId;
        self.proper.push(None);
        self.vocab.insert(word, id);
        self.name_postings.push(Vec::new());
        self.attribute_postings.push(Vec::new());
        self.document_frequency.push(0);
        id
    }

    /// The id of a normalised word, if the dataset uses it.
    pub fn word(&self, norm: &str) -> Option<WordId> {
        self.vocab.get(norm).copied()
    }

    /// Name words of the dataset close in spelling to `norm` (Jaro-Winkler
    /// at least `threshold`), for transliterations ("pezeshkiyan").
    pub fn fuzzy_name_words(&self, norm: &str, threshold: f64) -> Vec<(WordId, f64)> {
        if norm.len() <= 4 {
            return Vec::new();
        }
        let first = norm.as_bytes()[0];
        self.fuzzy_names
            .iter()
            .filter(|(w, _)| w.as_bytes()[0] == first)
            .filter_map(|(w, id)| {
                let s = strsim::jaro_winkler(norm, w);
                (s >= threshold).then_some((*id, s))
            })
            .collect()
    }

    /// Inverse document frequency of a word: rare words weigh more.
    pub fn idf(&self, w: WordId) -> f64 {
        let n = self.records.len().max(1) as f64;
        let df = self.document_frequency.get(w as usize).copied().unwrap_or(0) as f64;
        (1.0 + n / (1.0 + df)).ln()
    }

    /// Records whose subject or alias uses one of `words`.
    pub fn records_by_name(&self, words: &[WordId], out: &mut Vec<u32>) {
        self.collect(&self.name_postings, words, out);
    }

    /// Records whose attribute or unit uses one of `words`.
    pub fn records_by_attribute(&self, words: &[WordId], out: &mut Vec<u32>) {
        self.collect(&self.attribute_postings, words, out);
    }

    fn collect(&self, postings: &[Vec<u32>], words: &[WordId], out: &mut Vec<u32>) {
        for &w in words {
            let list = &postings[w as usize];
            if list.len() <= MAX_POSTINGS_FOR_RETRIEVAL {
                out.extend_from_slice(list);
            }
        }
    }

    /// The words of record `i`.
    pub fn record(&self, i: u32) -> &RecordWords {
        &self.records[i as usize]
    }

    /// The kind of record `i`.
    pub fn kind(&self, i: u32) -> Kind {
        self.kinds[i as usize]
    }

    /// True when names always capitalise this word: the text must too.
    pub fn is_proper(&self, w: WordId) -> bool {
        self.proper.get(w as usize).copied().flatten().unwrap_or(false)
    }

    /// How many records of `kind` the record's subject has.
    pub fn records_of_subject_and_kind(&self, i: u32) -> u32 {
        let subject = self.records[i as usize].subject;
        self.subject_kinds.get(&(subject, self.kinds[i as usize])).copied().unwrap_or(0)
    }

    /// Number of records indexed.
    pub fn len(&self) -> usize {
        self.records.len()
    }

    /// True when no record is indexed.
    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }
}

fn push_unique(list: &mut Vec<u32>, i: u32) {
    if list.last() != Some(&i) {
        list.push(i);
    }
}
