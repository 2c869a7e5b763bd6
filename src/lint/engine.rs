//! Running the rules over a draft: quoted words and lines are left alone, inline comments
//! turn rules off and on, and every finding says where it is in characters, not bytes.

use chrono::{DateTime, Duration, FixedOffset};
use serde::Serialize;

use super::rule::{Kind, Level, Rule, Rules};
use crate::cadence::{self, NoPromise};
use crate::lang::Lang;
use crate::present::compose::{Audience, Channel};

/// What a draft is, for the rules that only apply to some.
#[derive(Debug, Clone)]
pub struct Target {
    pub lang: Lang,
    pub audience: Audience,
    /// `None`: any channel, every rule applies.
    pub channel: Option<Channel>,
    /// For the promise rule: how far ahead the next update may be.
    pub pace: Option<Duration>,
    pub now: DateTime<FixedOffset>,
}

/// One thing a rule found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub rule: String,
    pub level: Level,
    /// 1-based line and columns in characters; `end_col` is past the last one.
    pub line: usize,
    pub col: usize,
    pub end_col: usize,
    #[serde(rename = "match")]
    pub matched: String,
    pub message: String,
    pub suggestion: Option<String>,
    /// Where in the text, in bytes, and what `--fix` puts there.
    #[serde(skip)]
    pub span: (usize, usize),
    #[serde(skip)]
    pub replacement: Option<String>,
}

impl Serialize for Level {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

/// `<!-- crisis off problem-word -->` … `<!-- crisis on problem-word -->`; without an id,
/// every rule.
const COMMENT: &str = r"<!--\s*crisis\s+(off|on)((?:\s+[a-z0-9-]+)*)\s*-->";

/// The text with what is not ours to lint blanked out, byte for byte, so that positions
/// stay true: quotations (« … », "…", “…”), lines quoting someone (`> …`), and comments.
fn masked(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut closing: Option<char> = None;
    let mut line_start = true;
    let mut quoting_line = false;
    for c in text.chars() {
        if c == '\n' {
            out.push('\n');
            (line_start, quoting_line) = (true, false);
            continue;
        }
        if line_start && c == '>' {
            quoting_line = true;
        }
        if !c.is_whitespace() {
            line_start = false;
        }
        let hidden = quoting_line || closing.is_some();
        match closing {
            Some(end) if c == end => closing = None,
            None if !quoting_line => {
                closing = match c {
                    '«' => Some('»'),
                    '“' => Some('”'),
                    '"' => Some('"'),
                    _ => None,
                };
            }
            _ => {}
        }
        if hidden || closing.is_some() || c == '»' || c == '”' || c == '"' {
            out.extend(std::iter::repeat_n(' ', c.len_utf8()));
        } else {
            out.push(c);
        }
    }
    let comment = comment_re();
    let mut bytes = out.into_bytes();
    for m in comment.find_iter(text) {
        bytes[m.start()..m.end()].fill(b' ');
    }
    // Only whole characters were replaced by ASCII spaces of the same length.
    String::from_utf8(bytes).unwrap_or_default()
}

fn comment_re() -> &'static regex::Regex {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| regex::Regex::new(COMMENT).expect("a pattern we wrote"))
}

/// Where each rule is off: (byte offset, rule id or `None` for all, on).
fn switches(text: &str) -> Vec<(usize, Option<String>, bool)> {
    let mut out = Vec::new();
    for caps in comment_re().captures_iter(text) {
        let at = caps.get(0).map_or(0, |m| m.end());
        let on = &caps[1] == "on";
        let ids: Vec<&str> = caps[2].split_whitespace().collect();
        if ids.is_empty() {
            out.push((at, None, on));
        }
        out.extend(ids.into_iter().map(|id| (at, Some(id.to_owned()), on)));
    }
    out
}

fn is_off(switches: &[(usize, Option<String>, bool)], rule: &str, at: usize) -> bool {
    let mut off = false;
    for (from, id, on) in switches {
        if *from <= at && id.as_deref().is_none_or(|id| id == rule) {
            off = !on;
        }
    }
    off
}

