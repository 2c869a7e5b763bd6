//! Sharing the incidents folder through git: `init` (a repository, the journal merge
//! driver, private files) and `sync` (commit, pull with rebase, push). Git runs as the user's
//! own command, so their configuration, credentials and hooks apply; crisis only ever adds
//! to a journal. The command line and the cockpit both call these, and say what was done
//! (`Done`) or what went wrong (`ShareError`) in the user's language with `say`.

use std::io;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::lang::Lang;
use crate::tr;

/// What git was asked to do and did not: `message` is what git said (in the user's language
/// when git is translated), or why it could not run.
#[derive(Debug, thiserror::Error)]
pub enum ShareError {
    #[error("{}", self.say(Lang::En))]
    Git { command: String, message: String },
    #[error("{}", self.say(Lang::En))]
    NoGit { command: String, source: io::Error },
    #[error("{}", self.say(Lang::En))]
    NotShared(PathBuf),
    #[error("{}", .path.display())]
    File {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
}

impl ShareError {
    pub fn say(&self, lang: Lang) -> String {
        let one = crate::text::one_line;
        match self {
            ShareError::Git { command, message } => tr!(
                lang,
                "share-git-failed",
                command = one(command),
                error = one(message)
            ),
            ShareError::NoGit { command, source } => tr!(
                lang,
                "share-no-git",
                command = one(command),
                error = crate::i18n::io_error(lang, source)
            ),
            ShareError::NotShared(dir) => {
                tr!(
                    lang,
                    "share-not-shared",
                    dir = one(&dir.display().to_string())
                )
            }
            ShareError::File { path, source } => crate::i18n::file_error(lang, path, source),
        }
    }
}

/// What `init` and `sync` did, for the command line and the cockpit to say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Done {
    /// The folder was no repository and is one now.
    MadeRepository(PathBuf),
    /// The folder is shared (what `init` always ends with).
    Shared(PathBuf),
    Committed,
    InStep {
        branch: String,
    },
    NoRemote,
}

impl Done {
    pub fn say(&self, lang: Lang) -> String {
        let path = |dir: &Path| crate::text::one_line(&dir.display().to_string());
        match self {
            Done::MadeRepository(dir) => tr!(lang, "share-made-repository", dir = path(dir)),
            Done::Shared(dir) => tr!(lang, "share-shared", dir = path(dir)),
            Done::Committed => tr!(lang, "share-committed"),
            Done::InStep { branch } => tr!(
                lang,
                "share-in-step",
                branch = crate::text::one_line(branch)
            ),
            Done::NoRemote => tr!(lang, "share-no-remote"),
        }
    }
}

fn file_error(path: &Path) -> impl Fn(io::Error) -> ShareError + '_ {
    move |source| ShareError::File {
        path: path.to_owned(),
        source,
    }
}

/// Committed with the journals: a clone that never ran `share init` still merges journals
/// line by line (git's union) rather than leaving conflict markers.
const ATTRIBUTES: &str = "journal.jsonl merge=union\n";
/// Kept out of the repository: a draft is one person's, the staging folders are half-made.
const IGNORE: &str = "draft.json\n.new-*/\n";
/// In this clone only (`.git/info/attributes` wins over `.gitattributes`): crisis's own
/// driver, which merges by event id.
const LOCAL_ATTRIBUTES: &str = "journal.jsonl merge=crisis\n";

/// Runs `git ARGS` in `dir`; its output, or an error with what git said.
fn git(dir: &Path, args: &[&str]) -> Result<String, ShareError> {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .map_err(|source| ShareError::NoGit {
            command: format!("git {}", args.join(" ")),
            source,
        })?;
    if !out.status.success() {
        return Err(ShareError::Git {
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
fn ensure(path: &Path, text: &str) -> Result<bool, ShareError> {
    let err = file_error(path);
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
fn make_private(dir: &Path) -> Result<(), ShareError> {
    let err = |path: &Path, source| ShareError::File {
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

/// Makes `dir` (the incidents folder) shared: a git repository, or the one it is in; the
/// attributes and ignore file committed; crisis's merge driver (`exe merge-driver`) in this
/// clone's config; `remote` as origin. Safe to run again. Returns what it did, to say.
pub fn init(dir: &Path, remote: Option<&str>, exe: &Path) -> Result<Vec<Done>, ShareError> {
    let mut said = Vec::new();
    std::fs::create_dir_all(dir).map_err(file_error(dir))?;
    if !git_says(dir, &["rev-parse", "--show-toplevel"]) {
        git(dir, &["init", "-q", "-b", "main"])?;
        said.push(Done::MadeRepository(dir.to_owned()));
    }
    let wrote = [
        ensure(&dir.join(".gitattributes"), ATTRIBUTES)?,
        ensure(&dir.join(".gitignore"), IGNORE)?,
    ];
    let local = dir.join(git(dir, &["rev-parse", "--git-path", "info/attributes"])?);
    if let Some(parent) = local.parent() {
        std::fs::create_dir_all(parent).map_err(file_error(parent))?;
    }
    ensure(&local, LOCAL_ATTRIBUTES)?;
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
        let message = "crisis: share the incidents";
        git(
            dir,
            &[
                "commit",
                "-q",
                "-m",
                message,
                "--",
                ".gitattributes",
                ".gitignore",
            ],
        )?;
    }
    make_private(dir)?;
    said.push(Done::Shared(dir.to_owned()));
    Ok(said)
}

/// Commits the journals that changed, pulls with rebase and pushes when there is a remote;
/// `now` names the commit. Returns what it did, to say.
pub fn sync(
    dir: &Path,
    now: chrono::DateTime<chrono::FixedOffset>,
) -> Result<Vec<Done>, ShareError> {
    if !dir.join(".gitattributes").exists() || !git_says(dir, &["rev-parse", "--show-toplevel"]) {
        return Err(ShareError::NotShared(dir.to_owned()));
    }
    let mut said = Vec::new();
    git(dir, &["add", "-A", "--", "."])?;
    if !git_says(dir, &["diff", "--cached", "--quiet"]) {
        let message = format!("crisis: sync at {}", now.format("%Y-%m-%d %H:%M %:z"));
        git(dir, &["commit", "-q", "-m", &message])?;
        said.push(Done::Committed);
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
        said.push(Done::InStep { branch });
    } else {
        said.push(Done::NoRemote);
    }
    make_private(dir)?;
    Ok(said)
}
