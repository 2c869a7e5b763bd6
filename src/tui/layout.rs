//! Drawing: where each pane goes, decided here and nowhere else.
//!
//! `draw` reads the model and nothing else: no clock, no files, no environment. Each pane's
//! view receives only what it shows.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::{Paragraph, Wrap};

use super::action::Verb;
use super::app::App;
use super::checklist::ChecklistView;
use super::composer_view::ComposerView;
use super::footer::{self, Footer};
use super::help;
use super::keymap::{Scope, key_for};
use super::mode::Mode;
use super::pane::Pane;
use super::phrases_view::PhrasesView;
use super::status_bar::StatusBar;
use super::switcher::SwitcherView;
use super::theme;
use super::timeline::TimelineView;
use crate::tr;

/// Below this the screen only asks for more room: every pane is usable from 80 × 24 up.
const MIN_WIDTH: u16 = 80;
const MIN_HEIGHT: u16 = 24;

/// Where each part of the screen goes for a screen of `screen` and the app as it is: the one
/// answer `draw` and the mouse's hit-testing share. `None` below 80 × 24, where the screen only
/// asks for more room.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    pub status: Rect,
    /// Where the panes are, and the composer, the switcher and the help over them.
    pub body: Rect,
    pub footer: Rect,
    pub timeline: Rect,
    pub checklist: Rect,
    pub phrases: Rect,
}

pub fn areas(app: &App, screen: Rect) -> Option<Areas> {
    if screen.width < MIN_WIDTH || screen.height < MIN_HEIGHT {
        return None;
    }
    let [status, body, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(footer::height(&app.mode, app.status.as_ref())),
    ])
    .areas(screen);
    let [timeline, checklist, phrases] = panes(body);
    Some(Areas {
        status,
        body,
        footer,
        timeline,
        checklist,
        phrases,
    })
}

/// Inside the checklist's border: the follow-ups due (`due` of them, at most half), the steps,
/// and the selected step's reason when there is room.
pub fn checklist_rows(inner: Rect, due: usize) -> [Rect; 3] {
    let why_rows = if inner.height >= 7 { 2 } else { 0 };
    let due_rows = (due.min(u16::MAX as usize) as u16).min(inner.height.saturating_sub(1) / 2);
    Layout::vertical([
        Constraint::Length(due_rows),
        Constraint::Min(1),
        Constraint::Length(why_rows),
    ])
    .areas(inner)
}

/// Inside the phrasebook's border: the search line, the results, a rule, the preview.
pub fn phrases_rows(inner: Rect) -> [Rect; 4] {
    let preview_rows = (inner.height / 2).clamp(1, 8);
    Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
        Constraint::Length(preview_rows),
    ])
    .areas(inner)
}

pub fn draw(app: &App, frame: &mut Frame) {
    let area = frame.area();
    let lang = app.lang;
    let Some(Areas {
        status: top,
        body,
        footer: bottom,
        timeline,
        checklist,
        phrases,
    }) = areas(app, area)
    else {
        let msg = tr!(
            lang,
            "too-small",
            width = MIN_WIDTH,
            height = MIN_HEIGHT,
            w = area.width,
            h = area.height
        );
        frame.render_widget(Paragraph::new(msg).wrap(Wrap { trim: true }), area);
        return;
    };
    frame.render_widget(
        StatusBar {
            incident: app.incident.as_ref(),
            due: app.due.as_ref(),
            lang: app.lang,
            now: app.now,
        },
        top,
    );
    // A prompt takes the keyboard from every pane.
    let focused = |pane: Pane| app.focus == pane && !matches!(app.mode, Mode::Prompt(_));
    frame.render_widget(
        TimelineView {
            incident: app.incident.as_ref(),
            book: &app.book,
            offset: *app.now.offset(),
            scroll: app.timeline.scroll,
            expanded: app.timeline.expanded.as_deref(),
            focused: focused(Pane::Timeline),
            lang,
        },
        timeline,
    );
    let steps = app.steps();
    let none = Default::default();
    frame.render_widget(
        ChecklistView {
            steps: &steps,
            done: app.incident.as_ref().map_or(&none, |i| &i.done),
            skipped: app.incident.as_ref().map_or(&none, |i| &i.skipped),
            follow_ups: app.incident.as_ref().map_or_else(Vec::new, |i| {
                i.follow_ups_due(app.now)
                    .into_iter()
                    .map(|(_, what, _)| what.clone())
                    .collect()
            }),
            follow_up_key: key_for(Verb::FollowedUp, Scope::Normal, lang),
            next: app.next_step(),
            selected: app.checklist.selected,
            focused: focused(Pane::Checklist),
            lang,
        },
        checklist,
    );
    let values = app.placeholder_values();
    frame.render_widget(
        PhrasesView {
            state: &app.phrases,
            book: &app.book,
            total: app.phrase_total(),
            typing: app.mode == Mode::Search,
            filter: app.filter_title(),
            values: &values,
            focused: focused(Pane::Phrasebook),
            lang,
        },
        phrases,
    );
    frame.render_widget(
        Footer {
            mode: &app.mode,
            focus: app.focus,
            status: app.status.as_ref(),
            lang,
        },
        bottom,
    );
    if app.composer.open {
        frame.render_widget(ComposerView::of(app), body);
    }
    if app.mode == Mode::Switch {
        frame.render_widget(SwitcherView { app }, body);
    }
    if app.mode == Mode::Help {
        help::render(frame, body, lang);
    }
    if app.no_color {
        theme::strip_colours(frame.buffer_mut());
    }
}

/// Narrow screens stack the panes; wide ones put the timeline beside the other two.
fn panes(body: Rect) -> [Rect; 3] {
    if body.width >= 70 {
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(45), Constraint::Percentage(55)])
                .areas(body);
        let [upper, lower] =
            Layout::vertical([Constraint::Percentage(40), Constraint::Percentage(60)]).areas(right);
        [left, upper, lower]
    } else {
        Layout::vertical([
            Constraint::Percentage(30),
            Constraint::Percentage(30),
            Constraint::Percentage(40),
        ])
        .areas(body)
    }
}
