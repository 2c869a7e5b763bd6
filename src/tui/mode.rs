//! What the keyboard is doing: one type, so that impossible combinations cannot be written.

use ratatui::style::{Color, Style};

use super::input::LineInput;
use super::keymap::Scope;

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
    pub fn label(&self) -> std::borrow::Cow<'static, str> {
        if let PromptKind::Fill { missing, .. } = self
            && let Some(p) = missing.first()
        {
            let more = match missing.len() {
                1 => String::new(),
                n => format!(", {} more after", n - 1),
            };
            return format!("To copy, {{{}}} ({}{more}): ", p.name(), p.description()).into();
        }
        std::borrow::Cow::Borrowed(match self {
            PromptKind::NewIncident => "New incident: ",
            PromptKind::Note => "Note: ",
            PromptKind::Detail => "Set (impact = …, severity = 1, title = …, started = 09:02): ",
            PromptKind::Update => "Update sent, what was said (Enter alone: nothing to add): ",
            PromptKind::Promise { .. } => "Next update promised (14:30, in 20 min, dans 20 min): ",
            PromptKind::FollowUp => "Follow up later, what (call Tim for feedback): ",
            PromptKind::FollowUpWhen { .. } => "When (tomorrow at 10:00, demain à 10 h, 16:00): ",
            PromptKind::Fill { .. } => "To copy: ",
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Prompt {
    pub kind: PromptKind,
    pub input: LineInput,
}
