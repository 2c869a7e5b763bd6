//! What flows through the cockpit's loop: verbs and outcomes in, effects out.

use chrono::{DateTime, FixedOffset};
use strum::EnumIter;

use crate::clipboard::{Outcome, Placed};
use crate::incident::{Draft, Event, EventKind, Incident};
use crate::lang::Lang;
use crate::phrasebook::Hit;

/// A user-facing verb; every one has a key in the key table and a description.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, EnumIter)]
pub enum Verb {
    Help,
    FocusNext,
    FocusPrev,
    Up,
    Down,
    PageUp,
    PageDown,
    Search,
    Copy,
    CopyOneLine,
    Confirm,
    Cancel,
    AddNote,
    UpdateSent,
    ToggleStep,
    ToggleApplies,
    FollowedUp,
    AddFollowUp,
    SetDetail,
    Compose,
    Switch,
    ShowResolved,
    Sync,
    Previous,
    Next,
    Rebuild,
    ToggleLang,
    Undo,
    Quit,
    // Editing what is typed.
    Backspace,
    DeleteForward,
    DeleteWord,
    DeleteToStart,
    CursorLeft,
    CursorRight,
    WordLeft,
    WordRight,
    LineStart,
    LineEnd,
}

impl Verb {
    pub fn description(self) -> &'static str {
        match self {
            Verb::Help => "show or hide this help",
            Verb::FocusNext => "focus the next pane",
            Verb::FocusPrev => "focus the previous pane",
            Verb::Up => "move up",
            Verb::Down => "move down",
            Verb::PageUp => "move up a page",
            Verb::PageDown => "move down a page",
            Verb::Search => "search the phrasebook",
            Verb::Copy => "copy the selected phrase, filled in",
            Verb::CopyOneLine => "copy the phrase as one line, for a shell or a chat box",
            Verb::Confirm => {
                "copy the phrase, tick the step, show an event whole, or save what you typed"
            }
            Verb::Cancel => "close the search, prompt or help; clear the step filter",
            Verb::AddNote => "add a note to the timeline",
            Verb::UpdateSent => "record that a client update was sent",
            Verb::ToggleStep => "tick or untick the selected step",
            Verb::FollowedUp => "mark the follow-up that came due first as done",
            Verb::AddFollowUp => "plan a follow-up: what, then when (tomorrow at 10:00)",
            Verb::ToggleApplies => "mark the selected step as not applying here, or applying again",
            Verb::SetDetail => "set a detail such as impact = 3 of 1,000 users",
            Verb::Compose => "compose a whole message for a channel and an audience",
            Verb::Switch => "switch to another incident, open or resolved",
            Verb::Sync => "sync the shared incidents now (commit, pull, push)",
            Verb::ShowResolved => "switcher: list the resolved incidents too, or not",
            Verb::Previous => "composer: the previous channel, audience or sentence",
            Verb::Next => "composer: the next channel, audience or sentence",
            Verb::Rebuild => "composer: drop the edits and start again from the parts",
            Verb::ToggleLang => "switch French / English",
            Verb::Undo => "take back the last event added by mistake (again: the one before)",
            Verb::Quit => "quit (everything is already saved)",
            Verb::Backspace => "delete the character before the cursor",
            Verb::DeleteForward => "delete the character under the cursor",
            Verb::DeleteWord => "delete the word before the cursor",
            Verb::DeleteToStart => "delete everything before the cursor",
            Verb::CursorLeft => "move the cursor left",
            Verb::CursorRight => "move the cursor right",
            Verb::WordLeft => "move the cursor a word left",
            Verb::WordRight => "move the cursor a word right",
            Verb::LineStart => "move the cursor to the start",
            Verb::LineEnd => "move the cursor to the end",
        }
    }

    /// The word shown in the footer and in hints; empty for verbs never shown there.
    pub fn short(self) -> &'static str {
        match self {
            Verb::Help => "help",
            Verb::FocusNext => "focus",
            Verb::Search => "search",
            Verb::Copy => "copy",
            Verb::AddNote => "note",
            Verb::UpdateSent => "update sent",
            Verb::ToggleStep => "done",
            Verb::SetDetail => "detail",
            Verb::Compose => "compose",
            Verb::Switch => "incidents",
            Verb::Sync => "sync",
            Verb::ShowResolved => "resolved too",
            Verb::Previous | Verb::Next => "change",
            Verb::Rebuild => "start again",
            Verb::ToggleLang => "lang",
            Verb::Quit => "quit",
            Verb::Confirm => "save",
            Verb::Cancel => "cancel",
            _ => "",
        }
    }
}

