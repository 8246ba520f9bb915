//! Stage 5: links. Finds the reference record each claim speaks about.
//!
//! Candidates come from the index: records whose subject or alias words
//! appear in the claim's sentence or the context before it (earlier
//! sentences of the paragraph, the headline, the rest of the article
//! before the claim), and records whose attribute words appear in the
//! sentence. Each candidate of the claim's kind is scored on two things:
//!
//! - **subject**: the best of its names (subject and aliases), the
//!   share of the name's weighted words found, discounted by how far
//!   back in the discourse they were found;
//! - **attribute**: the share of the attribute's weighted words found in
//!   the sentence, each discounted by its distance from the claim, with
//!   the counted noun matched against the record's unit, and a penalty
//!   when the attribute names a period (a month, a year) that the
//!   sentence does not mention while naming another.
//!
//! Within one sentence a record is given to the claim that fits it best:
//! two figures side by side are two facts. A tie between records that
//! would give different verdicts is `ambiguous`, never broken by luck.

use crate::claims::Claim;
use crate::reference::{Dataset, RecordFacts, WordId};
use crate::sentences::Sentence;

use crate::value::{AGE_UNIT, DateValue, Kind, Value};
use crate::verdict::ReasonCode;
use crate::words::{self, Token};
use std::rc::Rc;

mod period;
mod places;
use period::{Period, claim_periods, period_overlap};

/// Thresholds of the linker.
#[derive(Clone, Copy, Debug)]
pub struct LinkConfig {
    /// Lowest score at which a claim links to a record at all.
    pub min_score: f64,
    /// Lowest score at which a disagreement becomes a contradiction.
    pub confident_score: f64,
    /// Two candidates closer than this are a tie.
    pub tie_margin: f64,
}

impl Default for LinkConfig {
    fn default() -> LinkConfig {
        LinkConfig { min_score: 0.42, confident_score: 0.50, tie_margin: 0.02 }
    }
}

/// The outcome of linking one claim.
#[derive(Clone, Debug, PartialEq)]
pub enum Link {
    /// The claim speaks about this record.
    Linked {
        /// Position of the record in the dataset.
        record: usize,
        /// Score from 0 to 1.
        score: f64,
        /// The score is high enough to accuse the text of an error.
        confident: bool,
    },
    /// Several records fit equally well.
    Ambiguous {
        /// The tied records, best first.
        candidates: Vec<usize>,
        /// The best record's attribute is attested in the text.
        attested: bool,
    },
    /// No record fits.
    Unlinked {
        /// Why.
        code: ReasonCode,
    },
}

/// One scored candidate.
#[derive(Clone, Copy, Debug)]
struct Scored {
    record: u32,
    score: f64,
    /// The attribute itself is attested in the text (not only implied by
    /// the subject having one fact of this kind) and the subject is in
    /// sight: needed to contradict.
    attested: bool,
}

/// The words of the article, per sentence, looked up once.
struct Discourse {
    /// Per sentence, its tokens with dataset word ids (unknown words
    /// keep `None`).
    sentences: Vec<Vec<(Token, Option<WordId>)>>,
    /// Per sentence, the byte offsets where a clause ends (commas,
    /// semicolons, dashes, brackets).
    clause_breaks: Vec<Vec<usize>>,
    /// Per sentence and token, the dataset name words spelt like an
    /// unknown capitalised token (Jaro-Winkler ≥ 0.9), looked up once per
    /// article instead of once per candidate record.
    fuzzy: Vec<Vec<Box<[WordId]>>>,
    /// Dataset words of [`FORECAST_WORDS`].
    forecast_words: Vec<WordId>,
    /// Per sentence, whether it speaks of a person named before ("He
    /// worked under Edward Heath...").
    refers_back: Vec<bool>,
    /// [`FORECAST_WORDS`] normalised, looked up once per article.
    forecast_norms: Vec<String>,
    /// Dataset words that are places ([`places`]), with the country each
    /// names, sorted by word.
    place_words: Vec<(WordId, &'static str)>,
    /// Per sentence, the countries it names.
    places_named: Vec<Vec<&'static str>>,
    /// Per sentence, its paragraph.
    paragraphs: Vec<usize>,
}

/// Per dataset word, the weight at which the discourse names it.
type FoundWords = std::collections::HashMap<WordId, f64, foldhash::fast::RandomState>;

/// What the linker needs of one claim, computed once for all its
/// candidate records.
struct ClaimView {
    /// Per dataset word, the weight at which the discourse up to the
    /// claim names it (see `subject_score`).
    found: FoundWords,
    /// Dataset words of the claim's sentence outside the claim itself,
    /// sorted: an attribute word elsewhere cannot count (see
    /// `score_bound`).
    sentence_words: Vec<WordId>,
    /// The records of any kind named in the context or described in the
    /// sentence (`candidate_records`), retrieved once per sentence for
    /// ranking and for `why_unlinked`.
    candidates: Rc<Candidates>,
    /// Per candidate, whether a word of its attribute or unit is in
    /// `sentence_words` or `noun_words` (see `attribute_or_unit_named`),
    /// found from the attribute postings for all candidates at once.
    described: Vec<bool>,
    /// The candidates of the claim's kind, with upper bounds of their
    /// subject score and their score (`score_bound`): only these are
    /// ranked, so only these are bounded up front.
    bounds: Vec<(u32, f64, f64)>,
    /// The subject bounds computed for `bounds`, kept for `why_unlinked`.
    subjects: SubjectBounds,
    /// Dataset words of the counted noun.
    noun_words: Vec<WordId>,
    /// The claim's clause says nothing of its own but the figure and its
    /// date ("..., up from 77,000 in November"): it borrows the words of
    /// the clauses around it at no distance penalty.
    elliptical: bool,
    /// The claim is what a forecast, plan or estimate says.
    forecast: bool,
    /// Years the discourse dates, with the weight of where (see
    /// `dated_years`).
    years: Vec<(i16, f64)>,
    /// The calendar years of the figure's own period, if it has one.
    period_years: Option<(i16, i16)>,
    /// The countries a paragraph moved between before the claim (see
    /// `another_place_in_focus`).
    place_shift: Option<PlaceShift>,
}

/// Links every claim of one article.
pub fn link_article(
    prose: &str,
    sentences: &[Sentence],
    claims: &[Claim],
    dataset: &Dataset,
    cfg: &LinkConfig,
) -> Vec<Link> {
    if dataset.records.is_empty() {
        // Nothing to link to: what `why_unlinked` finds without candidates.
        return vec![Link::Unlinked { code: ReasonCode::NoSubject }; claims.len()];
    }
    let discourse = Discourse::new(prose, sentences, dataset);
    let periods = claim_periods(prose, sentences, claims, &discourse);
    let conversions = conversions(prose, claims);
    let mut links = vec![Link::Unlinked { code: ReasonCode::Currency }; claims.len()];
    let mut retrieved = None;
    // Claims compete for records only within their sentence (see
    // `give_each_record_to_one_claim_per_sentence`): one sentence at a
    // time, so that only one sentence's candidates are held at once.
    for group in claims_by_sentence(claims) {
        let views: Vec<ClaimView> = group
            .iter()
            .map(|&i| {
                let (c, p) = (&claims[i], periods[i]);
                ClaimView::new(c, claims, p, prose, sentences, &discourse, dataset, &mut retrieved)
            })
            .collect();
        // A conversion takes no record (see `conversions`).
        let mut ranked: Vec<Vec<Scored>> = group
            .iter()
            .zip(&views)
            .map(|(&i, v)| match conversions[i] {
                true => Vec::new(),
                false => rank_candidates(&claims[i], v, periods[i], &discourse, dataset, cfg),
            })
            .collect();
        let group_claims: Vec<&Claim> = group.iter().map(|&i| &claims[i]).collect();
        give_each_record_to_one_claim_per_sentence(&group_claims, &mut ranked);
        for ((&i, r), v) in group.iter().zip(&ranked).zip(&views) {
            if !conversions[i] {
                links[i] = decide(&claims[i], v, periods[i], r, &discourse, dataset, cfg);
            }
        }
    }
    links
}

/// The positions of the claims of each sentence, sentence by sentence,
/// in order within each.
fn claims_by_sentence(claims: &[Claim]) -> Vec<Vec<usize>> {
    let mut groups: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
    for (i, c) in claims.iter().enumerate() {
        groups.entry(c.sentence).or_default().push(i);
    }
    groups.into_values().collect()
}

/// Per claim, whether it is the text's own conversion of the money
/// before it: "19,800 yen ($188; £98)", "$42bn (£21.5bn)". A conversion
/// restates its head at some exchange rate: it is checked by its head,
/// and takes no record from the claims around it.
fn conversions(prose: &str, claims: &[Claim]) -> Vec<bool> {
    let mut out = vec![false; claims.len()];
    for i in 1..claims.len() {
        let (head, claim) = (&claims[i - 1], &claims[i]);
        let (Value::Money { currency: a, .. }, Value::Money { currency: b, .. }) =
            (&head.mention.value, &claim.mention.value)
        else {
            continue;
        };
        let between = prose.get(head.mention.span.end..claim.mention.span.start).unwrap_or("");
        let opens = between.trim() == "(";
        let continues = out[i - 1] && matches!(between.trim(), ";" | "," | "/");
        out[i] = a != b && head.sentence == claim.sentence && (opens || continues);
    }
    out
}

/// The least weight of a name in the claim's own sentence: above any
/// earlier sentence's (see `discourse_weight`), so that a name written
/// beside the figure wins over one the paragraph named before.
const OWN_SENTENCE: f64 = 0.86;

/// The candidates of the last sentence retrieved: claims of one sentence
/// share them (see `candidate_records`), and come one after another.
type Retrieved = Option<(usize, Rc<Candidates>)>;

/// The candidate records of one sentence, ascending, with each one's
/// packed facts gathered once: the sentence's claims then read the facts
/// in order, twice each (bounds and `why_unlinked`), instead of missing
/// the cache at every record every time.
#[derive(Debug, PartialEq)]
struct Candidates {
    records: Vec<u32>,
    facts: Vec<RecordFacts>,
    /// Per candidate, its name list numbered within the sentence (0 to
    /// `lists - 1`), so that each claim keeps its subject bounds in a
    /// plain array (`SubjectBounds`) instead of hashing every candidate.
    slots: Vec<u32>,
    /// How many name lists the candidates have.
    lists: usize,
}

impl Candidates {
    fn of(records: Vec<u32>, dataset: &Dataset) -> Candidates {
        let facts: Vec<RecordFacts> = records.iter().map(|&r| *dataset.index.facts(r)).collect();
        let mut numbers: std::collections::HashMap<u32, u32, foldhash::fast::RandomState> =
            Default::default();
        let slots = facts
            .iter()
            .map(|f| {
                let next = numbers.len() as u32;
                *numbers.entry(f.name_list).or_insert(next)
            })
            .collect();
        Candidates { records, facts, slots, lists: numbers.len() }
    }

