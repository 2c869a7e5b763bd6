//! The cockpit's model and `update`: actions in, state changed, effects asked for.
//!
//! `update` never writes the journal, touches the clipboard or reads the clock; it returns
//! [`Effect`]s that the loop performs and whose outcome comes back as actions.

use std::sync::Arc;

use chrono::{DateTime, FixedOffset};

use super::action::{Action, Command, Copied, Effect, Query};
use super::keymap::Scope;
use crate::incident::{EventKind, Incident};
use crate::lang::Lang;
use crate::phrasebook::{Hit, Phrase, Phrasebook, Step, fill};
use crate::playbook;
use crate::present;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Timeline,
    Checklist,
    Phrasebook,
}

impl Pane {
    fn next(self) -> Pane {
        match self {
            Pane::Timeline => Pane::Checklist,
            Pane::Checklist => Pane::Phrasebook,
            Pane::Phrasebook => Pane::Timeline,
        }
    }

    fn prev(self) -> Pane {
        self.next().next()
    }
}

/// Settings the cockpit runs with, taken from config at start.
#[derive(Debug, Clone)]
pub struct Settings {
    /// What fills placeholders besides the incident.
    pub values: present::Settings,
    /// Language of an incident created from the cockpit.
    pub lang: Lang,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptKind {
    NewIncident,
    Note,
    Detail,
}

impl PromptKind {
    pub fn label(self) -> &'static str {
        match self {
            PromptKind::NewIncident => "New incident: ",
            PromptKind::Note => "Note: ",
            PromptKind::Detail => "Detail (name = value): ",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prompt {
    pub kind: PromptKind,
    pub text: String,
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

/// Rows scrolled up from the newest event; 0 follows new events.
#[derive(Debug, Clone, Default)]
pub struct TimelineState {
    pub scroll: usize,
}

#[derive(Debug, Clone, Default)]
pub struct ChecklistState {
    pub selected: usize,
}

#[derive(Debug, Clone, Default)]
pub struct PhrasesState {
    pub query: String,
    /// The search box has the keyboard.
    pub typing: bool,
    pub hits: Vec<Hit>,
    pub selected: usize,
    pub generation: u64,
    /// Results for the current generation have not arrived yet.
    pub pending: bool,
    /// The step whose phrases the list is limited to.
    pub filter: Option<String>,
    /// Enter was pressed before the results of the typed query arrived: copy on arrival,
    /// so the phrase copied is the one the query finds, not the one shown before.
    pub copy_when_ready: bool,
}

pub struct App {
    pub book: Arc<Phrasebook>,
    /// Phrases per language, counted once: a frame must not walk a large phrasebook.
    pub phrase_totals: [usize; 2],
    pub incident: Option<Incident>,
    pub lang: Lang,
    pub focus: Pane,
    pub timeline: TimelineState,
    pub checklist: ChecklistState,
    pub phrases: PhrasesState,
    pub prompt: Option<Prompt>,
    pub help: bool,
    pub status: Option<Status>,
    pub settings: Settings,
    pub now: DateTime<FixedOffset>,
    /// Set when the cockpit should close, with the process exit code.
    pub exit: Option<u8>,
    /// Text that could not be saved while closing; printed after the terminal is restored.
    pub unsaved: Vec<String>,
}

/// How many results the phrase list keeps; more than any screen shows.
pub const RESULT_LIMIT: usize = 200;
const PAGE: usize = 10;

impl App {
    pub fn new(
        book: Arc<Phrasebook>,
        incident: Option<Incident>,
        settings: Settings,
        now: DateTime<FixedOffset>,
    ) -> (App, Vec<Effect>) {
        let lang = incident.as_ref().map_or(settings.lang, |i| i.lang);
        let prompt = incident.is_none().then(|| Prompt {
            kind: PromptKind::NewIncident,
            text: String::new(),
        });
        let total = |lang| book.phrases.iter().filter(|p| p.lang == lang).count();
        let phrase_totals = [total(Lang::En), total(Lang::Fr)];
        let mut app = App {
            phrase_totals,
            book,
            incident,
            lang,
            focus: Pane::Phrasebook,
            timeline: TimelineState::default(),
            checklist: ChecklistState::default(),
            phrases: PhrasesState::default(),
            prompt,
            help: false,
            status: None,
            settings,
            now,
            exit: None,
            unsaved: Vec::new(),
        };
        app.checklist.selected = app.next_step().unwrap_or(0);
        let search = app.search();
        (app, vec![search])
    }

    /// Which keys apply now.
    pub fn scope(&self) -> Scope {
        if self.help {
            Scope::Help
        } else if self.prompt.is_some() || self.phrases.typing {
            Scope::Text
        } else {
            Scope::Normal
        }
    }

    /// How many phrases the current language has.
    pub fn phrase_total(&self) -> usize {
        self.phrase_totals[self.lang.index()]
    }

    pub fn steps(&self) -> Vec<&Step> {
        playbook::steps(&self.book, self.lang)
    }

    pub fn next_step(&self) -> Option<usize> {
        let done = self.incident.as_ref().map(|i| &i.done)?;
        playbook::next_step(&self.steps(), done)
    }

    pub fn selected_phrase(&self) -> Option<&Phrase> {
        let hit = self.phrases.hits.get(self.phrases.selected)?;
        self.book.phrases.get(hit.index)
    }

    pub fn placeholder_values(&self) -> std::collections::BTreeMap<String, String> {
        present::values(self.incident.as_ref(), &self.settings.values)
    }

    fn set_status(&mut self, level: Level, text: impl Into<String>) {
        self.status = Some(Status {
            text: text.into(),
            level,
        });
    }

    /// A new search generation for the current query, language and filter.
    fn search(&mut self) -> Effect {
        self.phrases.generation += 1;
        self.phrases.pending = true;
        let only = self.phrases.filter.as_ref().and_then(|id| {
            let steps = self.steps();
            steps
                .iter()
                .find(|s| &s.id == id)
                .map(|s| s.phrases.clone())
        });
        Effect::Search(Query {
            generation: self.phrases.generation,
            text: self.phrases.query.clone(),
            lang: self.lang,
            only,
        })
    }

    fn append(&self, kind: EventKind) -> Vec<Effect> {
        if self.incident.is_some() {
            vec![Effect::Append(kind)]
        } else {
            Vec::new()
        }
    }

    pub fn update(&mut self, action: Action) -> Vec<Effect> {
        match action {
            Action::Run(command) => self.run(command),
            // Keys reach `update` already resolved; a resize only needs the redraw that follows.
            Action::Key(_) | Action::Resize => Vec::new(),
            Action::Insert(c) => self.insert(&c.to_string()),
            Action::Paste(text) => {
                let line: String = text
                    .chars()
                    .map(|c| if c.is_control() { ' ' } else { c })
                    .collect();
                self.insert(&line)
            }
            Action::Tick(now) => {
                self.now = now;
                if self.incident.is_some() {
                    vec![Effect::PollJournal]
                } else {
                    Vec::new()
                }
            }
            Action::SearchResults { generation, hits } => {
                // A newer query is on its way; this answer is to an older one.
                if generation != self.phrases.generation {
                    return Vec::new();
                }
                self.phrases.hits = hits;
                self.phrases.pending = false;
                let last = self.phrases.hits.len().saturating_sub(1);
                self.phrases.selected = self.phrases.selected.min(last);
                if std::mem::take(&mut self.phrases.copy_when_ready) {
                    return self.copy();
                }
                Vec::new()
            }
            Action::JournalRead(events) => {
                // A timeline scrolled up stays on what the user is reading as events arrive.
                if self.timeline.scroll > 0 {
                    self.timeline.scroll += events.len();
                }
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
                        EventKind::StepDone { step } => {
                            ticked_selected |= Some(step) == selected.as_ref()
                        }
                        _ => {}
                    }
                    incident.apply(event);
                }
                // Once a step is ticked the cursor moves on to what comes next.
                if relang || ticked_selected {
                    self.checklist.selected = self.next_step().unwrap_or(self.checklist.selected);
                }
                if relang {
                    return vec![self.search()];
                }
                Vec::new()
            }
            Action::AppendFailed { kind, message } => {
                self.set_status(Level::Error, format!("not saved: {message}"));
                // Give the text back so nothing typed is lost: in its prompt, or, when the
                // cockpit is closing, to be printed once the terminal is restored.
                let typed = match kind {
                    EventKind::Note { text } => Some((PromptKind::Note, text)),
                    EventKind::DetailSet { name, value } => {
                        Some((PromptKind::Detail, format!("{name} = {value}")))
                    }
                    _ => None,
                };
                if let Some((kind, text)) = typed {
                    if self.exit.is_some() {
                        self.unsaved.push(format!("{message}: {text}"));
                    } else {
                        self.prompt = Some(Prompt { kind, text });
                    }
                }
                Vec::new()
            }
            Action::IncidentOpened(incident) => {
                self.lang = incident.lang;
                self.set_status(
                    Level::Success,
                    format!("incident opened: {}", incident.title),
                );
                self.incident = Some(*incident);
                self.prompt = None;
                self.checklist.selected = self.next_step().unwrap_or(0);
                vec![self.search()]
            }
            Action::Copied {
                destination,
                copied,
            } => {
                let Copied {
                    phrase,
                    lang,
                    missing,
                } = copied;
                let said = if destination.starts_with("copied") {
                    destination
                } else {
                    format!("copied: {destination}")
                };
                if missing.is_empty() {
                    self.set_status(Level::Success, said);
                } else {
                    let names: Vec<_> = missing.iter().map(|m| format!("{{{m}}}")).collect();
                    let text =
                        format!("{said}, but {} not filled: press d to set", names.join(" "));
                    self.set_status(Level::Warning, text);
                }
                self.append(EventKind::PhraseCopied { phrase, lang })
            }
            Action::Failed(message) => {
                self.set_status(Level::Error, message);
                Vec::new()
            }
            Action::Warning(message) => {
                self.set_status(Level::Warning, message);
                Vec::new()
            }
            Action::Signal(n) => {
                self.exit = Some(128u8.saturating_add(n.clamp(0, 127) as u8));
                self.save_unfinished_note()
            }
        }
    }

    fn run(&mut self, command: Command) -> Vec<Effect> {
        match command {
            Command::Help => {
                self.help = !self.help;
                Vec::new()
            }
            Command::Quit => {
                self.exit = Some(0);
                self.save_unfinished_note()
            }
            Command::Cancel => self.cancel(),
            Command::Confirm => self.confirm(),
            Command::Backspace => {
                if let Some(prompt) = self.prompt.as_mut() {
                    prompt.text.pop();
                    Vec::new()
                } else if self.phrases.typing {
                    self.phrases.query.pop();
                    self.phrases.selected = 0;
                    vec![self.search()]
                } else {
                    Vec::new()
                }
            }
            _ if self.prompt.is_some() => Vec::new(),
            Command::FocusNext => {
                self.focus = self.focus.next();
                Vec::new()
            }
            Command::FocusPrev => {
                self.focus = self.focus.prev();
                Vec::new()
            }
            Command::Up => self.move_by(-1),
            Command::Down => self.move_by(1),
            Command::PageUp => self.move_by(-(PAGE as isize)),
            Command::PageDown => self.move_by(PAGE as isize),
            Command::Search => {
                self.focus = Pane::Phrasebook;
                self.phrases.typing = true;
                Vec::new()
            }
            Command::Copy => self.copy(),
            Command::AddNote => self.open_prompt(PromptKind::Note),
            Command::SetDetail => self.open_prompt(PromptKind::Detail),
            Command::UpdateSent => {
                let effects = self.append(EventKind::UpdateSent { text: None });
                if !effects.is_empty() {
                    self.set_status(
                        Level::Success,
                        "client update recorded; the countdown starts again",
                    );
                }
                effects
            }
            Command::ToggleStep => self.toggle_step(),
            Command::ToggleLang => {
                self.lang = self.lang.other();
                self.checklist.selected = self.next_step().unwrap_or(0);
                let mut effects = self.append(EventKind::LangChanged { lang: self.lang });
                effects.push(self.search());
                effects
            }
        }
    }

    fn open_prompt(&mut self, kind: PromptKind) -> Vec<Effect> {
        if self.incident.is_some() {
            self.prompt = Some(Prompt {
                kind,
                text: String::new(),
            });
        }
        Vec::new()
    }

    fn insert(&mut self, text: &str) -> Vec<Effect> {
        if let Some(prompt) = self.prompt.as_mut() {
            prompt.text.push_str(text);
            Vec::new()
        } else if self.phrases.typing {
            self.phrases.query.push_str(text);
            self.phrases.selected = 0;
            vec![self.search()]
        } else {
            Vec::new()
        }
    }

    fn cancel(&mut self) -> Vec<Effect> {
        if self.help {
            self.help = false;
        } else if let Some(prompt) = self.prompt.as_mut() {
            match prompt.kind {
                // There is nothing behind this prompt: Esc on an empty one leaves.
                PromptKind::NewIncident if prompt.text.is_empty() => self.exit = Some(0),
                PromptKind::NewIncident => prompt.text.clear(),
                _ => self.prompt = None,
            }
        } else if self.phrases.typing {
            self.phrases.typing = false;
        } else if self.phrases.filter.take().is_some() {
            return vec![self.search()];
        } else if !self.phrases.query.is_empty() {
            self.phrases.query.clear();
            return vec![self.search()];
        }
        Vec::new()
    }

    fn confirm(&mut self) -> Vec<Effect> {
        if let Some(prompt) = self.prompt.take() {
            return self.submit(prompt);
        }
        match self.focus {
            _ if self.phrases.typing => self.copy(),
            Pane::Phrasebook => self.copy(),
            Pane::Checklist => self.toggle_step(),
            Pane::Timeline => Vec::new(),
        }
    }

    fn submit(&mut self, prompt: Prompt) -> Vec<Effect> {
        let text = prompt.text.trim().to_owned();
        match prompt.kind {
            _ if text.is_empty() => {
                if prompt.kind == PromptKind::NewIncident {
                    self.prompt = Some(prompt);
                }
                Vec::new()
            }
            PromptKind::NewIncident => {
                self.prompt = Some(prompt);
                vec![Effect::CreateIncident { title: text }]
            }
            PromptKind::Note => self.append(EventKind::Note { text }),
            PromptKind::Detail => match present::parse_detail(&text) {
                Ok((name, value)) => {
                    self.set_status(Level::Success, format!("{{{name}}} is now \"{value}\""));
                    self.append(EventKind::DetailSet { name, value })
                }
                Err(message) => {
                    self.set_status(Level::Error, message);
                    self.prompt = Some(prompt);
                    Vec::new()
                }
            },
        }
    }

    /// On the way out, a note still being typed is saved rather than dropped.
    fn save_unfinished_note(&mut self) -> Vec<Effect> {
        match self.prompt.take() {
            Some(Prompt {
                kind: PromptKind::Note,
                text,
            }) if !text.trim().is_empty() => self.append(EventKind::Note {
                text: text.trim().to_owned(),
            }),
            other => {
                self.prompt = other;
                Vec::new()
            }
        }
    }

    fn move_by(&mut self, delta: isize) -> Vec<Effect> {
        let step = |value: usize, len: usize| -> usize {
            value
                .saturating_add_signed(delta)
                .min(len.saturating_sub(1))
        };
        let pane = if self.phrases.typing {
            Pane::Phrasebook
        } else {
            self.focus
        };
        match pane {
            Pane::Timeline => {
                let len = self.incident.as_ref().map_or(0, |i| i.events.len());
                // Up goes back in time: the scroll counts rows above the newest.
                self.timeline.scroll = self
                    .timeline
                    .scroll
                    .saturating_add_signed(-delta)
                    .min(len.saturating_sub(1));
                Vec::new()
            }
            Pane::Checklist => {
                let len = self.steps().len();
                self.checklist.selected = step(self.checklist.selected, len);
                // Selecting a step shows the phrases that help carry it out.
                self.phrases.filter = self
                    .steps()
                    .get(self.checklist.selected)
                    .map(|s| s.id.clone());
                self.phrases.selected = 0;
                vec![self.search()]
            }
            Pane::Phrasebook => {
                self.phrases.selected = step(self.phrases.selected, self.phrases.hits.len());
                Vec::new()
            }
        }
    }

    fn toggle_step(&mut self) -> Vec<Effect> {
        let Some(incident) = &self.incident else {
            return Vec::new();
        };
        let Some(step) = self
            .steps()
            .get(self.checklist.selected)
            .map(|s| s.id.clone())
        else {
            return Vec::new();
        };
        let kind = if incident.done.contains(&step) {
            EventKind::StepUndone { step }
        } else {
            EventKind::StepDone { step }
        };
        vec![Effect::Append(kind)]
    }

    fn copy(&mut self) -> Vec<Effect> {
        if self.phrases.pending {
            self.phrases.copy_when_ready = true;
            return Vec::new();
        }
        let Some(phrase) = self.selected_phrase() else {
            self.set_status(Level::Warning, "no phrase selected");
            return Vec::new();
        };
        let filled = fill(&phrase.text, &self.placeholder_values());
        let copied = Copied {
            phrase: phrase.id.clone(),
            lang: phrase.lang,
            missing: filled.missing,
        };
        vec![Effect::Copy {
            text: filled.text,
            copied,
        }]
    }
}

#[cfg(test)]
mod tests {
    use chrono::Duration;

