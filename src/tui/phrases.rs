//! The Phrasebook pane: search box, results, and the selected phrase filled in.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style, Stylize};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Paragraph, Wrap};

use super::app::{App, Pane};
use super::view::{pane_block, window};
use crate::phrasebook::{Segment, segments};
use crate::text;

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let state = &app.phrases;
    let total = app.phrase_total();
    let count = if state.pending {
        " … ".to_string()
    } else {
        format!(" {}/{total} ", state.hits.len())
    };
    let block = pane_block(app, Pane::Phrasebook, "Phrasebook", count);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let preview_rows = (inner.height / 2).clamp(1, 8);
    let [search, list, rule, preview] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
        Constraint::Length(preview_rows),
    ])
    .areas(inner);

    let mut line = vec![Span::styled("/ ", Style::new().fg(Color::Cyan).bold())];
    if state.typing {
        line.push(Span::raw(text::one_line(&state.query)));
        line.push(Span::styled("█", Style::new().fg(Color::Cyan)));
    } else if state.query.is_empty() {
        line.push(Span::styled("to search", Style::new().fg(Color::DarkGray)));
    } else {
        line.push(Span::raw(text::one_line(&state.query)));
    }
    if let Some(step) = &state.filter {
        let title = app
            .steps()
            .iter()
            .find(|s| &s.id == step)
            .map_or(step.clone(), |s| s.title.clone());
        line.push(Span::styled(
            format!("  [step: {title} · Esc clears]"),
            Style::new().fg(Color::Yellow),
        ));
    }
    frame.render_widget(Paragraph::new(Line::from(line)), search);

    let (start, end) = window(state.hits.len(), state.selected, list.height as usize);
    let rows: Vec<Line> = state.hits[start..end]
        .iter()
        .enumerate()
        .map(|(offset, hit)| {
            let phrase = &app.book.phrases[hit.index];
            let selected = start + offset == state.selected;
            let marker = if selected { "▸ " } else { "  " };
            let style = if selected {
                Style::new().add_modifier(Modifier::REVERSED)
            } else {
                Style::new()
            };
            Line::from(vec![
                Span::styled(marker, style),
                Span::styled(text::one_line(&phrase.text), style),
            ])
        })
        .collect();
    if rows.is_empty() && !state.pending {
        let empty =
            Paragraph::new("no phrase matches; Backspace or Esc to widen").fg(Color::DarkGray);
        frame.render_widget(empty, list);
    } else {
        frame.render_widget(Paragraph::new(rows), list);
    }

    let Some(phrase) = app.selected_phrase() else {
        return;
    };
    let label = format!(
        "─ {} · {} · {} ",
        phrase.id,
        phrase.stage,
        phrase.tags.join(" ")
    );
    frame.render_widget(Paragraph::new(label).fg(Color::DarkGray), rule);
    let values = app.placeholder_values();
    let missing = Style::new().fg(Color::Black).bg(Color::Yellow);
    let filled = Style::new().fg(Color::Green);
    let mut text = Text::default();
    let mut current = Line::default();
    for segment in segments(&phrase.text, &values) {
        let (raw, style) = match segment {
            Segment::Literal(s) => (s.to_owned(), Style::new()),
            Segment::Filled(v) => (text::one_line(&v), filled),
            Segment::Missing(m) => (m.to_owned(), missing),
        };
        let mut parts = raw.split('\n').peekable();
        while let Some(part) = parts.next() {
            current.push_span(Span::styled(part.to_owned(), style));
            if parts.peek().is_some() {
                text.push_line(std::mem::take(&mut current));
            }
        }
    }
    text.push_line(current);
    frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: false }), preview);
}
