//! SARIF 2.1.0 (OASIS), the static-analysis format code-scanning
//! services and IDE viewers read: one result per contradicted or
//! unverifiable claim, each pointing at the claim's exact region.
//!
//! Rules: `claimcheck/contradicted` (level `error`) and one
//! `claimcheck/unverifiable/<reason_code>` per reason (level
//! `warning`), always all of them and in a fixed order so that
//! `ruleIndex` is stable between runs. Columns count Unicode code points
//! (`columnKind`), as `CheckedClaim::column` does; `byteOffset` and
//! `byteLength` give the same region in bytes of the file as read.
//! Checked with Microsoft's `sarif-multitool validate`
//! (`tests/validate_sarif.sh`).

use std::io::{self, Write};

use serde_json::{Value as J, json};

use super::words::{end_line_col, reason, sentence};
use super::{ArticleReport, CheckedClaim, Report};
use crate::span::LineIndex;
use crate::verdict::{ReasonCode, Verdict};

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";
const CONTRADICTED: &str = "claimcheck/contradicted";
/// For an unverifiable claim that carries no reason code.
const UNVERIFIABLE: &str = "claimcheck/unverifiable";

/// Every reason code, in the order the rules are listed.
const REASONS: [ReasonCode; 8] = [
    ReasonCode::NoSubject,
    ReasonCode::NoAttribute,
    ReasonCode::Ambiguous,
    ReasonCode::KindMismatch,
    ReasonCode::Currency,
    ReasonCode::UnresolvedDate,
    ReasonCode::OutOfDate,
    ReasonCode::WeakLink,
];

pub(super) fn print(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &sarif(report))?;
    writeln!(out)
}

fn sarif(report: &Report) -> J {
    let artifacts: Vec<J> = report.articles.iter().map(artifact).collect();
    let results: Vec<J> = report
        .articles
        .iter()
        .enumerate()
        .flat_map(|(i, a)| {
            let lines = LineIndex::new(&a.text);
            a.claims.iter().filter_map(move |c| result(i, a, &lines, c))
        })
        .collect();
    json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": driver()},
            "columnKind": "unicodeCodePoints",
            "artifacts": artifacts,
            "results": results,
        }],
    })
}

fn driver() -> J {
    let version = env!("CARGO_PKG_VERSION");
    let mut d = json!({
        "name": "claimcheck",
        "fullName": format!("claimcheck {version}"),
        "version": version,
        "semanticVersion": version,
    });
    // Only a real address: the package's homepage or repository, once
    // Cargo.toml names one (the validator notes its absence, SARIF2005).
    if let Some(uri) = information_uri() {
        d["informationUri"] = J::String(uri.into());
    }
    d["rules"] = J::Array(rules());
    d
}

fn information_uri() -> Option<&'static str> {
    [env!("CARGO_PKG_HOMEPAGE"), env!("CARGO_PKG_REPOSITORY")].into_iter().find(|u| !u.is_empty())
}

/// The rule ids, `ruleIndex` order.
fn rule_ids() -> Vec<String> {
    let mut ids = vec![CONTRADICTED.to_string()];
    ids.extend(REASONS.iter().map(|r| format!("{UNVERIFIABLE}/{}", r.as_str())));
    ids.push(UNVERIFIABLE.to_string());
    ids
}

fn rules() -> Vec<J> {
    let mut rules = vec![rule(
        CONTRADICTED,
        "Contradicted",
        "The reference dataset contradicts the claim.",
        "A confidently linked reference record holds a value outside the interval the claim allows. Correct the text or, if the reference is out of date, the dataset.",
        "error",
    )];
    for r in REASONS {
        let (name, short) = reason_rule(r);
        rules.push(rule(
            &format!("{UNVERIFIABLE}/{}", r.as_str()),
            name,
            short,
            &format!("{short} The claim was neither supported nor contradicted; check it by hand or add a reference record."),
            "warning",
        ));
    }
    rules.push(rule(
        UNVERIFIABLE,
        "Unverifiable",
        "The claim could not be checked.",
        "The claim was neither supported nor contradicted; check it by hand or add a reference record.",
        "warning",
    ));
    rules
}

