//! Reading phrasebook TOML files into phrases and steps, with errors that point at file:line:column.

use std::collections::HashSet;
use std::ops::Range;

use serde::{Deserialize, Serialize};
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::fields::{Fields, misspelt_tag, placeholders, require, unique};
use crate::lang::{Lang, Slot, Stage};
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
    /// The parts of a message this phrase can be (`slots = ["apology"]`); none by default.
    #[serde(default)]
    pub slots: Vec<Slot>,
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

/// One problem found in a phrasebook file, where it is; `said.rs` words it in each language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub file: String,
    /// 1-based; 0 when the position is unknown.
    pub line: usize,
    pub column: usize,
    pub problem: Problem,
}

/// What a phrasebook file holds: the file itself (its top level), a phrase, a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Entry {
    File,
    Phrase,
    Step,
}

/// What is wrong, typed, so that each language can say it (and the cache can keep it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Problem {
    /// The file cannot be read: the system's error number when there is one, and its text.
    CannotRead {
        code: Option<i32>,
        error: String,
    },
    NotUtf8,
    /// What the TOML parser said of the file's syntax, in its (English) words.
    Toml(String),
    /// A field's value the TOML reader refused (a number for a text, an unknown stage).
    Value {
        field: String,
        toml: String,
    },
    UnknownField {
        field: String,
        known: Vec<String>,
    },
    NotATable {
        entry: Entry,
        found: String,
    },
    NotAList {
        field: String,
        found: String,
    },
    Missing {
        entry: Entry,
        field: String,
    },
    Empty {
        entry: Entry,
        field: String,
    },
    Duplicate {
        entry: Entry,
        id: String,
    },
    MisspeltTag {
        tag: String,
        meant: String,
    },
    /// A step's `phrases` names one that no file has.
    NoSuchPhrase {
        id: String,
    },
    /// `{name|}`: a fallback with nothing in it.
    EmptyFallback {
        token: String,
    },
    UnknownPlaceholder {
        token: String,
    },
    Unclosed,
    Unopened,
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

/// Turns byte offsets into 1-based line and column (in characters), in a section of a file
/// that starts at the beginning of a line, after `first_line` others.
pub(super) struct Positions<'a> {
    pub(super) name: &'a str,
    pub(super) text: &'a str,
    pub(super) first_line: usize,
}

impl Positions<'_> {
    pub(super) fn at(&self, offset: usize, problem: Problem) -> Diagnostic {
        let offset = offset.min(self.text.len());
        let before = &self.text.as_bytes()[..offset];
        let line = self.first_line + before.iter().filter(|&&b| b == b'\n').count() + 1;
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
            problem,
        }
    }

    pub(super) fn span(&self, span: Range<usize>, problem: Problem) -> Diagnostic {
        self.at(span.start, problem)
    }

    /// A TOML error, at its position when it has one.
    pub(super) fn error(&self, err: toml::de::Error) -> Diagnostic {
        let problem = Problem::Toml(err.message().trim().to_owned());
        match err.span() {
            Some(span) => self.span(span, problem),
            None => Diagnostic {
                file: self.name.to_owned(),
                line: 0,
                column: 0,
                problem,
            },
        }
    }
}

/// Parses one file. A file that cannot be read as TOML, or has no valid `lang`, yields no
/// entries; otherwise every good entry is kept and every problem of every bad one is
/// reported, each at its own position.
pub fn parse_file(name: &str, bytes: &[u8]) -> (Option<PhraseFile>, Vec<Diagnostic>) {
    let (file, diags, _) = parse(name, bytes);
    (file, diags)
}

/// The positions of each step's phrase references, for `check` to report a dangling one.
pub(crate) fn step_references(name: &str, bytes: &[u8]) -> Vec<(String, Lang, Diagnostic)> {
    parse(name, bytes).2
}

type References = Vec<(String, Lang, Diagnostic)>;

