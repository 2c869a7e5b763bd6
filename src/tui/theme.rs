//! The cockpit's few styles, chosen to read on dark and light backgrounds alike: meaning is
//! carried by bold, reversed video and border shape first, colour second, so that `NO_COLOR`
//! (every colour taken away by [`strip_colours`]) loses nothing.

use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier, Style};
use ratatui::widgets::BorderType;

/// Secondary text: faint in the terminal's own colour, never a fixed grey that vanishes on
/// one background or the other.
pub fn dim() -> Style {
    Style::new().add_modifier(Modifier::DIM)
}

/// Something to look at now (a warning, a follow-up due): black on yellow reads everywhere.
pub fn warning() -> Style {
    Style::new().fg(Color::Black).bg(Color::Yellow).bold()
}

/// A key, a label, a marker that should stand out in the text around it.
pub fn accent() -> Style {
    Style::new().fg(Color::Magenta).bold()
}

/// The selected row of a list.
pub fn selected() -> Style {
    Style::new().add_modifier(Modifier::REVERSED)
}

/// A pane's border: thick and coloured with the focus, plain in the text's colour without,
/// so that the focused pane is obvious and the others stay visible.
pub fn border(focused: bool) -> (BorderType, Style) {
    if focused {
        (BorderType::Thick, Style::new().fg(Color::Cyan).bold())
    } else {
        (BorderType::Plain, Style::new())
    }
}

/// `NO_COLOR`: every colour goes, and what had a background colour (the status bar, a chip,
/// a warning) turns to reversed video so it still stands out.
pub fn strip_colours(buf: &mut Buffer) {
    for cell in buf.content.iter_mut() {
        if cell.bg != Color::Reset {
            cell.modifier.insert(Modifier::REVERSED);
        }
        cell.fg = Color::Reset;
        cell.bg = Color::Reset;
    }
}

#[cfg(test)]
mod tests {
    use ratatui::layout::Rect;

    use super::*;

    #[test]
    fn without_colour_a_background_turns_to_reversed_video() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 2, 1));
        buf[(0, 0)].set_style(warning());
        buf[(1, 0)].set_style(accent());
        strip_colours(&mut buf);
        assert_eq!(buf[(0, 0)].bg, Color::Reset);
        assert!(buf[(0, 0)].modifier.contains(Modifier::REVERSED));
        assert_eq!(buf[(1, 0)].fg, Color::Reset);
        assert!(!buf[(1, 0)].modifier.contains(Modifier::REVERSED));
        assert!(buf[(1, 0)].modifier.contains(Modifier::BOLD));
    }
}
