//! Every printer on hand-built reports: golden files under
//! `tests/golden/` (rewrite them with `UPDATE_GOLDEN=1 cargo test --test
//! report_formats` and review the diff), plus checks that each machine
//! format parses back with the right shape.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use claimcheck::report::{self, Format, PrintOptions, Report};

fn render(report: &Report, format: Format) -> String {
    let mut out = Vec::new();
    report::print(report, format, PrintOptions::default(), &mut out).unwrap();
    String::from_utf8(out).expect("printers write UTF-8")
}

fn golden_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden").join(name)
}

/// Compares `actual` with the golden file, or rewrites it under
/// `UPDATE_GOLDEN=1`.
fn golden(name: &str, actual: &str) {
    let path = golden_path(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (run with UPDATE_GOLDEN=1)", path.display()));
    if expected != actual {
        let first = expected
            .lines()
            .zip(actual.lines())
            .position(|(e, a)| e != a)
            .unwrap_or(expected.lines().count().min(actual.lines().count()));
        panic!(
            "{} differs from the output at line {} (rerun with UPDATE_GOLDEN=1 and review the diff)\nexpected: {:?}\nactual:   {:?}",
            path.display(),
            first + 1,
            expected.lines().nth(first),
            actual.lines().nth(first)
        );
    }
}

#[test]
fn golden_table() {
    golden("combined.txt", &render(&common::combined_report(), Format::Table));
}

#[test]
fn golden_json() {
    golden("combined.json", &render(&common::combined_report(), Format::Json));
}

#[test]
fn golden_markdown() {
    golden("combined.md", &render(&common::combined_report(), Format::Markdown));
}

#[test]
fn golden_csv() {
    golden("combined.csv", &render(&common::combined_report(), Format::Csv));
}

#[test]
fn golden_html() {
    golden("combined.html", &render(&common::combined_report(), Format::Html));
}

#[test]
fn golden_sarif() {
    golden("combined.sarif", &render(&common::combined_report(), Format::Sarif));
}

#[test]
fn golden_junit() {
    golden("combined.junit.xml", &render(&common::combined_report(), Format::Junit));
}

#[test]
fn golden_github() {
    golden("combined.github.txt", &render(&common::combined_report(), Format::Github));
}

#[test]
fn golden_line() {
    golden("combined.line.txt", &render(&common::combined_report(), Format::Line));
}

#[test]
fn every_format_is_deterministic() {
    let report = common::combined_report();
    for format in ALL {
        assert_eq!(render(&report, format), render(&report, format), "{format:?}");
    }
}

const ALL: [Format; 9] = [
    Format::Table,
    Format::Json,
    Format::Markdown,
    Format::Csv,
    Format::Html,
    Format::Sarif,
    Format::Junit,
    Format::Github,
    Format::Line,
];

#[test]
fn empty_report_prints_in_every_format() {
    let report = Report::default();
    for format in ALL {
        render(&report, format);
    }
    let sarif: serde_json::Value = serde_json::from_str(&render(&report, Format::Sarif)).unwrap();
    assert_eq!(sarif["runs"][0]["results"].as_array().unwrap().len(), 0);
    roxmltree::Document::parse(&render(&report, Format::Junit)).unwrap();
}

#[test]
fn json_parses_back_with_the_spec_keys() {
    let json: serde_json::Value =
        serde_json::from_str(&render(&common::combined_report(), Format::Json)).unwrap();
    let summary = &json["summary"];
    for key in ["articles", "claims", "supported", "contradicted", "unverifiable"] {
        assert!(summary[key].is_u64(), "summary.{key}");
    }
    assert_eq!(summary["claims"], 14);
    let article = &json["articles"][0];
    assert_eq!(article["path"], "claims/pezeshkian-visit.md");
    assert_eq!(article["published"], "2025-08-04");
    let claim = &article["claims"][4];
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
        assert!(claim.get(key).is_some(), "claim.{key}");
    }
    assert_eq!(claim["text"], "$12 billion");
    assert_eq!(claim["value"], serde_json::json!({"amount": 12000000000u64, "currency": "USD"}));
    assert_eq!(claim["verdict"], "contradicted");
    assert_eq!(claim["reference"]["id"], "iran-pakistan-trade-target");
    assert_eq!(claim["reference"]["value"], 10000000000u64);
    let text = common::SAMPLE_TEXT;
    let (start, end) = (
        claim["span"]["start"].as_u64().unwrap() as usize,
        claim["span"]["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[start..end], "$12 billion");
    assert!(json["articles"][0]["claims"][2]["reference"].is_null());
}

#[test]
fn csv_has_one_row_per_claim_and_no_live_formula() {
    let out = render(&common::combined_report(), Format::Csv);
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let headers = reader.headers().unwrap().clone();
    assert_eq!(headers.get(0), Some("path"));
    assert_eq!(headers.len(), 16);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 14);
    for row in &rows {
        for cell in row {
            assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "live formula: {cell:?}");
        }
    }
    let negative = rows.iter().find(|r| r.get(6) == Some("'-3%")).expect("negative percent row");
    assert_eq!(negative.get(8), Some("'-3%"), "value keeps the number readable");
    assert_eq!(rows[10].get(15).unwrap(), "'=HYPERLINK(\"javascript:alert('x')\",\"click\")");
}

