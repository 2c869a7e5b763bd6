//! The tone linter: rules as data (`rule.rs`), run over a draft (`engine.rs`), and each
//! rule's own examples run as a self-test (`self_test`).
//!
//! It sits beside `present`: it knows the channels and audiences a message has and the
//! cadence's reading of promises, and nothing of terminals.

pub mod engine;
pub mod rule;
mod rule_error;

pub use engine::{Finding, Target, fix, lint};
pub use rule::{Kind, Level, Rule, Rules};
pub use rule_error::{RuleError, Syntax, Wrong};

use chrono::{DateTime, FixedOffset};

use crate::present::compose::{Audience, Channel};

/// The user's rule file for `lang` in the config folder `dir`: `lint-en.toml`, `lint-fr.toml`.
pub fn user_file(dir: &std::path::Path, lang: crate::lang::Lang) -> std::path::PathBuf {
    dir.join(format!("lint-{}.toml", lang.code()))
}

/// The built-in rules with the user's files in `dir` laid over them; a missing file is no
/// rules of one's own, a broken one an error that names it.
pub fn load(dir: &std::path::Path) -> Result<Rules, RuleError> {
    let mut rules = Rules::builtin();
    for lang in <crate::lang::Lang as strum::IntoEnumIterator>::iter() {
        let path = user_file(dir, lang);
        let name = path.display().to_string();
        match std::fs::read_to_string(&path) {
            Ok(text) => rules.add(lang, &name, &text)?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(source) => return Err(RuleError::Unreadable { file: name, source }),
        }
    }
    Ok(rules)
}

/// One example of a rule that did not do what it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failed {
    pub rule: String,
    pub lang: crate::lang::Lang,
    pub example: String,
    /// True: it should have been found and was not; false: found where it should not be.
    pub missed: bool,
}

/// When a rule's examples are read: at 14:00, with an hour's pace, so that "next update at
/// 14:30" is fine, and 13:00 or 18:00 are not.
pub fn examples_at() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-01-15T14:00:00+01:00").expect("a time we wrote")
}

/// Runs every rule's `examples_fail` (each must be found by that rule) and `examples_pass`
/// (none may be), as the rule's first audience and channel would read them at
/// [`examples_at`]. Returns how many examples ran and those that failed.
pub fn self_test(rules: &Rules) -> (usize, Vec<Failed>) {
    let now = examples_at();
    let mut ran = 0;
    let mut failed = Vec::new();
    for rule in rules.rules.iter().filter(|r| r.level.is_some()) {
        let target = Target {
            lang: rule.lang,
            audience: rule.audiences.first().copied().unwrap_or(Audience::Client),
            channel: Some(rule.channels.first().copied().unwrap_or(Channel::Email)),
            pace: Some(chrono::Duration::minutes(60)),
            now,
        };
        // The rule alone, so that another rule's finding cannot stand in for it.
        let alone = Rules {
            rules: vec![rule.clone()],
        };
        let cases = rule
            .examples_fail
            .iter()
            .map(|e| (e, true))
            .chain(rule.examples_pass.iter().map(|e| (e, false)));
        for (example, should_find) in cases {
            ran += 1;
            let found = !lint(example, &alone, &target).is_empty();
            if found != should_find {
                failed.push(Failed {
                    rule: rule.id.clone(),
                    lang: rule.lang,
                    example: example.clone(),
                    missed: should_find,
                });
            }
        }
    }
    (ran, failed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_rules_pass_their_own_examples() {
        let rules = Rules::builtin();
        let (ran, failed) = self_test(&rules);
        assert!(ran > 0);
        assert_eq!(failed, []);
        for lang in <crate::lang::Lang as strum::IntoEnumIterator>::iter() {
            assert!(
                rules
                    .rules
                    .iter()
                    .all(|r| r.lang != lang
                        || r.examples_fail.len() >= 2 && r.examples_pass.len() >= 2),
                "{lang}: every rule has two examples each way"
            );
        }
    }
}
