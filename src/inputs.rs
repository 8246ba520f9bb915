//! Which articles a run reads: the command line's paths expanded into
//! files, in a stable order.
//!
//! An argument is `-` (standard input), a file, a directory (every `.md`,
//! `.markdown` and `.txt` below it, sorted) or, when no such path exists
//! and it holds `*`, `?` or `[`, a glob pattern. Shells expand unquoted
//! patterns themselves; expanding here as well makes a quoted pattern
//! (`'claims/**/*.md'`, as CI configurations and Windows shells pass
//! them) work the same way.

use std::io;
use std::path::{Path, PathBuf};

use crate::io_error::io_message;

/// A path argument that could not be expanded: one line, naming it.
#[derive(Debug, PartialEq, Eq)]
pub struct InputError(pub String);

/// Expands the article arguments into files, in argument order, each
/// directory and pattern sorted; drops any path containing one of
/// `ignore` (the configuration's `ignore` list).
pub fn article_paths(args: &[PathBuf], ignore: &[String]) -> Result<Vec<PathBuf>, InputError> {
    if args.is_empty() {
        return Err(InputError(
            "no articles given: pass files, directories, glob patterns or - for standard input"
                .into(),
        ));
    }
    let mut out = Vec::new();
    for arg in args {
        if arg.as_os_str() == "-" {
            out.push(arg.clone());
        } else if arg.is_dir() {
            out.extend(directory_articles(arg)?);
        } else if !arg.exists() && is_pattern(arg) {
            out.extend(pattern_articles(arg)?);
        } else {
            // A missing or unreadable file is reported when it is read,
            // with the reader's own message.
            out.push(arg.clone());
        }
    }
    out.retain(|p| !ignore.iter().any(|i| p.to_string_lossy().contains(i.as_str())));
    Ok(out)
}

fn is_pattern(path: &Path) -> bool {
    path.to_string_lossy().contains(['*', '?', '['])
}

fn is_article_file(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "md" || e == "markdown" || e == "txt")
}

/// Every article file below `dir`, sorted; an error if there is none.
fn directory_articles(dir: &Path) -> Result<Vec<PathBuf>, InputError> {
    let mut found = Vec::new();
    walk(dir, &mut found)?;
    if found.is_empty() {
        return Err(InputError(format!(
            "{}: no .md, .markdown or .txt files in this directory",
            dir.display()
        )));
    }
    found.sort();
    Ok(found)
}

/// Appends the article files below `dir`, already in sorted order: each
/// directory's entries are visited by name, which is the order of
/// `Path`'s comparison (component by component), so the callers' sort
/// finds them sorted. The entry's type comes from the directory listing;
/// only a symbolic link costs a `stat` (to follow it as before).
fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), InputError> {
    let cannot = |e: io::Error| {
        InputError(format!("{}: cannot read directory: {}", dir.display(), io_message(&e)))
    };
    let mut entries = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(cannot)? {
        let entry = entry.map_err(cannot)?;
        let is_dir = match entry.file_type() {
            Ok(t) if !t.is_symlink() => t.is_dir(),
            _ => entry.path().is_dir(),
        };
        entries.push((entry.file_name(), is_dir));
    }
    entries.sort_unstable();
    for (name, is_dir) in entries {
        let path = dir.join(name);
        if is_dir {
            walk(&path, out)?;
        } else if is_article_file(&path) {
            out.push(path);
        }
    }
    Ok(())
}

