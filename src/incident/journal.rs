//! Append-only incident journal, one JSON event per line.
//!
//! An append is acknowledged only once its bytes are on disk: one `write` of the whole line
//! under an exclusive lock (so concurrent writers never interleave), then `sync_data`.
//! The file is never rewritten; an append that fails (a full disk) takes back its own partial
//! bytes before it reports the error. A crash mid-write can leave a torn last line: loading
//! skips it with a warning, and the next append first ends it so the new event starts on a
//! fresh line.

use std::fs::{self, File, OpenOptions};
use std::io::{self, BufRead, Read, Seek, SeekFrom, Write};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

use super::event::Event;
use super::health::{Problem, Unreadable};
use crate::lang::Lang;

pub const FILE_NAME: &str = "journal.jsonl";

/// Why a journal could not be read, worded by `say` (`said.rs`); `Display` is English.
#[derive(Debug, thiserror::Error)]
pub enum JournalError {
    #[error("{}", self.say(Lang::En))]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    /// Line `line` is no event: loading stops there, and the journal is left as it is.
    #[error("{}", self.say(Lang::En))]
    Corrupt {
        path: PathBuf,
        line: usize,
        why: Problem,
    },
    #[error("{}", self.say(Lang::En))]
    Conflict {
        path: PathBuf,
        first: usize,
        second: usize,
        id: String,
    },
}

/// What loading skipped and goes on without, worded by `say` (`said.rs`).
#[derive(Debug)]
pub enum Warning {
    /// An incomplete event at `line`: a write was interrupted.
    Torn { path: PathBuf, line: usize },
    /// An incident that cannot be read, passed over for the latest open one.
    Skipped {
        id: super::IncidentId,
        error: Box<super::StoreError>,
    },
}

impl JournalError {
    fn io(path: &Path, source: io::Error) -> JournalError {
        JournalError::Io {
            path: path.to_owned(),
            source,
        }
    }
}

/// Events read from a journal, and what was skipped on the way.
#[derive(Debug, Default)]
pub struct Loaded {
    pub events: Vec<Event>,
    pub warnings: Vec<Warning>,
    /// Byte length read, where a later [`Journal::read_new`] goes on.
    pub offset: u64,
    /// Complete lines read, so later errors can give absolute line numbers.
    pub lines: usize,
}

#[derive(Debug, Clone)]
pub struct Journal {
    path: PathBuf,
}

/// Creates `dir` and missing parents private to the user (0700).
pub fn create_private_dir(dir: &Path) -> Result<(), JournalError> {
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .map_err(|e| JournalError::io(dir, e))
}

impl Journal {
    pub fn at(dir: &Path) -> Journal {
        Journal {
            path: dir.join(FILE_NAME),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Creates the folder and an empty journal (0600), and syncs the folder so the new entry
    /// survives a crash. Fails if the journal already exists.
    pub fn create(dir: &Path) -> Result<Journal, JournalError> {
        create_private_dir(dir)?;
        let journal = Journal::at(dir);
        OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&journal.path)
            .and_then(|f| f.sync_all())
            .map_err(|e| JournalError::io(&journal.path, e))?;
        sync_dir(dir)?;
        // The folder's own entry lives in its parent; "x" has the parent "", which is ".".
        match dir.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => sync_dir(parent)?,
            _ => sync_dir(Path::new("."))?,
        }
        Ok(journal)
    }

    /// Appends one event and returns once it is on disk.
    pub fn append(&self, event: &Event) -> Result<(), JournalError> {
        let err = |e| JournalError::io(&self.path, e);
        let mut line = serde_json::to_vec(event).map_err(|e| err(e.into()))?;
        line.push(b'\n');
        // Never through a symbolic link: a journal replaced by one would have crisis write
        // wherever it points, outside the data folder.
        let mut file = OpenOptions::new()
            .read(true)
            .append(true)
            .mode(0o600)
            .custom_flags(libc::O_NOFOLLOW)
            .open(&self.path)
            .map_err(err)?;
        // Held until `file` drops; other writers wait here rather than interleave.
        file.lock().map_err(err)?;
        let len = file.metadata().map_err(err)?.len();
        if len > 0 && !ends_with_newline(&mut file, len).map_err(err)? {
            line.insert(0, b'\n');
        }
        if let Err(e) = file.write_all(&line).and_then(|()| file.sync_data()) {
            // A full disk can cut the line anywhere, even just before its newline. Undo our own
            // partial write while the lock is still held, so that the journal is exactly as it
            // was and a retry records the event once.
            let _ = file.set_len(len).and_then(|()| file.sync_data());
            return Err(err(e));
        }
        Ok(())
    }

