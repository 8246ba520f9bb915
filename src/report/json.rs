//! The JSON report of formats.md section 3, keys in a stable order.

use std::io::{self, Write};

use serde_json::{Map, Value as J, json};

use super::{CheckedClaim, Report};
use crate::value::Value;

pub(super) fn print(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &report_json(report))?;
    writeln!(out)
}

pub(super) fn report_json(report: &Report) -> J {
    let articles: Vec<J> = report
        .articles
        .iter()
        .map(|a| {
            json!({
                "path": a.path,
                "published": a.published.map(|d| d.to_string()),
                "claims": a.claims.iter().map(claim_json).collect::<Vec<_>>(),
                "silenced": a.silenced,
            })
        })
        .collect();
    let s = report.summary();
    json!({
        "schema_version": 1,
        "articles": articles,
        "summary": {
            "articles": s.articles,
            "claims": s.claims,
            "supported": s.supported,
            "contradicted": s.contradicted,
            "unverifiable": s.unverifiable,
            "silenced": s.silenced,
        },
    })
}

fn claim_json(c: &CheckedClaim) -> J {
    let mut m = Map::new();
    m.insert("id".into(), J::String(c.id.clone()));
    m.insert("span".into(), json!({"start": c.span.start, "end": c.span.end}));
    m.insert("line".into(), json!(c.line));
    m.insert("column".into(), json!(c.column));
    m.insert("text".into(), J::String(c.text.clone()));
    m.insert("sentence".into(), J::String(c.sentence.clone()));
    m.insert("kind".into(), J::String(c.kind().as_str().into()));
    m.insert("value".into(), c.value.to_json());
    m.insert("qualifier".into(), J::String(c.qualifier.as_str().into()));
    if let Some(noun) = &c.noun {
        m.insert("noun".into(), J::String(noun.clone()));
    }
    m.insert("verdict".into(), J::String(c.verdict.as_str().into()));
    m.insert(
        "reference".into(),
        c.evidence.as_ref().map_or(J::Null, |e| {
            let (value, end) = reference_value(&e.value);
            let mut r = Map::new();
            r.insert("id".into(), J::String(e.record_id.clone()));
            r.insert("value".into(), value);
            if let Some(end) = end {
                r.insert("end".into(), end);
            }
            r.insert("source".into(), J::String(e.source.clone()));
            r.insert("subject".into(), J::String(e.subject.clone()));
            r.insert("attribute".into(), J::String(e.attribute.clone()));
            r.insert("origin".into(), J::String(e.origin.clone()));
            J::Object(r)
        }),
    );
    m.insert("reason".into(), J::String(c.reason.message.clone()));
    if let Some(code) = c.reason.code {
        m.insert("reason_code".into(), J::String(code.as_str().into()));
    }
    if let Some(e) = &c.evidence {
        m.insert(
            "comparison".into(),
            json!({
                "claimed": e.claimed,
                "difference": e.difference.map(crate::value::json_number),
                "tolerance": e.tolerance,
                "confidence": (e.confidence * 1000.0).round() / 1000.0,
            }),
        );
    }
    J::Object(m)
}

/// A record's value and end as formats.md section 2 writes them
/// (`10000000000`, `"2025-06-13"`, `"P12D"`).
fn reference_value(v: &Value) -> (J, Option<J>) {
    match v.to_json() {
        J::Object(m) => {
            let main = ["number", "amount", "percent", "date", "duration", "ordinal"]
                .iter()
                .find_map(|k| m.get(*k).cloned())
                .unwrap_or(J::Null);
            (main, m.get("end").cloned())
        }
        other => (other, None),
    }
}
