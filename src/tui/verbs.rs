//! What each verb does to the cockpit: routing it to the pane, the prompt or the search box
//! that has the keyboard, and the effects it asks for.

use std::collections::BTreeSet;

use super::action::{Effect, Verb};
use super::app::{App, Level, PAGE};
use super::keymap::{Scope, key_for};
use super::mode::{Mode, PromptKind};
use super::pane::Pane;
use crate::incident::{EventKind, Incident, MAX_TEXT_BYTES};
use crate::present;
use crate::tr;

impl App {
    pub(super) fn on_verb(&mut self, verb: Verb) -> Vec<Effect> {
        match verb {
            Verb::Help => {
                self.mode = match self.mode {
                    Mode::Help => Mode::Normal,
                    _ => Mode::Help,
                };
                Vec::new()
            }
            Verb::Quit => {
                self.exit = Some(0);
                self.save_unfinished()
            }
            // The composer has its own keys; its draft is already kept on disk.
            _ if self.mode == Mode::Compose => self.compose_verb(verb),
            _ if self.mode == Mode::Draft => self.draft_verb(verb),
            _ if self.mode == Mode::Switch => self.switch_verb(verb),
            Verb::Cancel => self.cancel(),
            Verb::Confirm => self.confirm(),
            Verb::Up | Verb::Down if self.mode == Mode::Search && self.phrases.recalling() => {
                self.phrases.recall(if verb == Verb::Up { -1 } else { 1 });
                self.phrases.selected = 0;
                vec![self.search()]
            }
            _ if self.scope() == Scope::Text && self.edit(verb) => {
                if self.mode == Mode::Search {
                    self.phrases.selected = 0;
                    return vec![self.search()];
                }
                Vec::new()
            }
            _ if matches!(self.mode, Mode::Prompt(_)) => Vec::new(),
            Verb::FocusNext | Verb::FocusPrev => {
                self.focus = if verb == Verb::FocusNext {
                    self.focus.next()
                } else {
                    self.focus.prev()
                };
                if self.focus == Pane::Checklist {
                    return self.follow_step();
                }
                Vec::new()
            }
            Verb::Up => self.move_by(-1),
            Verb::Down => self.move_by(1),
            Verb::PageUp => self.move_by(-PAGE),
            Verb::PageDown => self.move_by(PAGE),
            Verb::Search => {
                self.focus = Pane::Phrasebook;
                self.mode = Mode::Search;
                // The previous query stays, selected: typing replaces it, an arrow keeps it.
                self.phrases.fresh = !self.phrases.query.is_empty();
                Vec::new()
            }
            Verb::Copy => self.copy(false),
            Verb::CopyOneLine => self.copy(true),
            Verb::AddNote => self.open_prompt(PromptKind::Note),
            Verb::SetDetail => self.open_prompt(PromptKind::Detail),
            Verb::Compose => self.open_composer(),
            Verb::Switch => self.open_switcher(),
            Verb::Sync => self.sync(),
            Verb::UpdateSent => self.open_prompt(PromptKind::Update),
            Verb::AddFollowUp => self.open_prompt(PromptKind::FollowUp),
            Verb::Undo => self.undo(),
            Verb::ToggleStep => self.toggle_step(),
            Verb::ToggleApplies => self.toggle_applies(),
            Verb::FollowedUp => {
                let Some(incident) = &self.incident else {
                    return Vec::new();
                };
                let Some((event, ..)) = incident.follow_ups_due(self.now).first().copied() else {
                    self.set_status(Level::Info, tr!(self.lang, "said-no-follow-up"));
                    return Vec::new();
                };
                let event = event.clone();
                self.append(EventKind::FollowUpDone { event })
            }
            Verb::ToggleLang => {
                self.lang = self.lang.other();
                self.checklist.selected = self.next_step().unwrap_or(0);
                // The phrases change language; what was typed does not, and is said so.
                if self.incident.is_some() {
                    let key = key_for(Verb::SetDetail, Scope::Normal, self.lang);
                    self.set_status(Level::Info, tr!(self.lang, "said-lang-switched", key = key));
                }
                let mut effects = self.append(EventKind::LangChanged { lang: self.lang });
                effects.push(self.search());
                effects
            }
            // Editing verbs outside text entry do nothing.
            _ => Vec::new(),
        }
    }

    /// Applies an editing verb to whichever input has the keyboard.
    fn edit(&mut self, verb: Verb) -> bool {
        match &mut self.mode {
            Mode::Prompt(prompt) => prompt.input.edit(verb),
            Mode::Search => self.phrases.edit(verb),
            Mode::Normal | Mode::Help | Mode::Compose | Mode::Draft | Mode::Switch => false,
        }
    }

    pub(super) fn type_text(&mut self, text: &str) -> Vec<Effect> {
        let typed = match &self.mode {
            Mode::Prompt(prompt) => prompt.input.text().len(),
            Mode::Search => self.phrases.query.text().len(),
            Mode::Draft => self.composer.text().len(),
            Mode::Normal | Mode::Help | Mode::Compose | Mode::Switch => return Vec::new(),
        };
        // Refused whole rather than cut: a pasted text that does not fit is better kept by
        // the user than silently shortened.
        if typed + text.len() > MAX_TEXT_BYTES {
            self.set_status(
                Level::Error,
                tr!(self.lang, "said-too-long", bytes = text.len()),
            );
            return Vec::new();
        }
        match &mut self.mode {
            Mode::Prompt(prompt) => prompt.input.insert(text),
            Mode::Search => {
                self.phrases.type_text(text);
                self.phrases.selected = 0;
                return vec![self.search()];
            }
            Mode::Draft => return self.draft_insert(text),
            Mode::Normal | Mode::Help | Mode::Compose | Mode::Switch => {}
        }
        Vec::new()
    }

