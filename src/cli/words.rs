//! The word subcommands: `phrases` (search, print, copy) and `check`.

use std::io::{self, Write};
use std::path::PathBuf;

use super::args::PhraseArgs;
use super::{CliError, Ctx, FOUND, NOTHING};
use crate::clock;
use crate::incident::{Event, EventKind, Unreadable};
use crate::phrasebook;
use crate::present;

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
            super::warn(&format!(
                "{}; filling from no incident",
                crate::text::error_chain(&e)
            ));
            None
        }
    };
    for warning in opened.iter().flat_map(|o| &o.warnings) {
        super::warn(warning);
    }
    let incident = opened.as_ref().map(|o| &o.incident);
    let lang = q.lang.or(incident.map(|i| i.lang)).unwrap_or(config.lang);
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
            if phrase.lang == crate::lang::Lang::Fr {
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
        eprintln!(
            "crisis: no phrase matches `{}` in {lang}",
            crate::text::one_line(&query)
        );
        return Ok(NOTHING);
    };
    if q.copy {
        // Never a literal `{eta}` in a client's inbox: the copy waits for the values.
        if !filled.missing.is_empty() {
            return Err(CliError::Unfilled(filled.missing.clone()));
        }
        let said = to_clipboard(config, &filled.text)?;
        eprintln!("crisis: {}: {said}", crate::text::one_line(phrase.id));
        let lines = filled.text.lines().count();
        if lines > 1 {
            super::warn(&format!(
                "the phrase copied is {lines} lines: pasted into a shell, each runs on its own; \
                 --one-line copies it as one line"
            ));
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
                eprintln!("crisis: recorded as the update sent (it promises the next one)");
            }
            opened.journal.append(&Event::new(now, kind))?;
        }
    }
    Ok(FOUND)
}

/// Puts `text` on the clipboard the configuration chooses; what happened, for the user.
pub(super) fn to_clipboard(config: &crate::config::Config, text: &str) -> Result<String, CliError> {
    let env = crate::clipboard::Env::from_process();
    let provider =
        crate::clipboard::provider(config.clipboard, config.clipboard_command.as_deref(), &env)?;
    let outcome = crate::clipboard::copy(
        text,
        &provider,
        config.clipboard,
        crate::clipboard::Terminal::Tty,
    )?;
    // TODO(lang): the command line's language.
    let said = outcome.describe(crate::lang::Lang::En);
    if outcome.arrived() {
        Ok(said)
    } else {
        Err(crate::clipboard::ClipboardError::NotArrived(said).into())
    }
}

pub(super) fn impact(
    affected: &str,
    total: &str,
    lang: Option<crate::lang::Lang>,
    format: super::args::Format,
) -> Result<u8, CliError> {
    use crate::lang::Lang;
    use present::impact::Impact;
    let impact = match Impact::parse(&format!("{affected}/{total}")) {
        Some(found) => found.map_err(CliError::Correction)?,
        None => {
            let said = crate::text::one_line(&format!("{affected} {total}"));
            return Err(CliError::Correction(format!(
                "`{said}` are not two whole numbers (how many are affected, of how many)"
            )));
        }
    };
    let mut out = io::stdout().lock();
    match format {
        super::args::Format::Text => {
            writeln!(out, "{}", impact.sentence(lang.unwrap_or(Lang::En)))?;
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

pub(super) fn check(files: &[PathBuf]) -> Result<u8, CliError> {
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
        eprintln!("{}", crate::text::one_line(&diag.to_string()));
    }
    if diags.is_empty() {
        println!("{} file(s) checked, no problem found", sources.len());
        Ok(FOUND)
    } else {
        eprintln!(
            "{} problem(s) found; fix them and run `crisis check` again (meanwhile the cockpit skips the broken entries)",
            diags.len()
        );
        Ok(NOTHING)
    }
}
