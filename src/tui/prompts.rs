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
use crate::tr;

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
                    let here = promise.due.with_timezone(self.now.offset());
                    let at = present::values::clock_time(here, self.lang);
                    self.set_status(Level::Success, tr!(self.lang, "said-promised", at = at));
                    self.append(EventKind::update(said, Some(promise.due)))
                }
                Err(why) => {
                    let message = match why {
                        cadence::NoPromise::Past { .. } => {
                            tr!(self.lang, "said-time-passed", text = text.as_str())
                        }
                        cadence::NoPromise::None => {
                            tr!(self.lang, "said-not-a-time", text = text.as_str())
                        }
                    };
                    self.set_status(Level::Error, message);
                    self.mode = Mode::Prompt(prompt);
                    Vec::new()
                }
            },
            PromptKind::FollowUpWhen { what } => match cadence::parse_when(&text, self.now) {
                Ok(when) => {
                    let at = present::values::day_and_time(self.lang, when.due, self.now);
                    let said = tr!(
                        self.lang,
                        "said-follow-up-planned",
                        at = at,
                        what = what.as_str()
                    );
                    self.set_status(Level::Success, said);
                    self.append(EventKind::FollowUp {
                        text: what,
                        due: when.due,
                    })
                }
                Err(_) => {
                    let message = tr!(self.lang, "said-not-a-time-ahead", text = text.as_str());
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
                    let cancel = key_for(Verb::Cancel, Scope::Text, self.lang);
                    self.set_status(
                        Level::Warning,
                        tr!(self.lang, "said-type-a-value", key = cancel),
                    );
                    self.mode = Mode::Prompt(prompt);
                    return Vec::new();
                }
                let name = missing.remove(0).name().to_owned();
                let mut effects = match present::correct::correction(&name, &text, self.now) {
                    Ok(kind) => self.append(kind),
                    Err(refusal) => {
                        self.set_status(Level::Error, refusal.say(self.lang));
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
                        let said =
                            present::describe::detail(&kind, &self.book, self.lang, self.lang);
                        self.set_status(Level::Success, tr!(self.lang, "said-set", said = said));
                        self.append(kind)
                    }
                    Err(refusal) => {
                        self.set_status(Level::Error, refusal.say(self.lang));
                        self.mode = Mode::Prompt(prompt);
                        Vec::new()
                    }
                }
            }
        }
    }

    /// On the way out (`q`, Ctrl-C, a signal), nothing typed is dropped: the prompt still
    /// open and every draft kept by Esc are saved as notes (an update not confirmed as one:
    /// it was not recorded as sent), and a new incident's title is kept for the next start.
    pub(super) fn save_unfinished(&mut self) -> Vec<Effect> {
        let open = match std::mem::replace(&mut self.mode, Mode::Normal) {
            Mode::Prompt(prompt) => Some((prompt.kind, prompt.input.text())),
            other => {
                self.mode = other;
                None
            }
        };
        let mut effects = Vec::new();
        for (kind, typed) in std::mem::take(&mut self.drafts).into_iter().chain(open) {
            let typed = crate::text::clean(typed.trim());
            let text = self.unfinished(&kind, typed);
            match (kind, text) {
                (PromptKind::NewIncident, Some(title)) => effects.push(Effect::KeepTitle(title)),
                (_, Some(text)) => effects.extend(self.append(EventKind::Note { text })),
                (_, None) => {}
            }
        }
        effects
    }

    /// What an unfinished prompt leaves in the journal, if anything.
    fn unfinished(&self, kind: &PromptKind, typed: String) -> Option<String> {
        let lang = self.lang;
        Some(match kind {
            PromptKind::Note | PromptKind::NewIncident if !typed.is_empty() => typed,
            PromptKind::Detail if !typed.is_empty() => {
                tr!(lang, "note-detail-unset", text = typed)
            }
            PromptKind::Update if !typed.is_empty() => {
                tr!(lang, "note-update-unconfirmed", text = typed)
            }
            PromptKind::Promise { said: Some(said) } => {
                tr!(lang, "note-update-unconfirmed", text = said.as_str())
            }
            PromptKind::FollowUp if !typed.is_empty() => {
                tr!(lang, "note-follow-up-unplanned", text = typed)
            }
            PromptKind::FollowUpWhen { what } => {
                tr!(lang, "note-follow-up-unplanned", text = what.as_str())
            }
            PromptKind::Fill { missing, .. } if !typed.is_empty() => {
                let name = missing.first().map_or("", |p| p.name());
                tr!(lang, "note-not-copied", name = name, text = typed)
            }
            _ => return None,
        })
    }

    /// Esc on a prompt that holds typed text keeps it as a draft, said in the footer; the
    /// prompt brings it back the next time it opens.
    pub(super) fn keep_draft(&mut self, kind: &PromptKind, typed: String) {
        let opens = match kind {
            PromptKind::Note => Verb::AddNote,
            PromptKind::Detail => Verb::SetDetail,
            PromptKind::Update => Verb::UpdateSent,
            PromptKind::FollowUp => Verb::AddFollowUp,
            _ => return,
        };
        if typed.trim().is_empty() {
            return;
        }
        self.drafts.retain(|(k, _)| k != kind);
        self.drafts.push((kind.clone(), typed));
        let key = key_for(opens, Scope::Normal, self.lang);
        self.set_status(Level::Info, tr!(self.lang, "said-draft-kept", key = key));
    }

    /// A prompt opens with its draft when Esc kept one.
    pub(super) fn open_prompt(&mut self, kind: PromptKind) -> Vec<Effect> {
        if self.incident.is_none() {
            return Vec::new();
        }
        let draft = self.drafts.iter().position(|(k, _)| *k == kind);
        let text = draft.map(|i| self.drafts.remove(i).1).unwrap_or_default();
        if !text.is_empty() {
            self.set_status(Level::Info, tr!(self.lang, "said-draft-back"));
        }
        self.mode = Mode::prompt(kind, &text);
        Vec::new()
    }

    pub(super) fn append_failed(&mut self, kind: EventKind, message: String) {
        self.set_status(
            Level::Error,
            tr!(self.lang, "said-not-saved", why = message.as_str()),
        );
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::tui::testing::*;

    fn notes(effects: &[Effect]) -> Vec<String> {
        effects
            .iter()
            .filter_map(|e| match e {
                Effect::Append(EventKind::Note { text }) => Some(text.clone()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn esc_keeps_a_note_as_a_draft_that_comes_back_when_the_prompt_opens() {
        let mut app = app(Some(incident()));
        press(&mut app, Verb::AddNote);
        type_text(&mut app, "Tim calls back at 11");
        assert!(
            press(&mut app, Verb::Cancel).is_empty(),
            "nothing written yet"
        );
        assert_eq!(app.mode, Mode::Normal);
        let said = &app.status.as_ref().unwrap().text;
        assert_eq!(said, "draft kept: a brings it back");
        press(&mut app, Verb::AddNote);
        let Mode::Prompt(prompt) = &app.mode else {
            panic!("{:?}", app.mode)
        };
        assert_eq!(prompt.input.text(), "Tim calls back at 11");
        assert!(app.drafts.is_empty(), "the draft is in the prompt again");
    }

    #[test]
    fn quitting_saves_every_draft_and_the_detail_being_typed() {
        let mut app = app(Some(incident()));
        press(&mut app, Verb::AddNote);
        type_text(&mut app, "rollback at 10:40");
        press(&mut app, Verb::Cancel);
        press(&mut app, Verb::SetDetail);
        type_text(&mut app, "impact = 40 of 900 shops");
        // Ctrl-C is Quit while typing.
        let effects = press(&mut app, Verb::Quit);
        assert_eq!(
            notes(&effects),
            [
                "rollback at 10:40",
                "detail not set: impact = 40 of 900 shops"
            ]
        );
        assert_eq!(app.exit, Some(0));
    }

    #[test]
    fn a_french_incident_writes_its_unfinished_notes_in_french() {
        let mut incident = incident();
        incident.lang = Lang::Fr;
        let mut app = app(Some(incident));
        press(&mut app, Verb::UpdateSent);
        type_text(&mut app, "appelé Tim");
        press(&mut app, Verb::Cancel);
        assert_eq!(
            app.status.as_ref().unwrap().text,
            "brouillon gardé : u le fait revenir"
        );
        let effects = press(&mut app, Verb::Quit);
        assert_eq!(notes(&effects), ["point non confirmé : appelé Tim"]);
    }

    #[test]
    fn esc_on_a_new_incident_title_quits_and_keeps_the_title_for_next_time() {
        let mut app = app(None);
        type_text(&mut app, "Login slow for EU users");
        let effects = press(&mut app, Verb::Cancel);
        assert_eq!(
            effects,
            [Effect::KeepTitle("Login slow for EU users".into())]
        );
        assert_eq!(app.exit, Some(0));
        let mut empty = crate::tui::testing::app(None);
        assert!(
            press(&mut empty, Verb::Cancel).is_empty(),
            "nothing typed, nothing kept"
        );
    }
}
