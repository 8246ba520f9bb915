//! Inputs that once crashed a fuzz target, or that sit on the edges the
//! fuzz targets probe (overflowing numbers, unclosed Markdown, truncated
//! values), replayed through the same library entry points as `fuzz/`:
//! no panic, and every span holds its claim's text.

use std::path::Path;

use claimcheck::app::{Settings, check_bytes};
use claimcheck::mentions::{Context, extract};
use claimcheck::reference::{Dataset, parse_bytes};

const EDGES: &[&str] = &[
    "",
    "$",
    "£",
    "€.",
    "12-",
    "-12",
    "%",
    "12%%",
    "$$$1",
    "99999999999999999999999999999999999999999 billion",
    "$1e400 trillion",
    "1,2,3,4,5,6,7,8,9,0,1,2,3,4,5,6,7,8,9,0,1,2,3,4,5,6,7,8,9 people",
    "0.000000000000000000000000000000000000000000001%",
    "18446744073709551616th",
    "at least at least nearly about more than",
    "between 2 and",
    "from 3 to",
    "on 31 February 2025",
    "on February 29, 2023",
    "in 99999",
    "in the year 0",
    "P12D",
    "12-day-12-day-12-day",
    "a 9999999999999-year war",
    "last last month next next week",
    "---\n",
    "---\ndate: \n---\n",
    "<!--",
    // Found by the `check` target (2026-11-28): an unclosed comment whose
    // text ends in a multi-byte character.
    "<!-- it\u{2019}s",
    "---\ntitle: x\n---\n<!-- Pakistan\u{2019}s\u{2019}x",
    "<!-- claimcheck-disable -->",
    "<!-- claimcheck-disable-next-line -->",
    "`12",
    "[12](",
    "](12",
    "# 12\n    12 indented\n```\n12 fenced",
    "\u{feff}",
    "\u{feff}12",
    "12\u{301} accents\u{200d}",
    "١٢ agreements",
    "１２ agreements",
    "12\r",
    "\r\n\r\n12",
    "£2.89bn £2.89bn£2.89bn",
    "37.5%-40%",
    "nearly 3 million, nearly 3 million",
];

fn contexts() -> [Context; 2] {
    [Context::default(), Context { published: Some(jiff::civil::date(2025, 11, 25)) }]
}

#[test]
fn extraction_survives_the_edges() {
    for text in EDGES {
        for ctx in contexts() {
            for m in extract(text, &ctx) {
                assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
                assert!(m.span.start < m.span.end && m.span.end <= text.len(), "{text:?}");
            }
        }
    }
}

#[test]
fn the_pipeline_survives_the_edges() {
    let dataset = Dataset::default();
    for text in EDGES {
        for markdown in [false, true] {
            for settings in [Settings::default(), Settings { lossy: true, ..contexts_settings() }] {
                let Ok(a) =
                    check_bytes("x.md", text.as_bytes().to_vec(), markdown, &dataset, &settings)
                else {
                    continue;
                };
                for c in &a.claims {
                    assert_eq!(&a.text[c.span.start..c.span.end], c.text, "{text:?}");
                }
            }
        }
    }
}

fn contexts_settings() -> Settings {
    Settings { published: Some(jiff::civil::date(2025, 11, 25)), ..Settings::default() }
}

#[test]
fn reference_parsing_survives_the_edges() {
    let cases: &[&[u8]] = &[
        b"",
        b"[",
        b"[]",
        b"[,]",
        b"{",
        b"{}{}",
        b"\xef\xbb\xbf",
        b"\xef\xbb",
        b"id\n",
        b"id,subject,attribute,kind,value,source\n\"",
        b"id,subject,attribute,kind,value,source\na,S,x,date,2025-01-01,s,\n",
        b"id,subject,attribute,kind,value,source,end\na,S,x,money,1e999,s,\n",
        b"id,subject,attribute,kind,value,source,end\na,S,x,date,2025,s,2024\n",
        br#"{"id":"a","subject":"S","attribute":"x","kind":"number","value":1e999,"source":"s"}"#,
        br#"{"id":"a","subject":"S","attribute":"x","kind":"duration","value":"P99999999999999999999Y","source":"s"}"#,
        br#"{"id":"a","subject":"S","attribute":"x","kind":"date","value":"-0001-01-01","source":"s"}"#,
        br#"{"id":"a","subject":"","attribute":"","kind":"ordinal","value":0,"source":""}"#,
        br#"[{"id":"a","subject":"S","attribute":"x","kind":"percent","value":-1e308,"source":"s"}"#,
    ];
    for bytes in cases {
        for name in ["r.jsonl", "r.json", "r.csv", "r.txt"] {
            let v = parse_bytes(Path::new(name), bytes);
            for e in &v.errors {
                assert!(!e.to_string().contains('\n'), "{e}");
            }
            if v.is_ok() {
                let _ = claimcheck::reference::lint(&v.records);
                let _ = Dataset::new(v.records);
            }
        }
    }
}
