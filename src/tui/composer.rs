//! The composer: a whole message for a channel and an audience, assembled from the incident
//! and its status, each part's sentence changeable for another that fits, the whole text
//! editable, and kept on disk at every change until it is sent.
//!
//! Rows: the channel, the audience, then one per part. ←/→ change what the row shows; Enter
//! edits the text itself. Once edited by hand, the text is what goes out, and the parts stay
//! as they are until `r` starts again from them.

use std::collections::BTreeMap;
use std::str::FromStr;

use strum::IntoEnumIterator;

use super::action::{Copied, Effect, Verb};
use super::app::{App, Level};
use super::input::TextInput;
use super::keymap::{Scope, key_for};
use super::mode::Mode;
use crate::incident::Draft;
use crate::lint::{self, Finding, Target};
use crate::present;
use crate::present::compose::{Ask, Audience, Channel, Message};
use crate::tr;

/// The first two rows pick the channel and the audience; the parts come after.
pub(super) const PICKERS: usize = 2;

#[derive(Debug, Clone, PartialEq)]
pub struct Composer {
    /// Drawn over the panes; the keyboard is the composer's in `Mode::Compose` and
    /// `Mode::Draft`, a fill prompt's while it asks for a missing value.
    pub open: bool,
    pub channel: Channel,
    pub audience: Audience,
    /// Sentences picked with ←/→, by phrase id.
    pub chosen: Vec<String>,
    pub row: usize,
    /// The text as edited by hand; from then on it is what goes out.
    pub draft: Option<TextInput>,
    /// The message as the parts make it, recomposed at every change.
    pub message: Option<Message>,
    /// The kept draft was looked for on disk (once per run).
    pub looked: bool,
    /// What the tone rules find in the text, as it is now.
    pub findings: Vec<Finding>,
    /// `y` was pressed once with errors found: a second `y` sends it anyway.
    pub confirmed: bool,
}

impl Default for Composer {
    fn default() -> Composer {
        Composer {
            open: false,
            channel: Channel::Email,
            audience: Audience::Client,
            chosen: Vec::new(),
            row: 0,
            draft: None,
            message: None,
            looked: false,
            findings: Vec::new(),
            confirmed: false,
        }
    }
}

impl Composer {
    /// The text that goes out: the hand-edited draft, else the composed message.
    pub fn text(&self) -> String {
        match (&self.draft, &self.message) {
            (Some(draft), _) => draft.text(),
            (None, Some(message)) => message.text.clone(),
            (None, None) => String::new(),
        }
    }

    fn rows(&self) -> usize {
        PICKERS + self.message.as_ref().map_or(0, |m| m.parts.len())
    }
}

/// One step through a list, wrapping around.
fn step<T: Clone + PartialEq>(all: &[T], current: &T, delta: isize) -> T {
    let at = all.iter().position(|x| x == current).unwrap_or(0) as isize;
    let len = all.len().max(1) as isize;
    all[(at + delta).rem_euclid(len) as usize].clone()
}

impl App {
    /// `c`: opens the composer on the message the incident calls for now.
    pub(super) fn open_composer(&mut self) -> Vec<Effect> {
        self.composer.open = true;
        self.mode = Mode::Compose;
        self.recompose();
        if self.composer.looked || self.incident.is_none() {
            return Vec::new();
        }
        self.composer.looked = true;
        vec![Effect::LoadDraft]
    }

    /// A draft kept from before (a quit, a crash) is offered back, unless one is being
    /// written already.
    pub(super) fn draft_found(&mut self, draft: Draft) {
        if self.composer.draft.is_some() {
            return;
        }
        if let Ok(channel) = Channel::from_str(&draft.channel) {
            self.composer.channel = channel;
        }
        if let Ok(audience) = Audience::from_str(&draft.audience) {
            self.composer.audience = audience;
        }
        self.composer.draft = Some(TextInput::new(&draft.text));
        self.recompose();
        let at =
            present::values::clock_time(draft.saved_at.with_timezone(self.now.offset()), self.lang);
        let again = key_for(Verb::Rebuild, Scope::Compose, self.lang);
        self.set_status(
            Level::Info,
            tr!(self.lang, "compose-draft-back", at = at, key = again),
        );
    }

