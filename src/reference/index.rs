//! The linking index: every subject, alias, attribute and unit word of
//! the dataset, interned, with posting lists from word to records and
//! document frequencies for weighting. The linker looks candidates up
//! here instead of scanning the dataset, and scores only those.

use std::collections::HashMap;
use std::sync::Arc;

use foldhash::fast::RandomState as FastHash;
use rayon::prelude::*;

use super::Record;
use super::strings::{NONE, Strings};
use crate::value::{Currency, Kind, Value};
use crate::words;

/// Identifies an interned word.
pub type WordId = u32;

/// Identifies a distinct subject name.
pub type SubjectId = u32;

/// Posting lists longer than this are too common to retrieve
/// candidates by ("minister" in a million-record set); such words still
/// count when scoring.
const MAX_POSTINGS_FOR_RETRIEVAL: usize = 20_000;

/// A subject whose records give more names than this between them keeps
/// each record's own (see [`NameLists`]).
const MAX_SHARED_NAMES: usize = 8;

/// The words of one record, interned. Records share their lists: a
/// million records give a few thousand distinct name lists, attributes
/// and units, so each is built and stored once.
#[derive(Clone, Debug, Default)]
pub struct RecordWords {
    /// The subject's words, then each alias's words, then (from
    /// `own_names` on) the names other records of the same subject give.
    pub names: Arc<[Box<[WordId]>]>,
    /// How many of `names` the record gives itself.
    pub own_names: usize,
    /// Every record of the subject has the same names (false for a
    /// subject with too many names to share, `MAX_SHARED_NAMES`).
    pub names_shared: bool,
    /// Attribute words.
    pub attribute: Arc<[WordId]>,
    /// Words of the unit (counted noun), for counts.
    pub unit: Arc<[WordId]>,
    /// The distinct subject this record is about.
    pub subject: SubjectId,
    /// The period the attribute names, if any ("December 2004").
    pub period: Option<(jiff::civil::Date, jiff::civil::Date)>,
}

/// What the linker reads of every candidate record before it knows
/// whether the record is worth scoring, packed in one small entry per
/// record: a claim sees thousands of candidates, and reading each one's
/// [`RecordWords`] (and its attribute list behind it) missed the cache
/// two or three times per candidate.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RecordFacts {
    /// Its name list (see [`Index::name_list`]).
    pub name_list: u32,
    /// Its kind.
    pub kind: Kind,
    /// It has unit words.
    pub has_unit: bool,
    /// Its attribute names a period.
    pub has_period: bool,
    /// It is the only record of its kind of its subject
    /// ([`Index::records_of_subject_and_kind`] is 1).
    pub sole_of_kind: bool,
    /// Its currency, for money.
    pub currency: Option<Currency>,
}

/// Candidate lookup for the linker.
#[derive(Debug, Default)]
pub struct Index {
    vocab: HashMap<String, WordId, FastHash>,
    /// Records (by position in the dataset) containing each word in a
    /// subject or alias.
    name_postings: Postings,
    /// Records containing each word in the attribute or unit.
    attribute_postings: Postings,
    /// Per word, how many records use it anywhere.
    document_frequency: Vec<u32>,
    /// Per record, its words.
    records: Vec<RecordWords>,
    /// Per record, what the linker's bounds read of it (see
    /// [`RecordFacts`]).
    facts: Vec<RecordFacts>,
    /// Per word, whether names always write it with a capital (`None`
    /// for words that appear in no name).
    proper: Vec<Option<bool>>,
    /// Records per (subject, kind).
    subject_kinds: HashMap<(SubjectId, Kind), u32>,
    /// Per word, the year it is when it is one ("2004").
    years: Vec<Option<i16>>,
    /// Capitalised name words longer than four letters, for fuzzy
    /// (transliteration) matching: (raw lowercase word, id).
    fuzzy_names: Vec<(String, WordId)>,
    /// Per word, its inverse document frequency, computed on first use
    /// (the linker asks for it millions of times).
    idf: std::sync::OnceLock<Box<[f64]>>,
}

