//! The status bar: incident, severity, time open, the countdown to the next update, languages.

use chrono::{DateTime, FixedOffset};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use strum::IntoEnumIterator;

use crate::cadence::{Due, State};
use crate::incident::{Incident, Severity};
use crate::lang::Lang;
use crate::present::{elapsed, late_by, names, time_left};
use crate::text;
use crate::tr;

pub struct StatusBar<'a> {
    pub incident: Option<&'a Incident>,
    /// When the next update is due; `None` once resolved.
    pub due: Option<&'a Due>,
    pub lang: Lang,
    pub now: DateTime<FixedOffset>,
}

impl Widget for StatusBar<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let bar = BAR;
        let width = area.width as usize;
        let langs = self.langs(bar);
        let Some(incident) = self.incident else {
            let mut spans = vec![Span::styled(" crisis ", bar.bold())];
            let used: usize = spans.iter().chain(&langs).map(Span::width).sum();
            spans.push(Span::styled(" ".repeat(width.saturating_sub(used)), bar));
            spans.extend(langs);
            Paragraph::new(Line::from(spans))
                .style(bar)
                .render(area, buf);
            return;
        };
        let state = vec![
            Span::styled(
                format!(" {} ", incident.severity),
                severity_style(incident.severity),
            ),
            Span::styled(
                format!(" {} ·", names::status(self.lang, incident.status)),
                bar,
            ),
        ];
        let name = match &incident.client {
            Some(client) => format!("{} ({client})", incident.title),
            None => incident.title.clone(),
        };
        let title = format!(" {}", text::one_line(&name));
        // Severity, status and the countdown always show; what gives way when space is short,
        // in this order: the time open, the long countdown, the name of the program, the
        // languages; the title takes what is left.
        let (long, style) = self.clock(incident, true);
        let (medium, _) = self.clock(incident, false);
        let short = self.short_clock();
        let brand = Span::styled(" crisis ", bar.bold());
        let layouts = [
            (Some(&brand), long.as_str(), true),
            (Some(&brand), medium.as_str(), true),
            (Some(&brand), short.as_str(), true),
            (None, short.as_str(), true),
            (None, short.as_str(), false),
        ];
        let title_wants = title.chars().count().min(MIN_TITLE);
        let fits = |(brand, clock, langs_too): &(Option<&Span>, &str, bool)| {
            let fixed = brand.map_or(0, |b| b.width())
                + state.iter().map(Span::width).sum::<usize>()
                + clock.chars().count()
                + if *langs_too {
                    langs.iter().map(Span::width).sum()
                } else {
                    0
                };
            fixed + title_wants <= width
        };
        let (brand, clock, langs_too) = layouts
            .iter()
            .find(|layout| fits(layout))
            .unwrap_or(&layouts[layouts.len() - 1]);
        let mut spans: Vec<Span> = brand.iter().map(|b| (*b).clone()).collect();
        spans.extend(state);
        let clock = Span::styled(clock.to_string(), style);
        let langs = if *langs_too { langs } else { Vec::new() };
        let fixed: usize =
            spans.iter().chain(&langs).map(Span::width).sum::<usize>() + clock.width();
        let room = width.saturating_sub(fixed);
        let mut title = title;
        if title.chars().count() > room {
            title = title
                .chars()
                .take(room.saturating_sub(1))
                .collect::<String>();
            if room > 0 {
                title.push('…');
            }
        }
        let pad = room.saturating_sub(title.chars().count());
        spans.push(Span::styled(title, bar.bold()));
        spans.push(clock);
        spans.push(Span::styled(" ".repeat(pad), bar));
        spans.extend(langs);
        Paragraph::new(Line::from(spans))
            .style(bar)
            .render(area, buf);
    }
}

/// The bar's own colours, white on blue.
const BAR: Style = Style::new().bg(Color::Blue).fg(Color::White);

/// The title keeps at least this much before anything else gives way.
const MIN_TITLE: usize = 16;

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
    /// "EN|FR", the incident's language lit.
    fn langs(&self, bar: Style) -> Vec<Span<'static>> {
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
        langs
    }

    /// The countdown alone: " · next in 28 min ", " · due in 4 min ", " · late by 12 min ".
    fn short_clock(&self) -> String {
        let lang = self.lang;
        match self.due {
            None => format!(" · {} ", tr!(lang, "bar-resolved")),
            Some(due) => {
                let left = time_left(lang, due.at - self.now);
                match due.state {
                    State::Ok => format!(" · {} ", tr!(lang, "bar-next-short", left = left)),
                    State::Soon => format!(" · {} ", tr!(lang, "bar-due-short", left = left)),
                    State::Late { minutes } => format!(" · {} ", late_by(lang, minutes)),
                }
            }
        }
    }

    /// The countdown, with the time open in front when `open`: yellow when the update is soon,
    /// red once it is late; or how long it took.
    fn clock(&self, incident: &Incident, open: bool) -> (String, Style) {
        let (lang, bar) = (self.lang, BAR);
        let Some(due) = self.due else {
            let took = incident.resolved_at.unwrap_or(self.now) - incident.opened_at;
            let span = elapsed(lang, took);
            return (
                format!(" · {} ", tr!(lang, "bar-resolved-after", span = span)),
                bar,
            );
        };
        let open = if open {
            let span = elapsed(lang, self.now - incident.opened_at);
            format!(" · {}", tr!(lang, "bar-open", span = span))
        } else {
            String::new()
        };
        let left = time_left(lang, due.at - self.now);
        let (countdown, style) = match due.state {
            State::Ok => (tr!(lang, "bar-next", left = left), bar),
            State::Soon => (
                tr!(lang, "bar-due", left = left),
                Style::new().bg(Color::Yellow).fg(Color::Black).bold(),
            ),
            State::Late { minutes } => (
                tr!(lang, "bar-late", late = late_by(lang, minutes)),
                Style::new().bg(Color::Red).fg(Color::White).bold(),
            ),
        };
        (format!("{open} · {countdown} "), style)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cadence::{self, Policy};
    use crate::tui::testing::{incident, now};

    fn drawn(lang: Lang, title: &str, width: u16) -> String {
        let mut incident = incident();
        incident.title = title.to_owned();
        incident.lang = lang;
        let due = cadence::next_update(&incident, &Policy::default(), now());
        let area = Rect::new(0, 0, width, 1);
        let mut buf = Buffer::empty(area);
        let bar = StatusBar {
            incident: Some(&incident),
            due: due.as_ref(),
            lang,
            now: now(),
        };
        bar.render(area, &mut buf);
        (0..width).map(|x| buf[(x, 0)].symbol()).collect()
    }

    #[test]
    fn severity_status_and_countdown_always_show_and_the_title_gives_way() {
        let long = "Le paiement par carte échoue pour tous les clients depuis la mise à jour";
        let wide = drawn(Lang::Fr, long, 120);
        assert!(wide.contains("ouvert depuis 30 min"), "{wide}");
        for width in [80, 64, 56] {
            let line = drawn(Lang::Fr, long, width);
            assert!(line.contains("SEV3"), "{width}: {line}");
            assert!(line.contains("analyse en cours"), "{width}: {line}");
            assert!(line.contains("dans "), "{width}: {line}");
            assert!(line.contains("Le "), "{width}: {line}");
            assert!(line.contains('…'), "the title is what shortens: {line}");
        }
        let english = drawn(Lang::En, "Checkout down", 100);
        assert!(english.contains("next client update in "), "{english}");
    }
}
