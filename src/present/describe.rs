//! What an event says on the timeline and in exports: a short label and one line of detail.

use chrono::Datelike;

use super::{names, values};
use crate::i18n;
use crate::incident::{Event, EventKind, Incident};
use crate::lang::Lang;
use crate::phrasebook::Phrasebook;
use crate::tr;

/// A short label in `lang`: "opened", "update sent", "done" (message `event-<kind>`).
pub fn label(kind: &EventKind, lang: Lang) -> String {
    let id = match kind {
        EventKind::Opened { .. } => "event-opened",
        EventKind::Note { .. } => "event-note",
        EventKind::Contact { .. } => "event-contact",
        EventKind::Decision { .. } => "event-decision",
        EventKind::UpdateSent { .. } => "event-update-sent",
        EventKind::StepDone { .. } => "event-step-done",
        EventKind::StepUndone { .. } => "event-step-undone",
        EventKind::StepSkipped { .. } => "event-step-skipped",
        EventKind::StepApplies { .. } => "event-step-applies",
        EventKind::PhraseCopied { .. } => "event-phrase-copied",
        EventKind::DetailSet { .. } => "event-detail-set",
        EventKind::LangChanged { .. } => "event-lang-changed",
        EventKind::Resolved { .. } => "event-resolved",
        EventKind::StatusChanged { .. } => "event-status-changed",
        EventKind::SeverityChanged { .. } => "event-severity-changed",
        EventKind::TitleChanged { .. } => "event-title-changed",
        EventKind::StartCorrected { .. } => "event-start-corrected",
        EventKind::Retracted { .. } => "event-retracted",
        EventKind::CadenceSet { .. } => "event-cadence-set",
        EventKind::FollowUp { .. } => "event-follow-up",
        EventKind::FollowUpDone { .. } => "event-follow-up-done",
    };
    i18n::message(lang, id, None)
}

/// What happened, in one line, without the label, its words in `lang`; a step is shown by
/// its title in `steps` (the language the incident had then) when the phrasebook has it, by
/// its id otherwise.
pub fn detail(kind: &EventKind, book: &Phrasebook, lang: Lang, steps: Lang) -> String {
    match kind {
        EventKind::Opened {
            title,
            severity,
            client,
            ..
        } => match client {
            Some(client) => format!("{title} ({client}, {severity})"),
            None => format!("{title} ({severity})"),
        },
        EventKind::Note { text } | EventKind::Contact { text } | EventKind::Decision { text } => {
            text.clone()
        }
        EventKind::UpdateSent { text, .. } | EventKind::Resolved { text } => {
            text.as_deref().map(first_line).unwrap_or_default()
        }
        EventKind::StepDone { step }
        | EventKind::StepUndone { step }
        | EventKind::StepSkipped { step }
        | EventKind::StepApplies { step } => book
            .steps(steps)
            .find(|s| &s.id == step)
            .map_or_else(|| step.clone(), |s| s.title.clone()),
        EventKind::PhraseCopied { phrase, lang, text } => match text {
            Some(text) => format!("{}  [{phrase}, {lang}]", first_line(text)),
            None => format!("{phrase} ({lang})"),
        },
        EventKind::StatusChanged { status } => names::status(lang, *status),
        EventKind::SeverityChanged { severity } => severity.to_string(),
        EventKind::TitleChanged { title } => title.clone(),
        EventKind::StartCorrected { started } => values::clock_time(*started, lang),
        EventKind::Retracted { event } => event.clone(),
        EventKind::FollowUp { text, due } => {
            let due = format!(
                "{} {}",
                weekday(lang, due.weekday()),
                values::clock_time(*due, lang)
            );
            tr!(
                lang,
                "event-follow-up-due",
                what = first_line(text),
                due = due
            )
        }
        EventKind::FollowUpDone { event } => event.clone(),
        EventKind::CadenceSet { minutes } => match minutes {
            Some(m) => tr!(lang, "event-cadence-every", minutes = *m),
            None => tr!(lang, "event-cadence-default"),
        },
        EventKind::DetailSet { name, value } => format!("{name} = {value}"),
        EventKind::LangChanged { lang: to } => to.to_string(),
    }
}

/// "Mon" / "lun.".
fn weekday(lang: Lang, day: chrono::Weekday) -> String {
    i18n::message(
        lang,
        &format!("weekday-{}", day.num_days_from_monday()),
        None,
    )
}

/// An event's detail within its incident, in the incident's language (a step in the one it
/// had when the event happened); a retraction names what it took back.
pub fn detail_in(incident: &Incident, event: &Event, book: &Phrasebook) -> String {
    let lang = incident.lang;
    let (EventKind::Retracted { event: target } | EventKind::FollowUpDone { event: target }) =
        &event.kind
    else {
        return detail(&event.kind, book, lang, incident.lang_at(event.at));
    };
    match incident.events.iter().find(|e| &e.id == target) {
        Some(taken) => {
            let what = detail(&taken.kind, book, lang, incident.lang_at(taken.at));
            let (label, at) = (label(&taken.kind, lang), values::clock_time(taken.at, lang));
            if what.is_empty() {
                tr!(lang, "event-taken-back-bare", label = label, at = at)
            } else {
                tr!(
                    lang,
                    "event-taken-back",
                    label = label,
                    at = at,
                    what = what
                )
            }
        }
        None => tr!(lang, "event-not-in-journal", id = target.as_str()),
    }
}

/// The whole text an event carries when its detail shows only the first line of it.
pub fn whole(kind: &EventKind) -> Option<String> {
    match kind {
        EventKind::UpdateSent { text, .. } | EventKind::Resolved { text } => text.clone(),
        EventKind::PhraseCopied { text, .. } => text.clone(),
        EventKind::FollowUp { text, .. } => Some(text.clone()),
        _ => None,
    }
}

/// The first line that says something, with a mark when more follows: a whole email on the
/// timeline would push every other event away.
fn first_line(text: &str) -> String {
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let first = lines.next().unwrap_or_default().to_owned();
    if lines.next().is_some() {
        format!("{first} …")
    } else {
        first
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::incident::Severity;

    #[test]
    fn steps_read_as_their_title_and_openings_name_client_and_severity() {
        let book = Phrasebook::builtin();
        let step = book.steps(Lang::Fr).next().unwrap();
        let done = EventKind::StepDone {
            step: step.id.clone(),
        };
        assert_eq!(detail(&done, &book, Lang::En, Lang::Fr), step.title);
        let unknown = EventKind::StepDone {
            step: "gone".into(),
        };
        assert_eq!(detail(&unknown, &book, Lang::Fr, Lang::Fr), "gone");
        let opened = EventKind::Opened {
            title: "Checkout down".into(),
            severity: Severity::WORST,
            client: Some("ACME".into()),
            lang: Lang::En,
        };
        assert_eq!(
            detail(&opened, &book, Lang::En, Lang::En),
            "Checkout down (ACME, SEV1)"
        );
        assert_eq!(label(&opened, Lang::En), "opened");
        assert_eq!(label(&opened, Lang::Fr), "ouvert");
    }
}
