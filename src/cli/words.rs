//! The word subcommands: `phrases` (search, print, copy) and `check`.

use std::io::{self, Write};
use std::path::PathBuf;

use super::args::PhraseArgs;
use super::{CliError, Ctx, FOUND, NOTHING};
use crate::clock;
use crate::incident::{Event, EventKind, Unreadable};
use crate::lang::Lang;
use crate::present;
use crate::{phrasebook, tr};

pub(super) fn phrases(ctx: &Ctx, q: &PhraseArgs) -> Result<u8, CliError> {
    let query = q.query.join(" ");
    let (config, store) = (&ctx.config, &ctx.store);
    let (book, warnings) = ctx.phrasebook(&q.phrasebooks);
    // The process ends right after: freeing 100k phrases one by one would only cost time.
    let book = std::mem::ManuallyDrop::new(book);
    for warning in &warnings {
        super::warn(warning);
    }
    // Fill from the incident at hand when there is one; a problem with it must not stop a search.
    // A search still works when the latest incident cannot be read; a copy, which is logged
    // on that incident, does not.
    let found = match &q.incident {
        Some(id) => store.named_or_latest(Some(id)).map(Some),
        None => store.latest_open(Unreadable::Refuse),
    };
    let opened = match found {
        Ok(opened) => opened,
        // An incident named and not found is an error, not a search without one.
        Err(e) if q.incident.is_some() => return Err(e.into()),
        Err(e) if q.copy => return Err(e.into()),
        Err(e) => {
            let error = CliError::from(e).said(ctx.lang);
            super::warn(&tr!(ctx.lang, "cli-no-incident-to-fill", error = error));
            None
        }
    };
    for warning in opened.iter().flat_map(|o| &o.warnings) {
        super::warn(&warning.say(ctx.lang));
    }
    let incident = opened.as_ref().map(|o| &o.incident);
    // `--lang`, else the incident's, else config's, else the locale's: for the phrases too.
    let lang = ctx.speak_of(incident);
    let now = clock::now();
    let settings = config.settings();
    let values = present::values(incident, &settings, now, lang);
    // `--stage` is the query's own stage filter, said as an option.
    let query = match q.stage {
        Some(stage) => format!("{query} {}{stage}", phrasebook::search::STAGE),
        None => query,
    };
    let found: Vec<_> = book
        .phrases
        .search(&query, lang, None, q.limit)
        .into_iter()
        .map(|hit| {
            let phrase = book.phrases.at(hit.index);
            let mut filled = phrasebook::fill(phrase.text, &values);
            if phrase.lang == Lang::Fr {
                filled.text = crate::text::french_spacing(&filled.text);
            }
            if q.one_line {
                filled.text = crate::text::joined(&filled.text);
            }
            (hit, phrase, filled)
        })
        .collect();
    let mut out = io::stdout().lock();
    if q.json {
        let items: Vec<_> = found
            .iter()
            .map(|(hit, p, f)| {
                serde_json::json!({"id": p.id, "lang": p.lang, "stage": p.stage, "tags": p.tags,
                    "score": hit.score, "text": f.text, "missing": f.missing})
            })
            .collect();
        writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&items).map_err(io::Error::from)?
        )?;
    } else {
        for (_, _, f) in &found {
            // A multi-line phrase (a whole email) is followed by a blank line to keep entries apart.
            let gap = if f.text.contains('\n') { "\n" } else { "" };
            writeln!(out, "{}{gap}", f.text)?;
        }
    }
    out.flush()?;
    let Some((_, phrase, filled)) = found.first() else {
        let query = crate::text::one_line(&query);
        eprintln!(
            "{}",
            tr!(lang, "cli-no-phrase", query = query, lang = lang.code())
        );
        return Ok(NOTHING);
    };
    if q.copy {
        // Never a literal `{eta}` in a client's inbox: the copy waits for the values.
        if !filled.missing.is_empty() {
            return Err(CliError::Unfilled(filled.missing.clone()));
        }
        let said = to_clipboard(config, &filled.text, lang)?;
        let id = crate::text::one_line(phrase.id);
        eprintln!("{}", tr!(lang, "cli-copied", phrase = id, said = said));
        let lines = filled.text.lines().count();
        if lines > 1 {
            super::warn(&tr!(lang, "cli-many-lines", lines = lines));
        }
        if let Some(opened) = &opened {
            let kind = present::copy_event(
                *phrase,
                &filled.text,
                Some(&opened.incident),
                &settings.pace,
                now,
            );
            if matches!(kind, EventKind::UpdateSent { .. }) {
                eprintln!("{}", tr!(lang, "cli-recorded-update-promise"));
            }
            opened.journal.append(&Event::new(now, kind))?;
        }
    }
    Ok(FOUND)
}

