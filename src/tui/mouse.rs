//! The mouse: a click focuses the pane under the pointer and selects the row there, the wheel
//! moves through the pane under it as ↑ and ↓ do. Where the panes and their rows are comes
//! from `layout` (the functions `draw` uses) for the terminal's last known size, so a click
//! lands on what the last frame showed; `update` stays pure.
//!
//! While something else has the keyboard: a click closes the help; a prompt keeps it (clicks
//! are ignored, the wheel still scrolls the timeline, to read back while typing); the
//! switcher and the composer's rows take the wheel as ↑ and ↓ and ignore clicks; the
//! composer's text ignores the mouse. Shift and a drag stay the terminal's own selection.

use ratatui::crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::{Position, Rect};

use super::action::{Action, Effect, Verb};
use super::app::App;
use super::layout::{self, Areas, checklist_rows, phrases_rows};
use super::mode::Mode;
use super::pane::Pane;
use super::widgets::{pane_block, window};

/// The action a mouse event stands for: a left press, or a turn of the wheel; nothing else.
pub fn action(event: MouseEvent) -> Option<Action> {
    let (column, row) = (event.column, event.row);
    match event.kind {
        MouseEventKind::Down(MouseButton::Left) => Some(Action::Click { column, row }),
        MouseEventKind::ScrollUp => Some(Action::Scroll {
            column,
            row,
            delta: -1,
        }),
        MouseEventKind::ScrollDown => Some(Action::Scroll {
            column,
            row,
            delta: 1,
        }),
        _ => None,
    }
}

impl App {
    /// The terminal's size, a click or a turn of the wheel.
    pub(super) fn on_mouse(&mut self, action: Action) -> Vec<Effect> {
        match action {
            Action::Resize { width, height } => {
                self.screen = Rect::new(0, 0, width, height);
                Vec::new()
            }
            Action::Click { column, row } => self.click(column, row),
            Action::Scroll { column, row, delta } => self.scroll(column, row, delta),
            _ => Vec::new(),
        }
    }

    fn click(&mut self, column: u16, row: u16) -> Vec<Effect> {
        match self.mode {
            Mode::Help => {
                self.mode = Mode::Normal;
                return Vec::new();
            }
            Mode::Normal | Mode::Search if !self.composer.open => {}
            _ => return Vec::new(),
        }
        let at = Position::new(column, row);
        let Some((areas, pane)) = self.pane_at(at) else {
            return Vec::new();
        };
        if pane != Pane::Phrasebook {
            self.leave_search();
        }
        let entering = self.focus != pane;
        self.focus = pane;
        match pane {
            Pane::Timeline => Vec::new(),
            Pane::Checklist => match self.step_at(areas.checklist, at) {
                Some(i) if i != self.checklist.selected || entering => {
                    self.checklist.selected = i;
                    self.follow_step()
                }
                Some(_) => Vec::new(),
                // Entering the pane limits the phrases to the step, as Tab does.
                None if entering => self.follow_step(),
                None => Vec::new(),
            },
            Pane::Phrasebook => {
                let inner = pane_block(false, "", String::new()).inner(areas.phrases);
                let [search, list, ..] = phrases_rows(inner);
                if search.contains(at) && self.mode == Mode::Normal {
                    return self.on_verb(Verb::Search);
                }
                let (start, end) = window(
                    self.phrases.hits.len(),
                    self.phrases.selected,
                    list.height as usize,
                );
                if let Some(i) = row_in(list, at, start, end) {
                    self.phrases.selected = i;
                }
                Vec::new()
            }
        }
    }

    fn scroll(&mut self, column: u16, row: u16, delta: isize) -> Vec<Effect> {
        let verb = if delta < 0 { Verb::Up } else { Verb::Down };
        match self.mode {
            Mode::Switch | Mode::Compose => return self.on_verb(verb),
            Mode::Help | Mode::Draft => return Vec::new(),
            _ if self.composer.open => return Vec::new(),
            Mode::Normal | Mode::Search | Mode::Prompt(_) => {}
        }
        let Some((_, pane)) = self.pane_at(Position::new(column, row)) else {
            return Vec::new();
        };
        if matches!(self.mode, Mode::Prompt(_)) {
            if pane == Pane::Timeline {
                let len = self.incident.as_ref().map_or(0, |i| i.events.len());
                self.timeline.move_by(delta, len);
            }
            return Vec::new();
        }
        if pane != Pane::Phrasebook {
            self.leave_search();
        }
        // The selection a pane moves is only drawn while it has the focus.
        self.focus = pane;
        self.move_by(delta)
    }

