//! The incident switcher (`o`): the open incidents (and the resolved ones on request) with
//! their severity, status, time open and next update; Enter opens one in the cockpit.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Widget};

use super::action::{Effect, Verb};
use super::app::{App, Level};
use super::keymap::{Scope, key_for};
use super::mode::Mode;
use super::theme;
use super::widgets::{centered, pane_block, window};
use crate::cadence::{self, Due, State};
use crate::incident::Incident;
use crate::present;
use crate::tr;

#[derive(Debug, Clone, Default)]
pub struct Switcher {
    /// Every incident read from disk, newest first; `None` until the list arrives.
    pub incidents: Option<Vec<Incident>>,
    /// Resolved incidents are listed too.
    pub all: bool,
    pub selected: usize,
}

impl Switcher {
    /// The incidents listed: the open ones, or all of them.
    fn shown(&self) -> Vec<&Incident> {
        let all = self.all;
        self.incidents
            .iter()
            .flatten()
            .filter(|i| all || i.is_open())
            .collect()
    }
}

impl App {
    /// `o`: asks for the list of incidents, then shows it.
    pub(super) fn open_switcher(&mut self) -> Vec<Effect> {
        self.switcher = Switcher {
            all: self.switcher.all,
            ..Switcher::default()
        };
        self.mode = Mode::Switch;
        vec![Effect::ListIncidents]
    }

    /// The list read from disk, newest first.
    pub(super) fn incidents_listed(&mut self, mut incidents: Vec<Incident>) {
        incidents.sort_by(|a, b| (b.opened_at, &b.id).cmp(&(a.opened_at, &a.id)));
        let current = self.incident.as_ref().map(|i| i.id.clone());
        self.switcher.incidents = Some(incidents);
        let shown = self.switcher.shown();
        self.switcher.selected = shown
            .iter()
            .position(|i| Some(&i.id) == current.as_ref())
            .unwrap_or(0);
    }

    pub(super) fn switch_verb(&mut self, verb: Verb) -> Vec<Effect> {
        let len = self.switcher.shown().len();
        match verb {
            Verb::Up | Verb::Down if len > 0 => {
                let delta = if verb == Verb::Up { len - 1 } else { 1 };
                self.switcher.selected = (self.switcher.selected + delta) % len;
                Vec::new()
            }
            Verb::ShowResolved => {
                self.switcher.all = !self.switcher.all;
                self.switcher.selected = 0;
                Vec::new()
            }
            Verb::Confirm => {
                let Some(id) = self
                    .switcher
                    .shown()
                    .get(self.switcher.selected)
                    .map(|i| i.id.clone())
                else {
                    return Vec::new();
                };
                self.mode = Mode::Normal;
                if self.incident.as_ref().is_some_and(|i| i.id == id) {
                    return Vec::new();
                }
                self.set_status(
                    Level::Info,
                    tr!(self.lang, "switch-opening", id = id.to_string()),
                );
                vec![Effect::OpenIncident(id)]
            }
            Verb::Cancel | Verb::Switch => {
                self.mode = Mode::Normal;
                Vec::new()
            }
            _ => Vec::new(),
        }
    }
}

/// The switcher drawn over the panes.
pub struct SwitcherView<'a> {
    pub app: &'a App,
}

impl Widget for SwitcherView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let s = &app.switcher;
        let area = centered(area, 100, area.height.saturating_sub(2).max(8));
        Clear.render(area, buf);
        let lang = app.lang;
        let which = if s.all {
            tr!(lang, "switch-all")
        } else {
            tr!(lang, "switch-open")
        };
        let hint = tr!(
            lang,
            "switch-hint",
            open = key_for(Verb::Confirm, Scope::Switch, lang),
            toggle = key_for(Verb::ShowResolved, Scope::Switch, lang),
            all = if s.all { "false" } else { "true" },
            close = key_for(Verb::Cancel, Scope::Switch, lang)
        );
        let hint = format!("{hint} ");
        let block = pane_block(true, &which, hint);
        let inner = block.inner(area);
        block.render(area, buf);
        let Some(_) = &s.incidents else {
            Paragraph::new(tr!(lang, "switch-reading")).render(inner, buf);
            return;
        };
        let shown = s.shown();
        if shown.is_empty() {
            let none = tr!(
                lang,
                "switch-none-open",
                key = key_for(Verb::ShowResolved, Scope::Switch, lang)
            );
            Paragraph::new(none).render(inner, buf);
            return;
        }
        let (start, end) = window(shown.len(), s.selected, inner.height as usize);
        let current = app.incident.as_ref().map(|i| &i.id);
        let rows: Vec<Line> = shown[start..end]
            .iter()
            .enumerate()
            .map(|(i, incident)| {
                row(
                    app,
                    incident,
                    start + i == s.selected,
                    Some(&incident.id) == current,
                )
            })
            .collect();
        Paragraph::new(rows).render(inner, buf);
    }
}

