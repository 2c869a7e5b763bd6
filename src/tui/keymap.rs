//! The one table of keys: resolving a key press, the footer and the help overlay all read it.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::{Action, Command};
use super::app::Pane;

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Moving around the cockpit.
    Normal,
    /// Typing in the search box or a prompt: printable keys are text.
    Text,
    /// The help overlay is open.
    Help,
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

const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::CONTROL,
    }
}

pub struct Binding {
    pub keys: &'static [Key],
    pub scopes: &'static [Scope],
    pub command: Command,
    /// Shown in the footer for these panes (empty: not in the footer).
    pub footer: &'static [Pane],
}

use Pane::{Checklist, Phrasebook, Timeline};
use Scope::{Help, Normal, Text};

const ALL_PANES: &[Pane] = &[Timeline, Checklist, Phrasebook];

pub const BINDINGS: &[Binding] = &[
    Binding {
        keys: &[ch('?')],
        scopes: &[Normal, Help],
        command: Command::Help,
        footer: ALL_PANES,
    },
    Binding {
        keys: &[plain(KeyCode::Tab)],
        scopes: &[Normal],
        command: Command::FocusNext,
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
        command: Command::FocusPrev,
        footer: &[],
    },
    Binding {
        keys: &[plain(KeyCode::Up), ch('k')],
        scopes: &[Normal],
        command: Command::Up,
        footer: &[],
    },
    Binding {
        keys: &[plain(KeyCode::Down), ch('j')],
        scopes: &[Normal],
        command: Command::Down,
        footer: &[],
    },
    Binding {
        keys: &[plain(KeyCode::Up)],
        scopes: &[Text],
        command: Command::Up,
        footer: &[],
    },
    Binding {
        keys: &[plain(KeyCode::Down)],
        scopes: &[Text],
        command: Command::Down,
        footer: &[],
    },
    Binding {
        keys: &[plain(KeyCode::PageUp)],
        scopes: &[Normal, Text],
        command: Command::PageUp,
        footer: &[],
    },
    Binding {
        keys: &[plain(KeyCode::PageDown)],
        scopes: &[Normal, Text],
        command: Command::PageDown,
        footer: &[],
    },
    Binding {
        keys: &[ch('/')],
        scopes: &[Normal],
        command: Command::Search,
        footer: ALL_PANES,
    },
    Binding {
        keys: &[ch('y')],
        scopes: &[Normal],
        command: Command::Copy,
        footer: &[Phrasebook],
    },
    Binding {
        keys: &[plain(KeyCode::Enter)],
        scopes: &[Normal, Text],
        command: Command::Confirm,
        footer: &[],
    },
    Binding {
        keys: &[plain(KeyCode::Esc)],
        scopes: &[Normal, Text, Help],
        command: Command::Cancel,
        footer: &[],
    },
    Binding {
        keys: &[plain(KeyCode::Backspace)],
        scopes: &[Text],
        command: Command::Backspace,
        footer: &[],
    },
    Binding {
        keys: &[ch('a')],
        scopes: &[Normal],
        command: Command::AddNote,
        footer: ALL_PANES,
    },
    Binding {
        keys: &[ch('u')],
        scopes: &[Normal],
        command: Command::UpdateSent,
        footer: ALL_PANES,
    },
    Binding {
        keys: &[ch(' ')],
        scopes: &[Normal],
        command: Command::ToggleStep,
        footer: &[Checklist],
    },
    Binding {
        keys: &[ch('d')],
        scopes: &[Normal],
        command: Command::SetDetail,
        footer: ALL_PANES,
    },
    Binding {
        keys: &[ch('L')],
        scopes: &[Normal],
        command: Command::ToggleLang,
        footer: ALL_PANES,
    },
    Binding {
        keys: &[ch('q')],
        scopes: &[Normal, Help],
        command: Command::Quit,
        footer: ALL_PANES,
    },
    Binding {
        keys: &[ctrl('c')],
        scopes: &[Normal, Text, Help],
        command: Command::Quit,
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
        return Some(Action::Run(binding.command));
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
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::PageDown => "PgDn".into(),
        other => format!("{other:?}"),
    };
    if key.mods.contains(KeyModifiers::CONTROL) {
        format!("Ctrl-{}", name.to_uppercase())
    } else {
        name
    }
}

/// Footer hints for the focused pane: (key, word), in table order.
pub fn footer(pane: Pane) -> Vec<(String, &'static str)> {
    BINDINGS
        .iter()
        .filter(|b| b.footer.contains(&pane))
        .map(|b| (label(b.keys[0]), b.command.short()))
        .collect()
}

/// Help rows: (keys, description, note), one per command, in table order. A command bound
/// only while typing is noted as such.
pub fn help_rows() -> Vec<(String, &'static str, &'static str)> {
    let mut rows: Vec<(Command, Vec<String>, bool)> = Vec::new();
    for binding in BINDINGS {
        let labels = binding.keys.iter().map(|k| label(*k));
        let typing_only = binding.scopes == [Scope::Text];
        match rows.iter_mut().find(|(c, _, _)| *c == binding.command) {
            Some((_, keys, only)) => {
                keys.extend(labels);
                *only &= typing_only;
            }
            None => rows.push((binding.command, labels.collect(), typing_only)),
        }
    }
    rows.into_iter()
        .map(|(command, mut keys, typing_only)| {
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
                command.description(),
                if typing_only { "typing" } else { "" },
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_has_a_key_and_a_description() {
        for command in Command::ALL {
            assert!(
                BINDINGS.iter().any(|b| b.command == command),
                "{command:?} has no key"
            );
            assert!(!command.description().is_empty());
        }
    }

    #[test]
    fn no_key_is_bound_twice_in_a_scope() {
        for scope in [Scope::Normal, Scope::Text, Scope::Help] {
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
            Some(Action::Run(Command::Quit))
        ));
        let upper = KeyEvent::new(KeyCode::Char('L'), KeyModifiers::SHIFT);
        assert!(matches!(
            resolve(upper, Scope::Normal),
            Some(Action::Run(Command::ToggleLang))
        ));
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert!(matches!(
            resolve(ctrl_c, Scope::Text),
            Some(Action::Run(Command::Quit))
        ));
        assert!(resolve(key('x'), Scope::Normal).is_none());
    }

    #[test]
    fn footer_hints_follow_the_focused_pane() {
        let words: Vec<_> = footer(Pane::Checklist)
            .into_iter()
            .map(|(_, w)| w)
            .collect();
        assert!(words.contains(&"done") && !words.contains(&"copy"));
        let hints = footer(Pane::Phrasebook);
        assert!(hints.contains(&("y".to_string(), "copy")));
    }
}