    /// Reads every event. A torn line (a write cut short) is skipped with a warning; any other
    /// unreadable line is an error naming the file and line.
    pub fn load(&self) -> Result<Loaded, JournalError> {
        let bytes = fs::read(&self.path).map_err(|e| JournalError::io(&self.path, e))?;
        read_bytes(&self.path, &bytes)
    }

    /// The first event alone (the `opened` one), read without reading the rest of the file:
    /// enough to order incidents by opening time. `None` for an empty journal.
    pub fn first_event(&self) -> Result<Option<Event>, JournalError> {
        let err = |e| JournalError::io(&self.path, e);
        let mut line = Vec::new();
        io::BufReader::new(File::open(&self.path).map_err(err)?)
            .read_until(b'\n', &mut line)
            .map_err(err)?;
        if line.iter().all(u8::is_ascii_whitespace) {
            return Ok(None);
        }
        Event::from_line(&line)
            .map(Some)
            .map_err(|e| JournalError::Corrupt {
                path: self.path.clone(),
                line: 1,
                why: Problem::Unreadable(Unreadable::of(&e)),
            })
    }

    /// The last bytes before `offset` (up to 64): what a reader that goes on from `offset`
    /// read last. A git pull can rewrite the file (a merge puts a colleague's earlier events
    /// before ours); when these bytes change, reading on from `offset` would read nonsense.
    pub fn seal(&self, offset: u64) -> Result<Vec<u8>, JournalError> {
        let err = |e| JournalError::io(&self.path, e);
        let mut file = File::open(&self.path).map_err(err)?;
        let len = file.metadata().map_err(err)?.len();
        if len < offset {
            return Ok(Vec::new());
        }
        let start = offset.saturating_sub(64);
        file.seek(SeekFrom::Start(start)).map_err(err)?;
        let mut bytes = Vec::new();
        file.take(offset - start)
            .read_to_end(&mut bytes)
            .map_err(err)?;
        Ok(bytes)
    }

    /// Reads the complete lines written after `offset` (another process appending while the
    /// cockpit is open). Returns nothing new while a line is still being written.
    pub fn read_new(&self, offset: u64, first_line: usize) -> Result<Loaded, JournalError> {
        let err = |e| JournalError::io(&self.path, e);
        let mut file = File::open(&self.path).map_err(err)?;
        let len = file.metadata().map_err(err)?.len();
        if len <= offset {
            return Ok(Loaded {
                offset,
                ..Loaded::default()
            });
        }
        file.seek(SeekFrom::Start(offset)).map_err(err)?;
        let mut bytes = Vec::with_capacity((len - offset) as usize);
        file.take(len - offset)
            .read_to_end(&mut bytes)
            .map_err(err)?;
        let complete = memchr::memrchr(b'\n', &bytes).map_or(0, |i| i + 1);
        let mut loaded = parse(&self.path, &bytes[..complete], first_line)?;
        loaded.offset = offset + complete as u64;
        Ok(loaded)
    }
}

/// What [`Journal::load`] makes of a journal's bytes (`path` only names it in messages): the
/// fuzz target's way in.
pub fn read_bytes(path: &Path, bytes: &[u8]) -> Result<Loaded, JournalError> {
    let mut loaded = parse(path, bytes, 0)?;
    in_replay_order(&mut loaded.events);
    // A last line that does not read yet may be a write still under way: the next read
    // starts at it again, so that it is not read later as a fragment.
    let line_start = memchr::memrchr(b'\n', bytes).map_or(0, |i| i + 1);
    let pending = Event::from_line(&bytes[line_start..]).is_err();
    loaded.offset = if pending && line_start < bytes.len() {
        line_start
    } else {
        bytes.len()
    } as u64;
    Ok(loaded)
}

fn ends_with_newline(file: &mut File, len: u64) -> io::Result<bool> {
    let mut last = [0u8];
    file.seek(SeekFrom::Start(len - 1))?;
    file.read_exact(&mut last)?;
    Ok(last[0] == b'\n')
}

pub(crate) fn sync_dir(dir: &Path) -> Result<(), JournalError> {
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| JournalError::io(dir, e))
}

/// True when a line failed only because it stops early (cut JSON or a cut UTF-8 sequence) and
/// starts as crisis starts every event: that is what an interrupted append leaves. Anything
/// else was not written by crisis and is an error.
fn is_torn(line: &[u8], error: &serde_json::Error) -> bool {
    const EVENT_START: &[u8] = br#"{"v":"#;
    let starts_like_an_event = line.len() >= EVENT_START.len() && line.starts_with(EVENT_START)
        || EVENT_START.starts_with(line);
    if !starts_like_an_event {
        return false;
    }
    error.is_eof() || matches!(std::str::from_utf8(line), Err(e) if e.error_len().is_none())
}

