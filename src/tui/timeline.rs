//! The Timeline pane: every event of the incident, newest at the bottom, and its scroll.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::action::Verb;
use super::keymap::{Scope, key_for};
use super::widgets::pane_block;
use crate::incident::{Event, EventKind};
use crate::lang::Lang;
use crate::phrasebook::Phrasebook;
use crate::present;
use crate::text;

/// Rows scrolled up from the newest event; 0 follows new events.
#[derive(Debug, Clone, Default)]
pub struct Timeline {
    pub scroll: usize,
}

impl Timeline {
    /// Up (a negative `delta`) goes back in time, within the `len` events there are.
    pub fn move_by(&mut self, delta: isize, len: usize) {
        self.scroll = self
            .scroll
            .saturating_add_signed(-delta)
            .min(len.saturating_sub(1));
    }

    /// A timeline scrolled up stays on what the user is reading as `arrived` events come in.
    pub fn arrived(&mut self, arrived: usize) {
        if self.scroll > 0 {
            self.scroll += arrived;
        }
    }
}

/// What the pane shows: the events (none before an incident exists) and the state above.
pub struct TimelineView<'a> {
    pub events: Option<&'a [Event]>,
    pub book: &'a Phrasebook,
    pub lang: Lang,
    pub scroll: usize,
    pub focused: bool,
}

impl Widget for TimelineView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let Some(events) = self.events else {
            let block = pane_block(self.focused, "Timeline", String::new());
            let hint = format!(
                "No open incident yet. Type its title below and press {}; every event will be kept here.",
                key_for(Verb::Confirm, Scope::Text)
            );
            Paragraph::new(hint)
                .wrap(Wrap { trim: true })
                .block(block)
                .render(area, buf);
            return;
        };
        let count = if self.scroll > 0 {
            format!(" {}/{} ", events.len() - self.scroll, events.len())
        } else {
            format!(" {} ", events.len())
        };
        let block = pane_block(self.focused, "Timeline", count);
        let inner = block.inner(area);
        block.render(area, buf);
        // Only the events that fit are formatted, newest first, whatever the incident's length.
        let height = inner.height as usize;
        let end = events.len().saturating_sub(self.scroll);
        let mut rows: Vec<Line> = Vec::with_capacity(height);
        for event in events[..end].iter().rev() {
            if rows.len() >= height {
                break;
            }
            let mut event_rows = self.lines(event, inner.width as usize, height);
            event_rows.append(&mut rows);
            rows = event_rows;
        }
        let skip = rows.len().saturating_sub(height);
        Paragraph::new(rows.split_off(skip)).render(inner, buf);
    }
}

/// Width of "HH:MM ", the indent of an event's continuation rows.
const INDENT: usize = 6;

impl TimelineView<'_> {
    /// One event as screen rows: time and label, then its text wrapped under it.
    /// One event as screen rows: time and label, then its text wrapped under it; at most
    /// `height` rows, since more would not show.
    fn lines(&self, event: &Event, width: usize, height: usize) -> Vec<Line<'static>> {
        let colour = match event.kind {
            EventKind::Opened { .. } | EventKind::Resolved { .. } => Color::Magenta,
            EventKind::UpdateSent { .. } => Color::Green,
            EventKind::StepDone { .. } | EventKind::StepUndone { .. } => Color::Cyan,
            EventKind::PhraseCopied { .. } => Color::Blue,
            _ => Color::Yellow,
        };
        let label = present::label(&event.kind);
        let head = INDENT + label.chars().count() + 2;
        // Only what the pane can show is cleaned and wrapped: a note of megabytes costs what
        // fits on the screen, not its length, at every frame.
        let room = width.saturating_mul(height.max(1));
        let detail = present::detail(&event.kind, self.book, self.lang);
        let visible: String = detail.chars().take(room).collect();
        let mut chunks = wrap(&text::one_line(&visible), head, width);
        chunks.truncate(height.max(1));
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
        rows.extend(chunks.into_iter().map(Line::from));
        rows
    }
}

/// Wraps `text` to `width` columns of display width, the first row after a head of `head`
/// columns, the others under the text with a hanging indent. A word longer than a row is cut.
fn wrap(text: &str, head: usize, width: usize) -> Vec<String> {
    if text.is_empty() {
        return Vec::new();
    }
    let lead = " ".repeat(head.min(width.saturating_sub(1)));
    let hang = " ".repeat(INDENT.min(width.saturating_sub(1)));
    let options = textwrap::Options::new(width.max(1))
        .initial_indent(&lead)
        .subsequent_indent(&hang)
        .word_separator(textwrap::WordSeparator::AsciiSpace);
    let mut rows: Vec<String> = textwrap::wrap(text, options)
        .into_iter()
        .map(|row| row.into_owned())
        .collect();
    if let Some(first) = rows.first_mut() {
        *first = first[lead.len()..].to_owned();
    }
    rows
}

#[cfg(test)]
fn crate_event(text: &str) -> Event {
    let at = chrono::DateTime::parse_from_rfc3339("2026-11-24T09:02:00+01:00").unwrap();
    Event::new(
        at,
        EventKind::Note {
            text: text.to_owned(),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn words_wrap_under_the_text_and_long_words_are_cut() {
        assert_eq!(
            wrap("called Tim about the outage", 8, 18),
            ["called Tim", "      about the", "      outage"]
        );
        assert_eq!(
            wrap("abcdefghij", 6, 10),
            ["abcd", "      efgh", "      ij"]
        );
        assert!(wrap("", 5, 5).is_empty());
    }

    #[test]
    fn a_huge_note_draws_only_what_fits() {
        use ratatui::buffer::Buffer;
        use ratatui::layout::Rect;
        use ratatui::widgets::Widget;

        use super::{TimelineView, crate_event};
        let book = crate::phrasebook::Phrasebook::default();
        let word = "x".repeat(10 << 20);
        let events = [crate_event(&format!("start {word}"))];
        let area = Rect::new(0, 0, 40, 8);
        let mut buf = Buffer::empty(area);
        let view = TimelineView {
            events: Some(&events),
            book: &book,
            lang: crate::lang::Lang::En,
            scroll: 0,
            focused: true,
        };
        view.render(area, &mut buf);
        let screen: String = buf.content.iter().map(|c| c.symbol()).collect();
        assert!(screen.contains("note: start"), "{screen}");
        assert_eq!(screen.matches("│      xxxx").count(), 5, "{screen}");
    }

    #[test]
    fn wide_characters_count_by_display_width() {
        // Each ideograph takes two columns: five of them fill a ten-column row.
        let rows = wrap("障害 障害 障害", 0, 10);
        assert_eq!(rows, ["障害 障害", "      障害"]);
    }
}