impl Index {
    /// Builds the index over `records`.
    ///
    /// Each distinct subject, alias, attribute and unit is cut into words
    /// once ([`Strings`]); words get ids in order of first use, as one
    /// pass over the records would give them. The records' word lists,
    /// postings and counts are then built a chunk of records at a time
    /// in parallel and joined in record order.
    pub fn build(records: &[Record]) -> Index {
        Index::build_with(records, &Strings::of(records))
    }

    /// Builds the index over `records`, whose strings are `strings`.
    pub(crate) fn build_with(records: &[Record], strings: &Strings<'_>) -> Index {
        let mut index = Index::default();
        // Each distinct raw word is normalised once (`None`: a stopword).
        let mut seen: HashMap<&str, Option<(WordId, bool)>, FastHash> = HashMap::default();
        // The words of each distinct string: `words[starts[s]..starts[s + 1]]`.
        let mut words: Vec<(WordId, bool)> = Vec::new();
        let mut starts: Vec<usize> = Vec::with_capacity(strings.distinct.len() + 1);
        for &text in &strings.distinct {
            starts.push(words.len());
            for raw in raw_words(text) {
                if let Some(w) = index.word_of(&mut seen, raw) {
                    words.push(w);
                }
            }
        }
        starts.push(words.len());
        let words_of = |s: u32| &words[starts[s as usize]..starts[s as usize + 1]];
        let ids_of = |s: u32| -> Box<[WordId]> { words_of(s).iter().map(|&(w, _)| w).collect() };

        // A name word is proper only if every name writes it with a
        // capital ("Five" the channel, not "five"); subjects are numbered
        // in order of first use, one number per lowercase spelling.
        let mut is_name = vec![false; strings.distinct.len()];
        let mut subject_of = vec![SubjectId::MAX; strings.distinct.len()];
        let mut subjects: HashMap<String, SubjectId, FastHash> = HashMap::default();
        let mut is_attribute = vec![false; strings.distinct.len()];
        let mut is_unit = vec![false; strings.distinct.len()];
        for (i, r) in strings.records.iter().enumerate() {
            is_name[r.subject as usize] = true;
            for &a in strings.aliases(i) {
                is_name[a as usize] = true;
            }
            is_attribute[r.attribute as usize] = true;
            if r.unit != NONE {
                is_unit[r.unit as usize] = true;
            }
            let subject = &mut subject_of[r.subject as usize];
            if *subject == SubjectId::MAX {
                let next_subject = subjects.len() as SubjectId;
                let lower = strings.distinct[r.subject as usize].to_lowercase();
                *subject = *subjects.entry(lower).or_insert(next_subject);
            }
        }
        for s in (0..strings.distinct.len()).filter(|&s| is_name[s]) {
            for &(id, capitalised) in words_of(s as u32) {
                let proper = &mut index.proper[id as usize];
                *proper = Some(proper.unwrap_or(true) && capitalised);
            }
        }
        let periods: Vec<Option<(jiff::civil::Date, jiff::civil::Date)>> = strings
            .distinct
            .iter()
            .zip(&is_attribute)
            .map(|(text, &is)| if is { super::attribute_period(text) } else { None })
            .collect();

        let word_set =
            |s: u32| -> Box<[WordId]> { sorted_set(words_of(s).iter().map(|&(w, _)| w)) };
        // Attributes and units: one shared list (and one sorted set) per
        // distinct string, not a list per record.
        let attribute_lists: Vec<Option<SharedWords>> = (0..strings.distinct.len() as u32)
            .map(|s| {
                (is_attribute[s as usize] || is_unit[s as usize])
                    .then(|| (Arc::from(ids_of(s)), word_set(s)))
            })
            .collect();
        let names = NameLists::of(strings, &subject_of, subjects.len(), ids_of);

        let vocab = index.vocab.len();
        let subject_count = subjects.len();
        let empty: Arc<[WordId]> = Arc::from(Vec::new());
        let attribute_of = |s: u32| attribute_lists[s as usize].as_ref().expect("interned above");
        // The passes over every record read each one's attribute and unit
        // word sets: from one flat array rather than through a pointer per
        // string, which missed the cache once or twice per record (a
        // million records over tens of thousands of attributes).
        let sets = FlatSets::of(attribute_lists.iter().map(|list| list.as_ref().map(|l| &l.1[..])));
        let unit_set = |s: u32| if s == NONE { &[][..] } else { sets.get(s) };
        let ((name_postings, attribute_postings), (document_frequency, subject_kinds)) =
            rayon::join(
                || {
                    rayon::join(
                        || {
                            Postings::of(vocab, strings.records.len(), |i, emit| {
                                names.sets[names.of_record[i] as usize]
                                    .iter()
                                    .for_each(|&w| emit(w))
                            })
                        },
                        || {
                            Postings::of(vocab, strings.records.len(), |i, emit| {
                                let r = &strings.records[i];
                                union_sorted(sets.get(r.attribute), unit_set(r.unit), emit)
                            })
                        },
                    )
                },
                || {
                    // A record counts once per word of its own names or
                    // attribute (not its unit, not borrowed names).
                    let mut df = vec![0u32; vocab];
                    let mut subject_kinds = vec![0u32; subject_count * Kind::ALL.len()];
                    for (i, r) in strings.records.iter().enumerate() {
                        let list = names.of_record[i] as usize;
                        union_sorted(&names.own_sets[list], sets.get(r.attribute), |w| {
                            df[w as usize] += 1
                        });
                        let kind = records[i].value.kind();
                        subject_kinds
                            [names.subjects[list] as usize * Kind::ALL.len() + kind as usize] += 1;
                    }
                    (df, subject_kinds)
                },
            );
        index.name_postings = name_postings;
        index.attribute_postings = attribute_postings;
        index.document_frequency = document_frequency;
        index.subject_kinds = subject_kinds
            .iter()
            .enumerate()
            .filter(|&(_, &n)| n > 0)
            .map(|(k, &n)| {
                let (subject, kind) = (k / Kind::ALL.len(), Kind::ALL[k % Kind::ALL.len()]);
                ((subject as SubjectId, kind), n)
            })
            .collect();
        // One entry per record, each from its own record's strings: both
        // arrays are built in parallel, in record order.
        let facts = || -> Vec<RecordFacts> {
            records
                .par_iter()
                .zip(&strings.records)
                .zip(&names.of_record)
                .map(|((record, rs), &list)| {
                    let kind = record.value.kind();
                    let subject = names.subjects[list as usize];
                    RecordFacts {
                        name_list: list,
                        kind,
                        has_unit: !unit_set(rs.unit).is_empty(),
                        has_period: periods[rs.attribute as usize].is_some(),
                        sole_of_kind: subject_kinds
                            [subject as usize * Kind::ALL.len() + kind as usize]
                            == 1,
                        currency: match record.value {
                            Value::Money { currency, .. } => Some(currency),
                            _ => None,
                        },
                    }
                })
                .collect()
        };
        let record_words = || -> Vec<RecordWords> {
            strings
                .records
                .par_iter()
                .zip(&names.of_record)
                .map(|(rs, &list)| {
                    let list = list as usize;
                    RecordWords {
                        names: names.lists[list].clone(),
                        own_names: names.own_len[list],
                        names_shared: names.shared[list],
                        attribute: attribute_of(rs.attribute).0.clone(),
                        unit: if rs.unit == NONE {
                            empty.clone()
                        } else {
                            attribute_of(rs.unit).0.clone()
                        },
                        subject: names.subjects[list],
                        period: periods[rs.attribute as usize],
                    }
                })
                .collect()
        };
        (index.facts, index.records) = rayon::join(facts, record_words);
        index.years = vec![None; index.vocab.len()];
        for (word, &id) in &index.vocab {
            index.years[id as usize] = as_year(word);
        }
        let mut fuzzy: Vec<(String, WordId)> = index
            .vocab
            .iter()
            .filter(|(w, id)| w.len() > 4 && !index.name_postings.list(**id).is_empty())
            .map(|(w, id)| (w.clone(), *id))
            .collect();
        fuzzy.sort();
        index.fuzzy_names = fuzzy;
        index
    }

