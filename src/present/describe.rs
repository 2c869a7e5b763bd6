//! What an event says on the timeline and in exports: a short label and one line of detail.

use crate::incident::{Event, EventKind, Incident};
use crate::lang::Lang;
use crate::phrasebook::Phrasebook;

/// A short label: "opened", "update sent", "done".
pub fn label(kind: &EventKind) -> &'static str {
    match kind {
        EventKind::Opened { .. } => "opened",
        EventKind::Note { .. } => "note",
        EventKind::Contact { .. } => "contact",
        EventKind::Decision { .. } => "decision",
        EventKind::UpdateSent { .. } => "update sent",
        EventKind::StepDone { .. } => "done",
        EventKind::StepUndone { .. } => "undone",
        EventKind::StepSkipped { .. } => "does not apply",
        EventKind::StepApplies { .. } => "applies",
        EventKind::PhraseCopied { .. } => "copied",
        EventKind::DetailSet { .. } => "set",
        EventKind::LangChanged { .. } => "language",
        EventKind::Resolved { .. } => "resolved",
        EventKind::StatusChanged { .. } => "status",
        EventKind::SeverityChanged { .. } => "severity",
        EventKind::TitleChanged { .. } => "title",
        EventKind::StartCorrected { .. } => "started",
        EventKind::Retracted { .. } => "taken back",
        EventKind::CadenceSet { .. } => "cadence",
        EventKind::FollowUp { .. } => "follow-up",
        EventKind::FollowUpDone { .. } => "followed up",
    }
}

/// What happened, in one line, without the label; a step is shown by its title in `lang`
/// when the phrasebook has it, by its id otherwise.
pub fn detail(kind: &EventKind, book: &Phrasebook, lang: Lang) -> String {
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
            .steps(lang)
            .find(|s| &s.id == step)
            .map_or_else(|| step.clone(), |s| s.title.clone()),
        EventKind::PhraseCopied { phrase, lang, text } => match text {
            Some(text) => format!("{}  [{phrase}, {lang}]", first_line(text)),
            None => format!("{phrase} ({lang})"),
        },
        EventKind::StatusChanged { status } => status.to_string(),
        EventKind::SeverityChanged { severity } => severity.to_string(),
        EventKind::TitleChanged { title } => title.clone(),
        EventKind::StartCorrected { started } => started.format("%H:%M").to_string(),
        EventKind::Retracted { event } => event.clone(),
        EventKind::FollowUp { text, due } => {
            format!("{} (due {})", first_line(text), due.format("%a %H:%M"))
        }
        EventKind::FollowUpDone { event } => event.clone(),
        EventKind::CadenceSet { minutes } => match minutes {
            Some(m) => format!("an update every {m} min"),
            None => "the pace of its severity".to_owned(),
        },
        EventKind::DetailSet { name, value } => format!("{name} = {value}"),
        EventKind::LangChanged { lang } => lang.to_string(),
    }
}

/// An event's detail within its incident: a retraction names what it took back.
pub fn detail_in(incident: &Incident, event: &Event, book: &Phrasebook) -> String {
    let (EventKind::Retracted { event: target } | EventKind::FollowUpDone { event: target }) =
        &event.kind
    else {
        return detail(&event.kind, book, incident.lang);
    };
    match incident.events.iter().find(|e| &e.id == target) {
        Some(taken) => {
            let what = detail(&taken.kind, book, incident.lang);
            let sep = if what.is_empty() { "" } else { ": " };
            format!(
                "{} at {}{sep}{what}",
                label(&taken.kind),
                taken.at.format("%H:%M")
            )
        }
        None => format!("an event not in this journal ({target})"),
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
        assert_eq!(detail(&done, &book, Lang::Fr), step.title);
        let unknown = EventKind::StepDone {
            step: "gone".into(),
        };
        assert_eq!(detail(&unknown, &book, Lang::Fr), "gone");
        let opened = EventKind::Opened {
            title: "Checkout down".into(),
            severity: Severity::WORST,
            client: Some("ACME".into()),
            lang: Lang::En,
        };
        assert_eq!(
            detail(&opened, &book, Lang::En),
            "Checkout down (ACME, SEV1)"
        );
        assert_eq!(label(&opened), "opened");
    }
}
