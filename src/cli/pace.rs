//! The pace subcommands: `status` and `cadence` (when the next update is due, and reading a
//! promise out of a text).

use std::io::{self, Write};

use chrono::{DateTime, FixedOffset};
use serde_json::json;

use super::args::Format;
use super::{CliError, Ctx, FOUND, NOTHING};
use crate::cadence::{self, NoPromise, SetBy, State};
use crate::clock;
use crate::incident::{Event, EventKind, Status};
use crate::lang::Lang;
use crate::present;
use crate::{text, tr};

/// Exit code of `crisis cadence` when the update is late, for scripts to act on.
pub const LATE: u8 = 3;

pub(super) fn status(
    ctx: &Ctx,
    status: Option<Status>,
    id: Option<String>,
) -> Result<u8, CliError> {
    let opened = ctx.incident(id.as_deref())?;
    let incident = &opened.incident;
    let id = text::one_line(incident.id.as_str());
    let lang = ctx.speak_of(Some(incident));
    let Some(status) = status else {
        writeln!(
            io::stdout(),
            "{}",
            present::names::status(lang, incident.status)
        )?;
        return Ok(FOUND);
    };
    if !incident.is_open() {
        return Err(CliError::AlreadyResolved(opened.incident.id));
    }
    let kind = match status {
        Status::Resolved => EventKind::Resolved { text: None },
        status => EventKind::StatusChanged { status },
    };
    opened.journal.append(&Event::new(clock::now(), kind))?;
    let status = present::names::status(lang, status);
    writeln!(
        io::stdout(),
        "{}",
        tr!(lang, "cli-status-set", id = id, status = status)
    )?;
    Ok(FOUND)
}

pub(super) fn cadence(ctx: &Ctx, id: Option<String>, format: Format) -> Result<u8, CliError> {
    let opened = ctx.incident(id.as_deref())?;
    let incident = &opened.incident;
    let lang = ctx.speak_of(Some(incident));
    let now = clock::now();
    let local = |t: DateTime<FixedOffset>| t.with_timezone(now.offset());
    let Some(due) = cadence::next_update(incident, &ctx.config.pace(), now) else {
        match format {
            Format::Text => writeln!(io::stdout(), "{}", tr!(lang, "cli-cadence-resolved"))?,
            Format::Json => writeln!(
                io::stdout(),
                "{}",
                json!({"due": null, "state": "resolved"})
            )?,
        }
        return Ok(FOUND);
    };
    let (state, late) = match due.state {
        State::Ok => ("ok", None),
        State::Soon => ("soon", None),
        State::Late { minutes } => ("late", Some(minutes)),
    };
    let at = local(due.at);
    let mut out = io::stdout().lock();
    match format {
        Format::Json => {
            let (set_by, promise, approximate) = match &due.set_by {
                SetBy::Promise(p) => ("promise", Some(text::one_line(&p.words)), p.approximate),
                SetBy::Default { .. } => ("default", None, false),
            };
            let value = json!({
                "due": at.to_rfc3339(),
                "state": state,
                "late_minutes": late.unwrap_or(0),
                "set_by": set_by,
                "promise": promise,
                "approximate": approximate,
            });
            writeln!(out, "{}", text::terminal_safe_json(&value.to_string()))?;
        }
        Format::Text => {
            let left = present::time_left(lang, due.at - now);
            let when = match (due.state, late) {
                (_, Some(minutes)) => present::late_by(lang, minutes),
                (State::Soon, None) => tr!(lang, "cli-cadence-soon", left = left),
                _ => tr!(lang, "cli-cadence-ok", left = left),
            };
            let time = present::values::clock_time(at, lang);
            writeln!(
                out,
                "{}",
                tr!(lang, "cli-cadence-due", time = time, when = when)
            )?;
            let why = match &due.set_by {
                SetBy::Promise(p) => tr!(
                    lang,
                    "cli-cadence-by-promise",
                    words = text::one_line(&p.words),
                    approximate = p.approximate.to_string()
                ),
                SetBy::Default {
                    severity,
                    status,
                    interval,
                } => tr!(
                    lang,
                    "cli-cadence-by-pace",
                    severity = severity.to_string(),
                    status = present::names::status(lang, *status),
                    span = present::elapsed(lang, *interval)
                ),
            };
            writeln!(out, "{why}")?;
        }
    }
    Ok(if late.is_some() { LATE } else { FOUND })
}

