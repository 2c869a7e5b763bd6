//! The footer: the last message first, then the keys that apply now, from the key table; or
//! the prompt being typed.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::action::Verb;
use super::app::{Level, Status};
use super::keymap::{self, Hint};
use super::mode::{Mode, PromptKind};
use super::pane::Pane;
use crate::text;

pub struct Footer<'a> {
    pub mode: &'a Mode,
    pub focus: Pane,
    pub status: Option<&'a Status>,
}

impl Widget for Footer<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let dim = Style::new().fg(Color::DarkGray);
        if let Mode::Prompt(prompt) = self.mode {
            let label = Span::styled(prompt.kind.label(), Style::new().bold().fg(Color::Yellow));
            let mut tail = vec![Span::styled(format!("  {}", hints(self.mode, " · ")), dim)];
            tail.extend(status_span(self.status, "   "));
            let tail = Line::from(tail);
            let [l, input, t] = Layout::horizontal([
                Constraint::Length(label.width() as u16),
                Constraint::Min(8),
                Constraint::Length(tail.width() as u16),
            ])
            .areas(area);
            Paragraph::new(Line::from(label)).render(l, buf);
            prompt.input.widget().render(input, buf);
            Paragraph::new(tail).render(t, buf);
            return;
        }
        // A message (a copy, a warning) comes first so a narrow footer never hides it.
        let mut spans: Vec<Span> = status_span(self.status, " ").into_iter().collect();
        if self.status.is_some() {
            spans.push(Span::styled("  │", dim));
        }
        let doing = match self.mode {
            Mode::Search => Some("typing a search"),
            Mode::Compose => Some("composing"),
            Mode::Draft => Some("editing the message"),
            Mode::Switch => Some("choosing an incident"),
            _ => None,
        };
        if let Some(doing) = doing {
            spans.push(Span::styled(
                format!(" {doing}: {}", hints(self.mode, " · ")),
                dim,
            ));
        } else {
            for (key, verb) in keymap::footer(Hint::In(self.focus)) {
                spans.push(Span::styled(format!(" {key}"), Style::new().bold()));
                spans.push(Span::styled(format!(" {} ", verb.short()), dim));
            }
        }
        Paragraph::new(Line::from(spans)).render(area, buf);
    }
}

/// What a typing key does in `mode`: a prompt creates or saves, a search copies.
fn word(mode: &Mode, verb: Verb) -> Option<&'static str> {
    let new_incident = matches!(mode, Mode::Prompt(p) if p.kind == PromptKind::NewIncident);
    Some(match (verb, mode) {
        (Verb::Confirm, Mode::Search) => "copy",
        (Verb::Cancel, Mode::Search) => "done",
        (Verb::Up | Verb::Down, Mode::Search) => "choose",
        (Verb::Previous | Verb::Next, Mode::Compose) => "change",
        (Verb::Confirm, Mode::Compose) => "edit",
        (Verb::Copy, Mode::Compose) => "copy and record",
        (Verb::Rebuild, Mode::Compose) => "start again",
        (Verb::Cancel, Mode::Compose) => "close",
        (Verb::Confirm, Mode::Draft) => "new line",
        (Verb::Confirm, Mode::Switch) => "open",
        (Verb::Up | Verb::Down, Mode::Switch) => "choose",
        (Verb::Cancel, Mode::Switch) => "close",
        (Verb::Cancel, Mode::Draft) => "done",
        (Verb::Confirm, _) if new_incident => "create",
        (Verb::Cancel, _) if new_incident => "quit",
        (Verb::Confirm | Verb::Cancel, Mode::Prompt(_)) => verb.short(),
        _ => return None,
    })
}

/// "Enter copy · ↑↓ choose · Esc done": the typing keys, those sharing a word together.
fn hints(mode: &Mode, separator: &str) -> String {
    let mut groups: Vec<(String, &str)> = Vec::new();
    let hint = if *mode == Mode::Compose {
        Hint::Composing
    } else {
        Hint::Typing
    };
    for (key, verb) in keymap::footer(hint) {
        let Some(word) = word(mode, verb) else {
            continue;
        };
        match groups.last_mut() {
            Some((keys, last)) if *last == word => keys.push_str(&key),
            _ => groups.push((key, word)),
        }
    }
    let parts: Vec<String> = groups.iter().map(|(k, w)| format!("{k} {w}")).collect();
    parts.join(separator)
}

fn status_span(status: Option<&Status>, gap: &str) -> Option<Span<'static>> {
    let status = status?;
    let style = match status.level {
        Level::Info => Style::new(),
        Level::Success => Style::new().fg(Color::Green).bold(),
        Level::Warning => Style::new().fg(Color::Yellow).bold(),
        Level::Error => Style::new().fg(Color::Red).bold(),
    };
    Some(Span::styled(
        format!("{gap}{}", text::one_line(&status.text)),
        style,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typing_hints_come_from_the_key_table_worded_for_the_mode() {
        assert_eq!(
            hints(&Mode::Search, " · "),
            "Enter copy · ↑↓ choose · Esc done"
        );
        let new = Mode::prompt(PromptKind::NewIncident, "");
        assert_eq!(hints(&new, " · "), "Enter create · Esc quit");
        let note = Mode::prompt(PromptKind::Note, "");
        assert_eq!(hints(&note, " · "), "Enter save · Esc cancel");
        assert_eq!(
            hints(&Mode::Compose, " · "),
            "←→ change · y copy and record · r start again · Enter edit · Esc close"
        );
        assert_eq!(hints(&Mode::Draft, " · "), "Enter new line · Esc done");
    }
}