    /// The composer's verbs while it has the keyboard.
    pub(super) fn compose_verb(&mut self, verb: Verb) -> Vec<Effect> {
        let rows = self.composer.rows();
        match verb {
            Verb::Up | Verb::Down => {
                let delta = if verb == Verb::Up { rows - 1 } else { 1 };
                self.composer.row = (self.composer.row + delta) % rows;
                Vec::new()
            }
            Verb::Previous | Verb::Next => {
                self.change_row(if verb == Verb::Previous { -1 } else { 1 })
            }
            Verb::Confirm => {
                let text = self.composer.text();
                let draft = self
                    .composer
                    .draft
                    .get_or_insert_with(|| TextInput::new(&text));
                draft.set_typing(true);
                self.mode = Mode::Draft;
                Vec::new()
            }
            Verb::Rebuild if self.composer.draft.take().is_some() => {
                self.set_status(Level::Info, tr!(self.lang, "compose-started-again"));
                self.recompose();
                vec![Effect::DiscardDraft]
            }
            Verb::Copy => self.copy_message(BTreeMap::new()),
            Verb::Cancel | Verb::Compose => {
                self.composer.open = false;
                self.mode = Mode::Normal;
                Vec::new()
            }
            _ => Vec::new(),
        }
    }

    /// A key while the draft is being edited; Esc gives the keyboard back to the rows.
    pub(super) fn draft_verb(&mut self, verb: Verb) -> Vec<Effect> {
        let Some(draft) = self.composer.draft.as_mut() else {
            self.mode = Mode::Compose;
            return Vec::new();
        };
        if verb == Verb::Cancel {
            draft.set_typing(false);
            self.mode = Mode::Compose;
            return Vec::new();
        }
        if !draft.edit(verb) {
            return Vec::new();
        }
        self.relint();
        self.save_draft()
    }

    /// Typed or pasted text, into the draft.
    pub(super) fn draft_insert(&mut self, text: &str) -> Vec<Effect> {
        let Some(draft) = self.composer.draft.as_mut() else {
            return Vec::new();
        };
        draft.insert(text);
        self.relint();
        self.save_draft()
    }

    fn save_draft(&self) -> Vec<Effect> {
        if self.incident.is_none() {
            return Vec::new();
        }
        vec![Effect::SaveDraft(Draft {
            channel: self.composer.channel.name().to_owned(),
            audience: self.composer.audience.name().to_owned(),
            text: self.composer.text(),
            saved_at: self.now,
        })]
    }

    /// ←/→ on a row: another channel, audience, or sentence for that part.
    fn change_row(&mut self, delta: isize) -> Vec<Effect> {
        if self.composer.draft.is_some() {
            let again = key_for(Verb::Rebuild, Scope::Compose, self.lang);
            self.set_status(
                Level::Warning,
                tr!(self.lang, "compose-edited-stays", key = again),
            );
            return Vec::new();
        }
        let composer = &mut self.composer;
        match composer.row {
            0 => {
                let all: Vec<Channel> = Channel::iter().collect();
                composer.channel = step(&all, &composer.channel, delta);
            }
            1 => {
                let all: Vec<Audience> = Audience::iter().collect();
                composer.audience = step(&all, &composer.audience, delta);
            }
            row => {
                let Some(part) = composer
                    .message
                    .as_ref()
                    .and_then(|m| m.parts.get(row - PICKERS))
                else {
                    return Vec::new();
                };
                let (slot, current) = (part.slot, part.phrase.clone());
                let values = self.placeholder_values();
                let ids: Vec<String> = self
                    .ask(&values)
                    .options(slot)
                    .iter()
                    .map(|p| p.id.to_owned())
                    .collect();
                if ids.len() < 2 {
                    self.set_status(Level::Info, tr!(self.lang, "compose-no-other"));
                    return Vec::new();
                }
                let next = step(&ids, &current, delta);
                self.composer.chosen.retain(|c| !ids.contains(c));
                self.composer.chosen.push(next);
            }
        }
        self.recompose();
        Vec::new()
    }

