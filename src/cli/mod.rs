//! The command line: one function per subcommand, over the library's use cases.
//!
//! Clap types stop here; everything below receives domain values (`Paths`, `Lang`, ids).
//! Exit codes follow ripgrep: 0 found, 1 nothing found (or problems reported), 2 error.

pub mod args;
mod compose;
mod incidents;
mod lint;
mod pace;
mod share;
mod words;

use std::io;
use std::path::PathBuf;

use clap::CommandFactory;

pub use args::{Cli, Cmd, ExportFormat, LogKind};

use crate::config::{Config, ConfigError, Paths};
use crate::incident::{IncidentId, JournalError, Opened, Store, StoreError, Unreadable};
use crate::phrasebook::Phrasebook;
use crate::tui;

/// Success.
pub const FOUND: u8 = 0;
/// The command worked and found nothing (no phrase matched), or found problems (`check`).
pub const NOTHING: u8 = 1;
/// Something went wrong; the message says what.
pub const ERROR: u8 = 2;

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Journal(#[from] JournalError),
    #[error(transparent)]
    Io(#[from] io::Error),
    #[error("{}", .path.display())]
    File {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("the {0} is empty")]
    Empty(&'static str),
    #[error("the text is {0} bytes long; an event holds at most 64 KiB (65,536 bytes)")]
    TooLong(usize),
    #[error("{} is already resolved", crate::text::one_line(.0.as_str()))]
    AlreadyResolved(IncidentId),
    #[error("{} is open: there is nothing to reopen", crate::text::one_line(.0.as_str()))]
    NotResolved(IncidentId),
    #[error("no incident yet, so none to reopen (crisis list --all)")]
    NothingToReopen,
    #[error("could not copy")]
    Copy(#[from] crate::clipboard::ClipboardError),
    #[error("{0}")]
    Clock(String),
    #[error("`{}` is not a time (try 14:30, 2:30 pm, \"in 20 min\" or \"dans 20 min\")", crate::text::one_line(.0))]
    NotATime(String),
    #[error("`{}` has already passed: a promise lies ahead", crate::text::one_line(.0))]
    AlreadyPast(String),
    #[error("{0} goes with {1}")]
    GoesWith(&'static str, &'static str),
    #[error("{0}")]
    Correction(String),
    #[error(transparent)]
    Rules(#[from] crate::lint::RuleError),
    #[error(transparent)]
    Share(#[from] crate::share::ShareError),
    #[error("could not merge the journals: {0}")]
    Merge(String),
    #[error("nothing to take back: the incident holds only its opening")]
    NothingToUndo,
    #[error("no follow-up is left to do")]
    NoFollowUp,
    #[error(
        "{} not filled, so nothing was copied: set {} with `crisis set NAME VALUE`",
        .0.iter().map(|m| format!("{{{m}}}")).collect::<Vec<_>>().join(" "),
        if .0.len() == 1 { "it" } else { "them" }
    )]
    Unfilled(Vec<String>),
}

/// Runs the command line; returns the process exit code.
pub fn run(cli: Cli) -> Result<u8, CliError> {
    crate::clock::fixed().map_err(CliError::Clock)?;
    let result = match cli.command {
        None => cockpit(None),
        Some(Cmd::Open { id }) => cockpit(Some(&id)),
        Some(Cmd::Reopen { id, incident }) => incidents::reopen(&Ctx::load()?, id.or(incident)),
        Some(Cmd::Check { files }) => words::check(&files),
        Some(Cmd::ServeClipboard) => Ok(crate::clipboard::serve()),
        Some(Cmd::Completions { shell }) => {
            clap_complete::generate(shell, &mut Cli::command(), "crisis", &mut io::stdout());
            Ok(FOUND)
        }
        Some(Cmd::New {
            title,
            client,
            severity,
            lang,
        }) => incidents::new(&Ctx::load()?, title, client, severity, lang),
        Some(Cmd::Log {
            text,
            kind,
            next,
            incident,
        }) => incidents::log(&Ctx::load()?, text, kind, next, incident),
        Some(Cmd::List { all }) => incidents::list(&Ctx::load()?, all),
        Some(Cmd::Resolve { id, incident }) => incidents::resolve(&Ctx::load()?, id.or(incident)),
        Some(Cmd::Status { status, incident }) => pace::status(&Ctx::load()?, status, incident),
        Some(Cmd::Set {
            key,
            value,
            incident,
        }) => incidents::set(&Ctx::load()?, &key, &value, incident),
        Some(Cmd::Undo { incident }) => incidents::undo(&Ctx::load()?, incident),
        Some(Cmd::FollowUp {
            text,
            at,
            done,
            list: _,
            incident,
        }) => pace::follow_up(&Ctx::load()?, text, at, done, incident),
        Some(Cmd::Cadence {
            action: Some(args::CadenceCmd::Parse { text, .. }),
            ..
        }) => pace::parse(&text),
        Some(Cmd::Cadence {
            action: None,
            incident,
            format,
        }) => pace::cadence(&Ctx::load()?, incident, format),
        Some(Cmd::Export {
            id,
            incident,
            format,
            output,
        }) => incidents::export(&Ctx::load()?, id.or(incident), format, output),
        Some(Cmd::Phrases(args)) => words::phrases(&Ctx::load()?, &args),
        Some(Cmd::Compose(args)) => compose::compose(&Ctx::load()?, &args),
        Some(Cmd::Lint(args)) => lint::lint(&Ctx::load()?, &args),
        Some(Cmd::Share {
            action: args::ShareCmd::Init { remote },
        }) => share::init(&Ctx::load()?, remote.as_deref()),
        Some(Cmd::Sync) => share::sync(&Ctx::load()?),
        Some(Cmd::Doctor { incident }) => share::doctor(&Ctx::load()?, incident.as_deref()),
        Some(Cmd::MergeDriver { ours, theirs, .. }) => share::merge_driver(&ours, &theirs),
        Some(Cmd::Impact {
            affected,
            total,
            lang,
            format,
        }) => words::impact(&affected, &total, lang, format),
    };
    match result {
        // `crisis list | head` closes the pipe early; that is not a failure.
        Err(CliError::Io(e)) if e.kind() == io::ErrorKind::BrokenPipe => Ok(FOUND),
        other => other,
    }
}

/// What the incident commands need: the folders, the settings and the incidents.
struct Ctx {
    paths: Paths,
    config: Config,
    store: Store,
}

impl Ctx {
    fn load() -> Result<Ctx, CliError> {
        let paths = Paths::from_env()?;
        // A typo in config.toml must not stop anyone from recording an event mid-incident.
        let config = Config::load(&paths.config_file()).unwrap_or_else(|e| {
            warn(&format!(
                "{}; using the default settings",
                crate::text::error_chain(&e)
            ));
            Config::default()
        });
        if let Some(author) = config.author() {
            crate::incident::event::set_author(&author);
        }
        let store = Store::new(&paths.data);
        Ok(Ctx {
            paths,
            config,
            store,
        })
    }

    /// The incident named by `id`, or the latest open one; what was skipped on the way
    /// (a torn last line) is said on stderr, as every command says it.
    fn incident(&self, id: Option<&str>) -> Result<Opened, CliError> {
        let opened = self.store.named_or_latest(id)?;
        for warning in &opened.warnings {
            warn(warning);
        }
        Ok(opened)
    }

    fn phrasebook(&self, extra: &[PathBuf]) -> (Phrasebook, Vec<String>) {
        load_phrasebook(&self.paths, extra)
    }
}

/// "crisis: warning: …" on stderr, cleaned of anything that could drive the terminal.
fn warn(text: &str) {
    eprintln!("crisis: warning: {}", crate::text::one_line(text));
}

/// The built-in phrasebook with the user's files (and `extra`) over it, and its warnings.
/// The first run after a large phrasebook changes parses and indexes it (seconds at a million
/// phrases): after a second (`CRISIS_PROGRESS_AFTER_MS` milliseconds, for tests) it says so.
fn load_phrasebook(paths: &Paths, extra: &[PathBuf]) -> (Phrasebook, Vec<String>) {
    let after = std::env::var("CRISIS_PROGRESS_AFTER_MS")
        .ok()
        .and_then(|ms| ms.parse().ok())
        .map_or(
            std::time::Duration::from_secs(1),
            std::time::Duration::from_millis,
        );
    let (done, waiting) = std::sync::mpsc::channel::<()>();
    let notice = std::thread::spawn(move || {
        // Nothing is ever sent: the sender dropped means the load is over.
        if let Err(std::sync::mpsc::RecvTimeoutError::Timeout) = waiting.recv_timeout(after) {
            eprintln!(
                "crisis: reading and indexing the phrasebook (the first run since it changed)…"
            );
        }
    });
    let loaded = Phrasebook::load(&paths.cache, &paths.user_phrasebook_dir(), extra);
    drop(done);
    let _ = notice.join();
    loaded
}

/// The cockpit, on the incident `id` names, or the latest open one.
fn cockpit(id: Option<&str>) -> Result<u8, CliError> {
    let paths = Paths::from_env()?;
    let mut warnings = Vec::new();
    let config = Config::load(&paths.config_file()).unwrap_or_else(|e| {
        warnings.push(format!(
            "{}; using the default settings",
            crate::text::error_chain(&e)
        ));
        Config::default()
    });
    if let Some(author) = config.author() {
        crate::incident::event::set_author(&author);
    }
    let (book, book_warnings) = load_phrasebook(&paths, &[]);
    warnings.extend(book_warnings);
    let store = Store::new(&paths.data);
    let opened = match id {
        Some(id) => Some(store.named_or_latest(Some(id))?),
        None => store.latest_open(Unreadable::Skip)?,
    };
    if let Some(opened) = &opened {
        warnings.extend(opened.warnings.iter().cloned());
    }
    let lint = crate::lint::load(&paths.config).unwrap_or_else(|e| {
        warnings.push(format!(
            "{}; using the built-in tone rules",
            crate::text::error_chain(&e)
        ));
        crate::lint::Rules::builtin()
    });
    let settings = tui::app::Settings {
        values: config.settings(),
        lang: config.lang,
        notify: config.notify,
        sync_every: config
            .sync_every
            .map(|m| chrono::Duration::minutes(i64::from(m.max(1)))),
    };
    let env = crate::clipboard::Env::from_process();
    let clipboard =
        crate::clipboard::provider(config.clipboard, config.clipboard_command.as_deref(), &env)
            .map(|p| (p, config.clipboard))
            .map_err(|e| crate::text::error_chain(&e));
    let code = tui::open(tui::Start {
        store,
        book,
        opened,
        settings,
        warnings,
        clipboard,
        lint,
    })?;
    Ok(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}
