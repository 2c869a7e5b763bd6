//! The loop and its effects: the only place that touches the journal, the clipboard, the
//! clock and the terminal's input.
//!
//! Threads (terminal input, a one-second ticker and signals from `feeds.rs`, the search and
//! slow-effects workers) send actions into one channel; the loop resolves keys through the key table,
//! calls `App::update`, performs the effects it asks for, and redraws once the channel is
//! drained. No polling, no async runtime.

use std::collections::VecDeque;
use std::io::{self, Write};
use std::sync::mpsc::Receiver;
use std::time::Duration;

use super::action::{Action, Copied, Effect, Failure};
use super::app::App;
use super::worker::{Searcher, Slow, SlowJob};
use super::{keymap, layout, terminal};
use crate::clipboard::{self, Provider};
use crate::clock;
use crate::config::ClipboardChoice;
use crate::incident::draft::DraftError;
use crate::incident::{Draft, Event, EventKind, Journal, NewIncident, Severity, Store, Warning};
use crate::lang::Lang;
use crate::tr;

/// How long a copy may take before the cockpit gives up waiting for it.
const COPY_LIMIT: Duration = Duration::from_secs(5);
/// A sync talks to a remote over the network: it gets longer, but not forever.
const SYNC_LIMIT: Duration = Duration::from_secs(60);

/// What reaches the loop from outside the model: a key still to resolve, an action, or a
/// request to stop for a while (SIGTSTP), which only the loop, owning the terminal, can do.
pub enum Input {
    Key(ratatui::crossterm::event::KeyEvent),
    // Boxed: an action carries whole events, and keys, the most frequent input, are small.
    Action(Box<Action>),
    Suspend,
}

impl From<Action> for Input {
    fn from(action: Action) -> Input {
        Input::Action(Box::new(action))
    }
}

/// The loop's side of the effects: the open journal, the workers, the clipboard.
pub struct Runtime {
    pub store: Store,
    pub journal: Option<Journal>,
    pub offset: u64,
    pub lines: usize,
    /// The bytes just before `offset` when they were read, to notice a rewritten journal.
    pub seal: Vec<u8>,
    pub search: Searcher,
    pub slow: Slow,
    /// Language of incidents created from the prompt.
    pub lang: Lang,
    /// The language the cockpit speaks now (the app's), for what goes wrong here.
    pub speaks: Lang,
    pub clipboard: Result<(Provider, ClipboardChoice), String>,
}

pub fn event_loop(
    term: &mut terminal::Term,
    app: &mut App,
    runtime: &mut Runtime,
    rx: &Receiver<Input>,
    mut effects: Vec<Effect>,
) -> io::Result<()> {
    effects.extend(app.update(screen_size(term)));
    loop {
        runtime.speaks = app.lang;
        let mut queue: VecDeque<Action> =
            effects.drain(..).flat_map(|e| runtime.perform(e)).collect();
        while let Some(action) = queue.pop_front() {
            let more = app.update(action);
            runtime.speaks = app.lang;
            queue.extend(more.into_iter().flat_map(|e| runtime.perform(e)));
        }
        if app.exit.is_some() {
            return Ok(());
        }
        term.draw(|frame| layout::draw(app, frame))?;
        // Block until something happens, then take everything already waiting before redrawing.
        let Ok(first) = rx.recv() else { return Ok(()) };
        for input in std::iter::once(first).chain(rx.try_iter()) {
            let action = match input {
                Input::Key(key) => match keymap::resolve(key, app.scope()) {
                    Some(action) => action,
                    None => continue,
                },
                Input::Action(action) => *action,
                Input::Suspend => {
                    terminal::suspend(term)?;
                    // The terminal may have changed size while the cockpit was stopped.
                    screen_size(term)
                }
            };
            effects.extend(app.update(action));
            if app.exit.is_some() {
                break;
            }
        }
    }
}

/// The terminal's size, for the mouse to find the panes where the next frame draws them.
fn screen_size(term: &terminal::Term) -> Action {
    let size = term.size().unwrap_or_default();
    Action::Resize {
        width: size.width,
        height: size.height,
    }
}