    /// Each record with its facts and its name list's slot.
    fn iter(&self) -> impl Iterator<Item = (u32, &RecordFacts, u32)> {
        self.records.iter().copied().zip(&self.facts).zip(&self.slots).map(|((r, f), &s)| (r, f, s))
    }
}

impl ClaimView {
    #[allow(clippy::too_many_arguments)]
    fn new(
        claim: &Claim,
        claims: &[Claim],
        period: Option<Period>,
        prose: &str,
        sentences: &[Sentence],
        discourse: &Discourse,
        dataset: &Dataset,
        retrieved: &mut Retrieved,
    ) -> Self {
        let index = &dataset.index;
        let mut found = FoundWords::default();
        let mut raise = |w: WordId, weight: f64| {
            let best = found.entry(w).or_insert(0.0);
            *best = best.max(weight);
        };
        // In the claim's own sentence, nearer names count more.
        let own = &discourse.sentences[claim.sentence];
        let claim_pos =
            own.iter().position(|(t, _)| t.start >= claim.mention.span.start).unwrap_or(own.len());
        // "The 32-year-old will race alongside Pavey": the epithet is
        // someone already named; a name after it is someone else.
        let epithet = is_age_epithet(claim, prose, own);
        // The figure does not name its own subject: the "One" of "One in
        // 10 adults" is not BBC One.
        let owns =
            |t: &Token| !inside(t, claim) && (!epithet || t.start < claim.mention.span.start);
        for (i, (t, id)) in own.iter().enumerate() {
            if let Some(w) = *id
                && owns(t)
                && names_word(t, neighbours(own, i), *id, w, index)
            {
                raise(
                    w,
                    OWN_SENTENCE + (1.0 - OWN_SENTENCE) * proximity_weight(i.abs_diff(claim_pos)),
                );
            }
        }
        for (i, sentence) in discourse.sentences[..=claim.sentence].iter().enumerate() {
            let weight = if i == claim.sentence {
                OWN_SENTENCE
            } else {
                discourse.weight(claim.sentence, i, sentences)
            };
            for (k, ((t, id), fuzzy)) in sentence.iter().zip(&discourse.fuzzy[i]).enumerate() {
                if i == claim.sentence && !owns(t) {
                    continue;
                }
                if let Some(w) = *id
                    && names_word(t, neighbours(sentence, k), *id, w, index)
                {
                    raise(w, weight);
                }
                for &w in fuzzy.iter() {
                    raise(w, weight * 0.9);
                }
            }
        }
        let noun_words = described_as(claim)
            .map(|n| words::tokens(n, 0).into_iter().filter_map(|t| index.word(&t.norm)).collect())
            .unwrap_or_default();
        let clause = discourse.clause(claim.sentence, claim.mention.span.start);
        let elliptical = !own.iter().any(|(t, id)| {
            id.is_some()
                && !inside(t, claim)
                && discourse.clause(claim.sentence, t.start) == clause
                && !is_calendar_word(&t.norm)
                && !is_number(&t.norm)
        });
        let forecast = is_forecast(claim, prose, own, discourse);
        let years = dated_years(claim, claims, period, sentences);
        let mut sentence_words: Vec<WordId> =
            own.iter().filter(|(t, _)| !inside(t, claim)).filter_map(|(_, id)| *id).collect();
        sentence_words.sort_unstable();
        sentence_words.dedup();
        let candidates = match retrieved {
            Some((sentence, candidates)) if *sentence == claim.sentence => candidates.clone(),
            _ => {
                let records = candidate_records(claim, &found, discourse, dataset, None);
                let candidates = Rc::new(Candidates::of(records, dataset));
                *retrieved = Some((claim.sentence, candidates.clone()));
                candidates
            }
        };
        let mut named_words: Vec<WordId> =
            sentence_words.iter().chain(&noun_words).copied().collect();
        named_words.sort_unstable();
        named_words.dedup();
        let mut described = vec![false; candidates.records.len()];
        index.mark_by_attribute(&named_words, &candidates.records, &mut described);
        let mut view = ClaimView {
            found,
            sentence_words,
            candidates,
            described,
            bounds: Vec::new(),
            subjects: SubjectBounds::default(),
            noun_words,
            elliptical,
            forecast,
            years,
            period_years: period.map(|(first, last)| (first.year(), last.year())),
            place_shift: PlaceShift::of(claim, discourse),
        };
        let kind = claim.mention.kind();
        let mut subjects = SubjectBounds::new(view.candidates.lists);
        view.bounds = view
            .candidates
            .iter()
            .zip(&view.described)
            .filter(|((_, facts, _), _)| facts.kind == kind)
            .map(|((r, facts, slot), &described)| {
                let subject = subjects.get(claim, &view, r, slot, discourse, dataset);
                let bound =
                    score_bound_given(claim, &view, period, r, facts, subject, described, dataset);
                (r, subject, bound)
            })
            .collect();
        view.subjects = subjects;
        view
    }

    /// The weight at which the discourse dates `year`.
    fn year_weight(&self, year: i16) -> f64 {
        self.years.iter().find(|(y, _)| *y == year).map_or(0.0, |(_, w)| *w)
    }

