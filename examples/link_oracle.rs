//! Development tool: links and judges the *annotated* claims of an
//! evaluation set (perfect extraction), so that the linker and the
//! verdict rules can be tuned apart from extraction.
//!
//! `cargo run --release --example link_oracle -- ../shared/eval/dev [-v]`

use std::collections::BTreeMap;
use std::path::Path;

use claimcheck::article::Article;
use claimcheck::claims::{self, Claim};
use claimcheck::link::{self, LinkConfig};
use claimcheck::mentions::Mention;
use claimcheck::reference::{self, Dataset};
use claimcheck::span::Span;
use claimcheck::value::{Currency, DateValue, IsoDuration, Qualifier, Value};
use claimcheck::verdict::{self, Tolerances};
use serde_json::Value as J;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let dir = Path::new(args.get(1).map_or("../shared/eval/dev", String::as_str));
    let verbose = args.iter().any(|a| a == "-v");
    let records = reference::load_path(&dir.join("reference.jsonl")).expect("reference");
    let dataset = Dataset::new(records);
    let expected: Vec<J> = std::fs::read_to_string(dir.join("expected.jsonl"))
        .expect("expected")
        .lines()
        .map(|l| serde_json::from_str(l).expect("json"))
        .collect();
    let mut by_article: BTreeMap<String, Vec<&J>> = BTreeMap::new();
    for e in &expected {
        by_article.entry(e["article"].as_str().unwrap().to_string()).or_default().push(e);
    }
    let (
        mut total,
        mut right,
        mut linked_right,
        mut linkable,
        mut false_alarms,
        mut contra,
        mut contra_right,
    ) = (0, 0, 0, 0, 0, 0, 0);
    for (name, exps) in &by_article {
        let path = dir.join("articles").join(name);
        let mut article = Article::read(&path).expect("article");
        article.published = exps[0]["published"].as_str().and_then(|d| d.parse().ok());
        let sentences = claimcheck::sentences::split(&article.prose);
        let mentions: Vec<Mention> = exps.iter().map(|e| mention(e)).collect();
        let built = claims::build(mentions, &sentences, &[]);
        let claims: Vec<Claim> = built.claims;
        let links = link::link_article(
            &article.prose,
            &sentences,
            &claims,
            &dataset,
            &LinkConfig::default(),
        );
        for ((claim, l), e) in claims.iter().zip(&links).zip(exps) {
            let text = claim.mention.text(&article.text);
            let j =
                verdict::judge(text, &claim.mention, l, &dataset.records, &Tolerances::default());
            let want = e["verdict"].as_str().unwrap();
            let got = j.verdict.as_str();
            let want_ref = e["reference_id"].as_str();
            let got_ref = j.record.map(|i| dataset.records[i].id.as_str());
            total += 1;
            if want == got {
                right += 1;
            }
            if want == "contradicted" {
                contra += 1;
                if got == "contradicted" {
                    contra_right += 1;
                }
            }
            if want != "contradicted" && got == "contradicted" {
                false_alarms += 1;
            }
            if want != "unverifiable" {
                linkable += 1;
                if want_ref == got_ref {
                    linked_right += 1;
                }
            }
            if verbose && (want != got || want_ref != got_ref) {
                let sentence = &article.text
                    [sentences[claim.sentence].span.start..sentences[claim.sentence].span.end];
                println!(
                    "{name} {text:?} want {want} {want_ref:?} got {got} {got_ref:?} ({:?}: {})\n    {}\n    link {:?}",
                    j.reason.code,
                    j.reason.message,
                    sentence.replace('\n', " "),
                    l
                );
                let i = claims.iter().position(|c| std::ptr::eq(c, claim)).unwrap_or(0);
                for (r, s, a, t) in
                    link::explain_candidates(&article.prose, &sentences, &claims, i, &dataset)
                        .iter()
                        .take(3)
                {
                    println!(
                        "      {t:.3} (subject {s:.2}, attribute {a:.2}) {}: {}",
                        dataset.records[*r].id, dataset.records[*r].attribute
                    );
                }
            }
        }
    }
    println!(
        "verdict_accuracy={:.3} contradicted_recall={:.3} false_alarms={} link_accuracy={:.3} (n={total})",
        right as f64 / total as f64,
        contra_right as f64 / contra.max(1) as f64,
        false_alarms,
        linked_right as f64 / linkable.max(1) as f64
    );
}

fn mention(e: &J) -> Mention {
    let span = Span::new(
        e["span"]["start"].as_u64().unwrap() as usize,
        e["span"]["end"].as_u64().unwrap() as usize,
    );
    let num = |v: &J| v.as_f64().unwrap();
    let end = e.get("end").filter(|v| !v.is_null());
    let value = match e["kind"].as_str().unwrap() {
        "number" => Value::Number {
            value: num(&e["value"]),
            end: end.map(num),
            unit: e["unit"].as_str().map(String::from),
        },
        "money" => Value::Money {
            amount: num(&e["value"]),
            end: end.map(num),
            currency: Currency::new(e["unit"].as_str().unwrap_or("USD")).unwrap_or(Currency::USD),
        },
        "percent" => Value::Percent { value: num(&e["value"]), end: end.map(num), points: false },
        "ordinal" => Value::Ordinal(num(&e["value"]) as u64),
        "duration" => Value::Duration(e["value"].as_str().unwrap().parse::<IsoDuration>().unwrap()),
        _ => Value::Date(DateValue::Resolved {
            start: e["value"].as_str().unwrap().parse().unwrap(),
            end: end.and_then(|v| v.as_str()).map(|s| s.parse().unwrap()),
        }),
    };
    let qualifier = serde_json::from_value::<Qualifier>(e["qualifier"].clone()).unwrap_or_default();
    let noun = if e["kind"] == "number" { e["unit"].as_str().map(String::from) } else { None };
    Mention { span, value, qualifier, noun }
}