#[test]
fn junit_is_well_formed_with_failures_and_skips() {
    let out = render(&common::combined_report(), Format::Junit);
    let doc = roxmltree::Document::parse(&out).expect("JUnit output is well-formed XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "testsuites");
    assert_eq!(root.attribute("tests"), Some("14"));
    let suites: Vec<_> = root.children().filter(|n| n.has_tag_name("testsuite")).collect();
    assert_eq!(suites.len(), 3);
    assert_eq!(suites[1].attribute("name"), Some("claims/hostile, 100%: <b>.txt"));
    let count = |tag: &str| doc.descendants().filter(|n| n.has_tag_name(tag)).count();
    assert_eq!(count("testcase"), 14);
    assert_eq!(count("failure"), 3);
    assert_eq!(count("skipped"), 5);
    let failure = doc.descendants().find(|n| n.has_tag_name("failure")).unwrap();
    assert!(failure.text().unwrap().contains("reference: iran-pakistan-trade-target"));
    let hostile_failure = suites[1].descendants().find(|n| n.has_tag_name("failure")).unwrap();
    assert!(hostile_failure.attribute("message").unwrap().contains("\n<script>alert(2)</script>"));
    assert!(!out.contains('\u{7}'), "control characters are replaced");
}

#[test]
fn github_annotations_escape_data_and_properties() {
    let out = render(&common::combined_report(), Format::Github);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 8, "one annotation per contradicted or unverifiable claim");
    assert_eq!(lines.iter().filter(|l| l.starts_with("::error ")).count(), 3);
    assert_eq!(lines.iter().filter(|l| l.starts_with("::warning ")).count(), 5);
    assert!(
        lines[0].starts_with(
            "::warning file=claims/pezeshkian-visit.md,line=7,col=93,endColumn=98,title="
        ),
        "{}",
        lines[0]
    );
    let hostile = lines.iter().find(|l| l.contains("hostile")).unwrap();
    assert!(hostile.contains("file=claims/hostile%2C 100%25%3A <b>.txt,"), "{hostile}");
    assert!(hostile.contains("%0A<script>"), "line breaks in a message are escaped: {hostile}");
}

#[test]
fn sarif_has_rules_results_and_regions() {
    let out = render(&common::combined_report(), Format::Sarif);
    let sarif: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(sarif["version"], "2.1.0");
    let run = &sarif["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "claimcheck");
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), 8);
    for r in results {
        let index = r["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[index]["id"], r["ruleId"]);
    }
    let contradicted = results.iter().find(|r| r["ruleId"] == "claimcheck/contradicted").unwrap();
    assert_eq!(contradicted["level"], "error");
    let region = &contradicted["locations"][0]["physicalLocation"]["region"];
    let (offset, length) = (
        region["byteOffset"].as_u64().unwrap() as usize,
        region["byteLength"].as_u64().unwrap() as usize,
    );
    assert_eq!(&common::SAMPLE_TEXT[offset..offset + length], "$12 billion");
    assert_eq!(region["endColumn"].as_u64().unwrap() - region["startColumn"].as_u64().unwrap(), 11);
    let weak = results
        .iter()
        .find(|r| r["ruleId"] == "claimcheck/unverifiable/weak_link")
        .expect("unverifiable claims carry their reason code in the rule id");
    assert_eq!(weak["level"], "warning");
}

/// Runs Microsoft's validator on the golden SARIF when it is installed
/// (`tests/validate_sarif.sh` installs it into `target/sarif-tool`; CI
/// runs that script). Without it the structural test above still runs.
#[test]
fn sarif_passes_the_multitool_when_installed() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tool = root.join("target/sarif-tool/node_modules/.bin/sarif-multitool");
    if !tool.exists() {
        eprintln!(
            "note: {} not installed; run tests/validate_sarif.sh to validate",
            tool.display()
        );
        return;
    }
    let status = Command::new("bash")
        .arg(root.join("tests/validate_sarif.sh"))
        .arg(golden_path("combined.sarif"))
        .status()
        .unwrap();
    assert!(status.success(), "sarif-multitool reported errors");
}

