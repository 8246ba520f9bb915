//! Times loading (and optionally linting) a reference set, for the
//! performance budget (1,000,000 JSON Lines records: < 2 s, < 1 GiB).
//!
//! ```text
//! python3 bench/gen_reference.py 1000000 /tmp/ref-1m.jsonl
//! cargo build --release --example load_reference
//! /usr/bin/time -v target/release/examples/load_reference /tmp/ref-1m.jsonl [--lint | --index]
//! ```

#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.iter().find(|a| !a.starts_with("--")).map(PathBuf::from) else {
        eprintln!("usage: load_reference PATH [--lint]");
        return ExitCode::from(2);
    };
    let start = Instant::now();
    let validation = claimcheck::reference::validate_path(&path);
    let loaded = start.elapsed();
    println!("loaded {} records in {:.3} s", validation.records.len(), loaded.as_secs_f64());
    for e in validation.errors.iter().take(5) {
        println!("error: {e}");
    }
    if args.iter().any(|a| a == "--index") {
        // What `check` does after the load: index and lint side by side,
        // then every warning formatted as it is printed.
        let start = Instant::now();
        let (dataset, warnings) =
            claimcheck::reference::Dataset::new_linted_loaded(validation.records);
        println!("indexed and linted in {:.3} s", start.elapsed().as_secs_f64());
        let start = Instant::now();
        let text: String =
            warnings.iter().map(|w| format!("warning: {}: {}\n", w.origin, w.message)).collect();
        println!(
            "{} warnings, {} bytes, formatted in {:.3} s",
            warnings.len(),
            text.len(),
            start.elapsed().as_secs_f64()
        );
        std::mem::forget(dataset);
        return ExitCode::SUCCESS;
    }
    if args.iter().any(|a| a == "--lint") {
        let start = Instant::now();
        let warnings = claimcheck::reference::lint(&validation.records);
        println!("{} warnings in {:.3} s", warnings.len(), start.elapsed().as_secs_f64());
        for w in warnings.iter().take(5) {
            println!("warning: {w}");
        }
    }
    if validation.is_ok() { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}
