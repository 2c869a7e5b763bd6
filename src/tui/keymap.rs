//! Reading the key table (`bindings.rs`): resolving a key press, the footer's hints, the
//! help's rows and every key a hint names.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::{Action, Verb};
pub use super::bindings::{BINDINGS, Binding, Hint, Key, Scope};
use crate::i18n;
use crate::lang::Lang;
use crate::tr;

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

/// How a key is written in the footer and help: "Ctrl-C", "Tab", "space", "?"; French
/// keyboards say "Entrée", "Échap".
pub fn label(key: Key, lang: Lang) -> String {
    let named = |id: &str| i18n::message(lang, id, None);
    let name = match key.code {
        KeyCode::Char(' ') => named("keyname-space"),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Tab => named("keyname-tab"),
        KeyCode::BackTab => named("keyname-backtab"),
        KeyCode::Enter => named("keyname-enter"),
        KeyCode::Esc => named("keyname-esc"),
        KeyCode::Backspace => named("keyname-backspace"),
        KeyCode::Up => "↑".into(),
        KeyCode::Down => "↓".into(),
        KeyCode::Left => "←".into(),
        KeyCode::Right => "→".into(),
        KeyCode::Home => named("keyname-home"),
        KeyCode::End => named("keyname-end"),
        KeyCode::Delete => named("keyname-delete"),
        KeyCode::PageUp => named("keyname-pageup"),
        KeyCode::PageDown => named("keyname-pagedown"),
        other => format!("{other:?}"),
    };
    if key.mods.contains(KeyModifiers::CONTROL) {
        tr!(lang, "keyname-ctrl", key = name.to_uppercase())
    } else if key.mods.contains(KeyModifiers::ALT) {
        tr!(lang, "keyname-alt", key = name)
    } else {
        name
    }
}

/// The first key bound to `verb` in `scope`, as hints in the panes write it ("Esc", "d").
pub fn key_for(verb: Verb, scope: Scope, lang: Lang) -> String {
    BINDINGS
        .iter()
        .find(|b| b.verb == verb && b.scopes.contains(&scope))
        .map_or_else(String::new, |b| label(b.keys[0], lang))
}

/// Footer hints for the focused pane, or while typing: (key, verb), in table order. The
/// caller words them, as a prompt may call Enter "create" rather than "save".
pub fn footer(hint: Hint, lang: Lang) -> Vec<(String, Verb)> {
    BINDINGS
        .iter()
        .filter(|b| b.footer.contains(&hint))
        .map(|b| (label(b.keys[0], lang), b.verb))
        .collect()
}

/// Help rows: (keys, description, note), one per command, in table order. A command bound
/// only while typing is noted as such.
pub fn help_rows(lang: Lang) -> Vec<(String, String, bool)> {
    let mut rows: Vec<(Verb, Vec<String>, bool)> = Vec::new();
    for binding in BINDINGS {
        let labels = binding.keys.iter().map(|k| label(*k, lang));
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
            (keys.join(" "), verb.description(lang), typing_only)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use strum::IntoEnumIterator;

    use super::*;
    use crate::tui::pane::Pane;

    #[test]
    fn every_verb_has_a_key_and_a_description() {
        for verb in Verb::iter() {
            assert!(
                BINDINGS.iter().any(|b| b.verb == verb),
                "{verb:?} has no key"
            );
            for lang in Lang::iter() {
                let name: &str = verb.into();
                assert!(i18n::has(lang, &format!("verb-{name}")), "{lang}: {verb:?}");
            }
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
                    label(*k, Lang::En)
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
        let verbs: Vec<_> = footer(Hint::In(Pane::Checklist), Lang::En)
            .into_iter()
            .map(|(_, v)| v)
            .collect();
        assert!(verbs.contains(&Verb::ToggleStep) && !verbs.contains(&Verb::Copy));
        let hints = footer(Hint::In(Pane::Phrasebook), Lang::En);
        assert!(hints.contains(&("y".to_string(), Verb::Copy)));
        let typing = footer(Hint::Typing, Lang::En);
        assert!(
            typing.contains(&("Enter".to_string(), Verb::Confirm)),
            "{typing:?}"
        );
        assert_eq!(key_for(Verb::Cancel, Scope::Text, Lang::En), "Esc");
        assert_eq!(key_for(Verb::Cancel, Scope::Text, Lang::Fr), "Échap");
        assert_eq!(
            key_for(Verb::DeleteToStart, Scope::Text, Lang::En),
            "Ctrl-U"
        );
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
