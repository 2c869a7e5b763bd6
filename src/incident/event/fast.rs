//! The one-pass reader of [`Event::from_line`].
//!
//! The derived reader of `Event` (a flattened, internally tagged `EventKind`) copies every
//! line into serde's buffered `Content` before it reads the kind's fields. This one reads
//! `v`, `id`, `at`, `by` and `kind` and then the fields of that kind straight from the JSON.
//! It gives up (`None`, and the derived reader reads the line) on whatever it is not sure to
//! read as the derived reader does: a field of the kind before `kind`, an unknown or
//! non-string `kind`, a repeated field, a missing required field, a value of the wrong type.
//! So when it reads a line, the derived reader reads the same event from it; the tests in
//! `event.rs` hold it to that.

mod values;

use std::fmt;

use chrono::{DateTime, FixedOffset};
use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};

#[cfg(test)]
pub(super) use values::time;
use values::{Skip, Time, Word, give_up};

use super::{Event, EventKind, Lang, Severity, Status};

pub(super) fn read(line: &[u8]) -> Option<Event> {
    let mut de = serde_json::Deserializer::from_slice(line);
    let event = de.deserialize_map(EventVisitor).ok()?;
    de.end().ok()?;
    Some(event)
}

/// A key of the line: a field of the event, `kind`, a field of some kind, or another.
enum Key {
    V,
    Id,
    At,
    By,
    Kind,
    Field(Field),
    Other,
}

/// Every field name of every kind: one slot each in [`Fields`].
#[derive(Clone, Copy)]
enum Field {
    Title,
    Severity,
    Client,
    Lang,
    Text,
    Next,
    Phrase,
    SentAs,
    Step,
    Status,
    Started,
    Minutes,
    Due,
    Event,
    Name,
    Value,
}

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Key, D::Error> {
        struct KeyVisitor;
        impl Visitor<'_> for KeyVisitor {
            type Value = Key;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a field name")
            }
            fn visit_str<E: de::Error>(self, key: &str) -> Result<Key, E> {
                Ok(match key {
                    "v" => Key::V,
                    "id" => Key::Id,
                    "at" => Key::At,
                    "by" => Key::By,
                    "kind" => Key::Kind,
                    "title" => Key::Field(Field::Title),
                    "severity" => Key::Field(Field::Severity),
                    "client" => Key::Field(Field::Client),
                    "lang" => Key::Field(Field::Lang),
                    "text" => Key::Field(Field::Text),
                    "next" => Key::Field(Field::Next),
                    "phrase" => Key::Field(Field::Phrase),
                    "sent_as" => Key::Field(Field::SentAs),
                    "step" => Key::Field(Field::Step),
                    "status" => Key::Field(Field::Status),
                    "started" => Key::Field(Field::Started),
                    "minutes" => Key::Field(Field::Minutes),
                    "due" => Key::Field(Field::Due),
                    "event" => Key::Field(Field::Event),
                    "name" => Key::Field(Field::Name),
                    "value" => Key::Field(Field::Value),
                    _ => Key::Other,
                })
            }
        }
        d.deserialize_identifier(KeyVisitor)
    }
}

/// The kinds, by their names in the journal.
#[derive(Clone, Copy)]
enum Kind {
    Opened,
    Note,
    Contact,
    Decision,
    UpdateSent,
    StepDone,
    StepUndone,
    StepSkipped,
    StepApplies,
    PhraseCopied,
    StatusChanged,
    SeverityChanged,
    TitleChanged,
    StartCorrected,
    CadenceSet,
    FollowUp,
    FollowUpDone,
    Retracted,
    DetailSet,
    LangChanged,
    Resolved,
}

impl<'de> Deserialize<'de> for Kind {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Kind, D::Error> {
        struct KindVisitor;
        impl Visitor<'_> for KindVisitor {
            type Value = Kind;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a kind of event")
            }
            fn visit_str<E: de::Error>(self, kind: &str) -> Result<Kind, E> {
                Ok(match kind {
                    "opened" => Kind::Opened,
                    "note" => Kind::Note,
                    "contact" => Kind::Contact,
                    "decision" => Kind::Decision,
                    "update_sent" => Kind::UpdateSent,
                    "step_done" => Kind::StepDone,
                    "step_undone" => Kind::StepUndone,
                    "step_skipped" => Kind::StepSkipped,
                    "step_applies" => Kind::StepApplies,
                    "phrase_copied" => Kind::PhraseCopied,
                    "status_changed" => Kind::StatusChanged,
                    "severity_changed" => Kind::SeverityChanged,
                    "title_changed" => Kind::TitleChanged,
                    "start_corrected" => Kind::StartCorrected,
                    "cadence_set" => Kind::CadenceSet,
                    "follow_up" => Kind::FollowUp,
                    "follow_up_done" => Kind::FollowUpDone,
                    "retracted" => Kind::Retracted,
                    "detail_set" => Kind::DetailSet,
                    "lang_changed" => Kind::LangChanged,
                    "resolved" => Kind::Resolved,
                    _ => return Err(give_up()),
                })
            }
        }
        d.deserialize_str(KindVisitor)
    }
}

