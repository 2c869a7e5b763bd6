//! Copying a phrase: filled from the incident, through the fill form when a value a detail
//! can give is missing (never a literal `{eta}`), recorded once it is on the clipboard
//! (`copied`), as the update sent when it promises the next one.

use std::collections::BTreeMap;
use std::sync::Arc;

use super::action::{Copied, Effect, Failure, Verb};
use super::app::{App, Level};
use super::keymap::{Scope, key_for};
use super::mode::{Mode, PromptKind};
use crate::clipboard::Outcome;
use crate::incident::EventKind;
use crate::phrasebook::{Filled, Placeholder, fill};
use crate::present;
use crate::text;
use crate::tr;

impl App {
    /// Copies the selected phrase, filled; `one_line` joins a multi-line phrase first.
    pub(super) fn copy(&mut self, one_line: bool) -> Vec<Effect> {
        if !self.phrases.ready_to_copy(one_line) {
            return Vec::new();
        }
        let Some(phrase) = self.phrases.selected_phrase(&self.book) else {
            self.set_status(Level::Warning, tr!(self.lang, "said-no-phrase"));
            return Vec::new();
        };
        let phrase = (phrase.id.to_owned(), phrase.lang);
        self.copy_filled(phrase, one_line, BTreeMap::new())
    }

    /// Copies a phrase filled from the incident and `answers`. A value a detail can give
    /// that is still missing is asked for first (the fill form): never a literal `{eta}`.
    /// `text` filled from the incident and `answers`, as it would leave (French spacing
    /// included); or, when a value a detail can give is still missing, `None` and the fill
    /// form open to ask for it, with `phrase` (`None`: the composer's message) to copy after.
    pub(super) fn fill_or_ask(
        &mut self,
        text: &str,
        lang: crate::lang::Lang,
        answers: BTreeMap<String, String>,
        phrase: Option<(String, crate::lang::Lang)>,
        one_line: bool,
    ) -> Option<Filled> {
        let mut values = self.placeholder_values();
        values.extend(answers.clone());
        let mut filled = fill(text, &values);
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
                phrase,
                missing: askable,
                answers,
                one_line,
            };
            self.mode = Mode::prompt(kind, "");
            return None;
        }
        Some(filled)
    }

    pub(super) fn copy_filled(
        &mut self,
        (id, lang): (String, crate::lang::Lang),
        one_line: bool,
        answers: BTreeMap<String, String>,
    ) -> Vec<Effect> {
        let book = Arc::clone(&self.book);
        let Some(phrase) = book.phrase(&id, lang) else {
            self.set_status(Level::Warning, tr!(self.lang, "said-phrase-gone"));
            return Vec::new();
        };
        let Some(filled) = self.fill_or_ask(phrase.text, lang, answers, Some((id, lang)), one_line)
        else {
            return Vec::new();
        };
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

    /// A copy that did not reach the clipboard: why, and that the text is in the preview.
    pub(super) fn copy_failed(&mut self, failure: Failure) -> Vec<Effect> {
        let lang = self.lang;
        let why = match failure {
            Failure::Said(why) => why,
            Failure::TimedOut(seconds) => tr!(lang, "said-copy-timeout", seconds = seconds),
        };
        self.set_status(Level::Error, tr!(lang, "said-copy-failed", why = why));
        Vec::new()
    }

    pub(super) fn copied(&mut self, outcome: Outcome, copied: Copied) -> Vec<Effect> {
        let said = outcome.describe(self.lang);
        if !outcome.arrived() {
            // Nothing reached a clipboard (tmux dropped it): not recorded, and the fix is said.
            self.set_status(Level::Warning, said);
            return Vec::new();
        }
        let Copied {
            missing,
            record,
            message,
            ..
        } = copied;
        // A copy that promises the next update is the update sent: the countdown restarts.
        let said = match &record {
            EventKind::UpdateSent { .. } => tr!(
                self.lang,
                "said-recorded-as-update",
                said = said,
                key = key_for(Verb::Undo, Scope::Normal, self.lang)
            ),
            _ => said,
        };
        if missing.is_empty() {
            self.set_status(Level::Success, said);
        } else {
            let names: Vec<_> = missing.iter().map(|m| format!("{{{m}}}")).collect();
            let text = tr!(
                self.lang,
                "said-not-filled",
                said = said,
                names = names.join(" "),
                key = key_for(Verb::SetDetail, Scope::Normal, self.lang)
            );
            self.set_status(Level::Warning, text);
        }
        let mut effects = self.append(record);
        if message {
            effects.extend(self.message_sent());
        }
        effects
    }
}
