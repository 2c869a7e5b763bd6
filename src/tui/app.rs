//! The cockpit's model and `update`: actions in, state changed, effects asked for.
//!
//! `update` never writes the journal, touches the clipboard or reads the clock; it returns
//! [`Effect`]s that the loop performs and whose outcome comes back as actions. Each pane keeps
//! its own state and moves in its own file; this one routes verbs to them and holds what they
//! share: the incident, the language, the focus and the mode.

use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::{DateTime, FixedOffset};
use strum::IntoEnumIterator;

use super::action::{Action, Effect};
use super::alerts::Alerts;
use super::checklist::Checklist;
use super::composer::Composer;
use super::keymap::Scope;
use super::mode::{Mode, PromptKind};
use super::pane::Pane;
use super::phrases::Phrases;
use super::switcher::Switcher;
use super::timeline::Timeline;
use crate::cadence;
use crate::incident::{EventKind, Incident};
use crate::lang::Lang;
use crate::phrasebook::{Phrasebook, Step};
use crate::playbook;
use crate::present;
use crate::tr;

/// Settings the cockpit runs with, taken from config at start.
#[derive(Debug, Clone)]
pub struct Settings {
    /// What fills placeholders besides the incident.
    pub values: present::Settings,
    /// Language of an incident created from the cockpit.
    pub lang: Lang,
    /// Desktop notifications when an update is late (`notify` in config).
    pub notify: bool,
    /// A sync in the background this often (`sync_every` in config).
    pub sync_every: Option<chrono::Duration>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Info,
    Success,
    Warning,
    Error,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub level: Level,
}

pub struct App {
    pub book: Arc<Phrasebook>,
    /// Phrases per language, counted once: a frame must not walk a large phrasebook.
    pub phrase_totals: Vec<usize>,
    pub incident: Option<Incident>,
    pub lang: Lang,
    pub focus: Pane,
    pub mode: Mode,
    pub timeline: Timeline,
    pub checklist: Checklist,
    pub phrases: Phrases,
    pub composer: Composer,
    pub switcher: Switcher,
    /// The tone rules the composer checks its text against.
    pub lint: Arc<crate::lint::Rules>,
    pub status: Option<Status>,
    pub settings: Settings,
    pub now: DateTime<FixedOffset>,
    /// Set when the cockpit should close, with the process exit code.
    pub exit: Option<u8>,
    /// Text that could not be saved while closing; printed after the terminal is restored.
    pub unsaved: Vec<String>,
    /// What Esc kept of a prompt (note, detail, update, follow-up), by prompt.
    pub drafts: Vec<(PromptKind, String)>,
    /// `NO_COLOR` is set: the screen is drawn without colours.
    pub no_color: bool,
    pub alerts: Alerts,
    /// When the next update is due, as of the last tick or journal read.
    pub due: Option<cadence::Due>,
    /// Whether an update was owed at the last look, to act on the change only.
    pub(super) owed: bool,
    /// When the last sync started, and whether one is under way.
    pub synced_at: Option<DateTime<FixedOffset>>,
    pub syncing: bool,
    /// The terminal's size as last told (`Action::Resize`): where the mouse finds the panes.
    pub screen: ratatui::layout::Rect,
}

/// How many results the phrase list keeps; more than any screen shows.
pub const RESULT_LIMIT: usize = 200;
pub(super) const PAGE: isize = 10;

impl App {
    pub fn new(
        book: Arc<Phrasebook>,
        incident: Option<Incident>,
        settings: Settings,
        now: DateTime<FixedOffset>,
    ) -> (App, Vec<Effect>) {
        let lang = incident.as_ref().map_or(settings.lang, |i| i.lang);
        let mode = match incident {
            Some(_) => Mode::Normal,
            None => Mode::prompt(PromptKind::NewIncident, ""),
        };
        let phrase_totals = Lang::iter().map(|lang| book.phrases.count(lang)).collect();
        let mut app = App {
            phrase_totals,
            book,
            incident,
            lang,
            focus: Pane::Phrasebook,
            mode,
            timeline: Timeline::default(),
            checklist: Checklist::default(),
            phrases: Phrases::default(),
            composer: Composer::default(),
            switcher: Switcher::default(),
            lint: Arc::new(crate::lint::Rules::builtin()),
            status: None,
            settings,
            now,
            exit: None,
            unsaved: Vec::new(),
            drafts: Vec::new(),
            no_color: false,
            alerts: Alerts::default(),
            due: None,
            owed: false,
            synced_at: None,
            syncing: false,
            screen: ratatui::layout::Rect::default(),
        };
        app.due = app.compute_due();
        app.checklist.selected = app.next_step().unwrap_or(0);
        let search = app.search();
        (app, vec![search])
    }

