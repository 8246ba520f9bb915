//! Development tool: runs extraction over every article of a corpus
//! directory (and every suffix of the first bytes of each, to shake out
//! boundary bugs) and reports panics with the file that caused them.
//!
//! `cargo run --release --example smoke_corpus -- ../shared/corpus/bbc-news`

use std::path::PathBuf;

use claimcheck::mentions::{Context, extract};

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "../shared/corpus/bbc-news".into());
    // The same walk, order and extensions as the `check` command's.
    let files = claimcheck::inputs::article_paths(&[PathBuf::from(&dir)], &[]).expect("corpus");
    let ctx = Context { published: "2005-01-15".parse().ok() };
    let mut failures = 0;
    for f in &files {
        let Ok(text) = std::fs::read_to_string(f) else { continue };
        let result = std::panic::catch_unwind(|| {
            let mentions = extract(&text, &ctx);
            for m in &mentions {
                assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
            }
            // Every cut of the text on a character boundary.
            for (i, _) in text.char_indices().step_by(7) {
                let _ = extract(&text[i..], &ctx);
                let _ = extract(&text[..i], &ctx);
            }
        });
        if result.is_err() {
            failures += 1;
            println!("PANIC {}", f.display());
        }
    }
    println!("{} files, {failures} panicking", files.len());
}
