//! Snapshots of whole cockpit screens, drawn from a fixed incident at a fixed time.

mod common;

use std::sync::Arc;

use chrono::{DateTime, FixedOffset};
use common::at;
use crisis::incident::{Event, EventKind, Incident};
use crisis::phrasebook::{Lang, Phrasebook, Phrases};
use crisis::tui::action::{Action, Effect, Verb};
use crisis::tui::app::{App, Settings};
use crisis::tui::{layout, worker};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn busy_incident() -> Incident {
    let book = Phrasebook::builtin();
    let steps: Vec<_> = book.steps(Lang::En).map(|s| s.id.clone()).collect();
    let events = vec![
        Event::new(
            at("09:02"),
            EventKind::Opened {
                title: "Checkout down".into(),
                severity: crisis::incident::Severity::try_from(2).unwrap(),
                client: Some("ACME".into()),
                lang: Lang::En,
            },
        ),
        Event::new(
            at("09:04"),
            EventKind::DetailSet {
                name: "impact".into(),
                value: "3 of 1,000 shoppers cannot pay".into(),
            },
        ),
        Event::new(
            at("09:05"),
            EventKind::Contact {
                text: "called Tim (phone), left a voicemail".into(),
            },
        ),
        Event::new(
            at("09:06"),
            EventKind::StepDone {
                step: steps[0].clone(),
            },
        ),
        Event::new(
            at("09:07"),
            EventKind::StepDone {
                step: steps[1].clone(),
            },
        ),
        Event::new(
            at("09:12"),
            EventKind::PhraseCopied {
                phrase: "acknowledge.users-sorry".into(),
                lang: Lang::En,
                // As journals written before the text was recorded have it.
                text: None,
            },
        ),
        Event::new(
            at("09:41"),
            EventKind::update(Some("hourly update by email".into()), None),
        ),
        Event::new(
            at("09:50"),
            EventKind::Note {
                text: "rollback started\u{1b}[2J\u{202e}".into(),
            },
        ),
    ];
    Incident::replay(
        crisis::incident::IncidentId::new("20261124-0902-checkout-down"),
        events,
    )
    .unwrap()
}

/// A French client's incident, worked in French from the start.
fn french_incident() -> Incident {
    let book = Phrasebook::builtin();
    let steps: Vec<_> = book.steps(Lang::Fr).map(|s| s.id.clone()).collect();
    let events = vec![
        Event::new(
            at("09:02"),
            EventKind::Opened {
                title: "Paiement indisponible".into(),
                severity: crisis::incident::Severity::try_from(2).unwrap(),
                client: Some("Boulangeries Martin".into()),
                lang: Lang::Fr,
            },
        ),
        Event::new(
            at("09:04"),
            EventKind::DetailSet {
                name: "impact".into(),
                value: "30/1000".into(),
            },
        ),
        Event::new(
            at("09:05"),
            EventKind::Contact {
                text: "appelé Claire (téléphone), message laissé".into(),
            },
        ),
        Event::new(
            at("09:06"),
            EventKind::StepDone {
                step: steps[0].clone(),
            },
        ),
        Event::new(
            at("09:41"),
            EventKind::update(Some("point par courriel, prochain à 10 h 30".into()), None),
        ),
        Event::new(
            at("09:50"),
            EventKind::FollowUp {
                text: "rappeler Claire pour son avis".into(),
                due: at("10:05"),
            },
        ),
    ];
    Incident::replay(
        crisis::incident::IncidentId::new("20261124-0902-paiement-indisponible"),
        events,
    )
    .unwrap()
}

fn settings() -> Settings {
    Settings {
        values: crisis::present::Settings {
            pace: crisis::cadence::Policy::default(),
            me: Some("Sam".into()),
            phone: None,
            feminine: false,
        },
        lang: Lang::En,
        notify: false,
        sync_every: None,
    }
}

struct Screen {
    app: App,
    index: Phrases,
}

impl Screen {
    fn new(incident: Option<Incident>, now: DateTime<FixedOffset>) -> Screen {
        let book = Arc::new(Phrasebook::builtin());
        let index = book.phrases.clone();
        let (app, effects) = App::new(book, incident, settings(), now);
        let mut screen = Screen { app, index };
        screen.settle(effects);
        screen
    }

