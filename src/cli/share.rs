//! Working as a team through git: `crisis share init`, `crisis sync`, the merge driver git
//! calls for journals, and `crisis doctor`. Git runs as the user's own command, so their
//! configuration, credentials and hooks apply; crisis only ever adds to a journal.

use std::io::{self, Write};
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command;

use super::{CliError, Ctx, FOUND, NOTHING};
use crate::incident::health;
use crate::incident::merge;

/// Committed with the journals: a clone that never ran `share init` still merges journals
/// line by line (git's union) rather than leaving conflict markers.
const ATTRIBUTES: &str = "journal.jsonl merge=union\n";
/// Kept out of the repository: a draft is one person's, the staging folders are half-made.
const IGNORE: &str = "draft.json\n.new-*/\n";
/// In this clone only (`.git/info/attributes` wins over `.gitattributes`): crisis's own
/// driver, which merges by event id.
const LOCAL_ATTRIBUTES: &str = "journal.jsonl merge=crisis\n";

/// Runs `git ARGS` in `dir`; its output, or an error with what git said.
fn git(dir: &Path, args: &[&str]) -> Result<String, CliError> {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .map_err(|e| CliError::Git {
            command: format!("git {}", args.join(" ")),
            message: format!("{e} (is git installed?)"),
        })?;
    if !out.status.success() {
        return Err(CliError::Git {
            command: format!("git {}", args.join(" ")),
            message: String::from_utf8_lossy(&out.stderr).trim().to_owned(),
        });
    }
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

/// True when `git ARGS` succeeds (a question git answers with its exit code).
fn git_says(dir: &Path, args: &[&str]) -> bool {
    git(dir, args).is_ok()
}

/// Writes `text` to `path` unless it holds it already; true when it wrote.
fn ensure(path: &Path, text: &str) -> Result<bool, CliError> {
    let err = |source| CliError::File {
        path: path.to_owned(),
        source,
    };
    match std::fs::read_to_string(path) {
        Ok(current) if current.contains(text.trim_end()) => Ok(false),
        Ok(current) => {
            let joined = format!(
                "{}{}{text}",
                current,
                if current.ends_with('\n') || current.is_empty() {
                    ""
                } else {
                    "\n"
                }
            );
            std::fs::write(path, joined).map_err(err)?;
            Ok(true)
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            std::fs::write(path, text).map_err(err)?;
            Ok(true)
        }
        Err(e) => Err(err(e)),
    }
}

/// Git keeps no permissions but the executable bit: the incidents are the user's alone
/// again (folders 0700, files 0600) after a clone or a pull.
fn make_private(dir: &Path) -> Result<(), CliError> {
    let err = |path: &Path, source| CliError::File {
        path: path.to_owned(),
        source,
    };
    let mode = if dir.is_dir() { 0o700 } else { 0o600 };
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(mode))
        .map_err(|e| err(dir, e))?;
    if dir.is_dir() {
        for entry in std::fs::read_dir(dir).map_err(|e| err(dir, e))? {
            let path = entry.map_err(|e| err(dir, e))?.path();
            if !path.is_symlink() {
                make_private(&path)?;
            }
        }
    }
    Ok(())
}

pub(super) fn init(ctx: &Ctx, remote: Option<&str>) -> Result<u8, CliError> {
    let dir = ctx.store.dir();
    crate::incident::journal::create_private_dir(dir)?;
    let mut out = io::stdout().lock();
    if !git_says(dir, &["rev-parse", "--show-toplevel"]) {
        git(dir, &["init", "-q", "-b", "main"])?;
        writeln!(out, "crisis: made {} a git repository", dir.display())?;
    }
    let wrote = [
        ensure(&dir.join(".gitattributes"), ATTRIBUTES)?,
        ensure(&dir.join(".gitignore"), IGNORE)?,
    ];
    let local = git(dir, &["rev-parse", "--git-path", "info/attributes"])?;
    let local = dir.join(local);
    if let Some(parent) = local.parent() {
        std::fs::create_dir_all(parent).map_err(|source| CliError::File {
            path: parent.to_owned(),
            source,
        })?;
    }
    ensure(&local, LOCAL_ATTRIBUTES)?;
    let exe = std::env::current_exe()?;
    let driver = format!("'{}' merge-driver %O %A %B", exe.display());
    git(
        dir,
        &[
            "config",
            "merge.crisis.name",
            "crisis: journals merged by event id",
        ],
    )?;
    git(dir, &["config", "merge.crisis.driver", &driver])?;
    if let Some(url) = remote {
        match git(dir, &["remote", "get-url", "origin"]) {
            Ok(current) if current == url => {}
            Ok(_) => drop(git(dir, &["remote", "set-url", "origin", url])?),
            Err(_) => drop(git(dir, &["remote", "add", "origin", url])?),
        }
    }
    if wrote.iter().any(|w| *w) {
        git(dir, &["add", "--", ".gitattributes", ".gitignore"])?;
        git(
            dir,
            &[
                "commit",
                "-q",
                "-m",
                "crisis: share the incidents",
                "--",
                ".gitattributes",
                ".gitignore",
            ],
        )?;
    }
    make_private(dir)?;
    writeln!(
        out,
        "crisis: {} is shared through git; journals merge by event id (crisis sync commits, pulls and pushes)",
        dir.display()
    )?;
    Ok(FOUND)
}

pub(super) fn sync(ctx: &Ctx) -> Result<u8, CliError> {
    let dir = ctx.store.dir();
    if !dir.join(".gitattributes").exists() || !git_says(dir, &["rev-parse", "--show-toplevel"]) {
        return Err(CliError::NotShared(dir.to_owned()));
    }
    let mut out = io::stdout().lock();
    git(dir, &["add", "-A", "--", "."])?;
    if !git_says(dir, &["diff", "--cached", "--quiet"]) {
        let message = format!(
            "crisis: sync at {}",
            crate::clock::now().format("%Y-%m-%d %H:%M %:z")
        );
        git(dir, &["commit", "-q", "-m", &message])?;
        writeln!(out, "crisis: committed what changed")?;
    }
    if git_says(dir, &["remote", "get-url", "origin"]) {
        let branch = git(dir, &["rev-parse", "--abbrev-ref", "HEAD"])?;
        if git_says(
            dir,
            &["ls-remote", "--exit-code", "--heads", "origin", &branch],
        ) {
            git(dir, &["pull", "-q", "--rebase", "origin", &branch])?;
        }
        git(
            dir,
            &["push", "-q", "-u", "origin", &format!("HEAD:{branch}")],
        )?;
        writeln!(out, "crisis: in step with origin/{branch}")?;
    } else {
        writeln!(
            out,
            "crisis: no remote yet (crisis share init --remote URL)"
        )?;
    }
    make_private(dir)?;
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
    let merged = merge::union(&[("ours", &a), ("theirs", &b)])
        .map_err(|e| CliError::Merge(e.to_string()))?;
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
            let what = crate::text::one_line(&finding.what);
            writeln!(out, "{}:{}: {what}", path.display(), finding.line)?;
        }
    }
    if found == 0 {
        writeln!(out, "crisis: {} journal(s), all healthy", ids.len())?;
        return Ok(FOUND);
    }
    writeln!(
        out,
        "crisis: {found} finding(s) in {} journal(s)",
        ids.len()
    )?;
    Ok(NOTHING)
}
