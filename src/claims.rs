//! Stage 4: claims. A claim is a mention placed in its sentence and
//! paragraph, numbered in order of position; mentions inside regions
//! silenced by `claimcheck-disable` comments are counted, not kept.

use crate::mentions::Mention;
use crate::sentences::Sentence;
use crate::span::Span;

/// A mention in its context.
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    /// `c1`, `c2`, ... by position.
    pub id: String,
    /// The value found.
    pub mention: Mention,
    /// Index of its sentence in the article's sentences.
    pub sentence: usize,
}

/// The claims of one article, and how many were silenced on purpose.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Claims {
    /// Claims by position.
    pub claims: Vec<Claim>,
    /// Mentions inside silenced regions.
    pub silenced: usize,
}

/// Places each mention in its sentence. Mentions outside any sentence
/// (which masking should prevent) are placed in the nearest sentence
/// before them.
pub fn build(mentions: Vec<Mention>, sentences: &[Sentence], silenced: &[Span]) -> Claims {
    let mut out = Claims { claims: Vec::with_capacity(mentions.len()), silenced: 0 };
    for mention in mentions {
        if silenced.iter().any(|s| s.overlaps(mention.span)) {
            out.silenced += 1;
            continue;
        }
        let after = sentences.partition_point(|s| s.span.start <= mention.span.start);
        let sentence = after.saturating_sub(1);
        let id = claim_id(out.claims.len() + 1);
        out.claims.push(Claim { id, mention, sentence });
    }
    out
}

/// `c` and the claim's number: `c1`, `c2`, ... (`itoa` rather than
/// `format!`, which costs ten times as much for every claim).
fn claim_id(n: usize) -> String {
    let mut digits = itoa::Buffer::new();
    let digits = digits.format(n);
    let mut id = String::with_capacity(1 + digits.len());
    id.push('c');
    id.push_str(digits);
    id
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::{Qualifier, Value};

    fn mention(start: usize, end: usize) -> Mention {
        Mention {
            span: Span::new(start, end),
            value: Value::Ordinal(1),
            qualifier: Qualifier::Exact,
            noun: None,
        }
    }

    #[test]
    fn claims_find_their_sentence_and_skip_silenced_regions() {
        let sentences = [
            Sentence { span: Span::new(0, 10), paragraph: 0, heading: false },
            Sentence { span: Span::new(11, 30), paragraph: 0, heading: false },
        ];
        let got = build(
            vec![mention(2, 4), mention(12, 14), mention(20, 22)],
            &sentences,
            &[Span::new(19, 25)],
        );
        assert_eq!(got.silenced, 1);
        assert_eq!(
            got.claims.iter().map(|c| (c.id.as_str(), c.sentence)).collect::<Vec<_>>(),
            [("c1", 0), ("c2", 1)]
        );
    }

    #[test]
    fn claim_ids_are_c_and_the_number() {
        assert_eq!(claim_id(1), "c1");
        assert_eq!(claim_id(10), "c10");
        assert_eq!(claim_id(1234), "c1234");
        assert_ne!(claim_id(12), "c1");
    }
}
