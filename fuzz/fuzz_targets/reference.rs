//! Reference parsing (JSON Lines, JSON, CSV) on arbitrary bytes: no
//! panic; every problem is an error naming the file; a set that loads is
//! indexed and linted without a panic.

#![no_main]

use std::path::Path;

use claimcheck::reference::{Dataset, lint, parse_bytes};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The first byte picks the format, as the extension would.
    let (flag, rest) = data.split_first().map_or((0, data), |(f, r)| (*f, r));
    let name = ["r.jsonl", "r.csv", "r.json", "r.txt"][usize::from(flag % 4)];
    let path = Path::new(name);
    let validation = parse_bytes(path, rest);
    for e in &validation.errors {
        assert_eq!(e.path, path);
        assert!(!e.to_string().contains('\n'), "one-line errors: {e}");
    }
    if validation.is_ok() {
        let _ = lint(&validation.records);
        let _ = Dataset::new(validation.records);
    }
});
