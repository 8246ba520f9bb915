//! Stage: verdicts. Compares a claim's value with the linked record's
//! and decides supported, contradicted or unverifiable, recording the
//! interval claimed, the difference and the tolerance applied.
//!
//! The rules (see DESIGN.md): a claim becomes an interval from its hedge
//! and the precision its text shows; it is supported when the record's
//! value lies inside (dates: when the record's interval lies inside the
//! claim's, or is the same range), contradicted otherwise, but only when
//! the link is confident. Money is only compared in the same currency.

use std::fmt;

/// The three verdicts of formats.md.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Verdict {
    /// The reference agrees.
    Supported,
    /// The reference disagrees, and the link is confident.
    Contradicted,
    /// Nothing to compare with, or not safely.
    Unverifiable,
}

impl Verdict {
    /// The name used in every format.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Supported => "supported",
            Verdict::Contradicted => "contradicted",
            Verdict::Unverifiable => "unverifiable",
        }
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why a claim is unverifiable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ReasonCode {
    /// No reference subject is named in or before the sentence.
    NoSubject,
    /// The subject is known but no record has this attribute.
    NoAttribute,
    /// Two or more records fit equally well.
    Ambiguous,
    /// The best record holds another kind of value.
    KindMismatch,
    /// Money in another currency than the record's.
    Currency,
    /// A relative date without a publication date.
    UnresolvedDate,
    /// The record held at a date that does not cover the claim.
    OutOfDate,
    /// The link is too weak to accuse the text of an error.
    WeakLink,
}

impl ReasonCode {
    /// The code used in machine formats.
    pub fn as_str(self) -> &'static str {
        match self {
            ReasonCode::NoSubject => "no_subject",
            ReasonCode::NoAttribute => "no_attribute",
            ReasonCode::Ambiguous => "ambiguous",
            ReasonCode::KindMismatch => "kind_mismatch",
            ReasonCode::Currency => "currency",
            ReasonCode::UnresolvedDate => "unresolved_date",
            ReasonCode::OutOfDate => "out_of_date",
            ReasonCode::WeakLink => "weak_link",
        }
    }
}

/// A verdict's explanation: a code (unverifiable claims) and words for
/// people.
#[derive(Clone, Debug, PartialEq)]
pub struct Reason {
    /// Machine-readable code, for unverifiable claims.
    pub code: Option<ReasonCode>,
    /// One sentence for people.
    pub message: String,
}