impl Runtime {
    /// Carries out one effect; its outcome comes back as actions (at once, or from a worker).
    fn perform(&mut self, effect: Effect) -> Vec<Action> {
        let lang = self.speaks;
        match effect {
            Effect::Search(query) => {
                self.search.send(query);
                Vec::new()
            }
            Effect::Append(kind) => {
                let Some(journal) = &self.journal else {
                    return Vec::new();
                };
                match journal.append(&Event::new(clock::now(), kind.clone())) {
                    Ok(()) => self.poll(),
                    Err(e) => vec![Action::AppendFailed {
                        kind,
                        message: e.say(lang),
                    }],
                }
            }
            Effect::PollJournal => self.poll(),
            Effect::Sync => {
                let dir = self.store.dir().to_owned();
                let limit = SYNC_LIMIT.as_secs();
                self.slow.send(SlowJob {
                    name: "crisis-sync",
                    run: Box::new(move || {
                        let said = crate::share::sync(&dir, clock::now());
                        Action::Synced(
                            said.map(|done| {
                                let said: Vec<String> = done.iter().map(|d| d.say(lang)).collect();
                                said.join("; ")
                            })
                            .map_err(|e| Failure::Said(e.say(lang))),
                        )
                    }),
                    limit: SYNC_LIMIT,
                    timed_out: Action::Synced(Err(Failure::TimedOut(limit))),
                    not_started: Action::Synced(Err(not_started(lang))),
                });
                Vec::new()
            }
            Effect::ListIncidents => {
                let incidents = self
                    .store
                    .ids()
                    .map(|ids| {
                        ids.iter()
                            .filter_map(|id| self.store.open(id).ok())
                            .map(|o| o.incident)
                            .collect()
                    })
                    .unwrap_or_default();
                vec![Action::IncidentsListed(incidents)]
            }
            Effect::OpenIncident(id) => match self.store.open(&id) {
                Ok(opened) => {
                    self.journal = Some(opened.journal.clone());
                    self.offset = opened.offset;
                    self.lines = opened.lines;
                    self.seal = opened.journal.seal(opened.offset).unwrap_or_default();
                    let mut actions = vec![Action::IncidentOpened(Box::new(opened.incident))];
                    actions.extend(warned(&opened.warnings, lang));
                    actions
                }
                Err(e) => vec![Action::Failed(e.say(lang))],
            },
            Effect::LoadDraft => match self.incident_dir() {
                Some(dir) => vec![Action::DraftLoaded(
                    Draft::load(&dir).map_err(|e| e.say(lang)),
                )],
                None => Vec::new(),
            },
            Effect::SaveDraft(draft) => self.on_draft(|dir| draft.save(dir)),
            Effect::DiscardDraft => self.on_draft(Draft::discard),
            Effect::KeepTitle(title) => match keep_title(self.store.dir(), &title) {
                Ok(()) => Vec::new(),
                // The loop is closing: the title is printed once the terminal is restored.
                Err(e) => vec![Action::AppendFailed {
                    kind: EventKind::Note { text: title },
                    message: crate::i18n::io_error(lang, &e),
                }],
            },
            Effect::Bell => {
                // Between two frames, like OSC 52; a terminal that cannot ring ignores it.
                let mut out = io::stdout();
                let _ = out.write_all(b"\x07").and_then(|()| out.flush());
                Vec::new()
            }
            Effect::Notify { summary, body } => {
                self.slow.send(SlowJob {
                    name: "crisis-notify",
                    run: Box::new(move || {
                        let _ = crate::notify::send(&summary, &body);
                        Action::Notified
                    }),
                    limit: COPY_LIMIT,
                    timed_out: Action::Notified,
                    not_started: Action::Notified,
                });
                Vec::new()
            }
            Effect::Copy(copied) => self.copy(copied),
            Effect::Osc52 { placed, copied } => {
                // Written here, between two frames, so it never lands inside one.
                let written = clipboard::osc52_to(clipboard::Terminal::Stdout, &copied.text);
                match placed.sent(written) {
                    Ok(outcome) => vec![Action::Copied { outcome, copied }],
                    Err(e) => vec![copy_failed(&e.say(lang))],
                }
            }
            Effect::CreateIncident { title } => {
                let new = NewIncident {
                    title,
                    severity: Severity::default(),
                    client: None,
                    lang: self.lang,
                };
                match self.store.create(clock::now(), new) {
                    Ok(opened) => {
                        // The title kept from the last start is used now.
                        let _ = std::fs::remove_file(self.store.dir().join(TITLE_DRAFT));
                        self.journal = Some(opened.journal.clone());
                        self.offset = opened.offset;
                        self.lines = opened.lines;
                        self.seal = opened.journal.seal(opened.offset).unwrap_or_default();
                        vec![Action::IncidentOpened(Box::new(opened.incident))]
                    }
                    Err(e) => vec![Action::CreateFailed(e.say(lang))],
                }
            }
        }
    }

