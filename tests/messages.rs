//! The interface's message files (`messages/*.ftl`): both languages have the same messages with
//! the same arguments, every id the code uses exists, and every file parses.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use common::rust_files;

use crisis::i18n;
use crisis::lang::Lang;
use fluent_bundle::FluentResource;
use regex::Regex;
use strum::IntoEnumIterator;

/// Message id → the `$arguments` it uses, read from the file's text.
fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let source = i18n::source(lang);
    let id = Regex::new(r"^([a-z][a-z0-9-]*) =").unwrap();
    let var = Regex::new(r"\$([a-z_]+)").unwrap();
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current = None;
    for (n, line) in source.lines().enumerate() {
        if let Some(c) = id.captures(line) {
            let name = c[1].to_owned();
            assert!(
                !out.contains_key(&name),
                "messages/{lang}.ftl:{}: `{name}` is defined twice",
                n + 1
            );
            out.insert(name.clone(), BTreeSet::new());
            current = Some(name);
        } else if !line.starts_with([' ', '}']) {
            // A select expression may close at the start of a line, with more text after it.
            current = None;
        }
        if let Some(name) = &current {
            let vars = out.get_mut(name).unwrap();
            vars.extend(var.captures_iter(line).map(|c| c[1].to_owned()));
        }
    }
    out
}

#[test]
fn every_message_file_parses() {
    for lang in Lang::iter() {
        if let Err((_, errors)) = FluentResource::try_new(i18n::source(lang).to_owned()) {
            panic!("messages/{lang}.ftl: {errors:?}");
        }
    }
}

#[test]
fn both_languages_have_the_same_messages_with_the_same_arguments() {
    let en = messages(Lang::En);
    let fr = messages(Lang::Fr);
    let only_en: Vec<_> = en.keys().filter(|k| !fr.contains_key(*k)).collect();
    let only_fr: Vec<_> = fr.keys().filter(|k| !en.contains_key(*k)).collect();
    assert!(
        only_en.is_empty(),
        "missing from messages/fr.ftl: {only_en:?}"
    );
    assert!(
        only_fr.is_empty(),
        "missing from messages/en.ftl: {only_fr:?}"
    );
    for (id, vars) in &en {
        assert_eq!(
            vars, &fr[id],
            "`{id}` takes different arguments in en and fr"
        );
    }
}

#[test]
fn every_message_the_code_uses_is_in_both_files() {
    let mut files = Vec::new();
    rust_files(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("src").as_path(),
        &mut files,
    );
    // `tr!(lang, "id"` across line breaks; the literal is the first string after `tr!(`.
    let used = Regex::new(r#"tr!\(\s*[^"]*?"([a-z][a-z0-9-]*)""#).unwrap();
    let mut seen = 0;
    let mut missing = Vec::new();
    for file in &files {
        let source = std::fs::read_to_string(file).unwrap();
        // Comments may show the macro without using it.
        let source: String = source
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .map(|l| format!("{l}\n"))
            .collect();
        for c in used.captures_iter(&source) {
            seen += 1;
            for lang in Lang::iter() {
                if !i18n::has(lang, &c[1]) {
                    missing.push(format!("{}: `{}` in {lang}", file.display(), &c[1]));
                }
            }
        }
    }
    assert!(seen > 20, "the scan found only {seen} uses of tr!");
    assert!(
        missing.is_empty(),
        "messages used but missing:\n{}",
        missing.join("\n")
    );
}
