//! The HTML report in a real browser (issue 6 item 4): headless
//! Chromium loads the page of a sample report and of a hostile article,
//! dumps the DOM it built, and the test checks one highlight per claim
//! with its verdict's class and no trace that injected markup became
//! elements or ran. It also takes screenshots (`target/report.png`,
//! `target/report-hostile.png`) for people to look at.
//!
//! Skipped, with a notice, only when no `chromium` is on PATH (CI
//! installs Debian's `chromium`).

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use claimcheck::report::{self, Format, PrintOptions, Report};
use claimcheck::verdict::Verdict;

const TIMEOUT: Duration = Duration::from_secs(90);

fn chromium() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).map(|dir| dir.join("chromium")).find(|p| p.is_file())
}

/// Where pages and screenshots go: under `target/`, kept after the run.
fn out_dir() -> PathBuf {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let dir = tmp.parent().unwrap_or(tmp).to_path_buf();
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write_page(report: &Report, name: &str) -> PathBuf {
    let path = out_dir().join(name);
    let mut out = Vec::new();
    report::print(report, Format::Html, PrintOptions::default(), &mut out).unwrap();
    std::fs::write(&path, out).unwrap();
    path
}

/// Runs Chromium headless on `page` with `extra` arguments, in a fresh
/// profile, with everything that could reach the network turned off,
/// and returns its standard output.
fn run_chromium(chromium: &Path, page: &Path, extra: &[String]) -> String {
    let profile = tempfile::tempdir().unwrap();
    let mut child = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(extra)
        .arg(format!("file://{}", page.display()))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromium starts");
    let started = Instant::now();
    // The pipe is drained by a thread so a large DOM cannot block the
    // browser while we wait for it to exit.
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut stdout, &mut s).map(|_| s)
    });
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if started.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium did not finish within {TIMEOUT:?}");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    reader.join().unwrap().unwrap()
}

fn dump_dom(chromium: &Path, page: &Path) -> String {
    let dom = run_chromium(chromium, page, &["--dump-dom".into()]);
    assert!(dom.contains("</html>"), "no DOM dumped: {dom:?}");
    dom
}

fn screenshot(chromium: &Path, page: &Path, png: &str) {
    let path = out_dir().join(png);
    let _ = std::fs::remove_file(&path);
    run_chromium(
        chromium,
        page,
        &[format!("--screenshot={}", path.display()), "--window-size=1280,2000".into()],
    );
    let bytes = std::fs::read(&path).expect("screenshot written");
    assert!(bytes.starts_with(b"\x89PNG"), "{} is a PNG", path.display());
    eprintln!("screenshot: {}", path.display());
}

/// One `<mark>` per claim, with the claim's id and verdict class, in
/// the DOM the browser built.
fn assert_highlights(dom: &str, report: &Report) {
    let claims: Vec<_> = report.articles.iter().flat_map(|a| &a.claims).collect();
    assert_eq!(dom.matches("<mark ").count(), claims.len(), "one highlight per claim");
    for (n, a) in report.articles.iter().enumerate() {
        for c in &a.claims {
            let mark = format!(
                "<mark class=\"claim {}\" data-claim=\"{}\" id=\"a{}-{}\"",
                c.verdict.as_str(),
                c.id,
                n + 1,
                c.id
            );
            assert!(dom.contains(&mark), "missing {mark}");
        }
    }
    let count = |v: Verdict| claims.iter().filter(|c| c.verdict == v).count();
    for v in [Verdict::Supported, Verdict::Contradicted, Verdict::Unverifiable] {
        let marks = dom.matches(&format!("<mark class=\"claim {}\"", v.as_str())).count();
        assert_eq!(marks, count(v), "{v} highlights");
    }
}

#[test]
fn html_report_renders_and_nothing_injected_runs() {
    let Some(chromium) = chromium() else {
        eprintln!(
            "note: no `chromium` on PATH; skipping the browser test (apt-get install chromium)"
        );
        return;
    };

    let sample = common::sample_report();
    let page = write_page(&sample, "report.html");
    let dom = dump_dom(&chromium, &page);
    assert_highlights(&dom, &sample);
    assert!(dom.contains("claimcheck report"));
    screenshot(&chromium, &page, "report.png");

    let hostile = common::hostile_report();
    let page = write_page(&hostile, "report-hostile.html");
    let dom = dump_dom(&chromium, &page);
    assert_highlights(&dom, &hostile);
    // The injected markup became text, not elements...
    assert!(!dom.contains("<script"), "a script element exists");
    assert!(!dom.contains("<img"), "an img element exists");
    assert!(!dom.contains("<b>"), "a b element exists");
    assert!(
        dom.contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;"),
        "escaped script shown"
    );
    assert!(
        dom.contains("&lt;img src=x onerror=\"document.body.setAttribute('data-pwned',1)\"&gt;")
    );
    // ...and nothing ran: the title and the body are untouched.
    let title = dom.split("<title>").nth(1).and_then(|t| t.split("</title>").next()).unwrap();
    assert!(title.starts_with("claimcheck:") && !title.contains("pwned"), "title: {title}");
    assert!(dom.contains("<body>"), "body has no injected attribute");
    // Reference text with both quotes is shown as written.
    assert!(dom.contains("Acme \"Growth\" Fund &lt;b&gt;"));
    assert!(dom.contains("raised in O'Neil's round"));
    screenshot(&chromium, &page, "report-hostile.png");
}
