//! Mention extraction on arbitrary text: no panic, and every mention is
//! a non-empty span on character boundaries, sorted, without overlaps.

#![no_main]

use claimcheck::mentions::{Context, extract};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The first byte picks whether a publication date is known, so that
    // relative dates are resolved in half the runs.
    let (published, rest) = match data.split_first() {
        Some((b, rest)) if b & 1 == 1 => (Some(jiff::civil::date(2025, 11, 25)), rest),
        Some((_, rest)) => (None, rest),
        None => (None, data),
    };
    let text = String::from_utf8_lossy(rest);
    let found = extract(&text, &Context { published });
    let mut last_end = 0;
    for m in &found {
        assert!(m.span.start < m.span.end, "empty span {:?}", m.span);
        assert!(m.span.start >= last_end, "overlap or disorder at {:?}", m.span);
        assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
        assert!(m.span.end <= text.len());
        last_end = m.span.end;
    }
});