/// Where each line starts, to say where a finding is without rescanning the text each time
/// (a 50 KB draft can have a thousand findings).
struct Lines<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Lines<'a> {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Lines { text, starts }
    }

    /// Line and character column (both 1-based) of byte `at`.
    fn position(&self, at: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|&s| s <= at);
        let start = self.starts[line - 1];
        (line, self.text[start..at].chars().count() + 1)
    }
}

impl Rule {
    fn applies(&self, target: &Target) -> bool {
        self.lang == target.lang
            && self.audiences.contains(&target.audience)
            && target.channel.is_none_or(|c| self.channels.contains(&c))
    }

    /// Byte spans found, with what `--fix` would put there.
    fn spans(
        &self,
        text: &str,
        masked: &str,
        target: &Target,
    ) -> Vec<(usize, usize, Option<String>)> {
        let found = |res: &[regex::Regex]| -> Vec<(usize, usize)> {
            res.iter()
                .flat_map(|re| re.find_iter(masked).map(|m| (m.start(), m.end())))
                .collect()
        };
        match self.kind {
            Kind::Existence => found(&self.patterns)
                .into_iter()
                .map(|(s, e)| (s, e, None))
                .collect(),
            Kind::Substitution => self
                .swaps
                .iter()
                .flat_map(|(re, to)| {
                    re.captures_iter(masked).filter_map(move |caps| {
                        let m = caps.get(0)?;
                        let mut replaced = String::new();
                        caps.expand(to, &mut replaced);
                        (replaced != text[m.range()]).then_some((
                            m.start(),
                            m.end(),
                            Some(replaced),
                        ))
                    })
                })
                .collect(),
            Kind::Absence if found(&self.patterns).is_empty() => vec![(0, 0, None)],
            Kind::Absence => Vec::new(),
            Kind::Conditional if found(&self.then).is_empty() => found(&self.patterns)
                .into_iter()
                .take(1)
                .map(|(s, e)| (s, e, None))
                .collect(),
            Kind::Conditional => Vec::new(),
            Kind::Promise => promise_spans(masked, target),
        }
    }
}

/// The next update's time, when it is already past or further than the pace allows.
fn promise_spans(masked: &str, target: &Target) -> Vec<(usize, usize, Option<String>)> {
    let at = |words: &str| match masked.find(words) {
        Some(start) => (start, start + words.len(), None),
        None => (0, 0, None),
    };
    match cadence::parse(masked, target.now) {
        Err(NoPromise::Past { words }) => vec![at(&words)],
        Ok(promise)
            if target
                .pace
                .is_some_and(|pace| promise.due > target.now + pace) =>
        {
            vec![at(&promise.words)]
        }
        _ => Vec::new(),
    }
}

/// Every finding of the rules that apply to `target`, in the order of the text.
pub fn lint(text: &str, rules: &Rules, target: &Target) -> Vec<Finding> {
    let masked = masked(text);
    let switches = switches(text);
    let lines = Lines::new(text);
    let mut findings = Vec::new();
    for rule in rules.of(target.lang).filter(|r| r.applies(target)) {
        let Some(level) = rule.level else { continue };
        for (start, end, replacement) in rule.spans(text, &masked, target) {
            if is_off(&switches, &rule.id, start) {
                continue;
            }
            let (line, col) = lines.position(start);
            let width = text[start..end].chars().count();
            findings.push(Finding {
                rule: rule.id.clone(),
                level,
                line,
                col,
                end_col: col + width,
                matched: text[start..end].to_owned(),
                message: rule.message.clone(),
                suggestion: replacement
                    .as_ref()
                    .map(|r| format!("say \"{r}\""))
                    .or_else(|| rule.suggestion.clone()),
                span: (start, end),
                replacement,
            });
        }
    }
    findings.sort_by_key(|f| (f.span.0, f.span.1, std::cmp::Reverse(f.level)));
    findings
}