/// What was copied, carried from the request to its outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Copied {
    pub phrase: String,
    pub lang: Lang,
    /// The filled text, for the OSC 52 part of the copy.
    pub text: String,
    /// Placeholders left unfilled, to warn about.
    pub missing: Vec<String>,
    /// What the journal records once the copy succeeded: the text that left, as the update
    /// sent when it promises the next one.
    pub record: EventKind,
    /// A whole message from the composer, whose draft is forgotten once it is sent.
    pub message: bool,
}

/// A search request for the worker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query {
    pub generation: u64,
    pub text: String,
    pub lang: Lang,
    /// Restrict to these phrase ids (the selected step's phrases).
    pub only: Option<Vec<String>>,
    /// What ranks first among equals: the step and stage at hand.
    pub context: crate::phrasebook::Context,
}

#[derive(Debug, Clone)]
pub enum Action {
    Run(Verb),
    Insert(char),
    Paste(String),
    Tick(DateTime<FixedOffset>),
    SearchResults {
        generation: u64,
        hits: Vec<Hit>,
    },
    /// Events read from the journal: ours once written, or another process's.
    JournalRead(Vec<Event>),
    /// The journal was replaced (a git pull): every event, read again from the start.
    JournalReplaced(Vec<Event>),
    /// A write failed; the event and what went wrong, so nothing typed is lost.
    AppendFailed {
        kind: EventKind,
        message: String,
    },
    IncidentOpened(Box<Incident>),
    /// A sync ended: what it did, or why it failed.
    Synced(Result<String, String>),
    /// Every incident on disk, for the switcher.
    IncidentsListed(Vec<Incident>),
    /// The composer's draft kept from before, if any; or why it could not be read.
    DraftLoaded(Result<Option<Draft>, String>),
    /// The slow part of a copy is done; the OSC 52 part, if any, comes next.
    Placed {
        placed: Placed,
        copied: Copied,
    },
    /// The copy is done; only now, if it reached a clipboard, is it logged on the timeline.
    Copied {
        outcome: Outcome,
        copied: Copied,
    },
    Failed(String),
    Warning(String),
    /// The terminal changed size; the next frame adapts.
    Resize,
    /// A desktop notification went out, or could not (nobody to tell): nothing to show.
    Notified,
    /// SIGTERM, SIGHUP, SIGINT or SIGQUIT: leave as the user would, then exit 128 + n.
    Signal(i32),
}

/// Work that `update` asks of the loop; only the loop touches disk, clipboard and clock.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    Append(EventKind),
    /// The slow part of a copy, on the slow-effects worker.
    Copy(Copied),
    /// The OSC 52 part of a copy, written by the loop between two frames.
    Osc52 {
        placed: Placed,
        copied: Copied,
    },
    Search(Query),
    CreateIncident {
        title: String,
    },
    PollJournal,
    /// Reads every incident, for the switcher.
    ListIncidents,
    /// Commits, pulls and pushes the shared incidents, on the slow-effects worker.
    Sync,
    /// Opens this incident in the cockpit instead of the one in view.
    OpenIncident(crate::incident::IncidentId),
    /// Looks for the composer's draft kept beside the journal.
    LoadDraft,
    /// Keeps the draft being written, replacing the one kept before.
    SaveDraft(Draft),
    /// The draft was sent or dropped.
    DiscardDraft,
    /// One terminal bell: the update turned soon or late.
    Bell,
    /// A desktop notification, on the slow-effects worker.
    Notify {
        summary: String,
        body: String,
    },
}
