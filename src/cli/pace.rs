//! The pace subcommands: `status` and `cadence` (when the next update is due, and reading a
//! promise out of a text).

use std::io::{self, Write};

use chrono::{DateTime, Duration, FixedOffset};
use serde_json::json;

use super::args::Format;
use super::{CliError, Ctx, FOUND, NOTHING};
use crate::cadence::{self, NoPromise, SetBy, State};
use crate::clock;
use crate::incident::{Event, EventKind, Status};
use crate::lang::Lang;
use crate::present;
use crate::text;

fn human_duration(d: Duration) -> String {
    present::elapsed(Lang::En, d)
}

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
    let Some(status) = status else {
        writeln!(io::stdout(), "{}", incident.status)?;
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
    writeln!(io::stdout(), "{id}: {status}")?;
    Ok(FOUND)
}

pub(super) fn cadence(ctx: &Ctx, id: Option<String>, format: Format) -> Result<u8, CliError> {
    let opened = ctx.incident(id.as_deref())?;
    let incident = &opened.incident;
    let now = clock::now();
    let local = |t: DateTime<FixedOffset>| t.with_timezone(now.offset());
    let Some(due) = cadence::next_update(incident, &ctx.config.pace(), now) else {
        match format {
            Format::Text => writeln!(io::stdout(), "resolved: no update is due")?,
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
            let when = match late {
                Some(minutes) => format!("late by {}", human_duration(Duration::minutes(minutes))),
                None => format!("{state}, in {}", human_duration(due.at - now)),
            };
            writeln!(out, "next update due at {} ({when})", at.format("%H:%M"))?;
            let why = match &due.set_by {
                SetBy::Promise(p) => {
                    let loose = if p.approximate { ", given loosely" } else { "" };
                    format!("set by the promise \"{}\"{loose}", text::one_line(&p.words))
                }
                SetBy::Default {
                    severity,
                    status,
                    interval,
                } => format!(
                    "set by the pace of a {severity} while {status}: every {}",
                    human_duration(*interval)
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
    let now = clock::now();
    let mut out = io::stdout().lock();
    let said;
    let kind = match (text, at) {
        _ if done => {
            let mut todo: Vec<_> = incident.follow_ups.iter().collect();
            todo.sort_by_key(|(.., due)| *due);
            let (event, what, _) = todo.first().ok_or(CliError::NoFollowUp)?;
            said = format!("done: {}", text::one_line(what));
            EventKind::FollowUpDone {
                event: event.clone(),
            }
        }
        (Some(what), Some(when)) => {
            let what = text::clean(what.trim());
            if what.is_empty() {
                return Err(CliError::Empty("text"));
            }
            let due = match cadence::parse_when(&when, now) {
                Ok(promise) => promise.due,
                Err(NoPromise::Past { .. }) => return Err(CliError::AlreadyPast(when)),
                Err(NoPromise::None) => return Err(CliError::NotATime(when)),
            };
            let local = due.with_timezone(now.offset());
            said = format!(
                "follow-up due {}: {}",
                local.format("%a %d %b %H:%M"),
                text::one_line(&what)
            );
            EventKind::FollowUp { text: what, due }
        }
        _ => {
            for (_, what, due) in &incident.follow_ups {
                let local = due.with_timezone(now.offset());
                let late = if *due <= now { "  (due now)" } else { "" };
                writeln!(
                    out,
                    "{}  {}{late}",
                    local.format("%a %d %b %H:%M"),
                    text::one_line(what)
                )?;
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

pub(super) fn parse(words: &[String]) -> Result<u8, CliError> {
    let said = words.join(" ");
    match cadence::parse(&said, clock::now()) {
        Ok(promise) => {
            let mut out = io::stdout().lock();
            writeln!(out, "{}", promise.due.to_rfc3339())?;
            if promise.approximate {
                writeln!(out, "approximate")?;
            }
            Ok(FOUND)
        }
        Err(NoPromise::Past { words }) => {
            let words = text::one_line(&words);
            eprintln!("crisis: \"{words}\" has already passed: no promise");
            Ok(NOTHING)
        }
        Err(NoPromise::None) => {
            eprintln!("crisis: no promise of a time found in that text");
            Ok(NOTHING)
        }
    }
}
