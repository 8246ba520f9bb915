//! Issue 5, item 1: every kind of bad input ends the run with one clear
//! line on stderr (file, line or byte offset, field) and exit status 2,
//! checked through the binary. Warnings (conflicting records) and
//! accepted oddities (BOM, CRLF, `--lossy`) are checked the same way.
//!
//! An empty article (no bytes, or only white space and a byte-order
//! mark) is an error, not an empty report: it is almost always a
//! truncated or wrong file, and a clean exit would hide that.

use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use serde_json::Value;

const RECORD: &str = r#"{"id": "a", "subject": "Iran", "attribute": "agreements signed", "kind": "number", "value": 12, "source": "s"}"#;
const ARTICLE: &str = "Iran and Pakistan signed 12 agreements on Monday.\n";

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

impl Run {
    /// The one line on stderr, without the `claimcheck: ` prefix.
    fn error_line(&self) -> &str {
        let lines: Vec<&str> = self.stderr.lines().collect();
        assert_eq!(lines.len(), 1, "exactly one line on stderr: {:?}", self.stderr);
        lines[0].strip_prefix("claimcheck: ").expect("prefixed by the program name")
    }
}

fn run_in(dir: &Path, args: &[&str], stdin: Option<&[u8]>) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("COLUMNS")
        .stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run claimcheck");
    if let Some(bytes) = stdin {
        let mut pipe = child.stdin.take().expect("stdin");
        let bytes = bytes.to_vec();
        // The binary may stop reading early (the size limit): a broken
        // pipe here is expected.
        std::thread::spawn(move || {
            let _ = pipe.write_all(&bytes);
        });
    }
    let out = child.wait_with_output().expect("wait for claimcheck");
    Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// A temporary directory holding a good reference set `ref.jsonl`.
fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(dir.path().join("ref.jsonl"), format!("{RECORD}\n")).unwrap();
    dir
}

/// `claimcheck check ARTICLE -r ref.jsonl --no-config EXTRA...`.
fn check(dir: &Path, article: &str, extra: &[&str]) -> Run {
    let mut args = vec!["check", article, "-r", "ref.jsonl", "--no-config"];
    args.extend_from_slice(extra);
    run_in(dir, &args, None)
}

/// Checks a good article against the reference set `name` with `text`.
fn check_reference(name: &str, text: &[u8]) -> Run {
    let dir = workspace();
    fs::write(dir.path().join(name), text).unwrap();
    fs::write(dir.path().join("a.txt"), ARTICLE).unwrap();
    run_in(dir.path(), &["check", "a.txt", "-r", name, "--no-config"], None)
}

fn assert_error(run: &Run, expected: &str) {
    assert_eq!(run.error_line(), expected, "stderr: {}", run.stderr);
    assert_eq!(run.code, Some(2), "exit status 2 for {expected:?}");
    assert!(run.stdout.is_empty(), "no partial report: {}", run.stdout);
}

// ---------------------------------------------------------------- articles

#[test]
fn an_article_that_is_not_utf8_names_line_column_and_byte_offset() {
    let dir = workspace();
    fs::write(dir.path().join("a.txt"), b"Fine line.\nSo caf\xe9 12 deals.\n").unwrap();
    let run = check(dir.path(), "a.txt", &[]);
    assert_error(&run, "a.txt:2:7: not valid UTF-8 (byte offset 17); re-encode the file as UTF-8");
}

#[test]
fn lossy_replaces_invalid_bytes_and_says_how_many() {
    let dir = workspace();
    // Three invalid bytes (each its own sequence) and one genuine U+FFFD,
    // which is not counted.
    let mut bytes = b"Caf\xe9 signed 12 agreements \xff\xfe on Monday. ".to_vec();
    bytes.extend_from_slice("\u{fffd} ok.\n".as_bytes());
    fs::write(dir.path().join("a.txt"), bytes).unwrap();
    let run = check(dir.path(), "a.txt", &["--lossy", "--format", "json", "--fail-on", "never"]);
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    assert_eq!(
        run.error_line(),
        "a.txt: replaced 3 invalid UTF-8 sequence(s) with U+FFFD (--lossy)"
    );
    let report: Value = serde_json::from_str(&run.stdout).expect("JSON report");
    let claims = report["articles"][0]["claims"].as_array().unwrap();
    assert!(claims.iter().any(|c| c["text"].as_str().unwrap().starts_with("12")), "{claims:?}");
}