    /// The pane under `at`, with where everything is; none on the status line, the footer, or
    /// a screen too small to show the panes.
    fn pane_at(&self, at: Position) -> Option<(Areas, Pane)> {
        let areas = layout::areas(self, self.screen)?;
        let pane = [
            (areas.timeline, Pane::Timeline),
            (areas.checklist, Pane::Checklist),
            (areas.phrases, Pane::Phrasebook),
        ]
        .into_iter()
        .find(|(area, _)| area.contains(at))?
        .1;
        Some((areas, pane))
    }

    /// The step drawn on the row under `at`, as `ChecklistView` lays them out.
    fn step_at(&self, pane: Rect, at: Position) -> Option<usize> {
        let due = self
            .incident
            .as_ref()
            .map_or(0, |i| i.follow_ups_due(self.now).len());
        let inner = pane_block(false, "", String::new()).inner(pane);
        let [_, list, _] = checklist_rows(inner, due);
        let len = self.steps().len();
        let selected = self.checklist.selected.min(len.saturating_sub(1));
        let (start, end) = window(len, selected, list.height as usize);
        row_in(list, at, start, end)
    }

    /// A click or a turn of the wheel away from the results ends the search, as Esc does.
    fn leave_search(&mut self) {
        if self.mode == Mode::Search {
            self.phrases.remember();
            self.mode = Mode::Normal;
        }
    }
}

/// The item on the row under `at` of a list drawn in `list` from item `start` up to `end`.
fn row_in(list: Rect, at: Position, start: usize, end: usize) -> Option<usize> {
    if !list.contains(at) {
        return None;
    }
    let i = start + usize::from(at.y - list.y);
    (i < end).then_some(i)
}

#[cfg(test)]
mod tests {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::crossterm::event::KeyModifiers;

    use super::*;
    use crate::tui::testing::*;

    /// The app at `width` × `height`, told its size as the loop tells it.
    fn sized(width: u16, height: u16) -> App {
        let mut app = app(Some(incident()));
        app.update(Action::Resize { width, height });
        app
    }

    /// The screen as `draw` leaves it, row by row.
    fn screen(app: &App) -> Vec<Vec<String>> {
        let area = app.screen;
        let mut terminal = Terminal::new(TestBackend::new(area.width, area.height)).unwrap();
        terminal.draw(|f| layout::draw(app, f)).unwrap();
        let buf = terminal.backend().buffer();
        (0..area.height)
            .map(|y| {
                (0..area.width)
                    .map(|x| buf[(x, y)].symbol().to_owned())
                    .collect()
            })
            .collect()
    }

    /// The text of `row` between columns `from` and `to` of a screen.
    fn text(rows: &[Vec<String>], row: u16, from: u16, to: u16) -> String {
        rows[row as usize][from as usize..to as usize].concat()
    }

    /// The first cell, inside `area`, where `wanted` is drawn.
    fn find_in(app: &App, area: Rect, wanted: &str) -> (u16, u16) {
        let rows = screen(app);
        for y in area.top()..area.bottom() {
            let cells = &rows[y as usize][area.left() as usize..area.right() as usize];
            for x in 0..cells.len() {
                if cells[x..].concat().starts_with(wanted) {
                    return (area.x + x as u16, y);
                }
            }
        }
        let all: Vec<String> = rows.iter().map(|r| r.concat()).collect();
        panic!("{wanted:?} is not in {area:?}:\n{}", all.join("\n"));
    }

    fn areas(app: &App) -> Areas {
        layout::areas(app, app.screen).unwrap()
    }

    fn click(app: &mut App, (column, row): (u16, u16)) -> Vec<Effect> {
        let effects = app.update(Action::Click { column, row });
        settle(app, effects)
    }

    fn scroll(app: &mut App, (column, row): (u16, u16), delta: isize) -> Vec<Effect> {
        let effects = app.update(Action::Scroll { column, row, delta });
        settle(app, effects)
    }

