//! The Timeline pane: every event of the incident, newest at the bottom, and its scroll.

use chrono::FixedOffset;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::action::Verb;
use super::keymap::{Scope, key_for};
use super::theme;
use super::widgets::pane_block;
use crate::incident::{Event, EventKind, Incident};
use crate::lang::Lang;
use crate::phrasebook::Phrasebook;
use crate::present;
use crate::text;
use crate::tr;

/// Rows scrolled up from the newest event; 0 follows new events.
#[derive(Debug, Clone, Default)]
pub struct Timeline {
    pub scroll: usize,
    /// The event shown whole (Enter on the event at the bottom of the pane): a copied email
    /// is one line and "…" otherwise.
    pub expanded: Option<String>,
}

impl Timeline {
    /// Shows the event at the bottom of the pane whole, or folds it back.
    pub fn toggle(&mut self, events: &[Event]) {
        let at = events
            .len()
            .checked_sub(1 + self.scroll)
            .and_then(|i| events.get(i));
        let id = at.map(|e| e.id.clone());
        self.expanded = if self.expanded == id { None } else { id };
    }

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

/// What the pane shows: the incident's events (none before an incident exists).
pub struct TimelineView<'a> {
    pub incident: Option<&'a Incident>,
    pub book: &'a Phrasebook,
    /// Times are shown in the viewer's zone, whatever offset the writer had.
    pub offset: FixedOffset,
    /// The event shown whole.
    pub expanded: Option<&'a str>,
    pub scroll: usize,
    pub focused: bool,
    pub lang: Lang,
}

impl Widget for TimelineView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let Some(incident) = self.incident else {
            let title = tr!(self.lang, "pane-timeline");
            let block = pane_block(self.focused, &title, String::new());
            let key = key_for(Verb::Confirm, Scope::Text, self.lang);
            let hint = tr!(self.lang, "timeline-empty", key = key);
            Paragraph::new(hint)
                .wrap(Wrap { trim: true })
                .block(block)
                .render(area, buf);
            return;
        };
        let events = incident.events.as_slice();
        let count = if self.scroll > 0 {
            format!(" {}/{} ", events.len() - self.scroll, events.len())
        } else {
            format!(" {} ", events.len())
        };
        let title = tr!(self.lang, "pane-timeline");
        let block = pane_block(self.focused, &title, count);
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
            let mut event_rows = self.lines(incident, event, inner.width as usize, height);
            event_rows.append(&mut rows);
            rows = event_rows;
        }
        let skip = rows.len().saturating_sub(height);
        Paragraph::new(rows.split_off(skip)).render(inner, buf);
    }
}

impl TimelineView<'_> {
    /// One event as screen rows: time and label, then its text wrapped under it; at most
    /// `height` rows, since more would not show.
    fn lines(
        &self,
        incident: &Incident,
        event: &Event,
        width: usize,
        height: usize,
    ) -> Vec<Line<'static>> {
        let colour = match event.kind {
            EventKind::Opened { .. } | EventKind::Resolved { .. } => Color::Magenta,
            EventKind::UpdateSent { .. } => Color::Green,
            EventKind::StepDone { .. } | EventKind::StepUndone { .. } => Color::Cyan,
            EventKind::PhraseCopied { .. } => Color::LightBlue,
            _ => Color::Reset,
        };
        let label = present::label(&event.kind, incident.lang);
        // "note: …" / "note : …", as each language punctuates.
        let colon = tr!(incident.lang, "timeline-colon");
        let author = self.author(incident, event);
        // The time as the incident's language writes it ("14:30", "14 h 30"): its width is
        // the indent of the event's continuation rows.
        let stamp = format!(
            "{} ",
            present::values::clock_time(event.at.with_timezone(&self.offset), incident.lang)
        );
        let indent = stamp.chars().count();
        let head = indent + author.chars().count() + label.chars().count() + colon.chars().count();
        // Only what the pane can show is cleaned and wrapped: a note of megabytes costs what
        // fits on the screen, not its length, at every frame.
        let room = width.saturating_mul(height.max(1));
        let detail = if self.expanded == Some(event.id.as_str()) {
            present::describe::whole(&event.kind)
                .unwrap_or_else(|| present::describe::detail_in(incident, event, self.book))
        } else {
            present::describe::detail_in(incident, event, self.book)
        };
        let visible: String = detail.chars().take(room).collect();
        let mut chunks = wrap(&text::one_line(&visible), head, indent, width);
        chunks.truncate(height.max(1));
        let first = if chunks.is_empty() {
            String::new()
        } else {
            format!("{colon}{}", chunks.remove(0))
        };
        // A retracted event stays in view, crossed out: nothing is ever hidden.
        let (label_style, text_style) = if incident.retracted.contains(&event.id) {
            let gone = Style::new()
                .patch(theme::dim())
                .add_modifier(Modifier::CROSSED_OUT);
            (gone, gone)
        } else {
            (Style::new().fg(colour).bold(), Style::new())
        };
        let mut rows = vec![Line::from(vec![
            Span::styled(stamp, theme::dim()),
            Span::styled(author, Style::new().fg(Color::Cyan)),
            Span::styled(label, label_style),
            Span::styled(first, text_style),
        ])];
        rows.extend(chunks.into_iter().map(|c| Line::styled(c, text_style)));
        rows
    }
}