    /// The interned id of a raw word and whether it is capitalised
    /// (`None` for a stopword), normalising each distinct word once.
    fn word_of<'r>(
        &mut self,
        seen: &mut HashMap<&'r str, Option<(WordId, bool)>, FastHash>,
        raw: &'r str,
    ) -> Option<(WordId, bool)> {
        if let Some(&known) = seen.get(raw) {
            return known;
        }
        let found = words::normalise(raw)
            .map(|norm| (self.intern(norm), raw.chars().next().is_some_and(char::is_uppercase)));
        seen.insert(raw, found);
        found
    }

    fn intern(&mut self, word: String) -> WordId {
        if let Some(&id) = self.vocab.get(&word) {
            return id;
        }
        let id = self.vocab.len() as WordId;
        self.proper.push(None);
        self.vocab.insert(word, id);
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
        let table = self.idf.get_or_init(|| {
            let n = self.records.len().max(1) as f64;
            self.document_frequency.iter().map(|&df| (1.0 + n / (1.0 + df as f64)).ln()).collect()
        });
        match table.get(w as usize) {
            Some(&idf) => idf,
            None => (1.0 + self.records.len().max(1) as f64).ln(),
        }
    }

    /// Records whose subject or alias uses one of `words`.
    pub fn records_by_name(&self, words: &[WordId], out: &mut Vec<u32>) {
        self.collect(&self.name_postings, words, out);
    }

    /// Records whose attribute or unit uses one of `words`.
    pub fn records_by_attribute(&self, words: &[WordId], out: &mut Vec<u32>) {
        self.collect(&self.attribute_postings, words, out);
    }

    /// Marks the records of `candidates` (ascending) whose attribute or
    /// unit uses one of `words`: `marks[k]` for `candidates[k]`. Unlike
    /// retrieval, every posting list counts, however long. The linker
    /// asks this for thousands of candidates at once: walking the sorted
    /// postings is cheaper than reading each record's own lists.
    pub fn mark_by_attribute(&self, words: &[WordId], candidates: &[u32], marks: &mut [bool]) {
        for &w in words {
            mark_common(self.attribute_postings.list(w), candidates, marks);
        }
    }

    fn collect(&self, postings: &Postings, words: &[WordId], out: &mut Vec<u32>) {
        for &w in words {
            let list = postings.list(w);
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
        self.facts[i as usize].kind
    }

    /// The packed facts of record `i`.
    pub fn facts(&self, i: u32) -> &RecordFacts {
        &self.facts[i as usize]
    }

    /// The year word `w` is ("2004"), if it is one.
    pub fn year(&self, w: WordId) -> Option<i16> {
        self.years.get(w as usize).copied().flatten()
    }

    /// True when names always capitalise this word: the text must too.
    pub fn is_proper(&self, w: WordId) -> bool {
        self.proper.get(w as usize).copied().flatten().unwrap_or(false)
    }

    /// How many records of `kind` the record's subject has.
    pub fn records_of_subject_and_kind(&self, i: u32) -> u32 {
        let subject = self.records[i as usize].subject;
        self.subject_kinds.get(&(subject, self.kind(i))).copied().unwrap_or(0)
    }

    /// The name list of record `i`: records with one list have the same
    /// `names` and `own_names`.
    pub fn name_list(&self, i: u32) -> u32 {
        self.facts[i as usize].name_list
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

/// The raw words of `text` exactly as [`words::tokens`] cuts them:
/// runs of letters and digits, with apostrophes inside a word.
fn raw_words(text: &str) -> impl Iterator<Item = &str> {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, _) = chars.find(|(_, c)| c.is_alphanumeric())?;
        let mut end = text.len();
        for (i, c) in chars.by_ref() {
            if !(c.is_alphanumeric() || c == '\'' || c == '’') {
                end = i;
                break;
            }
        }
        Some(&text[start..end])
    })
}

