//! The cockpit: one terminal screen over the domain, in The Elm Architecture.
//!
//! Threads (terminal input, a one-second ticker, signals, the search worker) send actions into
//! one channel; the loop resolves keys through the keymap, calls `App::update`, performs the
//! effects it asks for, and redraws once the channel is drained. No polling, no async runtime.

pub mod action;
pub mod app;
mod checklist;
mod help;
pub mod keymap;
mod phrases;
mod terminal;
mod timeline;
pub mod view;
pub mod worker;

use std::collections::VecDeque;
use std::io;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, Sender};
use std::time::Duration;

use ratatui::crossterm::event::{self, Event as TermEvent, KeyEventKind};

use action::{Action, Effect};
use app::{App, Settings};

use crate::clipboard::{self, Provider};
use crate::config::ClipboardChoice;
use crate::incident::{Event, Journal, NewIncident, Opened, Store};
use crate::phrasebook::{Phrasebook, SearchIndex};

/// What the cockpit starts from, prepared by the command line.
pub struct Start {
    pub store: Store,
    pub book: Phrasebook,
    pub opened: Option<Opened>,
    pub settings: Settings,
    /// Shown on the status line at start (a broken user phrasebook, a torn journal line).
    pub warnings: Vec<String>,
    /// How copies reach the clipboard, or why they cannot.
    pub clipboard: Result<(Provider, ClipboardChoice), String>,
}

/// The loop's side of the effects: the open journal, the search worker, the output.
struct Runtime {
    store: Store,
    journal: Option<Journal>,
    offset: u64,
    lines: usize,
    search: worker::Searcher,
    /// Language of incidents created from the prompt.
    lang: crate::lang::Lang,
    clipboard: Result<(Provider, ClipboardChoice), String>,
}

/// Runs the cockpit until the user quits; returns the exit code.
pub fn run(start: Start) -> io::Result<u8> {
    let (tx, rx) = mpsc::channel();
    let book = Arc::new(start.book);
    let index = Arc::new(SearchIndex::new(&book.phrases));
    let search = worker::spawn(index, tx.clone());
    let mut runtime = Runtime {
        store: start.store,
        journal: start.opened.as_ref().map(|o| o.journal.clone()),
        offset: start.opened.as_ref().map_or(0, |o| o.offset),
        lines: start.opened.as_ref().map_or(0, |o| o.lines),
        search,
        lang: start.settings.lang,
        clipboard: start.clipboard,
    };
    let (mut app, effects) = App::new(
        book,
        start.opened.map(|o| o.incident),
        start.settings,
        crate::clock::now(),
    );
    if let Some(first) = start.warnings.first() {
        let more = if start.warnings.len() > 1 {
            format!(" (+{} more: crisis check)", start.warnings.len() - 1)
        } else {
            String::new()
        };
        app.update(Action::Warning(format!("{first}{more}")));
    }

    terminal::spawn_signal_thread(tx.clone())?;
    let mut term = terminal::enter()?;
    spawn_input_thread(tx.clone())?;
    spawn_ticker(tx)?;
    let result = event_loop(&mut term, &mut app, &mut runtime, &rx, effects);
    terminal::leave();
    result?;
    // The screen is the shell's again: what could not be saved is shown there, not lost.
    for text in &app.unsaved {
        eprintln!("crisis: not saved: {}", crate::text::one_line(text));
    }
    if !app.unsaved.is_empty() {
        return Ok(1);
    }
    Ok(app.exit.unwrap_or(0))
}

fn event_loop(
    term: &mut terminal::Term,
    app: &mut App,
    runtime: &mut Runtime,
    rx: &Receiver<Action>,
    mut effects: Vec<Effect>,
) -> io::Result<()> {
    loop {
        let mut queue: VecDeque<Action> = effects
            .drain(..)
            .flat_map(|e| perform(runtime, e))
            .collect();
        while let Some(action) = queue.pop_front() {
            let more = app.update(action);
            queue.extend(more.into_iter().flat_map(|e| perform(runtime, e)));
        }
        if app.exit.is_some() {
            return Ok(());
        }
        term.draw(|frame| view::draw(app, frame))?;
        // Block until something happens, then take everything already waiting before redrawing.
        let Ok(first) = rx.recv() else { return Ok(()) };
        for action in std::iter::once(first).chain(rx.try_iter()) {
            let action = match action {
                Action::Key(key) => match keymap::resolve(key, app.scope()) {
                    Some(action) => action,
                    None => continue,
                },
                other => other,
            };
            effects.extend(app.update(action));
            if app.exit.is_some() {
                break;
            }
        }
    }
}

