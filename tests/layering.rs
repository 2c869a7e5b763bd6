//! The layering of ARCHITECTURE.md, checked on the source: every arrow points down.
//!
//! Each top-level module of `src/` has a layer and a list of the crate modules it may use;
//! the floor uses none, the domain names no terminal or command-line crate, and `incident`
//! knows nothing of the phrasebook. A file that breaks a rule fails this test with its line.

mod common;

use std::path::Path;

use common::rust_files;

/// Every layer under the clients, then any more modules a client may use.
macro_rules! below_clients {
    ($($more:literal),*) => {
        &[
            "lang", "i18n", "text", "clock", "incident", "phrasebook", "playbook", "cadence", "present",
            "lint", "config", "clipboard", "notify", "share", $($more),*
        ]
    };
}

/// Module, the crate modules it may use, and whether it may name ratatui, crossterm or clap.
const RULES: &[(&str, &[&str], bool)] = &[
    // floor
    ("lang", &[], false),
    ("i18n", &["lang", "text"], false),
    ("text", &[], false),
    ("clock", &[], false),
    // domain
    ("incident", &["lang", "i18n", "text", "clock"], false),
    ("phrasebook", &["lang", "i18n", "text"], false),
    ("playbook", &["lang", "phrasebook"], false),
    ("cadence", &["lang", "text", "incident"], false),
    // where incident and content meet
    (
        "present",
        &[
            "lang",
            "i18n",
            "text",
            "clock",
            "incident",
            "phrasebook",
            "playbook",
            "cadence",
        ],
        false,
    ),
    // the tone linter reads messages as `present` writes them
    (
        "lint",
        &["lang", "i18n", "text", "cadence", "present"],
        false,
    ),
    // edges
    (
        "config",
        &["lang", "i18n", "text", "cadence", "present"],
        false,
    ),
    ("clipboard", &["lang", "i18n", "config", "text"], true),
    ("notify", &["text"], false),
    ("share", &["lang", "i18n", "text"], false),
    // clients: everything below them; the command line also starts the cockpit
    ("tui", below_clients!(), true),
    ("cli", below_clients!("tui"), true),
];

/// Files that only declare or start the others.
const ROOTS: &[&str] = &["lib.rs", "main.rs"];

const TERMINAL_CRATES: &[&str] = &["ratatui", "crossterm", "clap", "clap_complete"];

/// The code of a line, without its `//` comment (a doc comment may name anything).
fn code(line: &str) -> &str {
    line.split("//").next().unwrap_or("")
}

/// Identifiers that follow `crate::` on a line.
fn crate_uses(line: &str) -> Vec<&str> {
    line.match_indices("crate::")
        .map(|(at, _)| {
            let rest = &line[at + "crate::".len()..];
            let end = rest
                .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
            &rest[..end]
        })
        .filter(|name| !name.is_empty())
        .collect()
}

/// True when `word` stands alone in `line` as a path's first segment (`ratatui::…`, `use clap`).
fn names_crate(line: &str, word: &str) -> bool {
    line.match_indices(word).any(|(at, _)| {
        let before = line[..at].chars().next_back();
        let after = line[at + word.len()..].chars().next();
        let starts = before.is_none_or(|c| !(c.is_alphanumeric() || c == '_' || c == ':'));
        let ends = after.is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
        starts && ends && (line[at + word.len()..].starts_with("::") || line.contains("use "))
    })
}

