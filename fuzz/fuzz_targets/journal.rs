//! The journal reader on any bytes: then, when they read, the replay, the timeline's words,
//! every placeholder value and both exports. Nothing may panic.
#![no_main]

use std::path::Path;

use chrono::{DateTime, Duration};
use crisis::incident::{Incident, IncidentId, journal};
use crisis::phrasebook::Phrasebook;
use crisis::present::{self, Settings, describe};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(loaded) = journal::read_bytes(Path::new("journal.jsonl"), bytes) else {
        return;
    };
    let id = IncidentId::new("20261201-1200-fuzz");
    let Ok(incident) = Incident::replay(id, loaded.events) else {
        return;
    };
    let book = Phrasebook::builtin();
    for event in &incident.events {
        let _ = describe::label(&event.kind);
        let _ = describe::detail(&event.kind, &book, incident.lang);
    }
    let settings = Settings {
        cadence: Duration::minutes(30),
        me: Some("Sam".into()),
    };
    let _ = present::values(Some(&incident), &settings);
    let now = DateTime::parse_from_rfc3339("2026-12-01T12:00:00+01:00").unwrap();
    let _ = present::export::markdown(&incident, &book, &Default::default(), now);
    let _ = present::export::json(&incident);
});