#[test]
fn a_binary_file_is_refused_with_the_offset_of_its_first_nul() {
    let dir = workspace();
    fs::write(dir.path().join("a.txt"), b"PK\x03\x04\x00\x00binary").unwrap();
    let run = check(dir.path(), "a.txt", &[]);
    assert_error(
        &run,
        "a.txt: looks like a binary file (NUL byte at byte offset 4), not an article",
    );
    // --lossy does not turn a binary file into an article.
    let run = check(dir.path(), "a.txt", &["--lossy"]);
    assert_eq!(run.code, Some(2));
}

#[test]
fn a_utf16_file_is_refused_as_binary() {
    let dir = workspace();
    let utf16: Vec<u8> = "\u{feff}12 deals".encode_utf16().flat_map(u16::to_le_bytes).collect();
    fs::write(dir.path().join("a.txt"), utf16).unwrap();
    let run = check(dir.path(), "a.txt", &[]);
    assert_error(
        &run,
        "a.txt: looks like a binary file (NUL byte at byte offset 3), not an article",
    );
}

#[test]
fn an_empty_article_is_an_error() {
    let dir = workspace();
    fs::write(dir.path().join("empty.txt"), b"").unwrap();
    assert_error(
        &check(dir.path(), "empty.txt", &[]),
        "empty.txt: empty article (no text to check)",
    );
    fs::write(dir.path().join("blank.md"), b"\xef\xbb\xbf  \r\n\n\t\n").unwrap();
    assert_error(&check(dir.path(), "blank.md", &[]), "blank.md: empty article (no text to check)");
    // The same from standard input, and for `extract`.
    let run = run_in(dir.path(), &["check", "-", "-r", "ref.jsonl", "--no-config"], Some(b""));
    assert_error(&run, "-: empty article (no text to check)");
    let run = run_in(dir.path(), &["extract", "empty.txt", "--no-config"], None);
    assert_error(&run, "empty.txt: empty article (no text to check)");
}

#[test]
fn an_article_with_only_front_matter_is_an_empty_report_not_an_error() {
    let dir = workspace();
    fs::write(dir.path().join("a.md"), "---\ntitle: Draft\ndate: 2025-11-25\n---\n").unwrap();
    let run = check(dir.path(), "a.md", &["--format", "json"]);
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    let report: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(report["articles"][0]["claims"].as_array().unwrap().len(), 0);
}

#[test]
fn a_100_mb_single_line_article_is_refused_without_reading_it() {
    let dir = workspace();
    let path = dir.path().join("huge.txt");
    // A sparse file: 100 MB on paper, nothing on disk.
    fs::File::create(&path).unwrap().set_len(100 << 20).unwrap();
    let run = check(dir.path(), "huge.txt", &[]);
    assert_error(
        &run,
        "huge.txt: 104857600 bytes is over the limit of 10485760 bytes (raise it with --max-bytes)",
    );
}

#[test]
fn max_bytes_is_a_flag_and_a_config_setting() {
    let dir = workspace();
    fs::write(dir.path().join("a.txt"), ARTICLE).unwrap();
    let run = check(dir.path(), "a.txt", &["--max-bytes", "10"]);
    assert_error(&run, "a.txt: 50 bytes is over the limit of 10 bytes (raise it with --max-bytes)");
    fs::write(dir.path().join("claimcheck.toml"), "max_bytes = 20\nreference = [\"ref.jsonl\"]\n")
        .unwrap();
    let run = run_in(dir.path(), &["check", "a.txt"], None);
    assert_error(&run, "a.txt: 50 bytes is over the limit of 20 bytes (raise it with --max-bytes)");
    // The flag overrides the file.
    let run = run_in(dir.path(), &["check", "a.txt", "--max-bytes", "1000"], None);
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
}

#[test]
fn standard_input_over_the_limit_is_refused_with_bounded_reading() {
    let dir = workspace();
    // 11 MB on one line: the binary stops reading one byte past 10 MB.
    let big = vec![b'a'; 11 << 20];
    let run = run_in(dir.path(), &["check", "-", "-r", "ref.jsonl", "--no-config"], Some(&big));
    assert_error(&run, "-: input is over the limit of 10485760 bytes (raise it with --max-bytes)");
}

