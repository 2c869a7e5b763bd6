//! How the composer is drawn: the rows (channel, audience, parts) on one side, the text on
//! the other (one above the other on a narrow screen), placeholders and the tone rules'
//! findings marked in it, and the findings listed under it.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Widget, Wrap};

use super::action::Verb;
use super::app::App;
use super::composer::{Composer, PICKERS};
use super::keymap::{Scope, key_for};
use super::mode::Mode;
use super::theme;
use super::widgets::pane_block;
use crate::i18n;
use crate::lang::Lang;
use crate::lint::{self, Finding};
use crate::phrasebook::fill;
use crate::present::names;
use crate::text;
use crate::tr;

/// The composer drawn over the panes: the rows on one side, the text on the other (one
/// above the other on a narrow screen).
pub struct ComposerView<'a> {
    pub composer: &'a Composer,
    pub lang: Lang,
    pub typing: bool,
}

impl Widget for ComposerView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        Clear.render(area, buf);
        let c = self.composer;
        let lang = self.lang;
        let title = tr!(
            lang,
            "compose-title",
            channel = names::channel(lang, c.channel),
            audience = names::audience(lang, c.audience)
        );
        let hint = tr!(
            lang,
            "compose-hint",
            edit = key_for(Verb::Confirm, Scope::Compose, lang),
            copy = key_for(Verb::Copy, Scope::Compose, lang),
            close = key_for(Verb::Cancel, Scope::Compose, lang)
        );
        let hint = format!("{hint} ");
        let block = pane_block(true, &title, hint);
        let inner = block.inner(area);
        block.render(area, buf);
        let rows = self.rows();
        let [list, text] = if inner.width >= 100 {
            Layout::horizontal([Constraint::Percentage(40), Constraint::Percentage(60)])
                .spacing(1)
                .areas(inner)
        } else {
            let height = (rows.len() as u16).min(inner.height / 2);
            Layout::vertical([Constraint::Length(height), Constraint::Min(1)]).areas(inner)
        };
        let (start, end) = super::widgets::window(rows.len(), c.row, list.height as usize);
        Paragraph::new(rows[start..end].to_vec()).render(list, buf);
        let label = match (&c.draft, self.typing) {
            (Some(_), true) => tr!(lang, "compose-editing"),
            (Some(_), false) => tr!(lang, "compose-edited"),
            (None, _) => tr!(lang, "compose-as-parts"),
        };
        let dim = theme::dim();
        let panel = (c.findings.len().max(1) as u16).min(5).min(text.height / 3);
        let [head, body, tone] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(1),
            Constraint::Length(panel),
        ])
        .areas(text);
        Paragraph::new(Line::styled(label, dim)).render(head, buf);
        match &c.draft {
            Some(draft) if self.typing => draft.widget().render(body, buf),
            _ => Paragraph::new(highlighted(&c.text(), &c.findings))
                .wrap(Wrap { trim: false })
                .render(body, buf),
        }
        Paragraph::new(findings_panel(&c.findings, panel as usize, lang)).render(tone, buf);
    }
}

/// The text as lines: each placeholder still to fill (`{eta}`) in black on yellow, and what
/// the tone rules found underlined in the colour of its level.
fn highlighted(message: &str, findings: &[Finding]) -> Vec<Line<'static>> {
    let mark = Style::new().fg(Color::Black).bg(Color::Yellow);
    message
        .lines()
        .enumerate()
        .map(|(i, line)| {
            let line = text::one_line(line);
            let chars: Vec<char> = line.chars().collect();
            let mut styles = vec![Style::new(); chars.len()];
            for f in findings.iter().filter(|f| f.line == i + 1) {
                let underline = level_style(f.level).underlined();
                for style in styles.iter_mut().take(f.end_col - 1).skip(f.col - 1) {
                    *style = style.patch(underline);
                }
            }
            for (start, end, _) in fill::braces(&line) {
                let (from, to) = (line[..start].chars().count(), line[..end].chars().count());
                for style in &mut styles[from..to] {
                    *style = style.patch(mark);
                }
            }
            let mut spans: Vec<Span<'static>> = Vec::new();
            for (c, style) in chars.into_iter().zip(styles) {
                match spans.last_mut() {
                    Some(span) if span.style == style => span.content.to_mut().push(c),
                    _ => spans.push(Span::styled(c.to_string(), style)),
                }
            }
            Line::from(spans)
        })
        .collect()
}

fn level_style(level: lint::Level) -> Style {
    match level {
        lint::Level::Error => Style::new().fg(Color::Red),
        lint::Level::Warning => theme::warning(),
        lint::Level::Suggestion => Style::new().fg(Color::Magenta),
    }
}

/// Under the text: what the tone rules find, each with its line and column.
fn findings_panel(findings: &[Finding], height: usize, lang: Lang) -> Vec<Line<'static>> {
    let dim = theme::dim();
    if findings.is_empty() {
        return vec![Line::styled(tr!(lang, "compose-tone-quiet"), dim)];
    }
    let shown = if findings.len() > height {
        height.saturating_sub(1)
    } else {
        findings.len()
    };
    let mut lines: Vec<Line<'static>> = findings[..shown]
        .iter()
        .map(|f| {
            Line::from(vec![
                Span::styled(format!("{}:{} ", f.line, f.col), dim),
                Span::styled(
                    i18n::message(lang, &format!("level-{}", f.level.name()), None),
                    level_style(f.level).bold(),
                ),
                Span::styled(format!(" {} ", f.rule), dim),
                Span::raw(text::one_line(&f.message)),
            ])
        })
        .collect();
    if shown < findings.len() {
        lines.push(Line::styled(
            tr!(
                lang,
                "compose-more-findings",
                count = findings.len() - shown
            ),
            dim,
        ));
    }
    lines
}

impl ComposerView<'_> {
    pub fn of(app: &App) -> ComposerView<'_> {
        ComposerView {
            composer: &app.composer,
            typing: app.mode == Mode::Draft,
            lang: app.lang,
        }
    }

    fn rows(&self) -> Vec<Line<'static>> {
        let c = self.composer;
        let selected = |row: usize| {
            if row == c.row && !self.typing {
                theme::selected().bold()
            } else {
                Style::new()
            }
        };
        let lang = self.lang;
        let picker = |row: usize, name: String, value: String| {
            Line::from(vec![
                Span::styled(format!("{name:<16}"), theme::dim()),
                Span::styled(format!("‹ {value} ›"), selected(row)),
            ])
        };
        let mut rows = vec![
            picker(
                0,
                tr!(lang, "compose-channel"),
                names::channel(lang, c.channel),
            ),
            picker(
                1,
                tr!(lang, "compose-audience"),
                names::audience(lang, c.audience),
            ),
        ];
        if let Some(message) = &c.message {
            for (i, part) in message.parts.iter().enumerate() {
                rows.push(Line::from(vec![
                    Span::styled(
                        format!("{:<16}", names::slot(lang, part.slot)),
                        theme::dim(),
                    ),
                    Span::styled(text::one_line(&part.text), selected(PICKERS + i)),
                ]));
            }
            for slot in &message.empty {
                let name = names::slot(lang, *slot);
                let none = tr!(lang, "compose-no-sentence");
                rows.push(Line::from(format!("{name:<16}{none}")).dim());
            }
        }
        rows
    }
}
