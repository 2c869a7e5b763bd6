//! A journal's health, line by line, without stopping at the first problem: what
//! `crisis doctor` reports. Loading (`journal.rs`) refuses what this finds serious.

use std::collections::HashMap;

use super::event::{Event, FORMAT_VERSION};

/// Something one line of a journal shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub line: usize,
    pub what: String,
    /// False for what loading takes care of by itself (a repeated line, a torn last one).
    pub serious: bool,
}

/// Every finding in a journal's bytes, in line order.
pub fn examine(bytes: &[u8]) -> Vec<Finding> {
    let mut found = Vec::new();
    let mut seen: HashMap<String, (usize, &[u8])> = HashMap::new();
    let lines: Vec<&[u8]> = bytes.split(|&b| b == b'\n').collect();
    let mut say = |line: usize, what: String, serious: bool| {
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
        if line.starts_with(b"<<<<<<<") || line.starts_with(b">>>>>>>") || line == b"=======" {
            let what = "a merge conflict marker, left by a clone without crisis's merge driver \
                        (crisis share init installs it)";
            say(number, what.into(), true);
            continue;
        }
        let event: Event = match serde_json::from_slice(line) {
            Ok(event) => event,
            Err(e) if number == lines.len() && e.is_eof() => {
                say(
                    number,
                    "an incomplete last event (a write was interrupted); it never counted".into(),
                    false,
                );
                continue;
            }
            Err(e) => {
                let version = serde_json::from_slice::<serde_json::Value>(line)
                    .ok()
                    .and_then(|v| v["v"].as_u64())
                    .filter(|v| *v > u64::from(FORMAT_VERSION));
                let what = match version {
                    Some(v) => format!(
                        "an event of format version {v}, newer than this crisis ({FORMAT_VERSION}): update crisis"
                    ),
                    None => format!("unreadable: {e}"),
                };
                say(number, what, true);
                continue;
            }
        };
        if event.v > FORMAT_VERSION {
            let what = format!(
                "an event of format version {}, newer than this crisis ({FORMAT_VERSION}): update crisis",
                event.v
            );
            say(number, what, true);
        }
        match seen.get(&event.id) {
            Some((first, known)) if *known == line => say(
                number,
                format!("the event of line {first} again, word for word: it counts once"),
                false,
            ),
            Some((first, _)) => say(
                number,
                format!(
                    "event {} differs from the one of the same id on line {first}",
                    event.id
                ),
                true,
            ),
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
}
