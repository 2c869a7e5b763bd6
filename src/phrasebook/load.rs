//! Reading phrasebook TOML files into phrases and steps, with errors that point at file:line:column.

use std::collections::HashSet;
use std::fmt;
use std::ops::Range;

use serde::{Deserialize, Serialize};
use toml::Spanned;

use super::fill::brace_problems;
use crate::lang::{Lang, Stage};
use crate::text;

// The content types live here rather than in `phrasebook/mod.rs` so that `build.rs` can
// include this file and parse the built-in files with the very code that parses user files.
// Their serde derives are the phrase cache's format: a new content type is a derive.

/// A ready-to-adapt sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Phrase {
    pub id: String,
    pub lang: Lang,
    pub stage: Stage,
    pub tags: Vec<String>,
    pub text: String,
}

/// One step of the playbook, the checklist of next actions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    pub id: String,
    pub lang: Lang,
    pub stage: Stage,
    pub title: String,
    pub why: String,
    pub source: String,
    pub phrases: Vec<String>,
}

/// One problem found in a phrasebook file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub file: String,
    /// 1-based; 0 when the position is unknown.
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(
                f,
                "{}:{}:{}: {}",
                self.file, self.line, self.column, self.message
            )
        }
    }
}

/// The valid entries of one file.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct PhraseFile {
    pub name: String,
    pub lang: Lang,
    #[serde(deserialize_with = "super::codec::whole_vec")]
    pub phrases: Vec<Phrase>,
    #[serde(deserialize_with = "super::codec::whole_vec")]
    pub steps: Vec<Step>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    lang: Lang,
    #[serde(default)]
    step: Vec<Spanned<RawStep>>,
    #[serde(default)]
    phrase: Vec<Spanned<RawPhrase>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStep {
    id: Spanned<String>,
    stage: Stage,
    title: Spanned<String>,
    why: Spanned<String>,
    source: Spanned<String>,
    #[serde(default)]
    phrases: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPhrase {
    id: Spanned<String>,
    stage: Stage,
    #[serde(default)]
    tags: Vec<String>,
    text: Spanned<String>,
}

/// Turns byte offsets into 1-based line and column (in characters).
struct Positions<'a> {
    name: &'a str,
    text: &'a str,
}

impl Positions<'_> {
    fn at(&self, offset: usize, message: impl Into<String>) -> Diagnostic {
        let offset = offset.min(self.text.len());
        let before = &self.text.as_bytes()[..offset];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let column = String::from_utf8_lossy(&before[line_start..])
            .chars()
            .count()
            + 1;
        Diagnostic {
            file: self.name.to_owned(),
            line,
            column,
            message: message.into(),
        }
    }

    fn span(&self, span: Range<usize>, message: impl Into<String>) -> Diagnostic {
        self.at(span.start, message)
    }
}

