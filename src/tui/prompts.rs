//! The prompts in the footer: what each does with what was typed once Enter is pressed (a
//! note, a detail, an update and its promise, a follow-up and its time, a fill form's
//! answer), and what is kept when the cockpit closes with one still open.

use super::action::{Effect, Verb};
use super::app::{App, Level};
use super::keymap::{Scope, key_for};
use super::mode::{Mode, Prompt, PromptKind};
use crate::cadence;
use crate::incident::EventKind;
use crate::present;

impl App {
    pub(super) fn submit(&mut self, prompt: Box<Prompt>) -> Vec<Effect> {
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

    pub(super) fn append_failed(&mut self, kind: EventKind, message: String) {
        self.set_status(Level::Error, format!("not saved: {message}"));
        // Give the text back so nothing typed is lost: in its prompt, or, when the cockpit is
        // closing, to be printed once the terminal is restored.
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
                self.mode = Mode::prompt(kind, &text);
            }
        }
    }
}
