//! Projections of an incident: a Markdown post-mortem starter and a JSON dump.

use std::fmt::Write;

use chrono::{DateTime, Duration, FixedOffset};
use serde_json::json;

use super::describe;
use super::duration::elapsed;
use crate::lang::Lang;

use crate::cadence::{self, Policy};
use crate::incident::{EventKind, Incident, Status};
use crate::phrasebook::Phrasebook;

/// The export's language; its headings are English for now.
fn human_duration(d: Duration) -> String {
    elapsed(Lang::En, d)
}

/// The client-facing moments: updates sent and recorded contacts.
fn client_contacts(incident: &Incident) -> Vec<DateTime<FixedOffset>> {
    incident
        .live()
        .filter(|e| {
            matches!(
                e.kind,
                EventKind::UpdateSent { .. } | EventKind::Contact { .. }
            )
        })
        .map(|e| e.at)
        .collect()
}

/// The longest stretch without a client update, from opening to resolution (or `now`).
pub fn longest_silence(incident: &Incident, now: DateTime<FixedOffset>) -> Duration {
    let end = incident.resolved_at.unwrap_or(now);
    let mut marks = vec![incident.opened_at];
    marks.extend(incident.updates_sent().map(|e| e.at));
    marks.push(end);
    marks
        .windows(2)
        .map(|w| w[1] - w[0])
        .max()
        .unwrap_or_else(Duration::zero)
}

