//! Property tests: arbitrary input never panics the readers, arbitrary sizes never panic drawing.

use std::sync::Arc;

use chrono::{DateTime, Duration, FixedOffset};
use crisis::incident::{Event, EventKind, Incident, Journal};
use crisis::phrasebook::{Lang, Phrasebook, parse_file};
use crisis::tui::action::{Action, Effect, Verb};
use crisis::tui::app::{App, Settings};
use crisis::tui::{layout, worker};
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn at(minute: u32) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-24T09:00:00+01:00").unwrap()
        + Duration::minutes(i64::from(minute))
}

fn journal_lines(n: usize) -> Vec<u8> {
    let mut bytes = Vec::new();
    let opened = EventKind::Opened {
        title: "t".into(),
        severity: crisis::incident::Severity::try_from(2).unwrap(),
        client: None,
        lang: Lang::En,
    };
    for (i, kind) in std::iter::once(opened)
        .chain((0..n).map(|i| EventKind::Note {
            text: format!("note {i} é"),
        }))
        .enumerate()
    {
        bytes.extend(serde_json::to_vec(&Event::new(at(i as u32), kind)).unwrap());
        bytes.push(b'\n');
    }
    bytes
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn the_phrasebook_loader_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        let _ = parse_file("fuzz.toml", &bytes);
    }

    #[test]
    fn the_phrasebook_loader_never_panics_on_near_valid_toml(
        text in "lang = \"(en|fr)\"\n(\\[\\[(phrase|step)\\]\\]\n((id|stage|text|tags|title|why|source|phrases) = (\"[a-z {}_\\\\]{0,12}\"|\\[\\]|\\[\"x\"\\]|1)\n){0,6}){0,4}"
    ) {
        let _ = parse_file("near.toml", text.as_bytes());
    }

    #[test]
    fn the_journal_reader_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..3000)) {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("journal.jsonl"), &bytes).unwrap();
        let _ = Journal::at(dir.path()).load();
    }

    #[test]
    fn a_journal_cut_anywhere_loads_every_complete_event(cut in 0usize..2000) {
        let bytes = journal_lines(12);
        let cut = cut.min(bytes.len());
        // A line counts once all of it is there; its newline may still be missing.
        let complete = bytes
            .iter()
            .enumerate()
            .filter(|(i, b)| **b == b'\n' && *i <= cut)
            .count();
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("journal.jsonl"), &bytes[..cut]).unwrap();
        let loaded = Journal::at(dir.path()).load().unwrap();
        prop_assert_eq!(loaded.events.len(), complete);
        prop_assert!(loaded.warnings.len() <= 1);
    }

    #[test]
    fn drawing_never_panics_at_any_size(width in 1u16..300, height in 1u16..100, state in 0u8..5) {
        let book = Arc::new(Phrasebook::builtin());
        let index = book.phrases.clone();
        let mut events = vec![Event::new(at(0), EventKind::Opened { title: "Checkout down with a very long title indeed".into(), severity: crisis::incident::Severity::try_from(1).unwrap(), client: Some("ACME".into()), lang: Lang::Fr })];
        events.extend((1..200).map(|i| Event::new(at(i), EventKind::Note { text: format!("note {i} with some text that goes on and on") })));
        let incident = (state != 0).then(|| Incident::replay(crisis::incident::IncidentId::new("x"), events).unwrap());
        let settings = Settings { values: crisis::present::Settings { pace: crisis::cadence::Policy::default(), me: None, phone: None, feminine: false }, lang: Lang::En, notify: false, sync_every: None };
        let (mut app, effects) = App::new(book, incident, settings, at(250));
        let mut pending = effects;
        let commands: &[Verb] = match state {
            2 => &[Verb::Help],
            3 => &[Verb::Search],
            4 => &[Verb::FocusNext, Verb::Down, Verb::AddNote],
            _ => &[],
        };
        for command in commands {
            pending.extend(app.update(Action::Run(*command)));
        }
        for effect in pending {
            if let Effect::Search(q) = effect {
                let answer = worker::answer(&index, &q);
                app.update(answer);
            }
        }
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        terminal.draw(|frame| layout::draw(&app, frame)).unwrap();
    }
}