    /// Which keys apply now.
    pub fn scope(&self) -> Scope {
        self.mode.scope()
    }

    /// How many phrases the current language has.
    pub fn phrase_total(&self) -> usize {
        self.phrase_totals
            .get(self.lang.index())
            .copied()
            .unwrap_or(0)
    }

    pub fn steps(&self) -> Vec<&Step> {
        playbook::steps(&self.book, self.lang)
    }

    pub fn next_step(&self) -> Option<usize> {
        let settled = self.incident.as_ref()?.settled();
        playbook::next_step(&self.steps(), &settled, self.update_owed())
    }

    /// The title of the step the phrase list is limited to.
    pub fn filter_title(&self) -> Option<&str> {
        let id = self.phrases.filter.as_ref()?;
        let step = self.book.steps(self.lang).find(|s| &s.id == id);
        Some(step.map_or(id.as_str(), |s| s.title.as_str()))
    }

    pub fn placeholder_values(&self) -> BTreeMap<String, String> {
        present::values(
            self.incident.as_ref(),
            &self.settings.values,
            self.now,
            self.lang,
        )
    }

    pub(super) fn set_status(&mut self, level: Level, text: impl Into<String>) {
        self.status = Some(Status {
            text: text.into(),
            level,
        });
    }

    /// A new search for the current query, language and step filter; the selected step's
    /// phrases and stage rank first among equals.
    pub(super) fn search(&mut self) -> Effect {
        let only = self.phrases.filter.as_ref().and_then(|id| {
            let step = self.book.steps(self.lang).find(|s| &s.id == id);
            step.map(|s| s.phrases.clone())
        });
        let context =
            self.steps()
                .get(self.checklist.selected)
                .map(|step| crate::phrasebook::Context {
                    step: step.phrases.clone(),
                    stage: Some(step.stage),
                    tags: Vec::new(),
                });
        self.phrases
            .search(self.lang, only, context.unwrap_or_default())
    }

    pub(super) fn append(&self, kind: EventKind) -> Vec<Effect> {
        if self.incident.is_some() {
            vec![Effect::Append(kind)]
        } else {
            Vec::new()
        }
    }

    pub fn update(&mut self, action: Action) -> Vec<Effect> {
        match action {
            Action::Run(verb) => self.on_verb(verb),
            Action::Notified => Vec::new(),
            // The size (for the mouse; the redraw that follows adapts), a click, the wheel.
            Action::Resize { .. } | Action::Click { .. } | Action::Scroll { .. } => {
                self.on_mouse(action)
            }
            Action::Insert(c) => self.type_text(&c.to_string()),
            Action::Paste(text) => self.type_text(&text),
            Action::Tick(now) => {
                self.now = now;
                let mut effects = self.pace_alerts();
                effects.extend(self.sync_when_due());
                if self.incident.is_some() {
                    effects.push(Effect::PollJournal);
                }
                effects
            }
            Action::SearchResults { generation, hits } => {
                match self.phrases.receive(generation, hits) {
                    Some(one_line) => self.copy(one_line),
                    None => Vec::new(),
                }
            }
            Action::JournalRead(events) => {
                let mut effects = self.journal_read(events);
                effects.extend(self.pace_alerts());
                effects
            }
            Action::JournalReplaced(events) => {
                let Some(id) = self.incident.as_ref().map(|i| i.id.clone()) else {
                    return Vec::new();
                };
                match Incident::replay(id, events) {
                    Ok(incident) => {
                        let before = self.incident.as_ref().map_or(0, |i| i.events.len());
                        self.timeline
                            .arrived(incident.events.len().saturating_sub(before));
                        self.incident = Some(incident);
                        self.set_status(Level::Info, tr!(self.lang, "said-journal-reread"));
                    }
                    Err(e) => self.set_status(
                        Level::Error,
                        tr!(self.lang, "said-journal-unreadable", why = e.say(self.lang)),
                    ),
                }
                self.pace_alerts()
            }
            Action::AppendFailed { kind, message } => {
                self.append_failed(kind, message);
                Vec::new()
            }
            Action::IncidentOpened(incident) => {
                self.lang = incident.lang;
                self.due = cadence::next_update(&incident, &self.settings.values.pace, self.now);
                let title = incident.title.clone();
                self.set_status(
                    Level::Success,
                    tr!(self.lang, "said-incident-opened", title = title),
                );
                self.incident = Some(*incident);
                self.mode = Mode::Normal;
                self.checklist.selected = self.next_step().unwrap_or(0);
                vec![self.search()]
            }
            Action::Synced(result) => self.synced(result),
            Action::IncidentsListed(incidents) => {
                self.incidents_listed(incidents);
                Vec::new()
            }
            Action::DraftLoaded(Ok(draft)) => {
                if let Some(draft) = draft {
                    self.draft_found(draft);
                }
                Vec::new()
            }
            Action::DraftLoaded(Err(message)) => {
                self.set_status(Level::Warning, message);
                Vec::new()
            }
            Action::Placed { placed, copied } if placed.osc52 => {
                vec![Effect::Osc52 { placed, copied }]
            }
            Action::Placed { placed, copied } => self.copied(placed.outcome, copied),
            Action::Copied { outcome, copied } => self.copied(outcome, copied),
            Action::Failed(message) => {
                self.set_status(Level::Error, message);
                Vec::new()
            }
            Action::CopyFailed(failure) => self.copy_failed(failure),
            Action::CreateFailed(why) => {
                self.set_status(
                    Level::Error,
                    tr!(self.lang, "said-create-failed", why = why),
                );
                Vec::new()
            }
            Action::Warning(message) => {
                self.set_status(Level::Warning, message);
                Vec::new()
            }
            Action::Signal(n) => {
                self.exit = Some(128u8.saturating_add(n.clamp(0, 127) as u8));
                self.save_unfinished()
            }
        }
    }