/// Text as a Markdown reader must see it: one line, and every character that CommonMark or
/// GFM would read as markup (emphasis, links, images, raw HTML, entities, table cells, code)
/// escaped, so that a note always renders as the text it is, in a wiki too.
fn cell(text: &str) -> String {
    let line = crate::text::one_line(text);
    let mut out = String::with_capacity(line.len());
    for c in line.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '!' | '|' | '~' | '&' | '#'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A post-mortem starter in Markdown. `now` closes an incident that is still open.
pub fn markdown(
    incident: &Incident,
    book: &Phrasebook,
    pace: &Policy,
    now: DateTime<FixedOffset>,
) -> String {
    let mut md = String::new();
    let end = incident.resolved_at;
    let fmt = |t: DateTime<FixedOffset>| t.format("%Y-%m-%d %H:%M (%:z)").to_string();
    let _ = writeln!(md, "# Post-mortem: {}\n", cell(&incident.title));
    let _ = writeln!(md, "| | |\n|---|---|");
    let _ = writeln!(md, "| Incident | {} |", cell(incident.id.as_str()));
    let _ = writeln!(
        md,
        "| Client | {} |",
        incident.client.as_deref().map_or("—".into(), cell)
    );
    let _ = writeln!(md, "| Severity | {} |", incident.severity);
    let _ = writeln!(md, "| Status | {} |", incident.status);
    let _ = writeln!(md, "| Start | {} |", fmt(incident.opened_at));
    let _ = writeln!(md, "| End | {} |", end.map_or("still open".into(), fmt));
    let duration = end.unwrap_or(now) - incident.opened_at;
    let _ = writeln!(
        md,
        "| Duration | {}{} |",
        human_duration(duration),
        if end.is_none() { " so far" } else { "" }
    );

    let _ = writeln!(
        md,
        "\n## Timeline\n\n| Time | Event | Detail |\n|---|---|---|"
    );
    for event in &incident.events {
        let detail = describe::detail_in(incident, event, book);
        let _ = writeln!(
            md,
            "| {} | {} | {} |",
            event.at.format("%H:%M"),
            describe::label(&event.kind, Lang::En),
            cell(&detail)
        );
    }

    let _ = writeln!(md, "\n## Client communication\n");
    let contacts = client_contacts(incident);
    let updates = incident.updates_sent().count();
    let _ = writeln!(md, "- Client updates sent: {updates}");
    let first = contacts.first().map_or("none recorded".into(), |t| {
        human_duration(*t - incident.opened_at)
    });
    let _ = writeln!(md, "- Time to first client contact: {first}");
    // Against the pace of the incident as it stands (while it was open, for a resolved one).
    let status = match incident.status {
        Status::Resolved => Status::Identified,
        status => status,
    };
    let own = incident.cadence.map(|m| Duration::minutes(i64::from(m)));
    let pace_note = own
        .or_else(|| pace.interval(incident.severity, status))
        .map_or(String::new(), |i| {
            format!(
                " (the pace for a {} while {status}: {})",
                incident.severity,
                human_duration(i)
            )
        });
    let _ = writeln!(
        md,
        "- Longest time without a client update: {}{pace_note}",
        human_duration(longest_silence(incident, now))
    );
    for event in incident.updates_sent() {
        let EventKind::UpdateSent { text, .. } = &event.kind else {
            continue;
        };
        // Every word that was said, on one line.
        let text = text
            .as_deref()
            .map_or(String::new(), |t| format!(": {}", cell(t)));
        let _ = writeln!(md, "  - {}{text}", event.at.format("%H:%M"));
    }

    let _ = writeln!(md, "\n## Promises\n");
    let made = cadence::promises(incident);
    if made.is_empty() {
        let _ = writeln!(md, "None recorded.");
    } else {
        let _ = writeln!(md, "| Made | Promised | Words | Kept |\n|---|---|---|---|");
    }
    for m in &made {
        let kept = match (m.kept_at, m.broken) {
            (Some(at), _) => format!("yes, update at {}", at.format("%H:%M")),
            (None, true) => "no: the next update came later".to_owned(),
            (None, false) if m.promise.due < now => "not yet: late".to_owned(),
            (None, false) => "pending".to_owned(),
        };
        let _ = writeln!(
            md,
            "| {} | {}{} | {} | {kept} |",
            m.at.format("%H:%M"),
            m.promise.due.format("%H:%M"),
            if m.promise.approximate {
                " (about)"
            } else {
                ""
            },
            cell(&m.promise.words)
        );
    }

    let _ = writeln!(md, "\n## Follow-ups\n");
    let mut any = false;
    for event in incident.live() {
        if let EventKind::FollowUp { text, due } = &event.kind {
            any = true;
            let open = incident.follow_ups.iter().any(|(id, ..)| *id == event.id);
            let mark = if open { " " } else { "x" };
            let _ = writeln!(md, "- [{mark}] {} (due {})", cell(text), fmt(*due));
        }
    }
    if !any {
        let _ = writeln!(md, "None planned.");
    }

    let steps = crate::playbook::steps(book, incident.lang);
    let _ = writeln!(md, "\n## Playbook steps\n");
    let _ = writeln!(
        md,
        "{} of {} done.\n",
        crate::playbook::done_count(&steps, &incident.done),
        steps.len()
    );
    for step in &steps {
        let mark = if incident.done.contains(&step.id) {
            "x"
        } else {
            " "
        };
        let note = if incident.skipped.contains(&step.id) {
            ", does not apply here"
        } else {
            ""
        };
        let _ = writeln!(
            md,
            "- [{mark}] {} ({}{note})",
            cell(&step.title),
            step.stage
        );
    }

    let _ = writeln!(md, "\n## Phrases used\n");
    let mut any = false;
    for event in incident.live() {
        let (phrase, lang, text) = match &event.kind {
            EventKind::PhraseCopied { phrase, lang, text } => (phrase, *lang, text),
            // A copy that promised the next update was recorded as the update it was.
            EventKind::UpdateSent {
                phrase: Some(phrase),
                lang: Some(lang),
                text,
                ..
            } => (phrase, *lang, text),
            _ => continue,
        };
        any = true;
        // What left, when the journal has it; journals from before only name the phrase.
        let said = text
            .clone()
            .or_else(|| book.phrase(phrase, lang).map(|p| p.text.to_owned()));
        let text = said.map_or(String::new(), |t| format!(": {}", cell(&t)));
        let _ = writeln!(
            md,
            "- {} {} ({lang}){text}",
            event.at.format("%H:%M"),
            cell(phrase)
        );
    }
    if !any {
        let _ = writeln!(md, "None.");
    }
    let _ = writeln!(
        md,
        "\n## What we learn\n\n- What went well:\n- What to change so it does not happen again:\n- Feedback asked from the client:"
    );
    md
}

/// The incident's state and every event, for scripts.
pub fn json(incident: &Incident) -> serde_json::Value {
    json!({
        "id": incident.id,
        "title": incident.title,
        "client": incident.client,
        "severity": incident.severity,
        "lang": incident.lang,
        "opened_at": incident.opened_at,
        "resolved_at": incident.resolved_at,
        "status": incident.status,
        "follow_ups_open": incident.follow_ups.iter().map(|(id, text, due)| json!({
            "event": id, "text": text, "due": due,
        })).collect::<Vec<_>>(),
        "last_update_at": incident.last_update_at,
        "promises": cadence::promises(incident).iter().map(|m| json!({
            "made_at": m.at,
            "due": m.promise.due,
            "words": m.promise.words,
            "approximate": m.promise.approximate,
            "kept_at": m.kept_at,
            "broken": m.broken,
        })).collect::<Vec<_>>(),
        "steps_done": incident.done,
        "details": incident.details,
        "events": incident.events,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::incident::Event;
    use crate::phrasebook::Lang;

    fn at(hm: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(&format!("2026-11-24T{hm}:00+01:00")).unwrap()
    }

    #[test]
    fn the_longest_silence_counts_from_opening_to_the_end() {
        let opened = EventKind::Opened {
            title: "t".into(),
            severity: crate::incident::Severity::try_from(2).unwrap(),
            client: None,
            lang: Lang::En,
        };
        let mut incident = Incident::replay(
            crate::incident::IncidentId::new("x"),
            vec![Event::new(at("09:00"), opened)],
        )
        .unwrap();
        incident.apply(Event::new(at("09:10"), EventKind::update(None, None)));
        incident.apply(Event::new(at("10:30"), EventKind::update(None, None)));
        assert_eq!(
            longest_silence(&incident, at("10:40")),
            Duration::minutes(80)
        );
        assert_eq!(
            longest_silence(&incident, at("12:00")),
            Duration::minutes(90)
        );
    }

    #[test]
    fn table_cells_cannot_break_the_table() {
        assert_eq!(cell("a|b\nc"), "a\\|b c");
        assert_eq!(cell("<img src=x>"), "\\<img src=x\\>");
        assert_eq!(cell("[a](javascript:x)"), "\\[a\\](javascript:x)");
    }
}
