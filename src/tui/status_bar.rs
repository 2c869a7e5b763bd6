//! The status bar: incident, severity, time open, the countdown to the next update, languages.

use chrono::{DateTime, Duration, FixedOffset};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use strum::IntoEnumIterator;

use crate::incident::Incident;
use crate::lang::Lang;
use crate::present::{countdown, human_duration};
use crate::text;

pub struct StatusBar<'a> {
    pub incident: Option<&'a Incident>,
    pub cadence: Duration,
    pub lang: Lang,
    pub now: DateTime<FixedOffset>,
}

impl Widget for StatusBar<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let bar = Style::new().bg(Color::Blue).fg(Color::White);
        let mut title = String::from(" crisis");
        let mut clock = None;
        if let Some(incident) = self.incident {
            let name = match &incident.client {
                Some(client) => format!("{} ({client})", incident.title),
                None => incident.title.clone(),
            };
            title.push_str(&format!(
                " · {} · {}",
                text::one_line(&name),
                incident.severity
            ));
            clock = Some(self.clock(incident, bar));
        }
        let mut langs = Vec::new();
        for (i, lang) in Lang::iter().enumerate() {
            if i > 0 {
                langs.push(Span::styled("|", bar));
            }
            let style = if lang == self.lang {
                bar.bold().add_modifier(Modifier::REVERSED)
            } else {
                bar
            };
            langs.push(Span::styled(lang.code().to_uppercase(), style));
        }
        langs.push(Span::styled(" ", bar));
        // The clock and the language matter most; the title gives way first when space is short.
        let width = area.width as usize;
        let fixed: usize = langs.iter().map(Span::width).sum::<usize>()
            + clock.as_ref().map_or(0, |(c, _)| c.chars().count());
        let room = width.saturating_sub(fixed);
        if title.chars().count() > room {
            title = title
                .chars()
                .take(room.saturating_sub(1))
                .collect::<String>()
                + "…";
        }
        let pad = room.saturating_sub(title.chars().count());
        let mut spans = vec![Span::styled(title, bar.bold())];
        if let Some((text, style)) = clock {
            spans.push(Span::styled(text, style));
        }
        spans.push(Span::styled(" ".repeat(pad), bar));
        spans.extend(langs);
        Paragraph::new(Line::from(spans))
            .style(bar)
            .render(area, buf);
    }
}

impl StatusBar<'_> {
    /// Time open and the countdown, red once the update is overdue; or how long it took.
    fn clock(&self, incident: &Incident, bar: Style) -> (String, Style) {
        if let Some(resolved) = incident.resolved_at {
            let took = human_duration(resolved - incident.opened_at);
            return (format!(" · resolved after {took} "), bar);
        }
        let open = human_duration(self.now - incident.opened_at);
        let left = incident.next_update_due(self.cadence) - self.now;
        if left.num_seconds() >= 0 {
            let text = format!(
                " · open {open} · next client update in {} ",
                countdown(left)
            );
            (text, bar)
        } else {
            let late = Style::new().bg(Color::Red).fg(Color::White).bold();
            let text = format!(
                " · open {open} · client update overdue by {} ",
                countdown(-left)
            );
            (text, late)
        }
    }
}
