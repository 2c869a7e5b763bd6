//! The threads that feed the loop besides the workers: the terminal's input, a one-second
//! ticker and the signals, each sending into the loop's one channel.

use std::io;
use std::sync::mpsc::Sender;
use std::time::Duration;

use ratatui::crossterm::event::{self, Event as TermEvent, KeyEventKind};

use super::action::Action;
use super::runtime::Input;
use crate::clock;

pub fn spawn_input_thread(tx: Sender<Input>) -> io::Result<()> {
    std::thread::Builder::new()
        .name("crisis-input".into())
        .spawn(move || {
            loop {
                let input = match event::read() {
                    Ok(TermEvent::Key(key)) if key.kind != KeyEventKind::Release => Input::Key(key),
                    Ok(TermEvent::Paste(text)) => Action::Paste(text).into(),
                    Ok(TermEvent::Resize(width, height)) => Action::Resize { width, height }.into(),
                    Ok(TermEvent::Mouse(mouse)) => match super::mouse::action(mouse) {
                        Some(action) => action.into(),
                        None => continue,
                    },
                    Ok(_) => continue,
                    Err(_) => break,
                };
                if tx.send(input).is_err() {
                    break;
                }
            }
        })
        .map(drop)
}

pub fn spawn_ticker(tx: Sender<Input>) -> io::Result<()> {
    std::thread::Builder::new()
        .name("crisis-ticker".into())
        .spawn(move || {
            while tx.send(Action::Tick(clock::now()).into()).is_ok() {
                std::thread::sleep(Duration::from_secs(1));
            }
        })
        .map(drop)
}

/// SIGTERM, SIGHUP (a closed tab), SIGINT and SIGQUIT become actions, so the normal exit path
/// restores the terminal and saves what is being typed; SIGTSTP suspends the cockpit.
pub fn spawn_signal_thread(tx: Sender<Input>) -> io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP};
    let mut signals =
        signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGTSTP])?;
    std::thread::Builder::new()
        .name("crisis-signals".into())
        .spawn(move || {
            for signal in signals.forever() {
                let input = match signal {
                    SIGTSTP => Input::Suspend,
                    other => Action::Signal(other).into(),
                };
                if tx.send(input).is_err() {
                    break;
                }
            }
        })
        .map(drop)
}
