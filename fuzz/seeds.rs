//! Writes the seed corpus (`corpus/<target>/seed-*`) from the program's own writers, so that
//! the seeds stay what crisis writes today: `cargo run --manifest-path fuzz/Cargo.toml --bin
//! seeds` from the repository's root.

use std::fs;
use std::path::Path;

use chrono::DateTime;
use crisis::incident::{Event, EventKind, Severity, Status};
use crisis::lang::Lang;
use crisis::phrasebook::codec::{self, Key};
use crisis::phrasebook::load::BUILTIN;
use crisis::phrasebook::parse_file;

fn write(target: &str, name: &str, bytes: &[u8]) {
    let dir = Path::new("fuzz/corpus").join(target);
    fs::create_dir_all(&dir).expect("the corpus folder");
    fs::write(dir.join(format!("seed-{name}")), bytes).expect("a seed");
}

fn journal() -> Vec<u8> {
    let at = |t: &str| DateTime::parse_from_rfc3339(t).unwrap();
    let kinds = [
        EventKind::Opened {
            title: "Checkout down".into(),
            severity: Severity::default(),
            client: Some("Acme".into()),
            lang: Lang::Fr,
        },
        EventKind::Note {
            text: "Payments fail since 09:00\nsecond line".into(),
        },
        EventKind::Contact {
            text: "Called Jo".into(),
        },
        EventKind::Decision {
            text: "Roll back".into(),
        },
        EventKind::DetailSet {
            name: "impact".into(),
            value: "12 % of orders".into(),
        },
        EventKind::PhraseCopied {
            phrase: "update.no-news".into(),
            lang: Lang::Fr,
            text: Some("Pas de nouvelles pour l'instant.".into()),
        },
        EventKind::update(Some("Next update at 10:30".into()), None),
        EventKind::UpdateSent {
            text: Some("Prochain point à {next_update}".into()),
            next: Some(at("2026-12-01T10:45:00+01:00")),
            phrase: Some("update.next".into()),
            lang: Some(Lang::Fr),
            sent_as: Some("email to client".into()),
        },
        EventKind::StatusChanged {
            status: Status::Identified,
        },
        EventKind::StepDone {
            step: "quantify".into(),
        },
        EventKind::StepUndone {
            step: "quantify".into(),
        },
        EventKind::LangChanged { lang: Lang::En },
        EventKind::Resolved { text: None },
    ];
    let mut out = Vec::new();
    for (i, kind) in kinds.into_iter().enumerate() {
        let event = Event::new(at(&format!("2026-12-01T09:{:02}:00+01:00", i * 4)), kind);
        out.extend(serde_json::to_vec(&event).unwrap());
        out.push(b'\n');
    }
    out
}

fn main() {
    let journal = journal();
    write("journal", "whole", &journal);
    write("journal", "torn", &journal[..journal.len() - 20]);
    for (i, (_, text)) in BUILTIN.iter().enumerate() {
        write("phrasebook", &format!("builtin-{i}"), text.as_bytes());
        let parsed = parse_file("team.toml", text.as_bytes());
        let key = Key::builtin("team.toml", "seed", "fuzz");
        let bytes = codec::encode(&key, "team.toml", &parsed).expect("encoded");
        // The target writes the 16-byte header itself.
        write("cache", &format!("builtin-{i}"), &bytes[16..]);
    }
    let broken = "lang = \"en\"\ncolour = 1\n[[phrase]]\nid = \"a\"\nstage = \"panic\"\ntxt = \"x\"\ntags = 3\n[[step]]\nid = \"s\"\n";
    write("phrasebook", "broken", broken.as_bytes());
    let small = parse_file("team.toml", broken.as_bytes());
    let key = Key::builtin("team.toml", "seed", "fuzz");
    write(
        "cache",
        "broken",
        &codec::encode(&key, "team.toml", &small).unwrap()[16..],
    );
    for (i, text) in [
        "Hi {client}, {Client} { me } {next_update} {unclosed and } lone",
        "impact=12 % of orders",
        "caf\u{e9} \u{202e}evil\u{202c} \u{200b}zero\u{feff} \u{1b}[2J \u{85} tab\there",
    ]
    .iter()
    .enumerate()
    {
        write("text", &i.to_string(), text.as_bytes());
    }
    for (i, text) in [
        "Next update at 14:30, by 2:30 PM, around 3, at 3 o'clock",
        "in 30 minutes, in half an hour, within the hour, in 1h30",
        "Prochain point à 14 h 30, vers 15 h, dans une demi-heure, d’ici 45 min, dans l'heure",
        "Down since 13:10; the outage started at 09:00",
    ]
    .iter()
    .enumerate()
    {
        write("promise", &i.to_string(), text.as_bytes());
    }
}
