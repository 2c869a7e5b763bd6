//! Putting text on the user's clipboard.
//!
//! OSC 52 asks the terminal itself to set the clipboard, which is what works inside tmux and
//! over SSH: the escape sequence travels with the rest of the output.

use std::io::{self, Write};

use ratatui::crossterm::clipboard::CopyToClipboard;
use ratatui::crossterm::execute;

/// Sends `text` to the terminal's clipboard with OSC 52 on `out` (the terminal).
pub fn osc52(out: &mut impl Write, text: &str) -> io::Result<&'static str> {
    execute!(out, CopyToClipboard::to_clipboard_from(text))?;
    Ok("sent to the terminal's clipboard (OSC 52)")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn osc52_writes_the_base64_sequence() {
        let mut out = Vec::new();
        osc52(&mut out, "désolé").unwrap();
        let seq = String::from_utf8(out).unwrap();
        assert_eq!(seq, "\u{1b}]52;c;ZMOpc29sw6k=\u{1b}\\");
    }
}
