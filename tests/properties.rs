//! Issue 5, item 3: properties of the pipeline over arbitrary and
//! news-like text.
//!
//! - no panic, on any bytes;
//! - every span lies on character boundaries and its bytes are the
//!   claim's `text`;
//! - the output is the same on every run and for any thread count;
//! - inserting text before a claim shifts its span and nothing else;
//! - a reference file is never written to.
//!
//! `cargo test` runs 64 cases a property. More through proptest's own
//! environment variable: `PROPTEST_CASES=5000 cargo test --release --test
//! properties`.

use std::path::Path;
use std::sync::LazyLock;

use claimcheck::app::{Settings, check_bytes};
use claimcheck::mentions::{Context, Mention, extract};
use claimcheck::reference::{Dataset, load_path};
use claimcheck::report::{self, ArticleReport, Format, PrintOptions, Report};
use proptest::prelude::*;

static DATASET: LazyLock<Dataset> = LazyLock::new(|| {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("reference");
    Dataset::new(load_path(&dir).expect("the sample reference set loads"))
});

/// 64 cases unless `PROPTEST_CASES` says otherwise.
fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(64);
    ProptestConfig { cases, ..ProptestConfig::default() }
}

const FRAGMENTS: &[&str] = &[
    "At least 12 agreements",
    "$10 billion",
    "on Monday",
    "nearly 3 million",
    "in June",
    "12-day",
    "£2.89bn",
    "37.5%",
    "last month",
    "on August 2, 2025",
    "the second visit",
    "about $3 billion",
    "14.5 per cent",
    "two-day visit",
    "in 2024",
    "more than 1,200 people",
    "€4.5m",
    "a decade",
    "up 3 percentage points",
    "on 24 November",
    "Iran and Pakistan",
    "Larijani",
    "Pezeshkian said",
    "the 12-day war",
    "trade",
    "signed",
    "officials said",
    "—",
    "“quoted”",
    "café",
    "(about 40%)",
    "1st",
    "next week",
    "between 2 and 5 years",
];

/// A sentence of fragments and filler words.
fn sentence() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        3 => proptest::sample::select(FRAGMENTS).prop_map(str::to_string),
        1 => "[a-z]{1,8}",
        1 => "[A-Z][a-z]{1,8}",
        1 => "[0-9]{1,6}",
    ];
    (
        proptest::collection::vec(word, 1..12),
        proptest::sample::select(&[".", "!", "?", ",", ""][..]),
    )
        .prop_map(|(words, end)| format!("{}{end}", words.join(" ")))
}

/// Sentences joined by spaces, newlines, CRLF or paragraph breaks.
fn news() -> impl Strategy<Value = String> {
    let sep = proptest::sample::select(&[" ", " ", "\n", "\r\n", "\n\n", "\r\n\r\n"][..]);
    proptest::collection::vec((sentence(), sep), 0..8)
        .prop_map(|parts| parts.into_iter().map(|(s, sep)| format!("{s}{sep}")).collect::<String>())
}

/// News-like text, arbitrary Unicode, or news-like text with arbitrary
/// characters spliced in.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => news(),
        1 => any::<String>(),
        1 => (news(), any::<String>(), any::<prop::sample::Index>()).prop_map(|(n, junk, at)| {
            let mut cut = at.index(n.len() + 1);
            while !n.is_char_boundary(cut) {
                cut -= 1;
            }
            format!("{}{junk}{}", &n[..cut], &n[cut..])
        }),
    ]
}

fn settings() -> Settings {
    Settings { published: Some(jiff::civil::date(2025, 11, 25)), ..Settings::default() }
}

fn check(text: &str, markdown: bool) -> Option<ArticleReport> {
    check_bytes("a.md", text.as_bytes().to_vec(), markdown, &DATASET, &settings()).ok()
}

fn printed(article: &ArticleReport, format: Format) -> Vec<u8> {
    let report = Report { articles: vec![article.clone()] };
    let mut out = Vec::new();
    let opts = PrintOptions { color: false, width: Some(100) };
    report::print(&report, format, opts, &mut out).expect("print to memory");
    out
}

