//! claimcheck: fact-checks the dates, figures, money, percentages,
//! counts, durations and ordinals of a news article against a trusted
//! reference dataset.
//!
//! The pipeline, one module per stage, each taking and returning plain
//! data:
//!
//! ```text
//! article ─▶ sentences ─▶ mentions ─▶ claims ─▶ link ─▶ verdict ─▶ report
//!  (text,     (spans,      (values,    (mention   (record   (supported,  (table, json,
//!   date)      paragraphs)  hedges)     + context) chosen)   contradicted, markdown, csv,
//!                                                            unverifiable) html, ...)
//! ```
//!
//! `app` is the only module that wires stages together; printers in
//! `report` only read verdicts.

#![warn(missing_docs)]
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod app;
pub mod article;
pub mod claims;
pub mod cli;
pub mod config;
pub mod inputs;
mod io_error;
pub mod link;
pub mod mentions;
pub mod reference;
pub mod report;
pub mod sentences;
pub mod span;
pub mod value;
pub mod verdict;
pub mod words;
