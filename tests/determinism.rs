//! Issue 5, item 4: the same inputs give byte-identical output, in every
//! format, on every run and for any thread count (`-j 1`, `-j 2`):
//! articles in sorted path order, claims in text order, no hash-map
//! order anywhere.

use std::fs;
use std::path::Path;
use std::process::Command;

const FORMATS: &[&str] = &["json", "table", "markdown", "csv", "sarif", "junit", "line", "html"];

fn run(dir: &Path, args: &[&str]) -> (Option<i32>, Vec<u8>, Vec<u8>) {
    let out = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("COLUMNS")
        .output()
        .expect("run claimcheck");
    (out.status.code(), out.stdout, out.stderr)
}

/// A directory of articles (copies of the samples, renamed and edited,
/// in nested folders) and a reference set split over several files.
fn corpus() -> tempfile::TempDir {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    let articles = dir.path().join("articles");
    fs::create_dir_all(articles.join("b/nested")).unwrap();
    fs::create_dir_all(articles.join("a")).unwrap();
    let clean = fs::read_to_string(root.join("claims/pakistan-iran-larijani.md")).unwrap();
    let errors = fs::read_to_string(root.join("claims/pakistan-iran-larijani-errors.md")).unwrap();
    for i in 0..6 {
        fs::write(articles.join(format!("b/nested/{i}-clean.md")), &clean).unwrap();
        let edited = errors.replace("12", &format!("{}", 12 + i));
        fs::write(articles.join(format!("a/{i}-errors.md")), edited).unwrap();
        fs::write(articles.join(format!("z{i}.txt")), clean.replace("---", "")).unwrap();
    }
    let refs = dir.path().join("refs");
    fs::create_dir_all(&refs).unwrap();
    let reference = fs::read_to_string(root.join("reference/pakistan-iran.jsonl")).unwrap();
    for (i, line) in reference.lines().enumerate() {
        fs::write(refs.join(format!("{}.jsonl", 9 - i)), format!("{line}\n")).unwrap();
    }
    dir
}

#[test]
fn every_format_is_byte_identical_across_runs_and_thread_counts() {
    let dir = corpus();
    for format in FORMATS {
        let args = |j: &'static str| {
            ["check", "articles", "-r", "refs", "--no-config", "-f", format, "-j", j]
        };
        let first = run(dir.path(), &args("1"));
        assert!(matches!(first.0, Some(0 | 1)), "{}", String::from_utf8_lossy(&first.2));
        assert!(!first.1.is_empty());
        for j in ["1", "2", "2", "4"] {
            let again = run(dir.path(), &args(j));
            assert!(again == first, "{format} output differs with -j {j}");
        }
    }
}

#[test]
fn articles_are_reported_in_sorted_path_order() {
    let dir = corpus();
    let (_, out, _) =
        run(dir.path(), &["check", "articles", "-r", "refs", "--no-config", "-f", "json"]);
    let report: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let paths: Vec<&str> = report["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["path"].as_str().unwrap())
        .collect();
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted);
    assert_eq!(paths.len(), 18);
}

#[test]
fn extract_and_validate_are_byte_identical_across_runs() {
    let dir = corpus();
    for args in [
        &["extract", "articles", "--no-config", "-f", "json", "-j", "2"][..],
        &["extract", "articles", "--no-config", "-j", "1"][..],
        &["reference", "validate", "refs"][..],
    ] {
        let first = run(dir.path(), args);
        assert_eq!(first.0, Some(0), "{}", String::from_utf8_lossy(&first.2));
        assert!(run(dir.path(), args) == first, "{args:?} differs between runs");
    }
}
