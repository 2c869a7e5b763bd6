//! Where a copy went ([`Outcome`]), worded in the user's language, and what tmux does with
//! OSC 52: asked of tmux itself, so a copy it drops is never reported as sent.
//!
//! Inside tmux an application's OSC 52 reaches tmux's paste buffer (and the outer terminal,
//! when it has the clipboard feature) only with `set-clipboard on`; with `external`, tmux's
//! default, it only passes on its own copies, and `off` passes on nothing.

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::lang::Lang;
use crate::tr;

/// How long tmux may take to say what its `set-clipboard` is.
const TMUX_ANSWERS_WITHIN: Duration = Duration::from_secs(1);

/// The tmux command that lets it pass an application's OSC 52 on (also a line of tmux.conf).
pub const TMUX_FIX: &str = "set -g set-clipboard on";

/// Where a copy went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// On the desktop's clipboard; `terminal`: sent with OSC 52 as well (tmux or SSH).
    System { name: &'static str, terminal: bool },
    /// Given to the program the user configured.
    Program(String),
    /// Sent with OSC 52, the only copy; `fallback`: the desktop clipboard failed first.
    Osc52 {
        tmux: Tmux,
        fallback: Option<Fallback>,
    },
    /// tmux ignores an application's OSC 52 with this `set-clipboard`: nothing can arrive.
    Blocked {
        setting: String,
        fallback: Option<Fallback>,
    },
}

/// Whether OSC 52 goes through tmux, as far as tmux said.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tmux {
    /// Not inside tmux: straight to the terminal.
    Outside,
    /// `set-clipboard on`: tmux keeps the text and passes it on.
    On,
    /// tmux did not answer: it may pass the text on or not.
    Unknown,
}

/// The desktop clipboard's failure that OSC 52 stands in for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fallback {
    pub name: &'static str,
    pub why: super::Why,
}

impl Fallback {
    /// "the X11 clipboard failed: no display server answered", in `lang`.
    pub fn say(&self, lang: Lang) -> String {
        tr!(
            lang,
            "clip-fallback",
            name = self.name,
            why = self.why.say(lang)
        )
    }
}

impl Outcome {
    /// False when nothing reached a clipboard the user can paste from.
    pub fn arrived(&self) -> bool {
        !matches!(self, Outcome::Blocked { .. })
    }

    /// The sentence for the user, e.g. "copied to the clipboard (X11)".
    pub fn describe(&self, lang: Lang) -> String {
        let (said, fallback) = match self {
            Outcome::System {
                name,
                terminal: false,
            } => (tr!(lang, "clip-system", name = *name), None),
            Outcome::System {
                name,
                terminal: true,
            } => (tr!(lang, "clip-system-and-terminal", name = *name), None),
            Outcome::Program(command) => {
                (tr!(lang, "clip-program", command = command.as_str()), None)
            }
            Outcome::Osc52 { tmux, fallback } => {
                let said = match tmux {
                    Tmux::Outside => tr!(lang, "clip-osc52"),
                    Tmux::On => tr!(lang, "clip-osc52-tmux"),
                    Tmux::Unknown => tr!(lang, "clip-osc52-tmux-unknown"),
                };
                (said, fallback.as_ref())
            }
            Outcome::Blocked { setting, fallback } => (
                tr!(
                    lang,
                    "clip-tmux-blocked",
                    option = "set-clipboard",
                    setting = setting.as_str(),
                    fix = TMUX_FIX
                ),
                fallback.as_ref(),
            ),
        };
        match fallback {
            Some(f) => {
                tr!(
                    lang,
                    "clip-with-fallback",
                    said = said.as_str(),
                    failed = f.say(lang)
                )
            }
            None => said,
        }
    }

    /// This outcome once tmux's `set-clipboard` is known: crisis runs `inside` tmux, and
    /// `setting` asks it (`None`: no answer). A copy that needs no OSC 52 stays as it is.
    pub fn through_tmux(self, inside: bool, setting: impl FnOnce() -> Option<String>) -> Self {
        if !self.needs_osc52() {
            return self;
        }
        let answer = if inside { Some(setting()) } else { None };
        let tmux = match &answer {
            None => Tmux::Outside,
            Some(None) => Tmux::Unknown,
            Some(Some(on)) if on == "on" => Tmux::On,
            Some(Some(_)) => Tmux::Unknown,
        };
        let ignored = match answer {
            Some(Some(setting)) if setting == "external" || setting == "off" => Some(setting),
            _ => None,
        };
        match (self, ignored) {
            (Outcome::System { name, .. }, Some(_)) => Outcome::System {
                name,
                terminal: false,
            },
            (Outcome::Osc52 { fallback, .. }, Some(setting)) => {
                Outcome::Blocked { setting, fallback }
            }
            (Outcome::Osc52 { fallback, .. }, None) => Outcome::Osc52 { tmux, fallback },
            (other, _) => other,
        }
    }

    /// True while the text must still go to the terminal with OSC 52.
    pub fn needs_osc52(&self) -> bool {
        matches!(
            self,
            Outcome::Osc52 { .. } | Outcome::System { terminal: true, .. }
        )
    }
}

