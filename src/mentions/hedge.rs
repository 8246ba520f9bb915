//! Hedges: the words before a value that bound it ("at least 12",
//! "nearly 3 million", "more than 40%").

use crate::value::Qualifier;

/// Hedge phrases and what they mean, longest first so that "no more than"
/// wins over "more than".
const HEDGES: &[(&str, Qualifier)] = &[
    ("no more than", Qualifier::AtMost),
    ("no fewer than", Qualifier::AtLeast),
    ("no less than", Qualifier::AtLeast),
    ("not more than", Qualifier::AtMost),
    ("a little over", Qualifier::MoreThan),
    ("a little more than", Qualifier::MoreThan),
    ("as many as", Qualifier::AtMost),
    ("as much as", Qualifier::AtMost),
    ("in excess of", Qualifier::MoreThan),
    ("more than", Qualifier::MoreThan),
    ("fewer than", Qualifier::LessThan),
    ("less than", Qualifier::LessThan),
    ("at least", Qualifier::AtLeast),
    ("at most", Qualifier::AtMost),
    ("up to", Qualifier::AtMost),
    ("close to", Qualifier::Approximately),
    ("just over", Qualifier::MoreThan),
    ("just under", Qualifier::LessThan),
    ("well over", Qualifier::MoreThan),
    ("approximately", Qualifier::Approximately),
    ("an estimated", Qualifier::Approximately),
    ("estimated", Qualifier::Approximately),
    ("roughly", Qualifier::Approximately),
    ("nearly", Qualifier::Approximately),
    ("almost", Qualifier::Approximately),
    ("around", Qualifier::Approximately),
    ("about", Qualifier::Approximately),
    ("some", Qualifier::Approximately),
    ("over", Qualifier::MoreThan),
    ("above", Qualifier::MoreThan),
    ("under", Qualifier::LessThan),
    ("below", Qualifier::LessThan),
];

/// The hedge that ends right before byte `at` of `text` (only spaces
/// between), as `(start of the hedge, qualifier)`.
///
/// ```
/// use claimcheck::mentions::hedge_before;
/// use claimcheck::value::Qualifier;
/// let s = "At least 12 agreements";
/// assert_eq!(hedge_before(s, 9), Some((0, Qualifier::AtLeast)));
/// assert_eq!(hedge_before("the 12 agreements", 4), None);
/// ```
pub fn hedge_before(text: &str, at: usize) -> Option<(usize, Qualifier)> {
    let before = text.get(..at)?.trim_end_matches([' ', '\u{a0}']);
    if before.len() == at {
        return None; // no space between hedge and value
    }
    HEDGES.iter().find_map(|(phrase, q)| {
        let start = before.len().checked_sub(phrase.len())?;
        let tail = before.get(start..)?;
        let starts_word =
            start == 0 || !before[..start].chars().next_back().is_some_and(char::is_alphanumeric);
        (tail.eq_ignore_ascii_case(phrase) && starts_word).then_some((start, *q))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hedges_bind_to_the_value_after_them() {
        let cases = [
            ("At least 12", 9, Some((0, Qualifier::AtLeast))),
            ("nearly 3 million", 7, Some((0, Qualifier::Approximately))),
            ("rose more than 40%", 15, Some((5, Qualifier::MoreThan))),
            ("no more than 5", 13, Some((0, Qualifier::AtMost))),
            ("handsome 5", 9, None),
            ("the 5", 4, None),
        ];
        for (text, at, want) in cases {
            assert_eq!(hedge_before(text, at), want, "{text}");
        }
    }
}
