//! Stage 3: mentions. Finds every checkable value in a text and
//! normalises it: numbers and counts, money, percentages, ordinals,
//! durations and dates (absolute, and relative to the publication date),
//! each with its hedge.
//!
//! The stage owns no I/O: it takes a `&str` and a [`Context`] and returns
//! [`Mention`]s whose spans are byte offsets into that `&str`. Rules live
//! in the submodules next to their example sentences; this module only
//! runs them and resolves overlaps (leftmost, then longest, wins).

mod hedge;
mod lexicon;
mod numeric;
mod temporal;

use jiff::civil::Date;

use crate::span::Span;
use crate::value::{Kind, Qualifier, Value};

pub use hedge::hedge_before;

/// What extraction needs to know about the article.
#[derive(Clone, Debug, Default)]
pub struct Context {
    /// Publication date: relative dates are resolved against it. Without
    /// it they stay unresolved.
    pub published: Option<Date>,
}

/// One value found in the text.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    /// Bytes of the mention, hedge included ("At least 12").
    pub span: Span,
    /// The normalised value.
    pub value: Value,
    /// The hedge.
    pub qualifier: Qualifier,
    /// The noun phrase a count counts or an ordinal ranks, as written
    /// ("agreements and memoranda of understanding", "senior Iranian
    /// official").
    pub noun: Option<String>,
}

impl Mention {
    /// The kind of the value.
    pub fn kind(&self) -> Kind {
        self.value.kind()
    }

    /// The mention's text.
    pub fn text<'a>(&self, source: &'a str) -> &'a str {
        &source[self.span.start..self.span.end]
    }
}

/// Finds every mention in `text`, sorted by start, without overlaps.
pub fn extract(text: &str, ctx: &Context) -> Vec<Mention> {
    let mut found = Vec::new();
    temporal::find(text, ctx, &mut found);
    numeric::find(text, ctx, &mut found);
    resolve_overlaps(found)
}

/// Keeps the leftmost, then longest, of overlapping mentions. On an exact
/// tie the one found first (temporal rules run first) wins, so "12-day"
/// stays a duration and never becomes the number 12.
fn resolve_overlaps(mut found: Vec<Mention>) -> Vec<Mention> {
    // Stable sort: ties keep their discovery order.
    found.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
    let mut kept: Vec<Mention> = Vec::with_capacity(found.len());
    for m in found {
        match kept.last() {
            Some(last) if last.span.overlaps(m.span) => {
                if m.span.len() > last.span.len() && m.span.start == last.span.start {
                    *kept.last_mut().expect("non-empty") = m;
                }
            }
            _ => kept.push(m),
        }
    }
    kept
}
