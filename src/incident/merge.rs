//! Merging copies of one journal (git's merge driver): the union of their events by id,
//! in replay order, each once, every line ending with a newline. Idempotent: merging the
//! result with either side again gives the result.

use std::collections::BTreeMap;

use super::event::Event;
use super::health::Unreadable;
use super::journal::replay_key;
use crate::lang::Lang;

/// Why two copies could not be merged, worded by `say` (`said.rs`); `Display` is English.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum MergeError {
    #[error("{}", self.say(Lang::En))]
    Unreadable {
        name: String,
        line: usize,
        why: Unreadable,
    },
    #[error("{}", self.say(Lang::En))]
    Conflict {
        id: String,
        first: String,
        second: String,
    },
}

/// The union of `sides` (a name for messages, and the bytes), by event id. A torn last line
/// (a write cut short) is left out, since its event never counted.
pub fn union(sides: &[(&str, &[u8])]) -> Result<Vec<u8>, MergeError> {
    let mut by_id: BTreeMap<String, (Event, &[u8], String)> = BTreeMap::new();
    for (name, bytes) in sides {
        let lines: Vec<&[u8]> = bytes.split(|&b| b == b'\n').collect();
        for (n, line) in lines.iter().enumerate() {
            let line = line.trim_ascii_end();
            if line.is_empty() {
                continue;
            }
            let event = match Event::from_line(line) {
                Ok(event) => event,
                Err(e) if n + 1 == lines.len() && e.is_eof() => continue,
                Err(e) => {
                    return Err(MergeError::Unreadable {
                        name: (*name).to_owned(),
                        line: n + 1,
                        why: Unreadable::of(&e),
                    });
                }
            };
            let place = format!("{name}:{}", n + 1);
            match by_id.get(&event.id) {
                Some((_, known, _)) if *known == line => {}
                Some((_, _, first)) => {
                    return Err(MergeError::Conflict {
                        id: event.id.clone(),
                        first: first.clone(),
                        second: place,
                    });
                }
                None => {
                    by_id.insert(event.id.clone(), (event, line, place));
                }
            }
        }
    }
    let mut merged: Vec<(Event, &[u8])> = by_id.into_values().map(|(e, l, _)| (e, l)).collect();
    merged.sort_by(|(a, _), (b, _)| replay_key(a).cmp(&replay_key(b)));
    let mut out = Vec::new();
    for (_, line) in merged {
        out.extend_from_slice(line);
        out.push(b'\n');
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use chrono::DateTime;

    use super::*;
    use crate::incident::EventKind;

    fn line(at: &str, text: &str) -> String {
        let at = DateTime::parse_from_rfc3339(&format!("2026-11-24T{at}:00+01:00")).unwrap();
        serde_json::to_string(&Event::new(at, EventKind::Note { text: text.into() })).unwrap()
    }

    #[test]
    fn the_union_keeps_each_event_once_in_time_order_and_is_idempotent() {
        let (a, b, c) = (line("09:00", "a"), line("09:10", "b"), line("09:20", "c"));
        let ours = format!("{a}\n{c}\n");
        let theirs = format!("{a}\n{b}");
        let merged = union(&[("ours", ours.as_bytes()), ("theirs", theirs.as_bytes())]).unwrap();
        assert_eq!(
            String::from_utf8(merged.clone()).unwrap(),
            format!("{a}\n{b}\n{c}\n")
        );
        let again = union(&[("merged", &merged), ("theirs", theirs.as_bytes())]).unwrap();
        assert_eq!(again, merged);
    }

    #[test]
    fn a_torn_last_line_is_left_out_and_a_same_id_conflict_names_both_places() {
        let a = line("09:00", "a");
        let torn = format!("{a}\n{}", &line("09:10", "b")[..30]);
        assert_eq!(
            union(&[("ours", torn.as_bytes())]).unwrap(),
            format!("{a}\n").into_bytes()
        );
        let mut other: serde_json::Value = serde_json::from_str(&a).unwrap();
        other["text"] = "changed".into();
        let other = other.to_string();
        let err = union(&[("ours", a.as_bytes()), ("theirs", other.as_bytes())]).unwrap_err();
        assert!(err.to_string().contains("in ours:1 and theirs:1"), "{err}");
        let err = union(&[("ours", b"<<<<<<< HEAD\n")]).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("ours:1: not an event of crisis"),
            "{err}"
        );
    }
}
