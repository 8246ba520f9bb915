//! The linking index over subjects, aliases and attributes.

use super::Record;

/// Identifies a subject (a distinct normalised subject name).
pub type SubjectId = usize;

/// Candidate lookup for the linker.
#[derive(Debug, Default)]
pub struct Index {}

impl Index {
    /// Builds the index over `records`.
    pub fn build(_records: &[Record]) -> Index {
        Index {}
    }
}