    #[test]
    fn a_click_on_a_step_focuses_the_checklist_and_selects_that_step() {
        for (width, height) in [(120, 40), (80, 24)] {
            let mut app = sized(width, height);
            assert_eq!(app.focus, Pane::Phrasebook);
            let target = if app.checklist.selected == 1 { 2 } else { 1 };
            let title = app.steps()[target].title.clone();
            let cell = find_in(&app, areas(&app).checklist, &title);
            click(&mut app, cell);
            assert_eq!(app.focus, Pane::Checklist, "{width}x{height}");
            assert_eq!(app.checklist.selected, target, "{width}x{height}");
            // The phrase list follows the step, as with the keys.
            let id = app.steps()[target].id.clone();
            assert_eq!(app.phrases.filter.as_deref(), Some(id.as_str()));
        }
    }

    #[test]
    fn at_80x24_the_checklist_starts_right_of_the_timeline_under_the_status_line() {
        let mut app = sized(80, 24);
        assert!(app.steps().len() > 3);
        // Timeline: columns 0 to 35; checklist: from column 36, its top border on row 1, its
        // first step on row 2.
        click(&mut app, (40, 2));
        assert_eq!((app.focus, app.checklist.selected), (Pane::Checklist, 0));
        click(&mut app, (40, 4));
        assert_eq!(app.checklist.selected, 2);
        click(&mut app, (40, 1));
        assert_eq!(app.checklist.selected, 2, "the border is no step");
        click(&mut app, (35, 4));
        assert_eq!(app.focus, Pane::Timeline);
        assert_eq!(
            app.checklist.selected, 2,
            "a click elsewhere keeps the step"
        );
        click(&mut app, (40, 0));
        assert_eq!(app.focus, Pane::Timeline, "the status line is no pane");
    }

    #[test]
    fn a_click_in_a_scrolled_list_selects_the_phrase_drawn_on_that_row() {
        for (width, height) in [(120, 40), (80, 24)] {
            let mut app = sized(width, height);
            assert!(app.phrases.hits.len() > 30, "the whole book is listed");
            for _ in 0..25 {
                press(&mut app, Verb::Down);
            }
            let pane = areas(&app).phrases;
            let rows = screen(&app);
            // The results start under the search line; the selection (▸) is at their bottom.
            let (x, search) = find_in(&app, pane, "/ ");
            let (_, bottom) = find_in(&app, pane, "▸ ");
            assert!(
                bottom > search + 2,
                "{width}x{height}: a window of several rows"
            );
            for row in [search + 1, bottom - 1] {
                let mut app = sized(width, height);
                for _ in 0..25 {
                    press(&mut app, Verb::Down);
                }
                click(&mut app, (x + 4, row));
                assert_eq!(app.focus, Pane::Phrasebook);
                assert_eq!(
                    app.phrases.selected,
                    25 - usize::from(bottom - row),
                    "{width}x{height}"
                );
                let hit = &app.phrases.hits[app.phrases.selected];
                let phrase = crate::text::one_line(app.book.phrases.at(hit.index).text);
                let head: String = phrase.chars().take(12).collect();
                let shown = text(&rows, row, x, pane.right() - 1);
                assert!(shown.contains(&head), "{head:?} was on {shown:?}");
            }
        }
    }

    #[test]
    fn the_wheel_moves_the_selection_of_the_pane_under_the_pointer() {
        for (width, height) in [(120, 40), (80, 24)] {
            let mut app = sized(width, height);
            app.checklist.selected = 0;
            let steps = find_in(&app, areas(&app).checklist, &app.steps()[0].title.clone());
            scroll(&mut app, steps, 1);
            scroll(&mut app, steps, 1);
            assert_eq!((app.focus, app.checklist.selected), (Pane::Checklist, 2));
            scroll(&mut app, steps, -1);
            assert_eq!(app.checklist.selected, 1);
            press(&mut app, Verb::Cancel);
            assert_eq!(app.phrases.filter, None);
            let phrases = areas(&app).phrases;
            let middle = (phrases.x + 5, phrases.y + phrases.height / 2);
            scroll(&mut app, middle, 1);
            scroll(&mut app, middle, 1);
            scroll(&mut app, middle, -1);
            assert_eq!((app.focus, app.phrases.selected), (Pane::Phrasebook, 1));
        }
    }

