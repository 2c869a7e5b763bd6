//! Whole messages: the channel decides which parts (slots) a message has and in what order,
//! the channel, the audience and the incident's status choose the sentence for each part,
//! and the incident fills them. An email gets a subject and a signature, a status post a
//! heading with the start time and its time zone, a chat message at most eight lines, and a
//! voicemail script spoken times and the callback number twice.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset};
use serde::Serialize;
use strum::IntoEnumIterator;

use crate::incident::Incident;
use crate::incident::status::Status;
use crate::lang::{Lang, Slot, Stage};
use crate::phrasebook::{PhraseRef, Phrasebook, fill};

pub use super::channels::{Audience, Channel};

/// One part of a message, and the sentence that fills it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Part {
    pub slot: Slot,
    pub phrase: String,
    pub text: String,
}

/// A whole message, ready to send once nothing is missing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Message {
    pub channel: Channel,
    pub audience: Audience,
    pub lang: Lang,
    pub status: Status,
    pub parts: Vec<Part>,
    /// Slots this message should have that no phrase of the book could fill.
    pub empty: Vec<Slot>,
    pub text: String,
    /// Placeholders still unfilled, by name.
    pub missing: Vec<String>,
}

impl Message {
    /// What the message went out as, for the journal: "email to client".
    pub fn sent_as(&self) -> String {
        format!("{} to {}", self.channel.name(), self.audience.name())
    }

    /// True when a part of it says when the next update comes.
    pub fn promises(&self) -> bool {
        self.parts.iter().any(|p| p.slot == Slot::NextUpdate)
    }
}

/// What a message is composed from.
pub struct Ask<'a> {
    pub book: &'a Phrasebook,
    pub incident: Option<&'a Incident>,
    pub values: &'a BTreeMap<String, String>,
    pub channel: Channel,
    pub audience: Audience,
    pub lang: Lang,
    pub status: Status,
    /// Phrases the person chose, each for the slots it fills.
    pub chosen: &'a [String],
    pub now: DateTime<FixedOffset>,
}

/// Whether a phrase of `stage` suits a message while the incident is in `status`.
fn fits_status(stage: Stage, status: Status) -> bool {
    match status {
        Status::Resolved => matches!(stage, Stage::Resolve | Stage::FollowUp),
        Status::Monitoring => matches!(stage, Stage::Update | Stage::Workaround),
        Status::Investigating | Status::Identified => matches!(
            stage,
            Stage::Acknowledge | Stage::Update | Stage::Workaround | Stage::Boundaries
        ),
    }
}

/// True when a phrase may go on `channel` at all: a status page names nobody, a voice
/// script has nothing that cannot be said aloud.
fn allowed(phrase: &PhraseRef<'_>, channel: Channel) -> bool {
    match channel {
        Channel::Status => !phrase.text.contains("{contact") && !phrase.text.contains("{me"),
        Channel::Voicemail => {
            !phrase.text.contains("http")
                && !phrase.text.contains("www.")
                && !phrase.text.contains('@')
        }
        Channel::Email | Channel::Chat => !phrase.text.contains('\n'),
    }
}

