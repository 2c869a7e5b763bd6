//! `crisis check`: every problem in a set of phrasebook files, each with its position.

use std::collections::HashSet;

use super::load::{BUILTIN, step_references};
use super::{Diagnostic, Lang, parse_file};

/// Checks `files` (name, bytes) together with the built-in content, which is where a step in a
/// user file may find its phrases. Returns every problem found, in file order.
pub fn check(files: &[(String, Vec<u8>)]) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    let mut known: HashSet<(String, Lang)> = HashSet::new();
    let builtin = BUILTIN
        .iter()
        .map(|(name, text)| (name.to_string(), text.as_bytes().to_vec()));
    let checked: Vec<_> = files.to_vec();
    for (name, bytes) in checked.iter().cloned().chain(builtin) {
        let (file, file_diags) = parse_file(&name, &bytes);
        if checked.iter().any(|(n, _)| *n == name) {
            diags.extend(file_diags);
        }
        if let Some(file) = file {
            known.extend(file.phrases.into_iter().map(|p| (p.id, p.lang)));
        }
    }
    for (name, bytes) in &checked {
        for (id, lang, diag) in step_references(name, bytes) {
            if !known.contains(&(id, lang)) {
                diags.push(diag);
            }
        }
    }
    diags.sort_by(|a, b| {
        let pos = |d: &Diagnostic| checked.iter().position(|(n, _)| *n == d.file);
        pos(a)
            .cmp(&pos(b))
            .then(a.line.cmp(&b.line))
            .then(a.column.cmp(&b.column))
    });
    diags
}

/// The built-in files, as `check` takes them.
pub fn builtin_sources() -> Vec<(String, Vec<u8>)> {
    BUILTIN
        .iter()
        .map(|(name, text)| (name.to_string(), text.as_bytes().to_vec()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_content_checks_clean() {
        assert_eq!(check(&builtin_sources()), []);
    }

    #[test]
    fn a_dangling_step_reference_is_reported_where_it_is_written() {
        let text = "lang = \"en\"\n[[step]]\nid = \"s\"\nstage = \"learn\"\ntitle = \"T\"\nwhy = \"W\"\nsource = \"S\"\nphrases = [\"nowhere\"]\n";
        let diags = check(&[("mine.toml".into(), text.as_bytes().to_vec())]);
        assert_eq!(diags.len(), 1);
        assert_eq!((diags[0].line, diags[0].file.as_str()), (8, "mine.toml"));
        assert!(diags[0].to_string().contains("`nowhere`"));
    }

    #[test]
    fn every_file_is_reported_not_only_the_first() {
        let diags = check(&[
            ("a.toml".into(), b"lang = \"en\"\n[[phrase]]\n".to_vec()),
            ("b.toml".into(), b"lang = \"xx\"\n".to_vec()),
        ]);
        let mut files: Vec<_> = diags.iter().map(|d| d.file.as_str()).collect();
        files.dedup();
        assert_eq!(files, ["a.toml", "b.toml"]);
    }
}