/// A four-digit year of modern news, 1800 to 2199.
fn as_year(word: &str) -> Option<i16> {
    let year: i16 = word.parse().ok().filter(|_| word.len() == 4)?;
    (1800..2200).contains(&year).then_some(year)
}

/// A string's words as records share them, and its distinct words
/// ascending.
type SharedWords = (Arc<[WordId]>, Box<[WordId]>);

/// Word sets of the distinct strings, one after another in a single
/// array: set `s` is `words[starts[s]..starts[s + 1]]`.
struct FlatSets {
    starts: Vec<u32>,
    words: Vec<WordId>,
}

impl FlatSets {
    /// The sets in string order (`None`: an empty set).
    fn of<'a>(sets: impl Iterator<Item = Option<&'a [WordId]>>) -> FlatSets {
        let mut flat = FlatSets { starts: vec![0], words: Vec::new() };
        for set in sets {
            flat.words.extend_from_slice(set.unwrap_or_default());
            flat.starts.push(flat.words.len() as u32);
        }
        flat
    }

    fn get(&self, s: u32) -> &[WordId] {
        &self.words[self.starts[s as usize] as usize..self.starts[s as usize + 1] as usize]
    }
}

/// Posting lists of every word, one after another in a single array
/// (built by counting, not by a vector per word and chunk).
#[derive(Debug, Default)]
struct Postings {
    /// Word `w`'s records are `records[starts[w]..starts[w + 1]]`.
    starts: Vec<usize>,
    /// Record positions, ascending within each word.
    records: Vec<u32>,
}