impl Ask<'_> {
    /// Every phrase that may fill `slot` in this message, best first (book order among
    /// equals): the first is what the message says unless the person chose another.
    pub fn options(&self, slot: Slot) -> Vec<PhraseRef<'_>> {
        let (audience, fallback) = self.audience.tags();
        let channels = self.channel.tags();
        let score = |p: &PhraseRef<'_>| {
            let channel = p.tags.iter().any(|t| channels.contains(&t));
            let other_channel = !channel
                && p.tags
                    .iter()
                    .any(|t| Channel::iter().any(|c| c.tags().contains(&t)));
            // A phrase written for another audience only (the angry contact's de-escalation)
            // is not for this one.
            let other_audience = !p.tags.contains(audience)
                && fallback.is_none_or(|f| !p.tags.contains(f))
                && p.tags
                    .iter()
                    .any(|t| Audience::iter().any(|a| a.tags().0 == t));
            let audience = if p.tags.contains(audience) {
                4
            } else if fallback.is_some_and(|f| p.tags.contains(f)) {
                2
            } else {
                0
            };
            // Our team's words ("problem", technical detail) stay in our team, and a phrase
            // written for another channel only (a voice script in an email) stays there.
            // A message never says "it is fixed" while it is not, nor "we are on it" once it is.
            let resolved_phrase = matches!(p.stage, Stage::Resolve | Stage::FollowUp);
            if (self.audience == Audience::Team) != p.tags.contains("internal")
                || other_channel
                || other_audience
                || resolved_phrase != (self.status == Status::Resolved)
            {
                return None;
            }
            Some(
                16 * i32::from(fits_status(p.stage, self.status))
                    + 8 * i32::from(channel)
                    + audience,
            )
        };
        let mut scored: Vec<(i32, PhraseRef<'_>)> = self
            .book
            .phrases
            .iter()
            .filter(|p| p.lang == self.lang && p.fills(slot) && allowed(p, self.channel))
            .filter_map(|p| Some((score(&p)?, p)))
            .collect();
        // Stable: the first in book order among equals.
        scored.sort_by_key(|(s, _)| std::cmp::Reverse(*s));
        scored.into_iter().map(|(_, p)| p).collect()
    }

    /// The phrase for `slot`: the one the person chose (even one the scoring would leave
    /// out: the person knows the reader), else the best that fits.
    fn best(&self, slot: Slot) -> Option<PhraseRef<'_>> {
        let chosen = self.book.phrases.iter().find(|p| {
            p.lang == self.lang
                && p.fills(slot)
                && allowed(p, self.channel)
                && self.chosen.iter().any(|c| c == p.id)
        });
        chosen.or_else(|| self.options(slot).into_iter().next())
    }

    /// Composes the message.
    pub fn compose(&self) -> Message {
        let mut values = self.values.clone();
        if self.channel == Channel::Voicemail {
            // Said aloud: "2:30 PM", "14 h 30".
            for name in ["next_update", "started"] {
                if let Some(value) = values.get(name).cloned() {
                    values.insert(name.into(), spoken(&value, self.lang));
                }
            }
        }
        let resolved = self.status == Status::Resolved;
        let mut parts = Vec::new();
        let mut empty = Vec::new();
        let mut missing: Vec<String> = Vec::new();
        let mut covered: Vec<Slot> = Vec::new();
        for &slot in self.channel.slots() {
            // Once resolved there is no workaround to offer nor a next update to promise.
            if resolved && matches!(slot, Slot::Workaround | Slot::NextUpdate) {
                continue;
            }
            if self.audience == Audience::Team && slot == Slot::Apology {
                continue;
            }
            // A phrase fills every slot it declares: a slot one already said is not said again.
            if covered.contains(&slot) {
                continue;
            }
            let Some(phrase) = self.best(slot) else {
                empty.push(slot);
                continue;
            };
            let filled = fill(phrase.text, &values);
            for m in filled.missing {
                if !missing.contains(&m) {
                    missing.push(m);
                }
            }
            covered.extend(phrase.slots());
            parts.push(Part {
                slot,
                phrase: phrase.id.to_owned(),
                text: filled.text,
            });
        }
        let frame = self.frame(&values, &mut missing);
        let mut text = self.layout(&parts, frame);
        if self.lang == Lang::Fr {
            text = crate::text::french_spacing(&text);
        }
        Message {
            channel: self.channel,
            audience: self.audience,
            lang: self.lang,
            status: self.status,
            parts,
            empty,
            text,
            missing,
        }
    }

    /// What the channel adds around the parts: a subject and a signature, a heading, the
    /// callback number again.
    fn frame(&self, values: &BTreeMap<String, String>, missing: &mut Vec<String>) -> Frame {
        let mut get = |name: &str| match values.get(name) {
            Some(v) if !v.trim().is_empty() => v.clone(),
            _ => {
                if !missing.iter().any(|m| m == name) {
                    missing.push(name.to_owned());
                }
                format!("{{{name}}}")
            }
        };
        let status = super::names::status(self.lang, self.status);
        match self.channel {
            Channel::Email => {
                let incident = get("incident");
                let client = values.get("client").filter(|c| !c.trim().is_empty());
                let about = client.map_or(String::new(), |c| format!(" — {c}"));
                let subject = match self.lang {
                    Lang::En => format!("Subject: [{status}] {incident}{about}"),
                    Lang::Fr => format!("Objet\u{a0}: [{status}] {incident}{about}"),
                };
                Frame {
                    head: Some(subject),
                    tail: Some(get("me")),
                }
            }
            Channel::Status => {
                let resolved = self.status == Status::Resolved;
                let started = self.incident.map(|i| {
                    let at = i.opened_at.with_timezone(self.now.offset());
                    let time = super::values::clock_time(at, self.lang);
                    let zone = at.format("UTC%:z");
                    match (self.lang, resolved) {
                        (Lang::En, false) => format!("since {time} {zone}"),
                        (Lang::En, true) => format!("started at {time} {zone}"),
                        (Lang::Fr, false) => format!("depuis {time} {zone}"),
                        (Lang::Fr, true) => format!("commencé à {time} {zone}"),
                    }
                });
                let head = match started {
                    Some(since) => format!("{} — {since}", capitalised(&status)),
                    None => capitalised(&status),
                };
                Frame {
                    head: Some(head),
                    tail: None,
                }
            }
            Channel::Voicemail => {
                let phone = get("phone");
                let again = match self.lang {
                    Lang::En => format!("Once more, my number is {phone}."),
                    Lang::Fr => format!("Je répète mon numéro\u{a0}: {phone}."),
                };
                Frame {
                    head: None,
                    tail: Some(again),
                }
            }
            Channel::Chat => Frame {
                head: None,
                tail: None,
            },
        }
    }

    fn layout(&self, parts: &[Part], frame: Frame) -> String {
        let body: Vec<&str> = parts.iter().map(|p| p.text.as_str()).collect();
        let lines: Vec<String> = match self.channel {
            Channel::Email => {
                let mut out = vec![frame.head.unwrap_or_default(), String::new()];
                for part in parts {
                    out.push(part.text.clone());
                    out.push(String::new());
                }
                out.extend(frame.tail);
                out
            }
            Channel::Status => frame
                .head
                .into_iter()
                .chain(body.iter().map(|s| s.to_string()))
                .collect(),
            Channel::Chat => body.join("\n").lines().take(8).map(str::to_owned).collect(),
            Channel::Voicemail => {
                let mut said = body.join(" ");
                if let Some(again) = frame.tail {
                    said.push(' ');
                    said.push_str(&again);
                }
                vec![said]
            }
        };
        lines.join("\n")
    }
}