    fn cancel(&mut self) -> Vec<Effect> {
        match &mut self.mode {
            Mode::Help => self.mode = Mode::Normal,
            Mode::Prompt(prompt) => match prompt.kind {
                // There is nothing behind this prompt: Esc leaves, and a title typed is kept
                // for the next start.
                PromptKind::NewIncident => {
                    self.exit = Some(0);
                    return self.save_unfinished();
                }
                PromptKind::Fill { .. } => {
                    self.mode = self.resting_mode();
                    self.set_status(Level::Warning, tr!(self.lang, "said-value-missing"));
                }
                _ => {
                    let (kind, typed) = (prompt.kind.clone(), prompt.input.text());
                    self.mode = Mode::Normal;
                    self.keep_draft(&kind, typed);
                }
            },
            Mode::Search => {
                self.phrases.remember();
                self.mode = Mode::Normal;
            }
            Mode::Normal if self.phrases.filter.take().is_some() => return vec![self.search()],
            Mode::Normal if !self.phrases.query.is_empty() => {
                self.phrases.query.clear();
                return vec![self.search()];
            }
            Mode::Normal | Mode::Compose | Mode::Draft | Mode::Switch => {}
        }
        Vec::new()
    }

    /// Where the keyboard goes back to once a prompt is done: the composer when it is open.
    pub(super) fn resting_mode(&self) -> Mode {
        if self.composer.open {
            Mode::Compose
        } else {
            Mode::Normal
        }
    }

    fn confirm(&mut self) -> Vec<Effect> {
        match std::mem::replace(&mut self.mode, Mode::Normal) {
            Mode::Prompt(prompt) => self.submit(prompt),
            Mode::Search => {
                self.phrases.remember();
                self.mode = Mode::Search;
                self.copy(false)
            }
            mode @ (Mode::Help | Mode::Compose | Mode::Draft | Mode::Switch) => {
                self.mode = mode;
                Vec::new()
            }
            Mode::Normal => match self.focus {
                Pane::Phrasebook => self.copy(false),
                Pane::Checklist => self.toggle_step(),
                Pane::Timeline => {
                    if let Some(incident) = &self.incident {
                        self.timeline.toggle(&incident.events);
                    }
                    Vec::new()
                }
            },
        }
    }

    pub(super) fn move_by(&mut self, delta: isize) -> Vec<Effect> {
        let pane = if self.mode == Mode::Search {
            Pane::Phrasebook
        } else {
            self.focus
        };
        match pane {
            Pane::Timeline => {
                let len = self.incident.as_ref().map_or(0, |i| i.events.len());
                self.timeline.move_by(delta, len);
                Vec::new()
            }
            Pane::Checklist => {
                let steps = self.steps().len();
                self.checklist.move_by(delta, steps);
                // Selecting a step shows the phrases that help carry it out.
                self.follow_step()
            }
            Pane::Phrasebook => {
                self.phrases.move_by(delta);
                Vec::new()
            }
        }
    }

    /// Marks the selected step as not applying to this incident, or as applying again.
    fn toggle_applies(&mut self) -> Vec<Effect> {
        self.toggle_selected_step(
            |i| &i.skipped,
            |step| EventKind::StepApplies { step },
            |step| EventKind::StepSkipped { step },
        )
    }

    fn toggle_step(&mut self) -> Vec<Effect> {
        self.toggle_selected_step(
            |i| &i.done,
            |step| EventKind::StepUndone { step },
            |step| EventKind::StepDone { step },
        )
    }

    /// The event that takes the selected step out of `set` when it is in it, into it otherwise.
    fn toggle_selected_step(
        &self,
        set: impl Fn(&Incident) -> &BTreeSet<String>,
        out: impl Fn(String) -> EventKind,
        into: impl Fn(String) -> EventKind,
    ) -> Vec<Effect> {
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
        let kind = if set(incident).contains(&step) {
            out(step)
        } else {
            into(step)
        };
        vec![Effect::Append(kind)]
    }

    /// Takes back the last event that counts (never the opening): a retraction, logged.
    fn undo(&mut self) -> Vec<Effect> {
        let Some(incident) = &self.incident else {
            return Vec::new();
        };
        let Some(last) = incident.last_retractable() else {
            self.set_status(Level::Warning, tr!(self.lang, "said-nothing-to-undo"));
            return Vec::new();
        };
        let kind = EventKind::Retracted {
            event: last.id.clone(),
        };
        let probe = crate::incident::Event::new(self.now, kind.clone());
        let said = present::describe::detail_in(incident, &probe, &self.book);
        let again = key_for(Verb::Undo, Scope::Normal, self.lang);
        self.set_status(
            Level::Success,
            tr!(self.lang, "said-undone", said = said, key = again),
        );
        self.append(kind)
    }
}
