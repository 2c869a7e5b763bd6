//! The command line: one function per subcommand, over the library's use cases.
//!
//! Clap types stop here; everything below receives domain values (`Paths`, `Lang`, ids).
//! Exit codes follow ripgrep: 0 found, 1 nothing found (or problems reported), 2 error.

pub mod args;
mod compose;
mod error;
mod help;
mod incidents;
pub mod lang;
mod lint;
mod pace;
mod share;
mod usage;
mod values;
mod words;

use std::io;
use std::path::PathBuf;

pub use args::{Cli, Cmd, ExportFormat, LogKind};
pub use error::CliError;
pub use help::{command, parse};
pub use lang::speaking;

use crate::config::{Config, Paths};
use crate::incident::{Incident, Opened, Store, Unreadable};
use crate::lang::Lang;
use crate::phrasebook::Phrasebook;
use crate::tr;
use crate::tui;

/// Success.
pub const FOUND: u8 = 0;
/// The command worked and found nothing (no phrase matched), or found problems (`check`).
pub const NOTHING: u8 = 1;
/// Something went wrong; the message says what.
pub const ERROR: u8 = 2;

/// Runs the command line; returns the process exit code.
/// An error is printed by the caller, with [`error_line`], in the language chosen by then.
pub fn run(cli: Cli) -> Result<u8, CliError> {
    lang::speak(lang::chosen(cli.lang, lang::configured(), lang::locale()));
    crate::clock::fixed().map_err(CliError::Clock)?;
    let flag = cli.lang;
    let result = match cli.command {
        None => cockpit(None),
        Some(Cmd::Open { id }) => cockpit(Some(&id)),
        Some(Cmd::Reopen { id, incident }) => incidents::reopen(&Ctx::load(flag)?, id.or(incident)),
        Some(Cmd::Check { files }) => words::check(&files, speaking()),
        Some(Cmd::ServeClipboard) => Ok(crate::clipboard::serve()),
        Some(Cmd::Completions { shell }) => {
            let mut cmd = command(speaking());
            clap_complete::generate(shell, &mut cmd, "crisis", &mut io::stdout());
            Ok(FOUND)
        }
        Some(Cmd::New {
            title,
            client,
            severity,
        }) => incidents::new(&Ctx::load(flag)?, title, client, severity),
        Some(Cmd::Log {
            text,
            kind,
            next,
            incident,
        }) => incidents::log(&Ctx::load(flag)?, text, kind, next, incident),
        Some(Cmd::List { all }) => incidents::list(&Ctx::load(flag)?, all),
        Some(Cmd::Resolve { id, incident }) => {
            incidents::resolve(&Ctx::load(flag)?, id.or(incident))
        }
        Some(Cmd::Status { status, incident }) => pace::status(&Ctx::load(flag)?, status, incident),
        Some(Cmd::Set {
            key,
            value,
            incident,
        }) => incidents::set(&Ctx::load(flag)?, &key, &value, incident),
        Some(Cmd::Undo { incident }) => incidents::undo(&Ctx::load(flag)?, incident),
        Some(Cmd::FollowUp {
            text,
            at,
            done,
            list: _,
            incident,
        }) => pace::follow_up(&Ctx::load(flag)?, text, at, done, incident),
        Some(Cmd::Cadence {
            action: Some(args::CadenceCmd::Parse { text }),
            ..
        }) => pace::parse(&text, speaking()),
        Some(Cmd::Cadence {
            action: None,
            incident,
            format,
        }) => pace::cadence(&Ctx::load(flag)?, incident, format),
        Some(Cmd::Export {
            id,
            incident,
            format,
            output,
        }) => incidents::export(&Ctx::load(flag)?, id.or(incident), format, output),
        Some(Cmd::Phrases(args)) => words::phrases(&Ctx::load(flag)?, &args),
        Some(Cmd::Compose(args)) => compose::compose(&Ctx::load(flag)?, &args),
        Some(Cmd::Lint(args)) => lint::lint(&Ctx::load(flag)?, &args),
        Some(Cmd::Share {
            action: args::ShareCmd::Init { remote },
        }) => share::init(&Ctx::load(flag)?, remote.as_deref()),
        Some(Cmd::Sync) => share::sync(&Ctx::load(flag)?),
        Some(Cmd::Doctor { incident }) => share::doctor(&Ctx::load(flag)?, incident.as_deref()),
        Some(Cmd::MergeDriver { ours, theirs, .. }) => share::merge_driver(&ours, &theirs),
        Some(Cmd::Impact {
            affected,
            total,
            format,
        }) => words::impact(&affected, &total, flag.unwrap_or(speaking()), format),
    };
    match result {
        // `crisis list | head` closes the pipe early; that is not a failure.
        Err(CliError::Io(e)) if e.kind() == io::ErrorKind::BrokenPipe => Ok(FOUND),
        other => other,
    }
}

