//! The cockpit: one terminal screen over the library, in The Elm Architecture.
//!
//! This file wires the parts together; `runtime` runs the loop and its effects, `app` holds
//! the model and `update`, each pane file its state, its update and its view, and `layout`
//! says where they go.

pub mod action;
mod alerts;
pub mod app;
mod bindings;
mod checklist;
pub mod composer;
mod composer_view;
mod copying;
mod feeds;
mod footer;
mod help;
mod input;
pub mod keymap;
pub mod layout;
pub mod mode;
mod mouse;
pub mod pane;
mod phrases;
mod phrases_view;
mod prompts;
mod runtime;
mod status_bar;
pub mod switcher;
mod syncing;
mod terminal;
#[cfg(test)]
mod testing;
mod theme;
mod timeline;
mod verbs;
mod widgets;
pub mod worker;

use std::io;
use std::sync::Arc;
use std::sync::mpsc;

use action::Action;
use app::{App, Settings};
use mode::{Mode, PromptKind};
use runtime::Runtime;

use crate::clipboard::Provider;
use crate::config::ClipboardChoice;
use crate::incident::{Opened, Store};
use crate::phrasebook::Phrasebook;
use crate::tr;

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
    /// The tone rules, the user's over the built-in ones.
    pub lint: crate::lint::Rules,
}

/// Runs the cockpit until the user quits; returns the exit code.
pub fn open(start: Start) -> io::Result<u8> {
    let (tx, rx) = mpsc::channel();
    let book = Arc::new(start.book);
    let index = book.phrases.clone();
    let mut runtime = Runtime {
        store: start.store,
        journal: start.opened.as_ref().map(|o| o.journal.clone()),
        offset: start.opened.as_ref().map_or(0, |o| o.offset),
        lines: start.opened.as_ref().map_or(0, |o| o.lines),
        seal: start
            .opened
            .as_ref()
            .and_then(|o| o.journal.seal(o.offset).ok())
            .unwrap_or_default(),
        search: worker::spawn(index, tx.clone()),
        slow: worker::spawn_slow(tx.clone()),
        lang: start.settings.lang,
        speaks: start.settings.lang,
        clipboard: start.clipboard,
    };
    let (mut app, effects) = App::new(
        book,
        start.opened.map(|o| o.incident),
        start.settings,
        crate::clock::now(),
    );
    app.lint = Arc::new(start.lint);
    // https://no-color.org: set and not empty.
    app.no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    if app.incident.is_none()
        && let Some(title) = runtime::kept_title(runtime.store.dir())
    {
        app.mode = Mode::prompt(PromptKind::NewIncident, &title);
        app.update(Action::Warning(tr!(app.lang, "said-title-back")));
    }
    if let Some(first) = start.warnings.first() {
        let more = if start.warnings.len() > 1 {
            let count = start.warnings.len() - 1;
            format!(" {}", tr!(app.lang, "said-more-warnings", count = count))
        } else {
            String::new()
        };
        app.update(Action::Warning(format!("{first}{more}")));
    }

    feeds::spawn_signal_thread(tx.clone())?;
    let mut term = terminal::enter()?;
    feeds::spawn_input_thread(tx.clone())?;
    feeds::spawn_ticker(tx)?;
    let result = runtime::event_loop(&mut term, &mut app, &mut runtime, &rx, effects);
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