    /// The weight at which the discourse up to the claim names `w`.
    fn found_weight(&self, w: WordId) -> f64 {
        self.found.get(&w).copied().unwrap_or(0.0)
    }
}

impl Discourse {
    fn new(prose: &str, sentences: &[Sentence], dataset: &Dataset) -> Discourse {
        let tokens: Vec<Vec<(Token, Option<WordId>)>> = sentences
            .iter()
            .map(|s| {
                let mut tokens: Vec<(Token, Option<WordId>)> =
                    words::tokens(&prose[s.span.start..s.span.end], s.span.start)
                        .into_iter()
                        .map(|t| {
                            let id = dataset.index.word(&t.norm);
                            (t, id)
                        })
                        .collect();
                add_acronyms(&mut tokens, dataset);
                tokens
            })
            .collect();
        let clause_breaks = sentences
            .iter()
            .map(|s| clause_breaks(&prose[s.span.start..s.span.end], s.span.start))
            .collect();
        let fuzzy = tokens
            .iter()
            .map(|sentence| {
                sentence
                    .iter()
                    .map(|(t, id)| {
                        if id.is_none() && t.capitalised && t.norm.len() > 4 {
                            let similar = dataset.index.fuzzy_name_words(&t.norm, 0.9);
                            similar.into_iter().map(|(w, _)| w).collect()
                        } else {
                            Box::default()
                        }
                    })
                    .collect()
            })
            .collect();
        let forecast_norms: Vec<String> =
            FORECAST_WORDS.iter().filter_map(|f| words::normalise(f)).collect();
        let forecast_words = forecast_norms.iter().filter_map(|n| dataset.index.word(n)).collect();
        let places = places::places();
        let mut place_words: Vec<(WordId, &'static str)> = places
            .words()
            .iter()
            .filter_map(|(p, country)| dataset.index.word(p).map(|w| (w, *country)))
            .collect();
        place_words.sort_unstable();
        let places_named = tokens
            .iter()
            .map(|sentence| {
                sentence
                    .iter()
                    .filter(|(t, _)| t.capitalised)
                    .filter_map(|(t, _)| places.country(&t.norm))
                    .collect()
            })
            .collect();
        let refers_back =
            sentences.iter().map(|s| refers_back(&prose[s.span.start..s.span.end])).collect();
        Discourse {
            sentences: tokens,
            clause_breaks,
            fuzzy,
            forecast_norms,
            forecast_words,
            refers_back,
            place_words,
            places_named,
            paragraphs: sentences.iter().map(|s| s.paragraph).collect(),
        }
    }

    /// [`discourse_weight`], except that a chain of sentences each
    /// speaking of "he" or "she" keeps the person named before it in
    /// sight: "Sir Anthony Meyer was born in 1920. Educated at Eton, he
    /// served in the Scots Guards. He won the Eton and Slough seat in
    /// 1964" speaks of Meyer three sentences on.
    fn weight(&self, claim_sentence: usize, other: usize, sentences: &[Sentence]) -> f64 {
        let weight = discourse_weight(claim_sentence, other, sentences);
        let chained = other < claim_sentence
            && sentences[other].paragraph == sentences[claim_sentence].paragraph
            && self.refers_back[other + 1..=claim_sentence].iter().all(|&r| r);
        if chained { weight.max(ADJACENT_SENTENCE) } else { weight }
    }

    /// The country dataset word `w` names, if it names one.
    fn place(&self, w: WordId) -> Option<&'static str> {
        let i = self.place_words.binary_search_by_key(&w, |(p, _)| *p).ok()?;
        Some(self.place_words[i].1)
    }

    /// The clause of sentence `sentence` that byte `offset` lies in.
    fn clause(&self, sentence: usize, offset: usize) -> usize {
        self.clause_breaks[sentence].partition_point(|&b| b < offset)
    }
}

/// Byte offsets where clauses end: semicolons, colons, dashes, brackets,
/// and commas that close a run of at least four words (so that a fronted
/// "In August," or an apposition "Gatlin, 22," stays with its clause).
/// An aside that adds to the subject ("All five men, along with four
/// others, are accused of ...") shares its predicate: no break after it.
fn clause_breaks(sentence: &str, offset: usize) -> Vec<usize> {
    let mut breaks = Vec::new();
    let mut last = 0;
    let mut after_comma = 0;
    let bytes = sentence.as_bytes();
    let digit_at = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    for (i, c) in sentence.char_indices() {
        let hard = matches!(c, ';' | ':' | '(' | ')' | '\u{2013}' | '\u{2014}');
        // "83,000" and "2:15" hold no clause break.
        let in_number = i > 0 && digit_at(i - 1) && digit_at(i + 1);
        let long_comma = c == ',' && sentence[last..i].split_whitespace().count() >= 4;
        let adds_to_the_subject = c == ',' && starts_an_additive_aside(&sentence[after_comma..i]);
        let (hard, long_comma) = (hard && !in_number, long_comma && !in_number);
        if hard || (long_comma && !adds_to_the_subject) {
            breaks.push(offset + i);
            last = i + c.len_utf8();
        }
        if c == ',' && !in_number {
            after_comma = i + c.len_utf8();
        }
    }
    breaks
}

/// "along with four others", "as well as two aides": a phrase that adds
/// people or things to what the sentence speaks of.
fn starts_an_additive_aside(segment: &str) -> bool {
    let segment = segment.trim_start();
    ["along with ", "together with ", "as well as ", "alongside "]
        .iter()
        .any(|p| segment.get(..p.len()).is_some_and(|s| s.eq_ignore_ascii_case(p)))
}

/// "gross domestic product" also reads as "gdp" when the dataset uses
/// that acronym: consecutive words whose initials spell a known word add
/// it as a token at the first word's place.
fn add_acronyms(tokens: &mut Vec<(Token, Option<WordId>)>, dataset: &Dataset) {
    let mut found = Vec::new();
    // Two letters are too easily formed by chance ("died ... Steve").
    for n in 3..=5 {
        for window in tokens.windows(n) {
            let acronym: String =
                window.iter().filter_map(|(t, _)| t.norm.chars().next()).collect();
            if let Some(id) = dataset.index.word(&acronym)
                && !tokens.iter().any(|(_, other)| *other == Some(id))
            {
                let first = &window[0].0;
                found.push((
                    Token {
                        norm: acronym,
                        start: first.start,
                        end: first.end,
                        capitalised: false,
                        possessive: false,
                    },
                    Some(id),
                ));
            }
        }
    }
    // The reverse: "US" in the text for "United States" in the dataset.
    for (t, _) in tokens.iter().filter(|(t, _)| t.capitalised) {
        let Some((_, long)) = ABBREVIATIONS.iter().find(|(short, _)| *short == t.norm) else {
            continue;
        };
        for norm in long.iter().filter_map(|w| words::normalise(w)) {
            if let Some(id) = dataset.index.word(&norm) {
                let token =
                    Token { norm, start: t.start, end: t.end, capitalised: true, ..t.clone() };
                found.push((token, Some(id)));
            }
        }
    }
    tokens.extend(found);
    tokens.sort_by_key(|(t, _)| t.start);
}

/// Abbreviations news uses for names datasets spell out.
const ABBREVIATIONS: &[(&str, &[&str])] = &[
    ("us", &["united", "states"]),
    ("usa", &["united", "states"]),
    ("uk", &["united", "kingdom"]),
    ("un", &["united", "nations"]),
    ("eu", &["european", "union"]),
    ("uae", &["united", "arab", "emirates"]),
];

/// The weight of the sentence right before the claim's.
const ADJACENT_SENTENCE: f64 = 0.85;

/// The sentence speaks of someone already named: a third-person
/// singular pronoun, an age standing for the person ("The 32-year-old
/// will race..."), or a quotation that goes on without naming its
/// speaker again.
fn refers_back(sentence: &str) -> bool {
    has_personal_pronoun(sentence)
        || opens_with_age_epithet(sentence)
        || continues_a_quote(sentence)
}

/// A third-person singular pronoun.
fn has_personal_pronoun(sentence: &str) -> bool {
    sentence
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| matches!(w, "he" | "she" | "his" | "her" | "him" | "He" | "She" | "His" | "Her"))
}

/// "The 32-year-old ...", "The two-year-old ...".
fn opens_with_age_epithet(sentence: &str) -> bool {
    sentence
        .strip_prefix("The ")
        .and_then(|rest| rest.split(' ').next())
        .is_some_and(|w| w.len() > "-year-old".len() && w.ends_with("-year-old"))
}

/// A quotation with no speaker named in it: '"And being pre-selected
/// means that I can focus."' after '"...," said Yelling.'
fn continues_a_quote(sentence: &str) -> bool {
    sentence.starts_with(['"', '\u{201c}'])
        && !sentence.split(|c: char| !c.is_ascii_alphabetic()).any(|w| matches!(w, "said" | "says"))
}

/// How much a word found in a sentence counts towards a subject, by
/// where that sentence is relative to the claim's.
fn discourse_weight(claim_sentence: usize, other: usize, sentences: &[Sentence]) -> f64 {
    let here = &sentences[claim_sentence];
    let there = &sentences[other];
    if other == claim_sentence {
        1.0
    } else if other > claim_sentence {
        0.0
    } else if there.paragraph == here.paragraph {
        // The nearer sentence first: "Its share..." speaks of what the
        // previous sentence named, not of what came three sentences
        // before.
        if claim_sentence - other == 1 {
            ADJACENT_SENTENCE
        } else {
            (0.77 - 0.05 * (claim_sentence - other) as f64).max(0.6)
        }
    } else if there.heading || other == 0 || is_lead(there, sentences) {
        // The headline and the lead paragraph set the article's topic.
        0.6
    } else {
        0.45
    }
}

/// The sentence is in the lead: the first paragraph after the headline.
fn is_lead(sentence: &Sentence, sentences: &[Sentence]) -> bool {
    sentences.iter().find(|s| !s.heading).is_some_and(|first| first.paragraph == sentence.paragraph)
}

/// How many ranked candidates a claim keeps.
const RANKED: usize = 8;

/// Candidates scoring below `min_score` by more than this cannot change
/// what `decide` makes of a claim: not the best, not a tie, and as the
/// runner-up only through a margin of at least 0.15 over any linkable
/// best, which `decide` treats alike (0.01 more for rounding).
const BELOW_MIN_SCORE_KEPT: f64 = 0.16;