/// `crisis: …` on stderr: how an error ends the command, in the language chosen by then.
pub fn error_line(e: &CliError) -> String {
    let lang = speaking();
    let error = crate::text::one_line(&e.said(lang));
    tr!(lang, "cli-error", error = error)
}

/// What the incident commands need: the folders, the settings, the incidents, and the
/// language: `--lang`, else config's, else the locale's, until an incident is read.
struct Ctx {
    paths: Paths,
    config: Config,
    store: Store,
    flag: Option<Lang>,
    lang: Lang,
}

impl Ctx {
    fn load(flag: Option<Lang>) -> Result<Ctx, CliError> {
        let paths = Paths::from_env()?;
        // A typo in config.toml must not stop anyone from recording an event mid-incident.
        let config = Config::load(&paths.config_file()).unwrap_or_else(|e| {
            let error = e.say(speaking());
            warn(&tr!(speaking(), "cli-default-settings", error = error));
            Config::default()
        });
        let lang = lang::chosen(flag, config.chosen_lang(), lang::locale());
        lang::speak(lang);
        if let Some(author) = config.author() {
            crate::incident::event::set_author(&author);
        }
        let store = Store::new(&paths.data);
        Ok(Ctx {
            paths,
            config,
            store,
            flag,
            lang,
        })
    }

    /// The incident named by `id`, or the latest open one; what was skipped on the way
    /// (a torn last line) is said on stderr, as every command says it. From then on the
    /// command speaks the incident's language, unless `--lang` says otherwise.
    fn incident(&self, id: Option<&str>) -> Result<Opened, CliError> {
        let opened = self.store.named_or_latest(id)?;
        self.speak_of(Some(&opened.incident));
        for warning in &opened.warnings {
            warn(&warning.say(speaking()));
        }
        Ok(opened)
    }

    /// The language to speak of `incident` in: `--lang`, else the incident's, else the one
    /// chosen before any incident was read.
    fn speak_of(&self, incident: Option<&Incident>) -> Lang {
        let lang = self.flag.or(incident.map(|i| i.lang)).unwrap_or(self.lang);
        lang::speak(lang);
        lang
    }

    fn phrasebook(&self, extra: &[PathBuf]) -> (Phrasebook, Vec<String>) {
        load_phrasebook(&self.paths, extra)
    }
}

/// "crisis: warning: …" on stderr, cleaned of anything that could drive the terminal.
fn warn(text: &str) {
    let text = crate::text::one_line(text);
    eprintln!("{}", tr!(speaking(), "cli-warning", text = text));
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
            eprintln!("{}", tr!(speaking(), "cli-indexing"));
        }
    });
    let (book, diags) = Phrasebook::load(&paths.cache, &paths.user_phrasebook_dir(), extra);
    drop(done);
    let _ = notice.join();
    let lang = speaking();
    let warnings = diags
        .iter()
        .map(|d| tr!(lang, "cli-book-skipped", problem = d.say(lang)))
        .collect();
    (book, warnings)
}

/// The cockpit, on the incident `id` names, or the latest open one.
fn cockpit(id: Option<&str>) -> Result<u8, CliError> {
    let paths = Paths::from_env()?;
    let mut warnings = Vec::new();
    let config = Config::load(&paths.config_file()).unwrap_or_else(|e| {
        let error = e.say(speaking());
        warnings.push(tr!(speaking(), "cli-default-settings", error = error));
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
        // The cockpit speaks the incident's language.
        let lang = opened.incident.lang;
        warnings.extend(opened.warnings.iter().map(|w| w.say(lang)));
    }
    let lint = crate::lint::load(&paths.config).unwrap_or_else(|e| {
        warnings.push(tr!(
            speaking(),
            "cli-default-rules",
            error = e.say(speaking())
        ));
        crate::lint::Rules::builtin()
    });
    let settings = tui::app::Settings {
        values: config.settings(),
        // A new incident speaks what the command line speaks: --lang, config, the locale.
        lang: speaking(),
        notify: config.notify,
        sync_every: config
            .sync_every
            .map(|m| chrono::Duration::minutes(i64::from(m.max(1)))),
    };
    let env = crate::clipboard::Env::from_process();
    let clipboard =
        crate::clipboard::provider(config.clipboard, config.clipboard_command.as_deref(), &env)
            .map(|p| (p, config.clipboard))
            .map_err(|e| e.say(speaking()));
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
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
