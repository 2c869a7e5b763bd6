//! A journal's health, line by line, without stopping at the first problem: what
//! `crisis doctor` reports. Loading (`journal.rs`) refuses what this finds serious.

use std::collections::HashMap;

use super::event::{Event, FORMAT_VERSION};
use crate::lang::Lang;
use crate::tr;

/// Something one line of a journal shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub line: usize,
    pub what: Problem,
    /// False for what loading takes care of by itself (a repeated line, a torn last one).
    pub serious: bool,
}

/// What is wrong with one line, said in the user's language by [`Problem::say`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    ConflictMarker,
    /// The last line, cut short by an interrupted write.
    Torn,
    Newer {
        version: u64,
    },
    Unreadable(Unreadable),
    /// The event of that line, byte for byte.
    Again {
        first: usize,
    },
    /// Another event with the id of the one of that line.
    Differs {
        id: String,
        first: usize,
    },
}

/// Why a line is no event of crisis, from what the JSON reader said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreadable {
    /// Not JSON at all, from this column.
    NotJson {
        column: usize,
    },
    MissingField(String),
    UnknownKind(String),
    /// JSON, but not the shape of an event (a field of the wrong type, say).
    NotAnEvent {
        column: usize,
    },
}

impl Unreadable {
    /// What serde_json said of a line, sorted into what a person can act on.
    pub fn of(e: &serde_json::Error) -> Unreadable {
        let column = e.column();
        let said = e.to_string();
        let quoted = |after: &str| {
            let rest = said.split_once(after)?.1;
            Some(rest.split('`').next()?.to_owned())
        };
        if !e.is_data() {
            return Unreadable::NotJson { column };
        }
        if let Some(field) = quoted("missing field `") {
            return Unreadable::MissingField(field);
        }
        if let Some(kind) = quoted("unknown variant `") {
            return Unreadable::UnknownKind(kind);
        }
        Unreadable::NotAnEvent { column }
    }

    pub fn say(&self, lang: Lang) -> String {
        let one = crate::text::one_line;
        match self {
            Unreadable::NotJson { column } => tr!(lang, "journal-not-json", column = *column),
            Unreadable::MissingField(field) => {
                tr!(lang, "journal-missing-field", field = one(field))
            }
            Unreadable::UnknownKind(kind) => tr!(lang, "journal-unknown-kind", kind = one(kind)),
            Unreadable::NotAnEvent { column } => {
                tr!(lang, "journal-not-an-event", column = *column)
            }
        }
    }
}

impl Problem {
    pub fn say(&self, lang: Lang) -> String {
        match self {
            Problem::ConflictMarker => tr!(lang, "doctor-conflict-marker"),
            Problem::Torn => tr!(lang, "doctor-torn"),
            Problem::Newer { version } => tr!(
                lang,
                "doctor-newer",
                version = *version,
                ours = FORMAT_VERSION
            ),
            Problem::Unreadable(why) => tr!(lang, "doctor-unreadable", why = why.say(lang)),
            Problem::Again { first } => tr!(lang, "doctor-again", first = *first),
            Problem::Differs { id, first } => tr!(
                lang,
                "doctor-differs",
                id = crate::text::one_line(id),
                first = *first
            ),
        }
    }
}

/// A line git leaves when it merges a journal without crisis's merge driver.
pub fn is_conflict_marker(line: &[u8]) -> bool {
    line.starts_with(b"<<<<<<<") || line.starts_with(b">>>>>>>") || line == b"======="
}

/// Every finding in a journal's bytes, in line order.
pub fn examine(bytes: &[u8]) -> Vec<Finding> {
    let mut found = Vec::new();
    let mut seen: HashMap<String, (usize, &[u8])> = HashMap::new();
    let lines: Vec<&[u8]> = bytes.split(|&b| b == b'\n').collect();
    let mut say = |line: usize, what: Problem, serious: bool| {
        found.push(Finding {
            line,
            what,
            serious,
        })
    };
    for (n, raw) in lines.iter().enumerate() {
        let number = n + 1;
        let line = raw.trim_ascii_end();
        if line.is_empty() {
            continue;
        }
        if is_conflict_marker(line) {
            say(number, Problem::ConflictMarker, true);
            continue;
        }
        let event = match Event::from_line(line) {
            Ok(event) => event,
            Err(e) if number == lines.len() && e.is_eof() => {
                say(number, Problem::Torn, false);
                continue;
            }
            Err(e) => {
                let version = serde_json::from_slice::<serde_json::Value>(line)
                    .ok()
                    .and_then(|v| v["v"].as_u64())
                    .filter(|v| *v > u64::from(FORMAT_VERSION));
                let what = match version {
                    Some(version) => Problem::Newer { version },
                    None => Problem::Unreadable(Unreadable::of(&e)),
                };
                say(number, what, true);
                continue;
            }
        };
        if event.v > FORMAT_VERSION {
            let version = u64::from(event.v);
            say(number, Problem::Newer { version }, true);
        }
        match seen.get(&event.id) {
            Some((first, known)) if *known == line => {
                say(number, Problem::Again { first: *first }, false)
            }
            Some((first, _)) => {
                let (id, first) = (event.id.clone(), *first);
                say(number, Problem::Differs { id, first }, true)
            }
            None => {
                seen.insert(event.id.clone(), (number, line));
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use chrono::DateTime;

    use super::*;
    use crate::incident::EventKind;

    #[test]
    fn every_problem_is_found_with_its_line() {
        let at = DateTime::parse_from_rfc3339("2026-11-24T09:00:00+01:00").unwrap();
        let a =
            serde_json::to_string(&Event::new(at, EventKind::Note { text: "a".into() })).unwrap();
        let mut b: serde_json::Value = serde_json::from_str(&a).unwrap();
        b["text"] = "b".into();
        let mut future = b.clone();
        future["v"] = 9.into();
        future["id"] = "other".into();
        let text = format!(
            "{a}\n{a}\n{b}\n<<<<<<< HEAD\n{future}\nnot json\n{}",
            &a[..20]
        );
        let found: Vec<(usize, bool)> = examine(text.as_bytes())
            .iter()
            .map(|f| (f.line, f.serious))
            .collect();
        assert_eq!(
            found,
            [
                (2, false),
                (3, true),
                (4, true),
                (5, true),
                (6, true),
                (7, false)
            ]
        );
        assert!(examine(format!("{a}\n").as_bytes()).is_empty());
    }

    #[test]
    fn why_a_line_is_unreadable_is_said_in_each_language() {
        let why = |line: &str| Unreadable::of(&serde_json::from_str::<Event>(line).unwrap_err());
        assert_eq!(why("not json"), Unreadable::NotJson { column: 2 });
        let missing = r#"{"v":1,"id":"x","at":"2026-11-24T09:00:00+01:00","kind":"opened"}"#;
        assert!(
            matches!(why(missing), Unreadable::MissingField(_)),
            "{:?}",
            why(missing)
        );
        let unknown = r#"{"v":1,"id":"x","at":"2026-11-24T09:00:00+01:00","kind":"party"}"#;
        assert_eq!(why(unknown), Unreadable::UnknownKind("party".into()));
        assert_eq!(
            Problem::Unreadable(why(unknown)).say(Lang::Fr),
            "illisible : type d'événement inconnu `party`"
        );
        assert_eq!(
            Problem::Again { first: 2 }.say(Lang::Fr),
            "l'événement de la ligne 2, mot pour mot : il ne compte qu'une fois"
        );
        assert!(Problem::Torn.say(Lang::En).contains("never counted"));
    }
}
