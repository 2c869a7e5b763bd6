//! What a copy records: the exact text that left, and, when it promises the next update, the
//! update it is.

use chrono::{DateTime, FixedOffset};

use crate::cadence::{Policy, next_after_sending, promise};
use crate::incident::{EventKind, Incident};
use crate::lang::Lang;
use crate::phrasebook::{PhraseRef, Placeholder};

/// The event a copy of `phrase`, filled as `text`, records at `now`. A phrase with
/// `{next_update}` promises the time it was filled with, which is the deadline the incident
/// then keeps, to the minute; a time in the text itself (`in 30 minutes`) is a promise read
/// at replay. Either way the copy is the update sent. Anything else is a phrase copied.
pub fn copy_event(
    phrase: PhraseRef<'_>,
    text: &str,
    incident: Option<&Incident>,
    pace: &Policy,
    now: DateTime<FixedOffset>,
) -> EventKind {
    let next_update = format!("{{{}}}", Placeholder::NextUpdate.name());
    let stated = incident
        .filter(|_| phrase.text.contains(&next_update))
        .and_then(|i| next_after_sending(i, pace, now));
    if stated.is_some() || promise::parse(text, now).is_ok() {
        EventKind::UpdateSent {
            text: Some(text.to_owned()),
            next: stated,
            phrase: Some(phrase.id.to_owned()),
            lang: Some(phrase.lang),
            sent_as: None,
        }
    } else {
        copied(phrase.id, phrase.lang, text)
    }
}

/// The event a whole message sent as `text` records: always an update sent, with what it
/// went out as ("email to client"), promising the next one when a part of it said when.
pub fn message_event(
    text: &str,
    lang: Lang,
    sent_as: String,
    promises: bool,
    incident: Option<&Incident>,
    pace: &Policy,
    now: DateTime<FixedOffset>,
) -> EventKind {
    EventKind::UpdateSent {
        text: Some(text.to_owned()),
        next: incident
            .filter(|_| promises)
            .and_then(|i| next_after_sending(i, pace, now)),
        phrase: None,
        lang: Some(lang),
        sent_as: Some(sent_as),
    }
}

fn copied(phrase: &str, lang: Lang, text: &str) -> EventKind {
    EventKind::PhraseCopied {
        phrase: phrase.to_owned(),
        lang,
        text: Some(text.to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cadence::next_update;
    use crate::incident::{Event, IncidentId, Severity};
    use crate::lang::Stage;

    fn at(hm: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(&format!("2026-12-01T{hm}+01:00")).unwrap()
    }

    /// A book of one phrase.
    fn phrase(text: &str) -> crate::phrasebook::Phrases {
        crate::phrasebook::Phrases::pack(&[crate::phrasebook::Phrase {
            id: "update.x".into(),
            lang: Lang::En,
            stage: Stage::Update,
            tags: vec![],
            text: text.into(),
            slots: Vec::new(),
        }])
    }

    fn incident() -> Incident {
        let opened = EventKind::Opened {
            title: "Checkout down".into(),
            severity: Severity::try_from(2).unwrap(),
            client: None,
            lang: Lang::En,
        };
        Incident::replay(
            IncidentId::new("x"),
            vec![Event::new(at("19:00:00"), opened)],
        )
        .unwrap()
    }

    #[test]
    fn a_copied_next_update_is_the_update_sent_and_the_countdown_keeps_its_minute() {
        let mut incident = incident();
        let pace = Policy::default();
        let now = at("19:53:20");
        let kind = copy_event(
            phrase("Next update at {next_update}.").at(0),
            "Next update at 20:23.",
            Some(&incident),
            &pace,
            now,
        );
        let EventKind::UpdateSent { next, phrase, .. } = &kind else {
            panic!("{kind:?}")
        };
        assert_eq!(
            (*next, phrase.as_deref()),
            (Some(at("20:23:00")), Some("update.x"))
        );
        incident.apply(Event::new(now, kind));
        assert_eq!(
            next_update(&incident, &pace, now).unwrap().at,
            at("20:23:00")
        );
    }

    #[test]
    fn a_time_in_the_text_is_a_promise_and_anything_else_a_plain_copy() {
        let pace = Policy::default();
        let now = at("19:53:20");
        let promised = copy_event(
            phrase("Back to you in 20 minutes.").at(0),
            "Back to you in 20 minutes.",
            Some(&incident()),
            &pace,
            now,
        );
        assert!(
            matches!(promised, EventKind::UpdateSent { next: None, .. }),
            "{promised:?}"
        );
        let plain = copy_event(
            phrase("Sorry, {contact}.").at(0),
            "Sorry, Jo.",
            Some(&incident()),
            &pace,
            now,
        );
        assert_eq!(plain, copied("update.x", Lang::En, "Sorry, Jo."));
    }
}