    /// The open incident's folder, where its journal and its draft are.
    fn incident_dir(&self) -> Option<std::path::PathBuf> {
        Some(self.journal.as_ref()?.path().parent()?.to_owned())
    }

    /// Saves or drops the composer's draft; a failure is said, and the text stays on screen.
    fn on_draft(
        &self,
        act: impl FnOnce(&std::path::Path) -> Result<(), DraftError>,
    ) -> Vec<Action> {
        match self.incident_dir().map(|dir| act(&dir)) {
            Some(Err(e)) => vec![Action::Warning(e.say(self.speaks))],
            _ => Vec::new(),
        }
    }

    /// Hands the slow part of a copy to the worker; its outcome comes back as `Placed`.
    fn copy(&self, copied: Copied) -> Vec<Action> {
        let lang = self.speaks;
        let (provider, choice) = match &self.clipboard {
            Ok((provider, choice)) => (provider.clone(), *choice),
            Err(e) => return vec![copy_failed(e)],
        };
        let limit = COPY_LIMIT.as_secs();
        self.slow.send(SlowJob {
            name: "crisis-copy",
            run: Box::new(
                move || match clipboard::place(&copied.text, &provider, choice) {
                    Ok(placed) => Action::Placed { placed, copied },
                    Err(e) => copy_failed(&e.say(lang)),
                },
            ),
            limit: COPY_LIMIT,
            timed_out: Action::CopyFailed(Failure::TimedOut(limit)),
            not_started: Action::CopyFailed(not_started(lang)),
        });
        Vec::new()
    }

    /// Reads what was appended since the last read, ours or another process's.
    fn poll(&mut self) -> Vec<Action> {
        let Some(journal) = &self.journal else {
            return Vec::new();
        };
        // Rewritten (a git pull) or cut short: read it again from the start.
        if journal
            .seal(self.offset)
            .is_ok_and(|seal| seal != self.seal)
        {
            return match journal.load() {
                Ok(loaded) => {
                    self.offset = loaded.offset;
                    self.lines = loaded.lines;
                    self.seal = journal.seal(self.offset).unwrap_or_default();
                    let mut actions = vec![Action::JournalReplaced(loaded.events)];
                    actions.extend(warned(&loaded.warnings, self.speaks));
                    actions
                }
                Err(e) => vec![Action::Failed(e.say(self.speaks))],
            };
        }
        match journal.read_new(self.offset, self.lines) {
            Ok(loaded) if loaded.offset == self.offset => Vec::new(),
            Ok(loaded) => {
                self.offset = loaded.offset;
                self.lines += loaded.lines;
                self.seal = journal.seal(self.offset).unwrap_or_default();
                let mut actions = vec![Action::JournalRead(loaded.events)];
                actions.extend(warned(&loaded.warnings, self.speaks));
                actions
            }
            Err(e) => vec![Action::Failed(e.say(self.speaks))],
        }
    }
}

/// What loading skipped, said as warnings in `lang`.
fn warned(warnings: &[Warning], lang: Lang) -> impl Iterator<Item = Action> + '_ {
    warnings.iter().map(move |w| Action::Warning(w.say(lang)))
}

/// A slow job the system gave no thread to.
fn not_started(lang: Lang) -> Failure {
    Failure::Said(tr!(lang, "said-not-started"))
}

fn copy_failed(why: &str) -> Action {
    Action::CopyFailed(Failure::Said(why.to_owned()))
}

/// Where the title typed at "New incident:" waits for the next start, beside the incidents.
pub const TITLE_DRAFT: &str = "new-incident-title.txt";

/// Keeps `title` for the next start, replacing the one kept before by a rename.
fn keep_title(dir: &std::path::Path, title: &str) -> io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let mut file = tempfile::NamedTempFile::new_in(dir)?;
    file.write_all(title.as_bytes())?;
    file.as_file().sync_all()?;
    file.persist(dir.join(TITLE_DRAFT)).map_err(|e| e.error)?;
    Ok(())
}

/// The title kept at the last start, if any.
pub fn kept_title(dir: &std::path::Path) -> Option<String> {
    let title = std::fs::read_to_string(dir.join(TITLE_DRAFT)).ok()?;
    let title = crate::text::one_line(title.trim());
    (!title.is_empty()).then_some(title)
}