/// The files a glob pattern matches, sorted. A matched directory stands
/// for its articles; a matched file is taken whatever its extension, as
/// the pattern named it. No match is an error, as in a shell with
/// `failglob`: a typo must not become an empty, green run.
fn pattern_articles(pattern: &Path) -> Result<Vec<PathBuf>, InputError> {
    let shown = pattern.display();
    let text = pattern.to_string_lossy();
    let paths = glob::glob(&text).map_err(|e| {
        InputError(format!("{shown}: bad glob pattern at character {}: {}", e.pos + 1, e.msg))
    })?;
    let mut matched = Vec::new();
    for entry in paths {
        let path = entry.map_err(|e| {
            InputError(format!("{}: cannot read: {}", e.path().display(), io_message(e.error())))
        })?;
        matched.push(path);
    }
    matched.sort();
    let mut out = Vec::new();
    for path in matched {
        if path.is_dir() {
            let mut found = Vec::new();
            walk(&path, &mut found)?;
            found.sort();
            out.extend(found);
        } else {
            out.push(path);
        }
    }
    if out.is_empty() {
        return Err(InputError(format!("{shown}: no files match this pattern")));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for name in ["b.md", "a.txt", "notes.json", "sub/c.markdown", "sub/deep/d.md"] {
            let path = dir.path().join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "text").unwrap();
        }
        dir
    }

    fn names(root: &Path, paths: &[PathBuf]) -> Vec<String> {
        paths.iter().map(|p| p.strip_prefix(root).unwrap().display().to_string()).collect()
    }

    #[test]
    fn a_directory_gives_its_articles_sorted_and_recursive() {
        let dir = tree();
        let got = article_paths(&[dir.path().to_path_buf()], &[]).unwrap();
        assert_eq!(names(dir.path(), &got), ["a.txt", "b.md", "sub/c.markdown", "sub/deep/d.md"]);
    }

    #[test]
    fn the_walk_already_gives_path_order_and_follows_linked_directories() {
        // "a/x.md" sorts before "a.md" as a path (component "a" < "a.md")
        // though not as a string ('/' > '.'): the walk must give the
        // path order itself, and a link to a directory is walked too.
        let dir = tempfile::tempdir().unwrap();
        for name in ["a.md", "a/x.md", "a-b/y.md", "z/w.txt"] {
            let path = dir.path().join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "text").unwrap();
        }
        #[cfg(unix)]
        std::os::unix::fs::symlink(dir.path().join("z"), dir.path().join("l")).unwrap();
        let mut walked = Vec::new();
        walk(dir.path(), &mut walked).unwrap();
        let mut sorted = walked.clone();
        sorted.sort();
        assert_eq!(walked, sorted);
        let mut want = vec!["a/x.md", "a-b/y.md", "a.md", "l/w.txt", "z/w.txt"];
        if cfg!(not(unix)) {
            want.retain(|n| !n.starts_with("l/"));
        }
        assert_eq!(names(dir.path(), &walked), want);
    }

    #[test]
    fn a_quoted_glob_is_expanded_sorted() {
        let dir = tree();
        let pattern = dir.path().join("**/*.md");
        let got = article_paths(&[pattern], &[]).unwrap();
        assert_eq!(names(dir.path(), &got), ["b.md", "sub/deep/d.md"]);
    }

    #[test]
    fn a_glob_matching_a_directory_takes_its_articles() {
        let dir = tree();
        let got = article_paths(&[dir.path().join("su?")], &[]).unwrap();
        assert_eq!(names(dir.path(), &got), ["sub/c.markdown", "sub/deep/d.md"]);
    }

    #[test]
    fn a_glob_matching_nothing_is_an_error_naming_it() {
        let dir = tree();
        let pattern = dir.path().join("*.html");
        let err = article_paths(std::slice::from_ref(&pattern), &[]).unwrap_err();
        assert_eq!(err.0, format!("{}: no files match this pattern", pattern.display()));
    }

    #[test]
    fn a_bad_glob_is_an_error_naming_it() {
        let err = article_paths(&[PathBuf::from("claims/[*.md")], &[]).unwrap_err();
        assert!(err.0.starts_with("claims/[*.md: bad glob pattern"), "{}", err.0);
    }

    #[test]
    fn an_existing_file_with_glob_characters_is_read_as_is() {
        let dir = tempfile::tempdir().unwrap();
        let odd = dir.path().join("what[1].md");
        std::fs::write(&odd, "text").unwrap();
        assert_eq!(article_paths(std::slice::from_ref(&odd), &[]).unwrap(), [odd]);
    }

    #[test]
    fn ignored_paths_are_dropped() {
        let dir = tree();
        let got = article_paths(&[dir.path().to_path_buf()], &["deep".into()]).unwrap();
        assert_eq!(names(dir.path(), &got), ["a.txt", "b.md", "sub/c.markdown"]);
    }

    #[test]
    fn no_arguments_is_an_error() {
        assert!(article_paths(&[], &[]).unwrap_err().0.starts_with("no articles given"));
    }
}
