//! Dates (absolute and relative) and durations.

use super::{Context, Mention};

/// Appends the date and duration mentions of `text` to `out`.
pub(crate) fn find(_text: &str, _ctx: &Context, _out: &mut Vec<Mention>) {}
