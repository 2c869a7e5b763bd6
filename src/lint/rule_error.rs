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
    /// The pattern, what is wrong with it and where (a character count) when the regex
    /// reader says so, and else what the regex compiler said (in its own, English, words).
    Pattern {
        pattern: String,
        syntax: Option<(Syntax, usize)>,
        error: String,
    },
    BuiltInPatterns,
}

/// What the regex reader finds wrong in a pattern, in families a person can act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    UnclosedGroup,
    UnopenedGroup,
    UnclosedClass,
    BadRange,
    BadEscape,
    BadRepetition,
    LookAround,
    Backreference,
    BadFlag,
    BadGroupName,
    UnknownUnicodeClass,
    TooDeep,
}

impl Syntax {
    /// Where `pattern` goes wrong for the regex reader, and what it is; `None` when it reads
    /// (the compiler refused it for another reason, its size say) or for a case not sorted.
    pub fn of(pattern: &str) -> Option<(Syntax, usize)> {
        use regex_syntax::ast::ErrorKind as A;
        use regex_syntax::hir::ErrorKind as H;
        let (what, at) = match regex_syntax::Parser::new().parse(pattern).err()? {
            regex_syntax::Error::Parse(e) => {
                let what = match e.kind() {
                    A::GroupUnclosed => Syntax::UnclosedGroup,
                    A::GroupUnopened => Syntax::UnopenedGroup,
                    A::ClassUnclosed => Syntax::UnclosedClass,
                    A::ClassRangeInvalid | A::ClassRangeLiteral => Syntax::BadRange,
                    A::ClassEscapeInvalid
                    | A::EscapeHexEmpty
                    | A::EscapeHexInvalid
                    | A::EscapeHexInvalidDigit
                    | A::EscapeUnexpectedEof
                    | A::EscapeUnrecognized
                    | A::SpecialWordBoundaryUnclosed
                    | A::SpecialWordBoundaryUnrecognized => Syntax::BadEscape,
                    A::RepetitionMissing
                    | A::RepetitionCountInvalid
                    | A::RepetitionCountDecimalEmpty
                    | A::RepetitionCountUnclosed
                    | A::DecimalEmpty
                    | A::DecimalInvalid
                    | A::SpecialWordOrRepetitionUnexpectedEof => Syntax::BadRepetition,
                    A::UnsupportedLookAround => Syntax::LookAround,
                    A::UnsupportedBackreference => Syntax::Backreference,
                    A::FlagDanglingNegation
                    | A::FlagDuplicate { .. }
                    | A::FlagRepeatedNegation { .. }
                    | A::FlagUnexpectedEof
                    | A::FlagUnrecognized => Syntax::BadFlag,
                    A::GroupNameDuplicate { .. }
                    | A::GroupNameEmpty
                    | A::GroupNameInvalid
                    | A::GroupNameUnexpectedEof => Syntax::BadGroupName,
                    A::UnicodeClassInvalid => Syntax::UnknownUnicodeClass,
                    A::NestLimitExceeded(_) | A::CaptureLimitExceeded => Syntax::TooDeep,
                    _ => return None,
                };
                (what, e.span().start.offset)
            }
            regex_syntax::Error::Translate(e) => {
                let what = match e.kind() {
                    H::UnicodePropertyNotFound
                    | H::UnicodePropertyValueNotFound
                    | H::UnicodePerlClassNotFound => Syntax::UnknownUnicodeClass,
                    _ => return None,
                };
                (what, e.span().start.offset)
            }
            _ => return None,
        };
        // The reader counts bytes; a person counts characters, from 1.
        let at = pattern
            .get(..at)
            .map_or(at, |before| before.chars().count())
            + 1;
        Some((what, at))
    }

    fn say(self, lang: Lang) -> String {
        match self {
            Syntax::UnclosedGroup => tr!(lang, "regex-unclosed-group"),
            Syntax::UnopenedGroup => tr!(lang, "regex-unopened-group"),
            Syntax::UnclosedClass => tr!(lang, "regex-unclosed-class"),
            Syntax::BadRange => tr!(lang, "regex-bad-range"),
            Syntax::BadEscape => tr!(lang, "regex-bad-escape"),
            Syntax::BadRepetition => tr!(lang, "regex-bad-repetition"),
            Syntax::LookAround => tr!(lang, "regex-look-around"),
            Syntax::Backreference => tr!(lang, "regex-backreference"),
            Syntax::BadFlag => tr!(lang, "regex-bad-flag"),
            Syntax::BadGroupName => tr!(lang, "regex-bad-group-name"),
            Syntax::UnknownUnicodeClass => tr!(lang, "regex-unknown-class"),
            Syntax::TooDeep => tr!(lang, "regex-too-deep"),
        }
    }
}

impl RuleError {
    pub fn say(&self, lang: Lang) -> String {
        let one = crate::text::one_line;
        match self {
            RuleError::Unreadable { file, source } => crate::i18n::file_error(lang, file, source),
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
            Wrong::Pattern {
                pattern,
                syntax: Some((what, at)),
                ..
            } => tr!(
                lang,
                "rule-bad-pattern-at",
                pattern = one(pattern),
                what = what.say(lang),
                at = *at
            ),
            Wrong::Pattern { pattern, error, .. } => tr!(
                lang,
                "rule-bad-pattern",
                pattern = one(pattern),
                error = one(error)
            ),
            Wrong::BuiltInPatterns => tr!(lang, "rule-built-in-patterns"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pattern_that_does_not_read_says_what_and_where_in_characters() {
        let cases = [
            ("désolé (pour", Syntax::UnclosedGroup, 8),
            ("oups)", Syntax::UnopenedGroup, 5),
            ("[a-", Syntax::UnclosedClass, 1),
            ("[z-a]", Syntax::BadRange, 2),
            (r"\q", Syntax::BadEscape, 1),
            ("*oui", Syntax::BadRepetition, 1),
            ("(?=non)", Syntax::LookAround, 1),
            (r"(a)\1", Syntax::Backreference, 4),
            ("(?z)a", Syntax::BadFlag, 3),
            ("(?P<>a)", Syntax::BadGroupName, 5),
            (r"\p{Nope}", Syntax::UnknownUnicodeClass, 1),
        ];
        for (pattern, what, at) in cases {
            assert_eq!(Syntax::of(pattern), Some((what, at)), "{pattern}");
            // A message missing in French would fall back to the English one.
            assert_ne!(what.say(Lang::En), what.say(Lang::Fr));
        }
        assert_eq!(Syntax::of("tout va bien"), None);
    }
}
