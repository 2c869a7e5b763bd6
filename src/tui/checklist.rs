//! The Next actions pane: the playbook's steps, the next one marked, the selected one's reason.

use std::collections::BTreeSet;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::layout::checklist_rows;
use super::theme;
use super::widgets::{pane_block, window};
use crate::lang::Lang;
use crate::phrasebook::Step;
use crate::playbook;
use crate::present::names;
use crate::tr;

#[derive(Debug, Clone, Default)]
pub struct Checklist {
    pub selected: usize,
}

impl Checklist {
    /// Moves the selection within `len` steps; returns the newly selected index.
    pub fn move_by(&mut self, delta: isize, len: usize) -> usize {
        self.selected = self
            .selected
            .saturating_add_signed(delta)
            .min(len.saturating_sub(1));
        self.selected
    }
}

/// What the pane shows: the steps of the incident's language and which are done.
pub struct ChecklistView<'a> {
    pub steps: &'a [&'a Step],
    pub done: &'a BTreeSet<String>,
    /// Steps that do not apply to this incident.
    pub skipped: &'a BTreeSet<String>,
    /// Follow-ups whose time has come, shown above the steps: they come first.
    pub follow_ups: Vec<String>,
    /// The key that marks the first of them done.
    pub follow_up_key: String,
    /// The next action, when there is an incident to act on.
    pub next: Option<usize>,
    pub selected: usize,
    pub focused: bool,
    pub lang: Lang,
}

impl Widget for ChecklistView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let steps = self.steps;
        let count = format!(
            " {}/{} ",
            playbook::done_count(steps, self.done),
            steps.len()
        );
        let title = tr!(self.lang, "pane-checklist");
        let block = pane_block(self.focused, &title, count);
        let inner = block.inner(area);
        block.render(area, buf);
        let next = self.next;
        let selected = self.selected.min(steps.len().saturating_sub(1));
        let [due, list, why] = checklist_rows(inner, self.follow_ups.len());
        let alarm = theme::warning();
        let due_lines: Vec<Line> = self
            .follow_ups
            .iter()
            .enumerate()
            .map(|(i, what)| {
                let what = crate::text::one_line(what);
                let mut line = tr!(self.lang, "checklist-follow-up", what = what);
                if i == 0 {
                    let key = tr!(
                        self.lang,
                        "checklist-follow-up-key",
                        key = self.follow_up_key.as_str()
                    );
                    line = format!("{line}  {key}");
                }
                Line::styled(line, alarm)
            })
            .collect();
        Paragraph::new(due_lines).render(due, buf);
        let (start, end) = window(steps.len(), selected, list.height as usize);
        let lines: Vec<Line> = (start..end)
            .map(|i| {
                let step = steps[i];
                let (mark, style) = if self.done.contains(&step.id) {
                    ("✓ ", theme::dim())
                } else if self.skipped.contains(&step.id) {
                    let gone = Modifier::CROSSED_OUT;
                    ("– ", theme::dim().add_modifier(gone))
                } else if Some(i) == next {
                    ("▸ ", theme::accent())
                } else {
                    ("  ", Style::new())
                };
                let style = if i == selected && self.focused {
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
        Paragraph::new(lines).render(list, buf);
        if let Some(step) = steps.get(selected).filter(|_| why.height > 0) {
            let text = Line::from(vec![
                Span::styled(
                    tr!(
                        self.lang,
                        "checklist-why",
                        stage = names::stage(self.lang, step.stage)
                    ),
                    theme::dim().bold(),
                ),
                Span::styled(step.why.clone(), theme::dim().italic()),
            ]);
            Paragraph::new(text)
                .wrap(Wrap { trim: true })
                .render(why, buf);
        }
    }
}