fn assert_spans_hold_their_text(text: &str, mentions: &[Mention]) {
    let mut last_end = 0;
    for m in mentions {
        assert!(m.span.start < m.span.end && m.span.end <= text.len(), "{:?}", m.span);
        assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
        assert!(m.span.start >= last_end, "mentions sorted, without overlaps");
        last_end = m.span.end;
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn extraction_never_panics_and_spans_sit_on_character_boundaries(text in text()) {
        let ctx = Context { published: Some(jiff::civil::date(2025, 11, 25)) };
        assert_spans_hold_their_text(&text, &extract(&text, &ctx));
        assert_spans_hold_their_text(&text, &extract(&text, &Context::default()));
    }

    #[test]
    fn the_pipeline_never_panics_on_any_bytes(
        bytes in proptest::collection::vec(any::<u8>(), 0..400),
        markdown in any::<bool>(),
        lossy in any::<bool>(),
    ) {
        let settings = Settings { lossy, ..settings() };
        if let Ok(article) = check_bytes("a.md", bytes, markdown, &DATASET, &settings) {
            for c in &article.claims {
                prop_assert_eq!(&article.text[c.span.start..c.span.end], c.text.as_str());
            }
            printed(&article, Format::Json);
            printed(&article, Format::Table);
        }
    }

    #[test]
    fn every_claim_span_holds_the_claim_text(text in text(), markdown in any::<bool>()) {
        if let Some(article) = check(&text, markdown) {
            prop_assert_eq!(&article.text, &text);
            for c in &article.claims {
                prop_assert!(text.is_char_boundary(c.span.start));
                prop_assert!(text.is_char_boundary(c.span.end));
                prop_assert_eq!(&text[c.span.start..c.span.end], c.text.as_str());
            }
        }
    }

    #[test]
    fn output_is_the_same_on_every_run_and_for_any_thread_count(text in news()) {
        let run = |threads: usize| {
            let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
            pool.install(|| {
                check(&text, true).map(|a| (printed(&a, Format::Json), printed(&a, Format::Table)))
            })
        };
        let once = run(1);
        prop_assert_eq!(&once, &run(2));
        prop_assert_eq!(&once, &run(2));
    }

    #[test]
    fn inserting_text_before_the_claims_shifts_spans_and_nothing_else(
        text in news(),
        prefix in proptest::sample::select(&[
            "Officials spoke.\n\n",
            "\n",
            "\n\n",
            "   ",
            "Officials spoke.\r\n\r\n",
            "The talks went on.\n\n\n",
        ][..]),
    ) {
        let ctx = Context { published: Some(jiff::civil::date(2025, 11, 25)) };
        let shifted = format!("{prefix}{text}");
        let before = extract(&text, &ctx);
        let after = extract(&shifted, &ctx);
        let moved: Vec<Mention> = before
            .iter()
            .map(|m| Mention { span: m.span.shifted(prefix.len()), ..m.clone() })
            .collect();
        prop_assert_eq!(&after, &moved);

        // Through the whole pipeline: the same claims, values and
        // verdicts, each span moved by the prefix.
        let (Some(a), Some(b)) = (check(&text, false), check(&shifted, false)) else {
            return Ok(());
        };
        prop_assert_eq!(a.claims.len(), b.claims.len());
        for (x, y) in a.claims.iter().zip(&b.claims) {
            prop_assert_eq!(x.span.shifted(prefix.len()), y.span);
            prop_assert_eq!(&x.text, &y.text);
            prop_assert_eq!(&x.value, &y.value);
            prop_assert_eq!(x.qualifier, y.qualifier);
            prop_assert_eq!(&x.noun, &y.noun);
            // A sentence before the claims may change what the linker
            // takes as the article's context (the lede); white space
            // may not.
            if prefix.trim().is_empty() {
                prop_assert_eq!(x.verdict, y.verdict);
                prop_assert_eq!(
                    x.evidence.as_ref().map(|e| &e.record_id),
                    y.evidence.as_ref().map(|e| &e.record_id)
                );
            }
        }
    }
}

// The binary, fewer cases (each starts a process).
proptest! {
    #![proptest_config(ProptestConfig { cases: config().cases.min(16), ..config() })]

    #[test]
    fn a_reference_file_is_never_written(text in news()) {
        let dir = tempfile::tempdir().unwrap();
        let reference = dir.path().join("ref.jsonl");
        let original = std::fs::read(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("reference/pakistan-iran.jsonl"),
        )
        .unwrap();
        std::fs::write(&reference, &original).unwrap();
        std::fs::write(dir.path().join("a.md"), format!("Iran said so.\n{text}")).unwrap();
        let mtime = || std::fs::metadata(&reference).unwrap().modified().unwrap();
        let before = mtime();
        for format in ["json", "table", "html"] {
            let out = std::process::Command::new(env!("CARGO_BIN_EXE_claimcheck"))
                .args(["check", "a.md", "-r", "ref.jsonl", "--no-config", "--fail-on", "never"])
                .args(["--format", format, "--output", "out.txt"])
                .current_dir(dir.path())
                .output()
                .unwrap();
            prop_assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
        }
        let validate = std::process::Command::new(env!("CARGO_BIN_EXE_claimcheck"))
            .args(["reference", "validate", "ref.jsonl"])
            .current_dir(dir.path())
            .output()
            .unwrap();
        prop_assert_eq!(validate.status.code(), Some(0));
        prop_assert_eq!(mtime(), before);
        prop_assert_eq!(std::fs::read(&reference).unwrap(), original);
    }
}
