//! The linking index: every subject, alias, attribute and unit word of
//! the dataset, interned, with posting lists from word to records and
//! document frequencies for weighting. The linker looks candidates up
//! here instead of scanning the dataset, and scores only those.

use std::collections::HashMap;

use foldhash::fast::RandomState as FastHash;
use rayon::prelude::*;

use super::Record;
use super::strings::{NONE, Strings};
use crate::value::Kind;
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
/// each record's own (see `Index::share_names_within_subjects`).
const MAX_SHARED_NAMES: usize = 8;

/// The words of one record, interned.
#[derive(Clone, Debug, Default)]
pub struct RecordWords {
    /// The subject's words, then each alias's words, then (from
    /// `own_names` on) the names other records of the same subject give.
    pub names: Vec<Box<[WordId]>>,
    /// How many of `names` the record gives itself.
    pub own_names: usize,
    /// Every record of the subject has the same names (false for a
    /// subject with too many names to share, `MAX_SHARED_NAMES`).
    pub names_shared: bool,
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
    vocab: HashMap<String, WordId, FastHash>,
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
        for (i, r) in strings.records.iter().enumerate() {
            is_name[r.subject as usize] = true;
            for &a in strings.aliases(i) {
                is_name[a as usize] = true;
            }
            is_attribute[r.attribute as usize] = true;
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

        let vocab = index.vocab.len();
        let subject_count = subjects.len();
        let chunk = (records.len() / (2 * rayon::current_num_threads()).max(1)).max(8192);
        let parts: Vec<Part> = records
            .par_chunks(chunk)
            .enumerate()
            .map(|(c, chunk_records)| {
                let first = c * chunk;
                let mut part = Part::new(vocab, subject_count, chunk_records.len());
                let mut ids: Vec<WordId> = Vec::new();
                for (j, r) in chunk_records.iter().enumerate() {
                    let i = first + j;
                    let rs = &strings.records[i];
                    let record = i as u32;
                    let names: Vec<Box<[WordId]>> = std::iter::once(rs.subject)
                        .chain(strings.aliases(i).iter().copied())
                        .map(ids_of)
                        .collect();
                    for &w in names.iter().flat_map(|n| n.iter()) {
                        push_unique(&mut part.name_postings[w as usize], record);
                    }
                    let attribute = ids_of(rs.attribute);
                    let unit = if rs.unit == NONE { Box::default() } else { ids_of(rs.unit) };
                    for &w in attribute.iter().chain(unit.iter()) {
                        push_unique(&mut part.attribute_postings[w as usize], record);
                    }
                    ids.clear();
                    ids.extend(
                        names
                            .iter()
                            .flat_map(|n| n.iter().copied())
                            .chain(attribute.iter().copied()),
                    );
                    ids.sort_unstable();
                    ids.dedup();
                    for &w in &ids {
                        part.document_frequency[w as usize] += 1;
                    }
                    let subject = subject_of[rs.subject as usize];
                    let kind = r.value.kind();
                    part.subject_kinds[subject as usize * Kind::ALL.len() + kind as usize] += 1;
                    part.kinds.push(kind);
                    part.records.push(RecordWords {
                        own_names: names.len(),
                        names_shared: true,
                        names,
                        attribute,
                        unit,
                        subject,
                        period: periods[rs.attribute as usize],
                    });
                }
                part
            })
            .collect();

        // Join the chunks in record order.
        let postings = |of: fn(&Part) -> &Vec<Vec<u32>>| -> Vec<Vec<u32>> {
            (0..vocab)
                .into_par_iter()
                .map(|w| {
                    let mut list = Vec::with_capacity(parts.iter().map(|p| of(p)[w].len()).sum());
                    for p in &parts {
                        list.extend_from_slice(&of(p)[w]);
                    }
                    list
                })
                .collect()
        };
        index.name_postings = postings(|p| &p.name_postings);
        index.attribute_postings = postings(|p| &p.attribute_postings);
        let mut subject_kinds = vec![0u32; subject_count * Kind::ALL.len()];
        for p in &parts {
            for (w, n) in p.document_frequency.iter().enumerate() {
                index.document_frequency[w] += n;
            }
            for (k, n) in p.subject_kinds.iter().enumerate() {
                subject_kinds[k] += n;
            }
        }
        index.subject_kinds = subject_kinds
            .iter()
            .enumerate()
            .filter(|&(_, &n)| n > 0)
            .map(|(k, &n)| {
                let (subject, kind) = (k / Kind::ALL.len(), Kind::ALL[k % Kind::ALL.len()]);
                ((subject as SubjectId, kind), n)
            })
            .collect();
        index.records.reserve_exact(records.len());
        index.kinds.reserve_exact(records.len());
        for p in parts {
            index.records.extend(p.records);
            index.kinds.extend(p.kinds);
        }
        index.share_names_within_subjects();
        index.years = vec![None; index.vocab.len()];
        for (word, &id) in &index.vocab {
            index.years[id as usize] = as_year(word);
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

    /// Aliases name the subject, not one fact of it: a record is found by
    /// every name any record of its subject gives ("new loans" written on
    /// the December approvals record also names the November one). The
    /// linker weighs a borrowed name a little less than the record's own,
    /// since datasets also use aliases to tell facts apart ("US consumer
    /// spending" on the consumption records of "United States economy").
    fn share_names_within_subjects(&mut self) {
        // Records ordered by subject: a sort, not a map of a million
        // small vectors.
        let mut order: Vec<u32> = (0..self.records.len() as u32).collect();
        order.sort_by_key(|&i| self.records[i as usize].subject);
        let groups: Vec<&[u32]> = order
            .chunk_by(|&a, &b| self.records[a as usize].subject == self.records[b as usize].subject)
            .filter(|g| g.len() > 1)
            .collect();
        let mut touched: Vec<WordId> = Vec::new();
        for members in groups {
            let mut union: Vec<Box<[WordId]>> = Vec::new();
            for &i in members {
                for name in &self.records[i as usize].names {
                    if !union.contains(name) {
                        union.push(name.clone());
                    }
                }
            }
            if union.len() > MAX_SHARED_NAMES {
                // So many names are descriptions of single facts rather
                // than names of the subject; copying them to every record
                // would cost memory for nothing.
                for &i in members {
                    self.records[i as usize].names_shared = false;
                }
                continue;
            }
            for &i in members {
                let record = &mut self.records[i as usize];
                if record.names.len() == union.len() {
                    continue;
                }
                let extra: Vec<Box<[WordId]>> =
                    union.iter().filter(|n| !record.names.contains(n)).cloned().collect();
                for &w in extra.iter().flat_map(|n| n.iter()) {
                    push_unique(&mut self.name_postings[w as usize], i);
                    touched.push(w);
                }
                // The record's own names first, in its own order.
                record.names.extend(extra);
            }
        }
        touched.sort_unstable();
        touched.dedup();
        for w in touched {
            let list = &mut self.name_postings[w as usize];
            list.sort_unstable();
            list.dedup();
        }
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

/// What one chunk of records adds to the index.
struct Part {
    name_postings: Vec<Vec<u32>>,
    attribute_postings: Vec<Vec<u32>>,
    document_frequency: Vec<u32>,
    /// Records per subject and kind: `subject * 6 + kind`.
    subject_kinds: Vec<u32>,
    records: Vec<RecordWords>,
    kinds: Vec<Kind>,
}

impl Part {
    fn new(vocab: usize, subjects: usize, records: usize) -> Part {
        Part {
            name_postings: vec![Vec::new(); vocab],
            attribute_postings: vec![Vec::new(); vocab],
            document_frequency: vec![0; vocab],
            subject_kinds: vec![0; subjects * Kind::ALL.len()],
            records: Vec::with_capacity(records),
            kinds: Vec::with_capacity(records),
        }
    }
}

fn push_unique(list: &mut Vec<u32>, i: u32) {
    if list.last() != Some(&i) {
        list.push(i);
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
}