/// How a kind takes a field: not at all (ignored, as every unknown field), required, or
/// optional (`null` or missing is `None`).
#[derive(PartialEq)]
enum Takes {
    No,
    Required,
    Optional,
}

/// Mirrors the fields of `EventKind` and their `Option`s.
fn takes(kind: Kind, field: Field) -> Takes {
    use Field as F;
    use Kind as K;
    match (kind, field) {
        (K::Opened, F::Title | F::Severity | F::Lang) => Takes::Required,
        (K::Opened, F::Client) => Takes::Optional,
        (K::Note | K::Contact | K::Decision, F::Text) => Takes::Required,
        (K::UpdateSent, F::Text | F::Next | F::Phrase | F::Lang | F::SentAs) => Takes::Optional,
        (K::StepDone | K::StepUndone | K::StepSkipped | K::StepApplies, F::Step) => Takes::Required,
        (K::PhraseCopied, F::Phrase | F::Lang) => Takes::Required,
        (K::PhraseCopied, F::Text) => Takes::Optional,
        (K::StatusChanged, F::Status) => Takes::Required,
        (K::SeverityChanged, F::Severity) => Takes::Required,
        (K::TitleChanged, F::Title) => Takes::Required,
        (K::StartCorrected, F::Started) => Takes::Required,
        (K::CadenceSet, F::Minutes) => Takes::Optional,
        (K::FollowUp, F::Text | F::Due) => Takes::Required,
        (K::FollowUpDone | K::Retracted, F::Event) => Takes::Required,
        (K::DetailSet, F::Name | F::Value) => Takes::Required,
        (K::LangChanged, F::Lang) => Takes::Required,
        (K::Resolved, F::Text) => Takes::Optional,
        _ => Takes::No,
    }
}

/// The fields of the line's kind, as read.
#[derive(Default)]
struct Fields {
    /// One bit per [`Field`] seen, to refuse a repeated one.
    seen: u32,
    title: Option<String>,
    severity: Option<Severity>,
    client: Option<String>,
    lang: Option<Lang>,
    text: Option<String>,
    next: Option<DateTime<FixedOffset>>,
    phrase: Option<String>,
    sent_as: Option<String>,
    step: Option<String>,
    status: Option<Status>,
    started: Option<DateTime<FixedOffset>>,
    minutes: Option<u32>,
    due: Option<DateTime<FixedOffset>>,
    event: Option<String>,
    name: Option<String>,
    value: Option<String>,
}

/// The next value, as a required field (`Some`) or an optional one (`null` is `None`).
fn value<'de, T: Deserialize<'de>, A: MapAccess<'de>>(
    map: &mut A,
    required: bool,
) -> Result<Option<T>, A::Error> {
    if required {
        map.next_value().map(Some)
    } else {
        map.next_value()
    }
}

impl Fields {
    fn read<'de, A: MapAccess<'de>>(
        &mut self,
        field: Field,
        required: bool,
        map: &mut A,
    ) -> Result<(), A::Error> {
        let bit = 1 << field as u32;
        if self.seen & bit != 0 {
            return Err(give_up());
        }
        self.seen |= bit;
        match field {
            Field::Title => self.title = value(map, required)?,
            Field::Severity => self.severity = value(map, required)?,
            Field::Client => self.client = value(map, required)?,
            Field::Lang => self.lang = value::<Word<Lang>, _>(map, required)?.map(|w| w.0),
            Field::Text => self.text = value(map, required)?,
            Field::Next => self.next = value::<Time, _>(map, required)?.map(|t| t.0),
            Field::Phrase => self.phrase = value(map, required)?,
            Field::SentAs => self.sent_as = value(map, required)?,
            Field::Step => self.step = value(map, required)?,
            Field::Status => self.status = value::<Word<Status>, _>(map, required)?.map(|w| w.0),
            Field::Started => self.started = value::<Time, _>(map, required)?.map(|t| t.0),
            Field::Minutes => self.minutes = value(map, required)?,
            Field::Due => self.due = value::<Time, _>(map, required)?.map(|t| t.0),
            Field::Event => self.event = value(map, required)?,
            Field::Name => self.name = value(map, required)?,
            Field::Value => self.value = value(map, required)?,
        }
        Ok(())
    }