#[test]
fn a_long_single_line_article_within_the_limit_is_checked() {
    let dir = workspace();
    let sentence = "Iran signed 12 agreements, worth $10 billion, on Monday. ";
    let line = sentence.repeat((256 << 10) / sentence.len());
    fs::write(dir.path().join("long.txt"), &line).unwrap();
    let run = check(dir.path(), "long.txt", &["--format", "json", "--fail-on", "never"]);
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    let report: Value = serde_json::from_str(&run.stdout).unwrap();
    let claims = report["articles"][0]["claims"].as_array().unwrap();
    assert!(claims.len() >= line.len() / sentence.len(), "{} claims", claims.len());
}

#[test]
fn a_missing_article_names_the_path() {
    let dir = workspace();
    let run = check(dir.path(), "nope.txt", &[]);
    assert_error(&run, "nope.txt: cannot read: no such file or directory");
}

#[test]
fn a_path_through_a_file_is_unreadable() {
    let dir = workspace();
    fs::write(dir.path().join("a.txt"), ARTICLE).unwrap();
    let run = check(dir.path(), "a.txt/b.txt", &[]);
    assert_error(&run, "a.txt/b.txt: cannot read: not a directory");
}

#[cfg(unix)]
#[test]
fn an_unreadable_article_names_the_path() {
    use std::os::unix::fs::PermissionsExt;
    let dir = workspace();
    let path = dir.path().join("secret.txt");
    fs::write(&path, ARTICLE).unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o000)).unwrap();
    if fs::read(&path).is_ok() {
        return; // root reads anything: nothing to test here
    }
    let run = check(dir.path(), "secret.txt", &[]);
    assert_error(&run, "secret.txt: cannot read: permission denied");
}

#[cfg(unix)]
#[test]
fn an_unreadable_directory_names_the_path() {
    use std::os::unix::fs::PermissionsExt;
    let dir = workspace();
    let sub = dir.path().join("locked");
    fs::create_dir(&sub).unwrap();
    fs::write(sub.join("a.txt"), ARTICLE).unwrap();
    fs::set_permissions(&sub, fs::Permissions::from_mode(0o000)).unwrap();
    let readable = fs::read_dir(&sub).is_ok();
    let run = check(dir.path(), "locked", &[]);
    fs::set_permissions(&sub, fs::Permissions::from_mode(0o755)).unwrap();
    if readable {
        return; // root reads anything
    }
    assert_error(&run, "locked: cannot read directory: permission denied");
}

#[test]
fn a_directory_without_articles_is_an_error() {
    let dir = workspace();
    fs::create_dir(dir.path().join("drafts")).unwrap();
    fs::write(dir.path().join("drafts/notes.pdf"), b"%PDF").unwrap();
    let run = check(dir.path(), "drafts", &[]);
    assert_error(&run, "drafts: no .md, .markdown or .txt files in this directory");
}

#[test]
fn a_quoted_glob_that_matches_nothing_is_an_error_naming_it() {
    let dir = workspace();
    let run = check(dir.path(), "drafts/*.md", &[]);
    assert_error(&run, "drafts/*.md: no files match this pattern");
}

