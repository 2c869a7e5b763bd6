//! `crisis compose`: a whole message for a channel and an audience, printed, or copied and
//! recorded as sent when nothing is missing.

use std::io::{self, Write};

use super::args::{ComposeArgs, Format};
use super::{CliError, Ctx, FOUND};
use crate::clock;
use crate::incident::{Event, Unreadable};
use crate::present;
use crate::present::compose::Ask;
use crate::tr;

pub(super) fn compose(ctx: &Ctx, a: &ComposeArgs) -> Result<u8, CliError> {
    let (book, warnings) = ctx.phrasebook(&[]);
    for warning in &warnings {
        super::warn(warning);
    }
    let opened = match &a.incident {
        Some(id) => Some(ctx.store.named_or_latest(Some(id))?),
        None => ctx.store.latest_open(Unreadable::Refuse)?,
    };
    let incident = opened.as_ref().map(|o| &o.incident);
    let lang = ctx.speak_of(incident);
    let status = a.status.or(incident.map(|i| i.status)).unwrap_or_default();
    let now = clock::now();
    let settings = ctx.config.settings();
    let values = present::values(incident, &settings, now, lang);
    let message = Ask {
        book: &book,
        incident,
        values: &values,
        channel: a.channel,
        audience: a.audience,
        lang,
        status,
        chosen: &a.phrase,
        now,
    }
    .compose();
    let mut out = io::stdout().lock();
    match a.format {
        Format::Text => writeln!(out, "{}", message.text)?,
        Format::Json => {
            let json = serde_json::to_string_pretty(&message).map_err(io::Error::from)?;
            writeln!(out, "{json}")?;
        }
    }
    out.flush()?;
    for slot in &message.empty {
        super::warn(&tr!(lang, "cli-empty-part", part = slot.name()));
    }
    if !a.copy {
        return Ok(FOUND);
    }
    if !message.missing.is_empty() {
        return Err(CliError::Unfilled(message.missing.clone()));
    }
    let said = super::words::to_clipboard(&ctx.config, &message.text, lang)?;
    eprintln!("{}", tr!(lang, "cli-message-copied", said = said));
    if let Some(opened) = &opened {
        let kind = present::sent::message_event(
            &message.text,
            lang,
            message.sent_as(),
            message.promises(),
            Some(&opened.incident),
            &settings.pace,
            now,
        );
        opened.journal.append(&Event::new(now, kind))?;
        eprintln!("{}", tr!(lang, "cli-recorded-update"));
    }
    Ok(FOUND)
}