    fn journal_read(&mut self, events: Vec<crate::incident::Event>) -> Vec<Effect> {
        self.timeline.arrived(events.len());
        let selected = self
            .steps()
            .get(self.checklist.selected)
            .map(|s| s.id.clone());
        let Some(incident) = self.incident.as_mut() else {
            return Vec::new();
        };
        let (mut relang, mut ticked_selected) = (false, false);
        for event in events {
            match &event.kind {
                EventKind::LangChanged { lang } => {
                    relang |= *lang != self.lang;
                    self.lang = *lang;
                }
                EventKind::StepDone { step } => ticked_selected |= Some(step) == selected.as_ref(),
                _ => {}
            }
            incident.apply(event);
        }
        // Once a step is ticked the cursor moves on to what comes next, and the phrase
        // list with it when it follows the checklist.
        if relang || ticked_selected {
            self.checklist.selected = self.next_step().unwrap_or(self.checklist.selected);
        }
        if ticked_selected && self.focus == Pane::Checklist {
            return self.follow_step();
        }
        if relang {
            return vec![self.search()];
        }
        Vec::new()
    }

    /// Limits the phrase list to the selected step's phrases: the list follows the
    /// checklist however its selection moved (a key, a tick, entering the pane).
    pub(super) fn follow_step(&mut self) -> Vec<Effect> {
        let selected = self
            .steps()
            .get(self.checklist.selected)
            .map(|s| s.id.clone());
        self.phrases.filter = selected;
        self.phrases.selected = 0;
        vec![self.search()]
    }
}

#[cfg(test)]
mod tests {

    use super::*;
    use crate::clipboard::{Outcome, Placed};
    use crate::incident::Event;
    use crate::tui::action::Verb;
    use crate::tui::testing::*;

    #[test]
    fn without_an_incident_the_prompt_asks_for_a_title() {
        let mut app = app(None);
        assert_eq!(app.scope(), Scope::Text);
        type_text(&mut app, "Checkout down");
        let effects = press(&mut app, Verb::Confirm);
        assert_eq!(
            effects,
            [Effect::CreateIncident {
                title: "Checkout down".into()
            }]
        );
        app.update(Action::IncidentOpened(Box::new(incident())));
        assert_eq!(app.mode, Mode::Normal);
        assert_eq!(app.scope(), Scope::Normal);
    }

    #[test]
    fn a_note_is_appended_and_cancel_discards_it() {
        let mut app = app(Some(incident()));
        press(&mut app, Verb::AddNote);
        type_text(&mut app, "called Tim");
        let effects = press(&mut app, Verb::Confirm);
        assert_eq!(
            effects,
            [Effect::Append(EventKind::Note {
                text: "called Tim".into()
            })]
        );
        press(&mut app, Verb::AddNote);
        type_text(&mut app, "draft");
        assert!(press(&mut app, Verb::Cancel).is_empty());
        assert_eq!(app.mode, Mode::Normal);
    }

    #[test]
    fn a_failed_write_gives_the_note_back_and_quitting_saves_a_draft() {
        let mut app = app(Some(incident()));
        app.update(Action::AppendFailed {
            kind: EventKind::Note {
                text: "keep me".into(),
            },
            message: "disk full".into(),
        });
        assert!(matches!(&app.mode, Mode::Prompt(p) if p.input.text() == "keep me"));
        assert_eq!(app.status.as_ref().unwrap().level, Level::Error);
        let effects = press(&mut app, Verb::Quit);
        assert_eq!(
            effects,
            [Effect::Append(EventKind::Note {
                text: "keep me".into()
            })]
        );
        assert_eq!(app.exit, Some(0));
    }

