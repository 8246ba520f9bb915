//! Development check, not a test: on every article of a corpus, the
//! mentions found with the numeric pass stepping only on the bytes the
//! shared tokens mark (`mentions::extract`) are those it finds stepping
//! on every byte (`mentions::extract_every_byte`). Prints the first
//! differences and exits 1 when there are any.
//!
//! `cargo run --release --example prefilter_check -- /work/shared/corpus/bbc-news`

use std::path::PathBuf;

use claimcheck::mentions::{Context, extract, extract_every_byte};

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "../shared/corpus/bbc-news".into());
    // The same walk, order and extensions as the `check` command's.
    let files = claimcheck::inputs::article_paths(&[PathBuf::from(&dir)], &[]).expect("corpus");
    let ctx = Context { published: "2005-01-15".parse().ok() };
    let (mut mentions, mut differing) = (0, 0);
    for f in &files {
        let Ok(text) = std::fs::read_to_string(f) else { continue };
        let fast = extract(&text, &ctx);
        mentions += fast.len();
        if fast != extract_every_byte(&text, &ctx) {
            differing += 1;
            if differing <= 10 {
                eprintln!("differs: {}", f.display());
            }
        }
    }
    println!("{} articles, {mentions} mentions, {differing} differing", files.len());
    std::process::exit(i32::from(differing > 0));
}
