//! `claimcheck.toml`: settings found from the working directory upward.
//! Unknown keys are errors that name the key, so a typo never passes
//! silently. Flags override the file.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::cli::{FailOnArg, FormatArg};
use crate::link::LinkConfig;
use crate::verdict::Tolerances;

/// The file's name.
pub const FILE_NAME: &str = "claimcheck.toml";

/// Settings from the file.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    /// Reference paths, relative to the file.
    #[serde(default)]
    pub reference: Vec<PathBuf>,
    /// Default `--fail-on`.
    pub fail_on: Option<FailOnArg>,
    /// Default `--format`.
    pub format: Option<FormatArg>,
    /// Default `--max-bytes`.
    pub max_bytes: Option<u64>,
    /// Article paths to skip (substrings of the path).
    #[serde(default)]
    pub ignore: Vec<String>,
    /// Comparison tolerances.
    #[serde(default)]
    pub tolerances: Tolerances,
    /// Linker thresholds.
    #[serde(default)]
    pub link: LinkSettings,
}

/// `[link]` table.
#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LinkSettings {
    /// Lowest score that links a claim.
    pub min_score: f64,
    /// Lowest score that may contradict.
    pub confident_score: f64,
    /// Scores closer than this tie.
    pub tie_margin: f64,
}

impl Default for LinkSettings {
    fn default() -> LinkSettings {
        let d = LinkConfig::default();
        LinkSettings {
            min_score: d.min_score,
            confident_score: d.confident_score,
            tie_margin: d.tie_margin,
        }
    }
}

impl From<LinkSettings> for LinkConfig {
    fn from(s: LinkSettings) -> LinkConfig {
        LinkConfig {
            min_score: s.min_score,
            confident_score: s.confident_score,
            tie_margin: s.tie_margin,
        }
    }
}

/// The nearest `claimcheck.toml` from `start` upward.
pub fn find(start: &Path) -> Option<PathBuf> {
    start.ancestors().map(|d| d.join(FILE_NAME)).find(|p| p.is_file())
}

/// Reads and parses a config file; errors name the file, line and key.
pub fn load(path: &Path) -> Result<FileConfig, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    let mut cfg: FileConfig = toml::from_str(&text).map_err(|e| {
        let line = e.span().map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1);
        let message = e.message().replace('\n', " ");
        format!(
            "{}{}: {message}",
            path.display(),
            line.map(|l| format!(":{l}")).unwrap_or_default()
        )
    })?;
    let base = path.parent().unwrap_or(Path::new("."));
    for r in &mut cfg.reference {
        if r.is_relative() {
            *r = base.join(&*r);
        }
    }
    Ok(cfg)
}

/// The starter file `claimcheck init` writes.
pub const STARTER: &str = r#"# claimcheck settings. Flags on the command line override these.

# Reference datasets (files or directories), relative to this file.
reference = ["reference/"]

# Which verdicts make the exit status 1: "contradicted", "unverifiable" or "never".
fail_on = "contradicted"

# Default output format: "table", "json", "markdown", "csv", "html",
# "sarif", "junit", "github" or "line".
# format = "table"

# Articles larger than this many bytes are refused.
# max_bytes = 10000000

# Article paths containing any of these strings are skipped.
ignore = []

[tolerances]
# "about X" covers X plus or minus this share of X.
approximately = 0.10
# "nearly X" covers this share of X up to X.
nearly = 0.90
# "more than X" covers X up to this multiple of X.
more_than = 1.5
# "up to X" covers this share of X up to X.
up_to = 0.5
# Extra relative slack on exact figures beyond the rounding the text shows.
exact = 0.0

[link]
# Lowest link score that ties a claim to a record.
min_score = 0.42
# Lowest link score at which a disagreement is reported as contradicted.
confident_score = 0.50
# Candidates whose scores differ by less than this are ambiguous.
tie_margin = 0.02
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starter_file_parses() {
        let cfg: FileConfig = toml::from_str(STARTER).unwrap();
        assert_eq!(cfg.fail_on, Some(FailOnArg::Contradicted));
        assert_eq!(cfg.tolerances, Tolerances::default());
    }

    #[test]
    fn unknown_keys_are_named() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        std::fs::write(&path, "fail_on = \"never\"\ntolerance = 3\n").unwrap();
        let err = load(&path).unwrap_err();
        assert!(err.contains(":2:") && err.contains("unknown field `tolerance`"), "{err}");
    }
}
