//! What the cockpit's unit tests share: an incident, settings, and an app driven as the loop
//! drives it, searches answered at once.

use std::sync::Arc;

use chrono::{DateTime, FixedOffset};

use super::action::{Action, Effect, Verb};
use super::app::{App, RESULT_LIMIT, Settings};
use crate::incident::{Event, EventKind, Incident};
use crate::lang::Lang;
use crate::phrasebook::Phrasebook;
use crate::present;

pub fn now() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-24T09:30:00+01:00").unwrap()
}

pub fn incident() -> Incident {
    let opened = Event::new(
        DateTime::parse_from_rfc3339("2026-11-24T09:00:00+01:00").unwrap(),
        EventKind::Opened {
            title: "Checkout down".into(),
            severity: crate::incident::Severity::try_from(3).unwrap(),
            client: Some("ACME".into()),
            lang: Lang::En,
        },
    );
    Incident::replay(crate::incident::IncidentId::new("x"), vec![opened]).unwrap()
}

pub fn settings() -> Settings {
    Settings {
        values: present::Settings {
            pace: crate::cadence::Policy::default(),
            me: Some("Sam".into()),
            phone: None,
            feminine: false,
        },
        lang: Lang::En,
        notify: false,
        sync_every: None,
    }
}

/// Runs search effects at once, as the worker would, and returns the others.
pub fn settle(app: &mut App, effects: Vec<Effect>) -> Vec<Effect> {
    let index = app.book.phrases.clone();
    let mut rest = Vec::new();
    for effect in effects {
        match effect {
            Effect::Search(q) => {
                let hits = index.search(&q.text, q.lang, q.only.as_deref(), RESULT_LIMIT);
                rest.extend(app.update(Action::SearchResults {
                    generation: q.generation,
                    hits,
                }));
            }
            other => rest.push(other),
        }
    }
    rest
}

pub fn app(incident: Option<Incident>) -> App {
    let (mut app, effects) = App::new(Arc::new(Phrasebook::builtin()), incident, settings(), now());
    settle(&mut app, effects);
    app
}

pub fn press(app: &mut App, verb: Verb) -> Vec<Effect> {
    let effects = app.update(Action::Run(verb));
    settle(app, effects)
}

pub fn type_text(app: &mut App, text: &str) -> Vec<Effect> {
    let mut out = Vec::new();
    for c in text.chars() {
        let effects = app.update(Action::Insert(c));
        out.extend(settle(app, effects));
    }
    out
}
