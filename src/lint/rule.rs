//! Lint rules as data: the TOML a rule file holds, checked and compiled into [`Rule`]s, and
//! the user's file laid over the built-in rules (a new rule, another level, `level = "off"`).

use std::collections::BTreeMap;
use std::str::FromStr;

use indexmap::IndexMap;
use regex::{Regex, RegexBuilder};
use serde::Deserialize;

use super::rule_error::{RuleError, Syntax, Wrong};
use crate::lang::Lang;
use crate::present::compose::{Audience, Channel};

/// How much a finding matters; `crisis lint` fails (exit 1) on an error only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Suggestion,
    Warning,
    Error,
}

impl Level {
    pub fn name(self) -> &'static str {
        match self {
            Level::Suggestion => "suggestion",
            Level::Warning => "warning",
            Level::Error => "error",
        }
    }
}

impl FromStr for Level {
    type Err = String;
    fn from_str(s: &str) -> Result<Level, String> {
        match s {
            "suggestion" => Ok(Level::Suggestion),
            "warning" => Ok(Level::Warning),
            "error" => Ok(Level::Error),
            _ => Err(format!(
                "unknown level `{s}` (expected suggestion, warning or error)"
            )),
        }
    }
}

/// A level in a rule file, where a rule can also be turned off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
enum LevelOrOff {
    Suggestion,
    Warning,
    Error,
    Off,
}

/// What a rule looks for, after Vale's kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Words that must not appear.
    Existence,
    /// A word and what to say instead.
    Substitution,
    /// Something the message must say somewhere.
    Absence,
    /// If this is said, that must be said too.
    Conditional,
    /// The next update's time: not already past, not beyond the severity's pace.
    Promise,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Existence => "existence",
            Kind::Substitution => "substitution",
            Kind::Absence => "absence",
            Kind::Conditional => "conditional",
            Kind::Promise => "promise",
        }
    }
}

/// One `[[rule]]` as written. In the user's file only `id` is needed to change a built-in
/// rule's level; a new rule needs what a built-in one has.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    id: String,
    kind: Option<Kind>,
    level: Option<LevelOrOff>,
    audiences: Option<Vec<String>>,
    channels: Option<Vec<String>>,
    message: Option<String>,
    source: Option<String>,
    suggestion: Option<String>,
    tokens: Option<Vec<String>>,
    swap: Option<IndexMap<String, String>>,
    first: Option<Vec<String>>,
    second: Option<Vec<String>>,
    nonword: Option<bool>,
    ignorecase: Option<bool>,
    examples_fail: Option<Vec<String>>,
    examples_pass: Option<Vec<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    rule: Vec<Raw>,
}

/// A rule ready to run.
#[derive(Debug, Clone)]
pub struct Rule {
    pub id: String,
    pub lang: Lang,
    pub kind: Kind,
    /// `None`: turned off.
    pub level: Option<Level>,
    pub audiences: Vec<Audience>,
    pub channels: Vec<Channel>,
    pub message: String,
    pub source: String,
    pub suggestion: Option<String>,
    /// Existence and absence: what is looked for; conditional: the "if" side.
    pub patterns: Vec<Regex>,
    /// Substitution: a pattern and its replacement (`$1` for a group).
    pub swaps: Vec<(Regex, String)>,
    /// Conditional: what must then be said too.
    pub then: Vec<Regex>,
    pub examples_fail: Vec<String>,
    pub examples_pass: Vec<String>,
    /// The file it came from, and the one that last changed it.
    pub from: String,
}

/// The rules of every language, in file order.
#[derive(Debug, Clone, Default)]
pub struct Rules {
    pub rules: Vec<Rule>,
}

const BUILT_IN: [(Lang, &str, &str); 2] = [
    (
        Lang::En,
        "built-in lint/en.toml",
        include_str!("../../lint/en.toml"),
    ),
    (
        Lang::Fr,
        "built-in lint/fr.toml",
        include_str!("../../lint/fr.toml"),
    ),
];

impl Rules {
    /// The rules that come with crisis; a broken built-in file is caught by the tests.
    pub fn builtin() -> Rules {
        let mut rules = Rules::default();
        for (lang, name, text) in BUILT_IN {
            if let Err(e) = rules.add(lang, name, text) {
                debug_assert!(false, "{e}");
            }
        }
        rules
    }