/// The text with every replacement a finding offers made; overlapping ones after the first
/// are left for another run.
pub fn fix(text: &str, findings: &[Finding]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for f in findings {
        let (Some(replacement), (start, end)) = (&f.replacement, f.span) else {
            continue;
        };
        if start < last {
            continue;
        }
        out.push_str(&text[last..start]);
        out.push_str(replacement);
        last = end;
    }
    out.push_str(&text[last..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> Rules {
        let mut rules = Rules::default();
        let file = r#"
[[rule]]
id = "problem-word"
kind = "substitution"
level = "warning"
audiences = ["client"]
message = "Say situation."
source = "crisis"
swap = { 'problem' = "situation" }

[[rule]]
id = "apology-missing"
kind = "absence"
level = "error"
message = "Say sorry."
source = "crisis"
tokens = ['sorry', 'apolog\w*']

[[rule]]
id = "eta-hedge"
kind = "conditional"
level = "suggestion"
message = "An estimate needs a hedge."
source = "crisis"
first = ['fixed by \d+']
second = ['should', 'expect']

[[rule]]
id = "late-promise"
kind = "promise"
level = "error"
message = "That time has passed."
source = "crisis"

[[rule]]
id = "french-colon"
kind = "substitution"
level = "suggestion"
message = "Espace insécable."
source = "crisis"
nonword = true
swap = { ' :' = "\u00a0:" }
"#;
        rules.add(Lang::En, "en.toml", file).unwrap();
        rules.add(Lang::Fr, "fr.toml", file).unwrap();
        rules
    }

    fn target(lang: Lang, audience: Audience) -> Target {
        Target {
            lang,
            audience,
            channel: None,
            pace: Some(Duration::minutes(60)),
            now: DateTime::parse_from_rfc3339("2026-12-02T14:00:00+01:00").unwrap(),
        }
    }

    fn ids(text: &str, t: &Target) -> Vec<(String, usize, usize)> {
        lint(text, &rules(), t)
            .into_iter()
            .map(|f| (f.rule, f.line, f.col))
            .collect()
    }

    #[test]
    fn each_kind_finds_what_it_looks_for_at_its_place_in_characters() {
        let client = target(Lang::En, Audience::Client);
        let found = lint(
            "Sorry. Déjà vu: a problem.\nFixed by 15:00.",
            &rules(),
            &client,
        );
        let got: Vec<_> = found
            .iter()
            .map(|f| (f.rule.as_str(), f.line, f.col, f.end_col))
            .collect();
        assert_eq!(got, [("problem-word", 1, 19, 26), ("eta-hedge", 2, 1, 12)]);
        assert_eq!(found[0].suggestion.as_deref(), Some("say \"situation\""));
        assert_eq!(
            ids("Fixed by 15:00, we expect.", &client),
            [("apology-missing".into(), 1, 1)]
        );
        assert_eq!(
            ids("Sorry: a problem.", &target(Lang::En, Audience::Team)),
            []
        );
    }

    #[test]
    fn quoted_words_and_quoting_lines_are_not_linted() {
        let client = target(Lang::En, Audience::Client);
        assert_eq!(ids("Sorry. You called it \"a big problem\".", &client), []);
        assert_eq!(
            ids("Sorry.\n> our problem is the checkout\nNoted.", &client),
            []
        );
        assert_eq!(ids("Sorry « problem » “problem”.", &client), []);
        assert_eq!(
            ids("\"I am sorry\" is not ours", &client)[0].0,
            "apology-missing"
        );
    }

    #[test]
    fn a_comment_turns_a_rule_off_and_on_again() {
        let client = target(Lang::En, Audience::Client);
        let text = "Sorry. <!-- crisis off problem-word --> problem <!-- crisis on problem-word --> problem";
        let found = ids(text, &client);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].2, text.rfind("problem").unwrap() + 1);
        assert_eq!(
            ids("<!-- crisis off --> no apology, a problem", &client),
            []
        );
    }

    #[test]
    fn a_next_update_already_past_or_too_far_is_found() {
        let client = target(Lang::En, Audience::Client);
        let late = |t: &str| {
            ids(&format!("Sorry. {t}"), &client)
                .iter()
                .any(|f| f.0 == "late-promise")
        };
        assert!(late("Next update at 13:30."));
        assert!(late("Next update at 16:30."), "beyond an hour");
        assert!(!late("Next update at 14:30."));
    }

    #[test]
    fn fix_applies_the_substitutions() {
        let fr = target(Lang::Fr, Audience::Client);
        let text = "Désolé : un problem ; note : rien.";
        let found = lint(text, &rules(), &fr);
        assert_eq!(
            fix(text, &found),
            "Désolé\u{a0}: un situation ; note\u{a0}: rien."
        );
    }
}
