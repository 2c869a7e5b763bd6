//! The one table of keys: resolving a key press, the footer and the help overlay all read it.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::{Action, Verb};
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

/// The action for a key press in `scope`. While typing, an unbound printable key is text.
pub fn resolve(event: KeyEvent, scope: Scope) -> Option<Action> {
    let pressed = Key {
        code: event.code,
        mods: event.modifiers,
    };
    let bound = BINDINGS
        .iter()
        .filter(|b| b.scopes.contains(&scope))
        .find(|b| b.keys.iter().any(|k| matches_key(*k, pressed)));
    if let Some(binding) = bound {
        return Some(Action::Run(binding.verb));
    }
    match (scope, event.code) {
        (Scope::Text, KeyCode::Char(c))
            if !event
                .modifiers
                .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
        {
            Some(Action::Insert(c))
        }
        _ => None,
    }
}

/// Shift is part of an upper-case letter already; terminals differ on reporting it.
fn matches_key(bound: Key, pressed: Key) -> bool {
    if bound.code != pressed.code {
        return false;
    }
    match bound.code {
        KeyCode::Char(_) => bound.mods == (pressed.mods - KeyModifiers::SHIFT),
        _ => bound.mods == pressed.mods,
    }
}

/// How a key is written in the footer and help: "Ctrl-C", "Tab", "space", "?".
pub fn label(key: Key) -> String {
    let name = match key.code {
        KeyCode::Char(' ') => "space".to_string(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Tab => "Tab".into(),
        KeyCode::BackTab => "Shift-Tab".into(),
        KeyCode::Enter => "Enter".into(),
        KeyCode::Esc => "Esc".into(),
        KeyCode::Backspace => "Backspace".into(),
        KeyCode::Up => "↑".into(),
        KeyCode::Down => "↓".into(),
        KeyCode::Left => "←".into(),
        KeyCode::Right => "→".into(),
        KeyCode::Home => "Home".into(),
        KeyCode::End => "End".into(),
        KeyCode::Delete => "Del".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::PageDown => "PgDn".into(),
        other => format!("{other:?}"),
    };
    if key.mods.contains(KeyModifiers::CONTROL) {
        format!("Ctrl-{}", name.to_uppercase())
    } else if key.mods.contains(KeyModifiers::ALT) {
        format!("Alt-{name}")
    } else {
        name
    }
}

/// The first key bound to `verb` in `scope`, as hints in the panes write it ("Esc", "d").
pub fn key_for(verb: Verb, scope: Scope) -> String {
    BINDINGS
        .iter()
        .find(|b| b.verb == verb && b.scopes.contains(&scope))
        .map_or_else(String::new, |b| label(b.keys[0]))
}

/// Footer hints for the focused pane, or while typing: (key, verb), in table order. The
/// caller words them, as a prompt may call Enter "create" rather than "save".
pub fn footer(hint: Hint) -> Vec<(String, Verb)> {
    BINDINGS
        .iter()
        .filter(|b| b.footer.contains(&hint))
        .map(|b| (label(b.keys[0]), b.verb))
        .collect()
}

/// Help rows: (keys, description, note), one per command, in table order. A command bound
/// only while typing is noted as such.
pub fn help_rows() -> Vec<(String, &'static str, &'static str)> {
    let mut rows: Vec<(Verb, Vec<String>, bool)> = Vec::new();
    for binding in BINDINGS {
        let labels = binding.keys.iter().map(|k| label(*k));
        let typing_only = binding.scopes == [Scope::Text];
        match rows.iter_mut().find(|(v, _, _)| *v == binding.verb) {
            Some((_, keys, only)) => {
                keys.extend(labels);
                *only &= typing_only;
            }
            None => rows.push((binding.verb, labels.collect(), typing_only)),
        }
    }
    rows.into_iter()
        .map(|(verb, mut keys, typing_only)| {
            let mut seen = Vec::new();
            keys.retain(|k| {
                if seen.contains(k) {
                    false
                } else {
                    seen.push(k.clone());
                    true
                }
            });
            (
                keys.join(" "),
                verb.description(),
                if typing_only { "typing" } else { "" },
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use strum::IntoEnumIterator;

    use super::*;

    #[test]
    fn every_verb_has_a_key_and_a_description() {
        for verb in Verb::iter() {
            assert!(
                BINDINGS.iter().any(|b| b.verb == verb),
                "{verb:?} has no key"
            );
            assert!(!verb.description().is_empty());
        }
    }

    #[test]
    fn no_key_is_bound_twice_in_a_scope() {
        for scope in [
            Scope::Normal,
            Scope::Text,
            Scope::Help,
            Scope::Compose,
            Scope::Switch,
        ] {
            let keys: Vec<Key> = BINDINGS
                .iter()
                .filter(|b| b.scopes.contains(&scope))
                .flat_map(|b| b.keys.iter().copied())
                .collect();
            for (i, k) in keys.iter().enumerate() {
                assert!(
                    !keys[i + 1..].contains(k),
                    "{} twice in {scope:?}",
                    label(*k)
                );
            }
        }
    }

    #[test]
    fn printable_keys_are_text_while_typing_and_commands_otherwise() {
        let key = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
        assert!(matches!(
            resolve(key('q'), Scope::Text),
            Some(Action::Insert('q'))
        ));
        assert!(matches!(
            resolve(key('q'), Scope::Normal),
            Some(Action::Run(Verb::Quit))
        ));
        let upper = KeyEvent::new(KeyCode::Char('L'), KeyModifiers::SHIFT);
        assert!(matches!(
            resolve(upper, Scope::Normal),
            Some(Action::Run(Verb::ToggleLang))
        ));
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert!(matches!(
            resolve(ctrl_c, Scope::Text),
            Some(Action::Run(Verb::Quit))
        ));
        assert!(
            resolve(key('w'), Scope::Normal).is_none(),
            "an unbound key does nothing"
        );
    }

    #[test]
    fn footer_hints_follow_the_focused_pane_and_typing() {
        let verbs: Vec<_> = footer(Hint::In(Pane::Checklist))
            .into_iter()
            .map(|(_, v)| v)
            .collect();
        assert!(verbs.contains(&Verb::ToggleStep) && !verbs.contains(&Verb::Copy));
        let hints = footer(Hint::In(Pane::Phrasebook));
        assert!(hints.contains(&("y".to_string(), Verb::Copy)));
        let typing = footer(Hint::Typing);
        assert!(
            typing.contains(&("Enter".to_string(), Verb::Confirm)),
            "{typing:?}"
        );
        assert_eq!(key_for(Verb::Cancel, Scope::Text), "Esc");
        assert_eq!(key_for(Verb::DeleteToStart, Scope::Text), "Ctrl-U");
    }

    #[test]
    fn readline_keys_edit_what_is_typed() {
        let ctrl = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL);
        for (key, verb) in [
            (ctrl('u'), Verb::DeleteToStart),
            (ctrl('w'), Verb::DeleteWord),
            (
                KeyEvent::new(KeyCode::Home, KeyModifiers::NONE),
                Verb::LineStart,
            ),
            (
                KeyEvent::new(KeyCode::End, KeyModifiers::NONE),
                Verb::LineEnd,
            ),
        ] {
            assert!(matches!(resolve(key, Scope::Text), Some(Action::Run(v)) if v == verb));
        }
        assert!(resolve(ctrl('u'), Scope::Normal).is_none());
    }
}
