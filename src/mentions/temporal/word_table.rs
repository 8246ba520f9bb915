//! `words::lex` as one hash-table probe. The tokeniser classifies every
//! word of the text, and most words ("the", "said", "sales") pass the
//! length and first-letter prefilter of `lex` and then go through six
//! string matches before they are rejected: about 150 instructions per
//! word, a tenth of all extraction. Here a word is packed into a `u128`
//! and looked up in an open-addressing table built once from
//! `words::VOCAB` with the flags `lex` gives each of them, so the answer
//! is `lex`'s own by construction. Exact as long as `VOCAB` lists every
//! word `lex` accepts; the test below checks that against every literal of
//! `words.rs`.

use std::sync::LazyLock;

use super::words::{VOCAB, lex as slow_lex};

/// Slots of the table: a power of two, over four times the vocabulary so
/// that probes are short.
const SLOTS: usize = 2048;

/// Words longer than this are never classified (`lex` rejects them too).
const MAX_LEN: usize = 15;

/// Keys (0 for an empty slot: no word packs to 0) and their flags.
struct Table {
    /// For each word length, a bit per first letter that some vocabulary
    /// word has: most words are rejected before they are packed.
    first: [u32; MAX_LEN + 1],
    keys: Vec<u128>,
    flags: Vec<u8>,
}

static TABLE: LazyLock<Table> = LazyLock::new(|| {
    assert!(VOCAB.len() * 4 <= SLOTS, "word table too small for the vocabulary");
    let mut t = Table { first: [0; MAX_LEN + 1], keys: vec![0; SLOTS], flags: vec![0; SLOTS] };
    for w in VOCAB {
        let Some(k) = pack(w.as_bytes()) else { continue };
        match w.as_bytes()[0] {
            f @ b'a'..=b'z' => t.first[w.len()] |= 1 << (f - b'a'),
            // `lex` classifies only words that start with a lowercase
            // letter: the probe never needs to find this one.
            _ => continue,
        }
        let mut s = slot(k);
        while t.keys[s] != 0 && t.keys[s] != k {
            s = (s + 1) % SLOTS;
        }
        t.keys[s] = k;
        t.flags[s] = slow_lex(w);
    }
    t
});

/// The word's bytes, zero-padded, as one number; `None` for an empty or
/// too long word.
fn pack(w: &[u8]) -> Option<u128> {
    if w.is_empty() || w.len() > MAX_LEN {
        return None;
    }
    // Little-endian by hand, eight bytes a half: a copy into a buffer
    // calls memcpy for every word.
    let half = |p: &[u8]| p.iter().rev().fold(0u64, |k, &c| k << 8 | u64::from(c));
    let (lo, hi) = w.split_at(w.len().min(8));
    Some(u128::from(half(lo)) | u128::from(half(hi)) << 64)
}

/// Home slot of a packed word (multiplicative hash of both halves).
fn slot(k: u128) -> usize {
    let x = (k as u64) ^ ((k >> 64) as u64).rotate_left(31);
    (x.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - SLOTS.trailing_zeros())) as usize
}

/// The lexical flags of a lowercased word: the same as `words::lex`.
pub(super) fn lex(w: &str) -> u8 {
    let t = &*TABLE;
    match w.as_bytes().first() {
        Some(&f @ b'a'..=b'z')
            if w.len() <= MAX_LEN && t.first[w.len()] & (1 << (f - b'a')) != 0 => {}
        _ => return 0,
    }
    let Some(k) = pack(w.as_bytes()) else { return 0 };
    let mut s = slot(k);
    loop {
        match t.keys[s] {
            0 => return 0,
            key if key == k => return t.flags[s],
            _ => s = (s + 1) % SLOTS,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every lowercase word literal of `words.rs` (the only words any arm
    /// of `lex` or the tables it calls can accept), and any other
    /// lowercase run that sits between two quotes.
    fn literals() -> Vec<&'static str> {
        let src = include_str!("words.rs");
        src.split('"')
            .filter(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase()))
            .collect()
    }

    #[test]
    fn the_table_agrees_with_lex_on_every_word_it_could_accept() {
        let words = literals();
        assert!(words.len() > 200, "literals not found");
        for w in words {
            assert_eq!(lex(w), slow_lex(w), "{w}");
        }
    }

    #[test]
    fn other_words_are_rejected_like_lex_does() {
        for w in
            ["", "the", "said", "junes", "mayor", "decembers", "sundays", "x", "aaaaaaaaaaaaaaaa"]
        {
            assert_eq!(lex(w), slow_lex(w), "{w}");
        }
        assert_ne!(lex("june"), 0);
        assert_ne!(lex("the"), 0);
        assert_eq!(lex("people"), 0);
    }
}
