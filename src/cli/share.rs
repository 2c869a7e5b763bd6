//! `crisis share init`, `crisis sync`, the merge driver git calls for journals, and `crisis
//! doctor`: the command line's side of working as a team (`crate::share` does the git).

use std::io::{self, Write};
use std::path::Path;

use super::{CliError, Ctx, FOUND, NOTHING};
use crate::incident::health;
use crate::incident::merge;
use crate::share;
use crate::tr;

pub(super) fn init(ctx: &Ctx, remote: Option<&str>) -> Result<u8, CliError> {
    let exe = std::env::current_exe()?;
    let said = share::init(ctx.store.dir(), remote, &exe)?;
    let mut out = io::stdout().lock();
    for line in said {
        writeln!(
            out,
            "{}",
            tr!(ctx.lang, "cli-note", text = line.say(ctx.lang))
        )?;
    }
    Ok(FOUND)
}

pub(super) fn sync(ctx: &Ctx) -> Result<u8, CliError> {
    let said = share::sync(ctx.store.dir(), crate::clock::now())?;
    let mut out = io::stdout().lock();
    for line in said {
        writeln!(
            out,
            "{}",
            tr!(ctx.lang, "cli-note", text = line.say(ctx.lang))
        )?;
    }
    Ok(FOUND)
}

/// What git calls for a journal both sides changed: the union of ours and theirs, by event
/// id, written over ours. A failure leaves ours as it was and tells git it is a conflict.
pub(super) fn merge_driver(ours: &Path, theirs: &Path) -> Result<u8, CliError> {
    let read = |path: &Path| {
        std::fs::read(path).map_err(|source| CliError::File {
            path: path.to_owned(),
            source,
        })
    };
    let (a, b) = (read(ours)?, read(theirs)?);
    let lang = super::lang::speaking();
    let (ours_name, theirs_name) = (tr!(lang, "merge-ours"), tr!(lang, "merge-theirs"));
    let merged = merge::union(&[(&ours_name, &a), (&theirs_name, &b)]).map_err(CliError::Merge)?;
    let dir = ours.parent().unwrap_or(Path::new("."));
    let mut file = tempfile::NamedTempFile::new_in(dir)?;
    file.write_all(&merged)?;
    file.persist(ours).map_err(|e| CliError::File {
        path: ours.to_owned(),
        source: e.error,
    })?;
    Ok(FOUND)
}

pub(super) fn doctor(ctx: &Ctx, incident: Option<&str>) -> Result<u8, CliError> {
    let ids = match incident {
        Some(prefix) => vec![ctx.store.resolve(prefix)?],
        None => ctx.store.ids()?,
    };
    let mut out = io::stdout().lock();
    let mut found = 0;
    for id in &ids {
        let path = ctx
            .store
            .dir()
            .join(id.as_str())
            .join(crate::incident::journal::FILE_NAME);
        let bytes = std::fs::read(&path).map_err(|source| CliError::File {
            path: path.clone(),
            source,
        })?;
        for finding in health::examine(&bytes) {
            found += 1;
            let what = finding.what.say(ctx.lang);
            writeln!(out, "{}:{}: {what}", path.display(), finding.line)?;
        }
    }
    let (lang, count) = (ctx.lang, ids.len());
    if found == 0 {
        writeln!(out, "{}", tr!(lang, "cli-doctor-healthy", count = count))?;
        return Ok(FOUND);
    }
    writeln!(
        out,
        "{}",
        tr!(lang, "cli-doctor-findings", found = found, count = count)
    )?;
    Ok(NOTHING)
}