    fn ask<'a>(&'a self, values: &'a BTreeMap<String, String>) -> Ask<'a> {
        Ask {
            book: &self.book,
            incident: self.incident.as_ref(),
            values,
            channel: self.composer.channel,
            audience: self.composer.audience,
            lang: self.lang,
            status: self.incident.as_ref().map(|i| i.status).unwrap_or_default(),
            chosen: &self.composer.chosen,
            now: self.now,
        }
    }

    /// Puts the message together again from the incident as it is now.
    pub(super) fn recompose(&mut self) {
        let values = self.placeholder_values();
        let message = self.ask(&values).compose();
        self.composer.row = self.composer.row.min(PICKERS + message.parts.len() - 1);
        self.composer.message = Some(message);
        self.relint();
    }

    /// What the tone rules know of this message: its language, reader, channel, and the
    /// pace the incident's severity and status set.
    fn lint_target(&self) -> Target {
        let pace = self.incident.as_ref().and_then(|i| {
            let pace = &self.settings.values.pace;
            pace.interval(i.severity, i.status)
        });
        Target {
            lang: self.lang,
            audience: self.composer.audience,
            channel: Some(self.composer.channel),
            pace,
            now: self.now,
        }
    }

    /// Checks the text on screen against the tone rules, so that each finding points at its
    /// place there (a placeholder still to fill is one).
    fn relint(&mut self) {
        let text = self.composer.text();
        let target = self.lint_target();
        self.composer.findings = lint::lint(&text, &self.lint, &target);
        self.composer.confirmed = false;
    }

    /// `y`: copies the message, through the fill form when a value is missing, and records
    /// it as the update sent.
    pub(super) fn copy_message(&mut self, answers: BTreeMap<String, String>) -> Vec<Effect> {
        let Some(message) = &self.composer.message else {
            return Vec::new();
        };
        let (sent_as, promises) = (message.sent_as(), message.promises());
        let text = self.composer.text();
        let Some(filled) = self.fill_or_ask(&text, self.lang, answers, None, false) else {
            return Vec::new();
        };
        let findings = lint::lint(&filled.text, &self.lint, &self.lint_target());
        let errors: Vec<&str> = findings
            .iter()
            .filter(|f| f.level == lint::Level::Error)
            .map(|f| f.rule.as_str())
            .collect();
        if !errors.is_empty() && !self.composer.confirmed {
            let again = key_for(Verb::Copy, Scope::Compose, self.lang);
            let text = tr!(
                self.lang,
                "compose-tone-errors",
                count = errors.len(),
                rules = errors.join(", "),
                key = again
            );
            self.set_status(Level::Warning, text);
            self.composer.confirmed = true;
            return Vec::new();
        }
        let record = present::sent::message_event(
            &filled.text,
            self.lang,
            sent_as.clone(),
            promises,
            self.incident.as_ref(),
            &self.settings.values.pace,
            self.now,
        );
        vec![Effect::Copy(Copied {
            phrase: sent_as,
            lang: self.lang,
            text: filled.text,
            missing: filled.missing,
            record,
            message: true,
        })]
    }

