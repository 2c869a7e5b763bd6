//! The incident subcommands: `new`, `log`, `list`, `resolve` and `export`.

use std::io::{self, Write};
use std::path::PathBuf;

use chrono::{DateTime, FixedOffset};

use super::{CliError, Ctx, ExportFormat, FOUND, LogKind};
use crate::cadence::{self, NoPromise};
use crate::clock;
use crate::incident::{Event, EventKind, MAX_TEXT_BYTES, NewIncident, Severity};
use crate::present::{self, export as projection};
use crate::{text, tr};

pub(super) fn new(
    ctx: &Ctx,
    title: String,
    client: Option<String>,
    severity: Severity,
) -> Result<u8, CliError> {
    if title.trim().is_empty() {
        return Err(CliError::EmptyTitle);
    }
    // `--lang`, else config's, else the locale's: the language the user speaks.
    let lang = ctx.lang;
    let opened = ctx.store.create(
        clock::now(),
        NewIncident {
            title,
            severity,
            client,
            lang,
        },
    )?;
    writeln!(
        io::stdout(),
        "{}",
        text::one_line(opened.incident.id.as_str())
    )?;
    Ok(FOUND)
}

pub(super) fn log(
    ctx: &Ctx,
    text: String,
    kind: LogKind,
    next: Option<String>,
    incident: Option<String>,
) -> Result<u8, CliError> {
    let now = clock::now();
    let next = match (next, kind) {
        (None, _) => None,
        (Some(when), LogKind::Update) => Some(promised(&when, now)?),
        (Some(_), _) => return Err(CliError::NextWithoutUpdate),
    };
    let text = text::clean(text.trim());
    if text.is_empty() {
        return Err(CliError::EmptyText);
    }
    if text.len() > MAX_TEXT_BYTES {
        return Err(CliError::TooLong(text.len()));
    }
    let opened = ctx.incident(incident.as_deref())?;
    let kind = match kind {
        LogKind::Note => EventKind::Note { text },
        LogKind::Update => EventKind::update(Some(text), next),
        LogKind::Contact => EventKind::Contact { text },
        LogKind::Decision => EventKind::Decision { text },
    };
    opened.journal.append(&Event::new(now, kind))?;
    Ok(FOUND)
}

/// The deadline `--next` names, or why it names none.
fn promised(when: &str, now: DateTime<FixedOffset>) -> Result<DateTime<FixedOffset>, CliError> {
    match cadence::parse_when(when, now) {
        Ok(promise) => Ok(promise.due),
        Err(NoPromise::Past { .. }) => Err(CliError::AlreadyPast(when.to_owned())),
        Err(NoPromise::None) => Err(CliError::NotATime(when.to_owned())),
    }
}

pub(super) fn list(ctx: &Ctx, all: bool) -> Result<u8, CliError> {
    let now = clock::now();
    let mut incidents = Vec::new();
    let mut unreadable = 0;
    for id in ctx.store.ids()? {
        match ctx.store.open(&id) {
            Ok(opened) => {
                for warning in &opened.warnings {
                    super::warn(&warning.say(ctx.lang));
                }
                if all || opened.incident.is_open() {
                    incidents.push(opened.incident);
                }
            }
            Err(e) => {
                unreadable += 1;
                let error = CliError::from(e).said(ctx.lang);
                eprintln!("{}", tr!(ctx.lang, "cli-error", error = error));
            }
        }
    }
    // Newest first by the time they were opened, which ids alone do not settle.
    incidents.sort_by(|a, b| (b.opened_at, &b.id).cmp(&(a.opened_at, &a.id)));
    let lang = ctx.lang;
    let mut out = io::stdout().lock();
    for incident in incidents {
        let state = match incident.resolved_at {
            Some(at) => {
                let span = present::elapsed(lang, at - incident.opened_at);
                tr!(lang, "cli-list-resolved-after", span = span)
            }
            None => tr!(
                lang,
                "cli-list-open",
                span = present::elapsed(lang, now - incident.opened_at)
            ),
        };
        let client = incident
            .client
            .as_deref()
            .map(|c| format!(" ({c})"))
            .unwrap_or_default();
        // Journal text is user data: nothing in it may drive the terminal.
        let line = format!(
            "{}  {}  {state}  {}{client}",
            incident.id, incident.severity, incident.title
        );
        writeln!(out, "{}", text::one_line(&line))?;
    }
    // The list is not the whole truth when an incident could not be read.
    Ok(if unreadable > 0 { super::ERROR } else { FOUND })
}

pub(super) fn set(ctx: &Ctx, key: &str, value: &str, id: Option<String>) -> Result<u8, CliError> {
    let opened = ctx.incident(id.as_deref())?;
    let now = clock::now();
    let lang = ctx.speak_of(Some(&opened.incident));
    let kind = present::correct::correction(key, value, now)
        .map_err(|refusal| CliError::Correction(refusal.say(lang)))?;
    let (book, _) = ctx.phrasebook(&[]);
    let said = present::detail(&kind, &book, lang, opened.incident.lang);
    opened.journal.append(&Event::new(now, kind))?;
    let (key, value) = (
        text::one_line(&key.trim().to_lowercase()),
        text::one_line(&said),
    );
    let lang = ctx.speak_of(Some(&opened.incident));
    writeln!(
        io::stdout(),
        "{}",
        tr!(lang, "cli-set", key = key, value = value)
    )?;
    Ok(FOUND)
}