fn reason_rule(r: ReasonCode) -> (&'static str, &'static str) {
    match r {
        ReasonCode::NoSubject => {
            ("NoSubject", "No reference subject is named in or before the sentence.")
        }
        ReasonCode::NoAttribute => {
            ("NoAttribute", "The subject is known but no record has this attribute.")
        }
        ReasonCode::Ambiguous => ("Ambiguous", "Two or more reference records fit equally well."),
        ReasonCode::KindMismatch => {
            ("KindMismatch", "The best record holds another kind of value.")
        }
        ReasonCode::Currency => {
            ("Currency", "The claim's money is in another currency than the record's.")
        }
        ReasonCode::UnresolvedDate => {
            ("UnresolvedDate", "A relative date cannot be resolved without a publication date.")
        }
        ReasonCode::OutOfDate => {
            ("OutOfDate", "The record held at a date that does not cover the claim.")
        }
        ReasonCode::WeakLink => {
            ("WeakLink", "The link to the record is too weak to accuse the text of an error.")
        }
    }
}

fn rule(id: &str, name: &str, short: &str, full: &str, level: &str) -> J {
    json!({
        "id": id,
        "name": name,
        "shortDescription": {"text": short},
        "fullDescription": {"text": full},
        "defaultConfiguration": {"level": level},
        "help": {"text": full},
    })
}

fn artifact(a: &ArticleReport) -> J {
    json!({
        "location": {"uri": uri(&a.path)},
        "length": a.text.len(),
        "encoding": "utf-8",
    })
}

fn result(
    article_index: usize,
    a: &ArticleReport,
    lines: &LineIndex,
    c: &CheckedClaim,
) -> Option<J> {
    let (rule_id, level) = match c.verdict {
        Verdict::Supported => return None,
        Verdict::Contradicted => (CONTRADICTED.to_string(), "error"),
        Verdict::Unverifiable => match c.reason.code {
            Some(code) => (format!("{UNVERIFIABLE}/{}", code.as_str()), "warning"),
            None => (UNVERIFIABLE.to_string(), "warning"),
        },
    };
    let rule_index = rule_ids().iter().position(|id| *id == rule_id).expect("every rule is listed");
    let (end_line, end_column) = end_line_col(lines, &a.text, c);
    let mut properties =
        json!({"claimId": c.id, "kind": c.kind().as_str(), "verdict": c.verdict.as_str()});
    if let Some(e) = &c.evidence {
        properties["referenceId"] = J::String(e.record_id.clone());
        properties["referenceValue"] = J::String(e.value.to_string());
        properties["source"] = J::String(e.source.clone());
    }
    Some(json!({
        "ruleId": rule_id,
        "ruleIndex": rule_index,
        "level": level,
        "message": {"text": message(c)},
        "locations": [{
            "physicalLocation": {
                "artifactLocation": {"uri": uri(&a.path), "index": article_index},
                "region": {
                    "startLine": c.line,
                    "startColumn": c.column,
                    "endLine": end_line,
                    "endColumn": end_column,
                    "byteOffset": c.span.start,
                    "byteLength": c.span.len(),
                    "snippet": {"text": c.text},
                },
            },
        }],
        "properties": properties,
    }))
}

fn message(c: &CheckedClaim) -> String {
    match &c.evidence {
        Some(e) => format!(
            "“{}”: {} Reference {}: {} ({}).",
            c.text,
            sentence(reason(c)),
            e.record_id,
            e.value,
            e.source
        ),
        None => format!("“{}”: {}", c.text, sentence(reason(c))),
    }
}

/// The article's path as a URI reference: relative paths stay relative
/// (resolved against the directory the tool ran in), absolute ones
/// become `file://` URIs; every byte outside the unreserved set and `/`
/// is percent-encoded, so spaces or a `:` cannot break the URI.
fn uri(path: &str) -> String {
    let encoded = percent_encode(path);
    if path.starts_with('/') { format!("file://{encoded}") } else { encoded }
}

fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_encoded() {
        assert_eq!(uri("claims/a b.md"), "claims/a%20b.md");
        assert_eq!(uri("/tmp/x:y.md"), "file:///tmp/x%3Ay.md");
    }

    #[test]
    fn rule_ids_are_unique() {
        let ids = rule_ids();
        let mut sorted = ids.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), ids.len());
        assert_eq!(rules().len(), ids.len());
    }
}
