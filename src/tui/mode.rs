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
}

impl Mode {
    /// Which keys apply.
    pub fn scope(&self) -> Scope {
        match self {
            Mode::Normal => Scope::Normal,
            Mode::Help => Scope::Help,
            Mode::Search | Mode::Prompt(_) => Scope::Text,
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
}

impl PromptKind {
    pub fn label(&self) -> &'static str {
        match self {
            PromptKind::NewIncident => "New incident: ",
            PromptKind::Note => "Note: ",
            PromptKind::Detail => "Set (impact = …, severity = 1, title = …, started = 09:02): ",
            PromptKind::Update => "Update sent, what was said (Enter alone: nothing to add): ",
            PromptKind::Promise { .. } => "Next update promised (14:30, in 20 min, dans 20 min): ",
            PromptKind::FollowUp => "Follow up later, what (call Tim for feedback): ",
            PromptKind::FollowUpWhen { .. } => "When (tomorrow at 10:00, demain à 10 h, 16:00): ",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Prompt {
    pub kind: PromptKind,
    pub input: LineInput,
}