impl TimelineView<'_> {
    /// "Léa " before what she wrote, once more than one person wrote in the journal.
    fn author(&self, incident: &Incident, event: &Event) -> String {
        match &event.by {
            Some(by) if incident.authors.len() > 1 => {
                let short: String = by
                    .split(['@', ' '])
                    .next()
                    .unwrap_or(by)
                    .chars()
                    .take(10)
                    .collect();
                format!("{} ", text::one_line(&short))
            }
            _ => String::new(),
        }
    }
}

/// Wraps `text` to `width` columns of display width, the first row after a head of `head`
/// columns, the others under the text with a hanging indent of `indent` columns (the time's
/// width). A word longer than a row is cut.
fn wrap(text: &str, head: usize, indent: usize, width: usize) -> Vec<String> {
    if text.is_empty() {
        return Vec::new();
    }
    let lead = " ".repeat(head.min(width.saturating_sub(1)));
    let hang = " ".repeat(indent.min(width.saturating_sub(1)));
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
    use chrono::FixedOffset;
    use ratatui::buffer::Buffer;
    use ratatui::layout::Rect;
    use ratatui::widgets::Widget;

    use super::{Event, EventKind, Incident, Timeline, TimelineView, crate_event, wrap};
    use crate::lang::Lang;

    #[test]
    fn words_wrap_under_the_text_and_long_words_are_cut() {
        assert_eq!(
            wrap("called Tim about the outage", 8, 6, 18),
            ["called Tim", "      about the", "      outage"]
        );
        assert_eq!(
            wrap("abcdefghij", 6, 6, 10),
            ["abcd", "      efgh", "      ij"]
        );
        assert!(wrap("", 5, 6, 5).is_empty());
    }

    /// An incident in `lang` opened at `at`, then `later`.
    fn opened(lang: crate::lang::Lang, at: &str, later: Vec<Event>) -> (Incident, FixedOffset) {
        let at = chrono::DateTime::parse_from_rfc3339(at).unwrap();
        let opened = EventKind::Opened {
            title: "t".into(),
            severity: crate::incident::Severity::default(),
            client: None,
            lang,
        };
        let events = std::iter::once(Event::new(at, opened))
            .chain(later)
            .collect();
        let incident = Incident::replay(crate::incident::IncidentId::new("x"), events).unwrap();
        (incident, *at.offset())
    }

    /// The pane's rows, `width` × `height`, drawn in the zone `offset`.
    fn draw(
        (incident, offset): &(Incident, FixedOffset),
        expanded: Option<&str>,
        width: u16,
        height: u16,
    ) -> Vec<String> {
        let book = crate::phrasebook::Phrasebook::default();
        let area = Rect::new(0, 0, width, height);
        let mut buf = Buffer::empty(area);
        let view = TimelineView {
            incident: Some(incident),
            book: &book,
            offset: *offset,
            expanded,
            scroll: 0,
            focused: true,
            lang: incident.lang,
        };
        view.render(area, &mut buf);
        (0..height)
            .map(|y| (0..width).map(|x| buf[(x, y)].symbol()).collect())
            .collect()
    }

    #[test]
    fn a_huge_note_draws_only_what_fits() {
        let word = "x".repeat(10 << 20);
        let at = "2026-11-24T09:00:00+01:00";
        let shown = opened(Lang::En, at, vec![crate_event(&format!("start {word}"))]);
        let screen = draw(&shown, None, 40, 8).concat();
        assert!(screen.contains("note: start"), "{screen}");
        assert_eq!(screen.matches("┃      xxxx").count(), 5, "{screen}");
    }

    #[test]
    fn a_french_incident_writes_its_times_the_french_way_and_indents_under_them() {
        let note = crate_event(&"appelé Léa ".repeat(8));
        let shown = opened(Lang::Fr, "2026-11-24T09:05:00+01:00", vec![note]);
        let rows = draw(&shown, None, 40, 8);
        assert!(rows[1].starts_with("┃09\u{a0}h\u{a0}05 "), "{rows:#?}");
        // The note's second row starts under its text, eight columns in: "09 h 05 ".
        assert!(rows[3].starts_with("┃        appelé"), "{rows:#?}");
    }

    #[test]
    fn enter_shows_a_copied_email_whole_and_folds_it_back() {
        let at = "2026-11-24T09:00:00+01:00";
        let email = "Hi Jo,\n\nThe fix is out; refunds start tomorrow.\n\nSam";
        let sent = EventKind::update(Some(email.into()), None);
        let sent = Event::new(chrono::DateTime::parse_from_rfc3339(at).unwrap(), sent);
        let shown = opened(Lang::En, at, vec![sent]);
        let screen = |expanded: Option<&str>| draw(&shown, expanded, 60, 8).concat();
        assert!(
            screen(None).contains("update sent: Hi Jo, …"),
            "{}",
            screen(None)
        );
        assert!(!screen(None).contains("refunds"));
        let mut timeline = Timeline::default();
        timeline.toggle(&shown.0.events);
        assert!(
            screen(timeline.expanded.as_deref()).contains("refunds start"),
            "the bottom event"
        );
        timeline.toggle(&shown.0.events);
        assert_eq!(timeline.expanded, None);
    }

    #[test]
    fn wide_characters_count_by_display_width() {
        // Each ideograph takes two columns: five of them fill a ten-column row.
        let rows = wrap("障害 障害 障害", 0, 6, 10);
        assert_eq!(rows, ["障害 障害", "      障害"]);
    }
}
