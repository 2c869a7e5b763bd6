//! The key table itself: every binding (keys, the scopes it applies in, its verb, where the
//! footer shows it). `keymap.rs` reads it to resolve keys and to word the footer and help.

use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use super::action::Verb;
use super::pane::Pane;

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Moving around the cockpit.
    Normal,
    /// Typing in the search box or a prompt: printable keys are text.
    Text,
    /// The help overlay is open.
    Help,
    /// The composer's rows have the keyboard.
    Compose,
    /// The incident switcher is open.
    Switch,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

const fn plain(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::NONE,
    }
}

const fn ch(c: char) -> Key {
    plain(KeyCode::Char(c))
}

const fn with(code: KeyCode, mods: KeyModifiers) -> Key {
    Key { code, mods }
}

const fn ctrl(c: char) -> Key {
    with(KeyCode::Char(c), KeyModifiers::CONTROL)
}

const fn alt(c: char) -> Key {
    with(KeyCode::Char(c), KeyModifiers::ALT)
}

const fn alt_backspace() -> Key {
    with(KeyCode::Backspace, KeyModifiers::ALT)
}

pub struct Binding {
    pub keys: &'static [Key],
    pub scopes: &'static [Scope],
    pub verb: Verb,
    /// Where the footer shows it (empty: never).
    pub footer: &'static [Hint],
}

/// Where a binding shows in the footer: under a focused pane, or while typing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hint {
    In(Pane),
    Typing,
    Composing,
}

use Scope::{Compose, Help, Normal, Switch, Text};

const ALL_PANES: &[Hint] = &[
    Hint::In(Pane::Timeline),
    Hint::In(Pane::Checklist),
    Hint::In(Pane::Phrasebook),
];
const TYPING: &[Hint] = &[Hint::Typing];
const COMPOSING: &[Hint] = &[Hint::Composing];