    /// Answers searches at once, as the worker would; drops the effects that need the disk.
    fn settle(&mut self, effects: Vec<Effect>) {
        for effect in effects {
            let more = match effect {
                Effect::Search(query) => self.app.update(worker::answer(&self.index, &query)),
                // As the journal would: the event is written, then read back.
                Effect::Append(kind) => {
                    let event = crisis::incident::Event::new(self.app.now, kind);
                    self.app.update(Action::JournalRead(vec![event]))
                }
                _ => Vec::new(),
            };
            self.settle(more);
        }
    }

    fn run(&mut self, command: Verb) -> &mut Self {
        let effects = self.app.update(Action::Run(command));
        self.settle(effects);
        self
    }

    fn type_text(&mut self, text: &str) -> &mut Self {
        for c in text.chars() {
            let effects = self.app.update(Action::Insert(c));
            self.settle(effects);
        }
        self
    }

    fn draw(&self, width: u16, height: u16) -> String {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        terminal
            .draw(|frame| layout::draw(&self.app, frame))
            .unwrap();
        terminal.backend().to_string()
    }
}

#[test]
fn no_color_draws_no_colour_and_keeps_the_bar_and_selection_in_reversed_video() {
    use ratatui::style::{Color, Modifier};
    let mut screen = Screen::new(Some(busy_incident()), at("10:13"));
    screen.app.no_color = true;
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    terminal
        .draw(|frame| layout::draw(&screen.app, frame))
        .unwrap();
    let buf = terminal.backend().buffer();
    assert!(
        buf.content
            .iter()
            .all(|c| c.fg == Color::Reset && c.bg == Color::Reset)
    );
    assert!(
        buf[(0, 0)].modifier.contains(Modifier::REVERSED),
        "the status bar"
    );
}

#[test]
fn busy_incident_at_120x40() {
    let screen = Screen::new(Some(busy_incident()), at("10:13"));
    insta::assert_snapshot!(screen.draw(120, 40));
}

#[test]
fn busy_incident_at_80x24() {
    let screen = Screen::new(Some(busy_incident()), at("10:13"));
    insta::assert_snapshot!(screen.draw(80, 24));
}

#[test]
fn a_french_incident_at_120x40_and_80x24_speaks_french() {
    let screen = Screen::new(Some(french_incident()), at("10:13"));
    for (width, height) in [(120, 40), (80, 24)] {
        let drawn = screen.draw(width, height);
        for english in [
            "Timeline",
            "Next actions",
            "help",
            "search",
            "copy",
            "open ",
            "late",
        ] {
            assert!(
                !drawn.contains(english),
                "{english:?} at {width}x{height}:\n{drawn}"
            );
        }
        insta::assert_snapshot!(format!("french_incident_{width}x{height}"), drawn);
    }
}

#[test]
fn the_help_and_the_composer_in_french() {
    let mut screen = Screen::new(Some(french_incident()), at("10:13"));
    screen.run(Verb::Help);
    insta::assert_snapshot!("french_help_120x40", screen.draw(120, 40));
    screen.run(Verb::Help).run(Verb::Compose);
    insta::assert_snapshot!("french_composer_80x24", screen.draw(80, 24));
}

#[test]
fn overdue_update_and_a_search_in_french() {
    let mut screen = Screen::new(Some(busy_incident()), at("10:55"));
    screen
        .run(Verb::ToggleLang)
        .run(Verb::Search)
        .type_text("desole");
    insta::assert_snapshot!(screen.draw(120, 40));
}

#[test]
fn a_selected_step_filters_the_phrasebook() {
    let mut screen = Screen::new(Some(busy_incident()), at("10:13"));
    screen
        .run(Verb::FocusNext)
        .run(Verb::FocusNext)
        .run(Verb::Down)
        .run(Verb::Down);
    insta::assert_snapshot!(screen.draw(120, 40));
}

#[test]
fn a_search_typed_beside_a_long_step_filter_stays_visible() {
    let mut screen = Screen::new(Some(busy_incident()), at("10:13"));
    screen
        .run(Verb::FocusNext)
        .run(Verb::FocusNext)
        .run(Verb::Search)
        .type_text("sorry");
    assert!(
        screen.app.phrases.filter.is_some(),
        "the selected step filters the list"
    );
    let drawn = screen.draw(100, 30);
    assert!(drawn.contains("/ sorry"), "{drawn}");
}

#[test]
fn help_overlay_lists_every_key() {
    let mut screen = Screen::new(Some(busy_incident()), at("10:13"));
    screen.run(Verb::Help);
    insta::assert_snapshot!(screen.draw(120, 40));
}

#[test]
fn first_start_asks_for_a_title() {
    let mut screen = Screen::new(None, at("10:13"));
    screen.type_text("Login slow for EU users");
    insta::assert_snapshot!(screen.draw(80, 24));
}