    /// Lays `text` (a rule file named `file`) over these rules, for `lang`: a known id
    /// changes that rule, a new one is added. Nothing changes when the file has a problem.
    pub fn add(&mut self, lang: Lang, file: &str, text: &str) -> Result<(), RuleError> {
        let parsed: File = toml::from_str(text).map_err(|e| RuleError::Toml {
            file: file.to_owned(),
            line: e.span().map(|s| text[..s.start].matches('\n').count() + 1),
            message: e.message().trim().to_owned(),
        })?;
        let mut next = self.rules.clone();
        let mut seen = Vec::new();
        for raw in parsed.rule {
            let err = |wrong: Wrong| RuleError::Rule {
                file: file.to_owned(),
                id: raw.id.clone(),
                wrong,
            };
            if seen.contains(&raw.id) {
                return Err(err(Wrong::Twice));
            }
            seen.push(raw.id.clone());
            match next.iter_mut().find(|r| r.id == raw.id && r.lang == lang) {
                Some(rule) => rule.amend(&raw, file).map_err(err)?,
                None => next.push(Rule::new(&raw, lang, file).map_err(err)?),
            }
        }
        self.rules = next;
        Ok(())
    }

    /// The rules of `lang` that are on.
    pub fn of(&self, lang: Lang) -> impl Iterator<Item = &Rule> {
        self.rules
            .iter()
            .filter(move |r| r.lang == lang && r.level.is_some())
    }
}

fn level(l: LevelOrOff) -> Option<Level> {
    match l {
        LevelOrOff::Suggestion => Some(Level::Suggestion),
        LevelOrOff::Warning => Some(Level::Warning),
        LevelOrOff::Error => Some(Level::Error),
        LevelOrOff::Off => None,
    }
}

fn names<T: FromStr<Err = String> + strum::IntoEnumIterator>(
    given: &Option<Vec<String>>,
) -> Result<Vec<T>, Wrong> {
    match given {
        None => Ok(T::iter().collect()),
        Some(list) if list.is_empty() => Err(Wrong::EmptyList),
        Some(list) => list
            .iter()
            .map(|s| s.parse().map_err(|_| Wrong::UnknownName(s.clone())))
            .collect(),
    }
}

impl Rule {
    fn new(raw: &Raw, lang: Lang, file: &str) -> Result<Rule, Wrong> {
        if raw.id.is_empty()
            || !raw
                .id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            return Err(Wrong::BadId);
        }
        let need = |v: &Option<String>, what: &'static str| {
            v.clone()
                .filter(|s| !s.trim().is_empty())
                .ok_or(Wrong::Needs(what))
        };
        let kind = raw.kind.ok_or(Wrong::Needs("kind"))?;
        let level = level(raw.level.ok_or(Wrong::Needs("level"))?);
        let (nonword, ignorecase) = (raw.nonword.unwrap_or(false), raw.ignorecase.unwrap_or(true));
        let compile = |list: &Option<Vec<String>>| -> Result<Vec<Regex>, Wrong> {
            list.iter()
                .flatten()
                .map(|p| pattern(p, nonword, ignorecase))
                .collect()
        };
        let patterns = match kind {
            Kind::Conditional => compile(&raw.first)?,
            _ => compile(&raw.tokens)?,
        };
        let then = compile(&raw.second)?;
        let swaps = raw
            .swap
            .iter()
            .flatten()
            .map(|(from, to)| {
                let re = pattern(from, nonword, ignorecase)?;
                Ok((re, to.clone()))
            })
            .collect::<Result<Vec<_>, Wrong>>()?;
        let empty = match kind {
            Kind::Existence | Kind::Absence => patterns.is_empty().then_some("tokens"),
            Kind::Substitution => swaps.is_empty().then_some("swap"),
            Kind::Conditional => {
                (patterns.is_empty() || then.is_empty()).then_some("first and second")
            }
            Kind::Promise => None,
        };
        if let Some(field) = empty {
            let kind = kind.name();
            return Err(Wrong::KindNeeds { kind, field });
        }
        Ok(Rule {
            id: raw.id.clone(),
            lang,
            kind,
            level,
            audiences: names(&raw.audiences)?,
            channels: names(&raw.channels)?,
            message: need(&raw.message, "message")?,
            source: need(&raw.source, "source")?,
            suggestion: raw.suggestion.clone(),
            patterns,
            swaps,
            then,
            examples_fail: raw.examples_fail.clone().unwrap_or_default(),
            examples_pass: raw.examples_pass.clone().unwrap_or_default(),
            from: file.to_owned(),
        })
    }

    /// A user's entry for a built-in rule: only its level, audiences, channels and wording
    /// may change; its patterns are the built-in ones.
    fn amend(&mut self, raw: &Raw, file: &str) -> Result<(), Wrong> {
        let patterns = [
            raw.kind.is_some(),
            raw.tokens.is_some(),
            raw.swap.is_some(),
            raw.first.is_some(),
            raw.second.is_some(),
            raw.nonword.is_some(),
            raw.ignorecase.is_some(),
        ];
        if patterns.iter().any(|p| *p) {
            return Err(Wrong::BuiltInPatterns);
        }
        if let Some(l) = raw.level {
            self.level = level(l);
        }
        if raw.audiences.is_some() {
            self.audiences = names(&raw.audiences)?;
        }
        if raw.channels.is_some() {
            self.channels = names(&raw.channels)?;
        }
        for (field, value) in [
            (&mut self.message, &raw.message),
            (&mut self.source, &raw.source),
        ] {
            if let Some(v) = value {
                *field = v.clone();
            }
        }
        if raw.suggestion.is_some() {
            self.suggestion = raw.suggestion.clone();
        }
        self.from = file.to_owned();
        Ok(())
    }
}

