//! Small drawing helpers the panes share: a pane's frame, a scrolling window, a centred box.

use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Block;

use super::theme;

/// The bordered block of a pane, its border bright when it has the focus.
pub fn pane_block<'a>(focused: bool, title: &'a str, right: String) -> Block<'a> {
    let (kind, style) = theme::border(focused);
    Block::bordered()
        .border_type(kind)
        .border_style(style)
        .title(Line::from(format!(" {title} ")).style(if focused {
            Style::new().bold()
        } else {
            Style::new()
        }))
        .title(Line::from(right).alignment(Alignment::Right))
}

/// Rows `[start, end)` of a list of `len` rows that keep `selected` visible in `height` rows.
pub fn window(len: usize, selected: usize, height: usize) -> (usize, usize) {
    if height == 0 {
        return (0, 0);
    }
    let start = if selected < height {
        0
    } else {
        selected + 1 - height
    };
    (start, (start + height).min(len))
}

/// Centres a `width` x `height` box in `area`, shrunk to fit.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}
