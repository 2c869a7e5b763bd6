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
use super::theme;
use crate::i18n;
use crate::lang::Lang;
use crate::text;
use crate::tr;

pub struct Footer<'a> {
    pub mode: &'a Mode,
    pub focus: Pane,
    pub status: Option<&'a Status>,
    pub lang: Lang,
}

/// Rows the footer needs: a message and a prompt each get their own line above the key
/// hints, so that neither pushes the hints off.
pub fn height(mode: &Mode, status: Option<&Status>) -> u16 {
    1 + u16::from(status.is_some()) + u16::from(matches!(mode, Mode::Prompt(_)))
}

impl Widget for Footer<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let dim = theme::dim();
        let lang = self.lang;
        let rows = Layout::vertical(vec![Constraint::Length(1); area.height as usize]).split(area);
        let mut rows = rows.iter().copied();
        if let Some(span) = status_span(self.status)
            && area.height >= height(self.mode, self.status)
            && let Some(row) = rows.next()
        {
            Paragraph::new(Line::from(span)).render(row, buf);
        }
        let hints_row = area.rows().next_back().unwrap_or(area);
        if let Mode::Prompt(prompt) = self.mode {
            let row = rows.next().filter(|r| *r != hints_row).unwrap_or(hints_row);
            let label = Span::styled(prompt.kind.label(lang), theme::accent());
            let [l, input] =
                Layout::horizontal([Constraint::Length(label.width() as u16), Constraint::Min(8)])
                    .areas(row);
            Paragraph::new(Line::from(label)).render(l, buf);
            prompt.input.widget().render(input, buf);
            if row == hints_row {
                return;
            }
        }
        let mut spans = Vec::new();
        let doing = match self.mode {
            Mode::Search => Some("doing-search"),
            Mode::Compose => Some("doing-compose"),
            Mode::Draft => Some("doing-draft"),
            Mode::Switch => Some("doing-switch"),
            _ => None,
        };
        if let Mode::Prompt(_) = self.mode {
            spans.push(Span::styled(
                format!(" {}", hints(self.mode, " · ", lang)),
                dim,
            ));
        } else if let Some(doing) = doing {
            let doing = i18n::message(lang, doing, None);
            let hints = hints(self.mode, " · ", lang);
            let line = tr!(lang, "footer-doing", doing = doing, hints = hints);
            spans.push(Span::styled(format!(" {line}"), dim));
        } else {
            let pairs: Vec<(String, String)> = keymap::footer(Hint::In(self.focus), lang)
                .into_iter()
                .map(|(key, verb)| (key, verb.short(lang)))
                .collect();
            for (key, word, gap) in fitted(&pairs, area.width as usize) {
                spans.push(Span::styled(format!(" {key}"), Style::new().bold()));
                spans.push(Span::styled(format!(" {word}{gap}"), dim));
            }
        }
        Paragraph::new(Line::from(spans)).render(hints_row, buf);
    }
}

/// The key hints that fit `width` whole, in the table's order (help first, which lists the
/// rest): two spaces between them when there is room, one when not, and the last ones left
/// out rather than cut in the middle of a word.
fn fitted(pairs: &[(String, String)], width: usize) -> Vec<(&str, &str, &'static str)> {
    let len = |gap: usize, n: usize| -> usize {
        pairs[..n]
            .iter()
            .map(|(k, w)| 2 + k.chars().count() + w.chars().count() + gap)
            .sum()
    };
    let gap = if len(1, pairs.len()) <= width {
        " "
    } else {
        ""
    };
    let mut n = pairs.len();
    while n > 1 && len(gap.len(), n) > width {
        n -= 1;
    }
    pairs[..n]
        .iter()
        .map(|(k, w)| (k.as_str(), w.as_str(), gap))
        .collect()
}

