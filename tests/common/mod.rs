//! Reports built by hand for the printer tests: a realistic article, a
//! hostile one and an empty one read from standard input. Built without
//! the pipeline so that printer tests do not move when extraction or
//! linking changes.

#![allow(dead_code)]

use claimcheck::report::{ArticleReport, CheckedClaim, Evidence, Report};
use claimcheck::span::{LineIndex, Span};
use claimcheck::value::{Currency, DateValue, PartialDate, Qualifier, Value};
use claimcheck::verdict::{Reason, ReasonCode, Verdict};

pub const SAMPLE_TEXT: &str = "---
title: Iran and Pakistan pledge to expand trade
date: 2025-08-04
---
# Iran and Pakistan pledge to expand trade

President Masoud Pezeshkian arrived in Islamabad on August 2, 2025 for a two-day visit, his first since taking office. The two sides signed 12 agreements and memoranda of understanding.

Pezeshkian said Iran wanted bilateral trade to reach $12 billion, up from about $3 billion today. Officials said trade grew by 14.5% last year.

Pakistan backed Iran during the 12-day conflict in June, and Pezeshkian called it the second visit by an Iranian president in a decade.
";

pub const HOSTILE_TEXT: &str = "Breaking <script>document.title='pwned'</script> news: the \"fund\" & 'partners' raised $5 million
<img src=x onerror=\"document.body.setAttribute('data-pwned',1)\"> in 2024 | a <b>bold</b> year.
Profits moved by -3% and =1+2 cells, 100% of them, with a bell \u{7} here.
";

/// A claim at the `nth` (0-based) occurrence of `needle` in `text`.
struct At<'a> {
    text: &'a str,
    needle: &'a str,
    nth: usize,
}

fn span_of(at: &At) -> Span {
    let start = at
        .text
        .match_indices(at.needle)
        .nth(at.nth)
        .unwrap_or_else(|| panic!("{:?} not in text", at.needle))
        .0;
    Span::new(start, start + at.needle.len())
}

fn sentence_of(text: &str, span: Span) -> String {
    let start = text[..span.start].rfind(['.', '\n']).map_or(0, |i| i + 1);
    let end = text[span.end..].find(['.', '\n']).map_or(text.len(), |i| span.end + i + 1);
    text[start..end].trim().to_string()
}

fn claim(
    id: usize,
    at: At,
    value: Value,
    qualifier: Qualifier,
    verdict: Verdict,
    reason: (Option<ReasonCode>, &str),
    evidence: Option<Evidence>,
) -> CheckedClaim {
    let span = span_of(&at);
    let (line, column) = LineIndex::new(at.text).line_col(at.text, span.start);
    CheckedClaim {
        id: format!("c{id}"),
        span,
        line,
        column,
        text: at.needle.to_string(),
        sentence: sentence_of(at.text, span),
        value,
        qualifier,
        noun: None,
        verdict,
        reason: Reason { code: reason.0, message: reason.1.to_string() },
        evidence,
    }
}

fn evidence(id: &str, subject: &str, attribute: &str, value: Value, source: &str) -> Evidence {
    Evidence {
        record_id: id.into(),
        subject: subject.into(),
        attribute: attribute.into(),
        value,
        source: source.into(),
        origin: "reference/iran-pakistan.jsonl:3".into(),
        claimed: "[12000000000, 12000000000]".into(),
        difference: None,
        tolerance: "±0.5 (rounding)".into(),
        confidence: 0.92,
    }
}

fn usd(amount: f64) -> Value {
    Value::Money { amount, end: None, currency: Currency::USD }
}

fn day(y: i16, m: i8, d: i8) -> Value {
    Value::Date(DateValue::Resolved { start: PartialDate::day(y, m, d).unwrap(), end: None })
}

fn month(y: i16, m: i8) -> Value {
    Value::Date(DateValue::Resolved { start: PartialDate::month(y, m).unwrap(), end: None })
}

fn duration(s: &str) -> Value {
    Value::Duration(s.parse().unwrap())
}

fn number(n: f64, unit: &str) -> Value {
    Value::Number { value: n, end: None, unit: Some(unit.into()) }
}

fn percent(p: f64) -> Value {
    Value::Percent { value: p, end: None, points: false }
}

