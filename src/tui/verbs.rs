//! What each verb does to the cockpit: routing it to the pane, the prompt or the search box
//! that has the keyboard, and the effects it asks for.

use std::collections::BTreeSet;

use super::action::{Copied, Effect, Verb};
use super::app::{App, Level, PAGE};
use super::keymap::{Scope, key_for};
use super::mode::{Mode, Prompt, PromptKind};
use super::pane::Pane;
use crate::cadence;
use crate::incident::{EventKind, Incident, MAX_TEXT_BYTES};
use crate::phrasebook::{Placeholder, fill};
use crate::present;
use crate::text;
use std::collections::BTreeMap;
use std::sync::Arc;

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
                self.save_unfinished_note()
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
                    self.set_status(Level::Info, "no follow-up is due");
                    return Vec::new();
                };
                let event = event.clone();
                self.append(EventKind::FollowUpDone { event })
            }
            Verb::ToggleLang => {
                self.lang = self.lang.other();
                self.checklist.selected = self.next_step().unwrap_or(0);
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

    fn open_prompt(&mut self, kind: PromptKind) -> Vec<Effect> {
        if self.incident.is_some() {
            self.mode = Mode::prompt(kind, "");
        }
        Vec::new()
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
                format!(
                    "not inserted: {} bytes would make the text longer than 64 KiB",
                    text.len()
                ),
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
                // There is nothing behind this prompt: Esc on an empty one leaves.
                PromptKind::NewIncident if prompt.input.is_empty() => self.exit = Some(0),
                PromptKind::NewIncident => prompt.input.clear(),
                PromptKind::Fill { .. } => {
                    self.mode = self.resting_mode();
                    self.set_status(Level::Warning, "nothing copied: a value was missing");
                }
                _ => self.mode = Mode::Normal,
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

    fn submit(&mut self, prompt: Box<Prompt>) -> Vec<Effect> {
        // Typed or pasted text is cleaned as `crisis log` cleans it, before it reaches the journal.
        let text = crate::text::clean(prompt.input.text().trim());
        match prompt.kind.clone() {
            PromptKind::Update => {
                // The promise asked next: the one in what was said, else one interval on.
                let now = self.now;
                let promised = cadence::parse(&text, now).ok().map(|p| p.due).or_else(|| {
                    let incident = self.incident.as_ref()?;
                    cadence::next_after_sending(incident, &self.settings.values.pace, now)
                });
                let default = promised.map_or(String::new(), |t| t.format("%H:%M").to_string());
                let said = (!text.is_empty()).then_some(text);
                self.mode = Mode::prompt(PromptKind::Promise { said }, &default);
                Vec::new()
            }
            PromptKind::Promise { said } => match cadence::parse_when(&text, self.now) {
                Ok(promise) => {
                    let at = promise.due.format("%H:%M");
                    self.set_status(
                        Level::Success,
                        format!("client update recorded; next one promised at {at}"),
                    );
                    self.append(EventKind::update(said, Some(promise.due)))
                }
                Err(why) => {
                    let message = match why {
                        cadence::NoPromise::Past { .. } => format!("{text} has already passed"),
                        cadence::NoPromise::None => {
                            format!("\"{text}\" is not a time: try 14:30 or in 20 min")
                        }
                    };
                    self.set_status(Level::Error, message);
                    self.mode = Mode::Prompt(prompt);
                    Vec::new()
                }
            },
            PromptKind::FollowUpWhen { what } => match cadence::parse_when(&text, self.now) {
                Ok(when) => {
                    let at = when.due.format("%a %H:%M");
                    self.set_status(Level::Success, format!("follow-up due {at}: {what}"));
                    self.append(EventKind::FollowUp {
                        text: what,
                        due: when.due,
                    })
                }
                Err(_) => {
                    let message = format!("\"{text}\" is not a time ahead: try tomorrow at 10:00");
                    self.set_status(Level::Error, message);
                    self.mode = Mode::Prompt(prompt);
                    Vec::new()
                }
            },
            PromptKind::Fill {
                phrase,
                mut missing,
                mut answers,
                one_line,
            } => {
                if text.is_empty() {
                    let cancel = key_for(Verb::Cancel, Scope::Text);
                    self.set_status(
                        Level::Warning,
                        format!("type a value, or {cancel} to copy nothing"),
                    );
                    self.mode = Mode::Prompt(prompt);
                    return Vec::new();
                }
                let name = missing.remove(0).name().to_owned();
                let mut effects = match present::correct::correction(&name, &text, self.now) {
                    Ok(kind) => self.append(kind),
                    Err(message) => {
                        self.set_status(Level::Error, message);
                        self.mode = Mode::Prompt(prompt);
                        return Vec::new();
                    }
                };
                // What the copy says is what the detail will say: `3/1000` as a sentence.
                let said = present::values::detail_value(
                    &name,
                    &text,
                    phrase.as_ref().map_or(self.lang, |p| p.1),
                );
                answers.insert(name, said);
                effects.extend(match phrase {
                    Some(phrase) => self.copy_filled(phrase, one_line, answers),
                    None => {
                        self.mode = Mode::Compose;
                        self.copy_message(answers)
                    }
                });
                effects
            }
            _ if text.is_empty() => {
                if prompt.kind == PromptKind::NewIncident {
                    self.mode = Mode::Prompt(prompt);
                }
                Vec::new()
            }
            PromptKind::NewIncident => {
                self.mode = Mode::Prompt(prompt);
                vec![Effect::CreateIncident { title: text }]
            }
            PromptKind::Note => self.append(EventKind::Note { text }),
            PromptKind::FollowUp => {
                self.mode = Mode::prompt(PromptKind::FollowUpWhen { what: text }, "");
                Vec::new()
            }
            PromptKind::Detail => {
                let (key, value) = text.split_once('=').unwrap_or((text.as_str(), ""));
                match present::correct::correction(key, value, self.now) {
                    Ok(kind) => {
                        let said = present::describe::detail(&kind, &self.book, self.lang);
                        self.set_status(Level::Success, format!("set: {said}"));
                        self.append(kind)
                    }
                    Err(message) => {
                        self.set_status(Level::Error, message);
                        self.mode = Mode::Prompt(prompt);
                        Vec::new()
                    }
                }
            }
        }
    }

    /// On the way out, a note still being typed is saved rather than dropped, and so is
    /// what was said of an update not yet confirmed (as a note: it was not recorded as sent).
    pub(super) fn save_unfinished_note(&mut self) -> Vec<Effect> {
        let Mode::Prompt(prompt) = &self.mode else {
            return Vec::new();
        };
        let typed = crate::text::clean(prompt.input.text().trim());
        let text = match &prompt.kind {
            PromptKind::Note if !typed.is_empty() => typed,
            PromptKind::Update if !typed.is_empty() => format!("update not confirmed: {typed}"),
            PromptKind::Promise { said: Some(said) } => format!("update not confirmed: {said}"),
            PromptKind::FollowUp if !typed.is_empty() => format!("follow-up not planned: {typed}"),
            PromptKind::FollowUpWhen { what } => format!("follow-up not planned: {what}"),
            PromptKind::Fill { missing, .. } if !typed.is_empty() => {
                let name = missing.first().map_or("", |p| p.name());
                format!("not copied; typed for {{{name}}}: {typed}")
            }
            _ => return Vec::new(),
        };
        self.mode = Mode::Normal;
        self.append(EventKind::Note { text })
    }

    fn move_by(&mut self, delta: isize) -> Vec<Effect> {
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
            self.set_status(Level::Warning, "nothing to take back");
            return Vec::new();
        };
        let kind = EventKind::Retracted {
            event: last.id.clone(),
        };
        let probe = crate::incident::Event::new(self.now, kind.clone());
        let said = present::describe::detail_in(incident, &probe, &self.book);
        let again = key_for(Verb::Undo, Scope::Normal);
        self.set_status(
            Level::Success,
            format!("taken back: {said} ({again} again takes back the one before)"),
        );
        self.append(kind)
    }

    /// Copies the selected phrase, filled; `one_line` joins a multi-line phrase first.
    pub(super) fn copy(&mut self, one_line: bool) -> Vec<Effect> {
        if !self.phrases.ready_to_copy(one_line) {
            return Vec::new();
        }
        let Some(phrase) = self.phrases.selected_phrase(&self.book) else {
            self.set_status(Level::Warning, "no phrase selected");
            return Vec::new();
        };
        let phrase = (phrase.id.to_owned(), phrase.lang);
        self.copy_filled(phrase, one_line, BTreeMap::new())
    }

    /// Copies a phrase filled from the incident and `answers`. A value a detail can give
    /// that is still missing is asked for first (the fill form): never a literal `{eta}`.
    fn copy_filled(
        &mut self,
        (id, lang): (String, crate::lang::Lang),
        one_line: bool,
        answers: BTreeMap<String, String>,
    ) -> Vec<Effect> {
        let book = Arc::clone(&self.book);
        let Some(phrase) = book.phrase(&id, lang) else {
            self.set_status(Level::Warning, "that phrase is gone from the phrasebook");
            return Vec::new();
        };
        let mut values = self.placeholder_values();
        values.extend(answers.clone());
        let mut filled = fill(phrase.text, &values);
        if lang == crate::lang::Lang::Fr {
            filled.text = text::french_spacing(&filled.text);
        }
        let askable: Vec<Placeholder> = filled
            .missing
            .iter()
            .filter_map(|m| Placeholder::from_name(m))
            .filter(|p| !present::values::is_derived(*p))
            .collect();
        if !askable.is_empty() && self.incident.is_some() {
            let kind = PromptKind::Fill {
                phrase: Some((id, lang)),
                missing: askable,
                answers,
                one_line,
            };
            self.mode = Mode::prompt(kind, "");
            return Vec::new();
        }
        let text = if one_line {
            text::joined(&filled.text)
        } else {
            filled.text
        };
        let record = present::copy_event(
            phrase,
            &text,
            self.incident.as_ref(),
            &self.settings.values.pace,
            self.now,
        );
        vec![Effect::Copy(Copied {
            phrase: phrase.id.to_owned(),
            lang: phrase.lang,
            text,
            missing: filled.missing,
            record,
            message: false,
        })]
    }
}
