//! Why a user's tone rules cannot be used (their file unreadable, its TOML, one rule), said in
//! the user's language.

use crate::lang::Lang;
use crate::tr;

#[derive(Debug, thiserror::Error)]
pub enum RuleError {
    #[error("{}", self.say(Lang::En))]
    Unreadable {
        file: String,
        source: std::io::Error,
    },
    /// What the TOML reader said, at that line when it knows it.
    #[error("{}", self.say(Lang::En))]
    Toml {
        file: String,
        line: Option<usize>,
        message: String,
    },
    #[error("{}", self.say(Lang::En))]
    Rule {
        file: String,
        id: String,
        wrong: Wrong,
    },
}

/// What is wrong with one rule of a user's file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Wrong {
    Twice,
    BadId,
    /// A new rule lacks this field.
    Needs(&'static str),
    KindNeeds {
        kind: &'static str,
        field: &'static str,
    },
    EmptyList,
    UnknownName(String),
    /// The pattern and what the regex compiler said of it (in its own, English, words).
    Pattern {
        pattern: String,
        error: String,
    },
    BuiltInPatterns,
}

impl RuleError {
    pub fn say(&self, lang: Lang) -> String {
        let one = crate::text::one_line;
        match self {
            RuleError::Unreadable { file, source } => {
                format!("{}: {}", one(file), crate::i18n::io_error(lang, source))
            }
            RuleError::Toml {
                file,
                line,
                message,
            } => {
                let said = crate::i18n::toml_error(lang, *line, message);
                format!("{}: {said}", one(file))
            }
            RuleError::Rule { file, id, wrong } => tr!(
                lang,
                "rule-wrong",
                file = one(file),
                id = one(id),
                why = wrong.say(lang)
            ),
        }
    }
}

impl Wrong {
    pub fn say(&self, lang: Lang) -> String {
        let one = crate::text::one_line;
        match self {
            Wrong::Twice => tr!(lang, "rule-twice"),
            Wrong::BadId => tr!(lang, "rule-bad-id"),
            Wrong::Needs(field) => tr!(lang, "rule-needs", field = *field),
            Wrong::KindNeeds { kind, field } => {
                tr!(lang, "rule-kind-needs", kind = *kind, field = *field)
            }
            Wrong::EmptyList => tr!(lang, "rule-empty-list"),
            Wrong::UnknownName(name) => tr!(lang, "rule-unknown-name", name = one(name)),
            Wrong::Pattern { pattern, error } => tr!(
                lang,
                "rule-bad-pattern",
                pattern = one(pattern),
                error = one(error)
            ),
            Wrong::BuiltInPatterns => tr!(lang, "rule-built-in-patterns"),
        }
    }
}