/// Puts `text` on the clipboard the configuration chooses; what happened, for the user.
pub(super) fn to_clipboard(
    config: &crate::config::Config,
    text: &str,
    lang: Lang,
) -> Result<String, CliError> {
    let env = crate::clipboard::Env::from_process();
    let provider =
        crate::clipboard::provider(config.clipboard, config.clipboard_command.as_deref(), &env)?;
    let outcome = crate::clipboard::copy(
        text,
        &provider,
        config.clipboard,
        crate::clipboard::Terminal::Tty,
    )?;
    let said = outcome.describe(lang);
    if outcome.arrived() {
        Ok(said)
    } else {
        Err(crate::clipboard::ClipboardError::NotArrived(said).into())
    }
}

pub(super) fn impact(
    affected: &str,
    total: &str,
    lang: Lang,
    format: super::args::Format,
) -> Result<u8, CliError> {
    use present::impact::Impact;
    let impact = match Impact::parse(&format!("{affected}/{total}")) {
        Some(found) => found.map_err(|e| CliError::Correction(e.say(lang)))?,
        None => {
            let said = crate::text::one_line(&format!("{affected} {total}"));
            let said = tr!(lang, "cli-error-not-numbers", text = said);
            return Err(CliError::Correction(said));
        }
    };
    let mut out = io::stdout().lock();
    match format {
        super::args::Format::Text => {
            writeln!(out, "{}", impact.sentence(lang))?;
        }
        super::args::Format::Json => {
            // Plain decimal strings, as precise as it takes; the sentences as each language says them.
            let (affected_pct, working_pct) = impact.decimal_shares();
            let json = serde_json::json!({
                "affected": impact.affected,
                "total": impact.total,
                "affected_pct": affected_pct,
                "working_pct": working_pct,
                "sentence": {"en": impact.sentence(Lang::En), "fr": impact.sentence(Lang::Fr)},
            });
            let text = serde_json::to_string_pretty(&json).map_err(io::Error::from)?;
            writeln!(out, "{text}")?;
        }
    }
    Ok(FOUND)
}

pub(super) fn check(files: &[PathBuf], lang: Lang) -> Result<u8, CliError> {
    let sources = if files.is_empty() {
        phrasebook::check::builtin_sources()
    } else {
        let mut sources = Vec::new();
        for path in files {
            let bytes = std::fs::read(path).map_err(|source| CliError::File {
                path: path.clone(),
                source,
            })?;
            sources.push((path.display().to_string(), bytes));
        }
        sources
    };
    let diags = phrasebook::check::check(&sources);
    for diag in &diags {
        // Messages quote the file's own text, which may hold escape sequences.
        eprintln!("{}", crate::text::one_line(&diag.say(lang)));
    }
    if diags.is_empty() {
        println!("{}", tr!(lang, "cli-check-ok", count = sources.len()));
        Ok(FOUND)
    } else {
        eprintln!("{}", tr!(lang, "cli-check-problems", count = diags.len()));
        Ok(NOTHING)
    }
}
