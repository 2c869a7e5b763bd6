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
use crate::present;
use crate::text;

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
    // Only the events that fit are formatted, newest first, whatever the incident's length.
    let height = inner.height as usize;
    let end = events.len().saturating_sub(app.timeline.scroll);
    let mut rows: Vec<Line> = Vec::with_capacity(height);
    for event in events[..end].iter().rev() {
        if rows.len() >= height {
            break;
        }
        let mut event_rows = lines(event, &app.book, app, inner.width as usize);
        event_rows.append(&mut rows);
        rows = event_rows;
    }
    let skip = rows.len().saturating_sub(height);
    frame.render_widget(Paragraph::new(rows.split_off(skip)), inner);
}

/// Width of "HH:MM ", the indent of an event's continuation rows.
const INDENT: usize = 6;

/// One event as screen rows: time and label, then its text wrapped under it.
fn lines<'a>(event: &Event, book: &Phrasebook, app: &App, width: usize) -> Vec<Line<'a>> {
    let colour = match event.kind {
        EventKind::Opened { .. } | EventKind::Resolved { .. } => Color::Magenta,
        EventKind::UpdateSent { .. } => Color::Green,
        EventKind::StepDone { .. } | EventKind::StepUndone { .. } => Color::Cyan,
        EventKind::PhraseCopied { .. } => Color::Blue,
        _ => Color::Yellow,
    };
    let label = present::label(&event.kind);
    let detail = text::one_line(&present::detail(&event.kind, book, app.lang));
    let head = INDENT + label.chars().count() + 2;
    let mut chunks = wrap(
        &detail,
        width.saturating_sub(head).max(1),
        width.saturating_sub(INDENT).max(1),
    );
    let first = if chunks.is_empty() {
        String::new()
    } else {
        format!(": {}", chunks.remove(0))
    };
    let mut rows = vec![Line::from(vec![
        Span::styled(
            event.at.format("%H:%M ").to_string(),
            Style::new().fg(Color::DarkGray),
        ),
        Span::styled(label, Style::new().fg(colour).bold()),
        Span::raw(first),
    ])];
    rows.extend(
        chunks
            .into_iter()
            .map(|chunk| Line::from(format!("{:INDENT$}{chunk}", ""))),
    );
    rows
}

/// Greedy word wrap: the first row holds `first` characters, the others `rest`. A word longer
/// than a row is cut.
fn wrap(text: &str, first: usize, rest: usize) -> Vec<String> {
    let mut rows: Vec<String> = Vec::new();
    let mut row = String::new();
    let mut room = first;
    for word in text.split(' ') {
        let mut word: Vec<char> = word.chars().collect();
        loop {
            let used = row.chars().count();
            let gap = usize::from(used > 0);
            if used + gap + word.len() <= room {
                if gap == 1 {
                    row.push(' ');
                }
                row.extend(word.iter());
                break;
            }
            if used > 0 {
                rows.push(std::mem::take(&mut row));
                room = rest;
                continue;
            }
            let tail = word.split_off(room.min(word.len()));
            rows.push(word.into_iter().collect());
            room = rest;
            word = tail;
            if word.is_empty() {
                break;
            }
        }
    }
    if !row.is_empty() {
        rows.push(row);
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn words_wrap_and_long_words_are_cut() {
        assert_eq!(
            wrap("called Tim about the outage", 10, 12),
            ["called Tim", "about the", "outage"]
        );
        assert_eq!(wrap("abcdefghij", 4, 3), ["abcd", "efg", "hij"]);
        assert!(wrap("", 5, 5).is_empty());
        assert_eq!(wrap("a  b", 10, 10), ["a  b"]);
    }
}
