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
    /// Minutes between updates set for this incident, over its severity's pace.
    pub cadence: Option<u32>,
    pub client: Option<String>,
    pub lang: Lang,
    /// The language from each instant on, the opening's first: an event reads in the
    /// language the incident had when it happened.
    pub langs: Vec<(DateTime<FixedOffset>, Lang)>,
    pub opened_at: DateTime<FixedOffset>,
    pub resolved_at: Option<DateTime<FixedOffset>>,
    pub last_update_at: Option<DateTime<FixedOffset>>,
    pub done: BTreeSet<String>,
    /// Follow-ups still to do: the event id, what, and when, in the order they were added.
    pub follow_ups: Vec<(String, String, DateTime<FixedOffset>)>,
    /// Steps marked as not applying to this incident.
    pub skipped: BTreeSet<String>,
    /// Details set on the incident (`impact`, `contact`, …) for filling placeholders.
    pub details: BTreeMap<String, String>,
    /// Every event, retracted ones and retractions included: the timeline shows them all.
    pub events: Vec<Event>,
    /// The ids of retracted events, which count for nothing.
    pub retracted: BTreeSet<String>,
    /// Everyone who wrote an event: more than one, and the timeline says who wrote what.
    pub authors: BTreeSet<String>,
}

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum StateError {
    #[error("{}", self.say(Lang::En))]
    Empty,
    #[error("{}", self.say(Lang::En))]
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
            cadence: None,
            client: client.clone(),
            lang: *lang,
            langs: vec![(first.at, *lang)],
            opened_at: first.at,
            resolved_at: None,
            last_update_at: None,
            done: BTreeSet::new(),
            skipped: BTreeSet::new(),
            follow_ups: Vec::new(),
            details: BTreeMap::new(),
            events: Vec::new(),
            retracted: BTreeSet::new(),
            authors: BTreeSet::new(),
        };
        // Retractions first: an event taken back later never counted.
        for event in &events {
            if let EventKind::Retracted { event } = &event.kind {
                incident.retracted.insert(event.clone());
            }
        }
        for event in &events {
            if incident.counts(event) {
                incident.note(event);
            }
        }
        incident.authors = events.iter().filter_map(|e| e.by.clone()).collect();
        incident.events = events;
        Ok(incident)
    }

    /// The incident's language at `at` (a change in the same second counts).
    pub fn lang_at(&self, at: DateTime<FixedOffset>) -> Lang {
        self.langs
            .iter()
            .rev()
            .find(|(from, _)| *from <= at)
            .or(self.langs.first())
            .map_or(self.lang, |(_, lang)| *lang)
    }

    /// Folds one more event into the state; a retraction replays the whole journal without
    /// the event it takes back.
    pub fn apply(&mut self, event: Event) {
        if let EventKind::Retracted { .. } = &event.kind {
            let mut events = std::mem::take(&mut self.events);
            events.push(event);
            let id = self.id.clone();
            // The first event is the opening, replayed once already: this cannot fail.
            if let Ok(incident) = Incident::replay(id, events) {
                *self = incident;
            }
            return;
        }
        self.note(&event);
        if let Some(by) = &event.by {
            self.authors.insert(by.clone());
        }
        self.events.push(event);
    }

    /// True for an event that counts: neither retracted nor itself a retraction.
    pub fn counts(&self, event: &Event) -> bool {
        !self.retracted.contains(&event.id) && !matches!(event.kind, EventKind::Retracted { .. })
    }

    /// The events that count, in order.
    pub fn live(&self) -> impl Iterator<Item = &Event> {
        self.events.iter().filter(|e| self.counts(e))
    }

    /// The last event a person could take back: anything that counts but the opening.
    pub fn last_retractable(&self) -> Option<&Event> {
        self.live()
            .filter(|e| !matches!(e.kind, EventKind::Opened { .. }))
            .last()
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
            EventKind::StepSkipped { step } => {
                self.skipped.insert(step.clone());
            }
            EventKind::StepApplies { step } => {
                self.skipped.remove(step);
            }
            EventKind::DetailSet { name, value } => {
                // The client named later is the incident's client everywhere it is shown; an
                // empty value clears a detail.
                let value = (!value.is_empty()).then(|| value.clone());
                if name == "client" {
                    self.client = value.clone().or_else(|| self.client.clone());
                }
                match value {
                    Some(value) => self.details.insert(name.clone(), value),
                    None => self.details.remove(name),
                };
            }
            EventKind::LangChanged { lang } => {
                self.lang = *lang;
                self.langs.push((event.at, *lang));
            }
            EventKind::StatusChanged {
                status: Status::Resolved,
            }
            | EventKind::Resolved { .. } => {
                self.status = Status::Resolved;
                self.resolved_at = Some(event.at);
            }
            // Any other status after "resolved" reopens it (`crisis reopen`).
            EventKind::StatusChanged { status } => {
                self.status = *status;
                self.resolved_at = None;
            }
            EventKind::SeverityChanged { severity } => self.severity = *severity,
            EventKind::TitleChanged { title } => self.title = title.clone(),
            EventKind::StartCorrected { started } => self.opened_at = *started,
            EventKind::CadenceSet { minutes } => self.cadence = *minutes,
            EventKind::FollowUp { text, due } => {
                self.follow_ups.push((event.id.clone(), text.clone(), *due));
            }
            EventKind::FollowUpDone { event } => self.follow_ups.retain(|(id, ..)| id != event),
            EventKind::Retracted { .. } => {}
        }
    }

    pub fn is_open(&self) -> bool {
        self.resolved_at.is_none()
    }

    /// The follow-ups whose time has come at `now`, earliest first.
    pub fn follow_ups_due(
        &self,
        now: DateTime<FixedOffset>,
    ) -> Vec<&(String, String, DateTime<FixedOffset>)> {
        let mut due: Vec<_> = self
            .follow_ups
            .iter()
            .filter(|(.., at)| *at <= now)
            .collect();
        due.sort_by_key(|(.., at)| *at);
        due
    }

    /// The steps settled one way or the other: done, or not applying.
    pub fn settled(&self) -> BTreeSet<String> {
        self.done.union(&self.skipped).cloned().collect()
    }

    pub fn updates_sent(&self) -> impl Iterator<Item = &Event> {
        self.live()
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
    fn a_retracted_event_counts_for_nothing_in_replay_and_live() {
        let tick = Event::new(at("09:05"), EventKind::StepDone { step: "a".into() });
        let update = Event::new(at("09:06"), EventKind::update(None, None));
        let set = Event::new(
            at("09:07"),
            EventKind::SeverityChanged {
                severity: Severity::WORST,
            },
        );
        let take = |e: &Event, t| {
            Event::new(
                at(t),
                EventKind::Retracted {
                    event: e.id.clone(),
                },
            )
        };
        let events = vec![
            opened(),
            tick.clone(),
            update.clone(),
            take(&update, "09:08"),
        ];
        let mut incident = Incident::replay(IncidentId::new("x"), events).unwrap();
        assert_eq!(incident.last_update_at, None, "the update was taken back");
        assert!(incident.done.contains("a"));
        assert_eq!(incident.updates_sent().count(), 0);
        assert_eq!(incident.last_retractable().map(|e| &e.id), Some(&tick.id));
        // Live, as the cockpit receives them: the state is replayed without the event.
        incident.apply(set.clone());
        assert_eq!(incident.severity, Severity::WORST);
        incident.apply(take(&set, "09:09"));
        assert_eq!(incident.severity, Severity::try_from(2).unwrap());
        incident.apply(take(&tick, "09:10"));
        assert!(incident.done.is_empty());
        assert_eq!(incident.events.len(), 7, "the journal keeps everything");
        assert_eq!(
            incident.last_retractable(),
            None,
            "the opening cannot be taken back"
        );
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
