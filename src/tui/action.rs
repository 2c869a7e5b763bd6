//! What flows through the cockpit's loop: actions in, effects out.

use chrono::{DateTime, FixedOffset};
use ratatui::crossterm::event::KeyEvent;

use crate::incident::{Event, EventKind, Incident};
use crate::phrasebook::{Hit, Lang};

/// A user-facing verb; every one has a key and a description.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Command {
    Help,
    FocusNext,
    FocusPrev,
    Up,
    Down,
    PageUp,
    PageDown,
    Search,
    Copy,
    Confirm,
    Cancel,
    Backspace,
    AddNote,
    UpdateSent,
    ToggleStep,
    SetDetail,
    ToggleLang,
    Quit,
}

impl Command {
    pub const ALL: [Command; 18] = [
        Command::Help,
        Command::FocusNext,
        Command::FocusPrev,
        Command::Up,
        Command::Down,
        Command::PageUp,
        Command::PageDown,
        Command::Search,
        Command::Copy,
        Command::Confirm,
        Command::Cancel,
        Command::Backspace,
        Command::AddNote,
        Command::UpdateSent,
        Command::ToggleStep,
        Command::SetDetail,
        Command::ToggleLang,
        Command::Quit,
    ];

    pub fn description(self) -> &'static str {
        match self {
            Command::Help => "show or hide this help",
            Command::FocusNext => "focus the next pane",
            Command::FocusPrev => "focus the previous pane",
            Command::Up => "move up",
            Command::Down => "move down",
            Command::PageUp => "move up a page",
            Command::PageDown => "move down a page",
            Command::Search => "search the phrasebook",
            Command::Copy => "copy the selected phrase, filled in",
            Command::Confirm => "copy the phrase, tick the step, or save what you typed",
            Command::Cancel => "close the search, prompt or help; clear the step filter",
            Command::Backspace => "delete the last character",
            Command::AddNote => "add a note to the timeline",
            Command::UpdateSent => "record that a client update was sent",
            Command::ToggleStep => "tick or untick the selected step",
            Command::SetDetail => "set a detail such as impact = 3 of 1,000 users",
            Command::ToggleLang => "switch French / English",
            Command::Quit => "quit (everything is already saved)",
        }
    }

    /// The word shown in the footer.
    pub fn short(self) -> &'static str {
        match self {
            Command::Help => "help",
            Command::FocusNext => "focus",
            Command::Search => "search",
            Command::Copy => "copy",
            Command::AddNote => "note",
            Command::UpdateSent => "update sent",
            Command::ToggleStep => "done",
            Command::SetDetail => "detail",
            Command::ToggleLang => "lang",
            Command::Quit => "quit",
            Command::Confirm => "save",
            Command::Cancel => "cancel",
            _ => "",
        }
    }
}

/// What was copied, carried from the request to its outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Copied {
    pub phrase: String,
    pub lang: Lang,
    /// Placeholders left unfilled, to warn about.
    pub missing: Vec<String>,
}

/// A search request for the worker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query {
    pub generation: u64,
    pub text: String,
    pub lang: Lang,
    /// Restrict to these phrase ids (the selected step's phrases).
    pub only: Option<Vec<String>>,
}

#[derive(Debug, Clone)]
pub enum Action {
    /// A key press, resolved through the keymap by the loop before `update` sees it.
    Key(KeyEvent),
    Run(Command),
    Insert(char),
    Paste(String),
    Tick(DateTime<FixedOffset>),
    SearchResults {
        generation: u64,
        hits: Vec<Hit>,
    },
    /// Events read from the journal: ours once written, or another process's.
    JournalRead(Vec<Event>),
    /// A write failed; the event and what went wrong, so nothing typed is lost.
    AppendFailed {
        kind: EventKind,
        message: String,
    },
    IncidentOpened(Box<Incident>),
    /// The copy is on the clipboard; only now is it logged on the timeline.
    Copied {
        destination: String,
        copied: Copied,
    },
    Failed(String),
    Warning(String),
    /// The terminal changed size; the next frame adapts.
    Resize,
    /// SIGTERM, SIGHUP or SIGINT: leave as the user would, then exit 128 + n.
    Signal(i32),
}

/// Work that `update` asks of the loop; only the loop touches disk, clipboard and clock.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    Append(EventKind),
    Copy { text: String, copied: Copied },
    Search(Query),
    CreateIncident { title: String },
    PollJournal,
}
