//! The whole check pipeline (article bytes → report) on arbitrary bytes
//! against the sample reference set, then the JSON and table printers.
//! Bad input must be an error, never a panic; every claim's span must
//! hold its text.

#![no_main]

use std::path::Path;
use std::sync::LazyLock;

use claimcheck::app::{Settings, check_bytes};
use claimcheck::reference::{Dataset, parse_jsonl};
use claimcheck::report::{self, Format, PrintOptions, Report};
use libfuzzer_sys::fuzz_target;

static DATASET: LazyLock<Dataset> = LazyLock::new(|| {
    let text = include_str!("../../reference/pakistan-iran.jsonl");
    Dataset::new(parse_jsonl(Path::new("pakistan-iran.jsonl"), text).expect("sample set loads"))
});

fuzz_target!(|data: &[u8]| {
    // First byte: bit 0 Markdown, bit 1 --lossy, bit 2 --published.
    let (flags, rest) = data.split_first().map_or((0, data), |(f, r)| (*f, r));
    let settings = Settings {
        lossy: flags & 2 != 0,
        published: (flags & 4 != 0).then(|| jiff::civil::date(2025, 11, 25)),
        ..Settings::default()
    };
    let Ok(article) = check_bytes("fuzz.md", rest.to_vec(), flags & 1 != 0, &DATASET, &settings)
    else {
        return;
    };
    for c in &article.claims {
        assert_eq!(&article.text[c.span.start..c.span.end], c.text);
    }
    let report = Report { articles: vec![article] };
    for format in [Format::Json, Format::Table] {
        let mut out = Vec::new();
        let opts = PrintOptions { color: false, width: Some(100) };
        report::print(&report, format, opts, &mut out).expect("printing to memory");
    }
});