impl Postings {
    /// The postings of `vocab` words over `count` records; `words_of(i,
    /// emit)` emits each word of record `i` once.
    fn of(
        vocab: usize,
        count: usize,
        words_of: impl Fn(usize, &mut dyn FnMut(WordId)),
    ) -> Postings {
        let mut starts = vec![0usize; vocab + 1];
        for i in 0..count {
            words_of(i, &mut |w| starts[w as usize + 1] += 1);
        }
        for w in 0..vocab {
            starts[w + 1] += starts[w];
        }
        let mut next = starts[..vocab].to_vec();
        let mut records = vec![0u32; starts[vocab]];
        // Records in order: each list comes out ascending.
        for i in 0..count {
            words_of(i, &mut |w| {
                records[next[w as usize]] = i as u32;
                next[w as usize] += 1;
            });
        }
        Postings { starts, records }
    }

    /// The records of word `w` (none for a word the index does not have).
    fn list(&self, w: WordId) -> &[u32] {
        match (self.starts.get(w as usize), self.starts.get(w as usize + 1)) {
            (Some(&start), Some(&end)) => &self.records[start..end],
            _ => &[],
        }
    }
}

/// The names of every record, built once per distinct list.
///
/// Aliases name the subject, not one fact of it: a record is found by
/// every name any record of its subject gives ("new loans" written on
/// the December approvals record also names the November one). The
/// linker weighs a borrowed name a little less than the record's own,
/// since datasets also use aliases to tell facts apart ("US consumer
/// spending" on the consumption records of "United States economy").
/// A subject whose records give more than [`MAX_SHARED_NAMES`] names
/// between them keeps each record's own: so many names are descriptions
/// of single facts rather than names of the subject, and copying them to
/// every record would cost memory for nothing.
///
/// A record's names depend only on its subject and aliases, so records
/// with the same subject and aliases share one list.
struct NameLists {
    /// Per record, its list.
    of_record: Vec<u32>,
    /// Per list: its own names (subject, then aliases), then the names
    /// other records of the subject give, in order of first use.
    lists: Vec<Arc<[Box<[WordId]>]>>,
    /// Per list, how many of its names are its own.
    own_len: Vec<usize>,
    /// Per list, whether it holds the subject's names (see above).
    shared: Vec<bool>,
    /// Per list, its subject.
    subjects: Vec<SubjectId>,
    /// Per list, the distinct words of all its names, ascending.
    sets: Vec<Box<[WordId]>>,
    /// Per list, the distinct words of its own names, ascending.
    own_sets: Vec<Box<[WordId]>>,
}