/// Carries out one effect; its outcome comes back as actions.
fn perform(runtime: &mut Runtime, effect: Effect) -> Vec<Action> {
    match effect {
        Effect::Search(query) => {
            runtime.search.send(query);
            Vec::new()
        }
        Effect::Append(kind) => {
            let Some(journal) = &runtime.journal else {
                return Vec::new();
            };
            match journal.append(&Event::new(crate::clock::now(), kind.clone())) {
                Ok(()) => poll(runtime),
                Err(e) => vec![Action::AppendFailed {
                    kind,
                    message: crate::text::error_chain(&e),
                }],
            }
        }
        Effect::PollJournal => poll(runtime),
        Effect::Copy { text, copied } => {
            let outcome = match &runtime.clipboard {
                Ok((provider, choice)) => {
                    clipboard::copy(&text, provider, *choice, clipboard::Terminal::Stdout)
                        .map_err(|e| crate::text::error_chain(&e))
                }
                Err(e) => Err(e.clone()),
            };
            match outcome {
                Ok(destination) => vec![Action::Copied {
                    destination,
                    copied,
                }],
                Err(e) => vec![Action::Failed(format!(
                    "could not copy: {e}; the text is in the preview"
                ))],
            }
        }
        Effect::CreateIncident { title } => {
            let new = NewIncident {
                title,
                severity: crate::incident::Severity::default(),
                client: None,
                lang: runtime.lang,
            };
            match runtime.store.create(crate::clock::now(), new) {
                Ok(opened) => {
                    runtime.journal = Some(opened.journal.clone());
                    runtime.offset = opened.offset;
                    runtime.lines = opened.lines;
                    vec![Action::IncidentOpened(Box::new(opened.incident))]
                }
                Err(e) => vec![Action::Failed(format!(
                    "could not create the incident: {}",
                    crate::text::error_chain(&e)
                ))],
            }
        }
    }
}

/// Reads what was appended since the last read, ours or another process's.
fn poll(runtime: &mut Runtime) -> Vec<Action> {
    let Some(journal) = &runtime.journal else {
        return Vec::new();
    };
    match journal.read_new(runtime.offset, runtime.lines) {
        Ok(loaded) if loaded.offset == runtime.offset => Vec::new(),
        Ok(loaded) => {
            runtime.offset = loaded.offset;
            runtime.lines += loaded.lines;
            let mut actions = vec![Action::JournalRead(loaded.events)];
            actions.extend(loaded.warnings.into_iter().map(Action::Warning));
            actions
        }
        Err(e) => vec![Action::Failed(crate::text::error_chain(&e))],
    }
}

fn spawn_input_thread(tx: Sender<Action>) -> io::Result<()> {
    std::thread::Builder::new()
        .name("crisis-input".into())
        .spawn(move || {
            loop {
                let action = match event::read() {
                    Ok(TermEvent::Key(key)) if key.kind != KeyEventKind::Release => {
                        Action::Key(key)
                    }
                    Ok(TermEvent::Paste(text)) => Action::Paste(text),
                    Ok(TermEvent::Resize(..)) => Action::Resize,
                    Ok(_) => continue,
                    Err(_) => break,
                };
                if tx.send(action).is_err() {
                    break;
                }
            }
        })
        .map(drop)
}

fn spawn_ticker(tx: Sender<Action>) -> io::Result<()> {
    std::thread::Builder::new()
        .name("crisis-ticker".into())
        .spawn(move || {
            while tx.send(Action::Tick(crate::clock::now())).is_ok() {
                std::thread::sleep(Duration::from_secs(1));
            }
        })
        .map(drop)
}