#[test]
fn a_quoted_glob_is_expanded_by_claimcheck() {
    let dir = workspace();
    fs::create_dir(dir.path().join("drafts")).unwrap();
    fs::write(dir.path().join("drafts/one.md"), ARTICLE).unwrap();
    fs::write(dir.path().join("drafts/two.txt"), ARTICLE).unwrap();
    let run = check(dir.path(), "drafts/*.md", &["--format", "line"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stdout.contains("drafts/one.md:1:"), "{}", run.stdout);
    assert!(!run.stdout.contains("two.txt"), "{}", run.stdout);
}

#[test]
fn a_bad_front_matter_date_names_the_line() {
    let dir = workspace();
    fs::write(dir.path().join("a.md"), "---\ntitle: X\npublished: 2025-02-30\n---\n12 deals.\n")
        .unwrap();
    let run = check(dir.path(), "a.md", &[]);
    assert_error(
        &run,
        "a.md:3:1: front matter field `published`: invalid date \"2025-02-30\" (expected YYYY-MM-DD)",
    );
}

#[test]
fn a_bad_published_flag_is_an_error() {
    let dir = workspace();
    fs::write(dir.path().join("a.txt"), ARTICLE).unwrap();
    let run = check(dir.path(), "a.txt", &["--published", "25/11/2025"]);
    assert_error(&run, "--published: invalid date \"25/11/2025\" (expected YYYY-MM-DD)");
}

#[test]
fn crlf_and_bom_articles_keep_their_spans_lines_and_columns() {
    let dir = workspace();
    let text = "\u{feff}Iran said so.\r\nIt signed 12 agreements on Monday.\r\n";
    fs::write(dir.path().join("a.txt"), text).unwrap();
    let run = check(dir.path(), "a.txt", &["--format", "json", "--published", "2025-11-25"]);
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    let report: Value = serde_json::from_str(&run.stdout).unwrap();
    let claims = report["articles"][0]["claims"].as_array().unwrap();
    assert!(!claims.is_empty());
    for c in claims {
        let (start, end) = (
            c["span"]["start"].as_u64().unwrap() as usize,
            c["span"]["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[start..end], c["text"].as_str().unwrap());
    }
    let twelve =
        claims.iter().find(|c| c["text"].as_str().unwrap().starts_with("12")).expect("the count");
    assert_eq!((twelve["line"].as_u64(), twelve["column"].as_u64()), (Some(2), Some(11)));
    // The byte-order mark is no column: "Iran" is at 1:1 in an editor.
    let line_run = check(dir.path(), "a.txt", &["--format", "line", "--published", "2025-11-25"]);
    assert!(line_run.stdout.contains("a.txt:2:11:"), "{}", line_run.stdout);
}

// --------------------------------------------------------------- reference

#[test]
fn malformed_json_lines_names_line_and_column() {
    let text = format!("{RECORD}\n{{\"id\": \"b\", \"subject\" \"S\"}}\n");
    let run = check_reference("bad.jsonl", text.as_bytes());
    assert_error(&run, "bad.jsonl:2:23: malformed JSON: expected `:`");
}

#[test]
fn malformed_json_array_names_line_and_column() {
    let text = format!("[\n  {RECORD},\n  {{\"id\": \"b\",]\n");
    let run = check_reference("bad.json", text.as_bytes());
    assert_eq!(run.code, Some(2));
    let line = run.error_line();
    assert!(line.starts_with("bad.json:3:"), "{line}");
    assert!(line.contains("malformed JSON"), "{line}");
}

#[test]
fn a_wrong_type_names_the_field() {
    let text = RECORD.replace("12", "\"twelve\"");
    let run = check_reference("r.jsonl", text.as_bytes());
    assert_error(
        &run,
        "r.jsonl:1: field `value`: expected a number for kind number, found string \"twelve\"",
    );
    let text = RECORD.replace(r#""a""#, "7");
    let run = check_reference("r.jsonl", text.as_bytes());
    assert_error(&run, "r.jsonl:1: field `id`: expected a string, found number 7");
}

#[test]
fn an_unknown_kind_names_it() {
    let text = RECORD.replace(r#""number""#, r#""weight""#);
    let run = check_reference("r.jsonl", text.as_bytes());
    assert_error(
        &run,
        "r.jsonl:1: field `kind`: unknown kind \"weight\" (expected date, number, money, percent, duration or ordinal)",
    );
}

#[test]
fn a_bad_date_names_the_field() {
    let text = RECORD.replace(r#""number""#, r#""date""#).replace("12", r#""2025-02-30""#);
    let run = check_reference("r.jsonl", text.as_bytes());
    assert_error(
        &run,
        "r.jsonl:1: field `value`: invalid date \"2025-02-30\" (expected YYYY-MM-DD, YYYY-MM or YYYY)",
    );
}

#[test]
fn a_bad_duration_names_the_field() {
    let text = RECORD.replace(r#""number""#, r#""duration""#).replace("12", r#""12 days""#);
    let run = check_reference("r.jsonl", text.as_bytes());
    assert_error(
        &run,
        "r.jsonl:1: field `value`: invalid duration \"12 days\" (expected ISO 8601 such as P12D, P3W, P2Y6M, PT5H)",
    );
}

#[test]
fn a_duplicate_id_across_files_names_both() {
    let dir = workspace();
    fs::write(dir.path().join("more.jsonl"), format!("{RECORD}\n")).unwrap();
    fs::write(dir.path().join("a.txt"), ARTICLE).unwrap();
    let args = ["check", "a.txt", "-r", "ref.jsonl", "-r", "more.jsonl", "--no-config"];
    let run = run_in(dir.path(), &args, None);
    assert_error(&run, "more.jsonl:1: field `id`: duplicate id \"a\" (also at ref.jsonl:1)");
    // The same file twice (directly and through its directory) is one file.
    fs::remove_file(dir.path().join("more.jsonl")).unwrap();
    let args = ["check", "a.txt", "-r", "ref.jsonl", "-r", ".", "--no-config"];
    let run = run_in(dir.path(), &args, None);
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
}

#[test]
fn a_csv_without_required_columns_names_them() {
    let run = check_reference("r.csv", b"id,subject,kind,value\na,Iran,number,12\n");
    assert_error(&run, "r.csv:1: header lacks required columns: attribute, source");
}

#[test]
fn ragged_csv_rows_name_their_line() {
    let text = b"id,subject,attribute,kind,value,source\na,Iran,agreements signed,number,12\n";
    let run = check_reference("r.csv", text);
    assert_error(&run, "r.csv:2: row has 5 cells but the header has 6");
    let text = b"id,subject,attribute,kind,value,source\r\n\r\na,Iran,x,number,12,s\r\nb,Iran,y,number,1,s,extra\r\n";
    let run = check_reference("r.csv", text);
    assert_error(&run, "r.csv:4: row has 7 cells but the header has 6");
}

#[test]
fn bom_and_crlf_reference_files_load() {
    let csv = b"\xef\xbb\xbfid,subject,attribute,kind,value,source\r\na,Iran,agreements signed,number,12,s\r\n";
    let run = check_reference("r.csv", csv);
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    let jsonl = format!("\u{feff}{RECORD}\r\n\r\n");
    let run = check_reference("r.jsonl", jsonl.as_bytes());
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    // Line numbers stay right on CRLF files.
    let jsonl = format!("\u{feff}{RECORD}\r\n\r\n{}\r\n", RECORD.replace("12", "true"));
    let run = check_reference("r.jsonl", jsonl.as_bytes());
    assert_eq!(run.code, Some(2));
    assert!(run.error_line().starts_with("r.jsonl:3: field `value`: "), "{}", run.stderr);
}

#[test]
fn an_empty_or_binary_reference_is_an_error() {
    assert_error(&check_reference("r.jsonl", b""), "r.jsonl: no records");
    assert_error(&check_reference("r.csv", b"  \n"), "r.csv: no records");
    let run = check_reference("r.jsonl", b"\x00\x01\x02\n");
    assert_error(&run, "r.jsonl:1:1: malformed JSON: expected value");
    let run = check_reference("r.jsonl", b"{\"id\": \"\xff\"}\n");
    assert_error(&run, "r.jsonl:1: not valid UTF-8: byte 0xFF at byte offset 8");
}

#[test]
fn a_missing_or_empty_reference_path_is_an_error() {
    let dir = workspace();
    fs::write(dir.path().join("a.txt"), ARTICLE).unwrap();
    let run = run_in(dir.path(), &["check", "a.txt", "-r", "gone.jsonl", "--no-config"], None);
    assert_error(&run, "gone.jsonl: cannot read: no such file or directory");
    fs::create_dir(dir.path().join("refs")).unwrap();
    let run = run_in(dir.path(), &["check", "a.txt", "-r", "refs", "--no-config"], None);
    assert_error(&run, "refs: no .jsonl, .json or .csv files in this directory");
    let run = run_in(dir.path(), &["check", "a.txt", "--no-config"], None);
    assert_error(
        &run,
        "check needs a reference dataset: --reference PATH (or `reference` in claimcheck.toml)",
    );
}

#[test]
fn conflicting_records_are_a_warning_naming_both() {
    let second = RECORD.replace(r#""a""#, r#""b""#).replace("12", "13");
    let text = format!("{RECORD}\n{second}\n");
    let run = check_reference("r.jsonl", text.as_bytes());
    assert_ne!(run.code, Some(2), "a warning, not an error: {}", run.stderr);
    assert_eq!(
        run.stderr.trim_end(),
        "warning: r.jsonl:2: conflicting values for \"Iran\" / \"agreements signed\": 12 in a (r.jsonl:1) but 13 in b (r.jsonl:2)"
    );
    // `reference validate` says the same and exits 0.
    let dir = workspace();
    fs::write(dir.path().join("r.jsonl"), &text).unwrap();
    let run = run_in(dir.path(), &["reference", "validate", "r.jsonl"], None);
    assert_eq!(run.code, Some(0));
    assert!(run.stderr.contains("12 in a (r.jsonl:1) but 13 in b (r.jsonl:2)"), "{}", run.stderr);
}

#[test]
fn reference_validate_lists_every_problem_and_exits_2() {
    let dir = workspace();
    let text = format!(
        "{}\nnot json\n{}\n",
        RECORD.replace(r#""number""#, r#""size""#),
        RECORD.replace("12", "\"x\"")
    );
    fs::write(dir.path().join("r.jsonl"), text).unwrap();
    let run = run_in(dir.path(), &["reference", "validate", "r.jsonl"], None);
    assert_eq!(run.code, Some(2));
    let lines: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(lines.len(), 3, "{}", run.stderr);
    assert!(lines[0].starts_with("claimcheck: r.jsonl:1: field `kind`"), "{}", lines[0]);
    assert!(lines[1].starts_with("claimcheck: r.jsonl:2:2: malformed JSON"), "{}", lines[1]);
    assert!(lines[2].starts_with("claimcheck: r.jsonl:3: field `value`"), "{}", lines[2]);
}

// ------------------------------------------------------------------ config

#[test]
fn an_unknown_config_key_is_named_with_its_line() {
    let dir = workspace();
    fs::write(dir.path().join("a.txt"), ARTICLE).unwrap();
    fs::write(
        dir.path().join("claimcheck.toml"),
        "reference = [\"ref.jsonl\"]\nfail_onn = \"never\"\n",
    )
    .unwrap();
    let run = run_in(dir.path(), &["check", "a.txt"], None);
    assert_eq!(run.code, Some(2));
    let line = run.error_line();
    assert!(line.ends_with("claimcheck.toml:2: unknown field `fail_onn`, expected one of `reference`, `fail_on`, `format`, `max_bytes`, `ignore`, `tolerances`, `link`"), "{line}");
    // In a table too.
    fs::write(dir.path().join("c.toml"), "[link]\nmin_scor = 0.5\n").unwrap();
    let run =
        run_in(dir.path(), &["check", "a.txt", "-r", "ref.jsonl", "--config", "c.toml"], None);
    assert_error(
        &run,
        "c.toml:2: unknown field `min_scor`, expected one of `min_score`, `confident_score`, `tie_margin`",
    );
}

#[test]
fn a_config_value_of_the_wrong_type_names_the_line() {
    let dir = workspace();
    fs::write(dir.path().join("a.txt"), ARTICLE).unwrap();
    fs::write(dir.path().join("c.toml"), "# limits\nmax_bytes = \"big\"\n").unwrap();
    let run =
        run_in(dir.path(), &["check", "a.txt", "-r", "ref.jsonl", "--config", "c.toml"], None);
    assert_eq!(run.code, Some(2));
    assert!(run.error_line().starts_with("c.toml:2: "), "{}", run.stderr);
    fs::write(dir.path().join("c.toml"), "max_bytes = \n").unwrap();
    let run =
        run_in(dir.path(), &["check", "a.txt", "-r", "ref.jsonl", "--config", "c.toml"], None);
    assert_eq!(run.code, Some(2));
    assert!(run.error_line().starts_with("c.toml:1: "), "{}", run.stderr);
}

#[test]
fn a_missing_config_file_is_an_error() {
    let dir = workspace();
    fs::write(dir.path().join("a.txt"), ARTICLE).unwrap();
    let run = run_in(dir.path(), &["check", "a.txt", "--config", "none.toml"], None);
    assert_eq!(run.code, Some(2));
    assert!(run.error_line().starts_with("none.toml: cannot read: "), "{}", run.stderr);
}
