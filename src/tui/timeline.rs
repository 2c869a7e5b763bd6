//! The Timeline pane: every event of the incident, newest at the bottom.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::app::{App, Pane};
use super::view::pane_block;
use crate::incident::{Event, EventKind};
use crate::phrasebook::Phrasebook;
use crate::sanitize;

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let Some(incident) = &app.incident else {
        let block = pane_block(app, Pane::Timeline, "Timeline", String::new());
        let hint = "No open incident yet. Type its title below and press Enter; every event will be kept here.";
        frame.render_widget(
            Paragraph::new(hint).wrap(Wrap { trim: true }).block(block),
            area,
        );
        return;
    };
    let events = &incident.events;
    let count = if app.timeline.scroll > 0 {
        format!(" {}/{} ", events.len() - app.timeline.scroll, events.len())
    } else {
        format!(" {} ", events.len())
    };
    let block = pane_block(app, Pane::Timeline, "Timeline", count);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    // Only the visible rows are formatted, whatever the length of the incident.
    let end = events.len().saturating_sub(app.timeline.scroll);
    let start = end.saturating_sub(inner.height as usize);
    let lines: Vec<Line> = events[start..end]
        .iter()
        .map(|e| line(e, &app.book, app))
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

fn line<'a>(event: &Event, book: &Phrasebook, app: &App) -> Line<'a> {
    let colour = match event.kind {
        EventKind::Opened { .. } | EventKind::Resolved { .. } => Color::Magenta,
        EventKind::UpdateSent { .. } => Color::Green,
        EventKind::StepDone { .. } | EventKind::StepUndone { .. } => Color::Cyan,
        EventKind::PhraseCopied { .. } => Color::Blue,
        _ => Color::Yellow,
    };
    let detail = crate::playbook::event_detail(book, app.lang, &event.kind);
    Line::from(vec![
        Span::styled(
            event.at.format("%H:%M ").to_string(),
            Style::new().fg(Color::DarkGray),
        ),
        Span::styled(event.kind.label(), Style::new().fg(colour).bold()),
        Span::raw(if detail.is_empty() {
            String::new()
        } else {
            format!(": {}", sanitize::one_line(&detail))
        }),
    ])
}