impl NameLists {
    fn of(
        strings: &Strings<'_>,
        subject_of: &[SubjectId],
        subject_count: usize,
        ids_of: impl Fn(u32) -> Box<[WordId]>,
    ) -> NameLists {
        let mut by_key: HashMap<(u32, &[u32]), u32, FastHash> = HashMap::default();
        let mut own: Vec<Vec<Box<[WordId]>>> = Vec::new();
        let mut subjects: Vec<SubjectId> = Vec::new();
        let mut records_of_subject = vec![0usize; subject_count];
        let mut of_record = Vec::with_capacity(strings.records.len());
        for (i, rs) in strings.records.iter().enumerate() {
            let aliases = strings.aliases(i);
            records_of_subject[subject_of[rs.subject as usize] as usize] += 1;
            let list = *by_key.entry((rs.subject, aliases)).or_insert_with(|| {
                own.push(
                    std::iter::once(rs.subject)
                        .chain(aliases.iter().copied())
                        .map(&ids_of)
                        .collect(),
                );
                subjects.push(subject_of[rs.subject as usize]);
                (own.len() - 1) as u32
            });
            of_record.push(list);
        }
        // Lists are numbered in order of first use, so going through them
        // in order gives each subject's names in order of first use.
        let mut unions: Vec<Vec<&[WordId]>> = vec![Vec::new(); subject_count];
        for (names, &subject) in own.iter().zip(&subjects) {
            let union = &mut unions[subject as usize];
            for name in names {
                if !union.contains(&&name[..]) {
                    union.push(name);
                }
            }
        }
        let mut out = NameLists {
            of_record,
            lists: Vec::with_capacity(own.len()),
            own_len: Vec::with_capacity(own.len()),
            shared: Vec::with_capacity(own.len()),
            subjects: Vec::with_capacity(own.len()),
            sets: Vec::with_capacity(own.len()),
            own_sets: Vec::with_capacity(own.len()),
        };
        for (names, &subject) in own.iter().zip(&subjects) {
            let union = &unions[subject as usize];
            let shared =
                records_of_subject[subject as usize] == 1 || union.len() <= MAX_SHARED_NAMES;
            let mut all = names.clone();
            if shared && names.len() != union.len() {
                // The record's own names first, in its own order.
                let extra = union.iter().filter(|n| !names.iter().any(|own| &own[..] == **n));
                all.extend(extra.map(|n| Box::<[WordId]>::from(*n)));
            }
            out.own_sets.push(sorted_set(names.iter().flat_map(|n| n.iter().copied())));
            out.sets.push(sorted_set(all.iter().flat_map(|n| n.iter().copied())));
            out.own_len.push(names.len());
            out.shared.push(shared);
            out.subjects.push(subject);
            out.lists.push(Arc::from(all));
        }
        out
    }
}

/// Marks `marks[k]` for each `candidates[k]` that is also in `list`
/// (both ascending), stepping through the shorter list and galloping
/// through the longer one: a plain binary search over a long posting
/// list missed the cache at every step.
fn mark_common(list: &[u32], candidates: &[u32], marks: &mut [bool]) {
    if list.len() < candidates.len() {
        let mut from = 0;
        for &r in list {
            from = gallop(candidates, from, r);
            if candidates.get(from) == Some(&r) {
                marks[from] = true;
            }
        }
    } else {
        let mut from = 0;
        for (k, &c) in candidates.iter().enumerate() {
            from = gallop(list, from, c);
            if list.get(from) == Some(&c) {
                marks[k] = true;
            }
        }
    }
}

/// The first position of ascending `list` whose value is not below `x`,
/// given that every value before `from` is below it: steps of doubling
/// length from `from`, then a binary search in the last step.
fn gallop(list: &[u32], from: usize, x: u32) -> usize {
    let (mut lo, mut step) = (from, 1);
    while lo + step < list.len() && list[lo + step] < x {
        lo += step;
        step *= 2;
    }
    let hi = (lo + step + 1).min(list.len());
    lo + list[lo..hi].partition_point(|&v| v < x)
}

