//! The bundled sample article and its planted-errors copy, checked end
//! to end through the binary: values, verdicts, evidence, the JSON shape,
//! the table and the exit codes.

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

const CLEAN: &str = "claims/pakistan-iran-larijani.md";
const ERRORS: &str = "claims/pakistan-iran-larijani-errors.md";

fn claimcheck(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .env_remove("COLUMNS")
        .output()
        .expect("run claimcheck")
}

fn json_report(article: &str) -> Value {
    let out = claimcheck(&[
        "check",
        article,
        "--reference",
        "reference/",
        "--format",
        "json",
        "--fail-on",
        "never",
    ]);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("valid JSON")
}

fn claims(report: &Value) -> &Vec<Value> {
    report["articles"][0]["claims"].as_array().expect("claims array")
}

/// The claim written as `phrase` (the claim's span may be the whole
/// phrase, "At least 12", or its core, "Tuesday" of "on Tuesday").
fn find<'a>(report: &'a Value, phrase: &str) -> &'a Value {
    let text = phrase;
    claims(report)
        .iter()
        .find(|c| {
            c["text"]
                .as_str()
                .is_some_and(|t| t.contains(phrase) || (phrase.contains(t) && t.len() > 3))
        })
        .unwrap_or_else(|| {
            panic!("no claim containing {text:?} in {:#}", report["articles"][0]["claims"])
        })
}

#[test]
fn sample_yields_the_expected_values() {
    let report = json_report(CLEAN);
    let expect = [
        ("on Tuesday", "date", serde_json::json!({"date": "2025-11-25"})),
        ("on Monday", "date", serde_json::json!({"date": "2025-11-24"})),
        ("last month", "date", serde_json::json!({"date": "2025-10"})),
        ("12-day", "duration", serde_json::json!({"duration": "P12D"})),
        ("in June", "date", serde_json::json!({"date": "2025-06"})),
        ("In August", "date", serde_json::json!({"date": "2025-08"})),
        ("Earlier in October", "date", serde_json::json!({"date": "2025-10"})),
    ];
    for (text, kind, value) in expect {
        let c = find(&report, text);
        assert_eq!(c["kind"], kind, "{text}");
        assert_eq!(
            c["value"]["date"].as_str().or(c["value"]["duration"].as_str()),
            value.as_object().unwrap().values().next().unwrap().as_str(),
            "{text}: {c:#}"
        );
    }
    let money = find(&report, "$10 billion");
    assert_eq!(money["kind"], "money");
    assert_eq!(money["value"]["amount"], 10_000_000_000u64);
    assert_eq!(money["value"]["currency"], "USD");

    let count = find(&report, "At least 12");
    assert_eq!(count["kind"], "number");
    assert_eq!(count["value"]["number"], 12);
    assert_eq!(count["qualifier"], "at_least");
    assert!(count["text"].as_str().unwrap().starts_with("At least 12"), "{count:#}");
    assert_eq!(count["noun"], "agreements and memoranda of understanding");

    let ordinal = find(&report, "second");
    assert_eq!(ordinal["kind"], "ordinal");
    assert_eq!(ordinal["value"]["ordinal"], 2);
    assert_eq!(
        ordinal["noun"].as_str().map(str::to_lowercase).as_deref(),
        Some("senior iranian official")
    );
}

#[test]
fn sample_has_no_spurious_claims() {
    let report = json_report(CLEAN);
    let all = claims(&report);
    // "12 agreements" is one claim, not two.
    assert_eq!(
        all.iter().filter(|c| c["text"].as_str().unwrap().contains("12")).count(),
        2,
        "{all:#?}"
    );
    for c in all {
        let text = c["text"].as_str().unwrap();
        assert_ne!(text, "X", "a post on X is not a claim");
        assert!(
            !text.contains("Larijani") && !text.contains("Pezeshkian"),
            "a name is not a claim: {text}"
        );
    }
}

