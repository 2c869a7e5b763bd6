//! The help overlay, built from the key table so it cannot drift from what the keys do.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::keymap::help_rows;
use super::view::centered;

pub fn render(frame: &mut Frame, area: Rect) {
    let rows = help_rows();
    let key_width = rows
        .iter()
        .map(|(k, _, _)| k.chars().count())
        .max()
        .unwrap_or(0);
    let mut lines: Vec<Line> = rows
        .into_iter()
        .map(|(keys, description, scope)| {
            let scope = if scope.is_empty() {
                String::new()
            } else {
                format!(" ({scope})")
            };
            Line::from(vec![
                Span::styled(
                    format!(" {keys:<key_width$}  "),
                    Style::new().bold().fg(Color::Cyan),
                ),
                Span::raw(description),
                Span::styled(scope, Style::new().fg(Color::DarkGray)),
            ])
        })
        .collect();
    lines.push(Line::from(""));
    lines.push(
        Line::from(" Every event is saved the moment it happens. ? or Esc closes.")
            .fg(Color::DarkGray),
    );
    let box_area = centered(area, 76, lines.len() as u16 + 2);
    frame.render_widget(Clear, box_area);
    let block = Block::bordered()
        .title(" Keys ")
        .border_style(Style::new().fg(Color::Cyan));
    frame.render_widget(Paragraph::new(lines).block(block), box_area);
}
