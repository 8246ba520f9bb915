//! The verdict table for people at a terminal (comfy-table).

use std::io::{self, Write};

use comfy_table::{Cell, Color, ContentArrangement, Table, presets};

use super::words::{evidence, value_with_hedge};
use super::{CheckedClaim, PrintOptions, Report};
use crate::verdict::Verdict;

pub(super) fn print(report: &Report, opts: PrintOptions, out: &mut dyn Write) -> io::Result<()> {
    for article in &report.articles {
        let published = article
            .published
            .map_or_else(|| "no publication date".into(), |d| format!("published {d}"));
        writeln!(out, "{} ({published})", article.path)?;
        if article.claims.is_empty() {
            writeln!(out, "  no checkable claims")?;
            continue;
        }
        let table = build(&article.claims, opts);
        writeln!(out, "{table}")?;
    }
    writeln!(out, "{}", report.summary().line())
}

fn build(claims: &[CheckedClaim], opts: PrintOptions) -> Table {
    let mut table = Table::new();
    table.load_style(presets::UTF8_FULL_CONDENSED);
    table.set_content_arrangement(ContentArrangement::Dynamic);
    table.set_width(opts.width.unwrap_or(120));
    if opts.color {
        table.enforce_styling();
    } else {
        table.force_no_tty();
    }
    table.set_header(["#", "line", "claim", "kind", "value", "verdict", "evidence"]);
    for c in claims {
        table.add_row(vec![
            Cell::new(&c.id),
            Cell::new(format!("{}:{}", c.line, c.column)),
            Cell::new(&c.text),
            Cell::new(c.kind().as_str()),
            Cell::new(value_with_hedge(c)),
            verdict_cell(c.verdict, opts.color),
            Cell::new(evidence(c)),
        ]);
    }
    table
}

fn verdict_cell(v: Verdict, color: bool) -> Cell {
    let cell = Cell::new(v.as_str());
    if !color {
        return cell;
    }
    cell.fg(match v {
        Verdict::Supported => Color::Green,
        Verdict::Contradicted => Color::Red,
        Verdict::Unverifiable => Color::Yellow,
    })
}