/// Parses one file. A file that cannot be read as TOML yields no entries and one diagnostic;
/// otherwise the valid entries are kept and each invalid one is reported.
pub fn parse_file(name: &str, bytes: &[u8]) -> (Option<PhraseFile>, Vec<Diagnostic>) {
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => {
            let valid = std::str::from_utf8(&bytes[..err.valid_up_to()]).unwrap_or_default();
            let pos = Positions { name, text: valid };
            let diag = pos.at(valid.len(), "invalid UTF-8: save the file as UTF-8");
            return (None, vec![diag]);
        }
    };
    // A byte-order mark is legal in a UTF-8 file written by some editors; TOML does not allow it.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let pos = Positions { name, text };
    let raw: RawFile = match toml::from_str(text) {
        Ok(raw) => raw,
        Err(err) => {
            let message = err.message().trim().to_owned();
            let diag = match err.span() {
                Some(span) => pos.span(span, message),
                None => Diagnostic {
                    file: name.to_owned(),
                    line: 0,
                    column: 0,
                    message,
                },
            };
            return (None, vec![diag]);
        }
    };

    let mut diags = Vec::new();
    let mut file = PhraseFile {
        name: name.to_owned(),
        lang: raw.lang,
        ..PhraseFile::default()
    };
    let mut seen = HashSet::new();
    for entry in raw.phrase {
        let p = entry.into_inner();
        let before = diags.len();
        require(&pos, &mut diags, "phrase", "id", &p.id);
        require(&pos, &mut diags, "phrase", "text", &p.text);
        placeholders(&pos, &mut diags, &p.text);
        if !seen.insert(("phrase", p.id.get_ref().clone())) {
            let msg = format!("duplicate phrase id `{}` in this file", p.id.get_ref());
            diags.push(pos.span(p.id.span(), msg));
        }
        if diags.len() > before {
            continue;
        }
        file.phrases.push(Phrase {
            id: text::one_line(p.id.get_ref()),
            lang: raw.lang,
            stage: p.stage,
            tags: p.tags.iter().map(|t| text::one_line(t)).collect(),
            text: text::clean(p.text.get_ref()),
        });
    }
    for entry in raw.step {
        let s = entry.into_inner();
        let before = diags.len();
        require(&pos, &mut diags, "step", "id", &s.id);
        require(&pos, &mut diags, "step", "title", &s.title);
        require(&pos, &mut diags, "step", "why", &s.why);
        require(&pos, &mut diags, "step", "source", &s.source);
        placeholders(&pos, &mut diags, &s.title);
        placeholders(&pos, &mut diags, &s.why);
        if !seen.insert(("step", s.id.get_ref().clone())) {
            let msg = format!("duplicate step id `{}` in this file", s.id.get_ref());
            diags.push(pos.span(s.id.span(), msg));
        }
        if diags.len() > before {
            continue;
        }
        file.steps.push(Step {
            id: text::one_line(s.id.get_ref()),
            lang: raw.lang,
            stage: s.stage,
            title: text::one_line(s.title.get_ref()),
            why: text::one_line(s.why.get_ref()),
            source: text::one_line(s.source.get_ref()),
            phrases: s.phrases.into_iter().map(Spanned::into_inner).collect(),
        });
    }
    (Some(file), diags)
}

/// The positions of each step's phrase references, for `check` to report a dangling one.
pub(crate) fn step_references(name: &str, bytes: &[u8]) -> Vec<(String, Lang, Diagnostic)> {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Vec::new();
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let Ok(raw) = toml::from_str::<RawFile>(text) else {
        return Vec::new();
    };
    let pos = Positions { name, text };
    raw.step
        .into_iter()
        .flat_map(|s| s.into_inner().phrases)
        .map(|r| {
            let id = r.get_ref().clone();
            let diag = pos.span(
                r.span(),
                format!("step points at phrase `{id}`, which exists nowhere"),
            );
            (id, raw.lang, diag)
        })
        .collect()
}

fn require(
    pos: &Positions,
    diags: &mut Vec<Diagnostic>,
    what: &str,
    field: &str,
    value: &Spanned<String>,
) {
    if value.get_ref().trim().is_empty() {
        diags.push(pos.span(value.span(), format!("{what} field `{field}` is empty")));
    }
}

/// Every brace of a text that is not a known placeholder, at its own line and column: the
/// token is looked for in the file's text of the value, which holds it as written unless an
/// escape sequence came before it (then the value's start is the closest place).
fn placeholders(pos: &Positions, diags: &mut Vec<Diagnostic>, value: &Spanned<String>) {
    let span = value.span();
    let source = pos.text.get(span.clone()).unwrap_or("");
    let mut from = 0;
    for (_, token, message) in brace_problems(value.get_ref()) {
        let at = match source[from..].find(token) {
            Some(i) => {
                from += i + token.len();
                span.start + from - token.len()
            }
            None => span.start,
        };
        diags.push(pos.at(at, message));
    }
}

/// The built-in files' text, embedded for `crisis check`; `build.rs` parses them, and the
/// program itself reads them parsed ([`super::cache::builtin_files`]).
pub const BUILTIN: [(&str, &str); 2] = [
    (
        "built-in phrasebook/en.toml",
        include_str!("../../phrasebook/en.toml"),
    ),
    (
        "built-in phrasebook/fr.toml",
        include_str!("../../phrasebook/fr.toml"),
    ),
];

/// The `*.toml` files in `dir`, in name order; none when the folder does not exist.
pub fn toml_files_in(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "toml"))
                .collect()
        })
        .unwrap_or_default();
    paths.sort();
    paths
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) const GOOD: &str = r#"lang = "en"

