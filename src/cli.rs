//! The command line: clap definitions and one function per subcommand.
//!
//! Clap types stop here; everything below receives domain values (`Paths`, `Lang`, ids).

use std::io::{self, Write};
use std::path::PathBuf;

use clap::{CommandFactory, Parser, Subcommand, ValueEnum};

use crate::config::{Config, Paths};
use crate::incident::{Event, EventKind, NewIncident, Store, StoreError, human_duration};
use crate::phrasebook::{self, Lang, Phrasebook, Stage};
use crate::tui;

#[derive(Debug, Parser)]
#[command(
    name = "crisis",
    version,
    about = "A terminal cockpit for crisis communication.",
    long_about = "A terminal cockpit for crisis communication: the incident timeline, the next action, \
and the right sentence in French or English, one key away.\n\nWith no command, opens the cockpit on the \
latest open incident (or asks for a title)."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Cmd>,
}

#[derive(Debug, Subcommand)]
pub enum Cmd {
    /// Open a new incident and print its id
    New {
        /// What is happening, in a few words
        title: String,
        /// The client's name, for {client}
        #[arg(long)]
        client: Option<String>,
        /// 1 (worst) to 4
        #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u8).range(1..=4))]
        severity: u8,
        /// Language of the phrases and steps
        #[arg(long, value_parser = parse_lang)]
        lang: Option<Lang>,
    },
    /// Add an event to the latest open incident (or the one named); exits 0 once it is on disk
    Log {
        /// What happened
        text: String,
        /// What kind of event; `update` records a client update sent (restarts the countdown)
        #[arg(long, value_enum, default_value_t = LogKind::Note)]
        kind: LogKind,
        /// Incident id or an unambiguous prefix
        #[arg(long)]
        incident: Option<String>,
    },
    /// List open incidents (all with --all), newest first
    List {
        /// Resolved incidents too
        #[arg(long)]
        all: bool,
    },
    /// Mark an incident resolved (the latest open one by default)
    Resolve {
        /// Incident id or an unambiguous prefix
        id: Option<String>,
    },
    /// Write a post-mortem starter (Markdown) or the whole incident (JSON)
    Export {
        /// Incident id or an unambiguous prefix (the latest open one by default)
        id: Option<String>,
        /// md: a post-mortem starter; json: the state and every event
        #[arg(long, value_enum, default_value_t = ExportFormat::Md)]
        format: ExportFormat,
        /// Write to this file instead of standard output
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Search the phrasebook and print filled phrases, best first
    Phrases {
        /// Words that must each match, in any order (all phrases when empty)
        query: Vec<String>,
        /// en or fr (default: the open incident's language, else config's)
        #[arg(long, value_parser = parse_lang)]
        lang: Option<Lang>,
        /// Only phrases of this stage (prepare, acknowledge, update, workaround, boundaries,
        /// resolve, follow-up, learn)
        #[arg(long, value_parser = parse_stage)]
        stage: Option<Stage>,
        /// How many phrases to print
        #[arg(long, default_value_t = 10)]
        limit: usize,
        /// Copy the first phrase to the clipboard
        #[arg(long)]
        copy: bool,
        /// Print JSON instead of text
        #[arg(long)]
        json: bool,
        /// Add this phrasebook file for this run (may be repeated)
        #[arg(long = "phrasebook", value_name = "FILE")]
        phrasebooks: Vec<PathBuf>,
    },
    /// Validate phrasebook files (the built-in ones when none is given)
    Check {
        /// Phrasebook TOML files
        files: Vec<PathBuf>,
    },
    /// Print shell completions
    Completions {
        /// bash, zsh, fish, elvish or powershell
        shell: clap_complete::Shell,
    },
    /// Serve the system clipboard until another program takes it (started by crisis itself)
    #[command(name = "__serve-clipboard", hide = true)]
    ServeClipboard,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ExportFormat {
    Md,
    Json,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum LogKind {
    Note,
    Update,
    Contact,
    Decision,
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    s.parse()
}

fn parse_stage(s: &str) -> Result<Stage, String> {
    s.parse()
}

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Config(#[from] crate::config::ConfigError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Journal(#[from] crate::incident::JournalError),
    #[error("{0}")]
    Io(#[from] io::Error),
    #[error("{0}")]
    Message(String),
}

/// Runs the command line; returns the process exit code.
pub fn run(cli: Cli) -> Result<u8, CliError> {
    let result = match cli.command {
        None => cockpit(),
        Some(Cmd::Check { files }) => check(&files),
        Some(Cmd::ServeClipboard) => Ok(crate::clipboard::serve()),
        Some(Cmd::Completions { shell }) => {
            clap_complete::generate(shell, &mut Cli::command(), "crisis", &mut io::stdout());
            Ok(0)
        }
        Some(Cmd::New {
            title,
            client,
            severity,
            lang,
        }) => new_incident(&Ctx::load()?, title, client, severity, lang),
        Some(Cmd::Log {
            text,
            kind,
            incident,
        }) => log(&Ctx::load()?, text, kind, incident),
        Some(Cmd::List { all }) => list(&Ctx::load()?, all),
        Some(Cmd::Resolve { id }) => resolve(&Ctx::load()?, id),
        Some(Cmd::Export { id, format, output }) => export(&Ctx::load()?, id, format, output),
        Some(Cmd::Phrases {
            query,
            lang,
            stage,
            limit,
            copy,
            json,
            phrasebooks,
        }) => {
            let query = PhraseQuery {
                query: query.join(" "),
                lang,
                stage,
                limit,
                copy,
                json,
            };
            phrases(&Ctx::load()?, query, &phrasebooks)
        }
    };
    match result {
        // `crisis list | head` closes the pipe early; that is not a failure.
        Err(CliError::Io(e)) if e.kind() == io::ErrorKind::BrokenPipe => Ok(0),
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
            eprintln!(
                "crisis: warning: {}; using the default settings",
                crate::sanitize::one_line(&e.to_string())
            );
            Config::default()
        });
        let store = Store::new(&paths.data);
        Ok(Ctx {
            paths,
            config,
            store,
        })
    }
}

fn new_incident(
    ctx: &Ctx,
    title: String,
    client: Option<String>,
    severity: u8,
    lang: Option<Lang>,
) -> Result<u8, CliError> {
    if title.trim().is_empty() {
        return Err(CliError::Message("the title is empty".into()));
    }
    let lang = lang.unwrap_or(ctx.config.lang);
    let opened = ctx.store.create(
        tui::now(),
        NewIncident {
            title,
            severity,
            client,
            lang,
        },
    )?;
    writeln!(io::stdout(), "{}", opened.incident.id)?;
    Ok(0)
}

fn log(ctx: &Ctx, text: String, kind: LogKind, incident: Option<String>) -> Result<u8, CliError> {
    let opened = ctx.store.named_or_latest(incident.as_deref())?;
    let text = crate::sanitize::clean(text.trim());
    if text.is_empty() {
        return Err(CliError::Message("the text is empty".into()));
    }
    let kind = match kind {
        LogKind::Note => EventKind::Note { text },
        LogKind::Update => EventKind::UpdateSent { text: Some(text) },
        LogKind::Contact => EventKind::Contact { text },
        LogKind::Decision => EventKind::Decision { text },
    };
    opened.journal.append(&Event::new(tui::now(), kind))?;
    Ok(0)
}

fn list(ctx: &Ctx, all: bool) -> Result<u8, CliError> {
    let now = tui::now();
    let mut incidents = Vec::new();
    for id in ctx.store.ids()? {
        match ctx.store.open(&id) {
            Ok(opened) if all || opened.incident.is_open() => incidents.push(opened.incident),
            Ok(_) => {}
            Err(e) => eprintln!("crisis: {}", crate::sanitize::one_line(&e.to_string())),
        }
    }
    // Newest first by the time they were opened, which ids alone do not settle.
    incidents.sort_by(|a, b| (b.opened_at, &b.id).cmp(&(a.opened_at, &a.id)));
    let mut out = io::stdout().lock();
    for incident in incidents {
        let state = match incident.resolved_at {
            Some(at) => format!("resolved after {}", human_duration(at - incident.opened_at)),
            None => format!("open {}", human_duration(now - incident.opened_at)),
        };
        let client = incident
            .client
            .as_deref()
            .map(|c| format!(" ({c})"))
            .unwrap_or_default();
        // Journal text is user data: nothing in it may drive the terminal.
        let line = format!(
            "{}  SEV{}  {state}  {}{client}",
            incident.id, incident.severity, incident.title
        );
        writeln!(out, "{}", crate::sanitize::one_line(&line))?;
    }
    Ok(0)
}

fn resolve(ctx: &Ctx, id: Option<String>) -> Result<u8, CliError> {
    let opened = ctx.store.named_or_latest(id.as_deref())?;
    if !opened.incident.is_open() {
        return Err(CliError::Message(format!(
            "{} is already resolved",
            opened.incident.id
        )));
    }
    let resolved = Event::new(tui::now(), EventKind::Resolved { text: None });
    opened.journal.append(&resolved)?;
    writeln!(io::stdout(), "{} resolved", opened.incident.id)?;
    Ok(0)
}

fn export(
    ctx: &Ctx,
    id: Option<String>,
    format: ExportFormat,
    output: Option<PathBuf>,
) -> Result<u8, CliError> {
    let opened = ctx.store.named_or_latest(id.as_deref())?;
    let (book, _) = load_phrasebook(&ctx.paths, &[]);
    let text = match format {
        ExportFormat::Md => crate::export::markdown(&opened.incident, &book, tui::now()),
        ExportFormat::Json => {
            let value = crate::export::json(&opened.incident);
            serde_json::to_string_pretty(&value).map_err(io::Error::from)? + "\n"
        }
    };
    match output {
        Some(path) => std::fs::write(&path, text)
            .map_err(|e| CliError::Message(format!("{}: {e}", path.display())))?,
        None => io::stdout().write_all(text.as_bytes())?,
    }
    Ok(0)
}

struct PhraseQuery {
    query: String,
    lang: Option<Lang>,
    stage: Option<Stage>,
    limit: usize,
    copy: bool,
    json: bool,
}

fn phrases(ctx: &Ctx, q: PhraseQuery, extra: &[PathBuf]) -> Result<u8, CliError> {
    let (paths, config, store) = (&ctx.paths, &ctx.config, &ctx.store);
    let (book, warnings) = load_phrasebook(paths, extra);
    // The process ends right after: freeing 100k phrases one by one would only cost time.
    let book = std::mem::ManuallyDrop::new(book);
    for warning in &warnings {
        eprintln!("crisis: warning: {}", crate::sanitize::one_line(warning));
    }
    // Fill from the incident at hand when there is one; a problem with it must not stop a search.
    let incident = store.latest_open().ok().flatten().map(|o| o.incident);
    let lang = q
        .lang
        .or(incident.as_ref().map(|i| i.lang))
        .unwrap_or(config.lang);
    let values = match &incident {
        Some(i) => i.placeholder_values(config.me().as_deref(), config.cadence()),
        None => config
            .me()
            .map(|me| [("me".to_string(), me)].into())
            .unwrap_or_default(),
    };
    let index = std::mem::ManuallyDrop::new(phrasebook::SearchIndex::new(&book.phrases));
    let wanted = if q.stage.is_some() {
        usize::MAX
    } else {
        q.limit
    };
    let found: Vec<_> = index
        .search(&q.query, lang, None, wanted)
        .into_iter()
        .filter(|h| q.stage.is_none_or(|s| book.phrases[h.index].stage == s))
        .take(q.limit)
        .map(|hit| {
            let phrase = &book.phrases[hit.index];
            (hit, phrase, phrasebook::fill(&phrase.text, &values))
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
            crate::sanitize::one_line(&q.query)
        );
        return Ok(1);
    };
    if q.copy {
        let env = crate::clipboard::Env::from_process();
        let provider =
            crate::clipboard::provider(config.clipboard, config.clipboard_command.as_deref(), &env)
                .map_err(|e| CliError::Message(e.to_string()))?;
        let said = crate::clipboard::copy(
            &filled.text,
            &provider,
            config.clipboard,
            crate::clipboard::Terminal::Tty,
        )
        .map_err(|e| CliError::Message(format!("could not copy: {e}")))?;
        eprintln!("crisis: {}: {said}", crate::sanitize::one_line(&phrase.id));
        if !filled.missing.is_empty() {
            let names: Vec<_> = filled.missing.iter().map(|m| format!("{{{m}}}")).collect();
            eprintln!("crisis: warning: {} not filled", names.join(" "));
        }
        if let Some(incident) = &incident {
            let event = Event::new(
                tui::now(),
                EventKind::PhraseCopied {
                    phrase: phrase.id.clone(),
                    lang: phrase.lang,
                },
            );
            store.open(&incident.id)?.journal.append(&event)?;
        }
    }
    Ok(0)
}

fn check(files: &[PathBuf]) -> Result<u8, CliError> {
    let sources = if files.is_empty() {
        phrasebook::check::builtin_sources()
    } else {
        let mut sources = Vec::new();
        for path in files {
            let bytes = std::fs::read(path)
                .map_err(|e| CliError::Message(format!("{}: {e}", path.display())))?;
            sources.push((path.display().to_string(), bytes));
        }
        sources
    };
    let diags = phrasebook::check::check(&sources);
    for diag in &diags {
        // Messages quote the file's own text, which may hold escape sequences.
        eprintln!("{}", crate::sanitize::one_line(&diag.to_string()));
    }
    if diags.is_empty() {
        println!("{} file(s) checked, no problem found", sources.len());
        Ok(0)
    } else {
        eprintln!(
            "{} problem(s) found; fix them and run `crisis check` again (meanwhile the cockpit skips the broken entries)",
            diags.len()
        );
        Ok(1)
    }
}

/// The built-in phrasebook with the user's files over it, and a warning per problem.
/// Files are read through the phrase cache, so a large one is parsed once, not on every run.
pub fn load_phrasebook(paths: &Paths, extra: &[PathBuf]) -> (Phrasebook, Vec<String>) {
    let cache = phrasebook::cache::Cache::new(&paths.cache);
    let (mut files, mut diags) = cache.user_files(&paths.user_phrasebook_dir());
    let (extra_files, extra_diags) = cache.read_files(extra);
    files.extend(extra_files);
    diags.extend(extra_diags);
    let book = Phrasebook::merge(cache.builtin_files().into_iter().chain(files));
    let warnings = diags
        .iter()
        .map(|d| format!("{d} (that entry or file was skipped)"))
        .collect();
    (book, warnings)
}

fn cockpit() -> Result<u8, CliError> {
    let paths = Paths::from_env()?;
    let mut warnings = Vec::new();
    let config = Config::load(&paths.config_file()).unwrap_or_else(|e| {
        warnings.push(format!("{e}; using the default settings"));
        Config::default()
    });
    let (book, book_warnings) = load_phrasebook(&paths, &[]);
    warnings.extend(book_warnings);
    let store = Store::new(&paths.data);
    let opened = store.latest_open()?;
    if let Some(opened) = &opened {
        warnings.extend(opened.warnings.iter().cloned());
    }
    let settings = tui::app::Settings {
        cadence: config.cadence(),
        me: config.me(),
        lang: config.lang,
    };
    let env = crate::clipboard::Env::from_process();
    let clipboard =
        crate::clipboard::provider(config.clipboard, config.clipboard_command.as_deref(), &env)
            .map(|p| (p, config.clipboard))
            .map_err(|e| e.to_string());
    let code = tui::run(tui::Start {
        store,
        book,
        opened,
        settings,
        warnings,
        clipboard,
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
