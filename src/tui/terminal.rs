//! Entering and leaving the terminal's raw, full-screen mode, whatever way the cockpit ends,
//! and stepping out of it while the cockpit is stopped.

use std::io::{self, Stdout, stdout};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};

pub type Term = Terminal<CrosstermBackend<Stdout>>;

/// Raw mode, alternate screen, bracketed paste (so a pasted note cannot fire commands) and
/// the mouse (clicks and the wheel; with Shift, terminals keep selecting text themselves).
/// A panic restores the terminal before its message is printed.
pub fn enter() -> io::Result<Term> {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        leave();
        previous(info);
    }));
    enable_raw_mode()?;
    if let Err(e) = execute!(
        stdout(),
        EnterAlternateScreen,
        EnableBracketedPaste,
        EnableMouseCapture
    ) {
        leave();
        return Err(e);
    }
    Terminal::new(CrosstermBackend::new(stdout()))
}

/// Puts the terminal back as the shell left it. Safe to call more than once.
pub fn leave() {
    let _ = execute!(
        stdout(),
        DisableMouseCapture,
        DisableBracketedPaste,
        LeaveAlternateScreen,
        ratatui::crossterm::cursor::Show
    );
    let _ = disable_raw_mode();
}

/// SIGTSTP: gives the screen back to the shell, stops, and on SIGCONT takes the terminal
/// again and redraws everything, as a full-screen program does around `fg`.
pub fn suspend(term: &mut Term) -> io::Result<()> {
    leave();
    // Stopped here until SIGCONT; the default action of SIGSTOP cannot be caught.
    signal_hook::low_level::raise(signal_hook::consts::SIGSTOP)?;
    enable_raw_mode()?;
    execute!(
        stdout(),
        EnterAlternateScreen,
        Clear(ClearType::All),
        EnableBracketedPaste,
        EnableMouseCapture
    )?;
    // A new terminal has blank buffers, so the next frame draws every cell. `Terminal::clear`
    // would ask the terminal where its cursor is, and the input thread would eat the answer.
    *term = Terminal::new(CrosstermBackend::new(stdout()))?;
    Ok(())
}