/// True when crisis runs inside tmux.
pub fn inside_tmux() -> bool {
    std::env::var_os("TMUX").is_some_and(|v| !v.is_empty())
}

/// tmux's `set-clipboard` ("on", "external", "off"), asked of the tmux crisis runs in; `None`
/// when tmux is missing, fails or takes too long.
pub fn tmux_set_clipboard() -> Option<String> {
    let mut child = Command::new("tmux")
        .args(["show-options", "-gv", "set-clipboard"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let deadline = Instant::now() + TMUX_ANSWERS_WITHIN;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(5)),
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return None;
            }
        }
    };
    let mut answer = String::new();
    child.stdout.take()?.read_to_string(&mut answer).ok()?;
    let answer = answer.trim();
    (status.success() && !answer.is_empty()).then(|| answer.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn osc52() -> Outcome {
        Outcome::Osc52 {
            tmux: Tmux::Outside,
            fallback: None,
        }
    }

    #[test]
    fn only_set_clipboard_on_lets_an_osc52_copy_through_tmux() {
        let asked = |answer: Option<&str>| {
            let answer = answer.map(str::to_owned);
            osc52().through_tmux(true, move || answer)
        };
        let tmux = |tmux| Outcome::Osc52 {
            tmux,
            fallback: None,
        };
        assert_eq!(asked(Some("on")), tmux(Tmux::On));
        for setting in ["external", "off"] {
            let blocked = asked(Some(setting));
            assert_eq!(
                blocked,
                Outcome::Blocked {
                    setting: setting.into(),
                    fallback: None
                }
            );
            assert!(!blocked.arrived() && !blocked.needs_osc52());
        }
        // No answer (or one we do not know): neither sent for sure nor blocked.
        assert_eq!(asked(None), tmux(Tmux::Unknown));
        assert_eq!(asked(Some("maybe")), tmux(Tmux::Unknown));
        // Outside tmux, tmux is not asked.
        let outside = osc52().through_tmux(false, || panic!("tmux asked"));
        assert_eq!(outside, tmux(Tmux::Outside));
        assert!(outside.arrived() && outside.needs_osc52());
    }

    #[test]
    fn the_desktop_copy_stands_when_tmux_drops_the_osc52_one() {
        let both = Outcome::System {
            name: "X11",
            terminal: true,
        };
        let seen = both.clone().through_tmux(true, || Some("external".into()));
        assert_eq!(
            seen,
            Outcome::System {
                name: "X11",
                terminal: false
            }
        );
        assert!(seen.arrived() && !seen.needs_osc52());
        assert_eq!(both.clone().through_tmux(true, || Some("on".into())), both);
        let program = Outcome::Program("wl-copy".into());
        let seen = program.clone().through_tmux(true, || panic!("tmux asked"));
        assert_eq!(seen, program);
    }

    #[test]
    fn a_blocked_copy_says_it_cannot_arrive_and_gives_the_fix_in_both_languages() {
        let blocked = Outcome::Blocked {
            setting: "external".into(),
            fallback: Some(Fallback {
                name: "X11",
                why: super::super::Why::NoDisplay,
            }),
        };
        let en = blocked.describe(Lang::En);
        assert!(
            en.starts_with("the copy cannot reach your clipboard: tmux drops OSC 52 while set-clipboard is external;"),
            "{en}"
        );
        assert!(
            en.contains("run `tmux set -g set-clipboard on` and add `set -g set-clipboard on` to ~/.tmux.conf"),
            "{en}"
        );
        assert!(
            en.ends_with("the X11 clipboard failed: no display server answered"),
            "{en}"
        );
        let fr = blocked.describe(Lang::Fr);
        assert!(fr.contains(TMUX_FIX) && fr.contains("external"), "{fr}");
        assert_ne!(fr, en);
    }

    #[test]
    fn every_outcome_is_worded() {
        let outcomes = [
            Outcome::System {
                name: "X11",
                terminal: false,
            },
            Outcome::System {
                name: "Wayland",
                terminal: true,
            },
            Outcome::Program("wl-copy".into()),
            osc52(),
            Outcome::Osc52 {
                tmux: Tmux::On,
                fallback: None,
            },
            Outcome::Osc52 {
                tmux: Tmux::Unknown,
                fallback: None,
            },
        ];
        let en: Vec<String> = outcomes.iter().map(|o| o.describe(Lang::En)).collect();
        assert_eq!(
            en,
            [
                "copied to the clipboard (X11)",
                "copied to the clipboard (Wayland) and sent to the terminal's clipboard (OSC 52)",
                "copied with `wl-copy`",
                "sent to the terminal's clipboard (OSC 52)",
                "sent to the terminal's clipboard through tmux (OSC 52)",
                "sent to the terminal with OSC 52; tmux did not say whether it passes it on",
            ]
        );
        for outcome in &outcomes {
            let fr = outcome.describe(Lang::Fr);
            assert!(!fr.starts_with("clip-") && !en.contains(&fr), "{fr}");
        }
    }
}