pub const BINDINGS: &[Binding] = &[
    Binding {
        keys: &[ch('?')],
        scopes: &[Normal, Help, Compose, Switch],
        verb: Verb::Help,
        footer: ALL_PANES,
    },
    Binding {
        keys: &[plain(KeyCode::Tab)],
        scopes: &[Normal],
        verb: Verb::FocusNext,
        footer: ALL_PANES,
    },
    Binding {
        keys: &[
            plain(KeyCode::BackTab),
            Key {
                code: KeyCode::BackTab,
                mods: KeyModifiers::SHIFT,
            },
        ],
        scopes: &[Normal],
        verb: Verb::FocusPrev,
        footer: &[],
    },
    Binding {
        keys: &[plain(KeyCode::Up), ch('k')],
        scopes: &[Normal, Compose, Switch],
        verb: Verb::Up,
        footer: &[],
    },
    Binding {
        keys: &[plain(KeyCode::Down), ch('j')],
        scopes: &[Normal, Compose, Switch],
        verb: Verb::Down,
        footer: &[],
    },
    Binding {
        keys: &[plain(KeyCode::PageUp)],
        scopes: &[Normal, Text],
        verb: Verb::PageUp,
        footer: &[],
    },
    Binding {
        keys: &[plain(KeyCode::PageDown)],
        scopes: &[Normal, Text],
        verb: Verb::PageDown,
        footer: &[],
    },
    Binding {
        keys: &[ch('/')],
        scopes: &[Normal],
        verb: Verb::Search,
        footer: ALL_PANES,
    },
    Binding {
        keys: &[plain(KeyCode::Left), ch('h')],
        scopes: &[Compose],
        verb: Verb::Previous,
        footer: COMPOSING,
    },
    Binding {
        keys: &[plain(KeyCode::Right), ch('l')],
        scopes: &[Compose],
        verb: Verb::Next,
        footer: COMPOSING,
    },
    Binding {
        keys: &[ch('y')],
        scopes: &[Normal, Compose],
        verb: Verb::Copy,
        footer: &[Hint::In(Pane::Phrasebook), Hint::Composing],
    },
    Binding {
        keys: &[ch('r')],
        scopes: &[Compose],
        verb: Verb::Rebuild,
        footer: COMPOSING,
    },
    Binding {
        keys: &[ch('f')],
        scopes: &[Normal],
        verb: Verb::AddFollowUp,
        footer: &[],
    },
    Binding {
        keys: &[ch('F')],
        scopes: &[Normal],
        verb: Verb::FollowedUp,
        footer: &[],
    },
    Binding {
        keys: &[ch('x')],
        scopes: &[Normal],
        verb: Verb::ToggleApplies,
        footer: &[],
    },
    Binding {
        keys: &[ch('z')],
        scopes: &[Normal],
        verb: Verb::Undo,
        footer: &[],
    },
    Binding {
        keys: &[ch('Y')],
        scopes: &[Normal],
        verb: Verb::CopyOneLine,
        footer: &[],
    },
    Binding {
        keys: &[plain(KeyCode::Enter)],
        scopes: &[Normal, Text, Compose, Switch],
        verb: Verb::Confirm,
        footer: &[Hint::Typing, Hint::Composing],
    },
    Binding {
        keys: &[ch('e')],
        scopes: &[Compose],
        verb: Verb::Confirm,
        footer: &[],
    },
    Binding {
        keys: &[plain(KeyCode::Up)],
        scopes: &[Text],
        verb: Verb::Up,
        footer: TYPING,
    },
    Binding {
        keys: &[plain(KeyCode::Down)],
        scopes: &[Text],
        verb: Verb::Down,
        footer: TYPING,
    },
    Binding {
        keys: &[plain(KeyCode::Esc)],
        scopes: &[Normal, Text, Help, Compose, Switch],
        verb: Verb::Cancel,
        footer: &[Hint::Typing, Hint::Composing],
    },
    Binding {
        keys: &[ch('a')],
        scopes: &[Normal],
        verb: Verb::AddNote,
        footer: ALL_PANES,
    },
    Binding {
        keys: &[ch('u')],
        scopes: &[Normal],
        verb: Verb::UpdateSent,
        footer: ALL_PANES,
    },
    Binding {
        keys: &[ch(' ')],
        scopes: &[Normal],
        verb: Verb::ToggleStep,
        footer: &[Hint::In(Pane::Checklist)],
    },
    Binding {
        keys: &[ch('S')],
        scopes: &[Normal],
        verb: Verb::Sync,
        footer: &[],
    },
    Binding {
        keys: &[ch('o')],
        scopes: &[Normal, Switch],
        verb: Verb::Switch,
        footer: &[],
    },
    Binding {
        keys: &[ch('r')],
        scopes: &[Switch],
        verb: Verb::ShowResolved,
        footer: &[],
    },
    Binding {
        keys: &[ch('c')],
        scopes: &[Normal, Compose],
        verb: Verb::Compose,
        footer: ALL_PANES,
    },
    Binding {
        keys: &[ch('d')],
        scopes: &[Normal],
        verb: Verb::SetDetail,
        footer: ALL_PANES,
    },
    Binding {
        keys: &[ch('L')],
        scopes: &[Normal],
        verb: Verb::ToggleLang,
        footer: ALL_PANES,
    },
    Binding {
        keys: &[ch('q')],
        scopes: &[Normal, Help, Compose, Switch],
        verb: Verb::Quit,
        footer: ALL_PANES,
    },
    Binding {
        keys: &[ctrl('c')],
        scopes: &[Normal, Text, Help, Compose, Switch],
        verb: Verb::Quit,
        footer: &[],
    },
    // Editing what is typed, last in the help.
    Binding {
        keys: &[plain(KeyCode::Backspace), ctrl('h')],
        scopes: &[Text],
        verb: Verb::Backspace,
        footer: &[],
    },
    Binding {
        keys: &[plain(KeyCode::Delete), ctrl('d')],
        scopes: &[Text],
        verb: Verb::DeleteForward,
        footer: &[],
    },
    Binding {
        keys: &[ctrl('w'), alt_backspace()],
        scopes: &[Text],
        verb: Verb::DeleteWord,
        footer: &[],
    },
    Binding {
        keys: &[ctrl('u')],
        scopes: &[Text],
        verb: Verb::DeleteToStart,
        footer: &[],
    },
    Binding {
        keys: &[plain(KeyCode::Left), ctrl('b')],
        scopes: &[Text],
        verb: Verb::CursorLeft,
        footer: &[],
    },
    Binding {
        keys: &[plain(KeyCode::Right), ctrl('f')],
        scopes: &[Text],
        verb: Verb::CursorRight,
        footer: &[],
    },
    Binding {
        keys: &[with(KeyCode::Left, KeyModifiers::CONTROL), alt('b')],
        scopes: &[Text],
        verb: Verb::WordLeft,
        footer: &[],
    },
    Binding {
        keys: &[with(KeyCode::Right, KeyModifiers::CONTROL), alt('f')],
        scopes: &[Text],
        verb: Verb::WordRight,
        footer: &[],
    },
    Binding {
        keys: &[plain(KeyCode::Home), ctrl('a')],
        scopes: &[Text],
        verb: Verb::LineStart,
        footer: &[],
    },
    Binding {
        keys: &[plain(KeyCode::End), ctrl('e')],
        scopes: &[Text],
        verb: Verb::LineEnd,
        footer: &[],
    },
];
