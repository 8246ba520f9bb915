//! Loading reference datasets from files: every format, directories,
//! and one test per kind of problem, asserting the message names the
//! file, the line and the field.

use std::path::{Path, PathBuf};
use std::process::Command;

use claimcheck::reference::{Record, ReferenceError, lint, load_path, load_paths, validate_path};
use claimcheck::value::{Currency, Value};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/reference").join(name)
}

/// The first error loading `name`, with the fixture directory shortened
/// to `F/` so that expectations read like the file names.
fn first_error(name: &str) -> String {
    let e: ReferenceError = load_path(&fixture(name)).unwrap_err();
    shorten(&e.to_string())
}

fn shorten(message: &str) -> String {
    let root = fixture("").display().to_string();
    message.replace(&root, "F/")
}

fn ids_and_places(records: &[Record]) -> Vec<String> {
    records.iter().map(|r| format!("{} {}", r.id, shorten(&r.origin.to_string()))).collect()
}

#[test]
fn a_directory_loads_every_format_below_it_in_sorted_path_order() {
    let records = load_path(&fixture("good")).unwrap();
    assert_eq!(
        ids_and_places(&records),
        [
            "pezeshkian-visit F/good/a.jsonl:1",
            "trade-target F/good/a.jsonl:3",
            "agreements F/good/b.csv:2",
            "turnout-rise F/good/b.csv:3",
            "visit-length F/good/nested/c.json:2",
            "summit-rank F/good/nested/c.json:10",
        ]
    );
    assert_eq!(records[0].aliases, ["Pezeshkian", "Iran's president"]);
    assert_eq!(records[0].value.to_string(), "2025-08-02..2025-08-03");
    assert_eq!(
        records[1].value,
        Value::Money { amount: 1e10, end: None, currency: Currency::new("USD").unwrap() }
    );
    assert_eq!(records[2].aliases, ["talks", "the visit"]);
    assert_eq!(records[2].subject, "Iran–Pakistan talks");
    assert_eq!(records[2].as_of.map(|d| d.to_string()).as_deref(), Some("2025-08-03"));
    assert_eq!(
        records[2].value,
        Value::Number { value: 12.0, end: None, unit: Some("agreements".into()) }
    );
    assert_eq!(records[3].value, Value::Percent { value: 4.5, end: None, points: true });
    assert_eq!(records[4].value.to_string(), "P2D");
    assert_eq!(records[5].value, Value::Ordinal(17));
}

#[test]
fn a_single_file_loads_and_the_good_set_lints_clean() {
    let records = load_path(&fixture("good/nested/c.json")).unwrap();
    assert_eq!(records.len(), 2);
    let all = load_path(&fixture("good")).unwrap();
    assert_eq!(lint(&all), []);
}

#[test]
fn malformed_json_names_line_and_column() {
    assert_eq!(
        first_error("errors/malformed.jsonl"),
        "F/errors/malformed.jsonl:2:84: malformed JSON: expected `,` or `}`"
    );
}

#[test]
fn a_wrong_type_names_the_field_and_the_value() {
    assert_eq!(
        first_error("errors/wrong_type.jsonl"),
        r#"F/errors/wrong_type.jsonl:1: field `value`: expected a number for kind percent, found string "12%""#
    );
}

#[test]
fn an_unknown_kind_names_the_kinds_allowed() {
    assert_eq!(
        first_error("errors/unknown_kind.jsonl"),
        r#"F/errors/unknown_kind.jsonl:1: field `kind`: unknown kind "weight" (expected date, number, money, percent, duration or ordinal)"#
    );
}

#[test]
fn a_bad_date_names_the_date() {
    assert_eq!(
        first_error("errors/bad_date.jsonl"),
        r#"F/errors/bad_date.jsonl:1: field `value`: invalid date "2025-02-30" (expected YYYY-MM-DD, YYYY-MM or YYYY)"#
    );
}

#[test]
fn a_bad_duration_names_the_duration() {
    assert_eq!(
        first_error("errors/bad_duration.jsonl"),
        r#"F/errors/bad_duration.jsonl:1: field `value`: invalid duration "12 days" (expected ISO 8601 such as P12D, P3W, P2Y6M, PT5H)"#
    );
}

#[test]
fn a_bad_currency_code_names_the_code() {
    assert_eq!(
        first_error("errors/bad_currency.jsonl"),
        r#"F/errors/bad_currency.jsonl:1: field `unit`: invalid currency code "$" (expected an ISO 4217 code such as USD)"#
    );
}

#[test]
fn a_missing_required_field_is_named() {
    assert_eq!(
        first_error("errors/missing_field.jsonl"),
        "F/errors/missing_field.jsonl:1: field `source`: required but missing"
    );
}

#[test]
fn a_bad_array_element_names_the_line_it_starts_on() {
    assert_eq!(
        first_error("errors/bad_element.json"),
        "F/errors/bad_element.json:3: field `value`: an ordinal is a whole number from 1, found 0"
    );
}

#[test]
fn a_csv_header_without_required_columns_names_them() {
    assert_eq!(
        first_error("errors/missing_columns.csv"),
        "F/errors/missing_columns.csv:1: header lacks required columns: attribute, source"
    );
}

