//! The journal reader on any bytes: each line read by the one-pass reader as by the derived
//! one (the same event, or the same error); then, when they read, the replay, the timeline's
//! words, every placeholder value and both exports. Nothing may panic.
#![no_main]

use std::path::Path;

use chrono::DateTime;
use crisis::incident::{Incident, IncidentId, journal};
use crisis::phrasebook::Phrasebook;
use crisis::present::{self, Settings, describe};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    for line in bytes.split(|&b| b == b'\n') {
        let fast = crisis::incident::Event::from_line(line).map_err(|e| e.to_string());
        let derived = serde_json::from_slice::<crisis::incident::Event>(line);
        assert_eq!(fast, derived.map_err(|e| e.to_string()));
    }
    let Ok(loaded) = journal::read_bytes(Path::new("journal.jsonl"), bytes) else {
        return;
    };
    let id = IncidentId::new("20261201-1200-fuzz");
    let Ok(incident) = Incident::replay(id, loaded.events) else {
        return;
    };
    let book = Phrasebook::builtin();
    for event in &incident.events {
        let _ = describe::label(&event.kind, incident.lang);
        let _ = describe::detail_in(&incident, event, &book);
    }
    let now = DateTime::parse_from_rfc3339("2026-12-01T12:00:00+01:00").unwrap();
    let settings = Settings {
        pace: Default::default(),
        me: Some("Sam".into()),
        phone: Some("+33 6 12 34 56 78".into()),
        feminine: true,
    };
    let _ = present::values(Some(&incident), &settings, now, incident.lang);
    let lang = incident.lang;
    let _ = present::export::markdown(&incident, &book, &Default::default(), now, lang);
    let _ = present::export::json(&incident);
    let _ = crisis::cadence::next_update(&incident, &Default::default(), now);
    // Taking back the last event replays the rest without it.
    if let Some(last) = incident.last_retractable() {
        let mut incident = incident.clone();
        let event = last.id.clone();
        incident.apply(crisis::incident::Event::new(
            now,
            crisis::incident::EventKind::Retracted { event },
        ));
    }
});