    #[test]
    fn the_wheel_over_the_timeline_scrolls_it_even_under_a_prompt() {
        let mut app = sized(120, 40);
        let events: Vec<_> = (0..5)
            .map(|i| {
                let text = format!("n{i}");
                crate::incident::Event::new(now(), crate::incident::EventKind::Note { text })
            })
            .collect();
        app.update(Action::JournalRead(events));
        let timeline = (5, 10);
        scroll(&mut app, timeline, -1);
        scroll(&mut app, timeline, -1);
        assert_eq!((app.focus, app.timeline.scroll), (Pane::Timeline, 2));
        press(&mut app, Verb::AddNote);
        scroll(&mut app, timeline, 1);
        assert_eq!(app.timeline.scroll, 1);
        // A click leaves the prompt alone; the wheel over another pane does nothing.
        let (checklist, selected) = (areas(&app).checklist, app.checklist.selected);
        let over = (checklist.x + 3, checklist.y + 2);
        click(&mut app, over);
        scroll(&mut app, over, 1);
        assert!(matches!(app.mode, Mode::Prompt(_)));
        assert_eq!(
            (app.focus, app.checklist.selected),
            (Pane::Timeline, selected)
        );
    }

    #[test]
    fn a_click_closes_the_help_and_does_nothing_else() {
        let mut app = sized(120, 40);
        press(&mut app, Verb::Help);
        click(&mut app, (5, 5));
        assert_eq!(
            (app.mode.clone(), app.focus),
            (Mode::Normal, Pane::Phrasebook)
        );
    }

    #[test]
    fn a_click_on_the_search_line_opens_the_search_and_one_elsewhere_ends_it() {
        let mut app = sized(120, 40);
        let pane = areas(&app).phrases;
        let at = find_in(&app, pane, "/ ");
        click(&mut app, at);
        assert_eq!(app.mode, Mode::Search);
        type_text(&mut app, "sorry");
        assert!(app.phrases.hits.len() > 2);
        let result = find_in(&app, pane, "▸ ");
        scroll(&mut app, result, 1);
        assert_eq!((app.mode.clone(), app.phrases.selected), (Mode::Search, 1));
        click(&mut app, (result.0 + 4, result.1));
        assert_eq!(app.phrases.selected, 0, "the row clicked, still searching");
        assert_eq!(app.mode, Mode::Search);
        click(&mut app, (5, 5));
        assert_eq!(
            (app.mode.clone(), app.focus),
            (Mode::Normal, Pane::Timeline)
        );
        assert_eq!(app.phrases.history, ["sorry"], "kept, as Esc keeps it");
    }

    #[test]
    fn the_switcher_takes_the_wheel_and_ignores_clicks() {
        let mut app = sized(120, 40);
        press(&mut app, Verb::Switch);
        let mut older = incident();
        older.id = crate::incident::IncidentId::new("older");
        older.opened_at -= chrono::Duration::hours(3);
        app.update(Action::IncidentsListed(vec![older, incident()]));
        assert_eq!(app.switcher.selected, 0);
        scroll(&mut app, (60, 20), 1);
        assert_eq!(app.switcher.selected, 1);
        click(&mut app, (60, 20));
        assert_eq!((app.mode.clone(), app.switcher.selected), (Mode::Switch, 1));
    }

    #[test]
    fn below_80x24_and_before_the_size_is_known_the_mouse_does_nothing() {
        for (width, height) in [(79, 24), (0, 0)] {
            let mut app = sized(width, height);
            let before = (app.focus, app.checklist.selected);
            click(&mut app, (40, 3));
            scroll(&mut app, (40, 3), 1);
            assert_eq!((app.focus, app.checklist.selected), before);
        }
    }

    #[test]
    fn only_a_left_press_and_the_wheel_become_actions() {
        let event = |kind| MouseEvent {
            kind,
            column: 7,
            row: 3,
            modifiers: KeyModifiers::NONE,
        };
        assert!(matches!(
            action(event(MouseEventKind::Down(MouseButton::Left))),
            Some(Action::Click { column: 7, row: 3 })
        ));
        assert!(matches!(
            action(event(MouseEventKind::ScrollDown)),
            Some(Action::Scroll { delta: 1, .. })
        ));
        assert!(matches!(
            action(event(MouseEventKind::ScrollUp)),
            Some(Action::Scroll { delta: -1, .. })
        ));
        for other in [
            MouseEventKind::Up(MouseButton::Left),
            MouseEventKind::Down(MouseButton::Right),
            MouseEventKind::Drag(MouseButton::Left),
            MouseEventKind::Moved,
        ] {
            assert!(action(event(other)).is_none());
        }
    }
}