/// A rule's pattern: word-bounded unless `nonword`, case-insensitive unless told otherwise.
fn pattern(p: &str, nonword: bool, ignorecase: bool) -> Result<Regex, Wrong> {
    let wrapped = if nonword {
        p.to_owned()
    } else {
        format!(r"\b(?:{p})\b")
    };
    RegexBuilder::new(&wrapped)
        .case_insensitive(ignorecase)
        .size_limit(1 << 20)
        .build()
        .map_err(|e| Wrong::Pattern {
            pattern: p.to_owned(),
            syntax: Syntax::of(p),
            error: e.to_string(),
        })
}

/// How many rules each file gave, for `--print-config`.
pub fn by_file(rules: &Rules) -> BTreeMap<&str, usize> {
    let mut out = BTreeMap::new();
    for rule in &rules.rules {
        *out.entry(rule.from.as_str()).or_insert(0) += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = r#"
[[rule]]
id = "problem-word"
kind = "substitution"
level = "warning"
audiences = ["client", "users"]
message = "Towards a client, say situation."
source = "crisis"
swap = { 'problems?' = "situation" }
examples_fail = ["We have a problem."]
examples_pass = ["The situation is under control."]
"#;

    #[test]
    fn a_rule_file_compiles_and_a_users_file_changes_a_level_or_turns_a_rule_off() {
        let mut rules = Rules::default();
        rules.add(Lang::En, "en.toml", FILE).unwrap();
        let rule = &rules.rules[0];
        assert_eq!(
            (rule.kind, rule.level),
            (Kind::Substitution, Some(Level::Warning))
        );
        assert_eq!(rule.audiences, [Audience::Client, Audience::Users]);
        assert_eq!(rule.channels.len(), 4, "every channel by default");
        rules
            .add(
                Lang::En,
                "lint.toml",
                "[[rule]]\nid = \"problem-word\"\nlevel = \"off\"\n",
            )
            .unwrap();
        assert_eq!(rules.rules[0].level, None);
        assert_eq!(rules.of(Lang::En).count(), 0);
        assert_eq!(rules.rules[0].from, "lint.toml");
    }

    #[test]
    fn a_broken_rule_is_named_with_its_file_and_changes_nothing() {
        let mut rules = Rules::default();
        rules.add(Lang::En, "en.toml", FILE).unwrap();
        let cases = [
            (
                "[[rule]]\nid = \"x\"\nkind = \"existence\"\nlevel = \"error\"\nmessage = \"m\"\nsource = \"s\"\ntokens = ['(unclosed']\n",
                "rule `x`: bad pattern `(unclosed`",
            ),
            (
                "[[rule]]\nid = \"y\"\nkind = \"existence\"\nlevel = \"loud\"\n",
                "lint.toml: line 4: unknown variant `loud`",
            ),
            (
                "[[rule]]\nid = \"z\"\nkind = \"existence\"\nlevel = \"error\"\nmesage = \"m\"\n",
                "unknown field `mesage`",
            ),
            (
                "[[rule]]\nid = \"problem-word\"\ntokens = ['x']\n",
                "patterns cannot be changed",
            ),
            (
                "[[rule]]\nid = \"w\"\nkind = \"absence\"\nlevel = \"error\"\nmessage = \"m\"\nsource = \"s\"\n",
                "a rule of kind absence needs `tokens`",
            ),
            (
                "[[rule]]\nid = \"v\"\nkind = \"existence\"\nlevel = \"error\"\nmessage = \"m\"\nsource = \"s\"\ntokens = ['a']\naudiences = [\"boss\"]\n",
                "unknown audience or channel `boss`",
            ),
        ];
        for (text, expected) in cases {
            let err = rules
                .add(Lang::En, "lint.toml", text)
                .unwrap_err()
                .to_string();
            assert!(err.contains(expected), "{err}");
            assert!(err.starts_with("lint.toml"), "{err}");
        }
        assert_eq!(rules.rules.len(), 1);
        assert_eq!(rules.rules[0].level, Some(Level::Warning));
    }

    #[test]
    fn the_built_in_rules_load_in_both_languages() {
        let rules = Rules::builtin();
        for (lang, name, text) in BUILT_IN {
            Rules::default().add(lang, name, text).unwrap();
            assert!(rules.of(lang).count() > 0, "{name}");
        }
    }
}
