//! Journal events: facts about an incident, in the past tense, one JSON object per line.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::id::Severity;
use super::status::Status;
use crate::lang::Lang;

/// The most text one event may carry (64 KiB): more is refused where it is typed or given,
/// so that no note can make the journal or the screen slow.
pub const MAX_TEXT_BYTES: usize = 64 * 1024;

/// Version of the event format, written on every line so old journals stay readable.
pub const FORMAT_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    pub v: u32,
    /// Time-ordered unique id (UUIDv7), so journals of one incident kept on two machines can be
    /// merged and replay can drop duplicates.
    pub id: String,
    /// Local time with its offset.
    pub at: DateTime<FixedOffset>,
    /// Who wrote it (`me` in config, else user@host), so a shared timeline says who did what;
    /// journals written before it have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
    #[serde(flatten)]
    pub kind: EventKind,
}

/// Whose events this process writes: set once at start by the command line.
static AUTHOR: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// Names the author of every event this process creates from now on; only the first call
/// counts.
pub fn set_author(name: &str) {
    let name = crate::text::name(name);
    if !name.is_empty() {
        let _ = AUTHOR.set(name);
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum EventKind {
    Opened {
        title: String,
        severity: Severity,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        client: Option<String>,
        lang: Lang,
    },
    Note {
        text: String,
    },
    Contact {
        text: String,
    },
    Decision {
        text: String,
    },
    /// An update given to the client: what was said when crisis knows it, and the time it
    /// promised for the next one when that was stated apart from the text (`--next`, or the
    /// `{next_update}` of a copied phrase). A promise in the text is read from it at replay.
    UpdateSent {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        text: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        next: Option<DateTime<FixedOffset>>,
        /// The phrase it was copied from, when it was.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        phrase: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        lang: Option<Lang>,
        /// A whole message: its channel and audience ("email to client").
        #[serde(default, skip_serializing_if = "Option::is_none")]
        sent_as: Option<String>,
    },
    StepDone {
        step: String,
    },
    StepUndone {
        step: String,
    },
    /// A step that does not apply to this incident (the abuse steps when nobody is abusive).
    StepSkipped {
        step: String,
    },
    /// It applies after all.
    StepApplies {
        step: String,
    },
    /// A phrase copied, with the exact text that left (journals written before it was
    /// recorded have none).
    PhraseCopied {
        phrase: String,
        lang: Lang,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        text: Option<String>,
    },
    StatusChanged {
        status: Status,
    },
    SeverityChanged {
        severity: Severity,
    },
    TitleChanged {
        title: String,
    },
    /// The incident began earlier (or later) than it was opened in crisis.
    StartCorrected {
        started: DateTime<FixedOffset>,
    },
    /// This incident's own minutes between updates; `None` goes back to its severity's.
    CadenceSet {
        minutes: Option<u32>,
    },
    /// Something to do later, with its deadline: "call Tim tomorrow at 10:00 for feedback".
    FollowUp {
        text: String,
        due: DateTime<FixedOffset>,
    },
    /// The follow-up of that event id was done.
    FollowUpDone {
        event: String,
    },
    /// Takes back an event added by mistake: replay ignores it; the journal keeps both.
    Retracted {
        event: String,
    },
    /// A detail used to fill placeholders, such as `impact` or `contact`.
    DetailSet {
        name: String,
        value: String,
    },
    LangChanged {
        lang: Lang,
    },
    Resolved {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        text: Option<String>,
    },
}

impl EventKind {
    /// An update sent, with what was said when known and the promise stated apart from it.
    pub fn update(text: Option<String>, next: Option<DateTime<FixedOffset>>) -> EventKind {
        EventKind::UpdateSent {
            text,
            next,
            phrase: None,
            lang: None,
            sent_as: None,
        }
    }
}

impl Event {
    pub fn new(at: DateTime<FixedOffset>, kind: EventKind) -> Event {
        Event {
            v: FORMAT_VERSION,
            id: uuid::Uuid::now_v7().to_string(),
            at,
            by: AUTHOR.get().cloned(),
            kind,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_are_flat_json_with_kind_version_and_id() {
        let at = DateTime::parse_from_rfc3339("2026-11-24T09:02:00+01:00").unwrap();
        let event = Event::new(
            at,
            EventKind::Note {
                text: "called Tim".into(),
            },
        );
        let json = serde_json::to_string(&event).unwrap();
        assert!(json.starts_with(r#"{"v":1,"id":""#), "{json}");
        assert!(
            json.ends_with(
                r#""at":"2026-11-24T09:02:00+01:00","kind":"note","text":"called Tim"}"#
            ),
            "{json}"
        );
        assert_eq!(serde_json::from_str::<Event>(&json).unwrap(), event);
    }

    /// A field of a kind named like a field of the event (`v`, `id`, `at`, `kind`) would be
    /// written twice on one line, and the line could not be read back.
    #[test]
    fn every_kind_reads_back_what_it_writes() {
        let at = DateTime::parse_from_rfc3339("2026-11-24T09:02:00+01:00").unwrap();
        let kinds = [
            EventKind::Opened {
                title: "t".into(),
                severity: Severity::default(),
                client: Some("c".into()),
                lang: Lang::Fr,
            },
            EventKind::Note { text: "n".into() },
            EventKind::Contact { text: "c".into() },
            EventKind::Decision { text: "d".into() },
            EventKind::UpdateSent {
                text: Some("u".into()),
                next: Some(at),
                phrase: Some("p".into()),
                lang: Some(Lang::En),
                sent_as: Some("email to client".into()),
            },
            EventKind::StepDone { step: "s".into() },
            EventKind::StepUndone { step: "s".into() },
            EventKind::StepSkipped { step: "s".into() },
            EventKind::StepApplies { step: "s".into() },
            EventKind::PhraseCopied {
                phrase: "p".into(),
                lang: Lang::En,
                text: Some("x".into()),
            },
            EventKind::StatusChanged {
                status: Status::Monitoring,
            },
            EventKind::SeverityChanged {
                severity: Severity::WORST,
            },
            EventKind::TitleChanged { title: "t".into() },
            EventKind::StartCorrected { started: at },
            EventKind::Retracted { event: "e".into() },
            EventKind::CadenceSet { minutes: Some(45) },
            EventKind::FollowUp {
                text: "call Tim".into(),
                due: at,
            },
            EventKind::FollowUpDone { event: "e".into() },
            EventKind::DetailSet {
                name: "eta".into(),
                value: "noon".into(),
            },
            EventKind::LangChanged { lang: Lang::Fr },
            EventKind::Resolved {
                text: Some("r".into()),
            },
        ];
        for kind in kinds {
            let event = Event::new(at, kind);
            let json = serde_json::to_string(&event).unwrap();
            assert_eq!(
                serde_json::from_str::<Event>(&json).ok(),
                Some(event),
                "{json}"
            );
        }
    }

    #[test]
    fn ids_are_unique_and_time_ordered() {
        let at = DateTime::parse_from_rfc3339("2026-11-24T09:02:00+01:00").unwrap();
        let a = Event::new(at, EventKind::update(None, None));
        let b = Event::new(at, EventKind::update(None, None));
        assert!(a.id < b.id);
    }
}