#[test]
fn a_ragged_csv_row_names_its_line() {
    assert_eq!(
        first_error("errors/ragged.csv"),
        "F/errors/ragged.csv:3: row has 5 cells but the header has 6"
    );
}

#[test]
fn an_empty_file_has_no_records() {
    assert_eq!(first_error("errors/empty.jsonl"), "F/errors/empty.jsonl: no records");
}

#[test]
fn a_duplicate_id_across_files_names_both_places() {
    assert_eq!(
        first_error("dup"),
        r#"F/dup/b.jsonl:2: field `id`: duplicate id "x" (also at F/dup/a.jsonl:1)"#
    );
    // Ids are unique across every path given, and one file named twice
    // is still one file.
    let err = load_paths(&[fixture("dup/a.jsonl"), fixture("dup/b.jsonl")]).unwrap_err();
    assert_eq!(err.line, Some(2));
    assert_eq!(load_paths(&[fixture("good"), fixture("good/a.jsonl")]).unwrap().len(), 6);
}

#[test]
fn validation_lists_every_problem_in_file_and_line_order() {
    let validation = validate_path(&fixture("errors"));
    let errors: Vec<String> = validation.errors.iter().map(|e| shorten(&e.to_string())).collect();
    let files: Vec<&str> = errors.iter().map(|e| e.split(':').next().unwrap()).collect();
    assert_eq!(
        files,
        [
            "F/errors/bad_currency.jsonl",
            "F/errors/bad_date.jsonl",
            "F/errors/bad_duration.jsonl",
            "F/errors/bad_element.json",
            "F/errors/empty.jsonl",
            "F/errors/malformed.jsonl",
            "F/errors/missing_columns.csv",
            "F/errors/missing_field.jsonl",
            "F/errors/ragged.csv",
            "F/errors/unknown_kind.jsonl",
            "F/errors/wrong_type.jsonl",
        ]
    );
    // Good records beside bad ones are kept, not dropped.
    let ids: Vec<&str> = validation.records.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["e1", "ok", "r1"]);
}

#[test]
fn a_file_that_is_not_utf8_names_the_line_and_byte_offset() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("latin1.jsonl");
    let good = r#"{"id": "a", "subject": "S", "attribute": "x", "kind": "number", "value": 1, "source": "s"}"#;
    let mut bytes = format!("{good}\n").into_bytes();
    bytes.extend_from_slice(b"{\"id\": \"caf\xe9\"}\n");
    std::fs::write(&path, &bytes).unwrap();
    let e = load_path(&path).unwrap_err();
    let offset = good.len() + 1 + r#"{"id": "caf"#.len();
    assert_eq!(
        e.to_string(),
        format!("{}:2: not valid UTF-8: byte 0xE9 at byte offset {offset}", path.display())
    );
    // The same in a CSV file, read whole.
    let csv = dir.path().join("latin1.csv");
    std::fs::write(&csv, b"id,subject\ncaf\xe9,x\n").unwrap();
    assert_eq!(
        load_path(&csv).unwrap_err().to_string(),
        format!("{}:2: not valid UTF-8: byte 0xE9 at byte offset 14", csv.display())
    );
}

#[test]
fn missing_paths_and_empty_directories_are_errors() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(
        load_path(dir.path()).unwrap_err().to_string(),
        format!("{}: no .jsonl, .json or .csv files in this directory", dir.path().display())
    );
    let missing = dir.path().join("nope.jsonl");
    assert_eq!(
        load_path(&missing).unwrap_err().to_string(),
        format!("{}: cannot read: no such file or directory", missing.display())
    );
    // A broken link to a reference file is reported, not skipped.
    #[cfg(unix)]
    {
        let linked = tempfile::tempdir().unwrap();
        let link = linked.path().join("gone.jsonl");
        std::os::unix::fs::symlink(linked.path().join("missing.jsonl"), &link).unwrap();
        assert_eq!(
            load_path(linked.path()).unwrap_err().to_string(),
            format!("{}: cannot read: no such file or directory", link.display())
        );
    }
    let text = dir.path().join("ref.txt");
    std::fs::write(&text, "id,subject\n").unwrap();
    assert_eq!(
        load_path(&text).unwrap_err().to_string(),
        format!(
            "{}: unknown reference format (expected a .jsonl, .json or .csv file)",
            text.display()
        )
    );
}

#[test]
fn reference_validate_lists_errors_and_exits_2_or_summarises_and_exits_0() {
    let run = |path: &Path| {
        Command::new(env!("CARGO_BIN_EXE_claimcheck"))
            .args(["reference", "validate"])
            .arg(path)
            .output()
            .unwrap()
    };
    let bad = run(&fixture("errors"));
    assert_eq!(bad.status.code(), Some(2));
    let stderr = String::from_utf8(bad.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 11, "{stderr}");
    assert!(stderr.lines().all(|l| l.starts_with("claimcheck: ")), "{stderr}");
    let good = run(&fixture("good"));
    assert_eq!(good.status.code(), Some(0));
    assert!(String::from_utf8(good.stdout).unwrap().starts_with("6 records"));
}