#[test]
fn markdown_cells_cannot_break_the_table() {
    let out = render(&common::combined_report(), Format::Markdown);
    let rows: Vec<&str> = out.lines().filter(|l| l.starts_with("| c")).collect();
    assert_eq!(rows.len(), 14);
    for row in rows {
        let unescaped_pipes =
            row.match_indices('|').filter(|(i, _)| !row[..*i].ends_with('\\')).count();
        assert_eq!(unescaped_pipes, 8, "{row}");
    }
    assert!(!out.contains("<script>"));
    assert!(!out.contains("<b>"));
}

#[test]
fn line_format_is_one_line_per_claim() {
    let out = render(&common::combined_report(), Format::Line);
    assert_eq!(out.lines().count(), 14);
    assert!(out.lines().all(|l| l.split(':').nth(1).is_some_and(|n| n.parse::<usize>().is_ok())
        || l.starts_with("claims/hostile")));
    assert!(out.contains("claims/pezeshkian-visit.md:9:54: contradicted: $12 billion ("), "{out}");
}

#[test]
fn html_escapes_everything_and_marks_every_claim() {
    let out = render(&common::combined_report(), Format::Html);
    assert_eq!(out.matches("<mark ").count(), 14);
    assert!(!out.contains("<script"), "no script element at all");
    assert!(!out.contains("<img"));
    assert!(!out.contains("<b>"));
    assert!(out.contains("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;"));
    assert!(out.contains("Content-Security-Policy"));
    assert!(!out.contains("href=\"javascript"), "only http(s) sources become links");
    assert!(out.contains("<mark class=\"claim contradicted\" data-claim=\"c5\" id=\"a1-c5\""));
}

// The binary on the sample articles in `claims/`: shapes and counts
// only, so these tests do not move when extraction or linking improves.

fn run_cli(args: &[&str]) -> (String, i32) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .current_dir(root)
        .args(["check", "claims/", "--reference", "reference/", "--fail-on", "never"])
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "claimcheck {args:?} failed: {stderr}");
    (String::from_utf8(out.stdout).unwrap(), out.status.code().unwrap())
}

/// Claims per verdict according to the JSON report.
fn cli_counts() -> (u64, u64, u64) {
    let (json, _) = run_cli(&["--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    let s = &json["summary"];
    (
        s["claims"].as_u64().unwrap(),
        s["contradicted"].as_u64().unwrap(),
        s["unverifiable"].as_u64().unwrap(),
    )
}

#[test]
fn cli_formats_agree_with_the_json_report() {
    let (claims, contradicted, unverifiable) = cli_counts();
    let flagged = (contradicted + unverifiable) as usize;

    let (sarif, _) = run_cli(&["--format", "sarif"]);
    let sarif: serde_json::Value = serde_json::from_str(&sarif).unwrap();
    assert_eq!(sarif["runs"][0]["results"].as_array().unwrap().len(), flagged);

    let (junit, _) = run_cli(&["--format", "junit"]);
    let doc = roxmltree::Document::parse(&junit).unwrap();
    assert_eq!(doc.descendants().filter(|n| n.has_tag_name("testcase")).count() as u64, claims);
    assert_eq!(
        doc.descendants().filter(|n| n.has_tag_name("failure")).count() as u64,
        contradicted
    );

    let (csv_out, _) = run_cli(&["--format", "csv"]);
    assert_eq!(csv::Reader::from_reader(csv_out.as_bytes()).records().count() as u64, claims);

    let (github, _) = run_cli(&["--format", "github"]);
    assert_eq!(github.lines().count(), flagged);

    let (line, _) = run_cli(&["--format", "line"]);
    assert_eq!(line.lines().count() as u64, claims);

    let (html, _) = run_cli(&["--format", "html"]);
    assert_eq!(html.matches("<mark ").count() as u64, claims);

    let (md, _) = run_cli(&["--format", "markdown"]);
    assert_eq!(md.lines().filter(|l| l.starts_with("| c")).count() as u64, claims);
}

#[test]
fn cli_output_file_holds_what_stdout_would() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.sarif");
    let (stdout, _) = run_cli(&["--format", "sarif"]);
    let (empty, _) = run_cli(&["--format", "sarif", "--output", path.to_str().unwrap()]);
    assert_eq!(empty, "", "nothing on stdout with --output");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), stdout);
    let names: Vec<_> =
        std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names, vec![std::ffi::OsString::from("report.sarif")], "no temporary file left");
}

