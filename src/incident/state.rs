//! An incident's state: nothing but the replay of its journal.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, FixedOffset};

use super::event::{Event, EventKind};
use super::id::{IncidentId, Severity};
use super::status::Status;
use crate::lang::Lang;

#[derive(Debug, Clone, PartialEq)]
pub struct Incident {
    pub id: IncidentId,
    pub title: String,
    pub severity: Severity,
    pub status: Status,
    pub client: Option<String>,
    pub lang: Lang,
    pub opened_at: DateTime<FixedOffset>,
    pub resolved_at: Option<DateTime<FixedOffset>>,
    pub last_update_at: Option<DateTime<FixedOffset>>,
    pub done: BTreeSet<String>,
    /// Details set on the incident (`impact`, `contact`, …) for filling placeholders.
    pub details: BTreeMap<String, String>,
    pub events: Vec<Event>,
}

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum StateError {
    #[error("the journal is empty")]
    Empty,
    #[error("the journal does not start with an `opened` event")]
    NotOpened,
}

impl Incident {
    pub fn replay(id: IncidentId, events: Vec<Event>) -> Result<Incident, StateError> {
        let first = events.first().ok_or(StateError::Empty)?;
        let EventKind::Opened {
            title,
            severity,
            client,
            lang,
        } = &first.kind
        else {
            return Err(StateError::NotOpened);
        };
        let mut incident = Incident {
            id,
            title: title.clone(),
            severity: *severity,
            status: Status::default(),
            client: client.clone(),
            lang: *lang,
            opened_at: first.at,
            resolved_at: None,
            last_update_at: None,
            done: BTreeSet::new(),
            details: BTreeMap::new(),
            events: Vec::new(),
        };
        for event in &events {
            incident.note(event);
        }
        incident.events = events;
        Ok(incident)
    }

    /// Folds one more event into the state.
    pub fn apply(&mut self, event: Event) {
        self.note(&event);
        self.events.push(event);
    }

    /// The state change of one event, without keeping it.
    fn note(&mut self, event: &Event) {
        match &event.kind {
            EventKind::Opened { .. } | EventKind::Note { .. } | EventKind::Contact { .. } => {}
            EventKind::Decision { .. } | EventKind::PhraseCopied { .. } => {}
            EventKind::UpdateSent { .. } => self.last_update_at = Some(event.at),
            EventKind::StepDone { step } => {
                self.done.insert(step.clone());
            }
            EventKind::StepUndone { step } => {
                self.done.remove(step);
            }
            EventKind::DetailSet { name, value } => {
                // The client named later is the incident's client everywhere it is shown.
                if name == "client" {
                    self.client = Some(value.clone());
                }
                self.details.insert(name.clone(), value.clone());
            }
            EventKind::LangChanged { lang } => self.lang = *lang,
            EventKind::StatusChanged {
                status: Status::Resolved,
            }
            | EventKind::Resolved { .. } => {
                self.status = Status::Resolved;
                self.resolved_at = Some(event.at);
            }
            EventKind::StatusChanged { status } => self.status = *status,
        }
    }

    pub fn is_open(&self) -> bool {
        self.resolved_at.is_none()
    }

    pub fn updates_sent(&self) -> impl Iterator<Item = &Event> {
        self.events
            .iter()
            .filter(|e| matches!(e.kind, EventKind::UpdateSent { .. }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(hm: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(&format!("2026-11-24T{hm}:00+01:00")).unwrap()
    }

    fn opened() -> Event {
        Event::new(
            at("09:00"),
            EventKind::Opened {
                title: "Checkout down".into(),
                severity: Severity::try_from(2).unwrap(),
                client: Some("ACME".into()),
                lang: Lang::En,
            },
        )
    }

    #[test]
    fn replay_derives_steps_details_updates_and_resolution() {
        let events = vec![
            opened(),
            Event::new(at("09:05"), EventKind::StepDone { step: "a".into() }),
            Event::new(at("09:06"), EventKind::StepDone { step: "b".into() }),
            Event::new(at("09:07"), EventKind::StepUndone { step: "a".into() }),
            Event::new(
                at("09:10"),
                EventKind::DetailSet {
                    name: "impact".into(),
                    value: "3 of 1000".into(),
                },
            ),
            Event::new(at("09:41"), EventKind::update(None, None)),
            Event::new(at("09:50"), EventKind::LangChanged { lang: Lang::Fr }),
        ];
        let mut incident = Incident::replay(IncidentId::new("x"), events).unwrap();
        assert_eq!(incident.done.iter().collect::<Vec<_>>(), ["b"]);
        assert_eq!(incident.details["impact"], "3 of 1000");
        assert_eq!(incident.lang, Lang::Fr);
        assert_eq!(incident.last_update_at, Some(at("09:41")));
        assert!(incident.is_open());
        incident.apply(Event::new(at("11:00"), EventKind::Resolved { text: None }));
        assert!(!incident.is_open());
        assert_eq!(incident.events.len(), 8);
    }

    #[test]
    fn status_follows_its_events_and_resolving_is_a_status_too() {
        let mut incident = Incident::replay(IncidentId::new("x"), vec![opened()]).unwrap();
        assert_eq!(incident.status, Status::Investigating);
        let status = |s| EventKind::StatusChanged { status: s };
        incident.apply(Event::new(at("09:10"), status(Status::Identified)));
        assert_eq!(incident.status, Status::Identified);
        assert!(incident.is_open());
        incident.apply(Event::new(at("09:20"), status(Status::Resolved)));
        assert!(!incident.is_open());
        assert_eq!(incident.resolved_at, Some(at("09:20")));
    }

    #[test]
    fn a_journal_must_start_with_opened() {
        assert_eq!(
            Incident::replay(IncidentId::new("x"), vec![]).unwrap_err(),
            StateError::Empty
        );
        let note = Event::new(at("09:00"), EventKind::Note { text: "hi".into() });
        assert_eq!(
            Incident::replay(IncidentId::new("x"), vec![note]).unwrap_err(),
            StateError::NotOpened
        );
    }
}
