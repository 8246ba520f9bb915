//! Lints for sets that load but are risky.

use super::Record;

/// A risky pattern in a loaded set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    /// Where (the first record involved).
    pub origin: super::Origin,
    /// What is risky, naming the other records involved.
    pub message: String,
}

/// Lints `records`.
pub fn lint(_records: &[Record]) -> Vec<Warning> {
    Vec::new()
}