fn parse(path: &Path, bytes: &[u8], first_line: usize) -> Result<Loaded, JournalError> {
    let mut loaded = Loaded {
        lines: memchr::memchr_iter(b'\n', bytes).count(),
        ..Loaded::default()
    };
    // Events go straight where they stay (a journal of 100k events is moved once, not
    // twice); their line numbers and bytes beside them, for the repeat check.
    loaded.events.reserve(loaded.lines + 1);
    let mut lines: Vec<(usize, &[u8])> = Vec::with_capacity(loaded.lines + 1);
    for (n, line) in split_lines(bytes).enumerate() {
        let number = first_line + n + 1;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        if super::health::is_conflict_marker(line.trim_ascii_end()) {
            return Err(JournalError::Corrupt {
                path: path.to_owned(),
                line: number,
                why: Problem::ConflictMarker,
            });
        }
        match Event::from_line(line) {
            Ok(event) => {
                lines.push((number, line.trim_ascii_end()));
                loaded.events.push(event);
            }
            Err(e) if is_torn(line, &e) => loaded.warnings.push(Warning::Torn {
                path: path.to_owned(),
                line: number,
            }),
            Err(e) => {
                return Err(JournalError::Corrupt {
                    path: path.to_owned(),
                    line: number,
                    why: Problem::Unreadable(Unreadable::of(&e)),
                });
            }
        }
    }
    let repeated = repeated_lines(path, &lines, &loaded.events)?;
    if repeated.contains(&true) {
        let mut repeated = repeated.into_iter();
        loaded.events.retain(|_| !repeated.next().unwrap_or(false));
    }
    Ok(loaded)
}

/// `bytes.split(|&b| b == b'\n')`, found with `memchr`: a journal of 100k events is 20 MB.
fn split_lines(bytes: &[u8]) -> impl Iterator<Item = &[u8]> {
    let mut start = 0;
    let mut ends = memchr::memchr_iter(b'\n', bytes).chain([bytes.len()]);
    std::iter::from_fn(move || {
        let end = ends.next()?;
        let line = &bytes[start..end];
        start = end + 1;
        Some(line)
    })
}

/// Which parsed lines repeat an earlier one. A merge of two copies of one journal can
/// repeat events: a line repeated byte for byte counts once; the same id with other
/// content is two stories of one event. Keys borrow the ids and are hashed with Fx, not
/// SipHash (a journal is the user's own or a teammate's): this is the load's hot path.
fn repeated_lines(
    path: &Path,
    lines: &[(usize, &[u8])],
    events: &[Event],
) -> Result<Vec<bool>, JournalError> {
    use std::collections::hash_map::Entry;
    let mut first: rustc_hash::FxHashMap<&str, usize> =
        rustc_hash::FxHashMap::with_capacity_and_hasher(events.len(), Default::default());
    let mut repeated = vec![false; events.len()];
    for (i, ((number, line), event)) in lines.iter().zip(events).enumerate() {
        match first.entry(event.id.as_str()) {
            Entry::Vacant(slot) => {
                slot.insert(i);
            }
            Entry::Occupied(slot) => {
                let (first_number, first_line) = &lines[*slot.get()];
                if first_line != line {
                    return Err(JournalError::Conflict {
                        path: path.to_owned(),
                        first: *first_number,
                        second: *number,
                        id: event.id.clone(),
                    });
                }
                repeated[i] = true;
            }
        }
    }
    Ok(repeated)
}

/// The order a journal is replayed in: the opening first, then by time and id, whatever
/// order the lines are in (a union merge puts ours before theirs). One writer's events
/// already are in that order.
pub fn in_replay_order(events: &mut [Event]) {
    events.sort_by(|a, b| replay_key(a).cmp(&replay_key(b)));
}

/// What [`in_replay_order`] sorts by.
pub fn replay_key(e: &Event) -> (bool, chrono::DateTime<chrono::FixedOffset>, &str) {
    let later = !matches!(e.kind, super::EventKind::Opened { .. });
    (later, e.at, &e.id)
}