/// The distinct words of `words`, ascending.
fn sorted_set(words: impl Iterator<Item = WordId>) -> Box<[WordId]> {
    let mut set: Vec<WordId> = words.collect();
    set.sort_unstable();
    set.dedup();
    set.into()
}

/// Emits each word of two ascending sets once, in ascending order.
fn union_sorted(a: &[WordId], b: &[WordId], mut emit: impl FnMut(WordId)) {
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        let w = match (a.get(i), b.get(j)) {
            (Some(&x), Some(&y)) if x == y => {
                j += 1;
                i += 1;
                x
            }
            (Some(&x), Some(&y)) if x < y => {
                i += 1;
                x
            }
            (Some(&x), None) => {
                i += 1;
                x
            }
            (_, Some(&y)) => {
                j += 1;
                y
            }
            (None, None) => unreachable!("loop condition"),
        };
        emit(w);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_words_cut_as_words_tokens_does() {
        for text in [
            "",
            "  ",
            "Pakistan's agreements",
            "the 12-day Iran-Israel war, (2025)",
            "Pezeshkiān’s ’quoted' MoUs",
            "'leading apostrophe and trailing'",
            "x",
            "a--b  c\u{a0}d 3.5bn £10",
        ] {
            let ours: Vec<String> = raw_words(text).filter_map(words::normalise).collect();
            let theirs: Vec<String> = words::tokens(text, 0).into_iter().map(|t| t.norm).collect();
            assert_eq!(ours, theirs, "{text:?}");
        }
    }
    fn index_of(lines: &[&str]) -> Index {
        let text: String = lines
            .iter()
            .enumerate()
            .map(|(i, fields)| {
                format!(
                    r#"{{"id": "r{i}", {fields}, "kind": "number", "value": 1, "source": "s"}}"#
                ) + "\n"
            })
            .collect();
        Index::build(&super::super::parse_jsonl(std::path::Path::new("r.jsonl"), &text).unwrap())
    }

    fn words(index: &Index, name: &[WordId]) -> Vec<String> {
        let by_id: HashMap<WordId, &String> = index.vocab.iter().map(|(w, &id)| (id, w)).collect();
        name.iter().map(|w| by_id[w].clone()).collect()
    }

    #[test]
    fn records_of_a_subject_borrow_its_other_names_after_their_own() {
        let index = index_of(&[
            r#""subject": "Bank of England", "aliases": ["the Bank"], "attribute": "base rate""#,
            r#""subject": "Bank of England", "aliases": ["Threadneedle"], "attribute": "base rate 2004""#,
            r#""subject": "Bank of Japan", "attribute": "base rate""#,
        ]);
        let names = |i: u32| -> Vec<Vec<String>> {
            index.record(i).names.iter().map(|n| words(&index, n)).collect()
        };
        let norm = |raw: &str| words::normalise(raw).unwrap();
        assert_eq!(
            names(1),
            [vec![norm("bank"), norm("england")], vec![norm("threadneedle")], vec![norm("bank")]]
        );
        assert_eq!(index.record(1).own_names, 2);
        assert!(index.record(1).names_shared);
        // Another subject lends nothing.
        assert_eq!(names(2), [vec![norm("bank"), norm("japan")]]);
        // Borrowed names retrieve too; postings stay ascending and unique.
        let threadneedle = index.word(&norm("threadneedle")).unwrap();
        assert_eq!(index.name_postings.list(threadneedle), [0, 1]);
        let bank = index.word(&norm("bank")).unwrap();
        assert_eq!(index.name_postings.list(bank), [0, 1, 2]);
        let rate = index.word(&norm("rate")).unwrap();
        assert_eq!(index.attribute_postings.list(rate), [0, 1, 2]);
        // Borrowed names do not count as the record's words for idf.
        assert_eq!(index.document_frequency[threadneedle as usize], 1);
        assert_eq!(index.document_frequency[bank as usize], 3);
    }

    #[test]
    fn a_subject_with_too_many_names_keeps_each_records_own() {
        let lines: Vec<String> = (0..=MAX_SHARED_NAMES)
            .map(|i| format!(r#""subject": "Acme", "aliases": ["fact{i}"], "attribute": "x""#))
            .collect();
        let index = index_of(&lines.iter().map(String::as_str).collect::<Vec<_>>());
        for i in 0..lines.len() as u32 {
            assert!(!index.record(i).names_shared);
            assert_eq!(index.record(i).names.len(), 2);
        }
        // Below the limit, the names are shared.
        let index = index_of(&lines[..2].iter().map(String::as_str).collect::<Vec<_>>());
        assert!(index.record(0).names_shared);
        assert_eq!(index.record(0).names.len(), 3);
    }

    #[test]
    fn mark_common_marks_exactly_the_shared_records() {
        let candidates = [2, 5, 7, 9, 11];
        for list in [&[][..], &[1, 2, 3], &[7], &[0, 5, 9, 11, 12, 13, 14, 15], &[1, 3, 4]] {
            let mut marks = [false; 5];
            mark_common(list, &candidates, &mut marks);
            let expected = candidates.map(|c| list.contains(&c));
            assert_eq!(marks, expected, "{list:?}");
        }
        // Long lists against short ones, both ways, as a plain search
        // finds them.
        let long: Vec<u32> = (0..5_000).map(|i| i * 8 + i % 7).collect();
        let short: Vec<u32> = (0..300).map(|i| i * 47 + i % 5).collect();
        assert!(long.is_sorted() && short.is_sorted());
        for (list, candidates) in [(&long, &short), (&short, &long)] {
            let mut marks = vec![false; candidates.len()];
            mark_common(list, candidates, &mut marks);
            let expected: Vec<bool> = candidates.iter().map(|c| list.contains(c)).collect();
            assert_eq!(marks, expected);
            assert!(marks.contains(&true) && marks.contains(&false));
        }
        for x in [0, 1, 5, 14_000, 40_000, u32::MAX] {
            for from in [0, 10, 4_999, 5_000] {
                let from = from.min(long.partition_point(|&v| v < x));
                assert_eq!(gallop(&long, from, x), long.partition_point(|&v| v < x));
            }
        }
        // Marks add up over lists, never clear.
        let mut marks = [false, true, false, false, false];
        mark_common(&[2], &candidates, &mut marks);
        assert_eq!(marks, [true, true, false, false, false]);
    }

    #[test]
    fn facts_pack_what_the_bounds_read() {
        let index = index_of(&[
            r#""subject": "Acme", "attribute": "sales in December 2004", "unit": "cars""#,
            r#""subject": "Acme", "attribute": "workers""#,
            r#""subject": "Bolt", "attribute": "workers""#,
        ]);
        let facts: Vec<_> = (0..3).map(|i| *index.facts(i)).collect();
        assert!(facts[0].has_unit && facts[0].has_period);
        assert!(!facts[1].has_unit && !facts[1].has_period);
        // Two numbers of Acme, one of Bolt.
        assert!(!facts[0].sole_of_kind && !facts[1].sole_of_kind && facts[2].sole_of_kind);
        assert_eq!(index.records_of_subject_and_kind(2), 1);
        assert_eq!(facts[0].name_list, facts[1].name_list);
        assert_ne!(facts[0].name_list, facts[2].name_list);
        assert!(facts.iter().all(|f| f.kind == Kind::Number && f.currency.is_none()));
        let workers = index.word(&words::normalise("workers").unwrap()).unwrap();
        let mut marks = [false; 3];
        index.mark_by_attribute(&[workers], &[0, 1, 2], &mut marks);
        assert_eq!(marks, [false, true, true]);
    }

    #[test]
    fn union_sorted_gives_each_word_once_in_order() {
        let mut out = Vec::new();
        union_sorted(&[1, 3, 5], &[2, 3, 6, 7], |w| out.push(w));
        assert_eq!(out, [1, 2, 3, 5, 6, 7]);
        out.clear();
        union_sorted(&[], &[4], |w| out.push(w));
        assert_eq!(out, [4]);
    }
}
