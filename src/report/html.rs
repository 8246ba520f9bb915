//! One self-contained HTML page per run, for editors: each article's
//! text with every claim highlighted in its verdict's colour (hover for
//! the evidence, click to jump to its row), then the verdict table, with
//! a summary and a legend at the top.
//!
//! Safety: every piece of article and reference text goes through
//! [`markup`], which escapes `& < > " '`, so a hostile article shows its
//! `<script>` as text. As a second line of defence the page carries a
//! Content-Security-Policy that allows inline CSS and nothing else: no
//! script at all (the page needs none: hover is a `title`, click is an
//! anchor), no network loads, no forms. Output is deterministic (no
//! timestamps), so pages can be diffed.

use std::fmt::Write as _;
use std::io::{self, Write};

use super::escape::{attribute, markup};
use super::words::{reason, sentence, value_with_hedge};
use super::{ArticleReport, CheckedClaim, Report, Summary};
use crate::verdict::Verdict;

const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const STYLE: &str = include_str!("html.css");

pub(super) fn print(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let summary = report.summary();
    let mut h = String::new();
    head(&mut h, &summary);
    h.push_str("<body>\n");
    header(&mut h, &summary, report);
    h.push_str("<main>\n");
    for (i, article) in report.articles.iter().enumerate() {
        article_section(&mut h, i + 1, article);
    }
    if report.articles.is_empty() {
        h.push_str("<p class=\"empty\">No articles were checked.</p>\n");
    }
    h.push_str("</main>\n");
    let _ = writeln!(
        h,
        "<footer>claimcheck {} · this page is self-contained and loads nothing from the network.</footer>",
        markup(env!("CARGO_PKG_VERSION"))
    );
    h.push_str("</body>\n</html>\n");
    out.write_all(h.as_bytes())
}

