//! Per-stage benchmarks: `cargo bench --bench stages`.
//!
//! Inputs, from the environment so that anyone can run them:
//!
//! - `CLAIMCHECK_BENCH_CORPUS`: a directory of `.txt`/`.md` articles
//!   (default: the repository's `claims/`). The BBC corpus is the
//!   reference input: `CLAIMCHECK_BENCH_CORPUS=/path/to/bbc-news`.
//! - `CLAIMCHECK_BENCH_REFERENCE`: a reference dataset for the linking
//!   benchmark (default: the repository's `reference/`). A generated
//!   1,000,000-record set: `python3 bench/gen_reference.py 1000000
//!   target/bench/ref-1m.jsonl`.
//!
//! Each stage runs over every article of the corpus; throughput is in
//! bytes of article text (or claims, for linking).

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use claimcheck::article::Article;
use claimcheck::claims::{self, Claim};
use claimcheck::link::{self, LinkConfig};
use claimcheck::mentions::{self, Context};
use claimcheck::reference::{self, Dataset};
use claimcheck::sentences::{self, Sentence};
use divan::Bencher;
use divan::counter::{BytesCount, ItemsCount};

fn main() {
    divan::main();
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(&path, out);
        } else if path.extension().is_some_and(|e| e == "txt" || e == "md" || e == "markdown") {
            out.push(path);
        }
    }
}

/// The corpus, parsed once.
fn corpus() -> &'static [Article] {
    static CORPUS: OnceLock<Vec<Article>> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let dir = std::env::var_os("CLAIMCHECK_BENCH_CORPUS")
            .map_or_else(|| root().join("claims"), PathBuf::from);
        let mut paths = Vec::new();
        walk(&dir, &mut paths);
        paths.sort();
        let articles: Vec<Article> = paths.iter().filter_map(|p| Article::read(p).ok()).collect();
        assert!(!articles.is_empty(), "no articles under {}", dir.display());
        eprintln!(
            "corpus: {} articles, {} bytes from {}",
            articles.len(),
            bytes(&articles),
            dir.display()
        );
        articles
    })
}

fn bytes(articles: &[Article]) -> usize {
    articles.iter().map(|a| a.text.len()).sum()
}

/// The reference set, loaded and indexed once.
fn dataset() -> &'static Dataset {
    static DATASET: OnceLock<Dataset> = OnceLock::new();
    DATASET.get_or_init(|| {
        let path = std::env::var_os("CLAIMCHECK_BENCH_REFERENCE")
            .map_or_else(|| root().join("reference"), PathBuf::from);
        let records = reference::load_paths(&[&path]).expect("reference loads");
        eprintln!("reference: {} records from {}", records.len(), path.display());
        Dataset::new(records)
    })
}

/// Sentences, mentions and claims of every article, computed once for
/// the linking benchmark.
struct Prepared {
    sentences: Vec<Vec<Sentence>>,
    claims: Vec<Vec<Claim>>,
}

fn prepared() -> &'static Prepared {
    static PREPARED: OnceLock<Prepared> = OnceLock::new();
    PREPARED.get_or_init(|| {
        let mut out = Prepared { sentences: Vec::new(), claims: Vec::new() };
        for a in corpus() {
            let s = sentences::split(&a.prose);
            let found = mentions::extract(&a.prose, &Context { published: a.published });
            out.claims.push(claims::build(found, &s, &a.silenced).claims);
            out.sentences.push(s);
        }
        out
    })
}

#[divan::bench(sample_count = 10)]
fn sentences(bencher: Bencher) {
    let articles = corpus();
    bencher.counter(BytesCount::new(bytes(articles))).bench(|| {
        articles.iter().map(|a| sentences::split(divan::black_box(&a.prose)).len()).sum::<usize>()
    });
}

#[divan::bench(sample_count = 10)]
fn mentions(bencher: Bencher) {
    let articles = corpus();
    bencher.counter(BytesCount::new(bytes(articles))).bench(|| {
        articles
            .iter()
            .map(|a| {
                let ctx = Context { published: a.published };
                mentions::extract(divan::black_box(&a.prose), &ctx).len()
            })
            .sum::<usize>()
    });
}

/// Sentences, mentions and claims: everything `extract` does before
/// printing.
#[divan::bench(sample_count = 10)]
fn extract_pipeline(bencher: Bencher) {
    let articles = corpus();
    bencher.counter(BytesCount::new(bytes(articles))).bench(|| {
        articles
            .iter()
            .map(|a| {
                let s = sentences::split(divan::black_box(&a.prose));
                let found = mentions::extract(&a.prose, &Context { published: a.published });
                claims::build(found, &s, &a.silenced).claims.len()
            })
            .sum::<usize>()
    });
}

/// Linking every claim of every article against the reference set.
#[divan::bench(sample_count = 10)]
fn link_per_claim(bencher: Bencher) {
    let articles = corpus();
    let dataset = dataset();
    let prepared = prepared();
    let claims: usize = prepared.claims.iter().map(Vec::len).sum();
    let cfg = LinkConfig::default();
    bencher.counter(ItemsCount::new(claims)).bench(|| {
        articles
            .iter()
            .zip(&prepared.sentences)
            .zip(&prepared.claims)
            .map(|((a, s), c)| link::link_article(&a.prose, s, c, dataset, &cfg).len())
            .sum::<usize>()
    });
}

/// Parsing and indexing the reference set (`CLAIMCHECK_BENCH_REFERENCE`).
#[divan::bench(sample_count = 3)]
fn reference_load(bencher: Bencher) {
    let path = std::env::var_os("CLAIMCHECK_BENCH_REFERENCE")
        .map_or_else(|| root().join("reference"), PathBuf::from);
    bencher.bench(|| {
        let records = reference::load_paths(&[&path]).expect("reference loads");
        Dataset::new(records).records.len()
    });
}