const IRNA: &str = "https://en.irna.ir/news/pezeshkian-islamabad";

pub fn sample_article() -> ArticleReport {
    use Qualifier::*;
    use Verdict::*;
    let t = SAMPLE_TEXT;
    let at = |needle, nth| At { text: t, needle, nth };
    let mut trade = evidence(
        "iran-pakistan-trade-target",
        "Iran–Pakistan",
        "bilateral trade target",
        usd(1e10),
        "https://www.dawn.com/news/trade-target",
    );
    trade.difference = Some(2e9);
    let claims = vec![
        claim(
            1,
            at("August 2, 2025", 0),
            day(2025, 8, 2),
            Exact,
            Supported,
            (None, "matches 'arrival in Islamabad' of Masoud Pezeshkian: 2025-08-02"),
            Some(evidence(
                "pezeshkian-arrival",
                "Masoud Pezeshkian",
                "arrival in Islamabad",
                day(2025, 8, 2),
                IRNA,
            )),
        ),
        claim(
            2,
            at("two-day", 0),
            duration("P2D"),
            Exact,
            Supported,
            (None, "matches 'length of the visit to Pakistan' of Masoud Pezeshkian: P2D"),
            Some(evidence(
                "pezeshkian-visit-length",
                "Masoud Pezeshkian",
                "length of the visit to Pakistan",
                duration("P2D"),
                IRNA,
            )),
        ),
        claim(
            3,
            at("first", 0),
            Value::Ordinal(1),
            Exact,
            Unverifiable,
            (
                Some(ReasonCode::NoAttribute),
                "Masoud Pezeshkian has no record about 'first since taking office'",
            ),
            None,
        ),
        claim(
            4,
            at("12 agreements", 0),
            number(12.0, "agreement"),
            Exact,
            Supported,
            (None, "matches 'agreements signed during the visit' of Iran–Pakistan: 12 agreement"),
            Some(evidence(
                "iran-pakistan-agreements",
                "Iran–Pakistan",
                "agreements signed during the visit",
                number(12.0, "agreement"),
                IRNA,
            )),
        ),
        claim(
            5,
            at("$12 billion", 0),
            usd(12e9),
            Exact,
            Contradicted,
            (
                None,
                "the reference gives 10000000000 USD for 'bilateral trade target' of Iran–Pakistan, outside [12000000000, 12000000000]",
            ),
            Some(trade),
        ),
        claim(
            6,
            at("about $3 billion", 0),
            usd(3e9),
            Approximately,
            Unverifiable,
            (
                Some(ReasonCode::WeakLink),
                "the best record, 'current bilateral trade' of Iran–Pakistan, is too weakly linked to judge",
            ),
            None,
        ),
        claim(
            7,
            at("14.5%", 0),
            percent(14.5),
            Exact,
            Unverifiable,
            (
                Some(ReasonCode::NoSubject),
                "no reference subject is named in or before the sentence",
            ),
            None,
        ),
        claim(
            8,
            at("12-day", 0),
            duration("P12D"),
            Exact,
            Supported,
            (None, "matches 'length of the Iran–Israel conflict' of Iran–Israel conflict: P12D"),
            Some(evidence(
                "iran-israel-war-length",
                "Iran–Israel conflict",
                "length of the Iran–Israel conflict",
                duration("P12D"),
                "Reuters, 24 June 2025",
            )),
        ),
        claim(
            9,
            at("June", 0),
            month(2025, 6),
            Exact,
            Supported,
            (
                None,
                "matches 'start of the Iran–Israel conflict' of Iran–Israel conflict: 2025-06-13",
            ),
            Some(evidence(
                "iran-israel-war-start",
                "Iran–Israel conflict",
                "start of the Iran–Israel conflict",
                day(2025, 6, 13),
                "Reuters, 24 June 2025",
            )),
        ),
        claim(
            10,
            at("second", 0),
            Value::Ordinal(2),
            Exact,
            Contradicted,
            (
                None,
                "the reference gives #3 for 'visits by an Iranian president in a decade' of Pakistan, outside [2, 2]",
            ),
            Some(evidence(
                "pakistan-iran-presidential-visits",
                "Pakistan",
                "visits by an Iranian president in a decade",
                Value::Ordinal(3),
                IRNA,
            )),
        ),
    ];
    ArticleReport {
        path: "claims/pezeshkian-visit.md".into(),
        published: Some("2025-08-04".parse().unwrap()),
        text: t.into(),
        claims,
        silenced: 0,
    }
}