/// Scores the records that could be meant, best first: the best
/// [`RANKED`] of those scoring at least `min_score -
/// BELOW_MIN_SCORE_KEPT` (exactly those of a full ranking that can
/// matter). Candidates are scored in decreasing order of a cheap upper
/// bound ([`score_bound`]), and scoring stops when no bound left can
/// enter the ranking.
fn rank_candidates(
    claim: &Claim,
    view: &ClaimView,
    period: Option<Period>,
    discourse: &Discourse,
    dataset: &Dataset,
    cfg: &LinkConfig,
) -> Vec<Scored> {
    let floor = cfg.min_score - BELOW_MIN_SCORE_KEPT;
    let mut bounded: Vec<(f64, u32)> = view
        .bounds
        .iter()
        .map(|&(r, _, bound)| (bound, r))
        .filter(|&(bound, _)| bound > 0.0 && bound >= floor)
        .collect();
    bounded.sort_unstable_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut scored: Vec<Scored> = Vec::with_capacity(RANKED + 1);
    for (bound, r) in bounded {
        if scored.len() == RANKED && bound < scored[RANKED - 1].score {
            break;
        }
        let Fit { score, attested } = record_fit(claim, view, period, r, discourse, dataset);
        if score <= 0.0 || score < floor {
            continue;
        }
        scored.push(Scored { record: r, score, attested });
        scored.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.record.cmp(&b.record)));
        scored.truncate(RANKED);
    }
    scored
}

/// Upper bounds of `subject_score` and `score_record` for record `r`
/// (computed per claim in `ClaimView::new`): the subject score itself,
/// once per name list; the attribute at most 1 when one of its words is
/// in the sentence or the counted noun (else 0), with the unit's and the
/// period's bonuses and penalties as `attribute_score` gives them. Must
/// stay at or above the real scores: ranking and `why_unlinked` skip
/// records by it (`bounds_hold_on_the_samples` checks it).
#[cfg(test)]
fn score_bound(
    claim: &Claim,
    view: &ClaimView,
    period: Option<Period>,
    r: u32,
    discourse: &Discourse,
    dataset: &Dataset,
) -> (f64, f64) {
    let subject = subject_bound(claim, view, r, discourse, dataset);
    let described = attribute_or_unit_named(view, r, dataset);
    let facts = dataset.index.facts(r);
    (subject, score_bound_given(claim, view, period, r, facts, subject, described, dataset))
}

/// A word of record `r`'s attribute or unit is in the claim's sentence
/// or its counted noun: what `ClaimView::described` holds per candidate,
/// read from the record itself.
#[cfg(test)]
fn attribute_or_unit_named(view: &ClaimView, r: u32, dataset: &Dataset) -> bool {
    let words = dataset.index.record(r);
    let named =
        |w: &WordId| view.sentence_words.binary_search(w).is_ok() || view.noun_words.contains(w);
    words.attribute.iter().chain(words.unit.iter()).any(named)
}

/// Subject bounds of one claim's candidates, kept per name list (by its
/// slot in `Candidates`).
#[derive(Clone, Default)]
struct SubjectBounds(Vec<Option<f64>>);

impl SubjectBounds {
    /// Room for `lists` name lists, none computed.
    fn new(lists: usize) -> SubjectBounds {
        SubjectBounds(vec![None; lists])
    }

    /// `subject_bound` of record `r` (its name list in `slot`), computed
    /// once per name list.
    fn get(
        &mut self,
        claim: &Claim,
        view: &ClaimView,
        r: u32,
        slot: u32,
        discourse: &Discourse,
        dataset: &Dataset,
    ) -> f64 {
        *self.0[slot as usize]
            .get_or_insert_with(|| subject_bound(claim, view, r, discourse, dataset))
    }
}

/// The upper bound of `subject_score` (see `score_bound`): the score
/// itself, which depends only on the record's name list (`Index::name_list`),
/// so callers keep it per list. A claim sees thousands of records of a
/// few dozen lists; a looser bound (the best weight of any name word)
/// let every record of a named subject through to scoring.
fn subject_bound(
    claim: &Claim,
    view: &ClaimView,
    r: u32,
    discourse: &Discourse,
    dataset: &Dataset,
) -> f64 {
    let subject = subject_score(claim, view, r, discourse, dataset);
    // Room for rounding.
    subject * (1.0 + 1e-9) + 1e-12
}

/// The upper bound of `score_record` given the subject's (see
/// `score_bound`), following `attribute_score` and `record_fit` step by
/// step with each word share at its most (1 when a word of the attribute
/// is in the sentence or the counted noun, else 0). `described`: a word
/// of the attribute or the unit is there (`ClaimView::described`); only
/// then are the record's own word lists read. `facts`: the record's.
#[allow(clippy::too_many_arguments)]
fn score_bound_given(
    claim: &Claim,
    view: &ClaimView,
    period: Option<Period>,
    r: u32,
    facts: &RecordFacts,
    subject: f64,
    described: bool,
    dataset: &Dataset,
) -> f64 {
    let index = &dataset.index;
    let named =
        |w: &WordId| view.sentence_words.binary_search(w).is_ok() || view.noun_words.contains(w);
    let (attribute_named, unit_named) = if described {
        let words = index.record(r);
        (words.attribute.iter().any(named), words.unit.iter().any(named))
    } else {
        (false, false)
    };
    let mut attribute: f64 = if attribute_named { 1.0 } else { 0.0 };
    if facts.has_unit {
        // The unit is found only through the noun or the sentence.
        if unit_named {
            attribute += 0.25;
        } else if described_as(claim).is_some() {
            attribute *= 0.3;
        }
    }
    // Only a claim with a period compares the record's.
    let record_period =
        if facts.has_period && period.is_some() { index.record(r).period } else { None };
    if record_period.is_some() {
        if periods_disagree(record_period, period) {
            attribute *= 0.25;
        } else {
            attribute += 0.15;
        }
    }
    // Dates too: a date modifying a name gets the floor.
    if subject >= 0.7 && facts.sole_of_kind && !periods_disagree(record_period, period) {
        attribute = attribute.max(0.6);
    }
    let mut score = 0.5 * subject + 0.5 * attribute;
    if subject < 0.3 {
        score *= 0.7;
    }
    if let (Value::Money { currency: a, .. }, Some(b)) = (&claim.mention.value, facts.currency)
        && *a != b
    {
        score *= 0.9;
    }
    score * (1.0 + 1e-9) + 1e-12
}

/// Records of `kind` (any kind when `None`) named in the context or
/// described in the sentence. A name is retrieved by the words the
/// discourse names (`found`: capitalised where names capitalise them,
/// fuzzy matches included) and by years, which name by the claim's
/// dates: a record found through any other context word would have a
/// subject score of 0 (see `score_bound`), too low to rank without an
/// attribute word in the sentence, which retrieves it anyway.
fn candidate_records(
    claim: &Claim,
    found: &FoundWords,
    discourse: &Discourse,
    dataset: &Dataset,
    kind: Option<Kind>,
) -> Vec<u32> {
    let mut context_words: Vec<WordId> = found.keys().copied().collect();
    for sentence in &discourse.sentences[..=claim.sentence] {
        context_words.extend(
            sentence.iter().filter_map(|(_, id)| *id).filter(|&w| dataset.index.year(w).is_some()),
        );
    }
    context_words.sort_unstable();
    context_words.dedup();
    let mut out = Vec::new();
    dataset.index.records_by_name(&context_words, &mut out);
    // Bare numbers retrieve nothing by attribute: "12" is in too many
    // attributes ("... (12)", "Form 12") to say what a claim is about.
    let sentence_words: Vec<WordId> = discourse.sentences[claim.sentence]
        .iter()
        .filter(|(t, _)| !is_number(&t.norm))
        .filter_map(|(_, id)| *id)
        .collect();
    dataset.index.records_by_attribute(&sentence_words, &mut out);
    out.sort_unstable();
    out.dedup();
    out.retain(|&r| kind.is_none_or(|k| dataset.index.kind(r) == k));
    out
}

/// What the figure says it measures: the counted noun ("12 agreements"),
/// else the unit it was written with ("115 mph", "22" as an age).
/// A noun that stands in for one named before it ("five men, along with
/// four others") describes nothing of its own.
fn described_as(claim: &Claim) -> Option<&str> {
    let described = match &claim.mention.value {
        _ if claim.mention.noun.is_some() => claim.mention.noun.as_deref(),
        Value::Number { unit, .. } => unit.as_deref(),
        _ => None,
    };
    described.filter(|d| !matches!(*d, "others" | "more" | "ones"))
}

/// A count's noun shares a word with the record's unit, or one of them
/// has none.
fn unit_compatible(claim: &Claim, view: &ClaimView, r: u32, dataset: &Dataset) -> bool {
    let Some(described) = described_as(claim) else { return true };
    let unit = &dataset.index.record(r).unit;
    if unit.is_empty() {
        // A unit of stopwords only ("years") has no index words: compare
        // it as written.
        return match &dataset.records[r as usize].value {
            Value::Number { unit: Some(u), .. } => shares_a_word(described, u),
            _ => true,
        };
    }
    view.noun_words.iter().any(|w| unit.contains(w))
}