fn parse(name: &str, bytes: &[u8]) -> (Option<PhraseFile>, Vec<Diagnostic>, References) {
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => {
            let valid = std::str::from_utf8(&bytes[..err.valid_up_to()]).unwrap_or_default();
            let pos = Positions {
                name,
                text: valid,
                first_line: 0,
            };
            let diag = pos.at(valid.len(), Problem::NotUtf8);
            return (None, vec![diag], Vec::new());
        }
    };
    // A byte-order mark is legal in a UTF-8 file written by some editors; TOML does not allow it.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // Each entry is parsed on its own (see `sections`), then read as spanned TOML values,
    // each field on its own, so that one bad field costs only its entry, not the file.
    let sections = super::sections::split(text).unwrap_or_else(|| vec![(0, text)]);
    let mut diags = Vec::new();
    let mut lang = None;
    let mut file = PhraseFile {
        name: name.to_owned(),
        ..PhraseFile::default()
    };
    let mut seen = HashSet::new();
    let mut references = Vec::new();
    for (n, (first_line, section)) in sections.into_iter().enumerate() {
        let pos = Positions {
            name,
            text: section,
            first_line,
        };
        let root = match DeTable::parse(section) {
            Ok(root) => root.into_inner(),
            Err(err) => return (None, vec![pos.error(err)], Vec::new()),
        };
        let mut top = Fields::new(&pos, &mut diags, Entry::File, 0..0, root, &TOP);
        if n == 0 {
            lang = top.require::<Lang>("lang");
        }
        let phrases = top.entries("phrase");
        let steps = top.entries("step");
        let Some(lang) = lang else {
            return (None, diags, Vec::new());
        };
        file.lang = lang;
        for entry in phrases {
            file.phrases
                .extend(phrase(&pos, &mut diags, &mut seen, lang, entry));
        }
        for entry in steps {
            file.steps.extend(step(
                &pos,
                &mut diags,
                &mut seen,
                &mut references,
                lang,
                entry,
            ));
        }
    }
    (Some(file), diags, references)
}

pub(super) type Seen = HashSet<(Entry, String)>;

/// One `[[phrase]]`, when it is good; its problems reported.
fn phrase(
    pos: &Positions,
    diags: &mut Vec<Diagnostic>,
    seen: &mut Seen,
    lang: Lang,
    entry: Spanned<DeValue<'_>>,
) -> Option<Phrase> {
    let mut p = Fields::entry(pos, diags, Entry::Phrase, entry, &PHRASE)?;
    let (id, stage) = (p.require::<Spanned<String>>("id"), p.require("stage"));
    let tags = p.take::<Vec<Spanned<String>>>("tags").unwrap_or_default();
    let slots = p.take::<Vec<Slot>>("slots").unwrap_or_default();
    let body = p.require::<Spanned<String>>("text");
    let mut ok = p.ok();
    // A typo in a channel or an audience hides the phrase from its filter: said, not fatal.
    for tag in &tags {
        if let Some(meant) = misspelt_tag(tag.get_ref()) {
            let (span, tag, meant) = (tag.span(), tag.get_ref().clone(), meant.to_owned());
            diags.push(pos.span(span, Problem::MisspeltTag { tag, meant }));
        }
    }
    if let Some(body) = &body {
        ok &= require(pos, diags, Entry::Phrase, "text", body);
        ok &= placeholders(pos, diags, body);
    }
    if let Some(id) = &id {
        ok &= require(pos, diags, Entry::Phrase, "id", id);
        ok &= unique(pos, diags, seen, Entry::Phrase, id);
    }
    let (true, Some(id), Some(stage), Some(body)) = (ok, id, stage, body) else {
        return None;
    };
    Some(Phrase {
        id: text::one_line(id.get_ref()),
        lang,
        stage,
        tags: tags.iter().map(|t| text::one_line(t.get_ref())).collect(),
        text: text::clean(body.get_ref()),
        slots,
    })
}

/// One `[[step]]`, when it is good; its problems reported, its phrase references noted.
fn step(
    pos: &Positions,
    diags: &mut Vec<Diagnostic>,
    seen: &mut Seen,
    references: &mut References,
    lang: Lang,
    entry: Spanned<DeValue<'_>>,
) -> Option<Step> {
    let mut s = Fields::entry(pos, diags, Entry::Step, entry, &STEP)?;
    let (id, stage) = (s.require::<Spanned<String>>("id"), s.require("stage"));
    let title = s.require::<Spanned<String>>("title");
    let why = s.require::<Spanned<String>>("why");
    let source = s.require::<Spanned<String>>("source");
    let refs = s
        .take::<Vec<Spanned<String>>>("phrases")
        .unwrap_or_default();
    let mut ok = s.ok();
    for (field, value) in [
        ("id", &id),
        ("title", &title),
        ("why", &why),
        ("source", &source),
    ] {
        if let Some(value) = value {
            ok &= require(pos, diags, Entry::Step, field, value);
        }
    }
    for value in [&title, &why].into_iter().flatten() {
        ok &= placeholders(pos, diags, value);
    }
    if let Some(id) = &id {
        ok &= unique(pos, diags, seen, Entry::Step, id);
    }
    for r in &refs {
        let id = r.get_ref().clone();
        let problem = Problem::NoSuchPhrase { id: id.clone() };
        references.push((id, lang, pos.span(r.span(), problem)));
    }
    let (true, Some(id), Some(stage), Some(title), Some(why), Some(source)) =
        (ok, id, stage, title, why, source)
    else {
        return None;
    };
    Some(Step {
        id: text::one_line(id.get_ref()),
        lang,
        stage,
        title: text::one_line(title.get_ref()),
        why: text::one_line(why.get_ref()),
        source: text::one_line(source.get_ref()),
        phrases: refs.into_iter().map(Spanned::into_inner).collect(),
    })
}

