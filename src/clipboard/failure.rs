//! Why a copy failed, in the user's words. The serving child tells its parent why it could not
//! own the clipboard in one line of its own words (`Why::line`, read back by `Why::read`), so
//! that the parent says it in the user's language.

use std::io;

use super::Fallback;
use crate::i18n::io_error;
use crate::lang::Lang;
use crate::text::one_line;
use crate::tr;

/// Why the desktop clipboard could not take the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Why {
    /// No display server answered (`DISPLAY` or `WAYLAND_DISPLAY` pointing nowhere).
    NoDisplay,
    /// The display has no clipboard crisis can use.
    NotSupported,
    /// Another program held the clipboard and would not let go.
    Occupied,
    /// A clipboard manager took it at once, with another text.
    TakenAtOnce,
    /// The clipboard did not hold the text within the wait.
    NotInTime,
    /// The serving child ended before it said anything.
    StoppedEarly,
    /// crisis could not start its serving child.
    NoChild(io::ErrorKind),
    /// What the clipboard library said, as it said it (a case not listed above).
    Said(String),
}

impl Why {
    /// What the clipboard library's error means.
    pub(super) fn of(e: &arboard::Error) -> Why {
        match e {
            arboard::Error::ClipboardNotSupported => Why::NotSupported,
            arboard::Error::ClipboardOccupied => Why::Occupied,
            // arboard says this of any failed connection to the X server.
            arboard::Error::Unknown { description } if description.contains("unreachable") => {
                Why::NoDisplay
            }
            other => Why::Said(other.to_string()),
        }
    }

    /// The line the serving child prints for its parent.
    pub(super) fn line(&self) -> String {
        match self {
            Why::NoDisplay => "no-display".into(),
            Why::NotSupported => "not-supported".into(),
            Why::Occupied => "occupied".into(),
            Why::TakenAtOnce => "taken-at-once".into(),
            Why::NotInTime => "not-in-time".into(),
            Why::StoppedEarly => "stopped-early".into(),
            Why::NoChild(_) => "no-child".into(),
            Why::Said(text) => format!("said {}", one_line(text)),
        }
    }

    /// The serving child's line read back; anything else it printed is kept as it said it.
    pub(super) fn read(line: &str) -> Why {
        match line {
            "" => Why::StoppedEarly,
            "no-display" => Why::NoDisplay,
            "not-supported" => Why::NotSupported,
            "occupied" => Why::Occupied,
            "taken-at-once" => Why::TakenAtOnce,
            "not-in-time" => Why::NotInTime,
            "stopped-early" => Why::StoppedEarly,
            other => Why::Said(other.strip_prefix("said ").unwrap_or(other).to_owned()),
        }
    }

    pub fn say(&self, lang: Lang) -> String {
        match self {
            Why::NoDisplay => tr!(lang, "clip-why-no-display"),
            Why::NotSupported => tr!(lang, "clip-why-not-supported"),
            Why::Occupied => tr!(lang, "clip-why-occupied"),
            Why::TakenAtOnce => tr!(lang, "clip-why-taken-at-once"),
            Why::NotInTime => tr!(lang, "clip-why-not-in-time"),
            Why::StoppedEarly => tr!(lang, "clip-why-stopped-early"),
            Why::NoChild(kind) => tr!(
                lang,
                "clip-why-no-child",
                error = io_error(lang, &io::Error::from(*kind))
            ),
            Why::Said(text) => one_line(text),
        }
    }
}

/// Why a clipboard command failed.
#[derive(Debug)]
pub enum CommandFailed {
    NotStarted(io::Error),
    /// Its exit code, or `None` when a signal ended it.
    Exited(Option<i32>),
}

/// Why a copy failed; `Display` is what [`ClipboardError::say`] says in English.
#[derive(Debug, thiserror::Error)]
pub enum ClipboardError {
    #[error("{}", self.say(Lang::En))]
    System(Why),
    #[error("{}", self.say(Lang::En))]
    NoTerminal(io::Error),
    #[error("{}", self.say(Lang::En))]
    Command { command: String, why: CommandFailed },
    /// The desktop clipboard failed, then there was no terminal for OSC 52.
    #[error("{}", self.say(Lang::En))]
    Both {
        system: Fallback,
        terminal: io::Error,
    },
    /// Nothing can reach a clipboard (tmux drops OSC 52): why, and the fix, as
    /// [`super::Outcome::describe`] words it.
    #[error("{0}")]
    NotArrived(String),
    #[error("{}", self.say(Lang::En))]
    NoCommand,
}