fn head(h: &mut String, s: &Summary) {
    h.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    let _ = writeln!(h, "<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">");
    h.push_str("<meta name=\"referrer\" content=\"no-referrer\">\n");
    h.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    let _ = writeln!(
        h,
        "<title>claimcheck: {} contradicted, {} unverifiable of {} claim{}</title>",
        s.contradicted,
        s.unverifiable,
        s.claims,
        if s.claims == 1 { "" } else { "s" }
    );
    let _ = writeln!(h, "<style>\n{STYLE}</style>\n</head>");
}

/// Title, summary counts, the legend and, for several articles, a list
/// of them with their counts.
fn header(h: &mut String, s: &Summary, report: &Report) {
    h.push_str("<header>\n<h1>claimcheck report</h1>\n");
    let _ = writeln!(h, "<p class=\"summary-line\">{}</p>", markup(&s.line()));
    h.push_str("<ul class=\"counts\">\n");
    count(h, "total", s.claims, "claims");
    count(h, "supported", s.supported, "supported");
    count(h, "contradicted", s.contradicted, "contradicted");
    count(h, "unverifiable", s.unverifiable, "unverifiable");
    if s.silenced > 0 {
        count(h, "silenced", s.silenced, "silenced");
    }
    h.push_str("</ul>\n");
    h.push_str(concat!(
        "<p class=\"legend\">",
        "<span class=\"swatch supported\">supported</span> the reference agrees ",
        "<span class=\"swatch contradicted\">contradicted</span> the reference disagrees ",
        "<span class=\"swatch unverifiable\">unverifiable</span> nothing safe to compare with",
        "<br><span class=\"hint\">Hover a highlight to see its evidence; click it to jump to its row in the table.</span>",
        "</p>\n",
        // A filter without script: the stylesheet hides supported rows
        // while the box is ticked (`:has()`).
        "<p class=\"filter\"><label><input type=\"checkbox\" id=\"hide-supported\"> ",
        "Show only contradicted and unverifiable claims in the tables</label></p>\n"
    ));
    if report.articles.len() > 1 {
        contents(h, report);
    }
    h.push_str("</header>\n");
}

/// Contradictions stand out, but only when there are some.
fn contradicted_tally(n: usize) -> String {
    if n == 0 {
        "0 contradicted".into()
    } else {
        format!("<b class=\"contradicted\">{n} contradicted</b>")
    }
}

/// The path as given, or words for standard input.
fn shown_path(a: &ArticleReport) -> String {
    if a.path == "-" { "standard input (-)".into() } else { a.path.clone() }
}

/// Links to each article with its tally, contradictions in bold.
fn contents(h: &mut String, report: &Report) {
    h.push_str("<ul class=\"toc\">\n");
    for (i, a) in report.articles.iter().enumerate() {
        let count = |v: Verdict| a.claims.iter().filter(|c| c.verdict == v).count();
        let _ = writeln!(
            h,
            "<li><a href=\"#a{}\">{}</a><span class=\"tally\">{} claims · {} · {} unverifiable</span></li>",
            i + 1,
            markup(&shown_path(a)),
            a.claims.len(),
            contradicted_tally(count(Verdict::Contradicted)),
            count(Verdict::Unverifiable)
        );
    }
    h.push_str("</ul>\n");
}

fn count(h: &mut String, class: &str, n: usize, label: &str) {
    let _ = writeln!(
        h,
        "<li class=\"count {class}\"><span class=\"n\">{n}</span> <span class=\"label\">{label}</span></li>"
    );
}

fn article_section(h: &mut String, n: usize, a: &ArticleReport) {
    let _ = writeln!(h, "<section class=\"article\" id=\"a{n}\">");
    let _ = writeln!(h, "<h2>{}</h2>", markup(&shown_path(a)));
    let _ = writeln!(h, "<p class=\"meta\">{}</p>", markup(&meta(a)));
    h.push_str("<div class=\"text\">");
    article_text(h, n, a);
    h.push_str("</div>\n");
    if a.claims.is_empty() {
        h.push_str("<p class=\"empty\">No checkable claims.</p>\n");
    } else {
        verdict_table(h, n, a);
    }
    h.push_str("</section>\n");
}

/// "published 2025-11-25 · 11 claims: 6 supported, 1 contradicted, 4 unverifiable".
fn meta(a: &ArticleReport) -> String {
    let count = |v: Verdict| a.claims.iter().filter(|c| c.verdict == v).count();
    let published =
        a.published.map_or_else(|| "no publication date".into(), |d| format!("published {d}"));
    let mut m = format!(
        "{published} · {} claim{}: {} supported, {} contradicted, {} unverifiable",
        a.claims.len(),
        if a.claims.len() == 1 { "" } else { "s" },
        count(Verdict::Supported),
        count(Verdict::Contradicted),
        count(Verdict::Unverifiable)
    );
    if a.silenced > 0 {
        let _ = write!(m, " ({} silenced)", a.silenced);
    }
    m
}

/// The article, escaped, with a `<mark>` around each claim. A claim
/// whose span overlaps the previous one or does not fall on character
/// boundaries is left unhighlighted rather than break the text; it
/// still has its row in the table.
fn article_text(h: &mut String, n: usize, a: &ArticleReport) {
    let mut claims: Vec<&CheckedClaim> = a.claims.iter().collect();
    claims.sort_by_key(|c| (c.span.start, c.span.end));
    let mut cursor = 0;
    for c in claims {
        let (start, end) = (c.span.start, c.span.end);
        let Some(claimed) = a.text.get(start..end) else { continue };
        if start < cursor || start == end {
            continue;
        }
        h.push_str(&markup(&a.text[cursor..start]));
        let _ = write!(
            h,
            "<a class=\"claim-link\" href=\"#a{n}-{id}-row\"><mark class=\"claim {v}\" data-claim=\"{id}\" id=\"a{n}-{id}\" title=\"{t}\">{text}</mark></a>",
            id = attribute(&c.id),
            v = c.verdict.as_str(),
            t = attribute(&tooltip(c)),
            text = markup(claimed)
        );
        cursor = end;
    }
    h.push_str(&markup(&a.text[cursor..]));
}

/// The hover text: verdict, what was claimed, the record and why.
fn tooltip(c: &CheckedClaim) -> String {
    let mut t =
        format!("{} · {}\nclaimed: {} ({})", c.id, c.verdict, value_with_hedge(c), c.kind());
    if let Some(e) = &c.evidence {
        let _ = write!(t, "\nreference {}: {}\nsource: {}", e.record_id, e.value, e.source);
    }
    let _ = write!(t, "\n{}", sentence(reason(c)));
    t
}

fn verdict_table(h: &mut String, n: usize, a: &ArticleReport) {
    h.push_str("<table class=\"verdicts\">\n<thead><tr><th>#</th><th>line</th><th>claim</th><th>value</th><th>verdict</th><th>evidence</th></tr></thead>\n<tbody>\n");
    for c in &a.claims {
        row(h, n, c);
    }
    h.push_str("</tbody>\n</table>\n");
}

fn row(h: &mut String, n: usize, c: &CheckedClaim) {
    let id = attribute(&c.id);
    let v = c.verdict.as_str();
    let _ = writeln!(
        h,
        "<tr id=\"a{n}-{id}-row\" class=\"{v}\"><td class=\"id\"><a href=\"#a{n}-{id}\">{id}</a></td><td class=\"pos\">{}:{}</td><td class=\"claim-text\">{}</td><td class=\"value\">{}<span class=\"kind\">{} · {}</span></td><td><span class=\"badge {v}\">{v}</span></td><td class=\"evidence\">{}</td></tr>",
        c.line,
        c.column,
        markup(&c.text),
        markup(&value_with_hedge(c)),
        c.kind(),
        c.qualifier.as_str(),
        evidence(c)
    );
}

/// The record and the comparison, or the reason there is none; HTML.
fn evidence(c: &CheckedClaim) -> String {
    let mut out = format!("<p class=\"reason\">{}</p>", markup(&sentence(reason(c))));
    if let Some(code) = c.reason.code {
        let _ = write!(out, "<p class=\"detail\">reason code <code>{}</code></p>", code.as_str());
    }
    if let Some(e) = &c.evidence {
        let _ = write!(
            out,
            "<p class=\"detail\"><code>{}</code> {} — {}: <strong>{}</strong></p>",
            markup(&e.record_id),
            markup(&e.subject),
            markup(&e.attribute),
            markup(&e.value.to_string())
        );
        let _ = write!(
            out,
            "<p class=\"detail\">claimed {} · tolerance {}{} · confidence {:.2}</p>",
            markup(&e.claimed),
            markup(&e.tolerance),
            e.difference.map_or_else(String::new, |d| format!(
                " · difference {}",
                markup(&crate::value::fmt_number(d))
            )),
            e.confidence
        );
        let _ = write!(out, "<p class=\"detail source\">source: {}</p>", source(&e.source));
    }
    out
}

/// A web source as a link (only `http(s)`, never `javascript:` or
/// anything else), anything else as text.
fn source(s: &str) -> String {
    let is_web = (s.starts_with("https://") || s.starts_with("http://"))
        && !s.contains(|c: char| c.is_whitespace() || c.is_control());
    if is_web {
        format!("<a href=\"{0}\" rel=\"noopener noreferrer\">{1}</a>", attribute(s), markup(s))
    } else {
        markup(s)
    }
}