    use super::*;
    use crate::incident::Event;
    use crate::phrasebook::SearchIndex;

    fn now() -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339("2026-11-24T09:30:00+01:00").unwrap()
    }

    fn incident() -> Incident {
        let opened = Event::new(
            DateTime::parse_from_rfc3339("2026-11-24T09:00:00+01:00").unwrap(),
            EventKind::Opened {
                title: "Checkout down".into(),
                severity: crate::incident::Severity::try_from(2).unwrap(),
                client: Some("ACME".into()),
                lang: Lang::En,
            },
        );
        Incident::replay(crate::incident::IncidentId::new("x"), vec![opened]).unwrap()
    }

    fn settings() -> Settings {
        Settings {
            values: present::Settings {
                cadence: Duration::minutes(60),
                me: Some("Sam".into()),
            },
            lang: Lang::En,
        }
    }

    /// Runs search effects at once, as the worker would, and returns the others.
    fn settle(app: &mut App, effects: Vec<Effect>) -> Vec<Effect> {
        let index = SearchIndex::new(&app.book.phrases);
        let mut rest = Vec::new();
        for effect in effects {
            match effect {
                Effect::Search(q) => {
                    let hits = index.search(&q.text, q.lang, q.only.as_deref(), RESULT_LIMIT);
                    rest.extend(app.update(Action::SearchResults {
                        generation: q.generation,
                        hits,
                    }));
                }
                other => rest.push(other),
            }
        }
        rest
    }