    /// The kind, when every field it requires was there.
    fn kind(self, kind: Kind) -> Option<EventKind> {
        let f = self;
        Some(match kind {
            Kind::Opened => EventKind::Opened {
                title: f.title?,
                severity: f.severity?,
                client: f.client,
                lang: f.lang?,
            },
            Kind::Note => EventKind::Note { text: f.text? },
            Kind::Contact => EventKind::Contact { text: f.text? },
            Kind::Decision => EventKind::Decision { text: f.text? },
            Kind::UpdateSent => EventKind::UpdateSent {
                text: f.text,
                next: f.next,
                phrase: f.phrase,
                lang: f.lang,
                sent_as: f.sent_as,
            },
            Kind::StepDone => EventKind::StepDone { step: f.step? },
            Kind::StepUndone => EventKind::StepUndone { step: f.step? },
            Kind::StepSkipped => EventKind::StepSkipped { step: f.step? },
            Kind::StepApplies => EventKind::StepApplies { step: f.step? },
            Kind::PhraseCopied => EventKind::PhraseCopied {
                phrase: f.phrase?,
                lang: f.lang?,
                text: f.text,
            },
            Kind::StatusChanged => EventKind::StatusChanged { status: f.status? },
            Kind::SeverityChanged => EventKind::SeverityChanged {
                severity: f.severity?,
            },
            Kind::TitleChanged => EventKind::TitleChanged { title: f.title? },
            Kind::StartCorrected => EventKind::StartCorrected {
                started: f.started?,
            },
            Kind::CadenceSet => EventKind::CadenceSet { minutes: f.minutes },
            Kind::FollowUp => EventKind::FollowUp {
                text: f.text?,
                due: f.due?,
            },
            Kind::FollowUpDone => EventKind::FollowUpDone { event: f.event? },
            Kind::Retracted => EventKind::Retracted { event: f.event? },
            Kind::DetailSet => EventKind::DetailSet {
                name: f.name?,
                value: f.value?,
            },
            Kind::LangChanged => EventKind::LangChanged { lang: f.lang? },
            Kind::Resolved => EventKind::Resolved { text: f.text },
        })
    }
}

struct EventVisitor;

impl<'de> Visitor<'de> for EventVisitor {
    type Value = Event;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an event")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Event, A::Error> {
        let (mut v, mut id, mut at, mut by, mut kind) = (None, None, None, None, None);
        let mut fields = Fields::default();
        // Each of the event's own fields once, as the derived reader wants.
        fn once<T, E: de::Error>(slot: &Option<T>) -> Result<(), E> {
            if slot.is_some() {
                Err(give_up())
            } else {
                Ok(())
            }
        }
        while let Some(key) = map.next_key::<Key>()? {
            match key {
                Key::V => {
                    once(&v)?;
                    v = Some(map.next_value::<u32>()?);
                }
                Key::Id => {
                    once(&id)?;
                    id = Some(map.next_value::<String>()?);
                }
                Key::At => {
                    once(&at)?;
                    at = Some(map.next_value::<Time>()?.0);
                }
                Key::By => {
                    once(&by)?;
                    by = Some(map.next_value::<Option<String>>()?);
                }
                Key::Kind => {
                    once(&kind)?;
                    kind = Some(map.next_value::<Kind>()?);
                }
                Key::Field(field) => {
                    // A field before `kind` could belong to any kind: not this reader's.
                    let kind = kind.ok_or_else(give_up)?;
                    match takes(kind, field) {
                        Takes::No => {
                            map.next_value::<Skip>()?;
                        }
                        takes => fields.read(field, takes == Takes::Required, &mut map)?,
                    }
                }
                Key::Other => {
                    map.next_value::<Skip>()?;
                }
            }
        }
        let kind = kind.and_then(|kind| fields.kind(kind));
        Ok(Event {
            v: v.ok_or_else(give_up)?,
            id: id.ok_or_else(give_up)?,
            at: at.ok_or_else(give_up)?,
            by: by.flatten(),
            kind: kind.ok_or_else(give_up)?,
        })
    }
}
