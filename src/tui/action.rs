//! What flows through the cockpit's loop: verbs and outcomes in, effects out.

use chrono::{DateTime, FixedOffset};
use strum::{EnumIter, IntoStaticStr};

use crate::clipboard::{Outcome, Placed};
use crate::i18n;
use crate::incident::{Draft, Event, EventKind, Incident};
use crate::lang::Lang;
use crate::phrasebook::Hit;

/// A user-facing verb; every one has a key in the key table and a description.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, EnumIter, IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
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
    /// What the key does, for the help: message `verb-<name>`.
    pub fn description(self, lang: Lang) -> String {
        let name: &str = self.into();
        i18n::message(lang, &format!("verb-{name}"), None)
    }

    /// The word shown in the footer and in hints (message `key-<name>`); empty for verbs
    /// never shown there.
    pub fn short(self, lang: Lang) -> String {
        let name: &str = self.into();
        let id = format!("key-{name}");
        if i18n::has(lang, &id) {
            i18n::message(lang, &id, None)
        } else {
            String::new()
        }
    }
}

/// Why a slow effect failed, worded by the app in the user's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// The error, as the library says it.
    Said(String),
    /// No answer within this many seconds.
    TimedOut(u64),
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
    Synced(Result<String, Failure>),
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
    /// A copy that did not reach the clipboard, and why; the text stays in the preview.
    CopyFailed(Failure),
    /// The prompt's incident could not be created.
    CreateFailed(String),
    Warning(String),
    /// The terminal's size, at start and whenever it changes: the next frame adapts, and the
    /// mouse finds the panes where that frame puts them.
    Resize {
        width: u16,
        height: u16,
    },
    /// A left click at this cell (0-based, from the top left).
    Click {
        column: u16,
        row: u16,
    },
    /// The wheel turned over this cell: up (−1) or down (+1).
    Scroll {
        column: u16,
        row: u16,
        delta: isize,
    },
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
    /// Keeps the title typed at "New incident:" for the next start.
    KeepTitle(String),
    /// One terminal bell: the update turned soon or late.
    Bell,
    /// A desktop notification, on the slow-effects worker.
    Notify {
        summary: String,
        body: String,
    },
}