/// Some word of `unit`, singular, is in `described` ("years (age)" and
/// "years"; not "agreements" and "years").
fn shares_a_word(described: &str, unit: &str) -> bool {
    let singular = |w: &str| w.trim_end_matches('s').to_ascii_lowercase();
    let described: Vec<String> =
        described.split(|c: char| !c.is_alphanumeric()).map(singular).collect();
    unit.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .any(|w| described.contains(&singular(w)))
}

/// Subject and attribute fit of record `r` for `claim`, from 0 to 1.
fn score_record(
    claim: &Claim,
    view: &ClaimView,
    period: Option<Period>,
    r: u32,
    discourse: &Discourse,
    dataset: &Dataset,
) -> f64 {
    record_fit(claim, view, period, r, discourse, dataset).score
}

/// A record's score, and whether the text attests the fact.
struct Fit {
    score: f64,
    attested: bool,
}

/// [`score_record`], with whether the fact is attested: the attribute by
/// its words in the sentence, or by the kind alone when the record is the
/// only fact of its kind of a subject named in the claim's own sentence;
/// and the subject in sight ([`subject_in_sight`]).
fn record_fit(
    claim: &Claim,
    view: &ClaimView,
    period: Option<Period>,
    r: u32,
    discourse: &Discourse,
    dataset: &Dataset,
) -> Fit {
    let subject = subject_score(claim, view, r, discourse, dataset);
    let fit = attribute_score(claim, view, period, r, discourse, dataset);
    let (mut attribute, mut attested) = (fit.score, fit.attested);
    // Dates are excluded: a date is as often the period of something
    // else as a fact in itself; unless the date modifies the name itself
    // ("the 1936 Berlin Games").
    if subject >= 0.7
        && (claim.mention.kind() != Kind::Date || modifies_a_name(claim, r, discourse, dataset))
        && dataset.index.records_of_subject_and_kind(r) == 1
        && unit_compatible(claim, view, r, dataset)
        && !periods_disagree(dataset.index.record(r).period, period)
    {
        // The subject's only fact of this kind: the kind itself names the
        // attribute ("Hayes, 27," and the one number known of Hayes).
        attribute = attribute.max(0.6);
        // Not an ordinal: "the sixth such move" by the US Federal Reserve
        // is no claim about the one ranking known of the US.
        attested |= subject >= OWN_SENTENCE
            && claim.mention.kind() != Kind::Ordinal
            && named_in_own_sentence(claim, r, discourse, dataset)
            && !unsure_forecast(view, r, discourse, dataset);
    }
    let mut score = 0.5 * subject + 0.5 * attribute;
    // A record whose subject is barely in sight is a guess, however well
    // its attribute reads.
    if subject < 0.3 {
        score *= 0.7;
    }
    // "19,800 yen ... while the DS sells for $150": of two prices side
    // by side, the one in the claim's currency is the one it states.
    if other_currency(&claim.mention.value, &dataset.records[r as usize].value) {
        score *= 0.9;
    }
    Fit { score, attested: attested && subject_in_sight(subject, view, r, dataset) }
}

/// The subject is at least half named ([`ACCUSING_SUBJECT`]), or nearly
/// so by a proper name the discourse gives ("Pezeshkian ... During that
/// visit, 21 agreements were signed"): "the wrongful jailing of 11
/// people for IRA bomb attacks" shares "bomb attacks" and "people" with
/// the Madrid bombings' death toll, but names no part of Madrid.
fn subject_in_sight(subject: f64, view: &ClaimView, r: u32, dataset: &Dataset) -> bool {
    let index = &dataset.index;
    let words = index.record(r);
    let proper_name_found = || {
        words.names[..words.own_names]
            .iter()
            .flatten()
            .any(|&w| index.is_proper(w) && view.found_weight(w) > 0.0)
    };
    subject >= ACCUSING_SUBJECT || (subject >= ACCUSING_SUBJECT - 0.1 && proper_name_found())
}

/// The subject score a record needs before it can contradict a claim
/// without a proper name in sight (the lowest subject score of a
/// contradiction on the dev set is 0.53).
const ACCUSING_SUBJECT: f64 = 0.5;

/// The claim's sentence names the record's subject by a proper name
/// ("the record of Miyazaki's previous film Spirited Away"), not only by
/// common nouns ("lost their lives in the catastrophes").
fn named_in_own_sentence(claim: &Claim, r: u32, discourse: &Discourse, dataset: &Dataset) -> bool {
    // The record's own names: "Mr Cable said 40%" does not name US
    // broadband, which another record aliases "cable".
    let words = dataset.index.record(r);
    let names = &words.names[..words.own_names];
    discourse.sentences[claim.sentence]
        .iter()
        .any(|(t, id)| t.capitalised && id.is_some_and(|w| names.iter().any(|n| n.contains(&w))))
}

/// Both are money, in different currencies.
fn other_currency(claim: &Value, record: &Value) -> bool {
    matches!(
        (claim, record),
        (Value::Money { currency: a, .. }, Value::Money { currency: b, .. }) if a != b
    )
}

/// The claim stands right before one of the record's names, as its
/// modifier: "the 1936 Berlin Games", "the 2004 Jesse Owens Awards".
fn modifies_a_name(claim: &Claim, r: u32, discourse: &Discourse, dataset: &Dataset) -> bool {
    let sentence = &discourse.sentences[claim.sentence];
    let Some((next, Some(id))) = sentence.iter().find(|(t, _)| t.start >= claim.mention.span.end)
    else {
        return false;
    };
    next.capitalised
        && next.start <= claim.mention.span.end + 1
        && dataset.index.record(r).names.iter().any(|name| name.first() == Some(id))
}

/// The best of the record's names: the idf-weighted share of its words
/// found in the discourse up to the claim, each at the weight of the
/// sentence it was found in.
fn subject_score(
    claim: &Claim,
    view: &ClaimView,
    r: u32,
    discourse: &Discourse,
    dataset: &Dataset,
) -> f64 {
    let index = &dataset.index;
    let words = index.record(r);
    let found_weight = |w: WordId| view.found_weight(w);
    let nearer = another_name_is_nearer(claim, r, discourse, dataset);
    let elsewhere =
        of_another_year(view, r, index) || another_place_in_focus(view, r, discourse, dataset);
    let discount = if nearer || elsewhere { 0.4 } else { 1.0 };
    discount
        * words
            .names
            .iter()
            .enumerate()
            .map(|(i, name)| (if i < words.own_names { 1.0 } else { BORROWED_NAME }, name))
            .map(|(weight, name)| {
                // A year in a name ("Natural catastrophes 2001") is named
                // by the dates around the claim, not as a word.
                let found = |w: WordId| match index.year(w) {
                    Some(year) => view.year_weight(year),
                    None => found_weight(w),
                };
                let total: f64 = name.iter().map(|&w| index.idf(w)).sum();
                if total == 0.0 || of_another_place(name, claim, discourse, found_weight) {
                    return 0.0;
                }
                let share = name.iter().map(|&w| index.idf(w) * found(w)).sum::<f64>() / total;
                weight * share.max(surname_weight(name, index, found_weight))
            })
            .fold(0.0, f64::max)
}

/// The record's subject is dated by its own names ("Natural catastrophes
/// 2004", alias "property claims") to a year outside the figure's own
/// period: "2001, when the attacks pushed claims up to $37bn" is not the
/// 2004 figure, whatever other name of the 2004 subject the sentence
/// uses. A discount, not a veto: the figure's period is read from its
/// clause and may be the date of something else.
fn of_another_year(view: &ClaimView, r: u32, index: &crate::reference::Index) -> bool {
    let Some((first, last)) = view.period_years else {
        return false;
    };
    let words = index.record(r);
    let mut years =
        words.names[..words.own_names].iter().flatten().filter_map(|&w| index.year(w)).peekable();
    years.peek().is_some() && years.all(|y| !(first..=last).contains(&y))
}

/// The paragraph moved from the record's country to another before the
/// claim, whose sentence names none: "Whereas in the UK, most people use
/// ADSL. But in the US, cable leads the way. Broadband over the phone
/// line makes up 11.4 million connections" is the US figure, not the one
/// of "UK broadband". A discount, not a veto: the country last named may
/// be an object ("exports to China"). A country the paragraph names
/// without having named the record's ("Team GB at the event in France")
/// is where something happens, not a change of subject.
fn another_place_in_focus(
    view: &ClaimView,
    r: u32,
    discourse: &Discourse,
    dataset: &Dataset,
) -> bool {
    let Some(shift) = &view.place_shift else {
        return false;
    };
    let words = dataset.index.record(r);
    let own = words.names[..words.own_names].iter().flatten().filter_map(|&w| discourse.place(w));
    let (mut in_focus, mut named_before) = (false, false);
    for country in own {
        in_focus |= shift.in_focus.contains(&country);
        named_before |= shift.before.contains(&country);
    }
    !in_focus && named_before
}