// Property tests: any article text, any claims, every machine format
// still parses and the HTML page still shows exactly the article.

mod props {
    use proptest::prelude::*;

    use super::*;

    /// Text rich in characters that need escaping somewhere.
    fn text() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            prop_oneof![
                Just("<"),
                Just(">"),
                Just("&"),
                Just("\""),
                Just("'"),
                Just("\n"),
                Just("\r\n"),
                Just("|"),
                Just(","),
                Just(":"),
                Just("%"),
                Just("="),
                Just("-"),
                Just("@"),
                Just("\t"),
                Just("é"),
                Just("–"),
                Just("💶"),
                Just("<script>"),
                Just("&amp;"),
                Just(" "),
                Just("word"),
                Just("12"),
            ],
            0..40,
        )
        .prop_map(|parts| parts.concat())
    }

    /// Sorted, non-overlapping spans on character boundaries of `text`.
    fn spans(text: &str, cuts: &[usize]) -> Vec<(usize, usize)> {
        let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        let mut picks: Vec<usize> = cuts.iter().map(|c| bounds[c % bounds.len()]).collect();
        picks.sort_unstable();
        picks.dedup();
        picks.chunks_exact(2).map(|p| (p[0], p[1])).collect()
    }

    /// The article text as the page shows it: tags dropped, the five
    /// entities decoded.
    fn shown_text(html: &str) -> String {
        let start = html.find("<div class=\"text\">").unwrap() + "<div class=\"text\">".len();
        let body = &html[start..start + html[start..].find("</div>").unwrap()];
        let mut plain = String::new();
        let mut rest = body;
        while let Some(i) = rest.find('<') {
            plain.push_str(&rest[..i]);
            rest = &rest[i + rest[i..].find('>').unwrap() + 1..];
        }
        plain.push_str(rest);
        plain
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

        #[test]
        fn printers_survive_any_text(
            body in text(),
            words in text(),
            path in text(),
            cuts in proptest::collection::vec(0usize..1000, 0..8),
        ) {
            let spans = spans(&body, &cuts);
            let article = common::article_with_spans(&path, &body, &spans, &words);
            let report = Report { articles: vec![article] };
            let flagged = report.articles[0].claims.iter()
                .filter(|c| c.verdict != claimcheck::verdict::Verdict::Supported).count();

            let html = render(&report, Format::Html);
            prop_assert_eq!(shown_text(&html), body.clone());
            prop_assert_eq!(html.matches("<mark ").count(), spans.iter().filter(|(s, e)| s < e).count());
            prop_assert!(!html.contains("<script"));

            let junit = render(&report, Format::Junit);
            prop_assert!(roxmltree::Document::parse(&junit).is_ok(), "{}", junit);

            let sarif: serde_json::Value = serde_json::from_str(&render(&report, Format::Sarif)).unwrap();
            let results = sarif["runs"][0]["results"].as_array().unwrap();
            prop_assert_eq!(results.len(), flagged);
            for r in results {
                let region = &r["locations"][0]["physicalLocation"]["region"];
                let start = region["byteOffset"].as_u64().unwrap() as usize;
                let len = region["byteLength"].as_u64().unwrap() as usize;
                prop_assert_eq!(region["snippet"]["text"].as_str().unwrap(), &body[start..start + len]);
            }

            let csv_out = render(&report, Format::Csv);
            let rows: Vec<csv::StringRecord> =
                csv::Reader::from_reader(csv_out.as_bytes()).records().map(Result::unwrap).collect();
            prop_assert_eq!(rows.len(), spans.len());
            for cell in rows.iter().flatten() {
                prop_assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "{:?}", cell);
            }

            let github = render(&report, Format::Github);
            prop_assert_eq!(github.lines().count(), flagged);
            prop_assert!(github.lines().all(|l| l.starts_with("::") && !l.contains('\r')));

            let line = render(&report, Format::Line);
            prop_assert_eq!(line.lines().count(), spans.len());

            let md = render(&report, Format::Markdown);
            prop_assert_eq!(md.lines().filter(|l| l.starts_with("| c")).count(), spans.len());

            for format in [Format::Table, Format::Json] {
                render(&report, format);
            }
        }
    }
}
