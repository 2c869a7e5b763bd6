//! Drawing: the layout, decided here and nowhere else, and the status bar and footer.
//!
//! `draw` reads the model and nothing else: no clock, no files, no environment.

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};
use strum::IntoEnumIterator;

use super::app::{App, Level, Pane};
use super::{checklist, help, phrases, timeline};
use crate::present::{countdown, human_duration};
use crate::text;

/// Below this the screen only asks for more room.
const MIN_WIDTH: u16 = 24;
const MIN_HEIGHT: u16 = 6;

pub fn draw(app: &App, frame: &mut Frame) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let msg = Paragraph::new("crisis: enlarge the terminal")
            .wrap(ratatui::widgets::Wrap { trim: true });
        frame.render_widget(msg, area);
        return;
    }
    let [top, body, bottom] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(1),
    ])
    .areas(area);
    frame.render_widget(status_bar(app, top.width), top);

    // Narrow screens stack the panes; wide ones put the timeline beside the other two.
    let (timeline_area, checklist_area, phrases_area) = if body.width >= 70 {
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(45), Constraint::Percentage(55)])
                .areas(body);
        let [upper, lower] =
            Layout::vertical([Constraint::Percentage(40), Constraint::Percentage(60)]).areas(right);
        (left, upper, lower)
    } else {
        let [a, b, c] = Layout::vertical([
            Constraint::Percentage(30),
            Constraint::Percentage(30),
            Constraint::Percentage(40),
        ])
        .areas(body);
        (a, b, c)
    };
    timeline::render(app, frame, timeline_area);
    checklist::render(app, frame, checklist_area);
    phrases::render(app, frame, phrases_area);
    frame.render_widget(footer(app), bottom);
    if app.help {
        help::render(frame, body);
    }
}

/// The bordered block of a pane, its border bright when it has the focus.
pub fn pane_block<'a>(app: &App, pane: Pane, title: &'a str, right: String) -> Block<'a> {
    let focused = app.focus == pane && app.prompt.is_none();
    let style = if focused {
        Style::new().fg(Color::Cyan)
    } else {
        Style::new().fg(Color::DarkGray)
    };
    Block::bordered()
        .border_style(style)
        .title(Line::from(format!(" {title} ")).style(if focused {
            Style::new().bold()
        } else {
            Style::new()
        }))
        .title(Line::from(right).alignment(Alignment::Right))
}

fn status_bar(app: &App, width: u16) -> Paragraph<'static> {
    let bar = Style::new().bg(Color::Blue).fg(Color::White);
    let mut title = String::from(" crisis");
    let mut clock = None;
    if let Some(incident) = &app.incident {
        let name = match &incident.client {
            Some(client) => format!("{} ({client})", incident.title),
            None => incident.title.clone(),
        };
        title.push_str(&format!(
            " · {} · {}",
            text::one_line(&name),
            incident.severity
        ));
        clock = Some(match incident.resolved_at {
            Some(resolved) => (
                format!(
                    " · resolved after {} ",
                    human_duration(resolved - incident.opened_at)
                ),
                bar,
            ),
            None => {
                let open = human_duration(app.now - incident.opened_at);
                let left = incident.next_update_due(app.settings.values.cadence) - app.now;
                if left.num_seconds() >= 0 {
                    (
                        format!(
                            " · open {open} · next client update in {} ",
                            countdown(left)
                        ),
                        bar,
                    )
                } else {
                    let late = Style::new().bg(Color::Red).fg(Color::White).bold();
                    (
                        format!(
                            " · open {open} · client update overdue by {} ",
                            countdown(-left)
                        ),
                        late,
                    )
                }
            }
        });
    }
    let mut langs = Vec::new();
    for (i, lang) in crate::lang::Lang::iter().enumerate() {
        if i > 0 {
            langs.push(Span::styled("|", bar));
        }
        let style = if lang == app.lang {
            bar.bold().add_modifier(Modifier::REVERSED)
        } else {
            bar
        };
        langs.push(Span::styled(lang.code().to_uppercase(), style));
    }
    langs.push(Span::styled(" ", bar));
    // The clock and the language matter most; the title gives way first when space is short.
    let width = width as usize;
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
    Paragraph::new(Line::from(spans)).style(bar)
}

fn footer(app: &App) -> Paragraph<'static> {
    if let Some(prompt) = &app.prompt {
        let hint = if prompt.kind == super::app::PromptKind::NewIncident {
            "  Enter create · Esc quit"
        } else {
            "  Enter save · Esc cancel"
        };
        return Paragraph::new(Line::from(vec![
            Span::styled(prompt.kind.label(), Style::new().bold().fg(Color::Yellow)),
            Span::raw(text::one_line(&prompt.text)),
            Span::styled("█", Style::new().fg(Color::Yellow)),
            Span::styled(hint, Style::new().fg(Color::DarkGray)),
            status_span(app, "   "),
        ]));
    }
    // A message (a copy, a warning) comes first so a narrow footer never hides it.
    let mut spans = vec![status_span(app, " ")];
    if app.status.is_some() {
        spans.push(Span::styled("  │", Style::new().fg(Color::DarkGray)));
    }
    if app.phrases.typing {
        spans.push(Span::styled(
            " typing a search: Enter copy · ↑↓ choose · Esc done",
            Style::new().fg(Color::DarkGray),
        ));
    } else {
        for (key, word) in super::keymap::footer(app.focus) {
            spans.push(Span::styled(format!(" {key}"), Style::new().bold()));
            spans.push(Span::styled(
                format!(" {word} "),
                Style::new().fg(Color::DarkGray),
            ));
        }
    }
    Paragraph::new(Line::from(spans))
}

fn status_span(app: &App, gap: &str) -> Span<'static> {
    let Some(status) = &app.status else {
        return Span::raw("");
    };
    let style = match status.level {
        Level::Info => Style::new(),
        Level::Success => Style::new().fg(Color::Green).bold(),
        Level::Warning => Style::new().fg(Color::Yellow).bold(),
        Level::Error => Style::new().fg(Color::Red).bold(),
    };
    Span::styled(format!("{gap}{}", text::one_line(&status.text)), style)
}

/// Rows `[start, end)` of a list of `len` rows that keep `selected` visible in `height` rows.
pub fn window(len: usize, selected: usize, height: usize) -> (usize, usize) {
    if height == 0 {
        return (0, 0);
    }
    let start = if selected < height {
        0
    } else {
        selected + 1 - height
    };
    (start, (start + height).min(len))
}

/// Centres a `width` x `height` box in `area`, shrunk to fit.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}