    fn app(incident: Option<Incident>) -> App {
        let (mut app, effects) =
            App::new(Arc::new(Phrasebook::builtin()), incident, settings(), now());
        settle(&mut app, effects);
        app
    }

    fn press(app: &mut App, command: Command) -> Vec<Effect> {
        let effects = app.update(Action::Run(command));
        settle(app, effects)
    }

    fn type_text(app: &mut App, text: &str) -> Vec<Effect> {
        let mut out = Vec::new();
        for c in text.chars() {
            let effects = app.update(Action::Insert(c));
            out.extend(settle(app, effects));
        }
        out
    }

    #[test]
    fn without_an_incident_the_prompt_asks_for_a_title() {
        let mut app = app(None);
        assert_eq!(app.scope(), Scope::Text);
        type_text(&mut app, "Checkout down");
        let effects = press(&mut app, Command::Confirm);
        assert_eq!(
            effects,
            [Effect::CreateIncident {
                title: "Checkout down".into()
            }]
        );
        app.update(Action::IncidentOpened(Box::new(incident())));
        assert!(app.prompt.is_none());
        assert_eq!(app.scope(), Scope::Normal);
    }

    #[test]
    fn a_note_is_appended_and_cancel_discards_it() {
        let mut app = app(Some(incident()));
        press(&mut app, Command::AddNote);
        type_text(&mut app, "called Tim");
        let effects = press(&mut app, Command::Confirm);
        assert_eq!(
            effects,
            [Effect::Append(EventKind::Note {
                text: "called Tim".into()
            })]
        );
        press(&mut app, Command::AddNote);
        type_text(&mut app, "draft");
        assert!(press(&mut app, Command::Cancel).is_empty());
        assert!(app.prompt.is_none());
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
        assert_eq!(app.prompt.as_ref().unwrap().text, "keep me");
        assert_eq!(app.status.as_ref().unwrap().level, Level::Error);
        let effects = press(&mut app, Command::Quit);
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
        press(&mut app, Command::AddNote);
        type_text(&mut app, "last words");
        let effects = press(&mut app, Command::Quit);
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
        press(&mut app, Command::Search);
        type_text(&mut app, "sorry");
        assert!(!app.phrases.hits.is_empty() && app.phrases.hits.len() < all);
        let effects = press(&mut app, Command::Confirm);
        let Effect::Copy { text, .. } = &effects[0] else {
            panic!("{effects:?}")
        };
        assert!(
            !text.contains("{client}") && !text.contains("{next_update}"),
            "{text}"
        );
        assert_eq!(effects.len(), 1, "logged only once the copy succeeds");
        let Effect::Copy { copied, .. } = effects[0].clone() else {
            unreachable!()
        };
        let destination = "copied to the clipboard (X11)".to_string();
        let logged = app.update(Action::Copied {
            destination,
            copied: copied.clone(),
        });
        let expected = EventKind::PhraseCopied {
            phrase: copied.phrase,
            lang: copied.lang,
        };
        assert_eq!(logged, [Effect::Append(expected)]);
    }

