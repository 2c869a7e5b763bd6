//! What the keyboard is doing: one type, so that impossible combinations cannot be written.

use ratatui::style::{Color, Style};

use super::input::LineInput;
use super::keymap::Scope;
use crate::lang::Lang;
use crate::tr;

#[derive(Debug, Clone, PartialEq)]
pub enum Mode {
    /// Keys move around the cockpit.
    Normal,
    /// The help overlay is open.
    Help,
    /// Keys go to the phrasebook's search box.
    Search,
    /// Keys go to a prompt in the footer.
    Prompt(Box<Prompt>),
    /// Keys go to the composer's rows: channel, audience, parts.
    Compose,
    /// Keys go to the composer's text.
    Draft,
    /// The incident switcher is open.
    Switch,
}

impl Mode {
    /// Which keys apply.
    pub fn scope(&self) -> Scope {
        match self {
            Mode::Normal => Scope::Normal,
            Mode::Help => Scope::Help,
            Mode::Compose => Scope::Compose,
            Mode::Switch => Scope::Switch,
            Mode::Search | Mode::Prompt(_) | Mode::Draft => Scope::Text,
        }
    }

    pub fn prompt(kind: PromptKind, text: &str) -> Mode {
        let mut input = LineInput::styled(
            Style::new(),
            Style::new().fg(Color::Black).bg(Color::Yellow),
        );
        input.insert(text);
        Mode::Prompt(Box::new(Prompt { kind, input }))
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PromptKind {
    NewIncident,
    Note,
    Detail,
    /// An update given outside crisis (a call): first what was said…
    Update,
    /// …then the next update it promised.
    Promise {
        said: Option<String>,
    },
    /// Something to do later: first what…
    FollowUp,
    /// …then when.
    FollowUpWhen {
        what: String,
    },
    /// A copy waiting for its placeholders' values, asked one by one (`missing[0]` now): each
    /// answer is recorded as a detail of the incident, then the phrase (`None`: the
    /// composer's message) is copied.
    Fill {
        phrase: Option<(String, crate::lang::Lang)>,
        missing: Vec<crate::phrasebook::Placeholder>,
        answers: std::collections::BTreeMap<String, String>,
        one_line: bool,
    },
}

impl PromptKind {
    pub fn label(&self, lang: Lang) -> String {
        if let PromptKind::Fill { missing, .. } = self
            && let Some(p) = missing.first()
        {
            let description = crate::present::names::placeholder(lang, *p);
            let more = missing.len() - 1;
            return tr!(
                lang,
                "prompt-fill-value",
                name = p.name(),
                description = description,
                more = more
            );
        }
        match self {
            PromptKind::NewIncident => tr!(lang, "prompt-new-incident"),
            PromptKind::Note => tr!(lang, "prompt-note"),
            PromptKind::Detail => tr!(lang, "prompt-detail"),
            PromptKind::Update => tr!(lang, "prompt-update"),
            PromptKind::Promise { .. } => tr!(lang, "prompt-promise"),
            PromptKind::FollowUp => tr!(lang, "prompt-follow-up"),
            PromptKind::FollowUpWhen { .. } => tr!(lang, "prompt-follow-up-when"),
            PromptKind::Fill { .. } => tr!(lang, "prompt-fill"),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Prompt {
    pub kind: PromptKind,
    pub input: LineInput,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::phrasebook::Placeholder;

    #[test]
    fn a_fill_prompt_says_what_the_value_stands_for_and_how_many_follow() {
        let fill = PromptKind::Fill {
            phrase: None,
            missing: vec![Placeholder::Eta, Placeholder::Impact],
            answers: Default::default(),
            one_line: false,
        };
        assert_eq!(
            fill.label(Lang::Fr),
            "À copier, {eta} (quand la correction est attendue, encore 1 après) : "
        );
    }
}