/// Every broken rule under `src`, as "file:line: what".
fn violations(src: &Path) -> Vec<String> {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    files.sort();
    let modules: Vec<&str> = RULES.iter().map(|(m, _, _)| *m).collect();
    let mut found = Vec::new();
    for file in files {
        let relative = file.strip_prefix(src).unwrap();
        let first = relative.components().next().unwrap();
        let first = first.as_os_str().to_str().unwrap();
        if ROOTS.contains(&first) {
            continue;
        }
        let module = first.trim_end_matches(".rs");
        let Some((_, allowed, terminal)) = RULES.iter().find(|(m, _, _)| *m == module) else {
            found.push(format!(
                "{}: module `{module}` has no layer in tests/layering.rs (add it there and to ARCHITECTURE.md)",
                relative.display()
            ));
            continue;
        };
        let text = std::fs::read_to_string(&file).unwrap();
        for (n, line) in text.lines().enumerate() {
            let line = code(line);
            for used in crate_uses(line) {
                if used != module && modules.contains(&used) && !allowed.contains(&used) {
                    found.push(format!(
                        "{}:{}: `{module}` uses `crate::{used}`, which is not below it",
                        relative.display(),
                        n + 1
                    ));
                }
            }
            if !terminal {
                for word in TERMINAL_CRATES {
                    if names_crate(line, word) {
                        found.push(format!(
                            "{}:{}: `{module}` names `{word}`, which only the clients may",
                            relative.display(),
                            n + 1
                        ));
                    }
                }
            }
        }
    }
    found
}

#[test]
fn every_arrow_points_down() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let found = violations(&src);
    assert!(found.is_empty(), "layering broken:\n{}", found.join("\n"));
}

#[test]
fn a_broken_rule_is_caught_with_its_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path();
    std::fs::create_dir_all(src.join("incident")).unwrap();
    std::fs::write(
        src.join("incident/event.rs"),
        "//! Uses crate::phrasebook in a comment only, which is fine.\nuse crate::lang::Lang;\nuse crate::phrasebook::Phrase;\n",
    )
    .unwrap();
    std::fs::write(src.join("text.rs"), "use ratatui::text::Line;\n").unwrap();
    std::fs::write(src.join("widgets.rs"), "\n").unwrap();
    std::fs::write(src.join("lib.rs"), "pub mod tui;\n").unwrap();
    let found = violations(src);
    assert_eq!(
        found,
        [
            "incident/event.rs:3: `incident` uses `crate::phrasebook`, which is not below it",
            "text.rs:1: `text` names `ratatui`, which only the clients may",
            "widgets.rs: module `widgets` has no layer in tests/layering.rs (add it there and to ARCHITECTURE.md)",
        ]
    );
}

#[test]
fn every_module_of_the_crate_has_a_layer() {
    let lib =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lib.rs")).unwrap();
    let declared: Vec<&str> = lib
        .lines()
        .filter_map(|l| l.strip_prefix("pub mod "))
        .map(|l| l.trim_end_matches(';'))
        .collect();
    let mut layered: Vec<&str> = RULES.iter().map(|(m, _, _)| *m).collect();
    let mut declared_sorted = declared.clone();
    layered.sort();
    declared_sorted.sort();
    assert_eq!(declared_sorted, layered);
}

/// The longest a file under `src/` may be, tests beside the code excluded.
const MAX_LINES: usize = 400;

/// Files too long (lines before their first `#[cfg(test)]`) or without a `//!` first line.
fn shape_problems(src: &Path, max: usize) -> Vec<String> {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    files.sort();
    let mut problems = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let code = text
            .lines()
            .take_while(|l| !l.starts_with("#[cfg(test)]"))
            .count();
        if code > max {
            problems.push(format!(
                "{}: {code} lines before its tests (at most {max})",
                file.display()
            ));
        }
        if !text.starts_with("//!") {
            problems.push(format!(
                "{}: does not open with a `//!` line saying what it holds",
                file.display()
            ));
        }
    }
    problems
}

#[test]
fn every_file_is_short_and_says_what_it_holds() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let problems = shape_problems(&src, MAX_LINES);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // The check bites: at a tighter limit the longest files are named.
    let tight = shape_problems(&src, 100);
    assert!(
        tight
            .iter()
            .any(|p| p.contains("lines before its tests (at most 100)")),
        "{tight:?}"
    );
}