#[test]
fn a_long_note_scrolls_in_its_prompt_at_80x24() {
    let mut screen = Screen::new(Some(busy_incident()), at("10:13"));
    screen.run(Verb::AddNote).type_text(
        "Tim asks for a call at 11:00 with their CTO; they want the rollback plan, the figures \
         and who is on call tonight END",
    );
    let drawn = screen.draw(80, 24);
    assert!(
        drawn.contains("on call tonight END"),
        "the end of what is typed shows:\n{drawn}"
    );
    insta::assert_snapshot!(drawn);
}

#[test]
fn below_80x24_the_screen_says_it_is_too_small() {
    let screen = Screen::new(Some(busy_incident()), at("10:13"));
    let drawn = screen.draw(60, 20);
    assert!(
        drawn.contains("enlarge the terminal to at least 80 × 24"),
        "{drawn}"
    );
}

#[test]
fn escape_bytes_from_the_journal_never_reach_the_screen() {
    let screen = Screen::new(Some(busy_incident()), at("10:13"));
    let text = screen.draw(120, 40);
    assert!(text.contains("note: rollback started[2J"), "{text}");
    // ratatui drops C0 controls itself; a bidi override it would draw.
    assert!(!text.contains('\u{1b}') && !text.contains('\u{202e}'));
}

#[test]
fn a_copy_with_a_missing_value_asks_for_it_first() {
    let mut screen = Screen::new(Some(busy_incident()), at("10:13"));
    screen
        .run(Verb::Search)
        .type_text("temporary workaround available");
    // Nothing leaves with a literal `{workaround}`: the form asks for it.
    let effects = screen.app.update(Action::Run(Verb::Copy));
    assert!(effects.is_empty(), "{effects:?}");
    insta::assert_snapshot!(screen.draw(120, 40));
}

#[test]
fn a_multi_line_phrase_says_so_and_how_to_copy_it_as_one_line() {
    let mut screen = Screen::new(Some(busy_incident()), at("10:13"));
    screen.run(Verb::Search).type_text("manager-check");
    let drawn = screen.draw(120, 40);
    assert!(
        drawn.contains("─ 8 lines, Y copies one line prepare.manager-check"),
        "{drawn}"
    );
    insta::assert_snapshot!(drawn);
}

#[test]
fn the_composer_for_each_channel_at_both_sizes() {
    use crisis::present::compose::Channel;
    use strum::IntoEnumIterator;
    let mut screen = Screen::new(Some(busy_incident()), at("10:13"));
    screen.run(Verb::Compose);
    for channel in Channel::iter() {
        while screen.app.composer.channel != channel {
            screen.run(Verb::Next);
        }
        for (width, height) in [(120, 40), (80, 24)] {
            let drawn = screen.draw(width, height);
            let name = crisis::present::names::channel(crisis::lang::Lang::En, channel);
            assert!(
                drawn.contains(&format!("Compose: {name} to client")),
                "{drawn}"
            );
            insta::assert_snapshot!(
                format!("composer_{}_{width}x{height}", channel.name()),
                drawn
            );
        }
    }
}

#[test]
fn the_composer_while_its_text_is_edited() {
    let mut screen = Screen::new(Some(busy_incident()), at("10:13"));
    screen
        .run(Verb::Compose)
        .run(Verb::Next)
        .run(Verb::Next)
        .run(Verb::Confirm)
        .type_text("Hi all, ");
    let drawn = screen.draw(80, 24);
    assert!(drawn.contains("editing the text"), "{drawn}");
    insta::assert_snapshot!(drawn);
}

#[test]
fn the_incident_switcher_lists_severity_status_time_and_next_update() {
    let mut screen = Screen::new(Some(busy_incident()), at("10:13"));
    screen.run(Verb::Switch);
    let mut quiet = busy_incident();
    quiet.id = crisis::incident::IncidentId::new("20261124-0800-login-slow-1a2b3c");
    quiet.title = "Login slow".into();
    quiet.opened_at = at("08:00");
    screen
        .app
        .update(Action::IncidentsListed(vec![quiet, busy_incident()]));
    for (width, height) in [(120, 40), (80, 24)] {
        let drawn = screen.draw(width, height);
        assert!(
            drawn.contains("Checkout down") && drawn.contains("Login slow"),
            "{drawn}"
        );
        insta::assert_snapshot!(format!("switcher_{width}x{height}"), drawn);
    }
}