/// The countries of the paragraph before a claim whose sentence names
/// none: those of the last sentence that names any, and those named
/// before it.
struct PlaceShift {
    in_focus: Vec<&'static str>,
    before: Vec<&'static str>,
}

impl PlaceShift {
    fn of(claim: &Claim, discourse: &Discourse) -> Option<PlaceShift> {
        let sentence = claim.sentence;
        if !discourse.places_named[sentence].is_empty() {
            return None;
        }
        let paragraph = discourse.paragraphs[sentence];
        let mut earlier = (0..sentence)
            .rev()
            .take_while(|&i| discourse.paragraphs[i] == paragraph)
            .map(|i| &discourse.places_named[i])
            .filter(|places| !places.is_empty());
        let in_focus = earlier.next()?.clone();
        let before = earlier.flatten().copied().collect();
        Some(PlaceShift { in_focus, before })
    }
}

/// The name is qualified by a place the text does not name, while the
/// claim's sentence names another: "US GDP" is not "the country's GDP"
/// of "the Bank of Mexico's figures".
fn of_another_place(
    name: &[WordId],
    claim: &Claim,
    discourse: &Discourse,
    found: impl Fn(WordId) -> f64,
) -> bool {
    name.iter().any(|&w| {
        discourse.place(w).is_some_and(|own| {
            found(w) == 0.0
                && discourse.places_named[claim.sentence].iter().any(|&other| other != own)
        })
    })
}

/// The years that name a year in a subject ("Natural catastrophes
/// 2001"): the figure's period alone when it has one; else every year
/// dated up to the claim, each at the weight of the sentence it was
/// dated in, as name words are.
fn dated_years(
    claim: &Claim,
    claims: &[Claim],
    period: Option<Period>,
    sentences: &[Sentence],
) -> Vec<(i16, f64)> {
    let mut years: Vec<(i16, f64)> = Vec::new();
    let mut add = |from: i16, to: i16, weight: f64| {
        for year in from..=to.min(from + 10) {
            match years.iter_mut().find(|(y, _)| *y == year) {
                Some((_, w)) => *w = w.max(weight),
                None => years.push((year, weight)),
            }
        }
    };
    if let Some((first, last)) = period {
        add(first.year(), last.year(), OWN_SENTENCE);
        return years;
    }
    // A year claim does not name a subject with its own year: "2004" is
    // no sign that "2004 Madrid train bombings" is meant.
    let others = claims.iter().filter(|d| d.mention.span != claim.mention.span);
    for d in others.filter(|d| d.sentence <= claim.sentence) {
        if let Value::Date(DateValue::Resolved { start, end }) = &d.mention.value {
            let weight = if d.sentence == claim.sentence {
                OWN_SENTENCE
            } else {
                discourse_weight(claim.sentence, d.sentence, sentences)
            };
            add(start.first_day().year(), end.unwrap_or(*start).last_day().year(), weight);
        }
    }
    years
}

/// The weight of a name a record borrows from another record of its
/// subject (see `NameLists` in `reference/index.rs`).
const BORROWED_NAME: f64 = 0.9;

/// A person's name of two or three capitalised words is named by its last
/// word alone ("Pezeshkian" for "Masoud Pezeshkian"), as news writes it
/// after the first mention.
fn surname_weight(
    name: &[WordId],
    index: &crate::reference::Index,
    found_weight: impl Fn(WordId) -> f64,
) -> f64 {
    match name {
        [.., last] if (2..=3).contains(&name.len()) && name.iter().all(|&w| index.is_proper(w)) => {
            0.9 * found_weight(*last)
        }
        _ => 0.0,
    }
}

/// True when text token `t` (dataset word `id`) stands for the name word
/// `w`: the same word, capitalised where names capitalise it, and not a
/// bare number unless a capitalised word touches it ("Channel 4", "the 11
/// September attacks"; but the "11" of "11.2%" is not "September 11").
fn names_word(
    t: &Token,
    (before, after): (Option<&Token>, Option<&Token>),
    id: Option<WordId>,
    w: WordId,
    index: &crate::reference::Index,
) -> bool {
    let number = is_number(&t.norm);
    id == Some(w)
        && (t.capitalised || !index.is_proper(w))
        && (!number
            || before.is_some_and(|b| b.capitalised && b.end + 1 >= t.start)
            || after.is_some_and(|a| a.capitalised && t.end + 1 >= a.start))
}

/// The tokens before and after token `i`.
fn neighbours(tokens: &[(Token, Option<WordId>)], i: usize) -> (Option<&Token>, Option<&Token>) {
    (previous(tokens, i), tokens.get(i + 1).map(|(t, _)| t))
}

/// The token before token `i`.
fn previous(tokens: &[(Token, Option<WordId>)], i: usize) -> Option<&Token> {
    i.checked_sub(1).map(|p| &tokens[p].0)
}

/// True when a capitalised word the dataset does not know (a name it has
/// no facts about) stands nearer the claim than any word of the record's
/// names: "Earlier in October, Interior Minister Mohsin Naqvi travelled to
/// Iran and met President Pezeshkian" is about Naqvi, not Pezeshkian.
fn another_name_is_nearer(claim: &Claim, r: u32, discourse: &Discourse, dataset: &Dataset) -> bool {
    let sentence = &discourse.sentences[claim.sentence];
    let at = claim.mention.span.start;
    let names = &dataset.index.record(r).names;
    let claim_clause = discourse.clause(claim.sentence, at);
    // A name in the claim's own clause is nearer than any in another.
    let distance = |t: &Token| {
        let other_clause = discourse.clause(claim.sentence, t.start) != claim_clause;
        t.start.abs_diff(at) + if other_clause { 10_000 } else { 0 }
    };
    let is_known = |id: &Option<WordId>| id.is_some_and(|w| names.iter().any(|n| n.contains(&w)));
    // "Steve Arthur, 46, from Pease Pottage": the name the figure stands
    // in apposition to is its owner, whatever follows.
    if sentence.iter().any(|(t, id)| is_known(id) && t.end <= at && t.end + 2 >= at) {
        return false;
    }
    let nearest_known =
        sentence.iter().filter(|(_, id)| is_known(id)).map(|(t, _)| distance(t)).min();
    let unknown_name = |(t, id): &(Token, Option<WordId>)| {
        id.is_none() && t.capitalised && !is_calendar_word(&t.norm)
    };
    // "16-year-old Hickey": a name right after the figure is whose it is.
    let next = sentence.iter().find(|(t, _)| t.start >= claim.mention.span.end);
    if let Some(next) = next
        && unknown_name(next)
        && next.0.start <= claim.mention.span.end + 1
    {
        return true;
    }
    let Some(known) = nearest_known else { return false };
    // "The Last Samurai, starring Tom Cruise, was the biggest hit, taking
    // 13.8bn yen": a known name opening the sentence is what it speaks
    // of; only a name in the figure's own clause takes the figure from it.
    let opens_the_sentence = sentence.iter().take(2).any(|(t, id)| is_known(id) && t.capitalised);
    let competes = |t: &Token| {
        !opens_the_sentence || discourse.clause(claim.sentence, t.start) == claim_clause
    };
    // "the record of Hayao Miyazaki's previous film Spirited Away": a
    // possessor right before a known name modifies it.
    let possessor_of_a_known_name = |i: usize| {
        let clause = discourse.clause(claim.sentence, sentence[i].0.start);
        sentence[i].0.possessive
            && sentence[i + 1..]
                .iter()
                .take(4)
                .any(|(t, id)| is_known(id) && discourse.clause(claim.sentence, t.start) == clause)
    };
    // A person or organisation the dataset does not know: two capitalised
    // unknown words in a row ("Mohsin Naqvi"), not a lone "Tory".
    sentence
        .windows(2)
        .enumerate()
        .filter(|(i, pair)| {
            *i > 0 && unknown_name(&pair[0]) && unknown_name(&pair[1]) && !inside(&pair[0].0, claim)
        })
        .filter(|(i, pair)| competes(&pair[0].0) && !possessor_of_a_known_name(i + 1))
        .any(|(_, pair)| distance(&pair[0].0) < known)
}

fn inside(t: &Token, claim: &Claim) -> bool {
    t.start >= claim.mention.span.start && t.start < claim.mention.span.end
}

/// Capitalised words that are not names.
fn is_calendar_word(norm: &str) -> bool {
    words::MONTH_NAMES.contains(&norm) || words::WEEKDAY_NAMES.contains(&norm)
}