const TOP: [&str; 3] = ["lang", "phrase", "step"];
const PHRASE: [&str; 5] = ["id", "stage", "tags", "text", "slots"];
const STEP: [&str; 6] = ["id", "stage", "title", "why", "source", "phrases"];

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
    fn a_type_error_does_not_hide_a_misspelt_tag_or_an_unclosed_brace() {
        let text = "lang = \"en\"\n\n[[phrase]]\nid = \"update.x\"\nstage = 3\ntags = [\"clinet\", \"refund\"]\ntext = \"Fixed by {eta\"\n";
        let (_, diags) = parse_file("mine.toml", text.as_bytes());
        let said: Vec<String> = diags.iter().map(ToString::to_string).collect();
        assert_eq!(said.len(), 3, "{said:#?}");
        assert!(said[0].starts_with("mine.toml:5:9: `stage`"), "{said:#?}");
        assert_eq!(
            said[1],
            "mine.toml:6:9: unknown tag `clinet`: did you mean `client`?"
        );
        assert!(
            said[2].starts_with("mine.toml:7:18: a `{` that nothing closes"),
            "{said:#?}"
        );
        for (tag, meant) in [
            ("emial", Some("email")),
            ("chats", Some("chat")),
            ("user", Some("users")),
            ("refund", None),
            ("client", None),
            ("xyz", None),
        ] {
            assert_eq!(misspelt_tag(tag), meant, "{tag}");
        }
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
        assert!(diags[0].to_string().contains("tgs"), "{}", diags[0]);
        assert_eq!(diags[0].line, 14);
        let stage = GOOD.replace("\"prepare\"", "\"panic\"");
        let (_, diags) = parse_file("stage.toml", stage.as_bytes());
        assert!(diags[0].to_string().contains("panic"), "{}", diags[0]);
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
    fn every_problem_is_reported_and_every_good_entry_kept() {
        let text = r#"lang = "en"
colour = "blue"

[[phrase]]
id = "good.one"
stage = "update"
text = "First good one."

[[phrase]]
id = "bad.stage"
stage = "panic"
text = "Lost?"

[[phrase]]
id = "bad.field"
stage = "update"
txt = "typo"
tags = "not a list"

[[phrase]]
id = "good.two"
stage = "learn"
text = "Second good one."

[[step]]
id = "s"
title = "No stage, no why"
source = "S"
"#;
        let (file, diags) = parse_file("team.toml", text.as_bytes());
        let file = file.unwrap();
        let ids: Vec<_> = file.phrases.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["good.one", "good.two"]);
        assert!(file.steps.is_empty());
        let found: Vec<_> = diags
            .iter()
            .map(|d| {
                (
                    d.line,
                    d.column,
                    d.problem
                        .say(Lang::En)
                        .split(' ')
                        .take(2)
                        .collect::<Vec<_>>()
                        .join(" "),
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                (2, 1, "unknown field".to_owned()),
                (11, 9, "`stage`: unknown".to_owned()),
                (17, 1, "unknown field".to_owned()),
                (18, 8, "`tags`: invalid".to_owned()),
                (14, 1, "a phrase".to_owned()),
                (25, 1, "a step".to_owned()),
                (25, 1, "a step".to_owned()),
            ],
            "{diags:#?}"
        );
    }

    #[test]
    fn a_file_without_a_language_is_one_problem_at_its_top() {
        let (file, diags) = parse_file("nolang.toml", b"[[phrase]]\nid = \"a\"\n");
        assert!(file.is_none());
        assert_eq!(diags.len(), 1, "{diags:?}");
        assert_eq!((diags[0].line, diags[0].column), (1, 1));
        assert!(diags[0].to_string().contains("`lang`"), "{}", diags[0]);
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
        assert!(diags[0].to_string().contains("UTF-8"));
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