pub(super) fn follow_up(
    ctx: &Ctx,
    text: Option<String>,
    at: Option<String>,
    done: bool,
    id: Option<String>,
) -> Result<u8, CliError> {
    let opened = ctx.incident(id.as_deref())?;
    let incident = &opened.incident;
    let lang = ctx.speak_of(Some(incident));
    let now = clock::now();
    let mut out = io::stdout().lock();
    let said;
    let kind = match (text, at) {
        _ if done => {
            let mut todo: Vec<_> = incident.follow_ups.iter().collect();
            todo.sort_by_key(|(.., due)| *due);
            let (event, what, _) = todo.first().ok_or(CliError::NoFollowUp)?;
            said = tr!(lang, "cli-follow-up-done", what = text::one_line(what));
            EventKind::FollowUpDone {
                event: event.clone(),
            }
        }
        (Some(what), Some(when)) => {
            let what = text::clean(what.trim());
            if what.is_empty() {
                return Err(CliError::EmptyText);
            }
            let due = match cadence::parse_when(&when, now) {
                Ok(promise) => promise.due,
                Err(NoPromise::Past { .. }) => return Err(CliError::AlreadyPast(when)),
                Err(NoPromise::None) => return Err(CliError::NotATime(when)),
            };
            let (when, what_said) = (
                present::values::day_and_time(lang, due, now),
                text::one_line(&what),
            );
            said = tr!(lang, "cli-follow-up-added", when = when, what = what_said);
            EventKind::FollowUp { text: what, due }
        }
        _ => {
            for (_, what, due) in &incident.follow_ups {
                let late = if *due <= now {
                    format!("  {}", tr!(lang, "cli-follow-up-due-now"))
                } else {
                    String::new()
                };
                let when = present::values::day_and_time(lang, *due, now);
                writeln!(out, "{when}  {}{late}", text::one_line(what))?;
            }
            return Ok(if incident.follow_ups.is_empty() {
                NOTHING
            } else {
                FOUND
            });
        }
    };
    opened.journal.append(&Event::new(now, kind))?;
    writeln!(out, "{said}")?;
    Ok(FOUND)
}

pub(super) fn parse(words: &[String], lang: Lang) -> Result<u8, CliError> {
    let said = words.join(" ");
    match cadence::parse(&said, clock::now()) {
        Ok(promise) => {
            let mut out = io::stdout().lock();
            writeln!(out, "{}", promise.due.to_rfc3339())?;
            if promise.approximate {
                writeln!(out, "{}", tr!(lang, "cli-parse-approximate"))?;
            }
            Ok(FOUND)
        }
        Err(NoPromise::Past { words }) => {
            let words = text::one_line(&words);
            eprintln!("{}", tr!(lang, "cli-parse-past", words = words));
            Ok(NOTHING)
        }
        Err(NoPromise::None) => {
            eprintln!("{}", tr!(lang, "cli-parse-none"));
            Ok(NOTHING)
        }
    }
}

#[cfg(test)]
mod tests {
    use strum::IntoEnumIterator;

    use super::*;

    #[test]
    fn every_day_and_month_has_a_name_in_every_language() {
        for lang in Lang::iter() {
            for id in (1..=7)
                .map(|d| format!("cli-weekday-{d}"))
                .chain((1..=12).map(|m| format!("cli-month-{m}")))
            {
                assert!(crate::i18n::has(lang, &id), "{lang}: {id}");
            }
        }
        let at = |s| DateTime::parse_from_rfc3339(s).unwrap();
        let (due, now) = (
            at("2026-12-02T10:00:00+01:00"),
            at("2026-12-01T23:00:00+00:00"),
        );
        assert_eq!(
            present::values::day_and_time(Lang::En, due, now),
            "Wed 02 Dec 09:00"
        );
        assert_eq!(
            present::values::day_and_time(Lang::Fr, due, now),
            "mercredi 02 décembre 09\u{a0}h\u{a0}00"
        );
    }
}