    #[test]
    fn a_note_that_cannot_be_saved_while_quitting_is_kept_for_printing() {
        let mut app = app(Some(incident()));
        press(&mut app, Verb::AddNote);
        type_text(&mut app, "last words");
        let effects = press(&mut app, Verb::Quit);
        let [Effect::Append(kind)] = effects.as_slice() else {
            panic!("{effects:?}")
        };
        app.update(Action::AppendFailed {
            kind: kind.clone(),
            message: "disk gone".into(),
        });
        assert_eq!(app.unsaved, ["disk gone: last words"]);
        assert_eq!(app.exit, Some(0));
    }

    #[test]
    fn typing_a_search_narrows_the_list_and_enter_copies_the_filled_phrase() {
        let mut app = app(Some(incident()));
        let all = app.phrases.hits.len();
        press(&mut app, Verb::Search);
        type_text(&mut app, "sorry");
        assert!(!app.phrases.hits.is_empty() && app.phrases.hits.len() < all);
        let effects = press(&mut app, Verb::Confirm);
        let Effect::Copy(copied) = &effects[0] else {
            panic!("{effects:?}")
        };
        let text = &copied.text;
        assert!(
            !text.contains("{client}") && !text.contains("{next_update}"),
            "{text}"
        );
        assert_eq!(effects.len(), 1, "logged only once the copy succeeds");
        let copied = copied.clone();
        let placed = Placed {
            outcome: Outcome::System {
                name: "X11",
                terminal: false,
            },
            osc52: false,
        };
        let logged = app.update(Action::Placed {
            placed,
            copied: copied.clone(),
        });
        let [Effect::Append(kind)] = logged.as_slice() else {
            panic!("{logged:?}")
        };
        // The exact text that left is what the journal keeps.
        match kind {
            EventKind::PhraseCopied { phrase, text, .. } => {
                assert_eq!(
                    (phrase, text.as_deref()),
                    (&copied.phrase, Some(copied.text.as_str()))
                );
                assert_eq!(
                    app.status.as_ref().map(|s| s.text.as_str()),
                    Some("copied to the clipboard (X11)")
                );
            }
            EventKind::UpdateSent { phrase, text, .. } => {
                assert_eq!(phrase.as_deref(), Some(copied.phrase.as_str()));
                assert_eq!(text.as_deref(), Some(copied.text.as_str()));
                assert_eq!(
                    app.status.as_ref().map(|s| s.text.as_str()),
                    Some("copied to the clipboard (X11); recorded as the update sent")
                );
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_copy_tmux_drops_is_a_warning_with_the_fix_and_is_not_recorded() {
        let mut app = app(Some(incident()));
        press(&mut app, Verb::Search);
        type_text(&mut app, "sorry");
        let effects = press(&mut app, Verb::Confirm);
        let Some(Effect::Copy(copied)) = effects.first().cloned() else {
            panic!("{effects:?}")
        };
        let outcome = Outcome::Blocked {
            setting: "external".into(),
            fallback: None,
        };
        assert!(app.update(Action::Copied { outcome, copied }).is_empty());
        let status = app.status.as_ref().unwrap();
        assert_eq!(status.level, Level::Warning);
        assert!(
            status.text.contains("set -g set-clipboard on"),
            "{}",
            status.text
        );
    }

    #[test]
    fn a_copy_with_a_missing_value_asks_for_it_records_it_then_copies() {
        let mut app = app(Some(incident()));
        press(&mut app, Verb::Search);
        type_text(&mut app, "temporary workaround available");
        assert!(
            press(&mut app, Verb::Confirm).is_empty(),
            "nothing copied yet"
        );
        let Mode::Prompt(prompt) = &app.mode else {
            panic!("{:?}", app.mode)
        };
        assert!(
            prompt.kind.label(Lang::En).contains("{workaround}"),
            "{}",
            prompt.kind.label(Lang::En)
        );
        // Enter on nothing keeps asking; Esc would copy nothing.
        assert!(press(&mut app, Verb::Confirm).is_empty());
        assert!(matches!(app.mode, Mode::Prompt(_)));
        type_text(&mut app, "export by hand");
        let effects = press(&mut app, Verb::Confirm);
        let [Effect::Append(detail), Effect::Copy(copied)] = effects.as_slice() else {
            panic!("{effects:?}")
        };
        assert_eq!(
            *detail,
            EventKind::DetailSet {
                name: "workaround".into(),
                value: "export by hand".into()
            }
        );
        assert!(copied.text.contains("export by hand"), "{}", copied.text);
        assert!(copied.missing.is_empty(), "{:?}", copied.missing);
        // Esc on the form copies nothing, and says so.
        let mut app = super::tests::app(Some(incident()));
        press(&mut app, Verb::Search);
        type_text(&mut app, "temporary workaround available");
        press(&mut app, Verb::Confirm);
        assert!(press(&mut app, Verb::Cancel).is_empty());
        assert!(
            app.status
                .as_ref()
                .is_some_and(|s| s.text.contains("nothing copied"))
        );
    }

    #[test]
    fn a_multi_line_phrase_is_copied_as_written_with_y_and_as_one_line_with_shift_y() {
        let mut app = app(Some(incident()));
        let details = ["contact", "workaround", "eta", "impact"].map(|name| {
            let value = format!("the {name}");
            let kind = EventKind::DetailSet {
                name: name.into(),
                value,
            };
            Event::new(now(), kind)
        });
        app.update(Action::JournalRead(details.to_vec()));
        press(&mut app, Verb::Search);
        type_text(&mut app, "manager-check");
        press(&mut app, Verb::Cancel);
        let copy = |app: &mut App, verb| {
            let effects = press(app, verb);
            let [Effect::Copy(copied)] = effects.as_slice() else {
                panic!("{effects:?}")
            };
            assert_eq!(copied.phrase, "prepare.manager-check");
            copied.text.clone()
        };
        let written = copy(&mut app, Verb::Copy);
        assert!(written.starts_with("Hi,\n\nBefore I contact"), "{written}");
        let one_line = copy(&mut app, Verb::CopyOneLine);
        assert!(!one_line.contains('\n'), "{one_line}");
        assert!(one_line.starts_with("Hi, Before I contact"), "{one_line}");
        assert_eq!(
            one_line.split_whitespace().collect::<Vec<_>>(),
            written.split_whitespace().collect::<Vec<_>>(),
            "the same words"
        );
    }

    #[test]
    fn u_asks_what_was_said_then_the_promise_with_the_pace_as_default() {
        let mut app = app(Some(incident()));
        press(&mut app, Verb::UpdateSent);
        type_text(&mut app, "Called Jo, told her we are on it");
        assert!(
            press(&mut app, Verb::Confirm).is_empty(),
            "nothing recorded yet"
        );
        let Mode::Prompt(prompt) = &app.mode else {
            panic!("{:?}", app.mode)
        };
        // SEV3 at 09:30: the pace promises 10:30.
        assert_eq!(prompt.input.text(), "10:30");
        let effects = press(&mut app, Verb::Confirm);
        let at =
            |hm: &str| DateTime::parse_from_rfc3339(&format!("2026-11-24T{hm}:00+01:00")).unwrap();
        let expected = EventKind::update(
            Some("Called Jo, told her we are on it".into()),
            Some(at("10:30")),
        );
        assert_eq!(effects, [Effect::Append(expected)]);
        assert_eq!(app.mode, Mode::Normal);
    }

    #[test]
    fn a_late_update_rings_becomes_the_next_action_and_lets_go_once_sent() {
        let mut app = app(Some(incident()));
        let at =
            |hm: &str| DateTime::parse_from_rfc3339(&format!("2026-11-24T{hm}:00+01:00")).unwrap();
        // SEV3, opened at 09:00: due at 10:00, late from 10:01.
        let effects = app.update(Action::Tick(at("10:01")));
        assert!(effects.contains(&Effect::Bell), "{effects:?}");
        assert_eq!(app.phrases.filter.as_deref(), Some(playbook::UPDATE_STEP));
        let next = app.next_step().map(|i| app.steps()[i].id.clone());
        assert_eq!(next.as_deref(), Some(playbook::UPDATE_STEP));
        assert_eq!(app.checklist.selected, app.next_step().unwrap());
        settle(&mut app, effects);
        assert!(
            app.phrases
                .hits
                .iter()
                .all(|h| app.book.phrases.at(h.index).stage == crate::lang::Stage::Update),
            "the phrasebook shows update phrases"
        );
        let sent = Event::new(
            at("10:02"),
            EventKind::update(Some("Still on it.".into()), None),
        );
        let effects = app.update(Action::JournalRead(vec![sent]));
        assert!(!effects.contains(&Effect::Bell));
        assert_eq!(app.phrases.filter, None, "the update went out");
        assert!(
            app.update(Action::Tick(at("10:03")))
                .iter()
                .all(|e| *e != Effect::Bell)
        );
    }

    #[test]
    fn z_takes_back_the_last_event_and_says_what_it_took() {
        let mut app = app(Some(incident()));
        assert!(press(&mut app, Verb::Undo).is_empty(), "the opening stays");
        let at = DateTime::parse_from_rfc3339("2026-11-24T09:20:00+01:00").unwrap();
        let update = Event::new(at, EventKind::update(None, None));
        let id = update.id.clone();
        app.update(Action::JournalRead(vec![update]));
        let effects = press(&mut app, Verb::Undo);
        assert_eq!(
            effects,
            [Effect::Append(EventKind::Retracted { event: id })]
        );
        let status = app
            .status
            .as_ref()
            .map(|s| s.text.as_str())
            .unwrap_or_default();
        assert!(
            status.starts_with("taken back: update sent at 09:20"),
            "{status}"
        );
    }

    #[test]
    fn x_marks_a_step_as_not_applying_and_the_next_action_passes_it() {
        let mut app = app(Some(incident()));
        let next = app.next_step().unwrap();
        app.checklist.selected = next;
        let step = app.steps()[next].id.clone();
        let skipped = EventKind::StepSkipped { step: step.clone() };
        assert_eq!(
            press(&mut app, Verb::ToggleApplies),
            [Effect::Append(skipped.clone())]
        );
        app.update(Action::JournalRead(vec![Event::new(now(), skipped)]));
        assert_ne!(app.next_step(), Some(next), "the next action moved past it");
        app.checklist.selected = next;
        assert_eq!(
            press(&mut app, Verb::ToggleApplies),
            [Effect::Append(EventKind::StepApplies { step })]
        );
    }

    #[test]
    fn a_follow_up_rings_once_when_due_and_f_marks_it_done() {
        let mut app = app(Some(incident()));
        let at =
            |hm: &str| DateTime::parse_from_rfc3339(&format!("2026-11-24T{hm}:00+01:00")).unwrap();
        let follow_up = EventKind::FollowUp {
            text: "Call Tim for feedback".into(),
            due: at("09:40"),
        };
        let event = Event::new(at("09:31"), follow_up);
        let id = event.id.clone();
        app.update(Action::JournalRead(vec![event]));
        assert!(press(&mut app, Verb::FollowedUp).is_empty(), "not due yet");
        let effects = app.update(Action::Tick(at("09:40")));
        assert_eq!(
            effects.iter().filter(|e| **e == Effect::Bell).count(),
            1,
            "{effects:?}"
        );
        assert!(
            !app.update(Action::Tick(at("09:41")))
                .contains(&Effect::Bell)
        );
        assert_eq!(
            press(&mut app, Verb::FollowedUp),
            [Effect::Append(EventKind::FollowUpDone { event: id })]
        );
    }

    #[test]
    fn f_plans_a_follow_up_what_then_when() {
        let mut app = app(Some(incident()));
        press(&mut app, Verb::AddFollowUp);
        type_text(&mut app, "Call Tim for feedback");
        assert!(press(&mut app, Verb::Confirm).is_empty());
        type_text(&mut app, "whenever");
        assert!(
            press(&mut app, Verb::Confirm).is_empty(),
            "not a time: the prompt stays"
        );
        press(&mut app, Verb::DeleteToStart);
        type_text(&mut app, "tomorrow at 10:00");
        let due = DateTime::parse_from_rfc3339("2026-11-25T10:00:00+01:00").unwrap();
        let expected = EventKind::FollowUp {
            text: "Call Tim for feedback".into(),
            due,
        };
        assert_eq!(press(&mut app, Verb::Confirm), [Effect::Append(expected)]);
        assert_eq!(app.mode, Mode::Normal);
    }

    #[test]
    fn quitting_in_the_middle_of_an_update_keeps_what_was_said_as_a_note() {
        let mut app = app(Some(incident()));
        press(&mut app, Verb::UpdateSent);
        type_text(&mut app, "Told Jo about the refunds");
        press(&mut app, Verb::Confirm);
        let effects = app.save_unfinished();
        let note = EventKind::Note {
            text: "update not confirmed: Told Jo about the refunds".into(),
        };
        assert_eq!(effects, [Effect::Append(note)]);
    }

    #[test]
    fn a_promise_in_what_was_said_is_offered_and_a_bad_time_keeps_the_prompt() {
        let mut app = app(Some(incident()));
        press(&mut app, Verb::UpdateSent);
        type_text(&mut app, "Next update in 20 minutes");
        press(&mut app, Verb::Confirm);
        let Mode::Prompt(prompt) = &app.mode else {
            panic!("{:?}", app.mode)
        };
        assert_eq!(prompt.input.text(), "09:50");
        press(&mut app, Verb::DeleteToStart);
        type_text(&mut app, "whenever");
        assert!(press(&mut app, Verb::Confirm).is_empty());
        assert!(
            matches!(&app.mode, Mode::Prompt(p) if p.input.text() == "whenever"),
            "kept"
        );
        assert_eq!(app.status.as_ref().map(|s| s.level), Some(Level::Error));
    }

    #[test]
    fn enter_before_the_results_arrive_copies_from_the_new_results() {
        let mut app = app(Some(incident()));
        press(&mut app, Verb::Search);
        let mut pending = Vec::new();
        for c in "thank patience".chars() {
            pending.extend(app.update(Action::Insert(c)));
        }
        assert!(
            app.update(Action::Run(Verb::Confirm)).is_empty(),
            "nothing copied yet"
        );
        let effects = settle(&mut app, pending);
        let Effect::Copy(copied) = &effects[0] else {
            panic!("{effects:?}")
        };
        assert!(
            copied.text.to_lowercase().contains("patience"),
            "{copied:?}"
        );
    }

    #[test]
    fn stale_search_results_are_dropped() {
        let mut app = app(Some(incident()));
        let before = app.phrases.hits.clone();
        let old = app.phrases.generation;
        app.phrases.generation += 1;
        app.update(Action::SearchResults {
            generation: old,
            hits: vec![],
        });
        assert_eq!(app.phrases.hits, before);
    }

    #[test]
    fn space_ticks_the_selected_step_and_selecting_a_step_filters_phrases() {
        let mut app = app(Some(incident()));
        let first = app.steps()[0].id.clone();
        assert_eq!(
            press(&mut app, Verb::ToggleStep),
            [Effect::Append(EventKind::StepDone {
                step: first.clone()
            })]
        );
        app.update(Action::JournalRead(vec![Event::new(
            now(),
            EventKind::StepDone {
                step: first.clone(),
            },
        )]));
        // Ticking moved the cursor on to the next action; back up to untick the first step.
        assert_eq!(app.checklist.selected, 1);
        app.checklist.selected = 0;
        assert_eq!(
            press(&mut app, Verb::ToggleStep),
            [Effect::Append(EventKind::StepUndone { step: first })]
        );
        app.focus = Pane::Checklist;
        press(&mut app, Verb::Down);
        press(&mut app, Verb::Up);
        let step = app.steps()[0].clone();
        let shown: Vec<_> = app
            .phrases
            .hits
            .iter()
            .map(|h| app.book.phrases.at(h.index).id.to_owned())
            .collect();
        assert!(!shown.is_empty());
        assert!(
            shown.iter().all(|id| step.phrases.contains(id)),
            "{shown:?}"
        );
        press(&mut app, Verb::Cancel);
        assert!(app.phrases.filter.is_none());
    }

    #[test]
    fn the_step_filter_follows_the_checklist_entering_it_and_after_a_tick() {
        let mut app = app(Some(incident()));
        app.focus = Pane::Timeline;
        app.phrases.filter = None;
        press(&mut app, Verb::FocusNext);
        assert_eq!(app.focus, Pane::Checklist);
        let selected = app.steps()[app.checklist.selected].id.clone();
        assert_eq!(app.phrases.filter.as_deref(), Some(selected.as_str()));
        // A tick moves the cursor on; the filter goes with it.
        app.update(Action::JournalRead(vec![Event::new(
            now(),
            EventKind::StepDone {
                step: selected.clone(),
            },
        )]));
        let next = app.steps()[app.checklist.selected].id.clone();
        assert_ne!(next, selected);
        assert_eq!(app.phrases.filter.as_deref(), Some(next.as_str()));
    }

    #[test]
    fn slash_starts_a_fresh_query_and_up_recalls_earlier_ones() {
        let mut app = app(Some(incident()));
        press(&mut app, Verb::Search);
        type_text(&mut app, "sorry");
        press(&mut app, Verb::Cancel);
        assert_eq!(app.mode, Mode::Normal, "one Esc leaves the search");
        // The old query is kept, selected: typing replaces it rather than appending.
        press(&mut app, Verb::Search);
        assert!(app.phrases.fresh);
        type_text(&mut app, "eta");
        assert_eq!(app.phrases.query.text(), "eta");
        press(&mut app, Verb::Cancel);
        // A cursor move keeps a fresh query; a deletion clears it whole.
        press(&mut app, Verb::Search);
        press(&mut app, Verb::LineEnd);
        type_text(&mut app, " soon");
        assert_eq!(app.phrases.query.text(), "eta soon");
        press(&mut app, Verb::Cancel);
        press(&mut app, Verb::Search);
        press(&mut app, Verb::Backspace);
        assert!(app.phrases.query.is_empty());
        // On an empty line, Up goes back through the queries, newest first; Down returns.
        press(&mut app, Verb::Up);
        assert_eq!(app.phrases.query.text(), "eta soon");
        press(&mut app, Verb::Up);
        assert_eq!(app.phrases.query.text(), "eta");
        press(&mut app, Verb::Up);
        press(&mut app, Verb::Up);
        assert_eq!(app.phrases.query.text(), "sorry", "the oldest stays");
        press(&mut app, Verb::Down);
        assert_eq!(app.phrases.query.text(), "eta");
        // Typing ends the recall: Up and Down move through the results again.
        type_text(&mut app, " x");
        assert!(!app.phrases.recalling());
    }

    #[test]
    fn details_are_parsed_and_bad_ones_keep_the_prompt() {
        let mut app = app(Some(incident()));
        press(&mut app, Verb::SetDetail);
        type_text(&mut app, "boss = Tim");
        assert!(press(&mut app, Verb::Confirm).is_empty());
        assert!(matches!(&app.mode, Mode::Prompt(p) if p.input.text() == "boss = Tim"));
    }

    #[test]
    fn switching_language_is_remembered_in_the_journal() {
        let mut app = app(Some(incident()));
        let effects = press(&mut app, Verb::ToggleLang);
        assert_eq!(
            effects,
            [Effect::Append(EventKind::LangChanged { lang: Lang::Fr })]
        );
        assert!(!app.phrases.hits.is_empty());
        assert!(
            app.phrases
                .hits
                .iter()
                .all(|h| app.book.phrases.at(h.index).lang == Lang::Fr)
        );
        let said = &app.status.as_ref().unwrap().text;
        assert!(
            said.starts_with("désormais en français ; le titre"),
            "{said}"
        );
    }

    #[test]
    fn a_paste_past_64_kib_is_refused_whole_and_said() {
        let mut app = app(Some(incident()));
        press(&mut app, Verb::AddNote);
        type_text(&mut app, "short ");
        app.update(Action::Paste("x".repeat(crate::incident::MAX_TEXT_BYTES)));
        assert!(matches!(&app.mode, Mode::Prompt(p) if p.input.text() == "short "));
        let status = app.status.as_ref().unwrap();
        assert!(
            status.level == Level::Error && status.text.contains("64 KiB"),
            "{status:?}"
        );
    }

    #[test]
    fn a_typed_note_is_cleaned_before_it_reaches_the_journal() {
        let mut app = app(Some(incident()));
        press(&mut app, Verb::AddNote);
        app.update(Action::Paste("called \u{202e}Tim\u{9b}".into()));
        let effects = press(&mut app, Verb::Confirm);
        assert_eq!(
            effects,
            [Effect::Append(EventKind::Note {
                text: "called Tim".into()
            })]
        );
        press(&mut app, Verb::SetDetail);
        app.update(Action::Paste("client = \u{200b}ACME\u{feff}".into()));
        let effects = press(&mut app, Verb::Confirm);
        assert_eq!(
            effects,
            [Effect::Append(EventKind::DetailSet {
                name: "client".into(),
                value: "ACME".into()
            })]
        );
    }

    #[test]
    fn a_signal_exits_with_128_plus_its_number() {
        let mut app = app(Some(incident()));
        app.update(Action::Signal(15));
        assert_eq!(app.exit, Some(143));
    }

    #[test]
    fn a_sync_runs_on_s_and_in_the_background_when_sync_every_is_set() {
        let mut app = app(Some(incident()));
        assert_eq!(press(&mut app, Verb::Sync), [Effect::Sync]);
        assert_eq!(press(&mut app, Verb::Sync), [], "one at a time");
        let after = app.update(Action::Synced(Ok("in step with origin/main".into())));
        assert_eq!(after, [Effect::PollJournal]);
        assert!(
            app.status
                .as_ref()
                .unwrap()
                .text
                .contains("synced: in step")
        );
        let tick = |app: &mut App, minutes| {
            let effects = app.update(Action::Tick(now() + chrono::Duration::minutes(minutes)));
            effects.contains(&Effect::Sync)
        };
        assert!(!tick(&mut app, 10), "no background sync unless asked for");
        app.settings.sync_every = Some(chrono::Duration::minutes(5));
        assert!(tick(&mut app, 10));
        app.update(Action::Synced(Err(super::super::action::Failure::Said(
            "no network".into(),
        ))));
        assert_eq!(app.status.as_ref().unwrap().level, Level::Error);
        assert!(!tick(&mut app, 12), "five minutes after the last one");
        assert!(tick(&mut app, 15));
    }
}
