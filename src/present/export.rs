//! Projections of an incident: a Markdown post-mortem starter and a JSON dump.

use std::fmt::Write;

use chrono::{DateTime, Duration, FixedOffset};
use serde_json::json;

use super::describe;
use super::duration::elapsed;
use super::names;
use super::values;
use crate::lang::Lang;
use crate::tr;

use crate::cadence::{self, Policy};
use crate::incident::{EventKind, Incident, Status};
use crate::phrasebook::Phrasebook;

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

/// A post-mortem starter in Markdown, in `lang`. `now` closes an incident that is still open.
pub fn markdown(
    incident: &Incident,
    book: &Phrasebook,
    pace: &Policy,
    now: DateTime<FixedOffset>,
    lang: Lang,
) -> String {
    let mut md = String::new();
    let end = incident.resolved_at;
    // Times in the reader's zone (the one `now` is in), whatever offset each was written with.
    let here = |t: DateTime<FixedOffset>| t.with_timezone(now.offset());
    let clock = |t: DateTime<FixedOffset>| values::clock_time(here(t), lang);
    let fmt = |t: DateTime<FixedOffset>| {
        let t = here(t);
        format!(
            "{} {} ({})",
            t.format("%Y-%m-%d"),
            clock(t),
            t.format("%:z")
        )
    };
    let human_duration = |d: Duration| elapsed(lang, d);
    let title = cell(&incident.title);
    let _ = writeln!(md, "# {}\n", tr!(lang, "export-title", title = title));
    let _ = writeln!(md, "| | |\n|---|---|");
    let mut row = |name: String, value: String| {
        let _ = writeln!(md, "| {name} | {value} |");
    };
    row(tr!(lang, "export-incident"), cell(incident.id.as_str()));
    let client = incident.client.as_deref().map_or("—".into(), cell);
    row(tr!(lang, "export-client"), client);
    row(tr!(lang, "export-severity"), incident.severity.to_string());
    row(
        tr!(lang, "export-status"),
        names::status(lang, incident.status),
    );
    row(tr!(lang, "export-start"), fmt(incident.opened_at));
    let end_said = end.map_or_else(|| tr!(lang, "export-still-open"), fmt);
    row(tr!(lang, "export-end"), end_said);
    let span = human_duration(end.unwrap_or(now) - incident.opened_at);
    let duration = match end {
        Some(_) => span,
        None => tr!(lang, "export-so-far", span = span),
    };
    row(tr!(lang, "export-duration"), duration);

    let _ = writeln!(md, "\n{}\n", tr!(lang, "export-timeline"));
    let _ = writeln!(
        md,
        "{}\n|---|---|---|",
        tr!(lang, "export-timeline-columns")
    );
    for event in &incident.events {
        let detail = describe::detail_in(incident, event, book);
        let _ = writeln!(
            md,
            "| {} | {} | {} |",
            clock(event.at),
            describe::label(&event.kind, lang),
            cell(&detail)
        );
    }

    let _ = writeln!(md, "\n{}\n", tr!(lang, "export-communication"));
    let contacts = client_contacts(incident);
    let updates = incident.updates_sent().count();
    let _ = writeln!(
        md,
        "- {}",
        tr!(lang, "export-updates-sent", count = updates)
    );
    let first = contacts.first().map_or_else(
        || tr!(lang, "export-none-recorded"),
        |t| human_duration(*t - incident.opened_at),
    );
    let _ = writeln!(md, "- {}", tr!(lang, "export-first-contact", span = first));
    // Against the pace of the incident as it stands (while it was open, for a resolved one).
    let status = match incident.status {
        Status::Resolved => Status::Identified,
        status => status,
    };
    let own = incident.cadence.map(|m| Duration::minutes(i64::from(m)));
    let pace_note = own
        .or_else(|| pace.interval(incident.severity, status))
        .map_or(String::new(), |i| {
            let pace = tr!(
                lang,
                "export-pace",
                severity = incident.severity.to_string(),
                status = names::status(lang, status),
                span = human_duration(i)
            );
            format!(" ({pace})")
        });
    let silence = human_duration(longest_silence(incident, now));
    let silence = tr!(lang, "export-longest-silence", span = silence);
    let _ = writeln!(md, "- {silence}{pace_note}");
    for event in incident.updates_sent() {
        let EventKind::UpdateSent { text, .. } = &event.kind else {
            continue;
        };
        // Every word that was said, on one line.
        let time = clock(event.at);
        let line = match text.as_deref() {
            Some(t) => tr!(lang, "export-said", what = time, text = cell(t)),
            None => time,
        };
        let _ = writeln!(md, "  - {line}");
    }

    let _ = writeln!(md, "\n{}\n", tr!(lang, "export-promises"));
    let made = cadence::promises(incident);
    if made.is_empty() {
        let _ = writeln!(md, "{}", tr!(lang, "export-promises-none"));
    } else {
        let columns = tr!(lang, "export-promises-columns");
        let _ = writeln!(md, "{columns}\n|---|---|---|---|");
    }
    for m in &made {
        let kept = match (m.kept_at, m.broken) {
            (Some(at), _) => {
                tr!(lang, "export-kept-yes", time = clock(at))
            }
            (None, true) => tr!(lang, "export-kept-no"),
            (None, false) if m.promise.due < now => tr!(lang, "export-kept-late"),
            (None, false) => tr!(lang, "export-kept-pending"),
        };
        let due = clock(m.promise.due);
        let due = if m.promise.approximate {
            tr!(lang, "export-about", time = due)
        } else {
            due
        };
        let _ = writeln!(
            md,
            "| {} | {due} | {} | {kept} |",
            clock(m.at),
            cell(&m.promise.words)
        );
    }

    let _ = writeln!(md, "\n{}\n", tr!(lang, "export-follow-ups"));
    let mut any = false;
    for event in incident.live() {
        if let EventKind::FollowUp { text, due } = &event.kind {
            any = true;
            let open = incident.follow_ups.iter().any(|(id, ..)| *id == event.id);
            let mark = if open { " " } else { "x" };
            let due = tr!(lang, "export-due", date = fmt(*due));
            let _ = writeln!(md, "- [{mark}] {} ({due})", cell(text));
        }
    }
    if !any {
        let _ = writeln!(md, "{}", tr!(lang, "export-follow-ups-none"));
    }

    let steps = crate::playbook::steps(book, incident.lang);
    let _ = writeln!(md, "\n{}\n", tr!(lang, "export-steps"));
    let done = crate::playbook::done_count(&steps, &incident.done);
    let done = tr!(lang, "export-steps-done", done = done, count = steps.len());
    let _ = writeln!(md, "{done}\n");
    for step in &steps {
        let mark = if incident.done.contains(&step.id) {
            "x"
        } else {
            " "
        };
        let stage = names::stage(lang, step.stage);
        let note = if incident.skipped.contains(&step.id) {
            tr!(lang, "export-step-skipped", stage = stage)
        } else {
            stage
        };
        let _ = writeln!(md, "- [{mark}] {} ({note})", cell(&step.title));
    }

    let _ = writeln!(md, "\n{}\n", tr!(lang, "export-phrases"));
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
        let what = format!("{} {} ({lang})", clock(event.at), cell(phrase));
        let line = match said {
            Some(t) => tr!(lang, "export-said", what = what, text = cell(&t)),
            None => what,
        };
        let _ = writeln!(md, "- {line}");
    }
    if !any {
        let _ = writeln!(md, "{}", tr!(lang, "export-phrases-none"));
    }
    let _ = writeln!(md, "\n{}\n", tr!(lang, "export-learn"));
    let _ = writeln!(md, "- {}", tr!(lang, "export-learn-well"));
    let _ = writeln!(md, "- {}", tr!(lang, "export-learn-change"));
    let _ = writeln!(md, "- {}", tr!(lang, "export-learn-feedback"));
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