pub(super) fn undo(ctx: &Ctx, id: Option<String>) -> Result<u8, CliError> {
    let opened = ctx.incident(id.as_deref())?;
    let incident = &opened.incident;
    let last = incident.last_retractable().ok_or(CliError::NothingToUndo)?;
    let retraction = Event::new(
        clock::now(),
        EventKind::Retracted {
            event: last.id.clone(),
        },
    );
    let (book, _) = ctx.phrasebook(&[]);
    let lang = ctx.speak_of(Some(incident));
    // What was taken back, by its label in the user's language, its time and its detail.
    let label = present::describe::label(&last.kind, lang);
    let time = present::values::clock_time(last.at.with_timezone(clock::now().offset()), lang);
    let steps = incident.lang_at(last.at);
    let what = text::one_line(&present::detail(&last.kind, &book, lang, steps));
    let said = if what.is_empty() {
        tr!(lang, "cli-undo-bare", label = label, time = time)
    } else {
        tr!(lang, "cli-undo", label = label, time = time, what = what)
    };
    opened.journal.append(&retraction)?;
    writeln!(io::stdout(), "{}", text::one_line(&said))?;
    Ok(FOUND)
}

pub(super) fn resolve(ctx: &Ctx, id: Option<String>) -> Result<u8, CliError> {
    let opened = ctx.incident(id.as_deref())?;
    if !opened.incident.is_open() {
        return Err(CliError::AlreadyResolved(opened.incident.id));
    }
    let resolved = Event::new(clock::now(), EventKind::Resolved { text: None });
    opened.journal.append(&resolved)?;
    // A folder can be named anything; its name reaches the terminal clean.
    let id = text::one_line(opened.incident.id.as_str());
    let lang = ctx.speak_of(Some(&opened.incident));
    writeln!(io::stdout(), "{}", tr!(lang, "cli-resolved", id = id))?;
    Ok(FOUND)
}

pub(super) fn reopen(ctx: &Ctx, id: Option<String>) -> Result<u8, CliError> {
    let opened = match id {
        Some(id) => ctx.incident(Some(&id))?,
        // The latest incident, open or not: the one that just came back.
        None => {
            let ids = ctx.store.ids()?;
            let latest = ids.last().ok_or(CliError::NothingToReopen)?;
            ctx.incident(Some(latest.as_str()))?
        }
    };
    if opened.incident.is_open() {
        return Err(CliError::NotResolved(opened.incident.id));
    }
    let status = crate::incident::Status::Investigating;
    let reopened = Event::new(clock::now(), EventKind::StatusChanged { status });
    opened.journal.append(&reopened)?;
    let id = text::one_line(opened.incident.id.as_str());
    let lang = ctx.speak_of(Some(&opened.incident));
    let status = present::names::status(lang, status);
    writeln!(
        io::stdout(),
        "{}",
        tr!(lang, "cli-reopened", id = id, status = status)
    )?;
    Ok(FOUND)
}

pub(super) fn export(
    ctx: &Ctx,
    id: Option<String>,
    format: ExportFormat,
    output: Option<PathBuf>,
) -> Result<u8, CliError> {
    let opened = ctx.incident(id.as_deref())?;
    let (book, _) = ctx.phrasebook(&[]);
    let text = match format {
        ExportFormat::Md => {
            // The post-mortem is in the incident's language, or the one asked for.
            let lang = ctx.speak_of(Some(&opened.incident));
            let pace = ctx.config.pace();
            projection::markdown(&opened.incident, &book, &pace, clock::now(), lang)
        }
        ExportFormat::Json => {
            let value = projection::json(&opened.incident);
            // serde_json escapes C0 controls only; the rest of what a terminal acts on is
            // spelled out too, so a journal cannot drive the terminal through an export.
            let json = serde_json::to_string_pretty(&value).map_err(io::Error::from)?;
            text::terminal_safe_json(&json) + "\n"
        }
    };
    match output {
        Some(path) => write_private(ctx, &path, text.as_bytes())
            .map_err(|source| CliError::File { path, source })?,
        None => io::stdout().write_all(text.as_bytes())?,
    }
    Ok(FOUND)
}

/// Writes `bytes` to `path` as a new private file (0600), whole or not at all: a temporary
/// file beside it, synced, then renamed. Never inside the incidents folder, whose journals
/// only crisis appends to.
fn write_private(ctx: &Ctx, path: &std::path::Path, bytes: &[u8]) -> io::Result<()> {
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    let folder = std::fs::canonicalize(&parent)?;
    let incidents =
        std::fs::canonicalize(ctx.store.dir()).unwrap_or_else(|_| ctx.store.dir().into());
    if folder.starts_with(&incidents) {
        let lang = crate::cli::speaking();
        return Err(io::Error::other(tr!(lang, "cli-error-inside-incidents")));
    }
    let mut file = tempfile::NamedTempFile::new_in(&folder)?;
    file.write_all(bytes)?;
    file.as_file().sync_all()?;
    file.persist(path).map_err(|e| e.error)?;
    Ok(())
}