/// The idf-weighted share of the attribute's words found in the
/// sentence, discounted by distance from the claim; the counted noun
/// against the unit; a penalty for a period the sentence contradicts.
fn attribute_score(
    claim: &Claim,
    view: &ClaimView,
    period: Option<Period>,
    r: u32,
    discourse: &Discourse,
    dataset: &Dataset,
) -> AttributeFit {
    let index = &dataset.index;
    let words = index.record(r);
    let sentence = &discourse.sentences[claim.sentence];
    let inside_claim =
        |t: &Token| t.start >= claim.mention.span.start && t.start < claim.mention.span.end;
    let first = sentence
        .iter()
        .position(|(t, _)| t.start >= claim.mention.span.start)
        .unwrap_or(sentence.len());
    let after = sentence
        .iter()
        .position(|(t, _)| t.start >= claim.mention.span.end)
        .unwrap_or(sentence.len());
    // Words right after a figure are what it counts ("2,000 injured"), so
    // a word just before it is one step further away than a word just
    // after it.
    let claim_clause = discourse.clause(claim.sentence, claim.mention.span.start);
    let distance = |i: usize| {
        let words_between = if i < first { first - i + 1 } else { i + 1 - after };
        // A word in another clause ("..., while the economy was important
        // for a third, and tax was a crucial area for 25%") is further.
        let other_clause = discourse.clause(claim.sentence, sentence[i].0.start) != claim_clause;
        words_between + if other_clause && !view.elliptical { 8 } else { 0 }
    };
    let proximity = |w: WordId| -> f64 {
        sentence
            .iter()
            .enumerate()
            .filter(|(_, (t, id))| *id == Some(w) && !inside_claim(t))
            .map(|(i, _)| proximity_weight(distance(i)))
            .fold(0.0, f64::max)
    };
    let noun_words = &view.noun_words;
    // The claim's own noun ("years (age)", "agreements") describes it as
    // closely as the words right next to it.
    let found =
        |w: WordId| if noun_words.contains(&w) { proximity(w).max(0.85) } else { proximity(w) };
    let total: f64 = words.attribute.iter().map(|&w| index.idf(w)).sum();
    let mut score = if total == 0.0 {
        0.0
    } else {
        words.attribute.iter().map(|&w| index.idf(w) * found(w)).sum::<f64>() / total
    };
    // "22 years (age)" is not a count of "medals", nor "3,000m" an age
    // (a unit of stopwords only, "years"), whatever their periods.
    let mut other_unit = false;
    // A measure ("40Mbps") is never a count of another unit, whatever
    // the sentence says around it ("people with those connections").
    let measured = claim.mention.noun.is_none()
        && matches!(&claim.mention.value, Value::Number { unit: Some(u), .. } if u != AGE_UNIT);
    if !words.unit.is_empty() && measured && !unit_compatible(claim, view, r, dataset) {
        other_unit = true;
    } else if !words.unit.is_empty() {
        let unit_found = words.unit.iter().any(|&w| noun_words.contains(&w) || proximity(w) > 0.5);
        if unit_found {
            // Not capped: two records both at 1.0 would tie.
            score += 0.25;
        } else {
            other_unit = described_as(claim).is_some();
        }
    } else {
        other_unit = !unit_compatible(claim, view, r, dataset);
    }
    if let (Some((rf, rl)), Some((cf, cl))) = (words.period, period) {
        // Overlap is neutral (records without a period must not lose to
        // records with one); a different period is a strong sign against.
        if periods_disagree(words.period, period) {
            score *= 0.25;
        } else {
            // The figure's month or year is the record's: what tells
            // "approvals, November 2004" from "approvals, December 2004".
            // Counted by how well the periods coincide, so that "4% in
            // the third quarter" is the Q3 figure more than the year's.
            score += 0.15 * period_overlap((rf, rl), (cf, cl));
        }
    }
    if other_unit {
        score *= 0.3;
    }
    // A date is as often the period of another fact ("depressed figures
    // in November") as a fact itself: the record's attribute must be
    // plainly in the text to hold a date against it.
    let least = if claim.mention.kind() == Kind::Date { 0.25 } else { 0.1 };
    AttributeFit {
        score,
        attested: score >= least && !unsure_forecast(view, r, discourse, dataset),
    }
}

/// Words that make a figure a forecast, a plan or an estimate (compared
/// after [`words::normalise`], so every form listed here counts).
const FORECAST_WORDS: &[&str] = &[
    "expected",
    "expects",
    "forecast",
    "predicted",
    "projected",
    "target",
    "planned",
    "plans",
    "aims",
    "hopes",
    "estimated",
];

/// A normalised token that is all digits: a bare number.
fn is_number(norm: &str) -> bool {
    norm.bytes().all(|b| b.is_ascii_digit())
}

/// The claim is what a forecast, plan or estimate says: the word comes
/// before it in its clause ("is expected to grow about 4%"), or a short
/// closing clause reports it ("..., about 4%, economists forecast"). A
/// forecast later in the clause is about something else ("arrived on
/// Sunday and is expected to hold meetings").
fn is_forecast(
    claim: &Claim,
    prose: &str,
    own: &[(Token, Option<WordId>)],
    discourse: &Discourse,
) -> bool {
    let s = claim.sentence;
    let clause = discourse.clause(s, claim.mention.span.start);
    let last_clause = discourse.clause_breaks[s].len();
    let closing: Vec<&Token> = own
        .iter()
        .map(|(t, _)| t)
        .filter(|t| discourse.clause(s, t.start) == last_clause)
        .collect();
    let before = own.iter().any(|(t, _)| {
        t.start < claim.mention.span.start
            && discourse.clause(s, t.start) == clause
            && discourse.forecast_norms.contains(&t.norm)
    });
    let reported = last_clause > clause
        && closing.len() <= 3
        && closing.iter().any(|t| discourse.forecast_norms.contains(&t.norm));
    // "the £1.4bn expected", "the 3.5% forecast": the participle right
    // after the figure makes it the forecast.
    let qualified =
        own.iter().map(|(t, _)| t).find(|t| t.start >= claim.mention.span.end).is_some_and(|t| {
            t.start <= claim.mention.span.end + 1 && discourse.forecast_norms.contains(&t.norm)
        });
    // "is expected to match the 30.7bn yen record of Spirited Away": a
    // definite figure is a known one the forecast is measured against.
    (before && !is_definite(claim, prose)) || reported || qualified
}

/// The figure opens a definite noun phrase: "the 30.7bn yen record".
fn is_definite(claim: &Claim, prose: &str) -> bool {
    word_before(claim, prose).eq_ignore_ascii_case("the")
}

/// The claim is an age standing for a person already named: "The
/// 32-year-old will race alongside Pavey". Not "the 16-year-old Hickey",
/// which names its person right after it.
fn is_age_epithet(claim: &Claim, prose: &str, own: &[(Token, Option<WordId>)]) -> bool {
    let is_age =
        matches!(&claim.mention.value, Value::Number { unit: Some(u), .. } if u == AGE_UNIT);
    let named_after = own
        .iter()
        .find(|(t, _)| t.start >= claim.mention.span.end)
        .is_some_and(|(t, _)| t.capitalised && t.start <= claim.mention.span.end + 1);
    is_age && is_definite(claim, prose) && !named_after
}

/// The word right before the claim ("" at the start of the text).
fn word_before<'a>(claim: &Claim, prose: &'a str) -> &'a str {
    let before = prose[..claim.mention.span.start].trim_end();
    before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("")
}

/// The claim's clause forecasts ("the economy is expected to grow about
/// 4%") while the record holds no forecast: an outcome that differs from
/// a forecast is no error in the text.
fn unsure_forecast(view: &ClaimView, r: u32, discourse: &Discourse, dataset: &Dataset) -> bool {
    view.forecast
        && !dataset.index.record(r).attribute.iter().any(|w| discourse.forecast_words.contains(w))
}

/// How well a record's attribute fits a claim's sentence.
#[derive(Clone, Copy, Debug)]
struct AttributeFit {
    /// Word share, unit and period together.
    score: f64,
    /// The attribute itself is in the text near the claim, and the claim
    /// is not a forecast held against an outcome: needed to contradict.
    attested: bool,
}

/// The record's period and the figure's do not overlap.
fn periods_disagree(record: Option<Period>, claim: Option<Period>) -> bool {
    matches!((record, claim), (Some((rf, rl)), Some((cf, cl))) if rf > cl || cf > rl)
}

/// How much a word counts by its distance (in words) from the claim.
fn proximity_weight(distance: usize) -> f64 {
    1.0 / (1.0 + distance as f64 / 6.0)
}

