//! Entering and leaving the terminal's raw, full-screen mode, whatever way the cockpit ends.

use std::io::{self, Stdout, stdout};
use std::sync::mpsc::Sender;

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use signal_hook::iterator::Signals;

use super::action::Action;

pub type Term = Terminal<CrosstermBackend<Stdout>>;

/// Raw mode, alternate screen and bracketed paste (so a pasted note cannot fire commands).
/// A panic restores the terminal before its message is printed.
pub fn enter() -> io::Result<Term> {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        leave();
        previous(info);
    }));
    enable_raw_mode()?;
    if let Err(e) = execute!(stdout(), EnterAlternateScreen, EnableBracketedPaste) {
        leave();
        return Err(e);
    }
    Terminal::new(CrosstermBackend::new(stdout()))
}

/// Puts the terminal back as the shell left it. Safe to call more than once.
pub fn leave() {
    let _ = execute!(
        stdout(),
        DisableBracketedPaste,
        LeaveAlternateScreen,
        ratatui::crossterm::cursor::Show
    );
    let _ = disable_raw_mode();
}

/// SIGTERM and SIGHUP (a closed tab) and SIGINT become actions, so the normal exit path
/// restores the terminal and saves what is being typed.
pub fn spawn_signal_thread<T: From<Action> + Send + 'static>(tx: Sender<T>) -> io::Result<()> {
    let mut signals = Signals::new([SIGTERM, SIGHUP, SIGINT])?;
    std::thread::Builder::new()
        .name("crisis-signals".into())
        .spawn(move || {
            for signal in signals.forever() {
                if tx.send(Action::Signal(signal).into()).is_err() {
                    break;
                }
            }
        })
        .map(drop)
}
