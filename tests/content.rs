//! The built-in content: structure, counts, and spelling in both languages.

mod common;

use std::process::Command;

use crisis::phrasebook::{Lang, Phrasebook, Placeholder, Stage};
use strum::IntoEnumIterator;

/// Runs one of the content scripts; hunspell and python3 are installed by `.ci/run`.
fn script(name: &str) -> String {
    let names: Vec<&str> = Placeholder::iter().map(Placeholder::name).collect();
    let out = Command::new("python3")
        .arg(format!("{}/scripts/{name}", env!("CARGO_MANIFEST_DIR")))
        .env("CRISIS_PLACEHOLDERS", names.join(","))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("python3 runs the content checks");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "{name} failed:\n{text}");
    text
}

#[test]
fn every_built_in_sentence_passes_hunspell() {
    let out = script("spellcheck.py");
    assert!(out.contains("in en") && out.contains("in fr"), "{out}");
}

#[test]
fn the_built_in_content_is_well_formed() {
    script("check_content.py");
}

#[test]
fn both_languages_have_the_same_phrases_and_enough_of_them() {
    let book = Phrasebook::builtin();
    let ids = |lang| {
        let mut ids: Vec<_> = book
            .phrases
            .iter()
            .filter(|p| p.lang == lang)
            .map(|p| p.id)
            .collect();
        ids.sort();
        ids
    };
    assert_eq!(ids(Lang::En), ids(Lang::Fr));
    assert!(ids(Lang::En).len() >= 120);
    for lang in Lang::iter() {
        assert!(book.steps(lang).count() >= 20, "{lang}");
        for stage in Stage::iter() {
            assert!(
                book.phrases
                    .iter()
                    .any(|p| p.lang == lang && p.stage == stage),
                "{lang} {stage}"
            );
            assert!(book.steps(lang).any(|s| s.stage == stage), "{lang} {stage}");
        }
    }
}

#[test]
fn every_step_points_at_phrases_of_its_language() {
    let book = Phrasebook::builtin();
    for step in &book.steps {
        assert!(!step.phrases.is_empty(), "{}", step.id);
        for id in &step.phrases {
            assert!(book.phrase(id, step.lang).is_some(), "{} -> {id}", step.id);
        }
    }
}

#[test]
fn crisis_check_accepts_the_built_in_files() {
    let home = common::Home::new();
    let out = home.run(&["check"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let files = [
        format!("{}/phrasebook/en.toml", env!("CARGO_MANIFEST_DIR")),
        format!("{}/phrasebook/fr.toml", env!("CARGO_MANIFEST_DIR")),
    ];
    let out = home.run(&["check", &files[0], &files[1]]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The readers a phrase's tags name (`internal` is our own team), or a client when none.
fn audiences(tags: &crisis::phrasebook::Tags) -> Vec<crisis::present::compose::Audience> {
    use crisis::present::compose::Audience;
    let named: Vec<Audience> = Audience::iter()
        .filter(|a| {
            let tag = if *a == Audience::Team {
                "internal"
            } else {
                a.name()
            };
            tags.iter().any(|t| t == tag)
        })
        .collect();
    if named.is_empty() {
        vec![Audience::Client]
    } else {
        named
    }
}

#[test]
fn every_built_in_phrase_passes_the_tone_rules_for_the_readers_it_names() {
    use crisis::lint::{Kind, Rules, Target, lint};
    use crisis::present::compose::Channel;
    let book = Phrasebook::builtin();
    let rules = Rules::builtin();
    let now = crisis::lint::examples_at();
    // Every placeholder filled, as it would be once sent: the unfilled one is not the point.
    let values: std::collections::BTreeMap<String, String> = Placeholder::iter()
        .map(|p| (p.name().to_owned(), "Léa".to_owned()))
        .collect();
    let mut problems = Vec::new();
    for phrase in book.phrases.iter() {
        let mut text = crisis::phrasebook::fill(phrase.text, &values).text;
        if phrase.lang == Lang::Fr {
            text = crisis::text::french_spacing(&text);
        }
        let channel = Channel::iter().find(|c| {
            let tag = if *c == Channel::Voicemail {
                "voicemail"
            } else {
                c.name()
            };
            phrase
                .tags
                .iter()
                .any(|t| t == tag || (*c == Channel::Voicemail && t == "phone"))
        });
        for audience in audiences(&phrase.tags) {
            let target = Target {
                lang: phrase.lang,
                audience,
                channel,
                pace: None,
                now,
            };
            // One sentence cannot hold a whole message: what a message must say somewhere
            // (an apology, the next update) is checked on messages, not here.
            for f in lint(&text, &rules, &target) {
                if matches!(
                    rules.rules.iter().find(|r| r.id == f.rule).map(|r| r.kind),
                    Some(Kind::Absence | Kind::Promise)
                ) {
                    continue;
                }
                problems.push(format!(
                    "{} ({}, {}): {} on {:?}",
                    phrase.id,
                    phrase.lang,
                    audience.name(),
                    f.rule,
                    f.matched
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} findings:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// Words as `scripts/source_runs.py` cuts them: lowercase, split on all but letters and digits.
fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The FNV-1a hash of every run of seven words of `text`, as `scripts/source_runs.py` writes them.
fn runs_of_seven(text: &str) -> Vec<u64> {
    words(text)
        .windows(7)
        .map(|run| {
            run.join(" ")
                .bytes()
                .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
                    (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
                })
        })
        .collect()
}

#[test]
fn no_run_of_seven_words_comes_from_the_source_texts() {
    let file = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/sources/runs.txt");
    let sources: std::collections::HashSet<u64> = std::fs::read_to_string(file)
        .unwrap()
        .lines()
        .map(|l| u64::from_str_radix(l, 16).unwrap())
        .collect();
    assert!(sources.len() > 3000, "{file}: {} runs", sources.len());
    // Where the source texts are (not in CI), the file must be theirs, hashed as here: this
    // is also what shows the check finds a copied sentence.
    let seeds = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seeds");
    if let Ok(dir) = std::fs::read_dir(seeds) {
        let mut from_seeds = std::collections::HashSet::new();
        for entry in dir {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            from_seeds.extend(runs_of_seven(&text));
        }
        assert_eq!(
            from_seeds, sources,
            "{file} is out of date: python3 scripts/source_runs.py"
        );
    }
    let book = Phrasebook::builtin();
    let mut texts: Vec<(String, &str)> = Vec::new();
    for phrase in book.phrases.iter() {
        // A placeholder ends a run: what fills it is not the book's words.
        for part in phrase.text.split(['{', '}']).step_by(2) {
            texts.push((format!("{} ({})", phrase.id, phrase.lang), part));
        }
    }
    for lang in Lang::iter() {
        for step in book.steps(lang) {
            texts.push((format!("step {} ({lang})", step.id), &step.title));
            texts.push((format!("step {} ({lang})", step.id), &step.why));
        }
    }
    let copied: Vec<String> = texts
        .iter()
        .filter(|(_, text)| runs_of_seven(text).iter().any(|h| sources.contains(h)))
        .map(|(name, text)| format!("{name}: {text}"))
        .collect();
    assert!(
        copied.is_empty(),
        "seven words in a row from a source text:\n{}",
        copied.join("\n")
    );
}