struct Frame {
    head: Option<String>,
    tail: Option<String>,
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map_or(String::new(), |c| c.to_uppercase().chain(chars).collect())
}

/// A clock time as it is said: "14:30" → "2:30 PM" in English; French keeps "14 h 30".
fn spoken(value: &str, lang: Lang) -> String {
    let Some((h, m)) = value.split_once(':') else {
        return value.to_owned();
    };
    let (Ok(h), Ok(m)) = (h.trim().parse::<u32>(), m.trim().parse::<u32>()) else {
        return value.to_owned();
    };
    match lang {
        Lang::En => {
            let (h12, half) = match h {
                0 => (12, "AM"),
                1..=11 => (h, "AM"),
                12 => (12, "PM"),
                _ => (h - 12, "PM"),
            };
            if m == 0 {
                format!("{h12} {half}")
            } else {
                format!("{h12}:{m:02} {half}")
            }
        }
        Lang::Fr => format!("{h}\u{a0}h\u{a0}{m:02}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spoken_times_read_as_people_say_them() {
        assert_eq!(spoken("14:30", Lang::En), "2:30 PM");
        assert_eq!(spoken("09:00", Lang::En), "9 AM");
        assert_eq!(spoken("00:15", Lang::En), "12:15 AM");
        assert_eq!(spoken("14 h 30", Lang::Fr), "14 h 30");
    }

    fn book() -> Phrasebook {
        let phrase = |id: &str, stage, tags: &[&str], slots: &[Slot], text: &str| {
            crate::phrasebook::Phrase {
                id: id.into(),
                lang: Lang::En,
                stage,
                tags: tags.iter().map(|t| t.to_string()).collect(),
                text: text.into(),
                slots: slots.to_vec(),
            }
        };
        let phrases = vec![
            phrase(
                "hi",
                Stage::Acknowledge,
                &["email", "chat", "client"],
                &[Slot::Greeting],
                "Hello {contact|there},",
            ),
            phrase(
                "sorry",
                Stage::Acknowledge,
                &["client"],
                &[Slot::Apology],
                "I am sorry for the trouble.",
            ),
            phrase(
                "team-doing",
                Stage::Update,
                &["internal"],
                &[Slot::Doing],
                "The problem is the cache; rolling back.",
            ),
            phrase(
                "doing",
                Stage::Update,
                &["client", "email", "status"],
                &[Slot::Doing],
                "We are rolling back the change.",
            ),
            phrase(
                "impact",
                Stage::Update,
                &["status", "email"],
                &[Slot::Impact],
                "{impact}.",
            ),
            phrase(
                "next",
                Stage::Update,
                &[],
                &[Slot::NextUpdate],
                "Next update at {next_update}.",
            ),
            phrase(
                "named",
                Stage::Update,
                &["status"],
                &[Slot::Contact],
                "Ask {me} anything.",
            ),
            phrase(
                "call",
                Stage::Update,
                &["voicemail"],
                &[Slot::Contact],
                "Call me back on {phone}.",
            ),
            phrase(
                "bye",
                Stage::Acknowledge,
                &["email"],
                &[Slot::Closing],
                "Thank you for your patience.",
            ),
            phrase(
                "done",
                Stage::Resolve,
                &["client"],
                &[Slot::Doing],
                "It is fixed.",
            ),
        ];
        let (phrases, steps) = (crate::phrasebook::Phrases::pack(&phrases), Vec::new());
        Phrasebook { phrases, steps }
    }

    fn compose(
        channel: Channel,
        audience: Audience,
        status: Status,
        values: &[(&str, &str)],
    ) -> Message {
        let book = book();
        let values: BTreeMap<String, String> = values
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let now = DateTime::parse_from_rfc3339("2026-12-02T14:00:00+01:00").unwrap();
        Ask {
            book: &book,
            incident: None,
            values: &values,
            channel,
            audience,
            lang: Lang::En,
            status,
            chosen: &[],
            now,
        }
        .compose()
    }

    const VALUES: [(&str, &str); 6] = [
        ("incident", "Checkout down"),
        ("client", "ACME"),
        ("me", "Sam"),
        (
            "impact",
            "3 of 1,000 users affected (0.3%); 99.7% working normally",
        ),
        ("next_update", "14:30"),
        ("phone", "+33 6 12 34 56 78"),
    ];

    #[test]
    fn an_email_has_a_subject_its_parts_in_order_and_a_signature() {
        let m = compose(
            Channel::Email,
            Audience::Client,
            Status::Investigating,
            &VALUES,
        );
        let slots: Vec<Slot> = m.parts.iter().map(|p| p.slot).collect();
        assert_eq!(
            slots,
            [
                Slot::Greeting,
                Slot::Apology,
                Slot::Impact,
                Slot::Doing,
                Slot::NextUpdate,
                Slot::Closing
            ]
        );
        assert_eq!(
            m.empty,
            [Slot::Workaround, Slot::Contact],
            "the status page's contact names someone, and none fits"
        );
        assert!(
            m.text
                .starts_with("Subject: [investigating] Checkout down — ACME\n\nHello there,\n\n"),
            "{}",
            m.text
        );
        assert!(
            m.text.ends_with("Thank you for your patience.\n\nSam"),
            "{}",
            m.text
        );
        assert!(m.missing.is_empty(), "{:?}", m.missing);
        assert!(
            !m.text.contains("The problem is"),
            "our team's words stay with our team"
        );
    }

    #[test]
    fn a_status_post_names_nobody_and_says_since_when() {
        let m = compose(
            Channel::Status,
            Audience::Users,
            Status::Identified,
            &VALUES,
        );
        assert!(m.text.starts_with("Identified"), "{}", m.text);
        assert!(
            !m.text.contains("Sam") && !m.text.contains("Hello"),
            "{}",
            m.text
        );
        assert!(m.parts.iter().all(|p| p.slot != Slot::Greeting));
    }

    #[test]
    fn a_voicemail_says_times_aloud_and_the_number_twice() {
        let m = compose(
            Channel::Voicemail,
            Audience::Client,
            Status::Investigating,
            &VALUES,
        );
        assert!(m.text.contains("Next update at 2:30 PM."), "{}", m.text);
        assert_eq!(m.text.matches("+33 6 12 34 56 78").count(), 2, "{}", m.text);
        assert!(!m.text.contains('\n'));
    }

    #[test]
    fn the_team_hears_the_technical_words_and_no_apology_and_resolved_promises_nothing() {
        let m = compose(
            Channel::Chat,
            Audience::Team,
            Status::Investigating,
            &VALUES,
        );
        assert!(m.text.contains("The problem is the cache"), "{}", m.text);
        assert!(m.parts.iter().all(|p| p.slot != Slot::Apology));
        let m = compose(Channel::Email, Audience::Client, Status::Resolved, &VALUES);
        assert!(m.text.contains("It is fixed."), "{}", m.text);
        assert!(m.parts.iter().all(|p| p.slot != Slot::NextUpdate));
    }

    #[test]
    fn what_is_missing_is_named() {
        let m = compose(Channel::Email, Audience::Client, Status::Investigating, &[]);
        for name in ["incident", "me", "impact", "next_update"] {
            assert!(
                m.missing.iter().any(|n| n == name),
                "{name}: {:?}",
                m.missing
            );
        }
    }

    #[test]
    fn channels_and_audiences_read_from_their_names() {
        assert_eq!("voicemail".parse::<Channel>(), Ok(Channel::Voicemail));
        assert!(
            "fax"
                .parse::<Channel>()
                .unwrap_err()
                .contains("email, status, chat, voicemail")
        );
        assert_eq!("team".parse::<Audience>(), Ok(Audience::Team));
    }
}