    /// The message left: the draft is forgotten and the composer closes.
    pub(super) fn message_sent(&mut self) -> Vec<Effect> {
        self.composer.draft = None;
        self.composer.chosen.clear();
        self.composer.open = false;
        if matches!(self.mode, Mode::Compose | Mode::Draft) {
            self.mode = Mode::Normal;
        }
        vec![Effect::DiscardDraft]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::incident::EventKind;
    use crate::tui::action::Action;
    use crate::tui::mode::PromptKind;
    use crate::tui::testing::*;

    fn parts(app: &App) -> Vec<String> {
        let message = app.composer.message.as_ref().unwrap();
        message.parts.iter().map(|p| p.phrase.clone()).collect()
    }

    #[test]
    fn the_rows_change_the_channel_the_audience_and_each_sentence() {
        let mut app = app(Some(incident()));
        assert_eq!(press(&mut app, Verb::Compose), [Effect::LoadDraft]);
        assert_eq!((app.mode.clone(), app.composer.open), (Mode::Compose, true));
        assert!(
            app.composer
                .text()
                .starts_with("Subject: [investigating] Checkout down")
        );
        press(&mut app, Verb::Next);
        assert_eq!(app.composer.channel, Channel::Status);
        press(&mut app, Verb::Previous);
        press(&mut app, Verb::Down);
        press(&mut app, Verb::Previous);
        assert_eq!(app.composer.audience, Audience::Team, "it wraps around");
        press(&mut app, Verb::Next);
        // The greeting has no other sentence for this message; a later part has.
        press(&mut app, Verb::Down);
        press(&mut app, Verb::Next);
        assert!(
            app.status
                .as_ref()
                .unwrap()
                .text
                .contains("no other sentence fits")
        );
        let before = parts(&app);
        let changed = (1..before.len()).find(|_| {
            press(&mut app, Verb::Down);
            press(&mut app, Verb::Next);
            parts(&app) != before
        });
        let i = changed.expect("some part has another sentence that fits");
        let after = parts(&app);
        assert_ne!(before[i], after[i]);
        assert_eq!(before[..i], after[..i], "the other parts stay");
        let part = &app.composer.message.as_ref().unwrap().parts[i];
        assert!(app.composer.text().contains(&part.text));
        press(&mut app, Verb::Cancel);
        assert_eq!((app.mode.clone(), app.composer.open), (Mode::Normal, false));
        assert_eq!(
            press(&mut app, Verb::Compose),
            [],
            "the kept draft is looked for once"
        );
        assert_eq!(parts(&app), after, "reopened as it was left");
    }

    #[test]
    fn an_edited_draft_is_kept_at_every_change_and_stays_until_dropped() {
        let mut app = app(Some(incident()));
        press(&mut app, Verb::Compose);
        let composed = app.composer.text();
        press(&mut app, Verb::Confirm);
        assert_eq!(app.mode, Mode::Draft);
        press(&mut app, Verb::PageDown);
        press(&mut app, Verb::LineEnd);
        press(&mut app, Verb::Confirm);
        let saved = type_text(&mut app, "PS");
        let Some(Effect::SaveDraft(draft)) = saved.last() else {
            panic!("{saved:?}")
        };
        assert_eq!(draft.text, format!("{composed}\nPS"));
        assert_eq!(
            (draft.channel.as_str(), draft.audience.as_str()),
            ("email", "client")
        );
        press(&mut app, Verb::Cancel);
        assert_eq!(app.mode, Mode::Compose);
        press(&mut app, Verb::Next);
        assert_eq!(
            app.composer.channel,
            Channel::Email,
            "edits are never replaced"
        );
        assert_eq!(app.status.as_ref().unwrap().level, Level::Warning);
        assert_eq!(press(&mut app, Verb::Rebuild), [Effect::DiscardDraft]);
        assert_eq!(app.composer.text(), composed);
    }

    #[test]
    fn a_kept_draft_comes_back_when_the_composer_opens() {
        let mut app = app(Some(incident()));
        press(&mut app, Verb::Compose);
        let draft = Draft {
            channel: "chat".into(),
            audience: "team".into(),
            text: "Hi all, {eta} at the latest".into(),
            saved_at: now(),
        };
        app.update(Action::DraftLoaded(Ok(Some(draft))));
        assert_eq!(app.composer.channel, Channel::Chat);
        assert_eq!(app.composer.audience, Audience::Team);
        assert_eq!(app.composer.text(), "Hi all, {eta} at the latest");
        assert!(
            app.status
                .as_ref()
                .unwrap()
                .text
                .contains("your draft from 09:30 is back")
        );
    }

    #[test]
    fn copying_asks_for_what_is_missing_then_records_the_exact_text_as_sent() {
        let mut app = app(Some(incident()));
        press(&mut app, Verb::Compose);
        let mut effects = press(&mut app, Verb::Copy);
        let mut asked = Vec::new();
        while let Mode::Prompt(prompt) = &app.mode {
            let PromptKind::Fill { missing, .. } = &prompt.kind else {
                panic!("{:?}", prompt.kind)
            };
            asked.push(missing[0]);
            type_text(&mut app, "Léa");
            effects = press(&mut app, Verb::Confirm);
        }
        assert!(!asked.is_empty(), "an email to the client needs a contact");
        let Some(Effect::Copy(copied)) = effects.last().cloned() else {
            panic!("{effects:?}")
        };
        assert!(copied.message && copied.missing.is_empty());
        assert!(!copied.text.contains('{'), "{}", copied.text);
        let EventKind::UpdateSent { text, sent_as, .. } = &copied.record else {
            panic!("{:?}", copied.record)
        };
        assert_eq!(text.as_deref(), Some(copied.text.as_str()));
        assert_eq!(sent_as.as_deref(), Some("email to client"));
        let after = app.update(Action::Copied {
            outcome: crate::clipboard::Outcome::Program("wl-copy".into()),
            copied: copied.clone(),
        });
        assert_eq!(
            after,
            [Effect::Append(copied.record.clone()), Effect::DiscardDraft]
        );
        assert!(!app.composer.open && app.mode == Mode::Normal);
    }

    #[test]
    fn the_tone_rules_read_the_text_as_it_is_typed_and_an_error_asks_before_it_leaves() {
        let mut app = app(Some(incident()));
        press(&mut app, Verb::Compose);
        let found = |app: &App, rule: &str| app.composer.findings.iter().any(|f| f.rule == rule);
        assert!(!found(&app, "problem-word"));
        press(&mut app, Verb::Confirm);
        press(&mut app, Verb::PageDown);
        press(&mut app, Verb::LineEnd);
        type_text(&mut app, " Sorry for the problem.");
        assert!(found(&app, "problem-word"), "{:?}", app.composer.findings);
        let f = app
            .composer
            .findings
            .iter()
            .find(|f| f.rule == "problem-word")
            .unwrap();
        let last = app.composer.text().lines().count();
        assert_eq!(f.line, last, "at its place in the text");
        // An error the user's rules find: the first `y` warns, the second sends.
        let mut rules = (*app.lint).clone();
        let own = "[[rule]]\nid = \"no-problem\"\nkind = \"existence\"\nlevel = \"error\"\nmessage = \"m\"\nsource = \"s\"\ntokens = ['problem']\n";
        rules
            .add(crate::lang::Lang::En, "lint-en.toml", own)
            .unwrap();
        app.lint = std::sync::Arc::new(rules);
        press(&mut app, Verb::Cancel);
        let details = ["impact", "workaround"].map(|name| {
            let kind = EventKind::DetailSet {
                name: name.into(),
                value: "known".into(),
            };
            crate::incident::Event::new(now(), kind)
        });
        app.update(Action::JournalRead(details.to_vec()));
        let effects = press(&mut app, Verb::Copy);
        assert_eq!(app.mode, Mode::Compose, "nothing left to ask");
        assert!(
            effects.iter().all(|e| !matches!(e, Effect::Copy(_))),
            "{effects:?}"
        );
        let said = &app.status.as_ref().unwrap().text;
        assert!(
            said.contains("(no-problem)") && said.contains("again sends it anyway"),
            "{said}"
        );
        let effects = press(&mut app, Verb::Copy);
        assert!(
            matches!(effects.last(), Some(Effect::Copy(_))),
            "{effects:?}"
        );
    }
}