/// Two figures in one sentence are two facts (unless they are the same
/// value written twice): when several claims of a
/// sentence rank the same record first, the best-fitting claim keeps it
/// and the others fall back to their next candidate.
fn give_each_record_to_one_claim_per_sentence(claims: &[&Claim], ranked: &mut [Vec<Scored>]) {
    for _round in 0..3 {
        let mut changed = false;
        for i in 0..claims.len() {
            let Some(top) = ranked[i].first().copied() else { continue };
            let rival = (0..claims.len()).find(|&j| {
                j != i
                    && claims[j].sentence == claims[i].sentence
                    // The same value twice is the same fact twice ("on
                    // Friday ... ahead of Friday's announcement").
                    && claims[j].mention.value != claims[i].mention.value
                    && ranked[j]
                        .first()
                        .is_some_and(|t| t.record == top.record && t.score > top.score)
            });
            if rival.is_some() {
                ranked[i].remove(0);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
}

fn decide(
    claim: &Claim,
    view: &ClaimView,
    period: Option<Period>,
    ranked: &[Scored],
    discourse: &Discourse,
    dataset: &Dataset,
    cfg: &LinkConfig,
) -> Link {
    let Some(best) = ranked.first().filter(|b| b.score >= cfg.min_score) else {
        return Link::Unlinked { code: why_unlinked(claim, view, period, discourse, dataset, cfg) };
    };
    let tied: Vec<usize> = ranked
        .iter()
        .take_while(|s| best.score - s.score < cfg.tie_margin)
        .filter(|s| {
            dataset.records[s.record as usize].value != dataset.records[best.record as usize].value
        })
        .map(|s| s.record as usize)
        .collect();
    if !tied.is_empty() {
        let mut candidates = vec![best.record as usize];
        candidates.extend(tied);
        return Link::Ambiguous { candidates, attested: best.attested };
    }
    let margin = ranked.get(1).map_or(1.0, |second| best.score - second.score);
    Link::Linked {
        record: best.record as usize,
        score: best.score,
        // Confident: a high score, or a fair one far ahead of the rest.
        confident: best.attested
            && margin >= cfg.tie_margin
            && (best.score >= confident_score(claim, cfg)
                || (best.score >= confident_score(claim, cfg) - 0.1 && margin >= 0.15)),
    }
}

/// Dates are the commonest claims that only give the period of something
/// else ("figures in November"): accusing one takes a surer link.
fn confident_score(claim: &Claim, cfg: &LinkConfig) -> f64 {
    if claim.mention.kind() == Kind::Date { cfg.confident_score + 0.1 } else { cfg.confident_score }
}

/// No subject in sight, a subject without this attribute, or a record
/// that fits but holds another kind of value.
fn why_unlinked(
    claim: &Claim,
    view: &ClaimView,
    period: Option<Period>,
    discourse: &Discourse,
    dataset: &Dataset,
    cfg: &LinkConfig,
) -> ReasonCode {
    let mut best_subject: f64 = 0.0;
    // The bounds of the claim's own kind are known already.
    let mut subjects = view.subjects.clone();
    // Only records whose bounds reach the thresholds are scored; the
    // bounds are the subject scores themselves (`subject_bound`).
    for ((r, facts, slot), &described) in view.candidates.iter().zip(&view.described) {
        let other_kind = facts.kind != claim.mention.kind();
        if best_subject >= 0.5 && !other_kind {
            continue;
        }
        let subject_bound = subjects.get(claim, view, r, slot, discourse, dataset);
        if best_subject < 0.5 && subject_bound >= 0.5 {
            let subject = subject_score(claim, view, r, discourse, dataset);
            best_subject = best_subject.max(subject);
        }
        if other_kind
            && score_bound_given(claim, view, period, r, facts, subject_bound, described, dataset)
                >= cfg.confident_score
            && score_record(claim, view, period, r, discourse, dataset) >= cfg.confident_score
        {
            return ReasonCode::KindMismatch;
        }
    }
    if best_subject >= 0.5 { ReasonCode::NoAttribute } else { ReasonCode::NoSubject }
}

/// For development tools: the scored candidates of claim `i` as
/// `(record, subject score, attribute score, total)`, best first.
pub fn explain_candidates(
    prose: &str,
    sentences: &[Sentence],
    claims: &[Claim],
    i: usize,
    dataset: &Dataset,
) -> Vec<(usize, f64, f64, f64)> {
    let discourse = Discourse::new(prose, sentences, dataset);
    let periods = claim_periods(prose, sentences, claims, &discourse);
    let claim = &claims[i];
    let view =
        ClaimView::new(claim, claims, periods[i], prose, sentences, &discourse, dataset, &mut None);
    let mut out: Vec<(usize, f64, f64, f64)> =
        candidate_records(claim, &view.found, &discourse, dataset, Some(claim.mention.kind()))
            .into_iter()
            .map(|r| {
                (
                    r as usize,
                    subject_score(claim, &view, r, &discourse, dataset),
                    attribute_score(claim, &view, periods[i], r, &discourse, dataset).score,
                    score_record(claim, &view, periods[i], r, &discourse, dataset),
                )
            })
            .collect();
    out.sort_by(|a, b| b.3.total_cmp(&a.3));
    out.truncate(5);
    out
}

#[cfg(test)]
mod bound_tests {
    use super::*;
    use crate::article::Article;
    use crate::mentions::{self, Context};
    use crate::{claims, reference, sentences};

    /// `score_bound` never falls below the real scores of any candidate
    /// of any claim of the sample articles: ranking and `why_unlinked`
    /// skip records by it, so scoring must not outgrow it.
    #[test]
    fn bounds_hold_on_the_samples() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let records = reference::load_paths(&[&root.join("reference")]).expect("reference loads");
        let dataset = Dataset::new(records);
        let mut paths: Vec<_> = std::fs::read_dir(root.join("claims"))
            .expect("claims/")
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "md"))
            .collect();
        paths.sort();
        let mut checked = 0;
        // Candidates marked described, and not.
        let mut marked = (0, 0);
        for path in paths {
            let a = Article::read(&path).expect("article reads");
            let s = sentences::split(&a.prose);
            let found = mentions::extract(&a.prose, &Context { published: a.published });
            let cs = claims::build(found, &s, &a.silenced).claims;
            let discourse = Discourse::new(&a.prose, &s, &dataset);
            let periods = claim_periods(&a.prose, &s, &cs, &discourse);
            let mut retrieved = None;
            for (claim, period) in cs.iter().zip(&periods) {
                let view = ClaimView::new(
                    claim, &cs, *period, &a.prose, &s, &discourse, &dataset, &mut None,
                );
                // Candidates kept from the claim before, in the same
                // sentence, are the ones retrieved afresh.
                let shared = ClaimView::new(
                    claim,
                    &cs,
                    *period,
                    &a.prose,
                    &s,
                    &discourse,
                    &dataset,
                    &mut retrieved,
                );
                assert_eq!(view.candidates, shared.candidates, "{}", path.display());
                // The marks from the postings are what each record's
                // own lists say; the facts gathered are the index's.
                for ((r, facts, slot), &described) in view.candidates.iter().zip(&view.described) {
                    assert_eq!(described, attribute_or_unit_named(&view, r, &dataset));
                    assert_eq!(facts, dataset.index.facts(r));
                    // One slot per name list.
                    let first = view.candidates.slots.iter().position(|&s| s == slot).unwrap();
                    assert_eq!(facts.name_list, view.candidates.facts[first].name_list);
                }
                marked.0 += view.described.iter().filter(|&&d| d).count();
                marked.1 += view.described.iter().filter(|&&d| !d).count();
                let of_kind = |r: &&u32| dataset.index.kind(**r) == claim.mention.kind();
                assert!(
                    view.candidates
                        .records
                        .iter()
                        .filter(of_kind)
                        .eq(view.bounds.iter().map(|b| &b.0))
                );
                for &(r, subject, bound) in &view.bounds {
                    let expected = score_bound(claim, &view, *period, r, &discourse, &dataset);
                    assert_eq!((subject, bound), expected);
                }
                for r in 0..dataset.records.len() as u32 {
                    let (subject_bound, bound) =
                        score_bound(claim, &view, *period, r, &discourse, &dataset);
                    let subject = subject_score(claim, &view, r, &discourse, &dataset);
                    let score = score_record(claim, &view, *period, r, &discourse, &dataset);
                    assert!(subject <= subject_bound, "{}: record {r}", path.display());
                    assert!(score <= bound, "{}: record {r}", path.display());
                    checked += 1;
                }
            }
        }
        assert!(checked > 0);
        assert!(marked.0 > 0 && marked.1 > 0, "{marked:?}");
        // `subject_bound` is kept per subject: all records of a subject
        // have the same name words.
        let name_words = |r: u32| {
            let mut w: Vec<WordId> =
                dataset.index.record(r).names.iter().flat_map(|n| n.iter().copied()).collect();
            w.sort_unstable();
            w.dedup();
            w
        };
        for a in 0..dataset.records.len() as u32 {
            for b in 0..a {
                let (ra, rb) = (dataset.index.record(a), dataset.index.record(b));
                if ra.subject == rb.subject && ra.names_shared && rb.names_shared {
                    assert_eq!(name_words(a), name_words(b));
                }
                // `subject_bound` is kept per name list.
                if dataset.index.name_list(a) == dataset.index.name_list(b) {
                    assert_eq!(ra.names, rb.names);
                    assert_eq!(ra.own_names, rb.own_names);
                }
            }
        }
    }
}