/// What a typing key does in `mode`: a prompt creates or saves, a search copies.
fn word(mode: &Mode, verb: Verb, lang: Lang) -> Option<String> {
    let new_incident = matches!(mode, Mode::Prompt(p) if p.kind == PromptKind::NewIncident);
    let id = match (verb, mode) {
        (Verb::Confirm, Mode::Search) => "word-copy",
        (Verb::Cancel, Mode::Search) => "word-done",
        (Verb::Up | Verb::Down, Mode::Search) => "word-choose",
        (Verb::Previous | Verb::Next, Mode::Compose) => "word-change",
        (Verb::Confirm, Mode::Compose) => "word-edit",
        (Verb::Copy, Mode::Compose) => "word-copy-record",
        (Verb::Rebuild, Mode::Compose) => "word-start-again",
        (Verb::Cancel, Mode::Compose) => "word-close",
        (Verb::Confirm, Mode::Draft) => "word-new-line",
        (Verb::Confirm, Mode::Switch) => "word-open",
        (Verb::Up | Verb::Down, Mode::Switch) => "word-choose",
        (Verb::Cancel, Mode::Switch) => "word-close",
        (Verb::Cancel, Mode::Draft) => "word-done",
        (Verb::Confirm, _) if new_incident => "word-create",
        (Verb::Cancel, _) if new_incident => "word-quit",
        (Verb::Confirm | Verb::Cancel, Mode::Prompt(_)) => return Some(verb.short(lang)),
        _ => return None,
    };
    Some(i18n::message(lang, id, None))
}

/// "Enter copy · ↑↓ choose · Esc done": the typing keys, those sharing a word together.
fn hints(mode: &Mode, separator: &str, lang: Lang) -> String {
    let mut groups: Vec<(String, String)> = Vec::new();
    let hint = if *mode == Mode::Compose {
        Hint::Composing
    } else {
        Hint::Typing
    };
    for (key, verb) in keymap::footer(hint, lang) {
        let Some(word) = word(mode, verb, lang) else {
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

fn status_span(status: Option<&Status>) -> Option<Span<'static>> {
    let status = status?;
    let style = match status.level {
        Level::Info => Style::new(),
        Level::Success => Style::new().fg(Color::Green).bold(),
        Level::Warning => theme::warning(),
        Level::Error => Style::new().fg(Color::Red).bold(),
    };
    Some(Span::styled(
        format!(" {}", text::one_line(&status.text)),
        style,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typing_hints_come_from_the_key_table_worded_for_the_mode() {
        assert_eq!(
            hints(&Mode::Search, " · ", Lang::En),
            "Enter copy · ↑↓ choose · Esc done"
        );
        let new = Mode::prompt(PromptKind::NewIncident, "");
        assert_eq!(hints(&new, " · ", Lang::En), "Enter create · Esc quit");
        let note = Mode::prompt(PromptKind::Note, "");
        assert_eq!(hints(&note, " · ", Lang::En), "Enter save · Esc cancel");
        assert_eq!(
            hints(&Mode::Compose, " · ", Lang::En),
            "←→ change · y copy and record · r start again · Enter edit · Esc close"
        );
        assert_eq!(
            hints(&Mode::Draft, " · ", Lang::En),
            "Enter new line · Esc done"
        );
        assert_eq!(
            hints(&Mode::Search, " · ", Lang::Fr),
            "Entrée copier · ↑↓ choisir · Échap terminer"
        );
    }

    #[test]
    fn key_hints_fit_whole_and_tighten_before_any_is_left_out() {
        let pairs: Vec<(String, String)> = [("?", "help"), ("/", "search"), ("q", "quit")]
            .iter()
            .map(|(k, w)| (k.to_string(), w.to_string()))
            .collect();
        let shown = |width| {
            fitted(&pairs, width)
                .iter()
                .map(|(k, w, gap)| format!(" {k} {w}{gap}"))
                .collect::<String>()
        };
        assert_eq!(shown(80), " ? help  / search  q quit ");
        assert_eq!(shown(24), " ? help / search q quit");
        assert_eq!(shown(16), " ? help / search");
        assert_eq!(shown(3), " ? help", "help is always there");
    }
}