[[step]]
id = "quantify"
stage = "prepare"
title = "Quantify the impact"
why = "Numbers calm people down."
source = "Comment s'en sortir quand ça se passe mal ?"
phrases = ["update.impact"]

[[phrase]]
id = "update.impact"
stage = "update"
tags = ["email"]
text = "So far {impact}."
"#;

    #[test]
    fn a_valid_file_loads_every_entry() {
        let (file, diags) = parse_file("good.toml", GOOD.as_bytes());
        assert!(diags.is_empty(), "{diags:?}");
        let file = file.unwrap();
        assert_eq!(file.lang, Lang::En);
        assert_eq!(file.phrases[0].text, "So far {impact}.");
        assert_eq!(file.steps[0].phrases, ["update.impact"]);
    }

    #[test]
    fn syntax_errors_name_line_and_column() {
        let (file, diags) = parse_file("bad.toml", b"lang = \"en\"\n\n[[phrase]\nid = 1\n");
        assert!(file.is_none());
        assert_eq!(diags.len(), 1);
        assert_eq!((diags[0].line, diags[0].file.as_str()), (3, "bad.toml"));
        assert!(
            diags[0].to_string().starts_with("bad.toml:3:"),
            "{}",
            diags[0]
        );
    }

    #[test]
    fn unknown_fields_and_stages_are_reported() {
        let typo = GOOD.replace("tags =", "tgs =");
        let (_, diags) = parse_file("typo.toml", typo.as_bytes());
        assert!(diags[0].message.contains("tgs"), "{}", diags[0]);
        assert_eq!(diags[0].line, 14);
        let stage = GOOD.replace("\"prepare\"", "\"panic\"");
        let (_, diags) = parse_file("stage.toml", stage.as_bytes());
        assert!(diags[0].message.contains("panic"), "{}", diags[0]);
        assert_eq!(diags[0].line, 5);
    }

    #[test]
    fn empty_fields_placeholders_and_duplicates_drop_only_the_bad_entry() {
        let text = format!(
            "{GOOD}\n[[phrase]]\nid = \"x\"\nstage = \"learn\"\ntext = \"Hi {{boss}}\"\n\n[[phrase]]\nid = \"update.impact\"\nstage = \"learn\"\ntext = \"again\"\n\n[[phrase]]\nid = \"y\"\nstage = \"learn\"\ntext = \"  \"\n"
        );
        let (file, diags) = parse_file("mixed.toml", text.as_bytes());
        let messages: Vec<_> = diags.iter().map(|d| d.to_string()).collect();
        assert_eq!(diags.len(), 3, "{messages:#?}");
        assert!(messages[0].contains("mixed.toml:20:") && messages[0].contains("{boss}"));
        assert!(messages[1].contains("duplicate phrase id `update.impact`"));
        assert!(messages[2].contains("`text` is empty"));
        assert_eq!(file.unwrap().phrases.len(), 1);
    }

    #[test]
    fn bom_and_crlf_load_and_invalid_utf8_is_located() {
        let crlf = format!("\u{feff}{}", GOOD.replace('\n', "\r\n"));
        let (file, diags) = parse_file("win.toml", crlf.as_bytes());
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(file.unwrap().phrases.len(), 1);
        let (file, diags) = parse_file("latin1.toml", b"lang = \"en\"\n# caf\xe9\n");
        assert!(file.is_none());
        assert_eq!((diags[0].line, diags[0].column), (2, 6));
        assert!(diags[0].message.contains("UTF-8"));
    }

    #[test]
    fn control_characters_are_neutralised_on_load() {
        let evil = GOOD.replace(
            "So far {impact}.",
            "So far\\u001b[2J {impact}.\\u202e\\nNext",
        );
        let (file, diags) = parse_file("evil.toml", evil.as_bytes());
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(file.unwrap().phrases[0].text, "So far[2J {impact}.\nNext");
    }

    #[test]
    fn builtin_files_are_clean() {
        for (name, text) in BUILTIN {
            let (file, diags) = parse_file(name, text.as_bytes());
            assert!(diags.is_empty(), "{diags:#?}");
            assert!(!file.unwrap().phrases.is_empty());
        }
    }
}