#[test]
fn spans_point_at_the_claim_text() {
    let report = json_report(CLEAN);
    let source =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(CLEAN)).unwrap();
    for c in claims(&report) {
        let (start, end) = (
            c["span"]["start"].as_u64().unwrap() as usize,
            c["span"]["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&source[start..end], c["text"].as_str().unwrap());
    }
}

#[test]
fn clean_copy_has_no_contradiction_and_supports_the_recorded_facts() {
    let report = json_report(CLEAN);
    assert_eq!(report["summary"]["contradicted"], 0, "{:#}", report["articles"][0]["claims"]);
    for (text, record) in [
        ("on Tuesday", "larijani-dar-meeting-2025"),
        ("on Monday", "larijani-arrival-pakistan-2025"),
        ("12-day", "iran-israel-war-2025-duration"),
        ("in June", "iran-israel-war-2025-dates"),
        ("In August", "pezeshkian-pakistan-visit-2025"),
        ("$10 billion", "iran-pakistan-trade-target"),
        ("At least 12", "pezeshkian-visit-agreements-2025"),
    ] {
        let c = find(&report, text);
        assert_eq!(c["verdict"], "supported", "{text}: {c:#}");
        assert_eq!(c["reference"]["id"], record, "{text}");
    }
    // Facts the reference set cannot attribute stay unverifiable.
    for text in ["last month", "second"] {
        let c = find(&report, text);
        assert_eq!(c["verdict"], "unverifiable", "{text}: {c:#}");
        assert!(c["reference"].is_null());
        assert!(c["reason_code"].is_string());
    }
}

#[test]
fn every_planted_error_is_contradicted_by_the_right_record() {
    let report = json_report(ERRORS);
    let planted = [
        ("on Sunday", "larijani-arrival-pakistan-2025"),
        ("10-day", "iran-israel-war-2025-duration"),
        ("In July", "pezeshkian-pakistan-visit-2025"),
        ("$15 billion", "iran-pakistan-trade-target"),
        ("At least 21", "pezeshkian-visit-agreements-2025"),
    ];
    for (text, record) in planted {
        let c = find(&report, text);
        assert_eq!(c["verdict"], "contradicted", "{text}: {c:#}");
        assert_eq!(c["reference"]["id"], record, "{text}");
        assert!(c["reference"]["source"].as_str().is_some_and(|s| !s.is_empty()));
    }
    assert_eq!(
        report["summary"]["contradicted"],
        planted.len(),
        "{:#}",
        report["articles"][0]["claims"]
    );
}

#[test]
fn json_report_has_the_formats_md_shape() {
    let report = json_report(CLEAN);
    let article = &report["articles"][0];
    assert_eq!(article["path"], CLEAN);
    assert_eq!(article["published"], "2025-11-25");
    for c in claims(&report) {
        for key in [
            "id",
            "span",
            "text",
            "sentence",
            "kind",
            "value",
            "qualifier",
            "verdict",
            "reference",
            "reason",
        ] {
            assert!(c.get(key).is_some(), "claim lacks {key}: {c:#}");
        }
        assert!(
            ["supported", "contradicted", "unverifiable"].contains(&c["verdict"].as_str().unwrap())
        );
        assert!(
            ["date", "number", "money", "percent", "duration", "ordinal"]
                .contains(&c["kind"].as_str().unwrap())
        );
    }
    let s = &report["summary"];
    let total = s["supported"].as_u64().unwrap()
        + s["contradicted"].as_u64().unwrap()
        + s["unverifiable"].as_u64().unwrap();
    assert_eq!(s["claims"].as_u64().unwrap(), total);
    assert_eq!(s["articles"], 1);
}

#[test]
fn exit_codes_follow_the_fail_on_policy() {
    let code = |args: &[&str]| claimcheck(args).status.code();
    assert_eq!(code(&["check", CLEAN, "-r", "reference/"]), Some(0));
    assert_eq!(code(&["check", ERRORS, "-r", "reference/"]), Some(1));
    assert_eq!(code(&["check", ERRORS, "-r", "reference/", "--fail-on", "never"]), Some(0));
    assert_eq!(code(&["check", CLEAN, "-r", "reference/", "--fail-on", "unverifiable"]), Some(1));
    assert_eq!(code(&["check", CLEAN, "-r", "reference/", "--fail-on", "contradicted"]), Some(0));
}

#[test]
fn errors_are_one_line_naming_the_file_with_exit_2() {
    let out = claimcheck(&["check", "claims/missing.md", "-r", "reference/"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("claims/missing.md") && err.contains("cannot read"), "{err}");
    assert!(out.stdout.is_empty(), "no partial report on stdout");

    let out = claimcheck(&["check", CLEAN, "--published", "2025-13-01", "-r", "reference/"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--published"));

    let out = claimcheck(&["check", CLEAN]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--reference"));
}

#[test]
fn table_matches_the_golden_file() {
    let out = claimcheck(&["check", "claims/", "--reference", "reference/"]);
    assert_eq!(out.status.code(), Some(1), "the errors copy fails the default policy");
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(!table.contains('\u{1b}'), "no colour when NO_COLOR is set or piped");
    let golden = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/sample-table.txt");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&golden, &table).unwrap();
    }
    let expected =
        std::fs::read_to_string(&golden).expect("golden file (run with UPDATE_GOLDEN=1 to create)");
    assert_eq!(table, expected, "table changed; review and rerun with UPDATE_GOLDEN=1");
}