/// "▸ SEV2 Checkout down (ACME)  investigating  open 1 h 11  update late by 2 min".
fn row(app: &App, incident: &Incident, selected: bool, current: bool) -> Line<'static> {
    let dim = theme::dim();
    let lang = app.lang;
    let time = match incident.resolved_at {
        Some(at) => tr!(
            lang,
            "bar-resolved-after",
            span = present::elapsed(lang, at - incident.opened_at)
        ),
        None => tr!(
            lang,
            "bar-open",
            span = present::elapsed(lang, app.now - incident.opened_at)
        ),
    };
    let due = cadence::next_update(incident, &app.settings.values.pace, app.now);
    let (update, style) = match due {
        Some(Due {
            state: State::Late { minutes },
            ..
        }) => (
            tr!(
                lang,
                "switch-update",
                when = present::late_by(lang, minutes)
            ),
            Style::new().fg(Color::Red).bold(),
        ),
        Some(d) => (
            tr!(
                lang,
                "switch-update",
                when = present::time_left(lang, d.at - app.now)
            ),
            if d.state == State::Soon {
                theme::warning()
            } else {
                dim
            },
        ),
        None => (String::new(), dim),
    };
    let client = incident
        .client
        .as_deref()
        .map(|c| format!(" ({c})"))
        .unwrap_or_default();
    let title = crate::text::one_line(&format!("{}{client}", incident.title));
    let mark = match (selected, current) {
        (true, _) => "▸ ",
        (false, true) => "• ",
        _ => "  ",
    };
    // The title first, cut to fit, so that a narrow screen still tells the incidents apart.
    let title: String = if title.chars().count() > 28 {
        title.chars().take(27).chain(['…']).collect()
    } else {
        title
    };
    let line = Line::from(vec![
        Span::raw(mark),
        Span::styled(format!("{} ", incident.severity), Style::new().bold()),
        Span::raw(format!("{title:<29}")),
        Span::raw(format!(
            "{:<19}",
            present::names::status(lang, incident.status)
        )),
        Span::styled(format!("{time:<20}"), dim),
        Span::styled(update, style),
    ]);
    if selected {
        line.style(theme::selected())
    } else {
        line
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::action::Action;
    use crate::tui::testing::*;

    #[test]
    fn the_switcher_lists_open_incidents_first_and_opens_the_chosen_one() {
        let mut app = app(Some(incident()));
        assert_eq!(press(&mut app, Verb::Switch), [Effect::ListIncidents]);
        assert_eq!(app.mode, Mode::Switch);
        let mut older = incident();
        older.id = crate::incident::IncidentId::new("older");
        older.opened_at -= chrono::Duration::hours(3);
        let mut resolved = incident();
        resolved.id = crate::incident::IncidentId::new("done");
        resolved.resolved_at = Some(now());
        app.update(Action::IncidentsListed(vec![older, incident(), resolved]));
        assert_eq!(app.switcher.shown().len(), 2, "the resolved one waits");
        assert_eq!(app.switcher.selected, 0, "the one in view, newest first");
        press(&mut app, Verb::ShowResolved);
        assert_eq!(app.switcher.shown().len(), 3);
        press(&mut app, Verb::ShowResolved);
        press(&mut app, Verb::Down);
        let effects = press(&mut app, Verb::Confirm);
        assert_eq!(
            effects,
            [Effect::OpenIncident(crate::incident::IncidentId::new(
                "older"
            ))]
        );
        assert_eq!(app.mode, Mode::Normal);
    }
}
