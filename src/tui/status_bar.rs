//! The status bar: incident, severity, time open, the countdown to the next update, languages.

use chrono::{DateTime, Duration, FixedOffset};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use strum::IntoEnumIterator;

use crate::cadence::{Due, State};
use crate::incident::{Incident, Severity};
use crate::lang::Lang;
use crate::present::{countdown, human_duration};
use crate::text;

pub struct StatusBar<'a> {
    pub incident: Option<&'a Incident>,
    /// When the next update is due; `None` once resolved.
    pub due: Option<&'a Due>,
    pub lang: Lang,
    pub now: DateTime<FixedOffset>,
}

impl Widget for StatusBar<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let bar = Style::new().bg(Color::Blue).fg(Color::White);
        let mut lead = vec![Span::styled(" crisis ", bar.bold())];
        let mut title = String::new();
        let mut clock = None;
        if let Some(incident) = self.incident {
            let name = match &incident.client {
                Some(client) => format!("{} ({client})", incident.title),
                None => incident.title.clone(),
            };
            lead.push(Span::styled(
                format!(" {} ", incident.severity),
                severity_style(incident.severity),
            ));
            lead.push(Span::styled(format!(" {} ·", incident.status), bar));
            title = format!(" {}", text::one_line(&name));
            clock = Some(self.clock(incident, bar));
            // On a narrow screen the countdown says less, so that some of the title stays
            // (20 columns of it, and 6 for the languages).
            let room = (area.width as usize)
                .saturating_sub(lead.iter().map(Span::width).sum::<usize>() + 26);
            if let Some((text, style)) = &clock
                && text.chars().count() > room
            {
                clock = Some((self.short_clock(), *style));
            }
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
        // Severity, status, the clock and the language matter most; the title gives way first
        // when space is short.
        let width = area.width as usize;
        let fixed: usize = lead.iter().chain(&langs).map(Span::width).sum::<usize>()
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
        let mut spans = lead;
        spans.push(Span::styled(title, bar.bold()));
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

/// SEV1 loudest, SEV4 quietest.
fn severity_style(severity: Severity) -> Style {
    match severity.level() {
        1 => Style::new().bg(Color::Red).fg(Color::White).bold(),
        2 => Style::new().bg(Color::LightRed).fg(Color::Black).bold(),
        3 => Style::new().bg(Color::Yellow).fg(Color::Black),
        _ => Style::new().bg(Color::Gray).fg(Color::Black),
    }
}

impl StatusBar<'_> {
    /// The countdown alone: " 28:00 ", " due 04:00 ", " late 12m ".
    fn short_clock(&self) -> String {
        match self.due {
            None => " resolved ".to_owned(),
            Some(due) => match due.state {
                State::Ok => format!(" · next {} ", countdown(due.at - self.now)),
                State::Soon => format!(" · due {} ", countdown(due.at - self.now)),
                State::Late { minutes } => {
                    format!(" · late {} ", human_duration(Duration::minutes(minutes)))
                }
            },
        }
    }

    /// Time open and the countdown: yellow when the update is soon, red once it is late; or
    /// how long it took.
    fn clock(&self, incident: &Incident, bar: Style) -> (String, Style) {
        let open = human_duration(self.now - incident.opened_at);
        let Some(due) = self.due else {
            let took = incident.resolved_at.map_or(open, |resolved| {
                human_duration(resolved - incident.opened_at)
            });
            return (format!(" · resolved after {took} "), bar);
        };
        match due.state {
            State::Ok => {
                let left = countdown(due.at - self.now);
                (
                    format!(" · open {open} · next client update in {left} "),
                    bar,
                )
            }
            State::Soon => {
                let left = countdown(due.at - self.now);
                let soon = Style::new().bg(Color::Yellow).fg(Color::Black).bold();
                (
                    format!(" · open {open} · client update due in {left} "),
                    soon,
                )
            }
            State::Late { minutes } => {
                let late = Style::new().bg(Color::Red).fg(Color::White).bold();
                let by = human_duration(Duration::minutes(minutes));
                (
                    format!(" · open {open} · client update late by {by} "),
                    late,
                )
            }
        }
    }
}