    #[test]
    fn enter_before_the_results_arrive_copies_from_the_new_results() {
        let mut app = app(Some(incident()));
        press(&mut app, Command::Search);
        let mut pending = Vec::new();
        for c in "thank patience".chars() {
            pending.extend(app.update(Action::Insert(c)));
        }
        assert!(
            app.update(Action::Run(Command::Confirm)).is_empty(),
            "nothing copied yet"
        );
        let effects = settle(&mut app, pending);
        let Effect::Copy { text, .. } = &effects[0] else {
            panic!("{effects:?}")
        };
        assert!(text.to_lowercase().contains("patience"), "{text}");
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
            press(&mut app, Command::ToggleStep),
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
            press(&mut app, Command::ToggleStep),
            [Effect::Append(EventKind::StepUndone { step: first })]
        );
        app.focus = Pane::Checklist;
        press(&mut app, Command::Down);
        press(&mut app, Command::Up);
        let step = app.steps()[0].clone();
        let shown: Vec<_> = app
            .phrases
            .hits
            .iter()
            .map(|h| app.book.phrases[h.index].id.clone())
            .collect();
        assert!(!shown.is_empty());
        assert!(
            shown.iter().all(|id| step.phrases.contains(id)),
            "{shown:?}"
        );
        press(&mut app, Command::Cancel);
        assert!(app.phrases.filter.is_none());
    }

    #[test]
    fn details_are_parsed_and_bad_ones_keep_the_prompt() {
        let mut app = app(Some(incident()));
        press(&mut app, Command::SetDetail);
        type_text(&mut app, "boss = Tim");
        assert!(press(&mut app, Command::Confirm).is_empty());
        assert_eq!(app.prompt.as_ref().unwrap().text, "boss = Tim");
    }

    #[test]
    fn switching_language_is_remembered_in_the_journal() {
        let mut app = app(Some(incident()));
        let effects = press(&mut app, Command::ToggleLang);
        assert_eq!(
            effects,
            [Effect::Append(EventKind::LangChanged { lang: Lang::Fr })]
        );
        assert!(!app.phrases.hits.is_empty());
        assert!(
            app.phrases
                .hits
                .iter()
                .all(|h| app.book.phrases[h.index].lang == Lang::Fr)
        );
    }

    #[test]
    fn a_signal_exits_with_128_plus_its_number() {
        let mut app = app(Some(incident()));
        app.update(Action::Signal(15));
        assert_eq!(app.exit, Some(143));
    }
}
