//! The help overlay, built from the key table so it cannot drift from what the keys do.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::action::Verb;
use super::keymap::{Scope, help_rows, key_for};
use super::theme;
use super::widgets::centered;
use crate::lang::Lang;
use crate::tr;

pub fn render(frame: &mut Frame, area: Rect, lang: Lang) {
    let rows = help_rows(lang);
    let key_width = rows
        .iter()
        .map(|(k, _, _)| k.chars().count())
        .max()
        .unwrap_or(0);
    // The line-editing keys, which work as everywhere else, share one row: the help must fit
    // a 24-row screen's worth of commands.
    let (typing, rows): (Vec<_>, Vec<_>) = rows.into_iter().partition(|(_, _, typing)| *typing);
    let editing: Vec<&str> = typing
        .iter()
        .filter_map(|(keys, _, _)| keys.split_whitespace().next())
        .collect();
    let mut lines: Vec<Line> = rows
        .into_iter()
        .map(|(keys, description, _)| {
            Line::from(vec![
                Span::styled(
                    format!(" {keys:<key_width$}  "),
                    Style::new().bold().fg(Color::Cyan),
                ),
                Span::raw(description),
            ])
        })
        .collect();
    lines.push(Line::from(vec![
        Span::styled(
            format!(" {:<key_width$}  ", tr!(lang, "help-typing")),
            Style::new().bold().fg(Color::Cyan),
        ),
        Span::raw(tr!(lang, "help-edit-as-shell", keys = editing.join(" "))),
    ]));
    lines.push(Line::from(""));
    lines.push(Line::from(format!(" {}", tr!(lang, "help-mouse"))).style(theme::dim()));
    let closes = tr!(
        lang,
        "help-saved",
        help = key_for(Verb::Help, Scope::Help, lang),
        cancel = key_for(Verb::Cancel, Scope::Help, lang)
    );
    lines.push(Line::from(format!(" {closes}")).style(theme::dim()));
    let width = lines.iter().map(Line::width).max().unwrap_or(0) as u16 + 3;
    let box_area = centered(area, width.max(76), lines.len() as u16 + 2);
    frame.render_widget(Clear, box_area);
    let block = Block::bordered()
        .title(format!(" {} ", tr!(lang, "pane-keys")))
        .border_style(Style::new().fg(Color::Cyan));
    frame.render_widget(Paragraph::new(lines).block(block), box_area);
}
