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

pub fn draw(app: &App, frame: &mut Frame) {
    let area = frame.area();
    let lang = app.lang;
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
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
    }
    let [top, body, bottom] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(footer::height(&app.mode, app.status.as_ref())),
    ])
    .areas(area);
    frame.render_widget(
        StatusBar {
            incident: app.incident.as_ref(),
            due: app.due.as_ref(),
            lang: app.lang,
            now: app.now,
        },
        top,
    );
    let [timeline, checklist, phrases] = panes(body);
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