impl ClipboardError {
    pub fn say(&self, lang: Lang) -> String {
        let no_terminal = |e: &io::Error| tr!(lang, "clip-no-terminal", error = io_error(lang, e));
        match self {
            ClipboardError::System(why) => tr!(lang, "clip-system-failed", why = why.say(lang)),
            ClipboardError::NoTerminal(e) => no_terminal(e),
            ClipboardError::Command { command, why } => {
                let why = match why {
                    CommandFailed::NotStarted(e) => io_error(lang, e),
                    CommandFailed::Exited(Some(code)) => {
                        tr!(lang, "clip-command-exited", code = *code)
                    }
                    CommandFailed::Exited(None) => tr!(lang, "clip-command-killed"),
                };
                tr!(
                    lang,
                    "clip-command-failed",
                    command = one_line(command),
                    why = why
                )
            }
            ClipboardError::Both { system, terminal } => tr!(
                lang,
                "clip-both-failed",
                system = system.say(lang),
                terminal = no_terminal(terminal)
            ),
            ClipboardError::NotArrived(said) => said.clone(),
            ClipboardError::NoCommand => tr!(lang, "clip-no-command"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the serving child can say, each way it can say it.
    fn every_why() -> Vec<Why> {
        vec![
            Why::NoDisplay,
            Why::NotSupported,
            Why::Occupied,
            Why::TakenAtOnce,
            Why::NotInTime,
            Why::StoppedEarly,
            Why::Said("Wayland: the compositor went away".into()),
        ]
    }

    #[test]
    fn what_the_serving_child_says_reads_back_the_same() {
        for why in every_why() {
            assert_eq!(Why::read(&why.line()), why);
        }
        assert_eq!(Why::read(""), Why::StoppedEarly);
        assert_eq!(
            Why::read("something else"),
            Why::Said("something else".into())
        );
    }

    #[test]
    fn arboard_errors_become_reasons_a_person_can_read() {
        let unreachable = arboard::Error::Unknown {
            description: "X11 server connection timed out because it was unreachable".into(),
        };
        assert_eq!(Why::of(&unreachable), Why::NoDisplay);
        assert_eq!(Why::of(&arboard::Error::ClipboardOccupied), Why::Occupied);
        assert_eq!(
            Why::of(&arboard::Error::ClipboardNotSupported),
            Why::NotSupported
        );
    }

    #[test]
    fn every_reason_and_failure_is_said_in_both_languages() {
        let mut errors: Vec<ClipboardError> = every_why()
            .into_iter()
            .map(ClipboardError::System)
            .collect();
        errors.extend([
            ClipboardError::System(Why::NoChild(io::ErrorKind::NotFound)),
            ClipboardError::NoTerminal(io::Error::from_raw_os_error(libc::ENXIO)),
            ClipboardError::Command {
                command: "wl-copy".into(),
                why: CommandFailed::Exited(Some(1)),
            },
            ClipboardError::Command {
                command: "wl-copy".into(),
                why: CommandFailed::Exited(None),
            },
            ClipboardError::Both {
                system: Fallback {
                    name: "X11",
                    why: Why::NoDisplay,
                },
                terminal: io::Error::from_raw_os_error(libc::ENXIO),
            },
            ClipboardError::NoCommand,
        ]);
        for e in &errors {
            let (en, fr) = (e.say(Lang::En), e.say(Lang::Fr));
            assert_eq!(e.to_string(), en);
            assert_ne!(en, fr, "{en}");
            for english in [
                "failed",
                "the clipboard",
                "terminal to",
                "exited",
                "os error",
            ] {
                let ours = matches!(e, ClipboardError::System(Why::Said(_)));
                assert!(ours || !fr.contains(english), "`{english}` in {fr}");
            }
        }
    }
}
