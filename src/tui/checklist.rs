//! The Next actions pane: the playbook's steps, the next one marked, the selected one's reason.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::app::{App, Pane};
use super::view::{pane_block, window};
use crate::playbook;

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let steps = app.steps();
    let empty = Default::default();
    let done = app.incident.as_ref().map_or(&empty, |i| &i.done);
    let count = format!(" {}/{} ", playbook::done_count(&steps, done), steps.len());
    let block = pane_block(app, Pane::Checklist, "Next actions", count);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let next = app.next_step();
    let selected = app.checklist.selected.min(steps.len().saturating_sub(1));
    let why_rows = if inner.height >= 7 { 2 } else { 0 };
    let [list, why] =
        Layout::vertical([Constraint::Min(1), Constraint::Length(why_rows)]).areas(inner);
    let (start, end) = window(steps.len(), selected, list.height as usize);
    let focused = app.focus == Pane::Checklist;
    let lines: Vec<Line> = (start..end)
        .map(|i| {
            let step = steps[i];
            let (mark, style) = if done.contains(&step.id) {
                ("✓ ", Style::new().fg(Color::DarkGray))
            } else if Some(i) == next {
                ("▸ ", Style::new().fg(Color::Yellow).bold())
            } else {
                ("  ", Style::new())
            };
            let style = if i == selected && focused {
                style.add_modifier(Modifier::REVERSED)
            } else {
                style
            };
            Line::from(vec![
                Span::styled(mark, style),
                Span::styled(step.title.clone(), style),
            ])
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), list);
    if let Some(step) = steps.get(selected).filter(|_| why_rows > 0) {
        let text = Line::from(vec![
            Span::styled(
                format!("{}: ", step.stage),
                Style::new().fg(Color::DarkGray).bold(),
            ),
            Span::styled(step.why.clone(), Style::new().fg(Color::DarkGray).italic()),
        ]);
        frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), why);
    }
}