#[cfg(test)]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::*;
    use crate::incident::event::EventKind;

    fn note_text(event: &Event) -> &str {
        match &event.kind {
            EventKind::Note { text } => text,
            other => panic!("not a note: {other:?}"),
        }
    }

    fn note(text: &str) -> Event {
        let at = chrono::DateTime::parse_from_rfc3339("2026-11-24T09:00:00+01:00").unwrap();
        Event::new(at, EventKind::Note { text: text.into() })
    }

    #[test]
    fn appended_events_replay_in_order_with_private_permissions() {
        let dir = tempfile::tempdir().unwrap();
        let incident = dir.path().join("incidents/one");
        let journal = Journal::create(&incident).unwrap();
        let events = [note("a"), note("b"), note("c")];
        for e in &events {
            journal.append(e).unwrap();
        }
        assert_eq!(journal.load().unwrap().events, events);
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(journal.path()), 0o600);
        assert_eq!(mode(&incident), 0o700);
        assert!(
            Journal::create(&incident).is_err(),
            "never recreated over an existing one"
        );
    }

    #[test]
    fn a_torn_tail_is_skipped_and_the_next_append_starts_a_fresh_line() {
        let dir = tempfile::tempdir().unwrap();
        let journal = Journal::create(dir.path()).unwrap();
        journal.append(&note("kept")).unwrap();
        let torn = serde_json::to_string(&note("torn")).unwrap();
        let mut f = OpenOptions::new()
            .append(true)
            .open(journal.path())
            .unwrap();
        f.write_all(&torn.as_bytes()[..torn.len() - 9]).unwrap();
        let loaded = journal.load().unwrap();
        assert_eq!(loaded.events.len(), 1);
        assert_eq!(loaded.warnings.len(), 1);
        assert!(
            loaded.warnings[0].say(Lang::En).contains(":2: skipped"),
            "{:?}",
            loaded.warnings
        );

        journal.append(&note("after")).unwrap();
        let loaded = journal.load().unwrap();
        let texts: Vec<_> = loaded.events.iter().map(note_text).collect();
        assert_eq!(texts, ["kept", "after"]);
        assert_eq!(
            loaded.warnings.len(),
            1,
            "the torn line is still reported, never removed"
        );
    }

    #[test]
    fn a_line_being_written_at_load_is_read_whole_once_finished() {
        let dir = tempfile::tempdir().unwrap();
        let journal = Journal::create(dir.path()).unwrap();
        journal.append(&note("a")).unwrap();
        let line = serde_json::to_string(&note("in flight")).unwrap() + "\n";
        let mut f = OpenOptions::new()
            .append(true)
            .open(journal.path())
            .unwrap();
        f.write_all(&line.as_bytes()[..12]).unwrap();
        let loaded = journal.load().unwrap();
        assert_eq!(loaded.events.len(), 1);
        f.write_all(&line.as_bytes()[12..]).unwrap();
        let new = journal.read_new(loaded.offset, loaded.lines).unwrap();
        assert_eq!(new.events.len(), 1, "{:?}", new.warnings);
        assert_eq!(note_text(&new.events[0]), "in flight");
        assert!(new.warnings.is_empty());
    }

    #[test]
    fn a_torn_multibyte_character_counts_as_torn() {
        let dir = tempfile::tempdir().unwrap();
        let journal = Journal::create(dir.path()).unwrap();
        let line = serde_json::to_string(&note("désolé")).unwrap();
        let cut = line.find('é').unwrap() + 1;
        fs::write(journal.path(), &line.as_bytes()[..cut]).unwrap();
        assert_eq!(journal.load().unwrap().warnings.len(), 1);
    }

    #[test]
    fn a_journal_replaced_by_a_symbolic_link_is_not_written_through() {
        let dir = tempfile::tempdir().unwrap();
        let outside = dir.path().join("outside.txt");
        fs::write(&outside, "").unwrap();
        let incident = dir.path().join("incident");
        fs::create_dir(&incident).unwrap();
        std::os::unix::fs::symlink(&outside, incident.join(FILE_NAME)).unwrap();
        assert!(Journal::at(&incident).append(&note("no")).is_err());
        assert_eq!(fs::read(&outside).unwrap(), b"");
    }

    #[test]
    fn a_cut_line_that_crisis_did_not_write_is_an_error_not_a_torn_event() {
        let dir = tempfile::tempdir().unwrap();
        let journal = Journal::create(dir.path()).unwrap();
        journal.append(&note("a")).unwrap();
        let mut f = OpenOptions::new()
            .append(true)
            .open(journal.path())
            .unwrap();
        f.write_all(b"[\"half an array").unwrap();
        let err = journal.load().unwrap_err().to_string();
        assert!(err.contains("journal.jsonl:2: unreadable:"), "{err}");
    }

    #[test]
    fn a_corrupt_middle_line_is_an_error_naming_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let journal = Journal::create(dir.path()).unwrap();
        journal.append(&note("a")).unwrap();
        let mut f = OpenOptions::new()
            .append(true)
            .open(journal.path())
            .unwrap();
        f.write_all(b"{\"v\":1,garbage}\n").unwrap();
        journal.append(&note("b")).unwrap();
        let before = fs::read(journal.path()).unwrap();
        let err = journal.load().unwrap_err().to_string();
        assert!(err.contains("journal.jsonl:2: unreadable:"), "{err}");
        assert_eq!(fs::read(journal.path()).unwrap(), before, "never rewritten");
    }

    #[test]
    fn read_new_returns_only_complete_new_lines() {
        let dir = tempfile::tempdir().unwrap();
        let journal = Journal::create(dir.path()).unwrap();
        journal.append(&note("a")).unwrap();
        let loaded = journal.load().unwrap();
        journal.append(&note("b")).unwrap();
        let line = serde_json::to_string(&note("half")).unwrap();
        let mut f = OpenOptions::new()
            .append(true)
            .open(journal.path())
            .unwrap();
        f.write_all(&line.as_bytes()[..10]).unwrap();
        let new = journal.read_new(loaded.offset, 1).unwrap();
        assert_eq!(new.events.len(), 1);
        assert_eq!(note_text(&new.events[0]), "b");
        let again = journal.read_new(new.offset, 2).unwrap();
        assert!(again.events.is_empty());
        assert_eq!(again.offset, new.offset);
    }

    #[test]
    fn a_journal_can_be_created_in_a_relative_folder() {
        // A bare name has the parent "", which must be read as the current folder.
        let name = Path::new("crisis-relative-journal-test");
        let _ = fs::remove_dir_all(name);
        let journal = Journal::create(name).and_then(|j| j.append(&note("x")));
        let _ = fs::remove_dir_all(name);
        assert!(journal.is_ok(), "{journal:?}");
    }

    #[test]
    fn duplicate_ids_from_a_merge_count_once() {
        let dir = tempfile::tempdir().unwrap();
        let journal = Journal::create(dir.path()).unwrap();
        let e = note("once");
        journal.append(&e).unwrap();
        journal.append(&e).unwrap();
        assert_eq!(journal.load().unwrap().events.len(), 1);
    }

    #[test]
    fn ten_thousand_appends_give_ten_thousand_distinct_ids() {
        let dir = tempfile::tempdir().unwrap();
        let journal = Journal::create(dir.path()).unwrap();
        for n in 0..10_000 {
            journal.append(&note(&n.to_string())).unwrap();
        }
        let events = journal.load().unwrap().events;
        let ids: std::collections::HashSet<&str> = events.iter().map(|e| e.id.as_str()).collect();
        assert_eq!((events.len(), ids.len()), (10_000, 10_000));
    }

    #[test]
    fn the_same_id_with_other_content_is_an_error_naming_both_lines() {
        let mut a = note("ours");
        let mut b = note("theirs");
        b.id = a.id.clone();
        a.at += chrono::Duration::seconds(1);
        let lines = [&a, &note("between"), &b].map(|e| serde_json::to_string(e).unwrap());
        let err = read_bytes(
            Path::new("j.jsonl"),
            format!("{}\n", lines.join("\n")).as_bytes(),
        )
        .unwrap_err()
        .to_string();
        assert!(err.starts_with("j.jsonl:3: event "), "{err}");
        assert!(err.contains("same id on line 1"), "{err}");
    }

    #[test]
    fn lines_out_of_order_replay_by_time_then_id_and_markers_are_named() {
        let at = |s| chrono::DateTime::parse_from_rfc3339(s).unwrap();
        let opened = Event::new(
            at("2026-11-24T09:05:00+01:00"),
            EventKind::Opened {
                title: "t".into(),
                severity: Default::default(),
                client: None,
                lang: crate::lang::Lang::En,
            },
        );
        let late = Event::new(
            at("2026-11-24T09:30:00+01:00"),
            EventKind::Note {
                text: "late".into(),
            },
        );
        // Theirs, written on a laptop whose clock ran early, lands before the opening.
        let early = Event::new(
            at("2026-11-24T08:00:00+00:00"),
            EventKind::Note {
                text: "early".into(),
            },
        );
        let text: String = [&opened, &late, &early]
            .map(|e| serde_json::to_string(e).unwrap() + "\n")
            .concat();
        let events = read_bytes(Path::new("j"), text.as_bytes()).unwrap().events;
        assert_eq!(events, [opened.clone(), early, late]);
        let marked = format!(
            "{}<<<<<<< HEAD\n",
            serde_json::to_string(&opened).unwrap() + "\n"
        );
        let err = read_bytes(Path::new("j"), marked.as_bytes())
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("j:2: a merge conflict marker"), "{err}");
    }
}