pub fn hostile_article() -> ArticleReport {
    use Qualifier::*;
    use Verdict::*;
    let t = HOSTILE_TEXT;
    let at = |needle, nth| At { text: t, needle, nth };
    let mut fund = evidence(
        "acme-\"growth\"-fund",
        "Acme \"Growth\" Fund <b>",
        "raised in O'Neil's round",
        usd(4e6),
        "=HYPERLINK(\"javascript:alert('x')\",\"click\")",
    );
    fund.origin = "reference/hostile.jsonl:1".into();
    let claims = vec![
        claim(
            1,
            at("$5 million", 0),
            usd(5e6),
            Exact,
            Contradicted,
            (
                None,
                "the reference gives 4000000 USD for 'raised in O'Neil's round' of Acme \"Growth\" Fund <b>, outside [5000000, 5000000]\n<script>alert(2)</script>",
            ),
            Some(fund),
        ),
        claim(
            2,
            at("2024", 0),
            Value::Date(DateValue::Resolved { start: PartialDate::year(2024).unwrap(), end: None }),
            Exact,
            Unverifiable,
            (Some(ReasonCode::Ambiguous), "two records fit equally well: 'a|b' and 'c,d: 50%'"),
            None,
        ),
        claim(
            3,
            at("-3%", 0),
            percent(-3.0),
            Exact,
            Unverifiable,
            (
                Some(ReasonCode::NoSubject),
                "no reference subject is named in or before the sentence",
            ),
            None,
        ),
        claim(
            4,
            at("100%", 0),
            percent(100.0),
            AtMost,
            Supported,
            (None, "matches 'share' of =cmd|' /C calc'!A0: 100%"),
            Some(evidence("+share", "@SUM(A1:A2)", "share", percent(100.0), "-internal memo")),
        ),
    ];
    ArticleReport {
        path: "claims/hostile, 100%: <b>.txt".into(),
        published: None,
        text: t.into(),
        claims,
        silenced: 0,
    }
}

pub fn empty_article() -> ArticleReport {
    ArticleReport {
        path: "-".into(),
        published: None,
        text: "Nothing to check here.\n".into(),
        claims: vec![],
        silenced: 1,
    }
}

/// All three articles, the report the golden files show.
pub fn combined_report() -> Report {
    Report { articles: vec![sample_article(), hostile_article(), empty_article()] }
}

pub fn sample_report() -> Report {
    Report { articles: vec![sample_article()] }
}

pub fn hostile_report() -> Report {
    Report { articles: vec![hostile_article()] }
}

/// An article of `text` with a claim on each of `spans` (byte ranges on
/// character boundaries), verdicts cycling through the three and
/// reference text taken from `words`, for property tests.
pub fn article_with_spans(
    path: &str,
    text: &str,
    spans: &[(usize, usize)],
    words: &str,
) -> ArticleReport {
    let verdicts = [Verdict::Supported, Verdict::Contradicted, Verdict::Unverifiable];
    let lines = LineIndex::new(text);
    let claims = spans
        .iter()
        .enumerate()
        .map(|(i, &(start, end))| {
            let span = Span::new(start, end);
            let (line, column) = lines.line_col(text, start);
            let verdict = verdicts[i % 3];
            let evidence = (verdict != Verdict::Unverifiable)
                .then(|| evidence(words, words, words, number(-1.5, words), words));
            let code = (verdict == Verdict::Unverifiable).then_some(ReasonCode::NoSubject);
            CheckedClaim {
                id: format!("c{}", i + 1),
                span,
                line,
                column,
                text: text[start..end].to_string(),
                sentence: text.to_string(),
                value: number(-2.0, words),
                qualifier: Qualifier::Exact,
                noun: None,
                verdict,
                reason: Reason { code, message: words.to_string() },
                evidence,
            }
        })
        .collect();
    ArticleReport { path: path.into(), published: None, text: text.into(), claims, silenced: 0 }
}
